// Resolving and assembling articles on several threads while ingestion
// reads the next ones: what lets `annals build` use more than one core.
#pragma once

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

#include "annals/events.h"
#include "annals/ingest.h"
#include "annals/resolve.h"

namespace annals {

class ArticleWorkers {
 public:
  // `threads` <= 1 resolves and assembles each article in Push itself.
  ArticleWorkers(const Resolver& resolver, Assembler& assembler, unsigned threads);
  ~ArticleWorkers();  // waits for the work in hand
  ArticleWorkers(const ArticleWorkers&) = delete;
  ArticleWorkers& operator=(const ArticleWorkers&) = delete;

  // Hands over one dated article. Blocks while a few articles per thread
  // wait already, so memory stays bounded however many articles there are.
  void Push(Article&& article);
  // Waits until every article pushed has been added to the assembler.
  void Wait();

 private:
  void Work();
  void Process(const Article& article);

  const Resolver& resolver_;
  Assembler& assembler_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<Article> queue_;
  size_t busy_ = 0;
  size_t limit_ = 0;
  bool done_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace annals
