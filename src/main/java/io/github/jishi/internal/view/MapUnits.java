package io.github.jishi.internal.view;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jishi.internal.event.EventJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;

/** The codes of the cities the bundled map has a point for; a place in another city is drawn at its province. */
final class MapUnits {
  private static volatile Set<String> cities;

  private MapUnits() {}

  static Set<String> cities() {
    Set<String> c = cities;
    if (c == null) {
      try {
        JsonNode map = EventJson.mapper().readTree(TimelinePage.resource(TimelinePage.MAP_RESOURCE));
        Set<String> codes = new HashSet<>();
        map.path("cities").forEach(n -> codes.add(n.path("code").asText()));
        c = Set.copyOf(codes);
        cities = c;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + TimelinePage.MAP_RESOURCE, e);
      }
    }
    return c;
  }
}
