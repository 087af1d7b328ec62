package io.github.jishi.bench;

import io.github.jishi.internal.entity.Place;
import io.github.jishi.internal.entity.PlaceGazetteer;
import io.github.jishi.internal.entity.PlaceLevel;
import io.github.jishi.internal.entity.ProgramCatalog;
import io.github.jishi.internal.entity.ProgramEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * The names generated pages and events are made of: cities and districts from the gazetteer,
 * programmes from the catalog, and invented outlets, people and companies.
 *
 * <p>Cities are drawn with a Zipf-like skew (a few large cities appear on most pages, as in real
 * news); everything else uniformly. Immutable and thread-safe; all randomness comes from the
 * caller's generator, so a seed fixes every choice.
 */
final class NamePool {
  /** The cities that lead the skew, most reported first; the rest follow in gazetteer order. */
  private static final List<String> LEADING_CITIES = List.of(
      "北京市", "上海市", "深圳市", "杭州市", "广州市", "成都市", "武汉市", "南京市", "天津市", "重庆市", "苏州市",
      "西安市", "长沙市", "合肥市", "济南市", "青岛市", "郑州市", "厦门市", "宁波市", "沈阳市", "哈尔滨市", "福州市",
      "无锡市", "东莞市", "佛山市", "大连市", "昆明市", "贵阳市", "南宁市", "长春市", "石家庄市", "太原市", "南昌市",
      "温州市", "绍兴市", "湖州市", "嘉兴市", "珠海市", "常州市", "烟台市", "兰州市", "乌鲁木齐市", "呼和浩特市");

  static final List<String> MINISTRIES = List.of(
      "工业和信息化部", "科技部", "国家发展改革委", "国家数据局", "商务部", "教育部", "国家卫生健康委", "财政部",
      "国家药监局", "中央网信办", "交通运输部", "农业农村部");

  static final List<String> LOCAL_OFFICES = List.of(
      "经济和信息化局", "科学技术局", "发展和改革委员会", "数据资源管理局", "商务局", "卫生健康委员会", "大数据中心",
      "工业和信息化局", "人民政府办公厅");

  static final List<String> INDUSTRIES = List.of(
      "医疗", "制造", "交通", "金融", "教育", "农业", "能源", "物流", "政务", "文旅", "养老", "城市治理", "工业互联网",
      "自动驾驶", "机器人", "集成电路", "智能网联汽车", "低空经济", "数字孪生", "大模型", "智慧港口", "生物医药",
      "新材料", "跨境电商", "智能家居");

  static final List<String> PRODUCTS = List.of(
      "手术机器人", "巡检无人机", "影像辅助诊断系统", "工业视觉检测设备", "智能客服平台", "语音识别芯片", "边缘计算网关",
      "自动分拣系统", "病理切片分析软件", "农业遥感平台", "智能电网调度系统", "城市运行管理平台");

  static final List<String> STAGES = List.of("试运行", "中试验证", "小批量生产", "场景测试", "临床验证", "上线评估");

  static final List<String> THEMES = List.of(
      "智联世界 无限可能", "智能向善 共享未来", "数字赋能 协同发展", "开放合作 创新引领", "算力筑基 智启新程", "数据驱动 产业焕新");

