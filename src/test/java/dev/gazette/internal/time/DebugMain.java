package dev.gazette.internal.time;

import java.time.LocalDate;

/** Prints what the stage finds in the arguments (debugging aid). */
final class DebugMain {
  private DebugMain() {}

  public static void main(String[] args) {
    LocalDate d = LocalDate.parse(args[0]);
    for (int i = 1; i < args.length; i++) {
      System.out.println(args[i]);
      DateTestSupport.run(args[i], d).forEach(m -> System.out.println("  " + m + " " + m.rule() + " " + m.attributes()));
    }
  }
}
