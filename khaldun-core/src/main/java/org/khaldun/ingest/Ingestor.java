package org.khaldun.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.khaldun.text.CleanText;
import org.khaldun.text.TextCleaner;

/**
 * Reads articles from plain text, HTML and JSON Lines files, directories and standard input, cleans
 * their text and hands each article, or the reason an input was skipped, to an {@link IngestSink}.
 * Bad input never stops a batch: each bad file, or bad JSON line, gives one {@link InputProblem}
 * and reading goes on.
 *
 * <h2>Input formats</h2>
 *
 * <p>With {@link Format#AUTO} the file name decides ({@code .txt .text}: text; {@code .html .htm}:
 * HTML; {@code .jsonl .ndjson .json}: JSON Lines), else the first bytes do (an object or array:
 * JSON Lines; HTML tags: HTML; anything else: text). Standard input is always sniffed.
 *
 * <ul>
 *   <li><b>Text</b>: one article per file, UTF-8. When the first line is short (at most 200
 *       characters) and does not end a sentence, it is taken as the title. Blank lines separate
 *       paragraphs.
 *   <li><b>HTML</b>: one article per page, in the charset the page declares (else UTF-8). The main
 *       content is extracted and page furniture dropped; title, date, byline, publisher and
 *       canonical URL are read from meta tags, JSON-LD and the markup.
 *   <li><b>JSON Lines</b>: one article per line, each a JSON object, UTF-8, read as a stream (files
 *       of any size; the size cap applies to each line). Fields:
 *       <pre>
 * {"id": "...", "url": "...", "title": "...", "date": "2026-03-14", "source": "...",
 *  "byline": "...", "text": "..."}
 *       </pre>
 *       <ul>
 *         <li>{@code text} (plain text) or {@code html} (a whole page, extracted as above): one of
 *             the two is required; {@code text} wins when both are given; a {@code text} without
 *             {@code title} is read like a text file (a short first line is the title);
 *         <li>{@code id} (string or number): kept as the article id; otherwise the id is derived
 *             from the URL, else from the text;
 *         <li>{@code url}, {@code title}, {@code source} (publisher), {@code byline} (or {@code
 *             author}): optional strings; for {@code html} they override what the page says; a
 *             value that is not a string is ignored;
 *         <li>{@code date}: optional publication date, ISO 8601 ({@code 2026-03-14}, {@code
 *             2026-03-14T09:30:00+03:00}) or RFC 1123; an unreadable date is ignored;
 *         <li>other fields are ignored; blank lines are skipped.
 *       </ul>
 *       An article's origin is {@code path:line}; a bad line is reported with its line number.
 * </ul>
 *
 * <h2>Article text and offsets</h2>
 *
 * <p>The text is cleaned by {@link TextCleaner}. When there is a title, the text is the title, a
 * blank line and the body (a body that already opens with its title is not given it twice). The
 * article's {@link OffsetMap} maps each character back to the input: the text file, the HTML source
 * (see below), or the JSON string value of {@code text} or {@code html}. Title characters that are
 * not part of that input (a JSON {@code title}, a title passed to {@link #fromText}) map to offset
 * 0. In HTML, text maps through jsoup's position tracking: plain characters exactly, a character
 * written as an entity to the {@code &} that starts it, a title taken from a meta tag to the
 * attribute value.
 *
 * <h2>Checks</h2>
 *
 * <p>{@link #read} reports, and skips: missing paths, empty files, binary files, files over {@link
 * IngestOptions#maxFileBytes} (not read), bytes that are not valid UTF-8 (or not valid in the
 * charset an HTML page declares), invalid JSON lines, lines with neither text nor html, pages with
 * no article text, text longer than {@link IngestOptions#maxArticleChars}, shorter than {@link
 * IngestOptions#minTextChars}, or not in English (OpenNLP language detection, ISO 639-3 code in the
 * reason) when {@link IngestOptions#requireEnglish} is set.
 *
 * <p>An Ingestor is immutable and may be shared between threads.
 */
