package dev.gazette.cli;

/** An input that cannot be read or extracted; the message says why, without the input's name. */
final class InputException extends Exception {
  private static final long serialVersionUID = 1L;

  InputException(String message) {
    super(message);
  }

  InputException(String message, Throwable cause) {
    super(message, cause);
  }

  /** A problem with the input named {@code source}. */
  record Located(String source, InputException problem) {}
}
