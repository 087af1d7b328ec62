package io.github.jishi.time;

import static io.github.jishi.time.TimeAssertions.assertAt;
import static io.github.jishi.time.TimeAssertions.only;
import static io.github.jishi.time.TimeAssertions.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers and words that look like times but are not. */
class NotATimeTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "licence number|增值电信业务经营许可证B2-20181903",
    "security record number|京公网安备11010202007567号",
    "ICP record number|京ICP备17054264号",
    "State Council document number|依据《国务院关于印发新一代人工智能发展规划的通知》（国发〔2017〕35号）",
    "ministry document number|根据工信部科〔2021〕5号文件要求",
    "phone number|咨询电话：010-83251700",
    "amount of money|我国人工智能核心产业规模超过4000亿元",
    "count of companies|企业数量超过3000家",
    "count with a year-like number|企业数量超过2000家",
    "network generation|建设一批5G基站",
    "count in ten thousands|已建成5G基站170万个",
    "decimal amount|招标预算总金额：1.93亿",
    "area|基地占地12万平方米",
    "count of scenes|发布首批15个示范场景",
    "count of standards|发布30项智能制造国家标准",
    "version number|系统已升级到v3.10.2版本",
    "plain version|客户端3.10.2发布",
    "percentage|同比增长20%",
    "February 30|会议定于2月30日召开",
    "month 13|13月的数据尚未公布",
    "month 0|0月份没有记录",
    "day 32|截至32日仍未到账",
    "quoted code|为“12218”现代化产业体系建设贡献力量",
    "year before 1900|1800年前后的手工作坊",
    "year after 2100|设想2200年的城市",
    "hours|提供24小时在线服务",
    "URL path|图片地址 https://n.sinaimg.cn/finance/cece9e13/20200514/343233024.png",
    "year followed by more|这座古城已有2000多年历史",
    "duration in years|近10年来产业规模翻番",
    "edition inside brackets|〔2021〕",
    "clock time alone|会议14:30开始",
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