  private static final List<String> SURNAMES = List.of(
      "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗",
      "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "萧", "田", "董", "潘", "袁", "蒋", "蔡", "余");

  private static final String GIVEN = "文华明建国丽秀英晓婷志强海涛静怡子涵欣然浩宇思远佳琪梦瑶宏伟振东立新雨桐博文嘉懿清和晨阳一鸣雅琴";

  private static final List<String> OUTLET_HEADS = List.of(
      "钱江", "荆楚", "京城", "浦江", "珠江", "天府", "齐鲁", "燕赵", "三秦", "八闽", "湖湘", "中原", "关东", "岭南", "江淮",
      "巴渝", "滇池", "黄河", "长江", "东海", "北国", "西部");

  private static final List<String> OUTLET_TAILS = List.of(
      "日报", "晚报", "新闻网", "数字经济网", "科技报", "观察", "商报", "在线", "融媒", "财经", "产经网", "数贸网");

  private static final List<String> COMPANY_HEADS = List.of(
      "云图", "智远", "星河", "深算", "灵犀", "博观", "睿见", "启明", "泰和", "衡信", "天枢", "鲲鹏", "青禾", "汇川", "曜石");

  private static final List<String> COMPANY_TAILS = List.of(
      "智能科技有限公司", "信息技术股份有限公司", "数据科技有限公司", "医疗科技有限公司", "机器人有限公司", "网络科技有限公司");

  private final PlaceGazetteer gazetteer;
  private final List<Place> cities;
  private final double[] cityWeights;
  private final Map<String, List<Place>> districts;
  private final Map<String, List<ProgramEntry>> programsByGroup;
  private final List<ProgramEntry> programs;

  NamePool(PlaceGazetteer gazetteer, ProgramCatalog catalog) {
    this.gazetteer = gazetteer;
    this.cities = rankedCities(gazetteer);
    this.cityWeights = zipfCumulative(cities.size(), 1.0);
    Map<String, List<Place>> d = new LinkedHashMap<>();
    for (Place c : cities) {
      List<Place> kids = new ArrayList<>();
      for (Place k : gazetteer.children(c)) {
        if (k.level() == PlaceLevel.DISTRICT) {
          kids.add(k);
        }
      }
      d.put(c.code(), List.copyOf(kids));
    }
    this.districts = Map.copyOf(d);
    Map<String, List<ProgramEntry>> groups = new LinkedHashMap<>();
    for (ProgramEntry e : catalog.entries()) {
      groups.computeIfAbsent(group(e.kind()), k -> new ArrayList<>()).add(e);
    }
    groups.replaceAll((k, v) -> List.copyOf(v));
    this.programsByGroup = Map.copyOf(groups);
    this.programs = List.copyOf(catalog.entries());
  }

  /** Programme kinds folded into the template groups that can talk about them. */
  static String group(String kind) {
    switch (kind) {
      case "plan": case "guide": case "action": case "regulation":
        return "document";
      case "conference": case "expo":
        return "gathering";
      case "challenge":
        return "challenge";
      default:
        return "site";
    }
  }

  private static List<Place> rankedCities(PlaceGazetteer g) {
    Set<Place> ranked = new LinkedHashSet<>();
    for (String name : LEADING_CITIES) {
      for (Place p : g.lookup(name)) {
        if (g.city(p).map(c -> c.equals(p)).orElse(false)) {
          ranked.add(p);
          break;
        }
      }
    }
    for (Place p : g.places()) {
      if (p.level() == PlaceLevel.CITY && p.name().length() <= 5) {
        ranked.add(p);
      }
    }
    return List.copyOf(ranked);
  }

  static double[] zipfCumulative(int n, double s) {
    double[] cum = new double[n];
    double total = 0;
    for (int i = 0; i < n; i++) {
      total += 1.0 / Math.pow(i + 1, s);
      cum[i] = total;
    }
    for (int i = 0; i < n; i++) {
      cum[i] /= total;
    }
    return cum;
  }

  static int pickCumulative(double[] cum, RandomGenerator r) {
    int i = Arrays.binarySearch(cum, r.nextDouble());
    int at = i >= 0 ? i : -i - 1;
    return Math.min(at, cum.length - 1);
  }

  static <T> T pick(List<T> list, RandomGenerator r) {
    return list.get(r.nextInt(list.size()));
  }

  PlaceGazetteer gazetteer() {
    return gazetteer;
  }

  /** A city (a prefecture city or a municipality), skewed towards the large ones. */
  Place city(RandomGenerator r) {
    return cities.get(pickCumulative(cityWeights, r));
  }

  /** The cities in the order of their skew, most likely first. */
  List<Place> cities() {
    return cities;
  }

  Place province(Place city) {
    return gazetteer.province(city);
  }

  /** A district of {@code city}, or empty when it has none. */
  java.util.Optional<Place> district(Place city, RandomGenerator r) {
    List<Place> kids = districts.getOrDefault(city.code(), List.of());
    return kids.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(pick(kids, r));
  }

  /** A programme of the group ({@code site}, {@code document}, {@code gathering}, {@code challenge}). */
  ProgramEntry program(String group, RandomGenerator r) {
    List<ProgramEntry> list = programsByGroup.get(group);
    return list == null || list.isEmpty() ? pick(programs, r) : pick(list, r);
  }

  List<ProgramEntry> programs() {
    return programs;
  }

  /** The canonical name mostly, an alias sometimes, the way pages vary. */
  static String programName(ProgramEntry e, RandomGenerator r) {
    if (e.aliases().isEmpty() || r.nextInt(3) > 0) {
      return e.canonical();
    }
    return pick(e.aliases(), r);
  }

  /** The short name of a place as running text uses it ({@code 杭州}, {@code 浙江}). */
  static String shortName(Place p) {
    return p.shortName().isEmpty() ? p.name() : p.shortName();
  }

  String person(RandomGenerator r) {
    String given = String.valueOf(GIVEN.charAt(r.nextInt(GIVEN.length())));
    if (r.nextBoolean()) {
      given += GIVEN.charAt(r.nextInt(GIVEN.length()));
    }
    return pick(SURNAMES, r) + given;
  }

  String outlet(RandomGenerator r) {
    return pick(OUTLET_HEADS, r) + pick(OUTLET_TAILS, r);
  }

  String company(RandomGenerator r) {
    return pick(COMPANY_HEADS, r) + pick(COMPANY_TAILS, r);
  }
}
