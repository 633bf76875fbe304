package org.khaldun.serve;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * How the server listens.
 *
 * @param host address to bind; loopback by default, so that nothing outside the machine reaches the
 *     server unless asked for
 * @param port TCP port; 0 picks a free one
 * @param token bearer token that writing endpoints demand, or null; required when {@code host} is
 *     not a loopback address
 * @param maxRequestBytes largest request body accepted (413 beyond)
 */
public record ServerOptions(String host, int port, String token, long maxRequestBytes) {
  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 8077;
  public static final long DEFAULT_MAX_REQUEST_BYTES = 16L * 1024 * 1024;

  /** Shortest token accepted: long enough not to be guessed over the network. */
  public static final int MIN_TOKEN_LENGTH = 16;

  public ServerOptions {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("host must be given");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
    }
    if (maxRequestBytes < 1024) {
      throw new IllegalArgumentException(
          "maxRequestBytes must be at least 1024, was " + maxRequestBytes);
    }
    if (token != null && token.isBlank()) {
      token = null;
    }
    if (token != null && token.length() < MIN_TOKEN_LENGTH) {
      throw new IllegalArgumentException(
          "token must be at least " + MIN_TOKEN_LENGTH + " characters long");
    }
    if (token == null && !isLoopback(host)) {
      throw new IllegalArgumentException(
          "host "
              + host
              + " is reachable from other machines: give a token (--token or KHALDUN_TOKEN)"
              + " that writing requests must send as 'Authorization: Bearer TOKEN'");
    }
  }

  /** Loopback, default port, no token, the default request limit. */
  public static ServerOptions defaults() {
    return new ServerOptions(DEFAULT_HOST, DEFAULT_PORT, null, DEFAULT_MAX_REQUEST_BYTES);
  }

  public ServerOptions withHost(String host) {
    return new ServerOptions(host, port, token, maxRequestBytes);
  }

  public ServerOptions withPort(int port) {
    return new ServerOptions(host, port, token, maxRequestBytes);
  }

  public ServerOptions withToken(String token) {
    return new ServerOptions(host, port, token, maxRequestBytes);
  }

  public ServerOptions withMaxRequestBytes(long maxRequestBytes) {
    return new ServerOptions(host, port, token, maxRequestBytes);
  }

  /** Whether writing requests must carry the token. */
  public boolean tokenRequired() {
    return token != null;
  }

  @Override
  public String toString() {
    // the token stays out of logs and messages
    return "ServerOptions[host="
        + host
        + ", port="
        + port
        + ", token="
        + (token == null ? "none" : "set")
        + ", maxRequestBytes="
        + maxRequestBytes
        + "]";
  }

  static boolean isLoopback(String host) {
    if (host.equalsIgnoreCase("localhost")) {
      return true;
    }
    try {
      // only literal addresses are judged; a name is not resolved, so it counts as remote
      if (!host.matches("[0-9.]+|\\[?[0-9a-fA-F:]+\\]?")) {
        return false;
      }
      return InetAddress.getByName(host.replace("[", "").replace("]", "")).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
