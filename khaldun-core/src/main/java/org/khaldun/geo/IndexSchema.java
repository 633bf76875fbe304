package org.khaldun.geo;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.util.BytesRef;

/**
 * The layout of a Lucene gazetteer index, shared by its writer and its reader.
 *
 * <p>Two kinds of document. A <em>place</em> document holds one entry: the entry itself, its prior
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

  /** Place documents: the entry, as binary doc values ({@link #encode}). */
  static final String PLACE = "place";

  /** Commit user data: the format marker and its version. */
  static final String FORMAT_KEY = "khaldun.gazetteer.format";

  static final String FORMAT_VERSION = "3";

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
    d.add(new BinaryDocValuesField(PLACE, encode(p)));
    return d;
  }

  /** An alias document: one more name for the place with GeoNames id {@code ref}. */
  static Document alias(long ref, String key) {
    Document d = new Document();
    d.add(new StringField(KEY, key, Field.Store.NO));
    d.add(new NumericDocValuesField(REF, ref));
    return d;
  }

  /**
   * The entry as bytes: id, name, lat, lon, country, admin-1 and admin-2 codes and names (empty for
   * none), feature code, population, precision. Doc values rather than stored fields: a lookup
   * reads a few dozen scattered entries, and stored fields decompress a whole block for each (5x
   * slower, measured), while doc values are read in place from the memory-mapped file.
   */
  static BytesRef encode(Place p) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
      DataOutputStream out = new DataOutputStream(bytes);
      out.writeLong(p.geonameId());
      out.writeUTF(p.name());
      out.writeDouble(p.lat());
      out.writeDouble(p.lon());
      out.writeUTF(p.country());
      out.writeUTF(p.admin1Code() == null ? "" : p.admin1Code());
      out.writeUTF(p.admin1Name() == null ? "" : p.admin1Name());
      out.writeUTF(p.admin2Code() == null ? "" : p.admin2Code());
      out.writeUTF(p.admin2Name() == null ? "" : p.admin2Name());
      out.writeUTF(p.featureCode());
      out.writeLong(p.population());
      out.writeByte(p.precision().ordinal());
      return new BytesRef(bytes.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode " + p, e);
    }
  }

  static Place decode(BytesRef b) {
    try {
      DataInputStream in =
          new DataInputStream(new ByteArrayInputStream(b.bytes, b.offset, b.length));
      long id = in.readLong();
      String name = in.readUTF();
      double lat = in.readDouble();
      double lon = in.readDouble();
      String country = in.readUTF();
      String admin1 = in.readUTF();
      String admin1Name = in.readUTF();
      String admin2 = in.readUTF();
      String admin2Name = in.readUTF();
      String feature = in.readUTF();
      long population = in.readLong();
      Precision precision = Precision.values()[in.readByte()];
      return new Place(
          id,
          name,
          lat,
          lon,
          country,
          admin1.isEmpty() ? null : admin1,
          admin1Name.isEmpty() ? null : admin1Name,
          admin2.isEmpty() ? null : admin2,
          admin2Name.isEmpty() ? null : admin2Name,
          feature,
          population,
          precision);
    } catch (IOException e) {
      throw new UncheckedIOException("corrupt gazetteer entry", e);
    }
  }

  /** Marks the index as a Khaldun gazetteer on its next commit. */
  static void setCommitData(IndexWriter writer, long places) {
    writer.setLiveCommitData(
        Map.of(FORMAT_KEY, FORMAT_VERSION, PLACES_KEY, Long.toString(places)).entrySet());
  }
}
