package dev.gazette.internal.rules;

import com.google.common.collect.ImmutableMap;
import dev.gazette.EntityType;
import dev.gazette.Mention;
import dev.gazette.RelationType;
import dev.gazette.Span;
import dev.gazette.internal.pipeline.RelationDraft;
import dev.gazette.internal.pipeline.Stage;
import dev.gazette.internal.pipeline.Workspace;
import dev.gazette.internal.text.SentenceBuffer;
import dev.gazette.internal.text.TokenBuffer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs a compiled rule set on a workspace and applies the actions of the matches that survive overlap
 * resolution, in text order: first the rule's {@code entity} actions (new mentions), then {@code set}
 * (attributes on mentions), then {@code relation} (drafts between the mentions of captures).
 *
 * <p>Sentences in the body's repeat of the lead are not matched (they would only duplicate what the lead
 * gave); relations found in a related-link headline get {@code source=related_link}. Mentions a rule set
 * creates are not seen by its own patterns: a later rule set (a later stage) sees them.
 */
public final class RuleStage implements Stage {
  private final Supplier<RuleEngine> engine;

  /** A stage that reads the engine from {@code engine} once per document, so that the host can swap it. */
  public RuleStage(Supplier<RuleEngine> engine) {
    this.engine = engine;
  }

  @Override
  public String name() {
    return "rules";
  }

  @Override
  public void process(Workspace ws) {
    RuleEngine e = engine.get();
    MatchInput in = e.prepare(ws.text(), ws.tokens(), ws.sentences(), ws.mentions());
    try {
      List<RuleMatch> matches = e.match(in, SentenceBuffer.IN_LEAD_REPEAT);
      for (RuleMatch m : matches) {
        apply(e.program(), in, ws, m);
      }
      if (in.regexGaveUp > 0) {
        ws.warn("rule-regex-budget: " + in.regexGaveUp + " test(s) of a rule's regular expression gave up on a token"
            + " after " + BudgetedChars.BUDGET_DESCRIPTION + " and counted as no match, the first at char "
            + in.firstRegexGaveUpAt);
      }
    } finally {
      in.release();
    }
  }

  private static void apply(Program program, MatchInput in, Workspace ws, RuleMatch m) {
    RuleDef rule = program.rules.get(m.rule());
    String text = ws.text();
    TokenBuffer tokens = ws.tokens();
    Map<String, Mention> created = new HashMap<>();
    for (RuleDef.Action a : rule.actions()) {
      if (a instanceof RuleDef.EntityAction ea) {
        Optional<Span> span = captureSpan(rule, m, ea.capture(), tokens);
        if (span.isEmpty()) {
          continue;
        }
        EntityType type = EntityType.of(ea.type());
        Mention existing = findExact(ws.mentions(), span.get(), type);
        if (existing != null) {
          // Already known (from an earlier stage or match): add the attributes, do not duplicate it.
          Mention merged = existing;
          if (!ea.attributes().isEmpty()) {
            merged = withAttributes(rebuild(existing), values(ea.attributes(), rule, m, tokens, text)).build();
            replace(ws, existing, merged);
          }
          created.put(ea.capture(), merged);
          continue;
        }
        Mention.Builder b = Mention.builder(span.get(), span.get().text(text), type).rule(rule.id());
        withAttributes(b, values(ea.attributes(), rule, m, tokens, text));
        Mention mention = b.build();
        ws.mentions().add(mention);
        created.put(ea.capture(), mention);
      }
    }
    for (RuleDef.Action a : rule.actions()) {
      if (a instanceof RuleDef.SetAction sa) {
        Mention target = resolve(rule, m, sa.capture(), created, in, ws);
        if (target == null) {
          continue;
        }
        Mention updated =
            withAttributes(rebuild(target), values(sa.attributes(), rule, m, tokens, text)).build();
        replace(ws, target, updated);
        created.replaceAll((k, v) -> v == target ? updated : v);
      }
    }
    for (RuleDef.Action a : rule.actions()) {
      if (a instanceof RuleDef.RelationAction ra) {
        Mention subject = resolve(rule, m, ra.subject(), created, in, ws);
        if (subject == null) {
          continue;
        }
        Optional<Mention> object = Optional.empty();
        if (ra.object().isPresent()) {
          Mention o = resolve(rule, m, ra.object().get(), created, in, ws);
          if (o == null && captureSpan(rule, m, ra.object().get(), tokens).isPresent()) {
            continue; // the object was matched but names no entity: no relation
          }
          object = Optional.ofNullable(o);
          if (o == subject) {
            continue; // a relation of an entity with itself says nothing
          }
        }
        Map<String, String> attrs = values(ra.attributes(), rule, m, tokens, text);
        int sentence = in.sentences.size() == 0 ? -1 : in.sentenceOf[m.start()];
        if (sentence >= 0 && (in.sentences.flags(sentence) & SentenceBuffer.RELATED_LINK) != 0) {
          attrs.putIfAbsent("source", "related_link");
        }
        ws.relations()
            .add(
                new RelationDraft(
                    RelationType.of(ra.type()),
                    subject,
                    object,
                    ImmutableMap.copyOf(attrs),
                    evidence(in, m),
                    rule.id(),
                    rule.confidence()));
      }
    }
  }

