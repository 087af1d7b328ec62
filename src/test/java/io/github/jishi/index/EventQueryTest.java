package io.github.jishi.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jishi.JishiException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EventQueryTest {
  @Test
  void bounds_yearMonthAndDayCoverTheirFirstAndLastDay() {
    assertEquals(LocalDate.of(2025, 1, 1), EventQuery.firstDay("2025"));
    assertEquals(LocalDate.of(2025, 12, 31), EventQuery.lastDay("2025"));
    assertEquals(LocalDate.of(2024, 2, 1), EventQuery.firstDay("2024-02"));
    assertEquals(LocalDate.of(2024, 2, 29), EventQuery.lastDay("2024-02"));
    assertEquals(LocalDate.of(2021, 2, 19), EventQuery.lastDay("2021-02-19"));
  }

  @Test
  void bounds_invalidMonth_namesTheValue() {
    JishiException e = assertThrows(JishiException.class, () -> EventQuery.firstDay("2021-13-01"));
    assertTrue(e.getMessage().contains("2021-13-01"), e.getMessage());
    assertThrows(JishiException.class, () -> EventQuery.firstDay("2月30日"));
    assertThrows(JishiException.class, () -> EventQuery.lastDay("2023-02-29"));
  }

  @Test
  void toBeforeFrom_isRejected() {
    JishiException e = assertThrows(JishiException.class, () -> EventQuery.builder().from("2025").to("2024").build());
    assertTrue(e.getMessage().contains("before"), e.getMessage());
  }

  @Test
  void limit_mustBePositive() {
    assertThrows(JishiException.class, () -> EventQuery.builder().limit(0).build());
  }

  @Test
  void all_hasNoLimit() {
    assertEquals(Integer.MAX_VALUE, EventQuery.all().limit());
  }

  @Test
  void bounds_impossibleDay_saysWhatFormIsExpected() {
    JishiException e = assertThrows(JishiException.class, () -> EventQuery.firstDay("2021-02-30"));
    assertEquals("bad date '2021-02-30': no such day (expected YYYY, YYYY-MM or YYYY-MM-DD)", e.getMessage());
  }
}
