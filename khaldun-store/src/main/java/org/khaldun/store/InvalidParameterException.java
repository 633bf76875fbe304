package org.khaldun.store;

/** A query parameter that cannot be used; {@link #parameter()} names it as the user wrote it. */
public final class InvalidParameterException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String parameter;

  public InvalidParameterException(String parameter, String message) {
    super(message);
    this.parameter = parameter;
  }

  /** The parameter's name, e.g. {@code page_size}. */
  public String parameter() {
    return parameter;
  }
}
