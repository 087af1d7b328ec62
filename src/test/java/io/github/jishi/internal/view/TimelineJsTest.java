package io.github.jishi.internal.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jishi.event.PolicyEvent;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The TimelineJS export against TimelineJS3's documented JSON format: a document of {@code events}
 * (required) and {@code title}; a slide of {@code start_date} (required), {@code end_date},
 * {@code text} ({@code headline}, {@code text}), {@code group}, {@code display_date},
 * {@code unique_id}; a date of {@code year} (required, a number), {@code month}, {@code day}, ...
 */
class TimelineJsTest {
  static final Set<String> DOC_KEYS = Set.of("events", "title", "eras", "scale");
  static final Set<String> SLIDE_KEYS = Set.of("start_date", "end_date", "text", "media", "group", "display_date", "background",
      "autolink", "unique_id");
  static final Set<String> DATE_KEYS = Set.of("year", "month", "day", "hour", "minute", "second", "millisecond", "display_date");

  final List<PolicyEvent> events = ViewEvents.sample();
  final JsonNode doc = new ObjectMapper().valueToTree(
      TimelineJs.toJson(events, ViewEvents.pages(events), TimelineJs.Group.PROGRAM, "政策时间线"));

  @Test
  void toJson_followsTheDocumentedSchema() {
    assertKeys(doc, DOC_KEYS);
    assertTrue(doc.get("events").isArray());
    assertTrue(doc.get("title").get("text").has("headline"));
    for (JsonNode slide : doc.get("events")) {
      assertKeys(slide, SLIDE_KEYS);
      assertDate(slide.get("start_date"));
      if (slide.has("end_date")) {
        assertDate(slide.get("end_date"));
      }
      assertKeys(slide.get("text"), Set.of("headline", "text"));
      assertTrue(slide.get("group").isTextual() && slide.get("display_date").isTextual() && slide.get("unique_id").isTextual());
    }
  }

  @Test
  void toJson_datesAtTheEventsPrecision_undatedLeftOut() {
    JsonNode slides = doc.get("events");
    assertEquals(5, slides.size(), "the undated event has no slide");
    assertEquals(1, TimelineJs.undated(events));
    assertEquals("{\"year\":2021,\"month\":2,\"day\":19}", slides.get(0).get("start_date").toString());
    assertFalse(slides.get(0).has("end_date"));
    assertEquals("{\"year\":2019,\"month\":8}", slides.get(2).get("start_date").toString());
    assertFalse(slides.get(2).has("end_date"), "a month spans its month");
    assertEquals("{\"year\":2020}", slides.get(3).get("start_date").toString());
    assertEquals("2020年", slides.get(3).get("display_date").asText());
    assertEquals(ViewEvents.PILOT_ZONE, slides.get(3).get("group").asText());
  }

  @Test
  void toJson_textIsEscapedHtml_linksOnlyForWebUrls() {
    String hostile = doc.get("events").get(4).get("text").get("text").asText();
    assertFalse(hostile.contains("<script>") || hostile.contains("<img"), hostile);
    assertTrue(hostile.contains("&lt;/script&gt;"), hostile);
    assertFalse(hostile.contains("javascript:"), "a javascript: URL is no link");
    String first = doc.get("events").get(0).get("text").get("text").asText();
    assertTrue(first.contains("<a href=\"https://www.miit.gov.cn/xwdt/art/2021/art_1.html\">"), first);
  }

  @Test
  void toJson_groupByCityAndYear() {
    JsonNode byCity = new ObjectMapper().valueToTree(TimelineJs.toJson(events, ViewEvents.pages(events), TimelineJs.Group.CITY, "t"));
    assertEquals("杭州市", byCity.get("events").get(0).get("group").asText());
    JsonNode byYear = new ObjectMapper().valueToTree(TimelineJs.toJson(events, ViewEvents.pages(events), TimelineJs.Group.YEAR, "t"));
    assertEquals("2021年", byYear.get("events").get(0).get("group").asText());
  }

  static void assertDate(JsonNode d) {
    assertKeys(d, DATE_KEYS);
    assertTrue(d.get("year").isInt(), "year is a number: " + d);
    if (d.has("month")) {
      assertTrue(d.get("month").asInt() >= 1 && d.get("month").asInt() <= 12, d.toString());
    }
    if (d.has("day")) {
      assertTrue(d.has("month") && d.get("day").asInt() >= 1 && d.get("day").asInt() <= 31, d.toString());
    }
  }

  static void assertKeys(JsonNode o, Set<String> allowed) {
    for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      assertTrue(allowed.contains(k), "unexpected key " + k + " in " + o);
    }
  }
}
