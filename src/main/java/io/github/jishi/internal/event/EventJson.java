package io.github.jishi.internal.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jishi.event.EventPlace;
import io.github.jishi.event.PolicyEvent;
import io.github.jishi.time.Precision;
import io.github.jishi.time.YearSource;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Converts events to and from the JSON form of the CLI contract ({@code date}, {@code date_end},
 * {@code month_day}, {@code cities}, {@code places}, {@code program}, ...).
 *
 * <p>The same form is what the index stores, so an event reads back exactly as it was written.
 */
public final class EventJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd", Locale.ROOT);

  private EventJson() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  public static ObjectNode toJson(PolicyEvent e) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", e.id());
    o.put("date", e.date().map(LocalDate::toString).orElse(null));
    o.put("date_end", e.dateEnd().map(LocalDate::toString).orElse(null));
    o.put("month_day", e.date().isPresent() ? null : e.monthDay().map(MONTH_DAY::format).orElse(null));
    o.put("precision", e.precision().key());
    o.put("year_source", e.yearSource().name().toLowerCase(Locale.ROOT));
    o.put("year_inferred", e.yearInferred());
    o.put("year_from", e.yearFrom().isEmpty() ? null : e.yearFrom());
    strings(o.putArray("cities"), e.cities());
    ArrayNode places = o.putArray("places");
    for (EventPlace p : e.places()) {
      ObjectNode po = places.addObject();
      po.put("name", p.name());
      po.put("code", p.code().isEmpty() ? null : p.code());
      po.put("level", p.level());
      po.put("city", p.city().isEmpty() ? null : p.city());
      po.put("province", p.province().isEmpty() ? null : p.province());
    }
    o.put("program", e.program().orElse(null));
    strings(o.putArray("programs"), e.programs());
    o.put("action", e.action());
    strings(o.putArray("orgs"), e.orgs());
    o.put("evidence", e.evidence());
    o.put("evidence_start", e.evidenceStart());
    o.put("evidence_end", e.evidenceEnd());
    o.put("source", e.source());
    strings(o.putArray("sources"), e.sources());
    o.put("title", e.title());
    o.put("published", e.published().map(LocalDate::toString).orElse(null));
    return o;
  }

  public static PolicyEvent fromJson(JsonNode o) {
    List<EventPlace> places = new ArrayList<>();
    for (JsonNode p : o.path("places")) {
      places.add(new EventPlace(text(p, "name"), text(p, "code"), text(p, "level"), text(p, "city"), text(p, "province")));
    }
    Optional<MonthDay> md = Optional.ofNullable(nullable(o, "month_day")).map(s -> MonthDay.parse("--" + s));
    Optional<LocalDate> date = Optional.ofNullable(nullable(o, "date")).map(LocalDate::parse);
    if (md.isEmpty() && date.isPresent()) {
      md = date.map(MonthDay::from);
    }
    return new PolicyEvent(
        text(o, "id"),
        date,
        Optional.ofNullable(nullable(o, "date_end")).map(LocalDate::parse),
        Precision.valueOf(text(o, "precision").toUpperCase(Locale.ROOT)),
        md,
        YearSource.valueOf(text(o, "year_source").toUpperCase(Locale.ROOT)),
        text(o, "year_from"),
        strings(o.path("cities")),
        places,
        Optional.ofNullable(nullable(o, "program")),
        strings(o.path("programs")),
        text(o, "action"),
        strings(o.path("orgs")),
        text(o, "evidence"),
        o.path("evidence_start").asInt(),
        o.path("evidence_end").asInt(),
        text(o, "source"),
        strings(o.path("sources")),
        text(o, "title"),
        Optional.ofNullable(nullable(o, "published")).map(LocalDate::parse));
  }

  private static void strings(ArrayNode a, List<String> values) {
    values.forEach(a::add);
  }

  private static List<String> strings(JsonNode a) {
    List<String> out = new ArrayList<>();
    a.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static String nullable(JsonNode o, String key) {
    JsonNode n = o.get(key);
    return n == null || n.isNull() ? null : n.asText();
  }

  private static String text(JsonNode o, String key) {
    String s = nullable(o, key);
    return s == null ? "" : s;
  }
}
