package io.github.jishi.internal.view;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jishi.internal.entity.Place;
import io.github.jishi.internal.entity.PlaceGazetteer;
import io.github.jishi.internal.entity.PlaceLevel;
import io.github.jishi.internal.event.EventJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Where the timeline page's map draws a place's dot: at the seat of its prefecture-level city (or
 * municipality), from the gazetteer's coordinates, projected as the bundled map is (see
 * {@code tools/geo/README.md}: equirectangular, longitudes scaled by cos 35°, 1 unit = 0.1° of
 * latitude from 73°E, 54°N). A county-level unit that no city holds (济源, the Xinjiang corps'
 * cities, Hong Kong's districts) is drawn at its own seat. A place without coordinates, or whose
 * seat lies outside the map's frame (the South China Sea, drawn as an inset), has no dot of its
 * own: the page draws it at its province.
 */
final class MapUnits {
  private static final double K = Math.cos(Math.toRadians(35));
  private static final double LON0 = 73;
  private static final double LAT0 = 54;

  private static volatile Frame frame;

  private MapUnits() {}

  /** A dot: the unit it stands for, and its position in the map's units. */
  record Dot(String code, String name, double x, double y) {}

  private record Frame(double width, double height) {}

  private static Frame frame() {
    Frame f = frame;
    if (f == null) {
      try {
        JsonNode map = EventJson.mapper().readTree(TimelinePage.resource(TimelinePage.MAP_RESOURCE));
        f = new Frame(map.path("width").asDouble(), map.path("height").asDouble());
        frame = f;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + TimelinePage.MAP_RESOURCE, e);
      }
    }
    return f;
  }

  /** The dot a place with this code is drawn at, if it has one of its own (provinces have none). */
  static Optional<Dot> dot(String code) {
    PlaceGazetteer g = PlaceGazetteer.load();
    Optional<Place> unit = g.byCode(code);
    if (unit.isEmpty()) {
      return Optional.empty();
    }
    Place place = unit.get();
    Optional<Place> city = g.city(place);
    if (place.level() == PlaceLevel.PROVINCE && city.isEmpty()) {
      return Optional.empty();
    }
    Optional<Dot> dot = city.flatMap(MapUnits::project);
    return dot.isPresent() ? dot : project(place);
  }

  /**
   * The position of the dot standing for the unit with this code, if it is a city or county (or a
   * municipality) on the map; a province's dot is the map's own point for it.
   */
  static Optional<Dot> at(String code) {
    PlaceGazetteer g = PlaceGazetteer.load();
    return g.byCode(code)
        .filter(p -> p.level() != PlaceLevel.PROVINCE || g.city(p).isPresent())
        .flatMap(MapUnits::project);
  }

  private static Optional<Dot> project(Place p) {
    return p.coordinates().flatMap(s -> {
      double x = (s.longitude() - LON0) * K * 10;
      double y = (LAT0 - s.latitude()) * 10;
      Frame f = frame();
      if (x < 0 || y < 0 || x > f.width() || y > f.height()) {
        return Optional.empty();
      }
      return Optional.of(new Dot(p.code(), p.shortName(), Math.round(x * 10) / 10.0, Math.round(y * 10) / 10.0));
    });
  }
}
