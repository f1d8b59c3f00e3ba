package dev.gazette.internal.pipeline;

import com.google.common.collect.ImmutableMap;
import dev.gazette.Mention;
import dev.gazette.RelationType;
import dev.gazette.Span;
import java.util.Optional;

/**
 * A relation as a stage finds it: between mentions, before mentions are merged into entities. The
 * pipeline turns it into a {@link dev.gazette.Relation} between the entities of those mentions.
 *
 * @param subject a mention that the stage also added to the workspace
 * @param object likewise, if the relation has an object
 */
public record RelationDraft(
    RelationType type,
    Mention subject,
    Optional<Mention> object,
    ImmutableMap<String, String> attributes,
    Span evidence,
    String rule,
    double confidence) {}
