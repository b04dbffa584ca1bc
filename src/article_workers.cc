#include "article_workers.h"

namespace annals {

ArticleWorkers::ArticleWorkers(const Resolver& resolver, Assembler& assembler, unsigned threads)
    : resolver_(resolver), assembler_(assembler), limit_(2 * static_cast<size_t>(threads)) {
  if (threads <= 1) return;
  for (unsigned i = 0; i < threads; ++i) threads_.emplace_back([this] { Work(); });
}

ArticleWorkers::~ArticleWorkers() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    done_ = true;
  }
  changed_.notify_all();
  for (std::thread& t : threads_) t.join();
}

void ArticleWorkers::Process(const Article& article) {
  if (!article.published) return;
  assembler_.Add(article, resolver_.Resolve(article.body, *article.published));
}

void ArticleWorkers::Push(Article&& article) {
  if (threads_.empty()) {
    Process(article);
    return;
  }
  std::unique_lock<std::mutex> lock(mutex_);
  changed_.wait(lock, [&] { return queue_.size() < limit_; });
  queue_.push_back(std::move(article));
  lock.unlock();
  changed_.notify_all();
}

void ArticleWorkers::Wait() {
  std::unique_lock<std::mutex> lock(mutex_);
  changed_.wait(lock, [&] { return queue_.empty() && busy_ == 0; });
}

void ArticleWorkers::Work() {
  while (true) {
    std::unique_lock<std::mutex> lock(mutex_);
    changed_.wait(lock, [&] { return done_ || !queue_.empty(); });
    if (queue_.empty()) return;  // done_ and nothing left
    Article article = std::move(queue_.front());
    queue_.pop_front();
    ++busy_;
    lock.unlock();
    changed_.notify_all();
    Process(article);
    lock.lock();
    --busy_;
    lock.unlock();
    changed_.notify_all();
  }
}

}  // namespace annals
