package org.khaldun.store;

/** The store could not do what was asked: the database failed, or is not one Khaldun can use. */
public class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public StoreException(String message) {
    super(message);
  }
}
