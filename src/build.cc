#include "annals/build.h"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <exception>
#include <map>
#include <memory>
#include <mutex>
#include <system_error>
#include <thread>
#include <utility>

#include "ingest_read.h"
#include "resolve_lexicon.h"

namespace annals {

namespace {

// One input file on its way through the pipeline.
struct Work {
  RawArticle raw;  // from the walk, unread; `contents` is dropped once parsed
  bool unread = true;
  // A file the walk or the reading left out: nothing to parse, only to report.
  bool walk_skipped = false;
  Skipped skipped;
  size_t bytes = 0;  // of the file, once read
  // Filled by whichever thread parses it.
  Article article;
  std::vector<TimeExpression> times;
  // The resolver's tokens of article.body, for the assembler. (Work stays
  // where it is made: the tokens point into the holder.)
  TokenizedText tokenized;
  ArticleSieve::Fingerprint print;
  std::exception_ptr failure;  // rethrown in file order on the consuming thread
};

// The expensive part, safe to run on any thread: the options and the
// resolver are only read.
void Parse(const IngestOptions& options, const Resolver& resolver, Work* work) {
  try {
    RawArticle& raw = work->raw;
    // Each worker reads its articles into one buffer it keeps (a fresh
    // string an article cost an allocation and a free each): lent to
    // `raw.contents` for the reading and parsing, and taken back after.
    thread_local std::string buffer;
    // Reading is part of the parallel work: the calling thread only walks.
    if (work->unread) {
      raw.contents.swap(buffer);
      std::string reason;
      if (!ReadRawArticle(&raw, options, &reason)) {
        buffer.swap(raw.contents);
        work->walk_skipped = true;
        work->skipped = {raw.file, std::move(reason), {}};
        return;
      }
      work->unread = false;
    }
    work->bytes = raw.contents.size();
    work->article =
        ParseArticle(raw.file, raw.contents, options, raw.sidecar ? &*raw.sidecar : nullptr);
    if (raw.contents.capacity() > buffer.capacity()) buffer.swap(raw.contents);
    std::string().swap(raw.contents);
    if (work->article.published) {
      // No display forms: the timeline never shows them.
      ResolveOptions no_display;
      no_display.display = false;
      work->times = resolver.Resolve(work->article.body, *work->article.published, no_display,
                                     &work->tokenized);
      // "in the afternoon", "at dawn", "the day", "the eve of the summit": a
      // part of the day or a day the resolver gives
      // the day the story is at. That day is the resolver's guess, not the
      // text's word for when an event happened (a welcome "in the morning"
      // may be told of the day before): no event takes its date from one.
      std::erase_if(work->times, [](const TimeExpression& t) { return StoryDayGuess(t.rule); });
    }
    work->print = ArticleSieve::FingerprintOf(work->article);
  } catch (...) {
    work->failure = std::current_exception();
  }
}

// Numbers the work in file order, parses it on worker threads (or inline
// with one job) and gives it back in the same order (a reorder buffer keyed
// by sequence number). With concurrent adds, the workers also run the
// assembler on kept articles, before any parsing so that memory stays bounded.
//
// Hand-offs go in batches: a sleep and a wake-up cost more than parsing a
// short article's worth of cache, and with one wake-up per article each way
// --jobs 2 spent a fifth more CPU than --jobs 1 for the same work. So the
// calling thread, once the window is full, sleeps until all but a few of
// its articles are parsed (not until the next one is), a worker wakes it
// only then, and nobody is notified unless someone sleeps.
class WorkerPool {
 public:
  WorkerPool(unsigned jobs, const IngestOptions& options, const Resolver& resolver,
             const AddTokenizedArticle& add)
      : options_(options), resolver_(resolver), add_(add) {
    if (jobs <= 1) return;
    for (unsigned i = 0; i < jobs; ++i) {
      try {
        threads_.emplace_back([this] { Run(); });
      } catch (const std::system_error&) {
        break;  // the system gives no more threads: work with the ones there are
      }
    }
  }

  ~WorkerPool() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      stopping_ = true;
    }
    todo_ready_.notify_all();
    for (std::thread& t : threads_) t.join();
  }

  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;

  void Submit(std::unique_ptr<Work> work) {
    bool parse = !work->walk_skipped;
    if (parse && threads_.empty()) Parse(options_, resolver_, work.get());
    std::lock_guard<std::mutex> lock(mutex_);
    size_t sequence = submitted_++;
    if (parse && !threads_.empty()) {
      todo_.emplace_back(sequence, std::move(work));
      ++unparsed_;
      if (idle_workers_ > 0) todo_ready_.notify_one();
    } else {
      done_.emplace(sequence, std::move(work));
    }
  }

