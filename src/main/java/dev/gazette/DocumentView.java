package dev.gazette;

import com.google.common.base.Preconditions;
import dev.gazette.internal.pipeline.Workspace;
import java.util.Collections;
import java.util.List;

/** The public {@link Document} face of a workspace, handed to integrators' extractors. */
final class DocumentView implements Document {
  private final Workspace workspace;

  DocumentView(Workspace workspace) {
    this.workspace = workspace;
  }

  @Override
  public Article article() {
    return workspace.article();
  }

  @Override
  public List<Token> tokens() {
    return Views.tokens(workspace.text(), workspace.tokens());
  }

  @Override
  public List<Sentence> sentences() {
    return Views.sentences(workspace.text(), workspace.tokens(), workspace.sentences());
  }

  @Override
  public List<Mention> mentions() {
    return Collections.unmodifiableList(workspace.mentions());
  }

  @Override
  public void addMention(Mention mention) {
    Preconditions.checkNotNull(mention, "mention");
    String text = workspace.text();
    Preconditions.checkArgument(
        mention.end() <= text.length(), "mention %s lies outside the text (%s chars)", mention.span(), text.length());
    Preconditions.checkArgument(
        text.regionMatches(mention.start(), mention.text(), 0, mention.text().length()),
        "mention text '%s' differs from the text at %s",
        mention.text(),
        mention.span());
    workspace.mentions().add(mention);
  }
}
