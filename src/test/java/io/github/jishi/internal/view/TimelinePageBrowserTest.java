package io.github.jishi.internal.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jishi.event.PolicyEvent;
import io.github.jishi.index.EventQuery;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.htmlunit.BrowserVersion;
import org.htmlunit.ScriptException;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSelect;
import org.htmlunit.javascript.SilentJavaScriptErrorListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page in a browser engine (HtmlUnit, no network): its script runs without errors, the lanes
 * switch, a province filters the axis, an event opens with its evidence as text.
 */
class TimelinePageBrowserTest {
  @TempDir Path dir;
  WebClient browser;
  final List<String> scriptErrors = new ArrayList<>();

  @BeforeEach
  void browser() {
    browser = new WebClient(BrowserVersion.FIREFOX);
    browser.getOptions().setThrowExceptionOnScriptError(false);
    browser.getOptions().setCssEnabled(true);
    browser.setJavaScriptErrorListener(new SilentJavaScriptErrorListener() {
      @Override
      public void scriptException(HtmlPage page, ScriptException e) {
        scriptErrors.add(e.getMessage());
      }
    });
    // the page may fetch nothing: any request but the page's own file fails the test
    browser.setWebConnection(new org.htmlunit.util.WebConnectionWrapper(browser) {
      @Override
      public org.htmlunit.WebResponse getResponse(org.htmlunit.WebRequest request) throws java.io.IOException {
        if (!request.getUrl().getProtocol().equals("file")) {
          throw new AssertionError("the page fetched " + request.getUrl());
        }
        return super.getResponse(request);
      }
    });
  }

  @AfterEach
  void close() {
    browser.close();
  }

  HtmlPage open(List<PolicyEvent> events) throws Exception {
    Path file = dir.resolve("timeline.html");
    Files.writeString(file, TimelinePage.render(events, ViewEvents.pages(events), EventQuery.all(), false), StandardCharsets.UTF_8);
    HtmlPage page = browser.getPage(file.toUri().toURL());
    browser.waitForBackgroundJavaScript(1000);
    return page;
  }

  static Set<String> lanes(HtmlPage page) {
    Set<String> out = new TreeSet<>();
    for (DomNode n : page.querySelectorAll("#lanes .lane")) {
      out.add(((DomElement) n).getAttribute("data-lane"));
    }
    return out;
  }

  @Test
  void load_runsWithoutScriptErrors() throws Exception {
    HtmlPage page = open(ViewEvents.sample());
    assertEquals(List.of(), scriptErrors);
    assertEquals("true", page.getDocumentElement().getAttribute("data-ready"));
    assertEquals("共 6 个事件：5 个有日期，1 个无年份", page.getElementById("counts").getTextContent());
    assertEquals("筛选条件：无（全部事件）", page.getElementById("filters").getTextContent());
    assertEquals(34, page.querySelectorAll("#map path[data-code]").size(), "every province outline");
    assertEquals("南海诸岛", page.querySelector("#map text.inset").getTextContent());
    assertEquals("rgba(140,28,19,1.000)", page.getElementById("prov-330000").getAttribute("fill"), "浙江 has the most events");
    assertTrue(page.querySelectorAll("#dots circle").size() >= 3, "city dots");
    assertEquals(1, page.querySelectorAll("#undated-list li").size(), "the undated event is listed apart");
    assertNull(page.executeJavaScript("window.pwned").getJavaScriptResult() == null ? null : toStringOrNull(page));
  }

  private static Object toStringOrNull(HtmlPage page) {
    Object v = page.executeJavaScript("typeof window.pwned === 'undefined' ? null : String(window.pwned)").getJavaScriptResult();
    return v;
  }

  @Test
  void lanes_switchFromProgrammeToProvinceToCity() throws Exception {
    HtmlPage page = open(ViewEvents.sample());
    assertEquals(Set.of(ViewEvents.PILOT_ZONE, ViewEvents.PILOT_BASE, ViewEvents.WAIC), lanes(page));
    page = page.getElementById("lane-province").click();
    assertEquals(Set.of("浙江省", "广东省", "上海市", "山东省"), lanes(page));
    assertEquals("true", page.getElementById("lane-province").getAttribute("aria-pressed"));
    page = page.getElementById("lane-city").click();
    assertEquals(Set.of("杭州市", "广州市", "上海市", "济南市"), lanes(page));
    assertEquals(List.of(), scriptErrors);
  }

