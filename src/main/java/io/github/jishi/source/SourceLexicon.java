package io.github.jishi.source;

import io.github.jishi.JishiException;
import io.github.jishi.internal.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The vocabularies the reader cuts chrome and reads a page's layout with, from the bundled
 * {@link Lexicon}: chrome marks, section headings, disclaimers, photo credits, dateline words, metadata
 * labels, notice phrases. Words are simplified; lines are judged in their normalized form.
 *
 * <p>Loaded once, on first use; immutable.
 */
final class SourceLexicon {
  private SourceLexicon() {}

  private static final class Holder {
    static final SourceLexicon.Words WORDS = new Words(Lexicon.bundled());
  }

  static Words words() {
    return Holder.WORDS;
  }

  /** Every vocabulary, as the shapes the code reads them in. */
  static final class Words {
    final String[] app;
    final String[] share;
    final String[] navigation;
    final String[] copyright;
    final String[] licence;
    final String[] phone;
    final String[] mail;
    final String[] headerStarts;
    final String[] summary;
    final String summaryAlternation;
    final String[] tags;
    final String[] editor;
    final Pattern licenceNumber;
    final String[] appEnds;
    final String[] appPitch;
    final String[] home;
    final String[] endMarks;
    final String[] licenceNumberWords;
    final String[] reporterWords;
    final Pattern disclaimer;
    final String[] disclaimerTriggers;
    final String[] related;
    final String[] comments;
    final String[] headingTails;
    final String[] photoCredits;
    final String[] captionOpeners;
    final String agencies;
    final String outletEndings;
    final String filed;
    final String filedUndated;
    final String own;
    final String reporter;
    final String reported;
    final String datelineLead;
    final Map<String, String> factLabels;
    final String factLabelAlternation;
    final String[] headerWords;
    final String[] siteWords;
    final String[] noticeMarks;
    final String issuerEndings;

    Words(Lexicon lexicon) {
      Map<String, List<String>> marks = byKind(lexicon.rows("chrome-marks"));
      app = array(marks, "app");
      share = array(marks, "share");
      navigation = array(marks, "navigation");
      copyright = array(marks, "copyright");
      licence = array(marks, "licence");
      phone = array(marks, "phone");
      mail = array(marks, "mail");
      headerStarts = array(marks, "header");
      summary = array(marks, "summary");
      summaryAlternation = Lexicon.alternation(List.of(summary));
      tags = array(marks, "tag");
      editor = array(marks, "editor");
      licenceNumber = Pattern.compile("(?:" + Lexicon.alternation(List.of(array(marks, "licence-number")))
          + ")[^0-9]{0,12}[0-9]{5,}|[A-Z][0-9]-[0-9]{6,}");
      appEnds = array(marks, "app-end");
      appPitch = array(marks, "app-pitch");
      home = array(marks, "home");
      endMarks = array(marks, "end");
      licenceNumberWords = array(marks, "licence-number");
      List<String> parts = new ArrayList<>();
      List<String> triggers = new ArrayList<>();
      for (List<String> row : lexicon.rows("chrome-disclaimers")) {
        String first = row.get(0);
        String second = row.size() > 1 ? row.get(1) : "";
        int gap = row.size() > 2 && !row.get(2).isEmpty() ? gap(row.get(2), first) : 0;
        parts.add(Pattern.quote(first) + (second.isEmpty() ? "" : ".{0," + gap + "}" + Pattern.quote(second)));
        triggers.add(first);
      }
      disclaimer = Pattern.compile(parts.isEmpty() ? "(?!)" : String.join("|", parts));
      disclaimerTriggers = triggers.toArray(String[]::new);
      Map<String, List<String>> headings = byKind(lexicon.rows("chrome-headings"));
      related = array(headings, "related");
      comments = array(headings, "comments");
      headingTails = array(headings, "tail");
      photoCredits = lexicon.words("chrome-photo-credits").toArray(String[]::new);
      captionOpeners = lexicon.words("chrome-caption-openers").toArray(String[]::new);
      agencies = lexicon.alternation("source-agencies");
      outletEndings = lexicon.alternation("source-outlet-endings");
      Map<String, List<String>> dateline = byKind(lexicon.rows("source-dateline-words"));
      filed = Lexicon.alternation(dateline.getOrDefault("filed", List.of()));
      filedUndated = Lexicon.alternation(dateline.getOrDefault("undated", List.of()));
      own = Lexicon.alternation(dateline.getOrDefault("own", List.of()));
      reporter = Lexicon.alternation(dateline.getOrDefault("reporter", List.of()));
      reporterWords = dateline.getOrDefault("reporter", List.of()).toArray(String[]::new);
      reported = Lexicon.alternation(dateline.getOrDefault("reported", List.of()));
      datelineLead = Lexicon.alternation(dateline.getOrDefault("lead", List.of()));
      factLabels = lexicon.map("source-fact-labels");
      factLabelAlternation = lexicon.alternation("source-fact-labels");
      headerWords = lexicon.words("source-header-words").toArray(String[]::new);
      siteWords = lexicon.words("source-site-words").toArray(String[]::new);
      noticeMarks = lexicon.words("source-notice-marks").toArray(String[]::new);
      issuerEndings = lexicon.alternation("source-issuer-endings");
    }
  }

  private static int gap(String value, String first) {
    try {
      int gap = Integer.parseInt(value);
      if (gap >= 0 && gap <= 200) {
        return gap;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new JishiException("bad chrome-disclaimers line '" + first + "': the gap must be a number from 0 to 200, got '" + value + "'");
  }

  /** Words by each kind their second column names (kinds separated by commas). */
  private static Map<String, List<String>> byKind(List<List<String>> rows) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (List<String> row : rows) {
      String kinds = row.size() > 1 ? row.get(1) : "";
      for (String kind : kinds.split(",")) {
        out.computeIfAbsent(kind.strip(), k -> new ArrayList<>()).add(row.get(0));
      }
    }
    return out;
  }

  private static String[] array(Map<String, List<String>> byKind, String kind) {
    return byKind.getOrDefault(kind, List.of()).toArray(String[]::new);
  }
}