public final class Ingestor {
  private static final int MAX_TITLE_LINE = 200;
  private static final Set<String> LATIN1_LABELS =
      Set.of("iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "cp819");

  private final IngestOptions options;
  private final Supplier<InputStream> stdin;
  private final ObjectMapper mapper;
  private final HtmlExtractor html;

  Ingestor(IngestOptions options, Supplier<InputStream> stdin) {
    this.options = Objects.requireNonNull(options, "options");
    this.stdin = Objects.requireNonNull(stdin, "stdin");
    this.mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    this.html = new HtmlExtractor(mapper);
  }

  /** An ingestor with these options, reading {@code -} from {@link System#in}. */
  public static Ingestor create(IngestOptions options) {
    return new Ingestor(options, () -> System.in);
  }

  /** The options this ingestor applies. */
  public IngestOptions options() {
    return options;
  }

  /**
   * Expands inputs: a file stands for itself; a directory for the files under it, recursively, in
   * sorted path order, hidden files and directories (names starting with a dot) skipped; {@code -}
   * for standard input. A path that does not exist or cannot be listed is reported to {@code sink}.
   */
  public List<Source> sources(List<String> inputs, IngestSink sink) {
    List<Source> sources = new ArrayList<>();
    for (String input : inputs) {
      if (input.equals("-")) {
        sources.add(Source.STDIN);
        continue;
      }
      Path path;
      try {
        path = Path.of(input);
      } catch (InvalidPathException e) {
        sink.problem(new InputProblem(input, 0, "not a valid path: " + e.getReason()));
        continue;
      }
      if (!Files.exists(path)) {
        sink.problem(new InputProblem(input, 0, "no such file or directory"));
      } else if (Files.isDirectory(path)) {
        sources.addAll(walk(path, sink));
      } else {
        sources.add(new Source(path));
      }
    }
    return sources;
  }

  /** Reads every input (see {@link #sources}) in order. */
  public void read(List<String> inputs, IngestSink sink) {
    for (Source source : sources(inputs, sink)) {
      read(source, sink);
    }
  }

  /**
   * Reads one source: its articles and its problems go to {@code sink}. Text and HTML are read
   * whole, up to the size cap; JSON Lines are streamed line by line.
   */
  public void read(Source source, IngestSink sink) {
    String origin = source.origin();
    try {
      if (source.isStdin()) {
        // standard input stays open: the caller owns it
        readStream(new BufferedInputStream(stdin.get(), 1 << 16), origin, options.format(), sink);
      } else {
        readFile(source.path(), origin, sink);
      }
    } catch (BadInput e) {
      sink.problem(new InputProblem(origin, 0, e.reason()));
    } catch (NoSuchFileException e) {
      sink.problem(new InputProblem(origin, 0, "no such file"));
    } catch (AccessDeniedException e) {
      sink.problem(new InputProblem(origin, 0, "permission denied"));
    } catch (IOException | UncheckedIOException e) {
      sink.problem(new InputProblem(origin, 0, "could not read: " + e.getMessage()));
    }
  }

  /**
   * Builds an article from plain text, without the length and language checks {@link #read}
   * applies. {@code id}, {@code title} and {@code date} may be null.
   *
   * @throws IllegalArgumentException when the text is empty once cleaned
   */
  public Article fromText(String id, String title, LocalDate date, String text) {
    Objects.requireNonNull(text, "text");
    Draft draft =
        new Draft(id, null, givenTitle(title), date, null, null, TextCleaner.clean(text), "<text>");
    if (draft.body.length() == 0) {
      throw new IllegalArgumentException("no article text found");
    }
    return assemble(draft);
  }

  /**
   * Builds an article from an HTML page, without the length and language checks {@link #read}
   * applies. {@code url} (may be null) is the page's address, used to resolve relative links and
   * when the page names no canonical URL.
   *
   * @throws IllegalArgumentException when no article text is found in the page
   */
  public Article fromHtml(String html, String url, String origin) {
    Objects.requireNonNull(html, "html");
    Objects.requireNonNull(origin, "origin");
    Draft draft = htmlDraft(html, url, origin);
    if (draft.body.length() == 0) {
      throw new IllegalArgumentException("no article text found in " + origin);
    }
    return assemble(draft);
  }

  /**
   * Reads one JSON Lines record (one line, its newline removed) exactly as {@link #read} reads each
   * line of a JSON Lines file, with the same fields and checks: the article, or the reason it was
   * skipped, goes to {@code sink}. For engines that split the input into lines themselves, such as
   * the Spark job; {@code origin} (a file and line, or a file and record number) becomes the
   * article's origin and the problem's origin. A blank line gives neither.
   */
  public void readJsonLine(String line, String origin, IngestSink sink) {
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(origin, "origin");
    String json = line.startsWith("\uFEFF") ? line.substring(1) : line;
    if (json.isBlank()) {
      return;
    }
    if (json.length() > options.maxFileBytes()) {
      sink.problem(
          new InputProblem(
              origin,
              0,
              "line is "
                  + json.length()
                  + " characters, over the limit of "
                  + options.maxFileBytes()
                  + " bytes (maxFileBytes)"));
      return;
    }
    try {
      JsonNode node = parse(json);
      if (!node.isObject()) {
        throw new BadInput(
            "expected a JSON object with \"text\" or \"html\", found "
                + node.getNodeType().name().toLowerCase(Locale.ROOT));
      }
      deliver(jsonDraft(node, origin), origin, 0, sink);
    } catch (BadInput e) {
      sink.problem(new InputProblem(origin, 0, e.reason()));
    }
  }

  // ---- reading

  private void readFile(Path path, String origin, IngestSink sink) throws IOException, BadInput {
    if (Files.isDirectory(path)) {
      throw new BadInput("is a directory");
    }
    Format format = options.format();
    if (format == Format.AUTO) {
      format = Formats.byName(path.getFileName() == null ? "" : path.getFileName().toString());
    }
    boolean regular = Files.isRegularFile(path);
    if (regular) {
      long size = Files.size(path);
      if (size == 0) {
        throw new BadInput("empty file");
      }
      if (size > options.maxFileBytes() && format != Format.JSONL && format != Format.AUTO) {
        throw oversize(size);
      }
    }
    try (InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16)) {
      if (regular && format == Format.AUTO) {
        Format sniffed = Formats.sniff(InputBytes.peek(in));
        long size = Files.size(path);
        if (sniffed != Format.JSONL && size > options.maxFileBytes()) {
          throw oversize(size);
        }
        format = sniffed;
      }
      readStream(in, origin, format, sink);
    }
  }

