package io.github.jishi.source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns an HTML page (or an HTML fragment) into lines, cutting the elements that are chrome by
 * their tag or by their class and id, and reads the title and date the page's metadata states.
 */
final class HtmlPageParser {
  /** Elements whose content is never text of the page. */
  private static final Set<String> NEVER_TEXT =
      Set.of(
          "script", "style", "noscript", "template", "iframe", "svg", "canvas", "object", "embed", "button",
          "select", "input", "textarea", "audio", "video", "map", "head");

  /** Page furniture by tag; {@code header} only counts outside an article. */
  private static final Set<String> CHROME_TAGS = Set.of("nav", "aside", "footer", "header", "menu");

  private static final Set<String> BLOCK_TAGS =
      Set.of(
          "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "tbody", "thead",
          "section", "article", "header", "footer", "blockquote", "pre", "dl", "dt", "dd", "figure",
          "figcaption", "hr", "main", "address", "center", "form", "fieldset", "caption", "body", "details",
          "summary", "nav", "aside");

  /** Class or id parts that mark chrome wherever they appear inside a token. */
  private static final String[] CHROME_SUBSTRINGS = {
    "share", "comment", "related", "footer", "breadcrumb", "recommend", "copyright", "sidebar", "navbar",
    "navigation", "qrcode", "advert", "toolbar", "ranking", "hotnews", "topnav", "subnav", "mainnav",
    "xiangguan", "fenxiang", "pinglun", "erweima", "daohang", "guanggao", "banquan", "friendlink"
  };

  /** Class or id tokens that mark chrome only as a whole token ({@code ad} but not {@code head}). */
  private static final Set<String> CHROME_TOKENS =
      Set.of(
          "ad", "ads", "qr", "nav", "menu", "hot", "rank", "side", "foot", "crumb", "crumbs", "login",
          "pagination", "pager", "weixin", "wechat", "download", "app", "banner", "links");