  @Test
  void province_filtersTheAxis_andClears() throws Exception {
    HtmlPage page = open(ViewEvents.sample());
    page = page.getElementById("prov-440000").click(); // 广东 on the map
    assertEquals(Set.of(ViewEvents.PILOT_BASE), lanes(page));
    assertEquals(1, page.querySelectorAll("#lanes .ev").size());
    assertTrue(page.getElementById("counts").getTextContent().endsWith("广东：1 个"), page.getElementById("counts").getTextContent());
    HtmlSelect select = (HtmlSelect) page.getElementById("province");
    page = (HtmlPage) select.setSelectedAttribute("330000", true); // 浙江 from the list
    assertEquals(Set.of(ViewEvents.PILOT_ZONE), lanes(page));
    assertEquals(3, page.querySelectorAll("#lanes .ev").size(), "e1, e4 (济南 and 萧山) and e5");
    page = page.getElementById("lane-city").click();
    assertEquals(Set.of("杭州市"), lanes(page), "济南, named with 萧山 in e4, is no lane of 浙江");
    page = page.getElementById("clear-province").click();
    assertEquals(6, page.querySelectorAll("#lanes .ev").size(), "five events, e4 in the lanes of 济南 and 杭州");
    assertEquals(List.of(), scriptErrors);
  }

  @Test
  void lane_highlightsItsPlacesOnTheMap() throws Exception {
    HtmlPage page = open(ViewEvents.sample());
    DomElement label = page.querySelector(".lane[data-lane='" + ViewEvents.WAIC + "'] .label");
    page = label.click();
    assertEquals("hl", page.getElementById("prov-310000").getAttribute("class"));
    assertEquals("", page.getElementById("prov-440000").getAttribute("class"));
    assertNotNull(page.querySelector(".lane.active"));
  }

  @Test
  void event_opensWithDateSourcesAndMarkedEvidence_hostileTextStaysText() throws Exception {
    HtmlPage page = open(ViewEvents.sample());
    page = ((DomElement) page.querySelector(".ev[data-id='e1']")).click();
    DomElement detail = page.getElementById("detail");
    String text = detail.getTextContent();
    assertTrue(text.contains("2021年2月19日（精度：日）"), text);
    assertTrue(text.contains("杭州市") && text.contains("工业和信息化部") && text.contains("支持创建"), text);
    assertEquals(3, detail.querySelectorAll("blockquote mark").size());
    DomElement link = detail.querySelector("a");
    assertEquals("https://www.miit.gov.cn/xwdt/art/2021/art_1.html", link.getAttribute("href"));
    assertEquals("noopener noreferrer", link.getAttribute("rel"));

    page = ((DomElement) page.querySelector(".ev[data-id='e5']")).click();
    detail = page.getElementById("detail");
    assertTrue(detail.querySelector("blockquote").getTextContent().contains("</script><script>window.pwned=1</script><img"));
    assertTrue(detail.querySelectorAll("img, script").isEmpty(), "no element from event text");
    assertNull(detail.querySelector("a"), "a javascript: URL is no link");
    assertEquals("null", String.valueOf(toStringOrNull(page)));

    page = ((DomElement) page.querySelector("#undated-list button")).click();
    assertTrue(page.getElementById("detail").getTextContent().contains("11月14日（年份不详）"));
    assertEquals(List.of(), scriptErrors);
  }

  @Test
  void zoom_fromAllToDaysAndBack() throws Exception {
    HtmlPage page = open(ViewEvents.sample());
    page = ((DomElement) page.querySelector(".ev[data-id='e2']")).click();
    page = ((DomElement) page.querySelector("[data-zoom='7']")).click();
    assertEquals(1, page.querySelectorAll("#lanes .ev").size(), "a week around 2025-09-19 holds e2 only");
    assertTrue(page.getElementById("ticks").getTextContent().contains("9月"), page.getElementById("ticks").getTextContent());
    page = page.getElementById("zoom-out").click();
    page = page.getElementById("pan-left").click();
    page = ((DomElement) page.querySelector("[data-zoom='all']")).click();
    assertEquals(5, page.querySelectorAll("#lanes .ev").size());
    assertTrue(page.getElementById("ticks").getTextContent().contains("2020年"));
    assertEquals(List.of(), scriptErrors);
  }

  @Test
  void load_tenThousandEvents_measured() throws Exception {
    List<PolicyEvent> events = ViewEvents.synthetic(10_000, 11);
    Path file = dir.resolve("big.html");
    Files.writeString(file, TimelinePage.render(events, ViewEvents.pages(events), EventQuery.all(), false), StandardCharsets.UTF_8);
    long t0 = System.nanoTime();
    HtmlPage page = browser.getPage(file.toUri().toURL());
    browser.waitForBackgroundJavaScript(1000);
    long ms = (System.nanoTime() - t0) / 1_000_000;
    System.out.printf("timeline page, 10,000 events (%,d bytes): loaded in HtmlUnit in %,d ms (script: %s)%n", Files.size(file), ms,
        page.getDocumentElement().getAttribute("data-timing"));
    assertEquals("true", page.getDocumentElement().getAttribute("data-ready"));
    assertFalse(page.querySelectorAll("#lanes .ev.bin").isEmpty(), "dense lanes show counts");
    assertEquals(List.of(), scriptErrors);
    page = ((DomElement) page.querySelector("#lanes .ev.bin")).click();
    assertFalse(page.querySelectorAll("#lanes .ev[data-id]").isEmpty(), "a count zooms in to its events");
    assertEquals(List.of(), scriptErrors);
  }
}
