package org.khaldun.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * Stable article ids: 16 hex digits of the SHA-256 of the normalised URL, or of the cleaned text
 * when there is no URL. The same input gives the same id on every run and machine.
 */
final class ArticleIds {
  private ArticleIds() {}

  static String fromUrl(String url) {
    return hash("url:" + normaliseUrl(url));
  }

  static String fromContent(String text) {
    return hash("text:" + text);
  }

  /**
   * Lower-cases scheme and host, drops the fragment, a default port, tracking parameters ({@code
   * utm_*}) and a trailing slash, so that the links one story is shared under get one id.
   */
  static String normaliseUrl(String url) {
    String trimmed = url.strip();
    try {
      URI uri = new URI(trimmed);
      if (uri.getScheme() == null || uri.getRawAuthority() == null) {
        return stripFragment(trimmed);
      }
      String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
      String host = uri.getHost() == null ? uri.getRawAuthority() : uri.getHost();
      host = host.toLowerCase(Locale.ROOT);
      int port = uri.getPort();
      boolean defaultPort =
          port < 0
              || (port == 80 && scheme.equals("http"))
              || (port == 443 && scheme.equals("https"));
      String path = uri.getRawPath() == null ? "" : uri.getRawPath();
      while (path.endsWith("/")) {
        path = path.substring(0, path.length() - 1);
      }
      StringBuilder out = new StringBuilder(scheme).append("://").append(host);
      if (!defaultPort) {
        out.append(':').append(port);
      }
      out.append(path);
      String query = keptQuery(uri.getRawQuery());
      if (!query.isEmpty()) {
        out.append('?').append(query);
      }
      return out.toString();
    } catch (URISyntaxException e) {
      // not a URL a parser accepts: the text itself still identifies the article
      return stripFragment(trimmed);
    }
  }

  private static String keptQuery(String rawQuery) {
    if (rawQuery == null) {
      return "";
    }
    StringJoiner kept = new StringJoiner("&");
    for (String parameter : rawQuery.split("&")) {
      if (!parameter.isEmpty() && !parameter.toLowerCase(Locale.ROOT).startsWith("utm_")) {
        kept.add(parameter);
      }
    }
    return kept.toString();
  }

  private static String stripFragment(String url) {
    int hash = url.indexOf('#');
    return hash < 0 ? url : url.substring(0, hash);
  }

  private static String hash(String value) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
