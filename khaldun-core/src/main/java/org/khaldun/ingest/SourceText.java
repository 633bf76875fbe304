package org.khaldun.ingest;

import java.util.Arrays;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;

/**
 * Maps text that jsoup decoded back to the HTML source it came from, using jsoup's position
 * tracking.
 *
 * <p>Precision: a text node's characters are aligned one by one with its source range, so plain
 * characters map exactly and a character written as an entity ({@code &amp;}, {@code &#8220;}) maps
 * to the {@code &} that starts it. Text jsoup made up or moved (rare repairs of broken markup) maps
 * to the nearest tracked position before it.
 */
final class SourceText {
  private final String source;

  SourceText(String source) {
    this.source = source;
  }

  /** One source offset per character of the node's text. */
  int[] offsets(TextNode node, int fallback) {
    String text = node.getWholeText();
    Range range = node.sourceRange();
    if (!range.isTracked()) {
      return constant(text.length(), nearest(node, fallback));
    }
    return align(text, range.startPos(), range.endPos());
  }

  /** One source offset per character of an attribute's value. */
  int[] offsets(Element element, String attributeKey, String value) {
    Attribute attribute = element.attribute(attributeKey);
    if (attribute == null) {
      return constant(value.length(), nearest(element, 0));
    }
    Range range = attribute.sourceRange().valueRange();
    if (!range.isTracked()) {
      return constant(value.length(), nearest(element, 0));
    }
    return align(value, range.startPos(), range.endPos());
  }

  private int[] align(String text, int start, int end) {
    int[] out = new int[text.length()];
    int end0 = Math.min(end, source.length());
    int s = start;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (s < end0 && source.charAt(s) == '\r' && c == '\n' && s + 1 < end0) {
        s++; // a CRLF jsoup gave as LF
      }
      if (s < end0 && source.charAt(s) == c) {
        out[i] = s++;
      } else if (s < end0 && source.charAt(s) == '&') {
        out[i] = s;
        int semicolon = source.indexOf(';', s);
        boolean twoUnits = Character.isHighSurrogate(c) && i + 1 < text.length();
        if (twoUnits) {
          out[++i] = s;
        }
        s = semicolon > s && semicolon - s <= 32 && semicolon < end0 ? semicolon + 1 : s + 1;
      } else {
        out[i] = Math.min(s, Math.max(start, end0 - 1));
        if (s < end0) {
          s++;
        }
      }
    }
    return out;
  }

  private static int nearest(Node node, int fallback) {
    for (Node n = node; n != null; n = n.parent()) {
      Range range = n.sourceRange();
      if (range.isTracked()) {
        return range.endPos();
      }
      Node previous = n.previousSibling();
      if (previous != null && previous.sourceRange().isTracked()) {
        return previous.sourceRange().endPos();
      }
    }
    return fallback;
  }

  private static int[] constant(int length, int offset) {
    int[] out = new int[length];
    Arrays.fill(out, offset);
    return out;
  }
}
