package org.khaldun.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The project's corrections to CoreNLP's entity tags ({@code entity-corrections.tsv}, format in
 * that file), turned into a CoreNLP TokensRegexNER mapping file.
 *
 * <p>Our file has comments and one line per entity; CoreNLP's format has neither and treats every
 * token as a regular expression. So the entries are validated here (letters, digits, spaces,
 * hyphens, apostrophes only: no accidental regex) and written once per JVM to a temporary file in
 * CoreNLP's format: {@code spelling<TAB>TYPE<TAB>overwritable CRF tags<TAB>priority}.
 *
 * <p>Which CRF tags an entry may overwrite was settled by testing, and needs two settings together.
 * By default TokensRegexNER lets an entry overwrite any tag that occurs anywhere in the mapping
 * file, whatever the entry's overwritable column says, and it overwrites the matched tokens only,
 * even inside a longer entity: the CRF's "Baghdad Operations Command" and "University of Mosul"
 * became a place plus a stray organization. So {@link Pipelines} sets {@code
 * noDefaultOverwriteLabels} to all our types, which makes the column authoritative, and the column
 * (see {@link #overwritable}) lists "O" explicitly (else untagged tokens stay untagged): place
 * entries replace O, PERSON and MISC (the CRF's mistakes on places, e.g. Salah ad-Din as a person),
 * never a whole organization; organization entries replace O, PERSON, LOCATION and MISC (Houthis as
 * a place, Hashd al-Shaabi as a person, Daech as MISC). A span whose CRF tags are mixed is always
 * replaced, and so is an all-LOCATION span (a hard-wired CoreNLP rule). All entries have the same
 * priority: among overlapping entries the longest match wins.
 */
final class EntityCorrections {

  static final String RESOURCE = "org/khaldun/nlp/entity-corrections.tsv";

  /** The types an entry may assign, as a CoreNLP list. */
  static final String TYPES = "PERSON,ORGANIZATION,LOCATION,MISC";

  private static final Pattern SPELLING =
      Pattern.compile("[\\p{L}\\p{M}0-9][\\p{L}\\p{M}0-9 '’-]*");

  /** One spelling and the type it gets. */
  record Entry(String spelling, EntityType type) {}

  private EntityCorrections() {}

  /** Parses the corrections; a malformed line fails with {@code name:line} and the reason. */
  static List<Entry> parse(BufferedReader reader, String name) throws IOException {
    Set<Entry> entries = new LinkedHashSet<>();
    String line;
    int lineNumber = 0;
    while ((line = reader.readLine()) != null) {
      lineNumber++;
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      String where = name + ":" + lineNumber + ": ";
      int tab = line.indexOf('\t');
      if (tab < 0) {
        throw new IllegalArgumentException(where + "expected TYPE<TAB>spellings, found no tab");
      }
      String typeName = line.substring(0, tab).strip();
      EntityType type;
      try {
        type = EntityType.valueOf(typeName);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + "unknown entity type '" + typeName + "'", e);
      }
      for (String raw : line.substring(tab + 1).split("\\|", -1)) {
        String spelling = raw.strip().replaceAll("\\s+", " ");
        if (!SPELLING.matcher(spelling).matches()) {
          throw new IllegalArgumentException(
              where + "spelling '" + spelling + "' must be letters, digits, spaces, - or '");
        }
        entries.add(new Entry(spelling, type));
        if (spelling.startsWith("al-")) {
          entries.add(new Entry("A" + spelling.substring(1), type));
        }
      }
    }
    return List.copyOf(entries);
  }

  /** Loads the project's corrections from the classpath. */
  static List<Entry> load() {
    InputStream in = EntityCorrections.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("missing classpath resource " + RESOURCE);
    }
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return parse(reader, RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /**
   * Writes the project's corrections in CoreNLP's mapping format to a temporary file, deleted when
   * the JVM exits, and returns its path.
   */
  static Path writeCoreNlpMapping() {
    List<Entry> entries = load();
    try {
      Path file = Files.createTempFile("khaldun-regexner-", ".tsv");
      file.toFile().deleteOnExit();
      try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        for (Entry entry : entries) {
          out.write(
              entry.spelling()
                  + "\t"
                  + entry.type()
                  + "\t"
                  + overwritable(entry.type())
                  + "\t1.0\n");
        }
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write CoreNLP's copy of " + RESOURCE, e);
    }
  }

  /** The CRF tags an entry of {@code type} may replace (see the class comment for why). */
  static String overwritable(EntityType type) {
    return switch (type) {
      case LOCATION, MISC -> "O,PERSON,MISC";
      case ORGANIZATION -> "O,PERSON,LOCATION,MISC";
      case PERSON -> "O,LOCATION,MISC";
    };
  }
}
