package dev.gazette.eval;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableList;
import dev.gazette.Span;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the CoNLL04 JSON splits (SpERT's split, BILOU tags; see {@code ../shared/datasets/conll04/SOURCE.md}).
 * Each sentence becomes its tokens joined by single spaces, with the gold entities as char spans into
 * that text and the gold relations between them.
 */
final class Conll04Corpus {
  private Conll04Corpus() {}

  /** A gold entity: char span into {@link Sentence#text()} and CoNLL type (Peop, Org, Loc, Other). */
  record GoldEntity(Span span, String type) {}

  /** A gold relation, head to tail (Work_For, Kill, OrgBased_In, Live_In, Located_In). */
  record GoldRelation(String type, GoldEntity head, GoldEntity tail) {}

  record Sentence(int origId, String text, ImmutableList<GoldEntity> entities, ImmutableList<GoldRelation> relations) {}

  static List<Sentence> read(Path file) throws IOException {
    List<Sentence> out = new ArrayList<>();
    try (JsonParser p = new JsonFactory().createParser(file.toFile())) {
      expect(p.nextToken(), JsonToken.START_ARRAY, p);
      while (p.nextToken() == JsonToken.START_OBJECT) {
        out.add(sentence(p));
      }
    }
    return out;
  }

  private static Sentence sentence(JsonParser p) throws IOException {
    List<String> tokens = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    List<int[]> rels = new ArrayList<>();
    List<String> relTypes = new ArrayList<>();
    int origId = -1;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      switch (field) {
        case "tokens" -> strings(p, tokens);
        case "tags" -> strings(p, tags);
        case "orig_id" -> origId = p.getIntValue();
        case "relations" -> {
          expect(value, JsonToken.START_ARRAY, p);
          while (p.nextToken() == JsonToken.START_OBJECT) {
            int head = -1;
            int tail = -1;
            String type = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
              String f = p.currentName();
              p.nextToken();
              switch (f) {
                case "head" -> head = p.getIntValue();
                case "tail" -> tail = p.getIntValue();
                case "type" -> type = p.getText();
                default -> p.skipChildren();
              }
            }
            rels.add(new int[] {head, tail});
            relTypes.add(type);
          }
        }
        default -> p.skipChildren();
      }
    }
    if (tokens.size() != tags.size()) {
      throw new IOException("sentence " + origId + ": " + tokens.size() + " tokens but " + tags.size() + " tags");
    }
    StringBuilder text = new StringBuilder();
    int[] start = new int[tokens.size()];
    int[] end = new int[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      if (i > 0) {
        text.append(' ');
      }
      start[i] = text.length();
      text.append(tokens.get(i));
      end[i] = text.length();
    }
    List<GoldEntity> entities = new ArrayList<>();
    for (int i = 0; i < tags.size(); i++) {
      String t = tags.get(i);
      if (t.startsWith("U-")) {
        entities.add(new GoldEntity(Span.of(start[i], end[i]), t.substring(2)));
      } else if (t.startsWith("B-")) {
        int j = i;
        while (j + 1 < tags.size() && !tags.get(j).startsWith("L-")) {
          j++;
        }
        entities.add(new GoldEntity(Span.of(start[i], end[j]), t.substring(2)));
        i = j;
      }
    }
    List<GoldRelation> relations = new ArrayList<>();
    for (int k = 0; k < rels.size(); k++) {
      int[] ht = rels.get(k);
      relations.add(new GoldRelation(relTypes.get(k), entities.get(ht[0]), entities.get(ht[1])));
    }
    return new Sentence(origId, text.toString(), ImmutableList.copyOf(entities), ImmutableList.copyOf(relations));
  }

  private static void strings(JsonParser p, List<String> into) throws IOException {
    expect(p.currentToken(), JsonToken.START_ARRAY, p);
    while (p.nextToken() == JsonToken.VALUE_STRING) {
      into.add(p.getText());
    }
  }

  private static void expect(JsonToken actual, JsonToken expected, JsonParser p) throws IOException {
    if (actual != expected) {
      throw new IOException("expected " + expected + " but found " + actual + " at " + p.currentLocation());
    }
  }
}
