package io.github.jishi.internal.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jishi.entity.Mention;
import io.github.jishi.entity.MentionType;
import io.github.jishi.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class PlaceRecognizerTest {
  private static final PlaceGazetteer G = PlaceGazetteer.load();
  private static final PlaceRecognizer R = PlaceRecognizer.create(G);

  private static List<Mention> find(String sentence) {
    return R.recognize(sentence, List.of(), DocumentContext.empty());
  }

  /** Mentions as {@code text[start,end)=canonical}. */
  private static List<String> spans(List<Mention> mentions) {
    return mentions.stream().map(m -> m.text() + "[" + m.start() + "," + m.end() + ")=" + m.canonical()).toList();
  }

  private static List<String> spans(String sentence) {
    return spans(find(sentence));
  }

  /** Tokens for consecutive words written {@code word} or {@code word/pos}. */
  private static List<Token> tokens(String sentence, String... words) {
    List<Token> out = new ArrayList<>();
    int at = 0;
    for (String w : words) {
      int slash = w.indexOf('/');
      String word = slash < 0 ? w : w.substring(0, slash);
      String pos = slash < 0 ? "n" : w.substring(slash + 1);
      out.add(new Token(word, pos, at, at + word.length()));
      at += word.length();
    }
    assertEquals(sentence.length(), at, "tokens must cover the sentence");
    return out;
  }

  private static Place only(String name) {
    List<Place> found = G.lookup(name);
    assertEquals(1, found.size(), name);
    return found.get(0);
  }

  @Test
  void list_citiesAndParenthesisedDistrict() {
    assertEquals(List.of("北京[4,6)=北京市", "天津[7,9)=天津市", "滨海新区[10,14)=滨海新区", "杭州[16,18)=杭州市",
            "广州[19,21)=广州市", "成都[22,24)=成都市"),
        spans("通知支持北京、天津(滨海新区)、杭州、广州、成都建设人工智能先导区"));
  }

  @Test
  void list_hyphenatedPairAndFullWidthParentheses() {
    List<String> expected = List.of("上海[1,3)=上海市", "浦东新区[4,8)=浦东新区", "深圳[10,12)=深圳市", "济南[13,15)=济南市",
        "青岛[16,18)=青岛市");
    assertEquals(expected, spans("继上海(浦东新区)、深圳和济南-青岛之后，第二批名单公布"));
    assertEquals(expected, spans("继上海（浦东新区）、深圳和济南-青岛之后，第二批名单公布"));
  }

  @Test
  void cityThenDistrict_districtCarriesItsCity() {
    List<Mention> found = find("新园区落在杭州市萧山区，紧邻机场");
    assertEquals(List.of("杭州市[5,8)=杭州市", "萧山区[8,11)=萧山区"), spans(found));
    Mention district = found.get(1);
    assertEquals(MentionType.PLACE, district.type());
    assertEquals("330109", district.attribute("code"));
    assertEquals("district", district.attribute("level"));
    assertEquals("杭州市", district.attribute("city"));
    assertEquals("浙江省", district.attribute("province"));
  }

  @Test
  void attributes_provinceHasNoCityButMunicipalityIsItsOwnCity() {
    Mention zhejiang = find("浙江出台新政").get(0);
    assertEquals("province", zhejiang.attribute("level"));
    assertNull(zhejiang.attribute("city"));
    assertEquals("浙江省", zhejiang.attribute("province"));
    Mention beijing = find("北京出台新政").get(0);
    assertEquals("北京市", beijing.attribute("city"));
    assertEquals("110000", beijing.attribute("code"));
  }

  @Test
  void fullNamesOfAutonomousRegions() {
    assertEquals(List.of("内蒙古自治区[0,6)=内蒙古自治区", "广西[7,9)=广西壮族自治区"), spans("内蒙古自治区和广西两地"));
  }

  @Test
  void resolvedPlaces_areNotedInTheContext() {
    DocumentContext context = DocumentContext.empty();
    R.recognize("团队从杭州出发", List.of(), context);
    assertEquals("杭州市", context.recentPlaces().get(0).name());
  }

  @Test
  void roadAndStationNames_areNotPlaces() {
    assertEquals(List.of(), spans("环河北路与南京东路交叉口"));
    assertEquals(List.of(), spans("沿中山路向北走就是北京路"));
    assertEquals(List.of(), spans("乘车到北京南站"));
    assertEquals(List.of(), spans("长安街和人民大道"));
  }

  @Test
  void roadWords_thatSpeakOfThePlace_keepIt() {
    assertEquals(List.of("浙江[0,2)=浙江省"), spans("浙江道路建设加快"));
    assertEquals(List.of("湖南[0,2)=湖南省", "道县[2,4)=道县"), spans("湖南道县"));
  }

  @Test
  void universitiesAndBodiesNamedAfterPlaces_areNotPlaces() {
    assertEquals(List.of(), spans("中山大学、海南大学、南京大学和浙江大学的学者"));
    assertEquals(List.of(), spans("上海交通大学的实验室"));
    assertEquals(List.of(), spans("复旦大学附属中山医院"));
    assertEquals(List.of(), spans("清华大学与北京大学的教授梅宏"));
    assertEquals(List.of(), spans("杭州银行发布年报"));
    assertEquals(List.of(), spans("北京时间九点"));
  }

  @Test
  void personNames_areNotPlaces() {
    assertEquals(List.of(), spans("钟南山院士表示"));
    assertEquals(List.of(), spans("吴金城出席了发布会"));
    assertEquals(List.of(), spans("张英在会上发言"));
    assertEquals(List.of(), spans("运动员刘长春表示"));
    assertEquals(List.of("长春[1,3)=长春市"), spans("赴长春考察"));
  }

  @Test
  void tokens_placeInsideLongerWordIsRejected() {
    String s = "北京大学教授梅宏";
    assertEquals(List.of(), spans(R.recognize(s, tokens(s, "北京大学/ntu", "教授/nnt", "梅/ng", "宏/nz"), DocumentContext.empty())));
    String person = "刘长春表示";
    assertEquals(List.of(), spans(R.recognize(person, tokens(person, "刘长春/nr", "表示/v"), DocumentContext.empty())));
  }

  @Test
  void tokens_matchCuttingATokenIsRejected() {
    String s = "建设新乡村";
    assertEquals(List.of(), spans(R.recognize(s, tokens(s, "建设/vn", "新/a", "乡村/n"), DocumentContext.empty())));
    String yuhang = "其余杭州企业";
    assertEquals(List.of("杭州[2,4)=杭州市"),
        spans(R.recognize(yuhang, tokens(yuhang, "其余/rz", "杭州/ns", "企业/n"), DocumentContext.empty())));
  }

  @Test
  void tokens_fullNameRunningIntoOneTokenIsKept() {
    String s = "浙江省委召开会议";
    assertEquals(List.of("浙江省[0,3)=浙江省"),
        spans(R.recognize(s, tokens(s, "浙江省委/nt", "召开/v", "会议/n"), DocumentContext.empty())));
  }

  @Test
  void tokens_compoundInsideOneTokenIsKept() {
    String s = "粤港澳大湾区建设";
    assertEquals(List.of("粤[0,1)=广东省", "港[1,2)=香港特别行政区", "澳[2,3)=澳门特别行政区"),
        spans(R.recognize(s, tokens(s, "粤港澳大湾区/ns", "建设/vn"), DocumentContext.empty())));
  }

  @Test
  void tokens_placeTagOverridesSurnameRule() {
    String s = "周长春说";
    assertEquals(List.of("长春[1,3)=长春市"),
        spans(R.recognize(s, tokens(s, "周/n", "长春/ns", "说/v"), DocumentContext.empty())));
    assertEquals(List.of(), spans(s));
  }

  @Test
  void market_suffixBelongsToTheNextWord() {
    assertEquals(List.of("北京[0,2)=北京市"), spans("北京市场监管部门"));
    String s = "北京市场";
    assertEquals(List.of("北京[0,2)=北京市"),
        spans(R.recognize(s, tokens(s, "北京/ns", "市场/n"), DocumentContext.empty())));
  }

  @Test
  void regression_其余杭州_isHangzhouNotYuhang() {
    assertEquals(List.of("杭州[2,4)=杭州市"), spans("其余杭州企业"));
  }

  @Test
  void duplicateDistrict_withoutContextHasNoCode() {
    Mention gulou = find("鼓楼区召开会议").get(0);
    assertEquals("鼓楼区[0,3)=鼓楼区", spans(List.of(gulou)).get(0));
    assertNull(gulou.attribute("code"));
    assertNull(gulou.attribute("city"));
    assertEquals("district", gulou.attribute("level"));
    assertEquals("320106,320302,350102,410204", gulou.attribute("candidates"));
  }

  @Test
  void duplicateDistrict_resolvedByCityInSameSentence() {
    List<Mention> found = find("南京市鼓楼区召开会议");
    assertEquals("320106", found.get(1).attribute("code"));
    assertEquals("南京市", found.get(1).attribute("city"));
  }

  @Test
  void duplicateDistrict_resolvedByEarlierSentence() {
    DocumentContext context = DocumentContext.empty();
    R.recognize("福州加快数字经济发展", List.of(), context);
    assertEquals("350102", R.recognize("鼓楼区召开会议", List.of(), context).get(0).attribute("code"));
  }

  @Test
  void duplicateDistrict_resolvedByDateline() {
    DocumentContext context = DocumentContext.withDateline(only("开封市"));
    assertEquals("410204", R.recognize("鼓楼区召开会议", List.of(), context).get(0).attribute("code"));
  }

  @Test
  void duplicateDistrict_provinceWithTwoCandidatesStaysOpen() {
    Mention gulou = find("江苏省鼓楼区").get(1);
    assertNull(gulou.attribute("code"));
    assertEquals("320106,320302", gulou.attribute("candidates"));
    assertEquals("江苏省", gulou.attribute("province"));
  }

  @Test
  void unresolvedPlace_isNotNoted() {
    DocumentContext context = DocumentContext.empty();
    R.recognize("鼓楼区召开会议", List.of(), context);
    assertEquals(List.of(), context.recentPlaces());
  }

  @Test
  void abbreviation_afterVerbOfMotion() {
    assertEquals(List.of("沪[1,2)=上海市"), spans("来沪工作"));
    assertEquals(List.of("京[1,2)=北京市"), spans("驻京办事处"));
    assertEquals(List.of(), spans("沪"));
    assertEquals(List.of(), spans("今日沪指上涨"));
    assertEquals(List.of(), spans("在京东平台下单"));
  }

  @Test
  void abbreviation_compounds() {
    assertEquals(List.of("京[0,1)=北京市", "津[1,2)=天津市", "冀[2,3)=河北省"), spans("京津冀协同发展"));
    assertEquals(List.of("京[1,2)=北京市", "津[2,3)=天津市", "冀[3,4)=河北省"), spans("在京津冀地区"));
    assertEquals(List.of("沪[0,1)=上海市"), spans("沪上企业"));
    assertEquals(List.of("粤[0,1)=广东省", "港[1,2)=香港特别行政区", "澳[2,3)=澳门特别行政区"), spans("粤港澳大湾区"));
    assertEquals(List.of("成[0,1)=成都市", "渝[1,2)=重庆市"), spans("成渝地区双城经济圈"));
  }

  @Test
  void commonWords_areNotPlaces() {
    assertEquals(List.of(), spans("朝阳产业"));
    assertEquals(List.of(), spans("长治久安"));
    assertEquals(List.of(), spans("建设新乡村"));
    assertEquals(List.of(), spans("城区面积扩大"));
    assertEquals(List.of(), spans("示范县名单"));
    assertEquals(List.of(), spans("提高县级统筹"));
    assertEquals(List.of(), spans("中国和全国"));
    assertEquals(List.of(), spans("早餐吃三明治"));
    assertEquals(List.of(), spans("黄河北岸"));
    assertEquals(List.of(), spans("长江西岸"));
    assertEquals(List.of(), spans("幸福建设新时代"));
    assertEquals(List.of(), spans("加快建成都市圈"));
    assertEquals(List.of(), spans("美国德州的工厂"));
  }

  @Test
  void sharedShortNames_preferTheHigherLevelUnlessWrittenInFull() {
    assertEquals(List.of("吉林[0,2)=吉林省"), spans("吉林出台新政"));
    assertEquals("220200", find("吉林市出台新政").get(0).attribute("code"));
    assertEquals("211300", find("朝阳市出台新政").get(0).attribute("code"));
    assertEquals("110105", find("北京市朝阳区").get(1).attribute("code"));
    assertNull(find("朝阳区").get(0).attribute("code"));
  }

  @Test
  void twoCharacterCounty_afterItsProvince() {
    assertEquals(List.of("安徽[0,2)=安徽省", "寿县[2,4)=寿县"), spans("安徽寿县"));
  }

  @Test
  void formerNames_resolveToTodaysUnit() {
    Mention laiwu = find("原莱芜市").get(0);
    assertEquals("莱芜市[1,4)=济南市", spans(List.of(laiwu)).get(0));
    assertEquals("370100", laiwu.attribute("code"));
    assertEquals(List.of("襄樊[0,2)=襄阳市"), spans("襄樊"));
  }

  @Test
  void autonomousPrefecture_commonForm() {
    assertEquals(List.of("红河州[0,3)=红河哈尼族彝族自治州"), spans("红河州"));
  }

  @Test
  void emptySentence_hasNoMentions() {
    assertEquals(List.of(), find(""));
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void fuzz_randomHanStringsGiveValidMentions() {
    StringBuilder pool = new StringBuilder("的在是了和与、，。()（）-路街大学院区县市省京沪津冀粤港澳成渝东西南北中来赴 a1");
    for (String name : G.allNames()) {
      pool.append(name);
    }
    Random random = new Random(20240601);
    String[] pos = {"n", "ns", "nr", "v"};
    for (int round = 0; round < 3000; round++) {
      int length = random.nextInt(40);
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < length; i++) {
        sb.append(pool.charAt(random.nextInt(pool.length())));
      }
      String s = sb.toString();
      List<Token> tokens = new ArrayList<>();
      if (random.nextBoolean()) {
        for (int at = 0; at < s.length(); ) {
          int end = Math.min(s.length(), at + 1 + random.nextInt(3));
          tokens.add(new Token(s.substring(at, end), pos[random.nextInt(pos.length)], at, end));
          at = end;
        }
      }
      int previousEnd = 0;
      for (Mention m : R.recognize(s, tokens, DocumentContext.empty())) {
        assertTrue(m.start() >= previousEnd && m.end() > m.start() && m.end() <= s.length(), s + " " + m);
        assertEquals(s.substring(m.start(), m.end()), m.text());
        assertEquals(MentionType.PLACE, m.type());
        String code = m.attribute("code");
        if (code != null) {
          assertEquals(G.byCode(code).orElseThrow().name(), m.canonical());
        }
        previousEnd = m.end();
      }
    }
  }
}
