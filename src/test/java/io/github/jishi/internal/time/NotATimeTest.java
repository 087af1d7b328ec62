package io.github.jishi.internal.time;

import static io.github.jishi.internal.time.TimeAssertions.assertAt;
import static io.github.jishi.internal.time.TimeAssertions.only;
import static io.github.jishi.internal.time.TimeAssertions.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers and words that look like times but are not. */
class NotATimeTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "licence number|网站经营许可证编号为B2-20181903",
    "security record number|页面底部注明京公网安备11010202007567号",
    "ICP record number|网站备案号京ICP备17054264号",
    "State Council document number|依据《国务院关于印发新一代人工智能发展规划的通知》（国发〔2017〕35号）",
    "ministry document number|根据工信部科〔2021〕5号文件要求",
    "phone number|如有疑问请拨打010-83251700",
    "amount of money|全省相关产业营收有望突破4000亿元",
    "count of companies|全省相关企业已有3000家",
    "今后 without a count|今后一个时期，全市要把稳就业放在突出位置",
    "a five-year plan's title|国务院印发《“十四五”数字经济发展规划》",
    "fifteen, not the tenth plan|项目共涉及十五个乡镇",
    "a year before the common era|秦始皇于公元前221年统一六国",
    "eleven, not National Day|第十一届运动会",
    "two points of advice, not two o'clock|专家提出两点建议",
    "民 and 国 of two words|城乡居民国内旅游人数持续增长",
    "年中 of a review|各单位要认真做好年中考核工作",
    "a mooncake, not this month|这个月饼礼盒卖得很好",
    "a count of decades, not a decade|两地交往已有二十多年的历史",
    "count with a year-like number|园区累计服务企业2000家",
    "network generation|全市新开通5G网络",
    "count in ten thousands|累计发放电子证照170万个",
    "decimal amount|项目总投资约1.93亿",
    "area|基地占地12万平方米",
    "count of scenes|遴选出15个典型案例",
    "a list of articles, not of months|依照本办法第3、4条的规定办理",
    "days of every month, both ends|申报时间为每月1日至10日，逾期顺延",
    "count of standards|牵头制定30项行业标准",
    "version number|系统已升级到v3.10.2版本",
    "plain version|客户端3.10.2发布",
    "percentage|同比增长20%",
    "February 30|会议定于2月30日召开",
    "month 13|13月的数据尚未公布",
    "month 0|0月份没有记录",
    "day 32|截至32日仍未到账",
    "quoted code|围绕“12218”现代化产业体系布局重点项目",
    "year before 1900|1800年前后的手工作坊",
    "year after 2100|设想2200年的城市",
    "hours|提供24小时在线服务",
    "URL path|图片地址 https://n.sinaimg.cn/finance/cece9e13/20200514/343233024.png",
    "year followed by more|这座古城已有2000多年历史",
    "edition inside brackets|〔2021〕",
    "Japan after nearest|据最近日本媒体报道",
    "before the holiday|节假日前要做好安全检查",
    "before a day count|须在30日前提交材料",
    "basic monthly pay|基本月薪不低于八千元",
    "the moon|人类再次登上月球",
    "monthly active users|线上月活跃用户突破千万",
    "a bright tomorrow|共同创造更加美好的明天",
    "different ages|覆盖不同年龄段人群",
    "news app name|据今日头条发布的报告",
    "monthly review|实行统一月度考核",
    "preceding cycle|与上周期相比有所改善",
    "yuan of a monthly wage|岗位底薪3000元月薪另计",
    "unit test, not January|学校取消了单元月考",
    "diverse mooncakes, not January|商场推出多元月饼礼盒",
    "a magazine's half-month issue|这本杂志分上半月刊和下半月刊",
    "the day after without a day before it|次日凌晨，救援队赶到现场",
  })
  void notATime(String why, String text) {
    assertEquals(List.of(), parse(text, "2025-07-07"), why);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
    "今年初步建成覆盖全省的算力网络。|今年",
    "9月初步形成试点方案。|9月",
  })
  void initialStep_notTheStartOfAPeriod(String sentence, String expected) {
    assertAt(only(parse(sentence, "2025-07-07")), sentence, expected);
  }
}