  bool threaded() const { return !threads_.empty(); }

  // Queues kept articles for the assembler on the workers, under one lock;
  // whenever the queue is full, waits until it is half empty.
  void SubmitAdds(std::vector<std::unique_ptr<Work>>* works) {
    if (works->empty()) return;
    std::unique_lock<std::mutex> lock(mutex_);
    const size_t full = 4 * threads_.size();
    for (std::unique_ptr<Work>& work : *works) {
      if (adds_.size() >= full) {
        if (idle_workers_ > 0) todo_ready_.notify_all();  // what is queued so far
        add_low_water_ = full / 2;
        ++add_waiters_;
        add_done_.wait(lock, [&] { return adds_.size() <= add_low_water_; });
        --add_waiters_;
      }
      adds_.push_back(std::move(work));
      ++adds_pending_;
    }
    works->clear();
    if (idle_workers_ > 0) todo_ready_.notify_all();
  }

  // Waits until every queued add has run; rethrows the first exception one
  // of them threw.
  void FinishAdds() {
    std::unique_lock<std::mutex> lock(mutex_);
    add_low_water_ = 0;
    ++add_waiters_;
    add_done_.wait(lock, [&] { return adds_pending_ == 0; });
    --add_waiters_;
    if (add_failure_) std::rethrow_exception(std::exchange(add_failure_, nullptr));
  }

  // Without the lock: only the calling thread (in Submit and Next) changes
  // or reads these two counts.
  size_t InFlight() const { return submitted_ - taken_; }

  // Waits until at most `low` of the submitted articles are still queued or
  // being parsed.
  void WaitUntilUnparsedAtMost(size_t low) {
    std::unique_lock<std::mutex> lock(mutex_);
    if (unparsed_ <= low) return;
    parse_low_water_ = low;
    awaited_ = kNone;
    consumer_waiting_ = true;
    done_ready_.wait(lock, [&] { return unparsed_ <= parse_low_water_; });
    consumer_waiting_ = false;
  }

  // Waits until the next work in file order is parsed, then moves it and
  // every parsed work right after it to `ready`, in order: one lock for
  // the lot. Nothing when nothing is in flight.
  void TakeParsed(std::vector<std::unique_ptr<Work>>* ready) {
    std::unique_lock<std::mutex> lock(mutex_);
    if (taken_ == submitted_) return;
    if (done_.empty() || done_.begin()->first != taken_) {
      parse_low_water_ = 0;
      awaited_ = taken_;
      consumer_waiting_ = true;
      done_ready_.wait(lock, [&] { return !done_.empty() && done_.begin()->first == taken_; });
      consumer_waiting_ = false;
    }
    // done_ is ordered by sequence number: its first entries are the run.
    for (auto it = done_.begin(); it != done_.end() && it->first == taken_;) {
      ready->push_back(std::move(it->second));
      it = done_.erase(it);
      ++taken_;
    }
  }

  // The next work in file order once it is parsed; with `wait` false, null
  // when it is not parsed yet. Null when nothing is in flight.
  std::unique_ptr<Work> Next(bool wait) {
    std::unique_lock<std::mutex> lock(mutex_);
    if (taken_ == submitted_) return nullptr;
    auto found = done_.find(taken_);
    if (found == done_.end()) {
      if (!wait) return nullptr;
      // The work numbered taken_ is queued or being parsed by a worker,
      // which always finishes it and then wakes this thread: this wait ends.
      parse_low_water_ = 0;
      awaited_ = taken_;
      consumer_waiting_ = true;
      done_ready_.wait(lock, [&] { return (found = done_.find(taken_)) != done_.end(); });
      consumer_waiting_ = false;
    }
    std::unique_ptr<Work> work = std::move(found->second);
    done_.erase(found);
    ++taken_;
    return work;
  }

