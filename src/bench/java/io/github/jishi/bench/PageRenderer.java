package io.github.jishi.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jishi.bench.ArticleComposer.Article;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Dresses generated stories as the pages jishi meets: plain text with a header line, datelines,
 * app prompts, related lists and copyright footers; full HTML with navigation, scripts and
 * comments; Markdown with front matter; JSON and JSON Lines exports.
 */
final class PageRenderer {
  private static final ObjectMapper JSON = new ObjectMapper();

  private PageRenderer() {}

  static String text(Article a, RandomGenerator r, NamePool names) {
    StringBuilder sb = new StringBuilder(4096);
    sb.append(a.title()).append("\n\n");
    switch (a.dated() ? r.nextInt(4) : -1) {
      case -1 -> sb.append("来源：").append(a.outlet()).append('\n');
      case 0 -> sb.append(String.format(Locale.ROOT, "%d年%02d月%02d日 %02d:%02d　来源：%s\n", a.published().getYear(),
          a.published().getMonthValue(), a.published().getDayOfMonth(), a.hour(), a.minute(), a.outlet()));
      case 1 -> sb.append(String.format(Locale.ROOT, "发布时间：%s %02d:%02d:00　来源：%s　作者：%s\n", a.published(), a.hour(),
          a.minute(), a.outlet(), a.reporter()));
      case 2 -> sb.append(String.format(Locale.ROOT, "%s %02d:%02d %s\n", a.published(), a.hour(), a.minute(), a.outlet()));
      default -> sb.append("来源：").append(a.outlet()).append("  发布日期：")
          .append(a.published().toString().replace('-', '/')).append('\n');
    }
    if (r.nextInt(4) == 0) {
      sb.append("【字体：大 中 小】 打印本页 分享到：微信 微博\n");
    }
    if (r.nextInt(5) == 0) {
      sb.append("打开").append(a.outlet()).append("客户端，阅读更多精彩内容\n");
    }
    sb.append('\n');
    boolean first = true;
    for (String p : a.paragraphs()) {
      String indent = r.nextInt(3) == 0 ? "　　" : "";
      if (first && a.dateline()) {
        sb.append(indent).append(datelinePrefix(a, r));
        indent = "";
      } else if (first && r.nextInt(4) == 0) {
        sb.append("本报记者 ").append(a.reporter()).append(' ').append(NamePool.shortName(a.city())).append("报道\n\n");
      }
      first = false;
      sb.append(indent).append(p).append("\n\n");
    }
    if (r.nextInt(3) == 0) {
      sb.append("（责任编辑：").append(names.person(r)).append("）\n\n");
    }
    if (r.nextInt(2) == 0) {
      sb.append("相关阅读\n");
      for (String line : related(a, r, names)) {
        sb.append("· ").append(line).append('\n');
      }
      sb.append('\n');
    }
    if (r.nextInt(2) == 0) {
      sb.append(footer(a, r)).append('\n');
    }
    return sb.toString();
  }

  static String html(Article a, RandomGenerator r, NamePool names) {
    StringBuilder sb = new StringBuilder(8192);
    sb.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n");
    sb.append("<title>").append(escape(a.title())).append('_').append(a.outlet()).append("</title>\n");
    boolean metaDate = a.dated() && r.nextInt(3) > 0;
    if (metaDate) {
      sb.append(String.format(Locale.ROOT, "<meta property=\"article:published_time\" content=\"%sT%02d:%02d:00+08:00\">\n",
          a.published(), a.hour(), a.minute()));
    }
    sb.append("<meta name=\"keywords\" content=\"").append(NamePool.shortName(a.city())).append(",人工智能,")
        .append(escape(a.title().length() > 8 ? a.title().substring(0, 8) : a.title())).append("\">\n");
    sb.append("<style>\n  .pic-note { font-size: 12px; color: #888; }\n  nav a { margin-right: 12px; }\n  .article-body p { line-height: 1.8; }\n</style>\n");
    sb.append("<script>\n  window.dataLayer = window.dataLayer || [];\n  function track(e) { window.dataLayer.push({event: e, t: Date.now()}); }\n</script>\n");
    sb.append("</head>\n<body>\n");
    sb.append("<nav><a href=\"/\">").append(a.outlet()).append("</a><a href=\"/tech/\">科技</a><a href=\"/city/\">城市</a><a href=\"/economy/\">经济</a></nav>\n");
    sb.append("<h1>").append(escape(a.title())).append("</h1>\n");
    if (a.dated() && !metaDate) {
      sb.append(String.format(Locale.ROOT, "<div class=\"info\"><time datetime=\"%sT%02d:%02d:00+08:00\">%s</time> 来源：%s</div>\n",
          a.published(), a.hour(), a.minute(), a.published(), a.outlet()));
    }
    sb.append("<div class=\"article-body\">\n");
    boolean first = true;
    for (String p : a.paragraphs()) {
      String text = escape(p).replace("\n", "</p>\n<p>");
      if (first && a.dateline()) {
        text = escape(datelinePrefix(a, r).strip()) + text;
      }
      first = false;
      sb.append("<p>").append(text).append("</p>\n");
      if (r.nextInt(8) == 0) {
        sb.append("<p class=\"pic-note\">图：").append(NamePool.shortName(a.city())).append("的一处应用现场。").append(a.outlet())
            .append(" 摄</p>\n");
      }
    }
    sb.append("</div>\n<!-- 分享组件 -->\n<div class=\"share\"><a href=\"javascript:track('wx')\">微信</a> <a href=\"javascript:track('wb')\">微博</a></div>\n");
    if (r.nextInt(3) > 0) {
      sb.append("<ul class=\"related\">\n");
      for (String line : related(a, r, names)) {
        sb.append("  <li><a href=\"/news/").append(r.nextInt(900_000) + 100_000).append("\">").append(escape(line)).append("</a></li>\n");
      }
      sb.append("</ul>\n");
    }
    sb.append("<footer>\n  <p>").append(escape(footer(a, r)).replace("\n", "</p>\n  <p>")).append("</p>\n</footer>\n");
    sb.append("</body>\n</html>\n");
    return sb.toString();
  }

