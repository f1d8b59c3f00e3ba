package dev.gazette.cli;

/** The tool's exit statuses. */
final class ExitStatus {
  /** Every input was read and extracted. */
  static final int OK = 0;
  /** Some input could not be read or extracted (the others were), or the output could not be written. */
  static final int FAILURE = 1;
  /** A usage error: unknown option, bad value, missing operand, or an option not supported yet. */
  static final int USAGE = 2;

  private ExitStatus() {}
}