 private:
  void Run() {
    std::unique_lock<std::mutex> lock(mutex_);
    for (;;) {
      if (!stopping_ && adds_.empty() && todo_.empty()) {
        ++idle_workers_;
        todo_ready_.wait(lock, [&] { return stopping_ || !adds_.empty() || !todo_.empty(); });
        --idle_workers_;
      }
      if (stopping_) return;
      if (!adds_.empty()) {
        std::unique_ptr<Work> work = std::move(adds_.front());
        adds_.pop_front();
        if (add_waiters_ > 0 && adds_.size() <= add_low_water_) add_done_.notify_all();
        lock.unlock();
        std::exception_ptr failure;
        try {
          add_(work->article, work->times, work->tokenized);
        } catch (...) {
          failure = std::current_exception();
        }
        work.reset();
        lock.lock();
        if (failure && !add_failure_) add_failure_ = failure;
        --adds_pending_;
        if (adds_pending_ == 0 && add_waiters_ > 0) add_done_.notify_all();
        continue;
      }
      auto [sequence, work] = std::move(todo_.front());
      todo_.pop_front();
      lock.unlock();
      Parse(options_, resolver_, work.get());
      lock.lock();
      done_.emplace(sequence, std::move(work));
      --unparsed_;
      if (consumer_waiting_ && (unparsed_ <= parse_low_water_ || sequence == awaited_)) {
        done_ready_.notify_all();
      }
    }
  }

  const IngestOptions& options_;
  const Resolver& resolver_;
  const AddTokenizedArticle& add_;
  std::mutex mutex_;
  std::condition_variable todo_ready_, done_ready_, add_done_;
  std::deque<std::unique_ptr<Work>> adds_;  // kept articles for the assembler
  size_t adds_pending_ = 0;                 // queued or running
  size_t add_waiters_ = 0;                  // in SubmitAdds or FinishAdds
  size_t add_low_water_ = 0;                // what they wait for adds_ to shrink to
  std::exception_ptr add_failure_;
  std::deque<std::pair<size_t, std::unique_ptr<Work>>> todo_;
  std::map<size_t, std::unique_ptr<Work>> done_;
  size_t submitted_ = 0;
  size_t taken_ = 0;
  size_t unparsed_ = 0;  // submitted to the workers, not parsed yet
  size_t parse_low_water_ = 0;
  static constexpr size_t kNone = static_cast<size_t>(-1);
  size_t awaited_ = kNone;  // the sequence number Next waits for
  bool consumer_waiting_ = false;
  unsigned idle_workers_ = 0;
  bool stopping_ = false;
  std::vector<std::thread> threads_;  // last: joined before the rest goes
};

// The consuming side, on the calling thread in file order: dedupe, the
// callbacks and the assembler, exactly as a single-threaded run does them.
class Consumer {
 public:
  Consumer(const IngestOptions& options, WorkerPool* pool, const AddTokenizedArticle& add,
           bool concurrent_add, const std::function<void(const Article&)>& on_article,
           const std::function<void(const Skipped&)>& on_skipped, BuildStats* stats)
      : sieve_(options),
        pool_(pool),
        add_(add),
        concurrent_add_(concurrent_add && pool->threaded()),
        on_article_(on_article),
        on_skipped_(on_skipped),
        stats_(stats) {}

  bool Take(std::unique_ptr<Work> work, std::string* err) {
    if (work->failure) std::rethrow_exception(work->failure);
    stats_->bytes += work->bytes;
    if (work->walk_skipped) {
      on_skipped_(work->skipped);
      return true;
    }
    std::string message;
    switch (sieve_.Judge(&work->article, work->print, &message)) {
      case ArticleSieve::Verdict::kKeep:
        on_article_(work->article);
        ++stats_->articles;
        if (concurrent_add_) {
          adds_.push_back(std::move(work));  // queued by FlushAdds
        } else {
          add_(work->article, work->times, work->tokenized);
        }
        return true;
      case ArticleSieve::Verdict::kSkip:
        on_skipped_({work->raw.file, message, std::move(work->article)});
        return true;
      case ArticleSieve::Verdict::kFail:
        *err = message;
        return false;
    }
    return true;
  }

  // Hands the kept articles taken since the last call to the workers'
  // assembler queue in one go.
  void FlushAdds() { pool_->SubmitAdds(&adds_); }

 private:
  std::vector<std::unique_ptr<Work>> adds_;  // kept, not yet queued for the assembler
  ArticleSieve sieve_;
  WorkerPool* pool_;
  const AddTokenizedArticle& add_;
  bool concurrent_add_;
  const std::function<void(const Article&)>& on_article_;
  const std::function<void(const Skipped&)>& on_skipped_;
  BuildStats* stats_;
};

}  // namespace

unsigned DefaultJobs() {
  unsigned n = std::thread::hardware_concurrency();
  return n == 0 ? 1 : n;
}

bool BuildFromPaths(const std::vector<std::string>& paths, const BuildOptions& options,
                    const Resolver& resolver, Assembler* assembler,
                    const std::function<void(const Article&)>& on_article,
                    const std::function<void(const Skipped&)>& on_skipped, BuildStats* stats,
                    std::string* err) {
  return BuildFromPaths(
      paths, options, resolver,
      [assembler](const Article& article, const std::vector<TimeExpression>& times,
                  const TokenizedText& tokenized) { assembler->Add(article, times, &tokenized); },
      on_article, on_skipped, stats, err);
}

