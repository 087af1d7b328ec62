package io.github.jishi.hardening;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Small news pages written from templates: each names one city, one national programme and one
 * day, so each yields an event that search can find by city.
 */
final class GeneratedPages {
  static final String[] CITIES = {
    "杭州", "成都", "苏州", "合肥", "西安", "武汉", "长沙", "南京", "青岛", "厦门", "郑州", "沈阳", "济南", "福州",
    "昆明", "贵阳", "南宁", "宁波", "无锡", "东莞", "佛山", "太原", "南昌", "兰州"
  };

  static final String[] PROGRAMS = {
    "国家人工智能创新应用先导区", "国家新一代人工智能创新发展试验区", "国家人工智能应用中试基地",
    "国家数字经济创新发展试验区", "国家新型工业化产业示范基地"
  };

  private static final String[] TITLES = {"%s获批创建%s", "%s启动建设%s", "%s入选%s"};

  private static final String[] LEADS = {
    "%s，工业和信息化部发布通知，支持%s创建%s。",
    "%s，%s市政府召开专题会议，宣布启动建设%s，首批参与单位超过二十家。",
    "记者%s从科技部获悉，%s获批建设%s，当地将围绕智能制造和城市治理开展应用探索。",
  };

  private static final String[] CLOSINGS = {
    "当地有关部门表示，将尽快制定实施方案，明确重点任务和推进机制。",
    "业内人士认为，此举有助于把应用场景优势转化为产业优势。",
    "下一步，该市将加大资金和人才支持力度，推动更多企业参与建设。",
  };

  private GeneratedPages() {}

  /** The city page {@code i} is about. */
  static String city(int i) {
    return CITIES[i % CITIES.length];
  }

  /** Writes pages {@code from .. from+count-1} into {@code dir} as {@code page-NNNN.txt}; returns their paths. */
  static List<Path> write(Path dir, int from, int count) throws IOException {
    Files.createDirectories(dir);
    List<Path> out = new ArrayList<>();
    for (int i = from; i < from + count; i++) {
      Path file = dir.resolve(String.format("page-%04d.txt", i));
      Files.writeString(file, page(i), StandardCharsets.UTF_8);
      out.add(file);
    }
    return out;
  }

  /** The text of page {@code i}: a title, a blank line, a lead paragraph naming the day, a closing one. */
  static String page(int i) {
    String city = city(i);
    String program = PROGRAMS[(i / CITIES.length) % PROGRAMS.length];
    LocalDate day = LocalDate.of(2018, 1, 1).plusDays(i * 3L);
    String date = day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    int t = i % LEADS.length;
    return String.format(TITLES[t], city, program) + "\n\n"
        + String.format(LEADS[t], date, city, program) + "\n\n"
        + CLOSINGS[(i / 3) % CLOSINGS.length] + "\n";
  }
}
