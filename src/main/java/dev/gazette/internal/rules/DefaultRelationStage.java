package dev.gazette.internal.rules;

import com.google.common.collect.ImmutableMap;
import dev.gazette.EntityType;
import dev.gazette.Mention;
import dev.gazette.Span;
import dev.gazette.internal.ner.PronounLinker;
import dev.gazette.internal.pipeline.RelationDraft;
import dev.gazette.internal.pipeline.Stage;
import dev.gazette.internal.pipeline.Workspace;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Runs the default relation rules, then completes what the rule language cannot say of the relations
 * they made:
 * <ul>
 *   <li>{@code date}: the TIMEX3 value of the date expression of the relation's sentence nearest to one
 *       of its arguments (a calendar date, not a duration such as "recent months"), else the article date. A
 *       rule that captured a date expression ({@code date=$when}) gets that expression's value instead
 *       of its text.
 *   <li>{@code title}: lower-cased ("Foreign Minister" and "foreign minister" are one title).
 *   <li>{@code check=geo}: a rule that cannot tell a place in a place ("Boise, Idaho") from a list of
 *       places ("Kyiv, Odessa") marks its relations so; one is kept only when the knowledge base makes
 *       the object a region or country larger than the subject and of the same country, and the
 *       marker is removed. With {@code check=country} (wire datelines: "KHARTOUM, Sudan (AP)"), a
 *       relation is kept unless the knowledge base gives its arguments different countries. With
 *       {@code check=demonym} ("Derna, the eastern Libyan city"), the object must be a demonym the
 *       knowledge base gives a country ("a mainly Christian town" names none) and the subject, if the
 *       knowledge base places it, must be of that country.
 *   <li>Addresses: "based in Huntsville, Alabama" says Huntsville is in Alabama, so what is located in
 *       Huntsville is located in Alabama too. When a relation puts X in A and a place-comma-place rule
 *       of the same sentence puts A in B, X is also put in B ({@code inferred=address}). Only the
 *       comma patterns count: "Chapeco, in the state of Santa Catarina" is a remark, not an address.
 *   <li>A relation of a rule that reads "he" or "she" in the sentence after its subject
 *       ({@code check=pronoun}) is dropped when the subject's gender is known and is not the
 *       pronoun's ("Karin Lindqvist arrived. He said ..."); see {@link PronounLinker#pronounFits}.
 *   <li>A relation that two rules found in the same sentence is kept once, and one with no object is
 *       dropped when the same sentence gives the same type and subject with an object (for the symmetric
 *       types AGREE, CONSULT and COOPERATE, also when its subject is that relation's object).
 * </ul>
 */
final class DefaultRelationStage implements Stage {
  private final Stage rules;

  DefaultRelationStage(Stage rules) {
    this.rules = rules;
  }

  @Override
  public String name() {
    return "default-relations";
  }

  @Override
  public void process(Workspace ws) {
    int before = ws.relations().size();
    rules.process(ws);
    List<RelationDraft> drafts = ws.relations();
    if (drafts.size() == before) {
      return;
    }
    keepFrom(drafts, before, d -> passesCheck(ws, d));
    removeDuplicates(drafts, before);
    removeObjectlessRepeats(drafts, before);
    addAddressRelations(drafts, before);
    DateIndex dates = new DateIndex(ws.mentions());
    for (int i = before; i < drafts.size(); i++) {
      RelationDraft d = drafts.get(i);
      Map<String, String> attrs = new LinkedHashMap<>(d.attributes());
      attrs.remove("check");
      String title = attrs.get("title");
      // "former" a rule read before the organization ("the former Pakistani prime minister")
      boolean former = attrs.remove("former") != null;
      if (title != null) {
        String t = title.toLowerCase(Locale.ROOT);
        attrs.put("title", former && !t.startsWith("former ") ? "former " + t : t);
      }
      String content = attrs.get("content");
      if (content != null) {
        attrs.put("content", withoutAttribution(content));
      }
      dateOf(ws, dates, d, attrs.get("date")).ifPresentOrElse(v -> attrs.put("date", v), () -> attrs.remove("date"));
      drafts.set(
          i,
          new RelationDraft(d.type(), d.subject(), d.object(), ImmutableMap.copyOf(attrs), d.evidence(), d.rule(), d.confidence()));
    }
  }

  /**
   * Reported words without the attribution that closes their sentence: in "Dmitry Peskov said the talks
   * were useful, according to the agency TASS", Peskov said "the talks were useful" (TASS's report of it
   * is a statement of its own).
   */
  private static String withoutAttribution(String content) {
    int at = content.toLowerCase(Locale.ROOT).lastIndexOf(", according to ");
    return at > 0 ? content.substring(0, at) : content;
  }

  /**
   * Drops a relation that repeats an earlier one of the same sentence (same type, argument spans and
   * evidence): two rules of different groups may find the same relation ("Chattanooga, Tenn." is both
   * a place, a comma and a place, and a place and a state abbreviation). The first one is kept.
   */
  private static void removeDuplicates(List<RelationDraft> drafts, int from) {
    Set<List<Object>> seen = new HashSet<>();
    keepFrom(drafts, from, d -> seen.add(List.of(d.type(), d.subject().span(), objectSpan(d), d.evidence())));
  }

  /**
   * Drops a relation with no object when a relation of the same type and subject mention has one:
   * rules of different groups ("Kenyan President William Ruto" and "President William Ruto") may
   * find the same fact with and without its object (a window match's evidence spans two sentences,
   * so the subject's mention, not the evidence, says it is the same fact).
   */
  private static void removeObjectlessRepeats(List<RelationDraft> drafts, int from) {
    Set<List<Object>> withObject = null;
    for (int i = from; i < drafts.size(); i++) {
      RelationDraft d = drafts.get(i);
      if (d.object().isPresent()) {
        withObject = withObject != null ? withObject : new HashSet<>();
        withObject.add(List.of(d.type(), d.subject().span()));
        if (SYMMETRIC.contains(d.type().name())) {
          // "Brussels and Oslo agree": Oslo agrees with Brussels, so "Oslo agree" alone says nothing more.
          withObject.add(List.of(d.type(), d.object().get().span()));
        }
      }
    }
    if (withObject == null) {
      return;
    }
    Set<List<Object>> keys = withObject;
    keepFrom(drafts, from, d -> d.object().isPresent() || !keys.contains(List.of(d.type(), d.subject().span())));
  }

  /** Relation types whose two arguments play the same part: the object also takes part as a subject would. */
  private static final Set<String> SYMMETRIC = Set.of("AGREE", "CONSULT", "COOPERATE");

  /**
   * Whether a draft marked {@code check=geo}, {@code check=country}, {@code check=demonym} or {@code
   * check=pronoun} passes that check.
   */
  private static boolean passesCheck(Workspace ws, RelationDraft d) {
    String check = d.attributes().get("check");
    if (check == null) {
      return true;
    }
    if (check.equals("pronoun")) {
      return PronounLinker.pronounFits(ws, d.subject(), d.evidence());
    }
    return d.object().isPresent()
        && !(check.equals("geo") && !GeoCheck.contains(d.object().get(), d.subject())
            || check.equals("country") && !GeoCheck.sameCountry(d.object().get(), d.subject())
            || check.equals("demonym") && !GeoCheck.demonymOf(d.object().get(), d.subject()));
  }

  /**
   * Keeps, from index {@code from} on, the drafts that {@code keep} accepts (tested once each, in
   * order), compacting in place: removing one at a time would shift the tail each time, quadratic on a
   * long article.
   */
  private static void keepFrom(List<RelationDraft> drafts, int from, Predicate<RelationDraft> keep) {
    int to = from;
    for (int i = from; i < drafts.size(); i++) {
      RelationDraft d = drafts.get(i);
      if (keep.test(d)) {
        drafts.set(to++, d);
      }
    }
    drafts.subList(to, drafts.size()).clear();
  }

  private static Object objectSpan(RelationDraft d) {
    return d.object().isPresent() ? d.object().get().span() : "";
  }

  /** The rules whose LOCATED_IN relations are addresses ("Huntsville, Alabama"). */
  private static final Set<String> ADDRESS_RULES =
      Set.of("located.place_comma_place", "located.place_state_abbrev", "located.new_place_state_abbrev");

  private static void addAddressRelations(List<RelationDraft> drafts, int from) {
    int end = drafts.size();
    // The relations by (type, object span, evidence), so that each address looks only at the ones that
    // end where it starts: comparing every address with every relation was quadratic on long articles.
    Map<List<Object>, List<Integer>> byObject = new HashMap<>();
    for (int j = from; j < end; j++) {
      RelationDraft r = drafts.get(j);
      if (r.object().isPresent()) {
        byObject.computeIfAbsent(List.of(r.type(), r.object().get().span(), r.evidence()), k -> new ArrayList<>()).add(j);
      }
    }
    for (int i = from; i < end; i++) {
      RelationDraft address = drafts.get(i);
      if (!ADDRESS_RULES.contains(address.rule()) || address.object().isEmpty()) {
        continue;
      }
      List<Integer> candidates = byObject.get(List.of(address.type(), address.subject().span(), address.evidence()));
      if (candidates == null) {
        continue;
      }
      for (int j : candidates) {
        RelationDraft r = drafts.get(j);
        if (j == i || r.subject().span().equals(address.object().get().span())) {
          continue;
        }
        Map<String, String> attrs = new LinkedHashMap<>(r.attributes());
        attrs.put("inferred", "address");
        drafts.add(new RelationDraft(r.type(), r.subject(), address.object(), ImmutableMap.copyOf(attrs), r.evidence(), r.rule(), r.confidence()));
      }
    }
  }

  /**
   * The valued DATE mentions sorted by start, with their position in the workspace's list, so that each
   * relation looks only at the dates inside its evidence (scanning every mention for every relation was
   * quadratic on long articles). Ties are broken by that position, as a scan in list order would.
   */
  private static final class DateIndex {
    final Mention[] mentions;
    final int[] order;
    final int[] starts;

    DateIndex(List<Mention> all) {
      List<Integer> idx = new ArrayList<>();
      for (int i = 0; i < all.size(); i++) {
        Mention m = all.get(i);
        if ((m.type().equals(EntityType.DATE) || m.type().equals(EntityType.TIME)) && m.value().isPresent()) {
          idx.add(i);
        }
      }
      idx.sort(Comparator.comparingInt((Integer i) -> all.get(i).start()).thenComparingInt(i -> i));
      mentions = new Mention[idx.size()];
      order = new int[idx.size()];
      starts = new int[idx.size()];
      for (int k = 0; k < idx.size(); k++) {
        mentions[k] = all.get(idx.get(k));
        order[k] = idx.get(k);
        starts[k] = mentions[k].start();
      }
    }

    /** The first index whose mention starts at or after {@code offset}. */
    int firstStartingAt(int offset) {
      int lo = 0;
      int hi = starts.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (starts[mid] < offset) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }
  }

  /** The date of a relation; {@code captured} is the text a rule captured as its date, if any. */
  private static Optional<String> dateOf(Workspace ws, DateIndex dates, RelationDraft d, String captured) {
    Span evidence = d.evidence();
    Mention object = d.object().orElse(null);
    Mention best = null;
    int bestDistance = Integer.MAX_VALUE;
    int bestOrder = Integer.MAX_VALUE;
    Mention capturedDate = null;
    int capturedOrder = Integer.MAX_VALUE;
    for (int k = dates.firstStartingAt(evidence.start()); k < dates.mentions.length && dates.starts[k] < evidence.end(); k++) {
      Mention m = dates.mentions[k];
      int order = dates.order[k];
      if (!evidence.contains(m.span())) {
        continue;
      }
      if (captured != null && m.text().equals(captured)) {
        if (order < capturedOrder) {
          capturedDate = m;
          capturedOrder = order;
        }
        continue;
      }
      if (!isCalendarDate(m) || inRelativeClauseAfter(ws.text(), d.subject(), m, evidence.end())) {
        continue;
      }
      int distance = object == null
          ? distance(m, d.subject())
          : Math.min(distance(m, d.subject()), distance(m, object));
      if (distance < bestDistance || distance == bestDistance && order < bestOrder) {
        best = m;
        bestDistance = distance;
        bestOrder = order;
      }
    }
    if (capturedDate != null) {
      return capturedDate.value().map(DefaultRelationStage::dayOf);
    }
    if (best != null) {
      return best.value().map(DefaultRelationStage::dayOf);
    }
    return ws.article().date().map(Object::toString);
  }

  /**
   * Whether {@code date} lies in a relative clause between commas right after the subject: "Russia,
   * which has occupied part of Georgia since the war of 2008, welcomed the vote" is dated by the article,
   * not by the clause's own past.
   */
  static boolean inRelativeClauseAfter(String text, Mention subject, Mention date, int evidenceEnd) {
    int i = subject.end();
    if (date.start() <= i) {
      return false;
    }
    while (i < date.start() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    if (i >= date.start() || text.charAt(i) != ',') {
      return false;
    }
    i++;
    while (i < date.start() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    int w = i;
    while (w < date.start() && Character.isLetter(text.charAt(w))) {
      w++;
    }
    String pronoun = text.substring(i, w);
    if (!pronoun.equals("which") && !pronoun.equals("who") && !pronoun.equals("whose")) {
      return false;
    }
    int comma = text.indexOf(',', w);
    if (comma >= 0 && comma < date.start()) {
      return false; // the clause closed before the date
    }
    int close = text.indexOf(',', date.end());
    return close >= 0 && close < evidenceEnd;
  }

  /**
   * Chars between a date and an argument (0 when they overlap). The date nearest to either argument wins,
   * not the one nearest to the span from subject to object: in "Lufthansa, which bought Brussels
   * Airlines in 2016 and Austrian Airlines in 2009", both years lie inside the span of the second
   * purchase, and 2009 is the one next to its object.
   */
  private static int distance(Mention date, Mention argument) {
    return date.end() <= argument.start() ? argument.start() - date.end()
        : date.start() >= argument.end() ? date.start() - argument.end() : 0;
  }

  /** A point or period of the calendar ("Friday", "March 2023", "last summer"), not a duration or "now". */
  private static boolean isCalendarDate(Mention m) {
    String type = m.attributes().getOrDefault("timex_type", "DATE");
    String value = m.value().orElse("");
    return type.equals("DATE") && !value.isEmpty() && Character.isDigit(value.charAt(0))
        || type.equals("TIME") && isDayTime(value);
  }

  /** Whether a TIME value names its day ("2023-03-12TEV", "2023-03-12T20:00"), not a time of any day. */
  private static boolean isDayTime(String value) {
    return value.length() > 10 && value.charAt(10) == 'T' && value.charAt(4) == '-' && value.charAt(7) == '-'
        && Character.isDigit(value.charAt(0)) && Character.isDigit(value.charAt(9));
  }

  /** A relation's date: the day of a time ("on Sunday evening" dates a call by its day), else the value itself. */
  private static String dayOf(String value) {
    return isDayTime(value) ? value.substring(0, 10) : value;
  }
}
