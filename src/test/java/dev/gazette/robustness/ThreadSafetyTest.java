package dev.gazette.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.Gazette;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** One shared {@link Gazette}, many threads: the same results as one thread, byte for byte. */
class ThreadSafetyTest {
  private static final int ARTICLES = 1_000;
  private static final int THREADS = 8;

  @Test
  void eightThreadsGiveExactlyTheJsonOfOneThread() throws Exception {
    List<String> articles = Corpus.articles(ARTICLES, 2023);
    Gazette gazette = Gazette.defaults();
    List<String> expected = new ArrayList<>(ARTICLES);
    for (String a : articles) {
      expected.add(gazette.extract(a).toJson());
    }

    String[] actual = new String[ARTICLES];
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        workers.add(pool.submit(() -> {
          // Threads take articles in an interleaved, unpredictable order, so that each thread's
          // buffers see articles of all sizes after one another.
          for (int i = next.getAndIncrement(); i < ARTICLES; i = next.getAndIncrement()) {
            actual[i] = gazette.extract(articles.get(i)).toJson();
          }
        }));
      }
      for (Future<?> w : workers) {
        w.get(5, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
    for (int i = 0; i < ARTICLES; i++) {
      assertThat(actual[i]).as("article %d", i).isEqualTo(expected.get(i));
    }
  }

  @Test
  void sameInputTwiceGivesByteIdenticalJson() {
    Gazette gazette = Gazette.defaults();
    for (String a : Corpus.articles(50, 7)) {
      String first = gazette.extract(a).toJson();
      gazette.extract(Corpus.article(5_000, a.length())); // something else in between, in the same buffers
      assertThat(gazette.extract(a).toJson()).isEqualTo(first);
    }
  }

  @Test
  void separatelyBuiltPipelinesAgree() {
    Gazette other = Gazette.builder().build();
    for (String a : Corpus.articles(30, 11)) {
      assertThat(other.extract(a).toJson()).isEqualTo(Gazette.defaults().extract(a).toJson());
    }
  }
}