bool BuildFromPaths(const std::vector<std::string>& paths, const BuildOptions& options,
                    const Resolver& resolver, const AddArticle& add,
                    const std::function<void(const Article&)>& on_article,
                    const std::function<void(const Skipped&)>& on_skipped, BuildStats* stats,
                    std::string* err) {
  return BuildFromPaths(
      paths, options, resolver,
      [&add](const Article& article, const std::vector<TimeExpression>& times,
             const TokenizedText&) { add(article, times); },
      on_article, on_skipped, stats, err);
}

bool BuildFromPaths(const std::vector<std::string>& paths, const BuildOptions& options,
                    const Resolver& resolver, const AddTokenizedArticle& add,
                    const std::function<void(const Article&)>& on_article,
                    const std::function<void(const Skipped&)>& on_skipped, BuildStats* stats,
                    std::string* err) {
  BuildStats ignored;
  if (!stats) stats = &ignored;
  unsigned jobs = options.jobs == 0 ? 1 : options.jobs;
  WorkerPool pool(jobs, options.ingest, resolver, add);
  Consumer consumer(options.ingest, &pool, add, options.concurrent_add, on_article, on_skipped,
                    stats);
  // At most eight articles per worker wait, are parsed or wait to be taken
  // at once: memory stays bounded however big the folder. When that many
  // are in flight, the calling thread sleeps until only two per worker are
  // left to parse (so the workers never run dry) and then takes and submits
  // the rest in one go.
  const size_t max_in_flight = 8 * static_cast<size_t>(jobs);
  const size_t low_water = 2 * static_cast<size_t>(jobs);
  // While the consumer is not ready (its callbacks would only wait), the
  // workers may run this far ahead instead of sitting idle.
  const size_t max_in_flight_unready = 64 * static_cast<size_t>(jobs);
  bool consumer_ready = !options.consumer_ready;
  auto window_full = [&] {
    if (pool.InFlight() < max_in_flight) return false;
    if (!consumer_ready && pool.threaded()) {
      consumer_ready = options.consumer_ready();
      if (!consumer_ready) return pool.InFlight() >= max_in_flight_unready;
    }
    return true;
  };
  bool failed = false;
  std::string failure;
  // Hands on what is parsed, in order; with `all`, everything in flight.
  auto drain = [&](bool all) {
    while (std::unique_ptr<Work> work = pool.Next(all)) {
      if (!consumer.Take(std::move(work), &failure)) return false;
    }
    return true;
  };
  std::vector<std::unique_ptr<Work>> ready;
  auto submit = [&](std::unique_ptr<Work> work) {
    while (window_full()) {
      if (!pool.threaded()) {
        if (!consumer.Take(pool.Next(true), &failure)) return false;
        continue;
      }
      pool.WaitUntilUnparsedAtMost(low_water);
      ready.clear();
      pool.TakeParsed(&ready);
      for (std::unique_ptr<Work>& next : ready) {
        if (!consumer.Take(std::move(next), &failure)) return false;
      }
      consumer.FlushAdds();
    }
    pool.Submit(std::move(work));
    // With workers, what is parsed waits in the pool until the window is
    // full: taking it at once would lock the queue again for every article.
    // With one job it is taken at once, so a --strict failure stops the walk
    // before the next file is read.
    return pool.threaded() || drain(false);
  };
  std::string walk_err;
  bool walked = WalkArticlePaths(
      paths, options.ingest,
      [&](RawArticle&& raw, std::string* stop) {
        if (!failed) {
          auto work = std::make_unique<Work>();
          work->raw = std::move(raw);
          failed = !submit(std::move(work));
        }
        if (failed) *stop = failure;
        return !failed;
      },
      [&](const Skipped& skipped) {
        // After a failure the walk is winding down: nothing more is shown.
        if (failed) return;
        auto work = std::make_unique<Work>();
        work->walk_skipped = true;
        work->skipped = skipped;
        failed = !submit(std::move(work));
      },
      &walk_err);
  // What comes first in file order decides: an earlier article's --strict
  // failure wins over a later path that cannot be read.
  if (!failed) failed = !drain(true);
  // Everything kept so far reaches the assembler, failure or not.
  consumer.FlushAdds();
  pool.FinishAdds();
  if (failed) {
    *err = failure;
    return false;
  }
  if (!walked) {
    *err = walk_err;
    return false;
  }
  return true;
}

}  // namespace annals
