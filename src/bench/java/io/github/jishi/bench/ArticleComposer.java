package io.github.jishi.bench;

import io.github.jishi.internal.entity.Place;
import io.github.jishi.internal.entity.ProgramEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * Writes the story of one generated page from sentence templates: who joined which programme
 * when and where, with the filler sentences, figures, quotes and relative dates real reports carry.
 *
 * <p>Every sentence is the generator's own; only names (places, programmes, ministries) are
 * real. One page is about one city and mostly one programme, dated around its publish date.
 */
final class ArticleComposer {
  /**
   * The story of a page, before it is dressed as txt, HTML, Markdown or JSON.
   *
   * @param dated whether the page states its publish date; the story is written around
   *     {@code published} either way, so an undated page's month-days need the corpus to date them
   */
  record Article(String title, LocalDate published, boolean dated, int hour, int minute, Place city, Place province,
      String outlet, String reporter, boolean dateline, List<String> paragraphs) {}

  private final NamePool names;

  ArticleComposer(NamePool names) {
    this.names = names;
  }

  /** What one page is about, and the randomness that writes it. */
  private final class Scene {
    final RandomGenerator r;
    final Place city;
    final Place province;
    final LocalDate published;
    final ProgramEntry program;
    final String group;
    final String industry;
    final java.util.Set<Integer> usedFillers = new java.util.HashSet<>();

    Scene(RandomGenerator r) {
      this.r = r;
      this.city = names.city(r);
      this.province = names.province(city);
      this.published = LocalDate.of(2016, 1, 1).plusDays(r.nextInt(365 * 10));
      String[] groups = {"site", "site", "site", "document", "gathering", "challenge"};
      this.group = groups[r.nextInt(groups.length)];
      this.program = names.program(group, r);
      this.industry = NamePool.pick(NamePool.INDUSTRIES, r);
    }

    NamePool names() {
      return names;
    }

    String c() {
      return NamePool.shortName(city);
    }

    String p() {
      return NamePool.shortName(province);
    }

    String otherCity() {
      Place o = names.city(r);
      return NamePool.shortName(o.equals(city) ? names.city(r) : o);
    }

    String district() {
      return names.district(city, r).map(Place::name).orElse(NamePool.shortName(city) + "高新区");
    }

    String prog() {
      return NamePool.programName(program, r);
    }

    String ministry() {
      return NamePool.pick(NamePool.MINISTRIES, r);
    }

    String industry2() {
      return NamePool.pick(NamePool.INDUSTRIES, r);
    }

    /** A day near the publish date, mostly before it. */
    LocalDate eventDay() {
      return published.minusDays(r.nextInt(120) - 10L);
    }

