package dev.gazette.cli;

/** The command-line tool. PLACEHOLDER: the real CLI replaces this. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.out.println("gazette: not implemented yet");
  }
}
