package org.khaldun.geo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The on-disk gazetteer: a Lucene index in the layout of {@link IndexSchema}, memory-mapped, read
 * per lookup. The shipped alias supplement is laid over it in memory when it is opened.
 *
 * <p>A lookup is a term query on the name key; alias hits are followed to their places by a second
 * query on GeoNames ids. Results are cached per key (bounded; the cache is emptied when full, which
 * keeps it simple and costs one re-read of the names that recur).
 */
final class LuceneGazetteer extends Gazetteer {

  /**
   * Most candidates returned for one key, best prior first. A few names of the full GeoNames data
   * have thousands of entries (streams, hills); the geoparser needs the likely ones.
   */
  static final int MAX_CANDIDATES = 500;

  /** Terms a fuzzy query expands to at most; far above the count one edit away in practice. */
  private static final int MAX_EXPANSIONS = 256;

  private static final int CACHE_LIMIT = 100_000;

  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final int size;
  private final Map<String, Place[]> overlay;
  private final FuzzyKeys overlayKeys;
  private final KeyCache exactCache = new KeyCache(CACHE_LIMIT);
  private final KeyCache fuzzyCache = new KeyCache(CACHE_LIMIT);

  private LuceneGazetteer(
      Directory directory, DirectoryReader reader, int size, Map<String, Place[]> overlay) {
    this.directory = directory;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    this.searcher.setQueryCache(null); // each key is looked up once, then cached here
    this.size = size;
    this.overlay = overlay;
    this.overlayKeys = FuzzyKeys.of(overlay.keySet());
  }

  static LuceneGazetteer openIndex(Path indexDir) {
    return openIndex(indexDir, Supplement.readDefault());
  }

  /**
   * Opens the index with a supplement; lines whose target the index lacks (an index built from part
   * of GeoNames) are ignored.
   */
  static LuceneGazetteer openIndex(Path indexDir, List<Supplement.Line> supplement) {
    if (!Files.isDirectory(indexDir)) {
      throw new IllegalArgumentException("gazetteer index directory not found: " + indexDir);
    }
    Directory dir = null;
    DirectoryReader reader = null;
    try {
      dir = FSDirectory.open(indexDir);
      if (!DirectoryReader.indexExists(dir)) {
        throw new IllegalArgumentException(
            "no gazetteer index in "
                + indexDir
                + " (build one with: khaldun gazetteer build --geonames DIR --out "
                + indexDir
                + ")");
      }
      reader = DirectoryReader.open(dir);
      Map<String, String> data = reader.getIndexCommit().getUserData();
      String format = data.get(IndexSchema.FORMAT_KEY);
      if (!IndexSchema.FORMAT_VERSION.equals(format)) {
        throw new IllegalArgumentException(
            format == null
                ? indexDir + " is a Lucene index but not a Khaldun gazetteer"
                : indexDir
                    + " holds a gazetteer index of format "
                    + format
                    + "; this Khaldun reads format "
                    + IndexSchema.FORMAT_VERSION
                    + ": rebuild it");
      }
      int size = Integer.parseInt(data.getOrDefault(IndexSchema.PLACES_KEY, "0"));
      LuceneGazetteer g = new LuceneGazetteer(dir, reader, size, Map.of());
      LuceneGazetteer withOverlay =
          new LuceneGazetteer(dir, reader, size, g.overlayFor(supplement));
      dir = null; // owned by the gazetteer now
      reader = null;
      return withOverlay;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open gazetteer index " + indexDir, e);
    } finally {
      closeOnFailure(reader, dir);
    }
  }

