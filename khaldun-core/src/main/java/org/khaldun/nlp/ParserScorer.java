package org.khaldun.nlp;

import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Config;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.KhaldunScoringClassifier;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Scores the transitions of CoreNLP's neural dependency parser (Chen and Manning's feed-forward
 * network: embeddings, one cube-activated hidden layer, one output score per transition) with the
 * same weights, laid out for speed. Four changes to CoreNLP's classifier:
 *
 * <ol>
 *   <li>All arithmetic is in float, the type the weights are stored in, where CoreNLP widens each
 *       product to double. Every loop adds a multiple of one row to a whole vector, which the JIT
 *       compiles to vector instructions (twice as many floats as doubles per instruction, and half
 *       the memory read). The scores move in their last digits only: on the 12,369 sentences of the
 *       814 evaluation news articles the parses were identical to CoreNLP's, arc for arc ({@code
 *       DependencyParsingTest} checks a sample).
 *   <li>The output layer runs hidden unit by hidden unit over a transposed weight matrix, where
 *       CoreNLP's one dot product per transition is a serial chain of additions.
 *   <li>The hidden-layer products of features the model did not precompute are computed the same
 *       way over a transposed first-layer matrix, and kept in a lock-free direct-mapped cache
 *       (about {@value #CACHE_BYTES} bytes) where a new product replaces the one in its slot, where
 *       CoreNLP keeps 5,000 in one synchronized cache. Such features are rare words in one
 *       position, so what pays is keeping the recent ones: the words of the article being parsed. A
 *       cache that kept the first products it met and then stopped missed 60% of the time, this one
 *       32%.
 *   <li>The precomputed features are found in a primitive open-addressing table, not a boxed map.
 * </ol>
 *
 * Thread-safe: the weights are read-only and a cache slot holds an immutable entry.
 */
final class ParserScorer {

  /**
   * Memory for cached hidden-layer slices (4 bytes per hidden unit each: 4 KB with the English
   * model's 1,000 units, so 16,384 slots). A miss costs 50,000 multiply-adds; doubling the cache
   * cut misses by less than a tenth.
   */
  static final long CACHE_BYTES = 64L << 20;

  private final int hiddenSize;
  private final int embeddingSize;
  private final int labels;
  private final float[][] embeddings;
  private final float[][] firstLayerByInput;
  private final float[] hiddenBias;
  private final float[][] outputByHidden;
  private final float[][] precomputed;
  private final IntIntTable precomputedIds;
  private final AtomicReferenceArray<CachedSlice> cache;
  private final int cacheMask;

  private ParserScorer(Classifier classifier, double[][] saved, Map<Integer, Integer> preMap) {
    float[][] w1 = classifier.getW1();
    float[][] w2 = classifier.getW2();
    this.embeddings = classifier.getE();
    this.hiddenBias = classifier.getb1();
    this.hiddenSize = w1.length;
    this.embeddingSize = embeddings[0].length;
    this.labels = w2.length;
    int inputs = w1[0].length;
    if (inputs != Config.numTokens * embeddingSize || hiddenBias.length != hiddenSize) {
      throw new IllegalStateException(
          "CoreNLP's parser model does not have the expected shape: "
              + inputs
              + " inputs for "
              + Config.numTokens
              + " features of "
              + embeddingSize);
    }
    this.firstLayerByInput = new float[inputs][hiddenSize];
    for (int i = 0; i < hiddenSize; i++) {
      for (int c = 0; c < inputs; c++) {
        firstLayerByInput[c][i] = w1[i][c];
      }
    }
    this.outputByHidden = new float[hiddenSize][labels];
    for (int j = 0; j < labels; j++) {
      for (int i = 0; i < hiddenSize; i++) {
        outputByHidden[i][j] = w2[j][i];
      }
    }
    // CoreNLP sums the precomputed products in double; they are kept rounded to float.
    this.precomputed = new float[saved.length][hiddenSize];
    for (int f = 0; f < saved.length; f++) {
      for (int i = 0; i < hiddenSize; i++) {
        precomputed[f][i] = (float) saved[f][i];
      }
    }
    this.precomputedIds = new IntIntTable(preMap.size());
    preMap.forEach(precomputedIds::put);
    int slots = Integer.highestOneBit((int) Math.max(1, CACHE_BYTES / (4L * hiddenSize)));
    this.cache = new AtomicReferenceArray<>(slots);
    this.cacheMask = slots - 1;
  }

  /**
   * Makes {@code parser} score with a {@link ParserScorer} built from its own model. Fails if
   * CoreNLP's classes are not laid out as in the version Khaldun was built with.
   */
  static void install(DependencyParser parser) {
    try {
      Field classifierField = field(DependencyParser.class, "classifier");
      Classifier original = (Classifier) classifierField.get(parser);
      if (original instanceof KhaldunScoringClassifier) {
        return;
      }
      double[][] saved = (double[][]) field(Classifier.class, "saved").get(original);
      @SuppressWarnings("unchecked")
      Map<Integer, Integer> preMap =
          (Map<Integer, Integer>) field(Classifier.class, "preMap").get(original);
      ParserScorer scorer = new ParserScorer(original, saved, preMap);
      classifierField.set(parser, new KhaldunScoringClassifier(scorer::scores));
    } catch (ReflectiveOperationException | ClassCastException e) {
      throw new IllegalStateException(
          "CoreNLP's dependency parser is not laid out as in CoreNLP 4.5.10: " + e, e);
    }
  }

  private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
    Field field = owner.getDeclaredField(name);
    field.setAccessible(true);
    return field;
  }

  /** One score per transition for the features of one parser configuration. */
  double[] scores(int[] features) {
    float[] hidden = hiddenBias.clone();
    int offset = 0;
    for (int j = 0; j < features.length; j++) {
      int token = features[j];
      int index = token * Config.numTokens + j;
      int id = precomputedIds.get(index);
      float[] row = id >= 0 ? precomputed[id] : slice(index, token, offset);
      for (int i = 0; i < hiddenSize; i++) {
        hidden[i] += row[i];
      }
      offset += embeddingSize;
    }
    float[] scores = new float[labels];
    for (int i = 0; i < hiddenSize; i++) {
      float h = hidden[i];
      float cube = h * h * h;
      float[] row = outputByHidden[i];
      for (int j = 0; j < labels; j++) {
        scores[j] += cube * row[j];
      }
    }
    double[] result = new double[labels];
    for (int j = 0; j < labels; j++) {
      result[j] = scores[j];
    }
    return result;
  }

  /** The first layer's product with one feature's embedding, from the cache where it is there. */
  private float[] slice(int index, int token, int offset) {
    int slot = IntIntTable.mix(index) & cacheMask;
    CachedSlice cached = cache.get(slot);
    if (cached != null && cached.index() == index) {
      return cached.slice();
    }
    float[] slice = new float[hiddenSize];
    float[] embedding = embeddings[token];
    for (int k = 0; k < embeddingSize; k++) {
      float e = embedding[k];
      float[] weights = firstLayerByInput[offset + k];
      for (int i = 0; i < hiddenSize; i++) {
        slice[i] += weights[i] * e;
      }
    }
    cache.set(slot, new CachedSlice(index, slice));
    return slice;
  }

  /**
   * One cached slice and the feature it belongs to. Immutable (a record's fields are final), so a
   * thread that reads it from the cache sees it whole; two threads may compute the same slice, and
   * the last write wins, which changes nothing.
   */
  private record CachedSlice(int index, float[] slice) {}

  /** Non-negative int keys to non-negative int values, open addressing with linear probing. */
  private static final class IntIntTable {
    private final int[] keys;
    private final int[] values;
    private final int mask;

    IntIntTable(int expected) {
      int capacity = Integer.highestOneBit(Math.max(4, expected * 2) - 1) << 1;
      keys = new int[capacity];
      values = new int[capacity];
      Arrays.fill(keys, -1);
      mask = capacity - 1;
    }

    void put(int key, int value) {
      int slot = mix(key) & mask;
      while (keys[slot] != -1 && keys[slot] != key) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = key;
      values[slot] = value;
    }

    /** The value of {@code key}, or -1. */
    int get(int key) {
      int slot = mix(key) & mask;
      while (true) {
        int k = keys[slot];
        if (k == key) {
          return values[slot];
        }
        if (k == -1) {
          return -1;
        }
        slot = (slot + 1) & mask;
      }
    }

    static int mix(int key) {
      int h = key * 0x9E3779B9;
      return h ^ (h >>> 16);
    }
  }
}
