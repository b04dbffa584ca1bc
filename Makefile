# Convenience targets. `make demo` and `make test` are the README's two commands.
BUILD ?= build
TEST_BUILD ?= build-test
JOBS ?= $(shell nproc)

.PHONY: all deps build demo test format format-check bench clean

all: build

deps:
	scripts/install-deps

build: deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release
	cmake --build $(BUILD) -j $(JOBS)

demo: build
	$(BUILD)/annals build examples/articles -o timelines/sample.yaml --pair CHN,USA
	$(BUILD)/annals render timelines/sample.yaml -o site
	@echo
	@echo "Timeline: timelines/sample.yaml"
	@echo "Open:     file://$(CURDIR)/site/index.html"

test: deps
	cmake -S . -B $(TEST_BUILD) -DCMAKE_BUILD_TYPE=Debug -DANNALS_WERROR=ON -DANNALS_SANITIZE=ON
	cmake --build $(TEST_BUILD) -j $(JOBS)
	scripts/check-test-names $(TEST_BUILD)/annals_tests
	cd $(TEST_BUILD) && ctest --output-on-failure -j $(JOBS)

format:
	clang-format -i src/*.cc src/*.h include/annals/*.h tests/*.cc tests/*.h bench/*.cc

format-check:
	clang-format --dry-run --Werror src/*.cc src/*.h include/annals/*.h tests/*.cc tests/*.h bench/*.cc

bench: build
	$(BUILD)/annals_bench --articles 5000

clean:
	rm -rf $(BUILD) $(TEST_BUILD) site
