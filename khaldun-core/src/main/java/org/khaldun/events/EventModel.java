package org.khaldun.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A learned helper for event coding: a sentence encoder (all-MiniLM-L6-v2, shipped by a langchain4j
 * artifact) and prototype sentences Khaldun writes for each PLOVER type and for non-events (see
 * {@code prototypes.tsv}). A sentence is scored against each type by the mean cosine similarity of
 * its {@value #TOP_K} nearest prototypes of that type, so that one odd prototype neither wins nor
 * sinks a type; NONE is scored the same way and competes with the types. Vectors are centred on the
 * prototypes' mean before the cosine: every news sentence shares a large common direction, which
 * otherwise makes all types look alike (leave-one-out accuracy 36% uncentred, 41% centred).
 *
 * <p>The encoder places "did not attack" next to "attacked", so the model only proposes a type:
 * negation and modality always come from the rules (see {@link #assisting}). Loading takes about a
 * second (the encoder, then the prototypes' embeddings, kept in memory); {@link #classify} is
 * thread-safe.
 */
public final class EventModel {
  /**
   * Prototypes averaged per type. Chosen by leave-one-out classification of the prototypes
   * themselves (each classified by the others): 3 gave 36% of them their own type, 5 gave 41%.
   */
  static final int TOP_K = 5;

  private final SentenceEncoder encoder;
  private final List<EventPrototypes.Prototype> prototypes;
  private final float[][] vectors;
  private final float[] center;

  EventModel(SentenceEncoder encoder, EventPrototypes prototypes) {
    this.encoder = Objects.requireNonNull(encoder, "encoder");
    this.prototypes = prototypes.all();
    float[][] raw = new float[this.prototypes.size()][];
    for (int i = 0; i < raw.length; i++) {
      raw[i] = encoder.embed(this.prototypes.get(i).text());
    }
    this.center = new float[raw[0].length];
    for (float[] v : raw) {
      for (int d = 0; d < v.length; d++) {
        center[d] += v[d] / raw.length;
      }
    }
    this.vectors = new float[raw.length][];
    for (int i = 0; i < raw.length; i++) {
      vectors[i] = centred(raw[i]);
    }
  }

  /** {@code v} minus the prototypes' mean, scaled to unit length. */
  private float[] centred(float[] v) {
    float[] out = new float[v.length];
    double norm = 0;
    for (int d = 0; d < v.length; d++) {
      out[d] = v[d] - center[d];
      norm += out[d] * out[d];
    }
    norm = Math.sqrt(norm);
    if (norm > 0) {
      for (int d = 0; d < out.length; d++) {
        out[d] /= (float) norm;
      }
    }
    return out;
  }

  /** The MiniLM encoder with the bundled prototypes. */
  public static EventModel loadDefault() {
    return new EventModel(MiniLmEncoder.load(), EventPrototypes.loadDefault());
  }

  /**
   * The model's best guess for one sentence (or clause).
   *
   * @param type the best event type, or null when NONE (no event) scores best
   * @param mode the mode of the nearest prototype of {@code type}, or null
   * @param score the mean similarity of the type's nearest prototypes, -1 to 1
   * @param margin how far {@code score} is above the runner-up (another type or NONE)
   */
  public record Guess(EventType type, String mode, double score, double margin) {
    public boolean isEvent() {
      return type != null;
    }

    /** Whether this is an event at least {@code minScore} and {@code minMargin} clear. */
    public boolean confident(EventModelOptions options) {
      return isEvent() && score >= options.minScore() && margin >= options.minMargin();
    }
  }

  /** Classifies {@code text}. */
  public Guess classify(String text) {
    return guess(scores(text));
  }

  /**
   * Wraps a rule coder: sentences the rules leave without an event get the model's event when it is
   * confident, and the model breaks ties between competing types the rules find in one sentence.
   * See {@code ModelAssistedCoder}.
   */
  public EventCoder assisting(EventCoder rules, EventModelOptions options) {
    return new ModelAssistedCoder(rules, this, options);
  }

  /** Type scores of {@code text}: index {@code t.ordinal()} per type, the last one for NONE. */
  Scores scores(String text) {
    float[] v = centred(encoder.embed(text));
    int labels = EventType.values().length + 1;
    List<List<Double>> sims = new ArrayList<>(labels);
    for (int i = 0; i < labels; i++) {
      sims.add(new ArrayList<>());
    }
    double[] bestSim = new double[labels];
    String[] bestMode = new String[labels];
    Arrays.fill(bestSim, -2);
    for (int i = 0; i < vectors.length; i++) {
      EventPrototypes.Prototype p = prototypes.get(i);
      int label = p.type() == null ? labels - 1 : p.type().ordinal();
      double sim = dot(v, vectors[i]);
      sims.get(label).add(sim);
      if (sim > bestSim[label]) {
        bestSim[label] = sim;
        bestMode[label] = p.mode();
      }
    }
    double[] score = new double[labels];
    for (int i = 0; i < labels; i++) {
      List<Double> s = sims.get(i);
      s.sort((a, b) -> Double.compare(b, a));
      int k = Math.min(TOP_K, s.size());
      double sum = 0;
      for (int j = 0; j < k; j++) {
        sum += s.get(j);
      }
      score[i] = k == 0 ? -1 : sum / k;
    }
    return new Scores(score, bestMode);
  }

  /** Per-label scores and the mode of each label's nearest prototype. */
  record Scores(double[] score, String[] nearestMode) {
    double of(EventType type) {
      return score[type.ordinal()];
    }

    double none() {
      return score[score.length - 1];
    }
  }

  static Guess guess(Scores s) {
    double[] score = s.score();
    int best = 0;
    for (int i = 1; i < score.length; i++) {
      if (score[i] > score[best]) {
        best = i;
      }
    }
    double second = -1;
    for (int i = 0; i < score.length; i++) {
      if (i != best && score[i] > second) {
        second = score[i];
      }
    }
    boolean none = best == score.length - 1;
    EventType type = none ? null : EventType.values()[best];
    return new Guess(type, none ? null : s.nearestMode()[best], score[best], score[best] - second);
  }

  private static double dot(float[] a, float[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }
}