  /** From the start of the sentence where the match starts to the end of the one where it ends. */
  static Span evidence(MatchInput in, RuleMatch m) {
    TokenBuffer tokens = in.tokens;
    if (in.sentences.size() == 0) {
      return Span.of(tokens.start(0), tokens.end(in.size - 1));
    }
    int first = in.sentences.firstToken(in.sentenceOf[m.start()]);
    int last = in.sentences.endToken(in.sentenceOf[m.end() - 1]) - 1;
    return Span.of(tokens.start(first), tokens.end(last));
  }

  static Optional<Span> captureSpan(RuleDef rule, RuleMatch m, String capture, TokenBuffer tokens) {
    int k = rule.captures().indexOf(capture);
    int s = m.captureStart(k);
    int e = m.captureEnd(k);
    if (s < 0 || e <= s) {
      return Optional.empty();
    }
    return Optional.of(Span.of(tokens.start(s), tokens.end(e - 1)));
  }

  private static Map<String, String> values(
      Map<String, RuleDef.Value> attrs, RuleDef rule, RuleMatch m, TokenBuffer tokens, String text) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, RuleDef.Value> e : attrs.entrySet()) {
      RuleDef.Value v = e.getValue();
      if (v.isCapture()) {
        captureSpan(rule, m, v.capture(), tokens).ifPresent(s -> out.put(e.getKey(), s.text(text)));
      } else {
        out.put(e.getKey(), v.constant());
      }
    }
    return out;
  }

  /**
   * The mention a capture stands for: one this match created for it; else a mention with exactly its
   * span; else the smallest mention containing it; else the longest mention inside it. Null if none.
   */
  static Mention resolve(RuleDef rule, RuleMatch m, String capture, Map<String, Mention> created, MatchInput in, Workspace ws) {
    Mention own = created.get(capture);
    if (own != null) {
      return own;
    }
    int k = rule.captures().indexOf(capture);
    int s = m.captureStart(k);
    int e = m.captureEnd(k);
    if (s < 0 || e <= s) {
      return null;
    }
    Span span = Span.of(in.tokens.start(s), in.tokens.end(e - 1));
    Mention exact = null;
    Mention containing = null;
    Mention inside = null;
    for (int t = s; t < e; t++) {
      int idx = in.mention[t];
      if (idx < 0) {
        continue;
      }
      Mention c = ws.mentions().get(idx);
      if (c.span().equals(span)) {
        exact = c;
        break;
      }
      if (c.span().contains(span)) {
        if (containing == null || c.span().length() < containing.span().length()) {
          containing = c;
        }
      } else if (span.contains(c.span())) {
        if (inside == null || c.span().length() > inside.span().length()) {
          inside = c;
        }
      }
    }
    return exact != null ? exact : containing != null ? containing : inside;
  }

  private static Mention findExact(List<Mention> mentions, Span span, EntityType type) {
    for (Mention m : mentions) {
      if (m.span().equals(span) && m.type().equals(type)) {
        return m;
      }
    }
    return null;
  }

  /**
   * Adds attributes to a mention; the attribute {@code value} sets the mention's normalized value
   * instead (a TIMEX3 value for a DATE, an amount for MONEY), so rules can add dates and numbers.
   */
  private static Mention.Builder withAttributes(Mention.Builder b, Map<String, String> attributes) {
    attributes.forEach((k, v) -> {
      if (k.equals("value")) {
        b.value(v);
      } else {
        b.attribute(k, v);
      }
    });
    return b;
  }

  private static Mention.Builder rebuild(Mention m) {
    Mention.Builder b = Mention.builder(m.span(), m.text(), m.type()).rule(m.rule()).attributes(m.attributes());
    m.value().ifPresent(b::value);
    return b;
  }

  /** Replaces a mention in place (indices stay valid) and in the relation drafts that name it. */
  private static void replace(Workspace ws, Mention old, Mention updated) {
    List<Mention> mentions = ws.mentions();
    for (int i = 0; i < mentions.size(); i++) {
      if (mentions.get(i) == old) {
        mentions.set(i, updated);
      }
    }
    List<RelationDraft> drafts = ws.relations();
    for (int i = 0; i < drafts.size(); i++) {
      RelationDraft d = drafts.get(i);
      boolean subject = d.subject() == old;
      boolean object = d.object().isPresent() && d.object().get() == old;
      if (subject || object) {
        drafts.set(
            i,
            new RelationDraft(
                d.type(),
                subject ? updated : d.subject(),
                object ? Optional.of(updated) : d.object(),
                d.attributes(),
                d.evidence(),
                d.rule(),
                d.confidence()));
      }
    }
  }
}
