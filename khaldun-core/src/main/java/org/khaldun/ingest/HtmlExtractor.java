package org.khaldun.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.khaldun.text.CleanText;
import org.khaldun.text.TextCleaner;

/**
 * Finds the article in a web page: metadata first, from the whole page; then page furniture is
 * removed (navigation, headers and footers, forms, share and related widgets, cookie and newsletter
 * boxes, comments); then the main content is chosen: the {@code itemprop=articleBody} element, else
 * an {@code <article>} holding most of the page's paragraph text, else the container with the
 * densest paragraph text (each paragraph scores its parent fully and its grandparent half, so text
 * split over sibling wrappers still finds their common ancestor). Its blocks become paragraphs;
 * blocks that read as boilerplate, link lists, bylines or the headline again are dropped, and a
 * comment heading ends the article.
 */
final class HtmlExtractor {

  /** What was found: title and body with source offsets, and the metadata. */
  record Extracted(
      CleanText title, CleanText body, String url, LocalDate date, String byline, String source) {}

  private static final Set<String> REMOVED_TAGS =
      Set.of(
          "script",
          "style",
          "noscript",
          "template",
          "iframe",
          "svg",
          "canvas",
          "form",
          "nav",
          "header",
          "footer",
          "aside",
          "button",
          "input",
          "select",
          "textarea",
          "label",
          "object",
          "embed",
          "video",
          "audio",
          "figcaption",
          "dialog",
          "menu",
          "head");

  private static final Set<String> REMOVED_ROLES =
      Set.of(
          "navigation",
          "banner",
          "contentinfo",
          "complementary",
          "search",
          "dialog",
          "alertdialog",
          "menu",
          "menubar",
          "toolbar");

  /** Class and id words (split at punctuation and camel case) that mark page furniture. */
  private static final Set<String> BOILERPLATE_WORDS =
      Set.of(
          "comment",
          "comments",
          "reply",
          "respond",
          "disqus",
          "share",
          "sharing",
          "sharedaddy",
          "social",
          "related",
          "recommended",
          "recommendations",
          "outbrain",
          "taboola",
          "cookie",
          "cookies",
          "consent",
          "gdpr",
          "newsletter",
          "subscribe",
          "subscription",
          "signup",
          "promo",
          "advert",
          "advertisement",
          "ad",
          "ads",
          "sponsored",
          "sidebar",
          "widget",
          "breadcrumb",
          "breadcrumbs",
          "menu",
          "nav",
          "navbar",
          "navigation",
          "footer",
          "header",
          "masthead",
          "popup",
          "modal",
          "banner",
          "tags",
          "byline",
          "meta",
          "toolbar",
          "pagination",
          "print",
          "skip",
          "bio");

  /**
   * Parts of run-together names ({@code jp-relatedposts}, {@code commentlist}) that mark furniture.
   */
  private static final List<String> BOILERPLATE_PARTS =
      List.of(
          "related",
          "comment",
          "sharing",
          "sharedaddy",
          "socialshare",
          "social-share",
          "cookie",
          "newsletter",
          "subscribe",
          "sidebar",
          "breadcrumb",
          "advert",
          "outbrain",
          "taboola",
          "disqus");

  private static final Set<String> BLOCK_TAGS =
      Set.of(
          "p",
          "div",
          "section",
          "article",
          "main",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "li",
          "ul",
          "ol",
          "dl",
          "dt",
          "dd",
          "blockquote",
          "pre",
          "table",
          "thead",
          "tbody",
          "tr",
          "td",
          "th",
          "figure",
          "hr",
          "address",
          "center",
          "details",
          "summary",
          "caption",
          "fieldset",
          "body",
          "html");