    String full(LocalDate d) {
      return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    String ym(LocalDate d) {
      return d.getYear() + "年" + d.getMonthValue() + "月";
    }

    String md(LocalDate d) {
      return d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    /** A date as pages write it: full, month-day (year from the page) or year-month. */
    String anyDate() {
      LocalDate d = eventDay();
      int k = r.nextInt(10);
      return k < 5 ? full(d) : k < 8 ? md(d) : ym(d);
    }

    int n(int from, int to) {
      return from + r.nextInt(to - from + 1);
    }

    String money() {
      int k = r.nextInt(3);
      if (k == 0) {
        return n(2, 900) + "亿元";
      }
      return k == 1 ? n(120, 9800) + "万元" : n(1, 99) + "." + n(1, 9) + "亿元";
    }

    String pct() {
      return n(2, 48) + "." + n(0, 9) + "%";
    }
  }

  Article compose(RandomGenerator r) {
    Scene s = new Scene(r);
    boolean longForm = r.nextInt(12) == 0;
    int paragraphs = longForm ? s.n(14, 30) : s.n(3, 9);
    List<String> body = new ArrayList<>(paragraphs);
    for (int i = 0; i < paragraphs; i++) {
      StringBuilder p = new StringBuilder();
      if (longForm && r.nextInt(3) == 0) {
        p.append(SECTION_HEADS[Math.min(i / 3, SECTION_HEADS.length - 1)]).append('\n');
      }
      int sentences = s.n(1, 5);
      for (int k = 0; k < sentences; k++) {
        boolean event = (i == 0 && k == 0) || r.nextInt(4) == 0;
        p.append(event ? eventSentence(s) : fillerSentence(s));
      }
      body.add(p.toString());
    }
    LocalDate pub = s.published;
    return new Article(title(s), pub, r.nextInt(25) != 0, s.n(6, 22), s.n(0, 59), s.city, s.province, names.outlet(r), names.person(r),
        r.nextInt(3) == 0, body);
  }

  private static final String[] SECTION_HEADS = {"一、总体要求", "二、重点任务", "三、保障措施", "四、组织实施", "五、附则"};

  private String title(Scene s) {
    switch (s.group) {
      case "document":
        return s.r.nextBoolean() ? s.p() + "印发" + s.industry + "产业发展行动方案"
            : s.ministry() + "印发《" + s.prog() + "》 明确" + s.n(3, 12) + "项重点任务";
      case "gathering":
        return s.r.nextBoolean() ? "第" + s.n(2, 9) + "届" + s.program.canonical() + "在" + s.c() + "开幕"
            : s.program.canonical() + "落幕：" + s.c() + "签约项目" + s.n(20, 300) + "个";
      case "challenge":
        return s.ministry() + "公布" + s.prog() + "名单 " + s.c() + s.n(2, 30) + "个项目入选";
      default:
        break;
    }
    switch (s.r.nextInt(5)) {
      case 0: return s.c() + "获批建设" + s.prog();
      case 1: return s.prog() + "：" + s.c() + s.industry + "应用加速落地";
      case 2: return s.c() + "：" + s.industry + "产业规模突破" + s.money();
      case 3: return s.c() + s.industry + "创新中心揭牌 首批" + s.n(5, 40) + "家企业入驻";
      default: return "聚焦" + s.industry + "：" + s.c() + "探索" + s.prog() + "建设新路径";
    }
  }

  private String eventSentence(Scene s) {
    switch (s.group) {
      case "document": return pick(s, DOCUMENT_EVENTS);
      case "gathering": return pick(s, GATHERING_EVENTS);
      case "challenge": return pick(s, CHALLENGE_EVENTS);
      default: return s.r.nextInt(5) == 0 ? pick(s, GENERIC_EVENTS) : pick(s, SITE_EVENTS);
    }
  }

  /** Fillers avoid repeating themselves within a page while unused ones remain. */
  private String fillerSentence(Scene s) {
    for (int tries = 0; tries < 4; tries++) {
      int i = s.r.nextInt(FILLERS.size());
      if (s.usedFillers.add(i) || tries == 3) {
        return FILLERS.get(i).apply(s);
      }
    }
    throw new AssertionError("unreachable");
  }

  private static String pick(Scene s, List<Function<Scene, String>> templates) {
    return templates.get(s.r.nextInt(templates.size())).apply(s);
  }

  private static final List<Function<Scene, String>> SITE_EVENTS = List.of(
      s -> s.anyDate() + "，" + s.ministry() + "复函" + s.province.name() + "人民政府，支持" + s.c() + "创建" + s.prog() + "。",
      s -> s.c() + "于" + s.ym(s.eventDay()) + "获批建设" + s.prog() + "，成为" + s.p() + "首个入选的城市。",
      s -> s.md(s.eventDay()) + "，" + s.c() + s.prog() + "在" + s.district() + "揭牌，" + s.ministry() + "有关负责人出席揭牌仪式。",
      s -> "记者" + s.md(s.eventDay()) + "从" + s.c() + "市" + NamePool.pick(NamePool.LOCAL_OFFICES, s.r) + "获悉，当地"
          + s.industry + "领域的" + s.prog() + "已正式启动建设。",
      s -> s.ym(s.eventDay()) + "，" + s.c() + "与" + s.otherCity() + "、" + s.otherCity() + "同批入选" + s.prog() + "。",
      s -> "早在" + (s.published.getYear() - s.n(1, 3)) + "年，" + s.c() + "就已获批建设" + s.prog() + "，此次是在原有基础上扩容。");

  private static final List<Function<Scene, String>> DOCUMENT_EVENTS = List.of(
      s -> s.anyDate() + "，" + s.ministry() + "印发《" + s.prog() + "》，提出到" + (s.published.getYear() + s.n(2, 5))
          + "年形成较为完善的" + s.industry + "产业体系。",
      s -> "《" + s.prog() + "》自" + s.full(s.eventDay()) + "起施行，共" + s.n(5, 9) + "章" + s.n(30, 80) + "条。",
      s -> s.province.name() + "人民政府办公厅于" + s.md(s.eventDay()) + "发布贯彻落实《" + s.prog() + "》的工作方案，文件编号为"
          + s.p().charAt(0) + "政办发〔" + s.published.getYear() + "〕" + s.n(1, 60) + "号。",
      s -> s.ym(s.eventDay()) + "，" + s.c() + "出台" + s.industry + "产业高质量发展若干措施，对符合条件的项目最高给予" + s.money() + "支持。");

  private static final List<Function<Scene, String>> GATHERING_EVENTS = List.of(
      s -> {
        LocalDate d = s.eventDay();
        return "第" + s.n(2, 9) + "届" + s.program.canonical() + "于" + s.full(d) + "至" + d.plusDays(2).getDayOfMonth() + "日在" + s.c()
            + "举行，主题为“" + NamePool.pick(NamePool.THEMES, s.r) + "”。";
      },
      s -> s.published.getYear() + s.program.canonical() + "将于" + s.md(s.published.plusDays(s.n(5, 60))) + "在" + s.c() + "开幕，预计有"
          + s.n(200, 1500) + "家企业参展。",
      s -> s.md(s.eventDay()) + "，" + s.program.canonical() + "在" + s.c() + "闭幕，" + s.n(20, 300) + "个项目现场签约，总金额" + s.money() + "。",
      s -> "今年" + s.n(1, 12) + "月，" + s.program.canonical() + "期间举办了" + s.n(10, 90) + "场论坛，发布成果" + s.n(10, 200) + "项。");

  private static final List<Function<Scene, String>> CHALLENGE_EVENTS = List.of(
      s -> s.anyDate() + "，" + s.ministry() + "公布" + s.prog() + "入围名单，" + s.c() + "共有" + s.n(2, 30) + "个项目入选。",
      s -> s.ym(s.eventDay()) + "，" + s.ministry() + "启动" + s.prog() + "工作，面向" + s.industry + "方向征集" + s.n(10, 120) + "项攻关任务。",
      s -> s.md(s.eventDay()) + "，" + s.c() + "举行" + s.prog() + "成果发布会，" + s.n(5, 40) + "家揭榜单位签署任务书。");

  private static final List<Function<Scene, String>> GENERIC_EVENTS = List.of(
      s -> s.md(s.eventDay()) + "，" + s.names().company(s.r) + "与" + s.c() + s.district() + "签署合作协议，计划投资" + s.money() + "建设"
          + s.industry + "研发中心。",
      s -> s.full(s.eventDay()) + "，" + s.c() + s.industry + "创新中心正式揭牌成立。",
      s -> "上个月，" + s.c() + "发布了首批" + s.n(5, 60) + "个" + s.industry + "典型应用场景清单。");

  private static final List<Function<Scene, String>> FILLERS = List.of(
      s -> "业内人士认为，" + s.prog() + "的设立有助于" + s.c() + "在" + s.industry + "方面形成规模效应。",
      s -> "截至" + s.ym(s.eventDay()) + "，" + s.c() + "已集聚" + s.industry + "企业" + s.n(30, 2000) + "家，核心产业规模超过" + s.money() + "。",
      s -> "按照规划，" + s.c() + "将围绕" + s.industry + "、" + s.industry2() + "等方向，打造一批具有示范意义的应用场景。",
      s -> s.names().person(s.r) + "表示，下一步将加快公共数据开放，推动" + s.industry + "和" + s.industry2() + "协同发展。",
      s -> "据了解，该项目总投资" + s.money() + "，占地约" + s.n(20, 900) + "亩，预计" + (s.published.getYear() + s.n(1, 3)) + "年底完工。",
      s -> "数据显示，" + (s.published.getYear() - 1) + "年" + s.c() + "数字经济核心产业增加值同比增长" + s.pct() + "，高于全省平均水平。",
      s -> "与此同时，" + s.p() + "还将在人才引进、算力供给和资金扶持等方面给予配套支持。",
      s -> s.c() + "市" + NamePool.pick(NamePool.LOCAL_OFFICES, s.r) + "相关负责人介绍，目前已有" + s.n(3, 80) + "个项目进入"
          + NamePool.pick(NamePool.STAGES, s.r) + "阶段。",
      s -> "在" + s.district() + "的一家" + s.industry + "企业，工程师" + s.names().person(s.r) + "正在调试新一代"
          + NamePool.pick(NamePool.PRODUCTS, s.r) + "。",
      s -> "“过去做一次" + s.industry + "数据标注要排队半个月，现在两三天就能拿到结果。”" + s.names().person(s.r) + "说。",
      s -> "该市还设立了规模" + s.money() + "的产业引导基金，重点投向" + s.industry + "和" + s.industry2() + "。",
      s -> "今年以来，" + s.c() + "累计发放算力券" + s.money() + "，惠及中小企业" + s.n(20, 900) + "家。",
      s -> "专家指出，" + s.industry + "应用仍面临数据标准不统一、场景开放不足、复合型人才短缺等问题。",
      s -> "记者注意到，" + s.c() + "的" + s.industry + "企业数量在过去" + s.n(2, 6) + "年里翻了一番，其中专精特新企业" + s.n(5, 120) + "家。",
      s -> "该平台已接入" + s.n(10, 300) + "家医院的数据，日均处理调用请求" + s.n(2, 900) + "万次，平均响应时间不到" + s.n(50, 900) + "毫秒。",
      s -> s.names().company(s.r) + "负责人" + s.names().person(s.r) + "介绍，公司研发的" + NamePool.pick(NamePool.PRODUCTS, s.r) + "已在"
          + s.n(3, 40) + "个城市落地。",
      s -> "去年，" + s.c() + s.industry + "产业营收首次突破" + s.money() + "，带动就业约" + s.n(1, 20) + "万人。",
      s -> "如需了解申报细节，可拨打咨询电话0" + s.n(10, 999) + "-" + s.n(10000000, 89999999) + "。",
      s -> "在算力方面，" + s.c() + "已建成智能算力规模超过" + s.n(500, 20000) + "P的公共算力平台，GPU利用率保持在" + s.n(50, 95) + "%左右。",
      s -> "围绕5G、AI和物联网等新技术，" + s.p() + "已累计建成" + s.n(1000, 90000) + "个基站和" + s.n(10, 300) + "个行业数据空间。",
      s -> "近年来，" + s.c() + "先后出台了数据要素、算力基础设施和" + s.industry + "等方面的专项政策。",
      s -> "从“能用”到“好用”，" + s.industry + "场景的打磨还需要时间，" + s.names().person(s.r) + "坦言。",
      s -> "参与项目的" + s.n(3, 30) + "家单位来自高校、医院和企业，覆盖从算法研发到临床验证的完整链条。");
}
