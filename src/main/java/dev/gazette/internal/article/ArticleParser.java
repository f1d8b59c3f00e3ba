package dev.gazette.internal.article;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;

/** Reads an article's layout from its text. PLACEHOLDER: the real parser replaces this. */
public final class ArticleParser {
  private ArticleParser() {}

  public static ArticleLayout parse(String text) {
    return new ArticleLayout(
        Optional.empty(),
        ImmutableMap.of(),
        Optional.empty(),
        Optional.empty(),
        ImmutableList.of(),
        Optional.empty(),
        Optional.empty(),
        ImmutableList.of());
  }
}
