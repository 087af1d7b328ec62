package io.github.jishi.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Writes generated pages in traditional script, and splices pinyin after some characters the way
 * pages from legacy-charset sites do ({@code 創(chuàng)新}).
 *
 * <p>A small built-in character map, not OpenCC: the benchmark must not produce its input with the
 * very converter it measures. The map covers the characters of the generator's templates and of
 * common place names; characters it lacks stay as they are, as they do on real mixed pages.
 */
final class TraditionalScript {
  /** Pairs of simplified and traditional characters, one pair after the other. */
  private static final String PAIRS = String.join("",
      "这這个個们們来來时時为為说說国國发發后後会會经經进進实實现現开開关關于於对對与與业業产產设設计計",
      "划劃区區导導应應创創试試验驗数數据據术術领領将將点點务務网網长長东東门門广廣济濟阳陽庆慶宁寧苏蘇",
      "爱愛罢罷备備贝貝笔筆边邊变變宾賓补補参參层層场場车車称稱诚誠迟遲筹籌处處传傳辞辭从從达達带帶单單",
      "当當党黨岛島灯燈邓鄧敌敵递遞电電调調动動独獨断斷队隊吨噸夺奪儿兒尔爾范範飞飛费費丰豐风風凤鳳妇婦",
      "复復负負该該盖蓋赶趕刚剛钢鋼给給巩鞏构構购購顾顧观觀馆館规規归歸贵貴过過还還汉漢号號华華画畫话話",
      "怀懷环環换換欢歡汇匯货貨获獲机機积積级級极極几幾际際记記纪紀继繼价價坚堅监監检檢简簡见見间間键鍵",
      "讲講奖獎阶階节節结結届屆紧緊仅僅尽盡惊驚竞競静靜旧舊举舉剧劇决決军軍凯凱课課块塊宽寬扩擴蓝藍览覽",
      "乐樂类類离離礼禮历歷丽麗联聯连連练練粮糧两兩辆輛疗療辽遼临臨邻鄰岭嶺刘劉龙龍楼樓录錄陆陸虑慮论論",
      "罗羅马馬买買卖賣满滿梦夢灭滅鸣鳴亩畝纳納难難脑腦鸟鳥农農欧歐盘盤评評凭憑齐齊气氣启啟迁遷钱錢签簽",
      "桥橋亲親穷窮权權劝勸确確让讓热熱认認荣榮软軟岁歲赛賽扫掃杀殺闪閃伤傷赏賞烧燒摄攝审審声聲胜勝圣聖",
      "师師识識势勢适適视視饰飾释釋寿壽书書树樹帅帥双雙谁誰税稅顺順丝絲诉訴虽雖随隨孙孫态態谈談汤湯题題",
      "体體条條铁鐵听聽厅廳头頭图圖团團万萬违違围圍伟偉卫衛温溫闻聞问問无無雾霧习習细細戏戲县縣线線宪憲",
      "乡鄉详詳响響项項协協写寫谢謝兴興选選学學寻尋训訓压壓亚亞严嚴养養样樣药藥页頁叶葉医醫仪儀亿億忆憶",
      "艺藝议議义義异異阴陰银銀饮飲营營优優邮郵犹猶鱼魚语語预預员員园園远遠愿願约約跃躍运運杂雜灾災载載",
      "则則责責泽澤赠贈战戰张張涨漲账賬绕繞针針阵陣镇鎮争爭证證郑鄭织織职職执執纸紙质質终終种種众眾轴軸诸諸",
      "筑築专專转轉装裝状狀资資总總综綜组組办辦标標报報闭閉测測厂廠储儲础礎纲綱韩韓护護击擊岗崗贡貢坛壇",
      "讯訊轨軌铺鋪链鏈鲁魯赵趙陈陳吴吳杨楊许許冯馮萧蕭滨濱湾灣庄莊兰蘭乌烏锡錫厦廈鸿鴻贺賀锦錦统統输輸",
      "贴貼励勵额額库庫络絡腾騰云雲觉覺驾駕驶駛轮輪谐諧挂掛赋賦内內陕陝肃肅汉漢岛島龟龜鸭鴨绍紹兴興连連",
      "伦倫顿頓缆纜试試纺紡织織销銷售售较較间間隐隱险險际際谋謀谁誰读讀课課订訂认認讨討论論访訪证證评評");

  private static final Map<Character, Character> TO_TRADITIONAL = buildMap();

  /** Pinyin for some traditional characters, spliced after them on annotated pages. */
  private static final Map<Character, String> PINYIN = Map.ofEntries(
      Map.entry('創', "chuàng"), Map.entry('區', "qū"), Map.entry('導', "dǎo"), Map.entry('濟', "jì"),
      Map.entry('業', "yè"), Map.entry('應', "yīng"), Map.entry('設', "shè"), Map.entry('務', "wù"),
      Map.entry('產', "chǎn"), Map.entry('試', "shì"), Map.entry('驗', "yàn"), Map.entry('術', "shù"),
      Map.entry('領', "lǐng"), Map.entry('數', "shù"), Map.entry('網', "wǎng"), Map.entry('據', "jù"),
      Map.entry('層', "céng"), Map.entry('劃', "huà"), Map.entry('極', "jí"), Map.entry('構', "gòu"));

  private TraditionalScript() {}

  private static Map<Character, Character> buildMap() {
    if (PAIRS.length() % 2 != 0) {
      throw new IllegalStateException("character pairs are uneven: " + PAIRS.length());
    }
    Map<Character, Character> map = new HashMap<>();
    for (int i = 0; i < PAIRS.length(); i += 2) {
      map.putIfAbsent(PAIRS.charAt(i), PAIRS.charAt(i + 1));
    }
    return Map.copyOf(map);
  }

  /** {@code text} with every character the map knows in its traditional form. */
  static String toTraditional(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      Character t = TO_TRADITIONAL.get(c);
      sb.append(t == null ? c : t);
    }
    return sb.toString();
  }

  /** Splices pinyin after the known characters of {@code text}, each with probability {@code rate}. */
  static String annotate(String text, double rate, RandomGenerator random) {
    StringBuilder sb = new StringBuilder(text.length() + text.length() / 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      sb.append(c);
      String pinyin = PINYIN.get(c);
      if (pinyin != null && random.nextDouble() < rate) {
        sb.append('(').append(pinyin).append(')');
      }
    }
    return sb.toString();
  }

  /** How many characters the map converts (for tests and the report). */
  static int size() {
    return TO_TRADITIONAL.size();
  }

  static boolean converts(char c) {
    return TO_TRADITIONAL.containsKey(c);
  }
}