  private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "blockquote");

  private static final Pattern BOILERPLATE_TEXT =
      Pattern.compile(
          "leave a (reply|comment)|your email address will not be published|required fields are"
              + " marked|save my name, email|cancel reply|post comment|notify me of (new|follow)"
              + "|share (this|on|via)|click to (share|print|email)|follow us on"
              + "|(sign up|subscribe) (to|for|now)|newsletter sign.?up|we use cookies"
              + "|(this|our) (web)?site uses cookies|cookie (policy|settings)|accept (all )?cookies"
              + "|privacy policy|all rights reserved|copyright ©|^advertisement$"
              + "|skip to (main )?content|you may also like|terms of (use|service)",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern COMMENT_HEADING =
      Pattern.compile(
          "(leave a (reply|comment)|\\d+ (comments?|responses?|replies)|comments?|post a comment"
              + "|add a comment|join the (conversation|discussion)|discussion)\\W*",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern RELATED_HEADING =
      Pattern.compile(
          "(related( articles| posts| stories| news| content| coverage)?|read (more|also)"
              + "|also read|see also|you may also like|more (stories|news|from|on)\\b.*"
              + "|recommended( for you)?|most (read|popular|viewed)|trending( now)?"
              + "|latest( news)?)\\W*",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern BYLINE_TEXT = Pattern.compile("^by\\s+\\p{Lu}.{0,60}$");
  private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s+[|\u2013\u2014-]\\s+");
  private static final Pattern SPLIT_WORDS = Pattern.compile("[^a-z0-9]+|(?<=[a-z])(?=[A-Z])");

  private final ObjectMapper mapper;

  HtmlExtractor(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  Extracted extract(String html, String givenUrl) {
    Parser parser = Parser.htmlParser().setTrackPosition(true);
    Document doc = Jsoup.parse(html, givenUrl == null ? "" : givenUrl, parser);
    SourceText source = new SourceText(html);
    HtmlMetadata meta = HtmlMetadata.read(doc, mapper);
    String url = meta.url(givenUrl);
    CleanText title = title(doc, meta, source);
    LocalDate date = meta.date();
    String byline = meta.byline();
    String site = meta.source(url);
    if (title != null) {
      title = stripSiteSuffix(title, site == null ? "" : site);
    }
    Element body = doc.body();
    Element headline = headline(body);
    Set<String> titles = new HashSet<>();
    if (title != null) {
      titles.add(normaliseWords(title.text()));
    }
    if (headline != null) {
      titles.add(normaliseWords(headline.text()));
    }
    removeFurniture(body);
    Element main = mainContent(body);
    CleanText text = paragraphs(main, source, titles, byline);
    if (text.length() == 0 && main != body) {
      text = paragraphs(body, source, titles, byline);
    }
    return new Extracted(title, text, url, date, byline, site);
  }

  // ---- title

  private CleanText title(Document doc, HtmlMetadata meta, SourceText source) {
    Element h1 = headline(doc.body());
    CleanText h1Text = h1 == null ? null : elementText(h1, source);
    Element og = doc.selectFirst("meta[property=og:title][content]");
    if (og != null && !og.attr("content").isBlank()) {
      String value = og.attr("content");
      CleanText ogText = attributeText(og, "content", value, source);
      // the h1 maps into the visible page, so prefer it when it says the same
      if (h1Text != null && sameWords(h1Text.text(), ogText.text())) {
        return h1Text;
      }
      return ogText;
    }
    if (h1Text != null && h1Text.length() > 0) {
      return h1Text;
    }
    String headline = meta.jsonLdHeadline();
    if (headline != null) {
      // inside a JSON-LD script, where no character lines up with the text: map it to offset 0
      return TextCleaner.builder(TextCleaner.Newlines.AS_SPACE)
          .append(headline, new int[headline.length()])
          .build();
    }
    Element titleElement = doc.selectFirst("title");
    if (titleElement != null) {
      CleanText text = elementText(titleElement, source);
      return text.length() == 0 ? null : text;
    }
    return null;
  }

  /**
   * The page's headline element: an h1 in an article first, else the first h1 outside the site
   * header, navigation and footer, where sites put their name in an h1.
   */
  private static Element headline(Element body) {
    Element inArticle = body.selectFirst("article h1, [itemprop=headline]");
    if (inArticle != null && !inArticle.text().isBlank()) {
      return inArticle;
    }
    for (Element h1 : body.select("h1")) {
      boolean furniture =
          h1.closest("header, nav, footer, aside, [role=banner]") != null
              || h1.className().toLowerCase(Locale.ROOT).matches(".*(logo|site-title|brand).*");
      if (!furniture && !h1.text().isBlank()) {
        return h1;
      }
    }
    return null;
  }

  /** Cuts " | Site", " - Site" from a title when the tail names the site or is short. */
  static CleanText stripSiteSuffix(CleanText title, String site) {
    var matcher = TITLE_SUFFIX.matcher(title.text());
    List<int[]> separators = new ArrayList<>();
    while (matcher.find()) {
      separators.add(new int[] {matcher.start(), matcher.end()});
    }
    String siteWords = normaliseWords(site);
    // from the last separator back: the shortest tail that names the site is the suffix
    for (int i = separators.size() - 1; i >= 0; i--) {
      int start = separators.get(i)[0];
      int end = separators.get(i)[1];
      String tailWords = normaliseWords(title.text().substring(end));
      boolean namesSite =
          !siteWords.isEmpty()
              && !tailWords.isEmpty()
              && (tailWords.contains(siteWords) || siteWords.contains(tailWords));
      boolean shortPipeTail =
          title.text().substring(start, end).contains("|") && tailWords.split(" ").length <= 4;
      if ((namesSite || shortPipeTail) && start > 0) {
        return title.slice(0, start);
      }
    }
    return title;
  }

  private static CleanText attributeText(
      Element element, String key, String value, SourceText source) {
    return TextCleaner.builder(TextCleaner.Newlines.AS_SPACE)
        .append(value, source.offsets(element, key, value))
        .build();
  }

  private static CleanText elementText(Element element, SourceText source) {
    TextCleaner.Builder builder = TextCleaner.builder(TextCleaner.Newlines.AS_SPACE);
    NodeTraversor.traverse(
        (node, depth) -> {
          if (node instanceof TextNode textNode) {
            builder.append(textNode.getWholeText(), source.offsets(textNode, 0));
          }
        },
        element);
    return builder.build();
  }

  // ---- furniture

  private static void removeFurniture(Element body) {
    Set<Element> keep = new HashSet<>();
    for (Element content : body.select("[itemprop=articleBody], h1")) {
      keep.addAll(content.parents());
      keep.add(content);
    }
    List<Element> doomed = new ArrayList<>();
    for (Element element : body.getAllElements()) {
      if (element != body && !keep.contains(element) && isFurniture(element)) {
        doomed.add(element);
      }
    }
    for (Element element : doomed) {
      if (element.parent() != null) {
        element.remove();
      }
    }
  }

  private static boolean isFurniture(Element element) {
    String tag = element.normalName();
    if (REMOVED_TAGS.contains(tag)) {
      return true;
    }
    if (element.hasAttr("hidden") || element.attr("aria-hidden").equals("true")) {
      return true;
    }
    String style = element.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
    if (style.contains("display:none") || style.contains("visibility:hidden")) {
      return true;
    }
    if (REMOVED_ROLES.contains(element.attr("role").toLowerCase(Locale.ROOT))) {
      return true;
    }
    // the byline is read as metadata; left in the text it would run into the first sentence
    if (element.attr("itemprop").equals("author") || element.attr("rel").equals("author")) {
      return true;
    }
    if (tag.equals("article") || tag.equals("main") || tag.equals("body")) {
      return false;
    }
    return hasBoilerplateName(element.className()) || hasBoilerplateName(element.id());
  }

  static boolean hasBoilerplateName(String name) {
    if (name.isEmpty()) {
      return false;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    for (String part : BOILERPLATE_PARTS) {
      if (lower.contains(part) && !lower.contains("commentary")) {
        return true;
      }
    }
    for (String word : SPLIT_WORDS.split(name)) {
      if (BOILERPLATE_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  // ---- main content

  private static Element mainContent(Element body) {
    Element articleBody = largest(body.select("[itemprop=articleBody]"));
    if (articleBody != null && paragraphChars(articleBody) > 0) {
      return articleBody;
    }
    int total = paragraphChars(body);
    Element article = largest(body.select("article"));
    if (article != null && paragraphChars(article) * 2 >= total && total > 0) {
      return article;
    }
    Map<Element, Integer> scores = new HashMap<>();
    for (Element p : body.getAllElements()) {
      if (!PARAGRAPH_TAGS.contains(p.normalName()) && !hasOwnProse(p)) {
        continue;
      }
      int chars = proseChars(p);
      if (chars < 25) {
        continue;
      }
      Element parent = p.parent();
      if (parent != null) {
        scores.merge(parent, chars, Integer::sum);
        Element grandparent = parent.parent();
        if (grandparent != null) {
          scores.merge(grandparent, chars / 2, Integer::sum);
        }
      }
    }
    Element best = body;
    int bestScore = 0;
    for (Element element : body.getAllElements()) {
      int score = scores.getOrDefault(element, 0);
      if (score > bestScore) {
        best = element;
        bestScore = score;
      }
    }
    return best;
  }

  private static Element largest(List<Element> elements) {
    Element best = null;
    int bestChars = -1;
    for (Element element : elements) {
      int chars = paragraphChars(element);
      if (chars > bestChars) {
        best = element;
        bestChars = chars;
      }
    }
    return best;
  }

  private static int paragraphChars(Element element) {
    int chars = 0;
    for (Element p : element.select("p, pre, blockquote")) {
      chars += proseChars(p);
    }
    if (chars == 0 && hasOwnProse(element)) {
      chars = proseChars(element);
    }
    return chars;
  }

  /** A div or td that holds its text directly, as pages built with br instead of p do. */
  private static boolean hasOwnProse(Element element) {
    String tag = element.normalName();
    return (tag.equals("div") || tag.equals("td") || tag.equals("section"))
        && element.ownText().length() >= 100;
  }

  /** Visible text that is not link text, so that lists of links score nothing. */
  private static int proseChars(Element element) {
    int chars = element.text().length();
    for (Element a : element.select("a")) {
      chars -= a.text().length();
    }
    return Math.max(0, chars);
  }

  // ---- paragraphs

  private static final class Block {
    final List<Object> pieces = new ArrayList<>(); // TextNode or LINE_BREAK
    final StringBuilder plain = new StringBuilder();
    String tag = "";
    int linkChars;

    String plainText() {
      return plain.toString().replaceAll("\\s+", " ").strip();
    }
  }

  private static final Object LINE_BREAK = new Object();

  private static CleanText paragraphs(
      Element root, SourceText source, Set<String> titles, String byline) {
    List<Block> blocks = blocks(root);
    TextCleaner.Builder out = TextCleaner.builder(TextCleaner.Newlines.AS_SPACE);
    boolean inRelated = false;
    boolean first = true;
    String bylineWords = byline == null ? "" : normaliseWords(byline);
    for (Block block : blocks) {
      String plain = block.plainText();
      if (plain.isEmpty()) {
        continue;
      }
      boolean heading = block.tag.matches("h[1-6]|strong|b|dt|summary");
      if (COMMENT_HEADING.matcher(plain).matches() && (heading || plain.length() < 40)) {
        break; // the comment section: nothing after it is the article
      }
      if (RELATED_HEADING.matcher(plain).matches()) {
        inRelated = true;
        continue;
      }
      boolean linkDense = block.linkChars * 2 > plain.length();
      if (inRelated && (linkDense || block.tag.equals("li"))) {
        continue;
      }
      inRelated = false;
      if (linkDense && (block.tag.equals("li") || plain.length() < 200)) {
        continue;
      }
      if (plain.length() < 300 && BOILERPLATE_TEXT.matcher(plain).find()) {
        continue;
      }
      String words = normaliseWords(plain);
      if (first && titles.contains(words)) {
        continue;
      }
      if (!bylineWords.isEmpty()
          && (words.equals(bylineWords) || words.equals("by " + bylineWords))) {
        continue;
      }
      if (BYLINE_TEXT.matcher(plain).matches() && !plain.endsWith(".")) {
        continue;
      }
      if (plain.length() < 40 && Dates.parse(plain) != null) {
        continue;
      }
      boolean listItem = block.tag.equals("li") || block.tag.equals("dd");
      if (!listItem && plain.split(" ").length < 3 && !plain.matches(".*[.!?\"'”]$")) {
        continue; // "Share", "Tweet", "Photo", a lone dateline
      }
      first = false;
      out.paragraphBreak();
      boolean afterBreak = false;
      for (Object piece : block.pieces) {
        if (piece == LINE_BREAK) {
          // <br><br> is how pages without <p> separate paragraphs
          if (afterBreak) {
            out.paragraphBreak();
          } else {
            out.lineBreak();
          }
          afterBreak = true;
        } else {
          TextNode node = (TextNode) piece;
          out.append(node.getWholeText(), source.offsets(node, 0));
          afterBreak &= node.isBlank();
        }
      }
    }
    return out.build();
  }

  /** Splits the tree under root into blocks at block-level element boundaries, in order. */
  private static List<Block> blocks(Element root) {
    List<Block> blocks = new ArrayList<>();
    int[] anchorDepth = {0};
    Block[] current = {new Block()};
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
              Block block = current[0];
              block.pieces.add(text);
              block.plain.append(text.getWholeText());
              if (anchorDepth[0] > 0) {
                block.linkChars += text.getWholeText().strip().length();
              }
            } else if (node instanceof Element element) {
              String tag = element.normalName();
              if (tag.equals("a")) {
                anchorDepth[0]++;
              } else if (tag.equals("br")) {
                current[0].pieces.add(LINE_BREAK);
                current[0].plain.append(' ');
              } else if (BLOCK_TAGS.contains(tag)) {
                current[0] = flush(blocks, current[0]);
                current[0].tag = tag;
              } else if (current[0].pieces.isEmpty() && current[0].tag.isEmpty()) {
                current[0].tag = tag;
              }
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element element) {
              String tag = element.normalName();
              if (tag.equals("a")) {
                anchorDepth[0]--;
              } else if (BLOCK_TAGS.contains(tag)) {
                current[0] = flush(blocks, current[0]);
              }
            }
          }
        },
        root);
    flush(blocks, current[0]);
    return blocks;
  }

  private static Block flush(List<Block> blocks, Block block) {
    if (!block.pieces.isEmpty()) {
      blocks.add(block);
      return new Block();
    }
    return block;
  }

  // ---- helpers

  static String normaliseWords(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  private static boolean sameWords(String a, String b) {
    String x = normaliseWords(a);
    String y = normaliseWords(b);
    return !x.isEmpty() && (x.equals(y) || y.startsWith(x + " "));
  }
}
