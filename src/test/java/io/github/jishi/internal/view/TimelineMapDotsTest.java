package io.github.jishi.internal.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jishi.event.EventPlace;
import io.github.jishi.event.PolicyEvent;
import io.github.jishi.index.EventQuery;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The map's dots come from the gazetteer's seat coordinates, for any city or county. */
class TimelineMapDotsTest {
  private static final EventPlace BAYI = new EventPlace("巴宜区", "540402", "district", "林芝市", "西藏自治区");
  private static final EventPlace WAN_CHAI = new EventPlace("湾仔区", "810102", "district", "香港特别行政区", "香港特别行政区");
  private static final EventPlace XISHA = new EventPlace("西沙群岛", "460321", "district", "三沙市", "海南省");

  private static JsonNode data(List<PolicyEvent> events) {
    return TimelinePage.data(events, Map.of(), EventQuery.all(), false);
  }

  @Test
  void aDistrictOfACityTheBundledMapLacks_getsADotAtItsCitysSeat() {
    // 林芝市 was made a city (2015) after the echarts map was drawn: only the gazetteer knows its seat
    JsonNode data = data(List.of(ViewEvents.day("t1", "2024-05-01", BAYI, null, "启动", "5月1日，巴宜区启动了一个试点项目。")));
    assertEquals("540400", data.get("events").get(0).get("dt").get(0).asText());
    JsonNode dot = data.get("dot_points").get("540400");
    assertEquals("林芝", dot.get("name").asText());
    // 29.65°N 94.36°E, projected as the map is: x = (lon - 73) * cos 35° * 10, y = (54 - lat) * 10
    assertEquals((94.36 - 73) * Math.cos(Math.toRadians(35)) * 10, dot.get("x").asDouble(), 1);
    assertEquals((54 - 29.65) * 10, dot.get("y").asDouble(), 1);
  }

  @Test
  void aDistrictOfAProvinceLevelRegion_getsADotAtTheRegionsSeat() {
    JsonNode data = data(List.of(ViewEvents.day("t2", "2024-06-01", WAN_CHAI, null, "举办", "6月1日，湾仔区举办了一场展览。")));
    assertEquals("810000", data.get("events").get(0).get("dt").get(0).asText());
    assertTrue(data.get("dot_points").has("810000"));
  }

  @Test
  void aPlaceOutsideTheMapsFrame_isDrawnAtItsProvince() {
    JsonNode data = data(List.of(ViewEvents.day("t3", "2024-07-01", XISHA, null, "启动", "7月1日，西沙群岛启动了一个保护项目。")));
    assertEquals("460000", data.get("events").get(0).get("dt").get(0).asText());
    assertFalse(data.get("dot_points").has("460000"), "a province's dot is the map's own point for it");
  }

  @Test
  void aDistrictOfACityOnTheMap_isDrawnAtItsCity() {
    JsonNode data = data(List.of(ViewEvents.day("t4", "2024-08-01", ViewEvents.XIAOSHAN, null, "启动", "8月1日，萧山区启动了一个项目。")));
    assertEquals("330100", data.get("events").get(0).get("dt").get(0).asText());
    JsonNode dot = data.get("dot_points").get("330100");
    assertEquals((54 - 30.29) * 10, dot.get("y").asDouble(), 1);
  }
}
