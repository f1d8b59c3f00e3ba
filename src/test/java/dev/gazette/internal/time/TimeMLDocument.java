package dev.gazette.internal.time;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TimeML (.tml) document read for evaluation: the raw text of its TEXT element (tags removed,
 * entities decoded), its document creation time, and its gold TIMEX3 annotations with char offsets
 * into that raw text.
 */
record TimeMLDocument(String id, String text, LocalDate dct, List<Timex> timexes) {

  /** One gold TIMEX3. */
  record Timex(int start, int end, String type, String value, String mod) {}

  private static final Pattern ATTR = Pattern.compile("(\\w+)=\"([^\"]*)\"");
  private static final Pattern DCT =
      Pattern.compile("<DCT>\\s*<TIMEX3([^>]*)>", Pattern.DOTALL);
  private static final Pattern DOCID = Pattern.compile("<DOCID>\\s*([^<]+?)\\s*</DOCID>");

  static TimeMLDocument read(Path file) throws IOException {
    String xml = Files.readString(file, StandardCharsets.UTF_8);
    Matcher d = DCT.matcher(xml);
    LocalDate dct = null;
    if (d.find()) {
      String v = attr(d.group(1), "value");
      if (v != null && v.length() >= 10) {
        dct = LocalDate.parse(v.substring(0, 10));
      }
    }
    Matcher idm = DOCID.matcher(xml);
    String id = idm.find() ? idm.group(1) : file.getFileName().toString();
    int ts = xml.indexOf("<TEXT>");
    int te = xml.indexOf("</TEXT>");
    if (ts < 0 || te < 0) {
      throw new IOException("no <TEXT> in " + file);
    }
    String body = xml.substring(ts + "<TEXT>".length(), te);
    StringBuilder text = new StringBuilder(body.length());
    List<Timex> timexes = new ArrayList<>();
    int openStart = -1;
    String openAttrs = null;
    int i = 0;
    while (i < body.length()) {
      char c = body.charAt(i);
      if (c == '<') {
        int close = body.indexOf('>', i);
        String tag = body.substring(i + 1, close);
        if (tag.startsWith("TIMEX3")) {
          openStart = text.length();
          openAttrs = tag;
        } else if (tag.equals("/TIMEX3")) {
          timexes.add(new Timex(openStart, text.length(), attr(openAttrs, "type"), attr(openAttrs, "value"),
              orEmpty(attr(openAttrs, "mod"))));
        }
        i = close + 1;
      } else if (c == '&') {
        int semi = body.indexOf(';', i);
        String ent = body.substring(i + 1, semi);
        text.append(switch (ent) {
          case "amp" -> '&';
          case "lt" -> '<';
          case "gt" -> '>';
          case "quot" -> '"';
          case "apos" -> '\'';
          default -> '?';
        });
        i = semi + 1;
      } else {
        text.append(c);
        i++;
      }
    }
    return new TimeMLDocument(id, text.toString(), dct, timexes);
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  private static String attr(String attrs, String name) {
    Matcher m = ATTR.matcher(attrs);
    while (m.find()) {
      if (m.group(1).equals(name)) {
        return m.group(2);
      }
    }
    return null;
  }
}
