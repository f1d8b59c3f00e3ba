package dev.gazette.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.TokenKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Table-driven tokenizer cases from {@code tokenizer/cases.tsv}. */
class TokenizerCasesTest {
  private static final Tokenizer TOKENIZER = new Tokenizer();

  static Stream<Arguments> cases() throws IOException {
    List<Arguments> list = new ArrayList<>();
    try (InputStream in = TokenizerCasesTest.class.getResourceAsStream("/tokenizer/cases.tsv")) {
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int no = 0;
      while ((line = r.readLine()) != null) {
        no++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        assertThat(cols).as("line %d needs input TAB expected", no).hasSize(2);
        list.add(Arguments.of(no, unescape(cols[0]), cols[1]));
      }
    }
    return list.stream();
  }

  @ParameterizedTest(name = "line {0}: {1}")
  @MethodSource("cases")
  void tokenizes(int line, String input, String expected) throws Exception {
    TokenBuffer buf = new TokenBuffer(4);
    TOKENIZER.tokenize(input, buf);
    List<String> actual = new ArrayList<>();
    for (int i = 0; i < buf.size(); i++) {
      actual.add(input.substring(buf.start(i), buf.end(i)));
    }
    String[] items = expected.split(" ");
    List<String> texts = new ArrayList<>();
    for (String item : items) {
      texts.add(unescape(textOf(item)));
    }
    assertThat(actual).as("tokens of line %d %s", line, describe(input, buf)).containsExactlyElementsOf(texts);
    for (int i = 0; i < items.length; i++) {
      String item = items[i];
      String ann = annotationOf(item);
      if (ann == null) {
        continue;
      }
      for (String a : ann.split(",")) {
        boolean negate = a.startsWith("!");
        String name = negate ? a.substring(1) : a;
        if (!negate && isKind(name)) {
          assertThat(buf.kind(i)).as("kind of token %d '%s' (line %d)", i, texts.get(i), line)
              .isEqualTo(TokenKind.valueOf(name));
        } else {
          int bits = flag(name);
          assertThat(buf.has(i, bits))
              .as("flag %s of token %d '%s' (line %d) %s", a, i, texts.get(i), line, describe(input, buf))
              .isEqualTo(!negate);
        }
      }
    }
  }

  static String describe(String input, TokenBuffer buf) {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < buf.size(); i++) {
      sb.append(input, buf.start(i), buf.end(i)).append('/').append(buf.kind(i)).append('/')
          .append(Integer.toBinaryString(buf.flags(i))).append(' ');
    }
    return sb.append(']').toString();
  }

  private static String textOf(String item) {
    int b = item.lastIndexOf('{');
    return b > 0 && item.endsWith("}") ? item.substring(0, b) : item;
  }

  private static String annotationOf(String item) {
    int b = item.lastIndexOf('{');
    return b > 0 && item.endsWith("}") ? item.substring(b + 1, item.length() - 1) : null;
  }

  private static boolean isKind(String name) {
    for (TokenKind k : TokenKind.values()) {
      if (k.name().equals(name)) {
        return true;
      }
    }
    return false;
  }

  static int flag(String name) throws Exception {
    Field f = TokenFlags.class.getField(name);
    assertThat(Modifier.isStatic(f.getModifiers())).isTrue();
    return f.getInt(null);
  }

  static String unescape(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char d = s.charAt(++i);
        switch (d) {
          case 'n': sb.append('\n'); break;
          case 'r': sb.append('\r'); break;
          case 't': sb.append('\t'); break;
          case '\\': sb.append('\\'); break;
          case 'u':
            sb.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
            i += 4;
            break;
          default: sb.append('\\').append(d);
        }
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