  static String markdown(Article a, RandomGenerator r) {
    StringBuilder sb = new StringBuilder(4096);
    sb.append("---\ntitle: ").append(a.title()).append('\n');
    if (!a.dated()) {
      sb.append("source: ").append(a.outlet()).append('\n');
    } else if (r.nextBoolean()) {
      sb.append(String.format(Locale.ROOT, "date: %sT%02d:%02d:00+08:00\n", a.published(), a.hour(), a.minute()));
    } else {
      LocalDate d = a.published();
      DayOfWeek w = d.getDayOfWeek();
      sb.append(String.format(Locale.ROOT, "date: %s, %02d %s %d %02d:%02d:00 GMT\n", w.getDisplayName(TextStyle.SHORT, Locale.ENGLISH),
          d.getDayOfMonth(), d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH), d.getYear(), a.hour(), a.minute()));
    }
    sb.append("author: ").append(a.outlet()).append("\ncategories:\n  - 人工智能\n  - ").append(NamePool.shortName(a.province()))
        .append("\n---\n\n");
    sb.append("## ").append(a.title()).append("\n\n");
    for (String p : a.paragraphs()) {
      if (p.contains("\n")) {
        int nl = p.indexOf('\n');
        sb.append("### ").append(p, 0, nl).append("\n\n").append(p.substring(nl + 1)).append("\n\n");
      } else {
        sb.append(p).append("\n\n");
      }
    }
    if (r.nextInt(4) == 0) {
      sb.append("*本文来源：").append(a.outlet()).append("，转载请注明出处。*\n");
    }
    return sb.toString();
  }

  /** One JSON record of an export: title, content, date and url. */
  static ObjectNode record(Article a, RandomGenerator r) {
    ObjectNode o = JSON.createObjectNode();
    o.put("title", a.title());
    o.put("content", String.join("\n", a.paragraphs()));
    if (a.dated()) {
      o.put("date", r.nextBoolean() ? a.published().toString()
          : String.format(Locale.ROOT, "%sT%02d:%02d:00+08:00", a.published(), a.hour(), a.minute()));
      o.put("url", "https://example.org/" + a.city().code() + "/" + a.published().toString().replace("-", "") + "-" + (r.nextInt(9000) + 1000));
    } else {
      o.put("url", "https://example.org/" + a.city().code() + "/n" + (r.nextInt(900_000) + 100_000));
    }
    return o;
  }

  static String jsonLines(List<ObjectNode> records) {
    StringBuilder sb = new StringBuilder();
    for (ObjectNode o : records) {
      sb.append(o.toString()).append('\n');
    }
    return sb.toString();
  }

  static String jsonArray(List<ObjectNode> records) {
    ArrayNode a = JSON.createArrayNode();
    records.forEach(a::add);
    return a.toPrettyString() + "\n";
  }

  private static String datelinePrefix(Article a, RandomGenerator r) {
    String place = NamePool.shortName(a.city());
    LocalDate d = a.published().minusDays(r.nextInt(2));
    String day = d.getMonthValue() + "月" + d.getDayOfMonth() + "日电";
    return (r.nextBoolean() ? "本报" : a.outlet()) + place + day + "（记者 " + a.reporter() + "）";
  }

  private static List<String> related(Article a, RandomGenerator r, NamePool names) {
    int n = 3 + r.nextInt(4);
    String[] heads = {"夜间经济持续升温", "地铁新线开通首日客流统计出炉", "秋季招聘会提供岗位逾万个", "老旧小区改造进度过半",
        "跨境电商综试区发布新政", "马拉松赛事报名开启", "城市书房增至百家", "暑期文旅消费数据发布", "新一批保障性住房开工"};
    String[] out = new String[n];
    for (int i = 0; i < n; i++) {
      LocalDate d = a.published().minusDays(r.nextInt(30));
      out[i] = NamePool.shortName(names.city(r)) + heads[r.nextInt(heads.length)] + " " + d;
    }
    return List.of(out);
  }

  private static String footer(Article a, RandomGenerator r) {
    String prov = NamePool.shortName(a.province());
    return "版权所有 © " + a.published().getYear() + " " + a.outlet() + "　" + prov.charAt(0) + "ICP备" + (10_000_000 + r.nextInt(89_999_999))
        + "号-" + (1 + r.nextInt(9)) + "\n联系电话：0" + (10 + r.nextInt(990)) + "-" + (10_000_000 + r.nextInt(89_999_999))
        + "　邮箱：news@example.org";
  }

  private static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '“' -> sb.append("&ldquo;");
        case '”' -> sb.append("&rdquo;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
