package dev.gazette;

import com.google.common.base.Preconditions;
import java.util.regex.Pattern;

/** Shared checks for the open type vocabularies ({@link EntityType}, {@link RelationType}). */
final class Labels {
  private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

  private Labels() {}

  static String checkName(String name, String what) {
    Preconditions.checkNotNull(name, "%s name", what);
    Preconditions.checkArgument(
        NAME.matcher(name).matches(),
        "%s name must be 1-64 chars of A-Z, 0-9 or _, starting with a letter: '%s'",
        what,
        name);
    return name;
  }
}
