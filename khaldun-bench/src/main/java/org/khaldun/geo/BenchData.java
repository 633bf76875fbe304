package org.khaldun.geo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.khaldun.ingest.Article;
import org.khaldun.ingest.OffsetMap;
import org.khaldun.nlp.AnnotatedArticle;
import org.khaldun.nlp.EntityMention;
import org.khaldun.nlp.EntityType;
import org.khaldun.nlp.Sentence;
import org.khaldun.nlp.Token;

/**
 * Inputs of the benchmarks: a Lucene index of the default gazetteer's data, names to look up, and a
 * hand-annotated article.
 */
final class BenchData {

  /** System property naming a gazetteer index to use instead of one built from the default data. */
  static final String INDEX_PROPERTY = "khaldun.bench.index";

  /**
   * Names as news writes them: governorates and cities of the typical article, world capitals and
   * countries, transliteration variants, and misses (common words, people, unknown places).
   */
  static final List<String> NAMES =
      List.of(
          "Baghdad",
          "Karbala",
          "Kerbala",
          "Anbar",
          "al-Anbar",
          "Nineveh",
          "Mosul",
          "Salah ad-Din",
          "Salahuddin",
          "Diyala",
          "Kirkuk",
          "Najaf",
          "Basra",
          "al-Qaim",
          "Ramadi",
          "Fallujah",
          "Tikrit",
          "Samarra",
          "Syria",
          "Deir ez-Zor",
          "Raqqa",
          "Aleppo",
          "Damascus",
          "Iran",
          "Tehran",
          "Turkey",
          "Ankara",
          "Washington",
          "Paris",
          "London",
          "Moscow",
          "Beijing",
          "Kyiv",
          "Gaza",
          "Beirut",
          "Sanaa",
          "Aden",
          "Kabul",
          "Khartoum",
          "Tripoli",
          "Sahel",
          "Mali",
          "Niger",
          "Lagos",
          "Nairobi",
          "Mogadishu",
          "United States",
          "Iraq",
          "Israel",
          "Jordan",
          "Islamic State",
          "government",
          "Tuesday",
          "spokesman",
          "Nujaba",
          "Mohammed al-Asadi",
          "Springfield",
          "Travis County",
          "New York",
          "Sao Paulo");

  /** One-edit misspellings of names above (and one two-edit miss). */
  static final List<String> MISSPELT =
      List.of(
          "Kerbela",
          "Karbla",
          "Baghdaad",
          "Bagdhad",
          "Fallouja",
          "Tikrrit",
          "Samara",
          "Kirkouk",
          "Mossul",
          "Nineve",
          "Damascsu",
          "Khartum",
          "Mogadisho",
          "Nairobbi",
          "Washingon",
          "Ankarra",
          "Teheran",
          "Aleppoo",
          "Rakka",
          "Najjaf",
          "Ramady",
          "Diyalla",
          "Beiruth",
          "Tripolli",
          "Baghdadxyz");

  private static final Pattern TOKEN = Pattern.compile("\\p{L}[\\p{L}'’-]*|\\d+|\\S");

  /** Sentences of a typical article and the place names an NER tagger marks in each. */
  private static final List<String[]> SENTENCES =
      List.of(
          new String[] {
            "Islamic State cells have regrouped in eight Iraqi provinces, including Anbar,"
                + " Nineveh, Salah ad-Din, Diyala, Kirkuk and Karbala, a researcher in Baghdad"
                + " said on Tuesday.",
            "Anbar|Nineveh|Salah ad-Din|Diyala|Kirkuk|Karbala|Baghdad"
          },
          new String[] {
            "Harakat Hezbollah al-Nujaba, part of the Popular Mobilization Forces, accused US"
                + " forces in Syria and Iraq of helping the group move from Deir ez-Zor to"
                + " al-Qaim.",
            "Syria|Iraq|Deir ez-Zor|al-Qaim"
          },
          new String[] {
            "Attacks near Ramadi, Fallujah, Tikrit and Samarra killed 12 people, police in Mosul"
                + " said.",
            "Ramadi|Fallujah|Tikrit|Samarra|Mosul"
          },
          new String[] {
            "The spokesman called on the government in Baghdad to act before the group reaches"
                + " Kerbala and Najaf.",
            "Baghdad|Kerbala|Najaf"
          },
          new String[] {
            "Officials in Washington and Paris declined to comment, while Iran and Turkey urged"
                + " calm in Basra province.",
            "Washington|Paris|Iran|Turkey|Basra"
          });

  private BenchData() {}

  /** The default gazetteer, supplement included. */
  static MemoryGazetteer memory() {
    return (MemoryGazetteer) Gazetteer.loadDefault();
  }

  /**
   * The index named by {@value #INDEX_PROPERTY}, else a fresh temporary index of the default
   * gazetteer's data (supplement aliases included as keys, so no overlay).
   */
  static Path luceneIndex() {
    String given = System.getProperty(INDEX_PROPERTY);
    if (given != null) {
      return Path.of(given);
    }
    try {
      Path dir = Files.createTempDirectory("khaldun-bench-gazetteer");
      MemoryGazetteer memory = memory();
      try (IndexWriter w = new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig())) {
        for (Map.Entry<Place, List<String>> e : memory.keysByPlace(null).entrySet()) {
          w.addDocument(IndexSchema.place(e.getKey(), e.getValue()));
        }
        IndexSchema.setCommitData(w, memory.size());
        w.forceMerge(1);
        w.commit();
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Gazetteer open(Path index) {
    return System.getProperty(INDEX_PROPERTY) != null
        ? Gazetteer.open(index)
        : LuceneGazetteer.openIndex(index, List.of());
  }

  static void delete(Path dir) {
    if (System.getProperty(INDEX_PROPERTY) != null) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The article, tokenised and tagged as CoreNLP would: NNP for capitalised words, LOCATION. */
  static AnnotatedArticle article() {
    StringBuilder text = new StringBuilder();
    List<Sentence> sentences = new ArrayList<>();
    for (String[] s : SENTENCES) {
      if (text.length() > 0) {
        text.append(' ');
      }
      int begin = text.length();
      text.append(s[0]);
      List<Token> tokens = new ArrayList<>();
      Matcher m = TOKEN.matcher(s[0]);
      while (m.find()) {
        String t = m.group();
        boolean cap = Character.isUpperCase(t.charAt(0));
        tokens.add(
            new Token(
                tokens.size(), t, t, cap ? "NNP" : "NN", "O", begin + m.start(), begin + m.end()));
      }
      List<EntityMention> entities = new ArrayList<>();
      for (String place : s[1].split("\\|")) {
        int at = s[0].indexOf(place) + begin;
        int first = -1;
        int end = -1;
        for (Token t : tokens) {
          if (t.begin() >= at && t.end() <= at + place.length()) {
            first = first < 0 ? t.index() : first;
            end = t.index() + 1;
          }
        }
        entities.add(
            new EntityMention(EntityType.LOCATION, first, end, at, at + place.length(), place));
      }
      sentences.add(
          new Sentence(
              sentences.size(),
              begin,
              begin + s[0].length(),
              s[0],
              tokens,
              entities,
              List.of(),
              false));
    }
    Article article =
        new Article(
            "bench",
            null,
            null,
            null,
            null,
            null,
            text.toString(),
            OffsetMap.identity(text.length()),
            "bench");
    return new AnnotatedArticle(article, sentences);
  }
}