  private static void closeOnFailure(DirectoryReader reader, Directory dir) {
    try {
      if (reader != null) {
        reader.close();
      }
      if (dir != null) {
        dir.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close gazetteer index", e);
    }
  }

  private Map<String, Place[]> overlayFor(List<Supplement.Line> supplement) throws IOException {
    Map<String, Set<Place>> byKey = new HashMap<>();
    for (Supplement.Line line : supplement) {
      List<Place> targets = search(new TermQuery(new Term(IndexSchema.CODE, line.target())));
      for (Place p : targets) {
        if (line.targetsAdmin1() == (p.precision() == Precision.ADMIN1)) {
          for (String alias : line.aliases()) {
            String key = PlaceNames.key(alias);
            if (!key.isEmpty()) {
              byKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(p);
            }
          }
        }
      }
    }
    Map<String, Place[]> out = new HashMap<>();
    byKey.forEach((k, v) -> out.put(k, v.toArray(NONE)));
    return out;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  Place[] candidatesForKey(String key) {
    if (key.isEmpty()) {
      return NONE;
    }
    return exactCache.get(key, k -> lookUp(k, false));
  }

  @Override
  Place[] fuzzyCandidatesForKey(String key) {
    if (key.length() < MIN_FUZZY_KEY_LENGTH) {
      return NONE;
    }
    return fuzzyCache.get(key, k -> lookUp(k, true));
  }

  /** A lookup that bypasses the cache (benchmarks measure both). */
  Place[] lookUp(String key, boolean fuzzy) {
    Set<Place> hits = new LinkedHashSet<>();
    try {
      Query q =
          fuzzy
              ? new FuzzyQuery(
                  new Term(IndexSchema.KEY, key),
                  1,
                  1,
                  MAX_EXPANSIONS,
                  true,
                  MultiTermQuery.CONSTANT_SCORE_REWRITE)
              : new TermQuery(new Term(IndexSchema.KEY, key));
      hits.addAll(search(q));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gazetteer index", e);
    }
    if (fuzzy) {
      for (String k : overlayKeys.within1(key)) {
        hits.addAll(Arrays.asList(overlay.get(k)));
      }
    } else {
      Place[] extra = overlay.get(key);
      if (extra != null) {
        hits.addAll(Arrays.asList(extra));
      }
    }
    if (hits.isEmpty()) {
      return NONE;
    }
    Place[] sorted = hits.toArray(NONE);
    Arrays.sort(sorted, BY_PRIOR);
    return sorted.length > MAX_CANDIDATES ? Arrays.copyOf(sorted, MAX_CANDIDATES) : sorted;
  }

  /** Places matched by {@code q} directly or through alias documents, at most the best few. */
  private List<Place> search(Query q) throws IOException {
    Hits hits = searcher.search(q, Hits.MANAGER);
    if (hits.refs.length > 0) {
      hits.addPlaces(
          searcher.search(LongPoint.newSetQuery(IndexSchema.GID, hits.refs), Hits.MANAGER));
    }
    int[] docs = hits.bestDocs(MAX_CANDIDATES);
    List<LeafReaderContext> leaves = reader.leaves();
    List<Place> out = new ArrayList<>(docs.length);
    int leaf = -1;
    BinaryDocValues values = null;
    for (int doc : docs) { // ascending, so each leaf's values are read forwards
      int l = ReaderUtil.subIndex(doc, leaves);
      if (l != leaf) {
        leaf = l;
        values = DocValues.getBinary(leaves.get(l).reader(), IndexSchema.PLACE);
      }
      if (!values.advanceExact(doc - leaves.get(l).docBase)) {
        throw new IllegalStateException("gazetteer index: place document without its entry");
      }
      out.add(IndexSchema.decode(values.binaryValue()));
    }
    return out;
  }

  @Override
  public void close() {
    try {
      reader.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close gazetteer index", e);
    }
  }

  /** Place documents (with their priors) and alias references matched by one query. */
  private static final class Hits {
    static final CollectorManager<Collector, Hits> MANAGER =
        new CollectorManager<>() {
          @Override
          public Collector newCollector() {
            return new Collector();
          }

          @Override
          public Hits reduce(Collection<Collector> collectors) {
            Hits all = new Hits();
            for (Collector c : collectors) {
              all.add(c.hits);
            }
            return all;
          }
        };

    private int[] docs = new int[4];
    private double[] priors = new double[4];
    private int count;
    private long[] refs = new long[0];
    private int refCount;

    void addDoc(int doc, double prior) {
      if (count == docs.length) {
        docs = Arrays.copyOf(docs, count * 2);
        priors = Arrays.copyOf(priors, count * 2);
      }
      docs[count] = doc;
      priors[count++] = prior;
    }

    void addRef(long ref) {
      if (refCount == refs.length) {
        refs = Arrays.copyOf(refs, Math.max(4, refCount * 2));
      }
      refs[refCount++] = ref;
    }

    void add(Hits other) {
      for (int i = 0; i < other.count; i++) {
        addDoc(other.docs[i], other.priors[i]);
      }
      for (int i = 0; i < other.refCount; i++) {
        addRef(other.refs[i]);
      }
      refs = Arrays.copyOf(refs, refCount);
    }

    void addPlaces(Hits other) {
      for (int i = 0; i < other.count; i++) {
        addDoc(other.docs[i], other.priors[i]);
      }
    }

    /** Distinct documents, the {@code max} of best prior when there are more. */
    int[] bestDocs(int max) {
      Map<Integer, Double> distinct = new HashMap<>();
      for (int i = 0; i < count; i++) {
        distinct.put(docs[i], priors[i]);
      }
      if (distinct.size() <= max) {
        return distinct.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
      }
      return distinct.entrySet().stream()
          .sorted(Map.Entry.<Integer, Double>comparingByValue().reversed())
          .limit(max)
          .mapToInt(Map.Entry::getKey)
          .sorted()
          .toArray();
    }
  }

  private static final class Collector extends SimpleCollector {
    final Hits hits = new Hits();
    private int docBase;
    private NumericDocValues refs;
    private NumericDocValues priors;

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      docBase = context.docBase;
      refs = DocValues.getNumeric(context.reader(), IndexSchema.REF);
      priors = DocValues.getNumeric(context.reader(), IndexSchema.PRIOR);
    }

    @Override
    public void collect(int doc) throws IOException {
      if (refs.advanceExact(doc)) {
        hits.addRef(refs.longValue());
      } else {
        double prior = priors.advanceExact(doc) ? Double.longBitsToDouble(priors.longValue()) : 0;
        hits.addDoc(docBase + doc, prior);
      }
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
