package org.khaldun.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Decides an input's format from its name, else from its first bytes. */
final class Formats {
  private static final Pattern HTML_MARKERS =
      Pattern.compile(
          "<(!doctype\\s+html|html|head|body|meta|title|article|div|p|h1|h2|section)[\\s>/]");
  private static final Pattern META_CHARSET =
      Pattern.compile("<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)");

  private Formats() {}

  /** The format the file name says, or {@link Format#AUTO} when it says none. */
  static Format byName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".txt") || name.endsWith(".text")) {
      return Format.TEXT;
    }
    if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
      return Format.HTML;
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
      return Format.JSONL;
    }
    return Format.AUTO;
  }

  /** The format the first bytes look like: an object or array is JSON Lines, markup is HTML. */
  static Format sniff(byte[] head) {
    String start = new String(head, StandardCharsets.ISO_8859_1);
    int i = start.startsWith("\u00EF\u00BB\u00BF") ? 3 : 0;
    while (i < start.length() && Character.isWhitespace(start.charAt(i))) {
      i++;
    }
    if (i < start.length() && (start.charAt(i) == '{' || start.charAt(i) == '[')) {
      return Format.JSONL;
    }
    String lower = start.toLowerCase(Locale.ROOT);
    if (HTML_MARKERS.matcher(lower).find()) {
      return Format.HTML;
    }
    return Format.TEXT;
  }

  /** The charset an HTML page declares in its first bytes (BOM or meta tag), or null. */
  static String declaredCharset(byte[] head) {
    if (head.length >= 3
        && (head[0] & 0xFF) == 0xEF
        && (head[1] & 0xFF) == 0xBB
        && (head[2] & 0xFF) == 0xBF) {
      return "UTF-8";
    }
    String start = new String(head, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    Matcher m = META_CHARSET.matcher(start);
    return m.find() ? m.group(1) : null;
  }
}
