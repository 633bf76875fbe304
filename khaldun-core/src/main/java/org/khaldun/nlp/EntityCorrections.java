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
 * <p>How an entry overwrites the CRF was settled by testing. TokensRegexNER lets an entry
 * overwrite, besides the tags in its overwritable column, any tag that occurs anywhere in the
 * mapping file, and for those tags it skips its check against cutting into a longer entity: with
 * entries labelled LOCATION and ORGANIZATION, the CRF's "Baghdad Operations Command" and
 * "University of Mosul" became a place plus a stray organization. So entries carry private labels
 * ({@code KHALDUN_LOCATION}, ...; {@link NerTags} maps them to the coarse types). Then the CRF's
 * PERSON, ORGANIZATION and LOCATION tags are foreign to the mapping file: an entry replaces them
 * only where its match covers the CRF's entity whole (Salah ad-Din as a person, Houthis as a place,
 * a lone province name as an organization), never inside a longer one. Untagged tokens and MISC
 * (Daech) are CoreNLP's background labels and always replaced. All entries have the same priority:
 * among overlapping matches the longest wins.
 *
 * <p>Entries are split on spaces into one regular expression per token; CoreNLP splits hyphens
 * itself but not the possessive ending, so "People's" is written as {@code People 's}.
 */
final class EntityCorrections {

  static final String RESOURCE = "org/khaldun/nlp/entity-corrections.tsv";

  /** Prefix of the labels entries assign, so that CoreNLP keeps them apart from the CRF's. */
  static final String LABEL_PREFIX = "KHALDUN_";

  /** Every entry may replace any CRF class, if its match covers the CRF's entity whole. */
  private static final String OVERWRITABLE = "PERSON,ORGANIZATION,LOCATION,MISC";

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
        // Spellings are matched case-sensitively, and a lower-case one ("al-Ramadi", "daesh")
        // is capitalised at the start of a sentence or in a title.
        if (Character.isLowerCase(spelling.charAt(0))) {
          entries.add(
              new Entry(Character.toUpperCase(spelling.charAt(0)) + spelling.substring(1), type));
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
              coreNlpPattern(entry.spelling())
                  + "\t"
                  + LABEL_PREFIX
                  + entry.type()
                  + "\t"
                  + OVERWRITABLE
                  + "\t1.0\n");
        }
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write CoreNLP's copy of " + RESOURCE, e);
    }
  }

  /** A spelling as CoreNLP's whitespace-separated token patterns (see the class comment). */
  static String coreNlpPattern(String spelling) {
    return spelling.replaceAll("(?<=\\p{L})['’]s\\b", " 's").replaceAll("(?<=s)['’](?= |$)", " '");
  }
}
