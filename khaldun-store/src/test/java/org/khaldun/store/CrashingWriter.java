package org.khaldun.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes batches of articles to a database until killed, printing {@code committed N} after each
 * commit. Run as a separate process by {@link KillDuringIngestTest}.
 */
final class CrashingWriter {
  private CrashingWriter() {}

  public static void main(String[] args) {
    try (EventStore store = EventStore.open(Path.of(args[0]))) {
      for (int round = 0; ; round++) {
        List<StoredArticle> batch = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
          // each article has a different number of events, so a half-written one would show
          batch.add(Fixtures.article("r" + round + "-" + i, 1 + i % 7, "v1"));
        }
        store.write(batch);
        System.out.println("committed " + (round + 1));
        System.out.flush();
      }
    }
  }
}
