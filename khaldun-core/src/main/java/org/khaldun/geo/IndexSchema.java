package org.khaldun.geo;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;

/**
 * The layout of a Lucene gazetteer index, shared by its writer and its reader.
 *
 * <p>Two kinds of document. A <em>place</em> document holds one entry: its stored fields, its prior
 * as doc values (to keep the best candidates of a very common name without reading them all), its
 * GeoNames id as a point, and a {@value #KEY} term for each normalised name. An <em>alias</em>
 * document holds one alternate name of a place, as a {@value #KEY} term and the place's GeoNames id
 * in {@value #REF}: GeoNames publishes alternate names in a separate file, in no useful order, so
 * the builder streams them into their own documents rather than holding them in memory to join them
 * to their places; lookups follow the reference instead.
 */
final class IndexSchema {

  /** Normalised name key, one term per name (not stored). */
  static final String KEY = "key";

  /** Place documents: GeoNames id as a point, for alias references. */
  static final String GID = "gid";

  /** Place documents: the prior, as doc values. */
  static final String PRIOR = "prior";

  /** Alias documents: GeoNames id of the place named, as doc values. */
  static final String REF = "ref";

  /** Country and admin-1 documents: alpha-3 or admin-1 code, the supplement's targets. */
  static final String CODE = "code";

  static final String ID = "id";
  static final String NAME = "name";
  static final String LAT = "lat";
  static final String LON = "lon";
  static final String COUNTRY = "country";
  static final String ADMIN1 = "admin1";
  static final String ADMIN1_NAME = "admin1name";
  static final String FEATURE = "feature";
  static final String POPULATION = "population";
  static final String PRECISION = "precision";

  /** Commit user data: the format marker and its version. */
  static final String FORMAT_KEY = "khaldun.gazetteer.format";

  static final String FORMAT_VERSION = "1";

  /** Commit user data: the number of place documents. */
  static final String PLACES_KEY = "khaldun.gazetteer.places";

  private IndexSchema() {}

  /** A place document with its name keys ({@link PlaceNames#key}; empty ones are skipped). */
  static Document place(Place p, Collection<String> keys) {
    Document d = new Document();
    Set<String> seen = new HashSet<>();
    for (String key : keys) {
      if (!key.isEmpty() && seen.add(key)) {
        d.add(new StringField(KEY, key, Field.Store.NO));
      }
    }
    if (p.geonameId() > 0) {
      d.add(new LongPoint(GID, p.geonameId()));
    }
    d.add(new DoubleDocValuesField(PRIOR, Gazetteer.prior(p)));
    switch (p.precision()) {
      case COUNTRY -> d.add(new StringField(CODE, p.country(), Field.Store.NO));
      case ADMIN1 -> d.add(new StringField(CODE, p.admin1Code(), Field.Store.NO));
      default -> {}
    }
    d.add(new StoredField(ID, p.geonameId()));
    d.add(new StoredField(NAME, p.name()));
    d.add(new StoredField(LAT, p.lat()));
    d.add(new StoredField(LON, p.lon()));
    d.add(new StoredField(COUNTRY, p.country()));
    if (p.admin1Code() != null) {
      d.add(new StoredField(ADMIN1, p.admin1Code()));
    }
    if (p.admin1Name() != null) {
      d.add(new StoredField(ADMIN1_NAME, p.admin1Name()));
    }
    d.add(new StoredField(FEATURE, p.featureCode()));
    d.add(new StoredField(POPULATION, p.population()));
    d.add(new StoredField(PRECISION, p.precision().name()));
    return d;
  }

  /** An alias document: one more name for the place with GeoNames id {@code ref}. */
  static Document alias(long ref, String key) {
    Document d = new Document();
    d.add(new StringField(KEY, key, Field.Store.NO));
    d.add(new NumericDocValuesField(REF, ref));
    return d;
  }

  static Place toPlace(Document d) {
    return new Place(
        d.getField(ID).numericValue().longValue(),
        d.get(NAME),
        d.getField(LAT).numericValue().doubleValue(),
        d.getField(LON).numericValue().doubleValue(),
        d.get(COUNTRY),
        d.get(ADMIN1),
        d.get(ADMIN1_NAME),
        d.get(FEATURE),
        d.getField(POPULATION).numericValue().longValue(),
        Precision.valueOf(d.get(PRECISION)));
  }

  /** Marks the index as a Khaldun gazetteer on its next commit. */
  static void setCommitData(IndexWriter writer, long places) {
    writer.setLiveCommitData(
        Map.of(FORMAT_KEY, FORMAT_VERSION, PLACES_KEY, Long.toString(places)).entrySet());
  }
}