  private static final String[] DATE_META_KEYS = {
    "article:published_time", "og:published_time", "pubdate", "publishdate", "publish_date", "datepublished",
    "og:release_date", "publishtime", "publish_time", "dc.date.issued", "dc.date"
  };
  private static final Pattern LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{4,40})\"");

  private HtmlPageParser() {}

  /**
   * What the HTML gave.
   *
   * @param blocks lines and cut elements in page order
   * @param title the title metadata suggests (og:title, else h1, else {@code <title>}), or empty
   * @param date the publish date from metadata
   * @param dateFrom which metadata gave it ({@code meta article:published_time}), or empty
   * @param url the page's own URL: {@code <link rel=canonical>}, else {@code og:url}, else empty
   */
  record Page(List<Block> blocks, String title, Optional<LocalDate> date, String dateFrom, String url) {}

  static Page parse(String html) {
    return page(Jsoup.parse(html));
  }

  private static Page page(Document doc) {
    String title = title(doc);
    Optional<LocalDate> date = Optional.empty();
    String dateFrom = "";
    outer:
    for (String key : DATE_META_KEYS) {
      for (Element meta : doc.getElementsByTag("meta")) {
        String name = metaName(meta);
        if (name.equalsIgnoreCase(key)) {
          Optional<LocalDate> d = PublishDateParser.parse(meta.attr("content"));
          if (d.isPresent()) {
            date = d;
            dateFrom = "meta " + name;
            break outer;
          }
        }
      }
    }
    if (date.isEmpty()) {
      // a tag scan and remembered ancestors: walking every element's ancestors afresh (as a
      // descendant selector does) is quadratic in the nesting depth of the page
      Map<Element, Boolean> chromeBelow = new IdentityHashMap<>();
      for (Element time : doc.getElementsByTag("time")) {
        if (!time.hasAttr("datetime")) {
          continue;
        }
        Optional<LocalDate> d = PublishDateParser.parse(time.attr("datetime"));
        if (d.isPresent() && !inChrome(time, chromeBelow)) {
          date = d;
          dateFrom = "time datetime";
          break;
        }
      }
    }
    if (date.isEmpty()) {
      for (Element script : doc.select("script[type=application/ld+json]")) {
        Matcher m = LD_DATE.matcher(script.data());
        if (m.find()) {
          Optional<LocalDate> d = PublishDateParser.parse(m.group(1));
          if (d.isPresent()) {
            date = d;
            dateFrom = "json-ld datePublished";
            break;
          }
        }
      }
    }
    Element body = doc.body();
    List<Block> blocks = new ArrayList<>();
    if (body != null) {
      LineWalker walker = new LineWalker(new Subtrees(body), blocks);
      NodeTraversor.filter(walker, body);
      walker.flush();
    }
    return new Page(blocks, title, date, dateFrom, url(doc));
  }

  /** The URL the page states for itself: its canonical link, else its {@code og:url}. */
  static String url(Document doc) {
    for (Element link : doc.getElementsByTag("link")) {
      if (link.attr("rel").strip().equalsIgnoreCase("canonical") && !link.attr("href").isBlank()) {
        return link.attr("href").strip();
      }
    }
    for (Element meta : doc.getElementsByTag("meta")) {
      if (metaName(meta).equalsIgnoreCase("og:url") && !meta.attr("content").isBlank()) {
        return meta.attr("content").strip();
      }
    }
    return "";
  }

  private static String metaName(Element meta) {
    for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
      String v = meta.attr(attr);
      if (!v.isEmpty()) {
        return v;
      }
    }
    return "";
  }

  /** og:title, else the h1 the {@code <title>} repeats (or the first h1), else {@code <title>}. */
  private static String title(Document doc) {
    for (Element meta : doc.getElementsByTag("meta")) {
      if (metaName(meta).equalsIgnoreCase("og:title")) {
        String t = TitleSuffix.strip(TextLines.trim(meta.attr("content")));
        if (!t.isEmpty()) {
          return t;
        }
      }
    }
    Element titleTag = doc.selectFirst("title");
    String pageTitle = titleTag == null ? "" : TextLines.trim(titleTag.text());
    String firstH1 = "";
    Element body = doc.body();
    if (body != null) {
      for (Element h1 : body.getElementsByTag("h1")) {
        String t = TextLines.trim(h1.text());
        if (t.length() < 2) {
          continue;
        }
        if (!pageTitle.isEmpty() && pageTitle.contains(t) && t.length() >= 4) {
          return t;
        }
        if (firstH1.isEmpty() && t.length() >= 4) {
          firstH1 = t;
        }
      }
    }
    if (!firstH1.isEmpty()) {
      return firstH1;
    }
    return TitleSuffix.strip(pageTitle);
  }

  /** Walks the body, one line per block element, and records chrome elements where they stood. */
  private static final class LineWalker implements NodeFilter {
    private final Subtrees subtrees;
    private final int bodyChars;
    private final List<Block> out;
    private final List<Block> pending = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private int linkDepth;
    private int preDepth;
    private int visible;
    private int linked;
    private boolean space;

    /** how many article or main elements enclose the node being walked */
    private int articleDepth;

    LineWalker(Subtrees subtrees, List<Block> out) {
      this.subtrees = subtrees;
      this.bodyChars = subtrees.chars(subtrees.root());
      this.out = out;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode text) {
        append(text.getWholeText());
        return FilterResult.CONTINUE;
      }
      if (node instanceof Comment comment) {
        cut("html comment", TextLines.trim(comment.getData()));
        return FilterResult.SKIP_ENTIRELY;
      }
      if (node instanceof DataNode) {
        return FilterResult.SKIP_ENTIRELY;
      }
      if (!(node instanceof Element e)) {
        return FilterResult.CONTINUE;
      }
      String tag = e.normalName();
      String reason = chromeReason(e, tag);
      if (reason != null) {
        String content = NEVER_TEXT.contains(tag) ? TextLines.trim(e.data().isEmpty() ? e.text() : e.data()) : TextLines.trim(e.text());
        cut(reason, content);
        return FilterResult.SKIP_ENTIRELY;
      }
      if (tag.equals("br")) {
        flush();
      } else if (BLOCK_TAGS.contains(tag)) {
        flush();
      } else if (tag.equals("td") || tag.equals("th")) {
        append(" ");
      }
      if (tag.equals("a")) {
        linkDepth++;
      } else if (tag.equals("pre")) {
        preDepth++;
      } else if (tag.equals("article") || tag.equals("main")) {
        articleDepth++;
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element e) {
        String tag = e.normalName();
        if (tag.equals("a")) {
          linkDepth--;
        } else if (tag.equals("pre")) {
          preDepth--;
        } else if (tag.equals("article") || tag.equals("main")) {
          articleDepth--;
        }
        if (BLOCK_TAGS.contains(tag)) {
          flush();
        }
      }
      return FilterResult.CONTINUE;
    }

    private String chromeReason(Element e, String tag) {
      if (NEVER_TEXT.contains(tag)) {
        return "html " + tag;
      }
      if (tag.equals("body") || tag.equals("html") || tag.equals("main") || tag.equals("article")) {
        return null;
      }
      String reason = null;
      if (CHROME_TAGS.contains(tag)) {
        // A header that holds the story's heading is the article header, with its date line.
        boolean articleHeader =
            tag.equals("header")
                && (articleDepth > 0 || subtrees.hasHeading(e));
        if (!articleHeader) {
          reason = "html " + tag;
        }
      }
      if (reason == null && (e.hasAttr("hidden") || hiddenByStyle(e.attr("style")))) {
        reason = "html hidden";
      }
      if (reason == null) {
        String word = chromeWord(e.className() + " " + e.id());
        if (word != null) {
          reason = "html class " + word;
        }
      }
      if (reason != null && holdsMostOfPage(e)) {
        return null;
      }
      return reason;
    }

    /** Guards against a chrome-looking wrapper that in fact holds the story. */
    private boolean holdsMostOfPage(Element e) {
      int chars = subtrees.chars(e);
      return chars * 2 > bodyChars && (chars > 500 || subtrees.paragraphs(e) >= 2);
    }

    private void cut(String reason, String content) {
      if (!content.isEmpty()) {
        pending.add(Block.cut(reason, content));
      }
    }

    private void append(String s) {
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (preDepth > 0 && (c == '\n' || c == '\r')) {
          flush();
          continue;
        }
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u00A0') {
          if (!space && line.length() > 0) {
            line.append(' ');
          }
          space = true;
          continue;
        }
        line.append(c);
        space = false;
        if (c != '\u3000') {
          visible++;
          if (linkDepth > 0) {
            linked++;
          }
        }
      }
    }

    void flush() {
      String text = TextLines.trim(line.toString());
      if (!text.isEmpty()) {
        out.add(new Block(text, null, visible > 0 && linked * 10 >= visible * 9));
      }
      line.setLength(0);
      space = false;
      visible = 0;
      linked = 0;
      out.addAll(pending);
      pending.clear();
    }
  }

  /**
   * What the chrome guards ask of each element's subtree (its text characters, paragraphs and
   * headings), counted for the whole body in one pass: asking each element afresh is quadratic in
   * the nesting depth of the page.
   */
  private static final class Subtrees {
    private static final int CHARS = 0;
    private static final int PARAGRAPHS = 1;
    private static final int HEADINGS = 2;

    private final Element root;
    private final Map<Element, int[]> counts = new IdentityHashMap<>();

    Subtrees(Element root) {
      this.root = root;
      NodeTraversor.traverse(new NodeVisitor() {
        @Override
        public void head(Node node, int depth) {}

        @Override
        public void tail(Node node, int depth) {
          if (!(node instanceof Element e)) {
            return;
          }
          int[] c = new int[3];
          String tag = e.normalName();
          c[PARAGRAPHS] = tag.equals("p") ? 1 : 0;
          c[HEADINGS] = tag.equals("h1") || tag.equals("h2") ? 1 : 0;
          for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
              c[CHARS] += visibleChars(t.getWholeText());
            } else if (child instanceof Element ce) {
              int[] cc = counts.get(ce);
              for (int k = 0; k < c.length; k++) {
                c[k] += cc[k];
              }
            }
          }
          counts.put(e, c);
        }
      }, root);
    }

    Element root() {
      return root;
    }

    /** Characters of text other than white space. */
    int chars(Element e) {
      return counts.get(e)[CHARS];
    }

    /** {@code p} elements, the element itself included. */
    int paragraphs(Element e) {
      return counts.get(e)[PARAGRAPHS];
    }

    /** Whether the element is or holds an {@code h1} or {@code h2}. */
    boolean hasHeading(Element e) {
      return counts.get(e)[HEADINGS] > 0;
    }

    private static int visibleChars(String s) {
      int n = 0;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (!Character.isWhitespace(c) && c != '\u00A0' && c != '\u3000') {
          n++;
        }
      }
      return n;
    }
  }

  /**
   * Whether an element sits in navigation, a footer or a chrome-named block (a list of other
   * stories); {@code memo} keeps, for each ancestor seen, whether it or one of its own ancestors is
   * such a block, so many elements under one deep chain cost one walk.
   */
  private static boolean inChrome(Element e, Map<Element, Boolean> memo) {
    List<Element> unknown = new ArrayList<>();
    boolean chrome = false;
    for (Element p = e.parent(); p != null; p = p.parent()) {
      Boolean known = memo.get(p);
      if (known != null) {
        chrome = known;
        break;
      }
      unknown.add(p);
    }
    for (int i = unknown.size() - 1; i >= 0; i--) {
      Element p = unknown.get(i);
      chrome = chrome || isChromeBlock(p);
      memo.put(p, chrome);
    }
    return chrome;
  }

  private static boolean isChromeBlock(Element p) {
    String tag = p.normalName();
    return tag.equals("nav") || tag.equals("aside") || tag.equals("footer") || chromeWord(p.className() + " " + p.id()) != null;
  }

  private static boolean hiddenByStyle(String style) {
    if (style.isEmpty()) {
      return false;
    }
    String s = style.replace(" ", "").toLowerCase(Locale.ROOT);
    return s.contains("display:none") || s.contains("visibility:hidden");
  }

  /** The chrome word in a class/id string, or null: tokens split at non-letters and camel case. */
  static String chromeWord(String classAndId) {
    if (classAndId.isBlank()) {
      return null;
    }
    List<String> tokens = new ArrayList<>();
    StringBuilder token = new StringBuilder();
    char prev = ' ';
    for (int i = 0; i <= classAndId.length(); i++) {
      char c = i < classAndId.length() ? classAndId.charAt(i) : ' ';
      boolean letterOrDigit = (c < 0x80) && Character.isLetterOrDigit(c);
      boolean camel = Character.isUpperCase(c) && Character.isLowerCase(prev);
      if (!letterOrDigit || camel) {
        if (token.length() > 0) {
          tokens.add(token.toString().toLowerCase(Locale.ROOT));
          token.setLength(0);
        }
      }
      if (letterOrDigit) {
        token.append(c);
      }
      prev = c;
    }
    for (String t : tokens) {
      if (CHROME_TOKENS.contains(t)) {
        return t;
      }
      for (String s : CHROME_SUBSTRINGS) {
        if (t.contains(s)) {
          return s;
        }
      }
    }
    return null;
  }
}
