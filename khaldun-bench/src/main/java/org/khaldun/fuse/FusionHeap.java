package org.khaldun.fuse;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import org.khaldun.output.EventRecord;
import org.khaldun.output.EventRecord.ActorRef;
import org.khaldun.output.EventRecord.ArticleRef;
import org.khaldun.output.EventRecord.Span;

/**
 * Heap a {@link Fuser} keeps: fuses N synthetic articles (see {@link FusionBenchData}) whose events
 * carry what coded events carry (a sentence of about 30 words, a trigger, actors, figures evidence,
 * the article's url and title), then prints the heap still used after a full collection, less the
 * heap used before fusing. Not a JMH benchmark: one run, one figure per N.
 *
 * <pre>java -cp khaldun-bench/target/khaldun-bench.jar org.khaldun.fuse.FusionHeap 20000</pre>
 */
public final class FusionHeap {
  private FusionHeap() {}

  public static void main(String[] args) {
    int n = args.length == 0 ? 20_000 : Integer.parseInt(args[0]);
    List<FusionBenchData.Input> inputs = FusionBenchData.articles(n);
    long before = usedAfterGc();
    Fuser fuser = Fuser.create(FusionOptions.defaults());
    for (FusionBenchData.Input in : inputs) {
      fuser.add(
          in.id(), in.outlet(), in.text(), in.events().stream().map(FusionHeap::full).toList());
    }
    long after = usedAfterGc();
    System.out.printf(
        Locale.ROOT,
        "%d articles, %d reports, %d fused events: fuser keeps %.1f MB (%.0f bytes per report)%n",
        n,
        3L * n,
        fuser.fusedEvents().size(),
        (after - before) / 1e6,
        (double) (after - before) / (3.0 * n));
    if (args.length > 1 && args[1].equals("hold")) {
      // time to take a class histogram of the live heap: jcmd PID GC.class_histogram
      try {
        Thread.sleep(60_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      System.out.println(fuser.articleCount() + " articles still held");
    }
  }

  /** The event as the coder would give it: a fresh sentence and the other text fields. */
  private static EventRecord full(EventRecord e) {
    String sentence =
        "Gunmen attacked a checkpoint near "
            + e.location().name()
            + " on "
            + e.date()
            + " killing several soldiers and wounding others, a security official told reporters"
            + " on condition of anonymity, adding that an investigation had been opened ("
            + e.eventId()
            + ").";
    ActorRef gunmen = new ActorRef("gunmen", "gunmen", null, "REB", "REB", "Gunmen", 0, 6);
    ActorRef soldiers =
        new ActorRef(
            "soldiers:" + e.location().country(),
            "soldiers",
            e.location().country(),
            "MIL",
            e.location().country() + "MIL",
            "soldiers",
            60,
            68);
    return e.toBuilder()
        .sentenceId(e.articleId() + ":" + e.sentenceIndex())
        .sentence(sentence)
        .trigger(new Span("attacked", 7, 15, 120, 128))
        .source(gunmen)
        .target(soldiers)
        .figuresEvidence(List.of("killing several soldiers"))
        .rule("ASSAULT:attack-verb")
        .cameoCode("190")
        .cameoRoot("19")
        .article(
            new ArticleRef(
                "https://news.example/" + e.articleId(),
                "Attack on checkpoint near " + e.location().name(),
                null,
                e.article().published(),
                "fixture"))
        .build();
  }

  private static long usedAfterGc() {
    for (int i = 0; i < 4; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