  private BadInput oversize(long size) {
    return new BadInput(
        "file is "
            + size
            + " bytes, over the limit of "
            + options.maxFileBytes()
            + " bytes (maxFileBytes); split it, or use JSON Lines, which has no file limit");
  }

  private void readStream(InputStream in, String origin, Format format, IngestSink sink)
      throws IOException, BadInput {
    byte[] head = InputBytes.peek(in);
    if (head.length == 0) {
      throw new BadInput("empty file");
    }
    InputBytes.checkText(head);
    if (format == Format.AUTO) {
      format = Formats.sniff(head);
    }
    if (format == Format.JSONL) {
      readJsonLines(in, origin, sink);
      return;
    }
    byte[] bytes = InputBytes.readAtMost(in, options.maxFileBytes());
    if (bytes.length > options.maxFileBytes()) {
      throw new BadInput(
          "input is over the limit of " + options.maxFileBytes() + " bytes (maxFileBytes)");
    }
    if (InputBytes.isBlank(bytes, 0, bytes.length)) {
      throw new BadInput("empty file (only white space)");
    }
    for (int i = head.length; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new BadInput("binary file (NUL byte at offset " + i + "); expected text");
      }
    }
    Draft draft;
    if (format == Format.HTML) {
      draft = htmlDraft(decodeHtml(bytes, head), null, origin);
    } else {
      String content = InputBytes.decode(bytes, 0, bytes.length, StandardCharsets.UTF_8);
      draft = textDraft(TextCleaner.clean(content), origin);
    }
    deliver(draft, origin, 0, sink);
  }

  private static String decodeHtml(byte[] bytes, byte[] head) throws BadInput {
    String declared = Formats.declaredCharset(head);
    Charset charset = StandardCharsets.UTF_8;
    if (declared != null) {
      try {
        // as browsers do (WHATWG Encoding): pages labelled Latin-1 or ASCII are windows-1252,
        // whose curly quotes ISO-8859-1 would turn into control characters
        charset =
            LATIN1_LABELS.contains(declared.toLowerCase(Locale.ROOT))
                ? Charset.forName("windows-1252")
                : Charset.forName(declared);
      } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
        throw new BadInput("page declares charset \"" + declared + "\", which is not supported");
      }
    }
    return InputBytes.decode(bytes, 0, bytes.length, charset);
  }

  /** Streams JSON Lines: memory is bounded by the longest line kept, at most maxFileBytes. */
  private void readJsonLines(InputStream in, String origin, IngestSink sink) throws IOException {
    LineReader lines = new LineReader(in, (int) options.maxFileBytes());
    int number = 0;
    boolean seenContent = false;
    for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
      number++;
      if (line.tooLong()) {
        sink.problem(
            new InputProblem(
                origin,
                number,
                "line is "
                    + line.length()
                    + " bytes, over the limit of "
                    + options.maxFileBytes()
                    + " bytes (maxFileBytes)"));
        continue;
      }
      byte[] bytes = line.bytes();
      if (InputBytes.isBlank(bytes, 0, bytes.length)) {
        continue;
      }
      try {
        String json = InputBytes.decode(bytes, 0, bytes.length, StandardCharsets.UTF_8);
        if (!seenContent) {
          seenContent = true;
          json = json.startsWith("\uFEFF") ? json.substring(1) : json;
          String start = json.strip();
          if (start.equals("{") || start.startsWith("[")) {
            sink.problem(
                new InputProblem(
                    origin,
                    number,
                    "not JSON Lines: the file holds one JSON document over many lines (or an"
                        + " array); write one article object per line"));
            return;
          }
        }
        JsonNode node = parse(json);
        if (!node.isObject()) {
          throw new BadInput(
              "expected a JSON object with \"text\" or \"html\", found "
                  + node.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        deliver(jsonDraft(node, origin + ":" + number), origin, number, sink);
      } catch (BadInput e) {
        sink.problem(new InputProblem(origin, number, e.reason()));
      }
    }
  }

  private JsonNode parse(String json) throws BadInput {
    try {
      return mapper.readTree(json);
    } catch (JacksonException e) {
      JsonLocation location = e.getLocation();
      String where =
          location != null && location.getColumnNr() > 0
              ? " (column " + location.getColumnNr() + ")"
              : "";
      throw new BadInput("invalid JSON: " + firstLine(e.getOriginalMessage()) + where);
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  // ---- drafts

  /** An article before its checks: cleaned title and body, kept apart. */
  private record Draft(
      String id,
      String url,
      CleanText title,
      LocalDate date,
      String source,
      String byline,
      CleanText body,
      String origin) {}

  private Draft jsonDraft(JsonNode node, String origin) throws BadInput {
    // metadata of an unexpected type is ignored, as a missing field would be: only the text matters
    String id = node.hasNonNull("id") && node.get("id").isNumber() ? node.get("id").asText() : null;
    id = id != null ? id : optional(node, "id");
    String url = optional(node, "url");
    String title = optional(node, "title");
    String source = optional(node, "source");
    String byline = optional(node, "byline");
    if (byline == null) {
      byline = optional(node, "author");
    }
    LocalDate date = Dates.parse(optional(node, "date"));
    String text = required(node, "text");
    String page = required(node, "html");
    if (text != null && !text.isBlank()) {
      CleanText clean = TextCleaner.clean(text);
      if (title == null) {
        Draft split = textDraft(clean, origin);
        return new Draft(id, url, split.title, date, source, byline, split.body, origin);
      }
      return new Draft(id, url, givenTitle(title), date, source, byline, clean, origin);
    }
    if (page != null && !page.isBlank()) {
      Draft extracted = htmlDraft(page, url, origin);
      return new Draft(
          id,
          url != null ? url : extracted.url,
          title != null ? givenTitle(title) : extracted.title,
          date != null ? date : extracted.date,
          source != null ? source : extracted.source,
          byline != null ? byline : extracted.byline,
          extracted.body,
          origin);
    }
    throw new BadInput("neither \"text\" nor \"html\" given (or both empty)");
  }

  /** A non-blank string field, or null. */
  private static String optional(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value != null && value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
  }

  /** A string field, or null when absent; any other type is a problem. */
  private static String required(JsonNode node, String name) throws BadInput {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isTextual()) {
      return value.asText();
    }
    throw new BadInput(
        "field \""
            + name
            + "\" must be a string, found "
            + value.getNodeType().name().toLowerCase(Locale.ROOT));
  }

  private Draft htmlDraft(String page, String url, String origin) {
    HtmlExtractor.Extracted e = html.extract(page, url);
    return new Draft(null, e.url(), e.title(), e.date(), e.source(), e.byline(), e.body(), origin);
  }

  /** Plain text: a short first line that ends no sentence is the title. */
  private static Draft textDraft(CleanText all, String origin) {
    String text = all.text();
    int newline = text.indexOf('\n');
    if (newline > 0 && newline <= MAX_TITLE_LINE) {
      String first = text.substring(0, newline);
      int bodyStart = newline;
      while (bodyStart < text.length() && text.charAt(bodyStart) == '\n') {
        bodyStart++;
      }
      if (!endsSentence(first) && bodyStart < text.length()) {
        return new Draft(
            null,
            null,
            all.slice(0, newline),
            null,
            null,
            null,
            all.slice(bodyStart, text.length()),
            origin);
      }
    }
    return new Draft(null, null, null, null, null, null, all, origin);
  }

  private static CleanText givenTitle(String title) {
    if (title == null || title.isBlank()) {
      return null;
    }
    // a title given apart from the text is not in the input: its characters map to offset 0
    CleanText clean =
        TextCleaner.builder(TextCleaner.Newlines.AS_SPACE)
            .append(title, new int[title.length()])
            .build();
    return clean.length() == 0 ? null : clean;
  }

  private static boolean endsSentence(String line) {
    String s = line.strip();
    return !s.isEmpty() && ".!?:;,".indexOf(s.charAt(s.length() - 1)) >= 0;
  }

  // ---- articles

  private void deliver(Draft draft, String problemOrigin, int line, IngestSink sink) {
    String reason = check(draft);
    if (reason != null) {
      sink.problem(new InputProblem(problemOrigin, line, reason));
      return;
    }
    sink.article(assemble(draft));
  }

  /** Why the draft cannot be coded, or null when it can. */
  private String check(Draft draft) {
    int bodyChars = draft.body.length();
    if (bodyChars == 0) {
      return "no article text found";
    }
    int titleChars = draft.title == null ? 0 : draft.title.length() + 2;
    if (bodyChars + titleChars > options.maxArticleChars()) {
      return "article text is "
          + (bodyChars + titleChars)
          + " characters, over the limit of "
          + options.maxArticleChars()
          + " (maxArticleChars)";
    }
    if (bodyChars < options.minTextChars()) {
      return "text too short: "
          + bodyChars
          + " characters, fewer than the minimum of "
          + options.minTextChars()
          + " (minTextChars)";
    }
    if (options.requireEnglish()) {
      String language = LanguageGuard.detect(draft.body.text());
      if (!language.equals(LanguageGuard.ENGLISH)) {
        return "text is not in English: detected language \""
            + language
            + "\" (ISO 639-3); Khaldun codes English text only";
      }
    }
    return null;
  }

  private static Article assemble(Draft draft) {
    CleanText text = withTitle(draft.title, draft.body);
    String id = draft.id;
    if (id == null || id.isBlank()) {
      id = draft.url != null ? ArticleIds.fromUrl(draft.url) : ArticleIds.fromContent(text.text());
    }
    String title = draft.title == null ? null : draft.title.text();
    return new Article(
        id.strip(),
        draft.url,
        title,
        draft.date,
        draft.source,
        draft.byline,
        text.text(),
        OffsetMap.of(text.inputOffsets()),
        draft.origin);
  }

  /**
   * Title, blank line, body; a body that opens with the title keeps it once, with a blank line
   * after it unless the title ends a sentence there.
   */
  static CleanText withTitle(CleanText title, CleanText body) {
    if (title == null || title.length() == 0) {
      return body;
    }
    String t = title.text();
    String b = body.text();
    StringBuilder text = new StringBuilder(t.length() + b.length() + 2);
    int[] offsets;
    if (b.startsWith(t)) {
      int after = t.length();
      boolean needsBreak =
          after < b.length()
              && (b.charAt(after) == ' '
                  || (b.charAt(after) == '\n' && !b.startsWith("\n\n", after)));
      if (!needsBreak) {
        return body;
      }
      text.append(b, 0, after).append("\n\n").append(b, after + 1, b.length());
      offsets = new int[text.length()];
      int[] bodyOffsets = body.inputOffsets();
      System.arraycopy(bodyOffsets, 0, offsets, 0, after);
      offsets[after] = bodyOffsets[after];
      offsets[after + 1] = bodyOffsets[after];
      System.arraycopy(bodyOffsets, after + 1, offsets, after + 2, b.length() - after - 1);
    } else {
      text.append(t).append("\n\n").append(b);
      offsets = new int[text.length()];
      System.arraycopy(title.inputOffsets(), 0, offsets, 0, t.length());
      // the inserted blank line maps to the next real character, the body's first
      int next = b.isEmpty() ? offsets[t.length() - 1] + 1 : body.inputOffset(0);
      offsets[t.length()] = next;
      offsets[t.length() + 1] = next;
      System.arraycopy(body.inputOffsets(), 0, offsets, t.length() + 2, b.length());
    }
    return TextCleaner.builder(TextCleaner.Newlines.KEEP).append(text, offsets).build();
  }

  // ---- directories

  private static List<Source> walk(Path root, IngestSink sink) {
    List<Path> files = new ArrayList<>();
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              return !dir.equals(root) && isHidden(dir)
                  ? FileVisitResult.SKIP_SUBTREE
                  : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (!isHidden(file) && (attrs.isRegularFile() || Files.isRegularFile(file))) {
                files.add(file);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              sink.problem(new InputProblem(file.toString(), 0, "cannot read: " + e.getMessage()));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      sink.problem(new InputProblem(root.toString(), 0, "cannot list: " + e.getMessage()));
    }
    files.sort(null);
    List<Source> sources = new ArrayList<>(files.size());
    for (Path file : files) {
      sources.add(new Source(file));
    }
    return sources;
  }

  private static boolean isHidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }
}
