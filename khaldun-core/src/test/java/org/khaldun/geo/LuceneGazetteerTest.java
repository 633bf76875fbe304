package org.khaldun.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneGazetteerTest extends GazetteerContract {

  @TempDir static Path dir;

  private static LuceneGazetteer lucene;

  /** The fixture gazetteer written as a Lucene index, its supplement aliases included as keys. */
  @BeforeAll
  static void writeIndex() {
    MemoryGazetteer memory = (MemoryGazetteer) FixtureGazetteer.load();
    try (IndexWriter w = new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig())) {
      for (Map.Entry<Place, List<String>> e : memory.keysByPlace(null).entrySet()) {
        w.addDocument(IndexSchema.place(e.getKey(), e.getValue()));
      }
      IndexSchema.setCommitData(w, memory.size());
      w.commit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    lucene = LuceneGazetteer.openIndex(dir, List.of());
  }

  @AfterAll
  static void closeIndex() {
    lucene.close();
  }

  @Override
  Gazetteer gazetteer() {
    return lucene;
  }

  @Test
  void failsClearlyOnAMissingDirectory() {
    assertThatThrownBy(() -> Gazetteer.open(dir.resolve("nowhere")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("gazetteer index directory not found")
        .hasMessageContaining("nowhere");
  }

  @Test
  void failsClearlyOnADirectoryWithoutAnIndex(@TempDir Path empty) throws IOException {
    Files.writeString(empty.resolve("cities500.txt"), "");
    assertThatThrownBy(() -> Gazetteer.open(empty))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no gazetteer index in")
        .hasMessageContaining("khaldun gazetteer build");
  }

  @Test
  void refusesALuceneIndexThatIsNoGazetteer(@TempDir Path other) throws IOException {
    try (IndexWriter w = new IndexWriter(FSDirectory.open(other), new IndexWriterConfig())) {
      w.commit();
    }
    assertThatThrownBy(() -> Gazetteer.open(other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a Khaldun gazetteer");
  }

  @Test
  void laysTheShippedSupplementOverAnIndexAndIgnoresTargetsItLacks() {
    try (Gazetteer g = Gazetteer.open(dir)) {
      // only the shipped supplement has this alias; it also names units the fixture lacks
      assertThat(g.find("Karbala Governorate"))
          .singleElement()
          .extracting(Place::precision)
          .isEqualTo(Precision.ADMIN1);
    }
  }
}
