package io.github.jishi.internal.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The seats' coordinates: every province and prefecture, all but a few recent county-level units, all plausible. */
class PlaceCoordinatesTest {
  private static final PlaceGazetteer G = PlaceGazetteer.load();

  private static double km(Place.Seat a, Place.Seat b) {
    double lat1 = Math.toRadians(a.latitude());
    double lat2 = Math.toRadians(b.latitude());
    double dLat = lat2 - lat1;
    double dLon = Math.toRadians(b.longitude() - a.longitude());
    double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
    return 2 * 6371 * Math.asin(Math.sqrt(h));
  }

  private static Place.Seat seat(String code) {
    return G.byCode(code).orElseThrow().coordinates().orElseThrow(() -> new AssertionError("no seat for " + code));
  }

  @Test
  void everyProvinceAndPrefectureHasASeat() {
    List<String> missing = G.places().stream()
        .filter(p -> p.level() != PlaceLevel.DISTRICT && p.coordinates().isEmpty())
        .map(Place::name).collect(Collectors.toList());
    assertEquals(List.of(), missing);
  }

  @Test
  void allButAFewCountyLevelUnitsCodedSinceTheMapsWereDrawnHaveASeat() {
    List<Place> districts = G.places().stream().filter(p -> p.level() == PlaceLevel.DISTRICT).collect(Collectors.toList());
    List<String> missing = districts.stream().filter(p -> p.coordinates().isEmpty()).map(Place::name).collect(Collectors.toList());
    assertTrue(districts.size() > 2800, "county-level units: " + districts.size());
    assertTrue(missing.size() <= 35, "county-level units without a seat: " + missing);
    // urban districts that GeoNames lists under other names have the map's point now
    Place.Seat haidian = seat("110108");
    assertEquals(39.96, haidian.latitude(), 0.05);
    assertEquals(116.30, haidian.longitude(), 0.05);
    Place.Seat tianhe = seat("440106");
    assertEquals(23.12, tianhe.latitude(), 0.05);
    assertEquals(113.36, tianhe.longitude(), 0.05);
    // Hong Kong's districts and Macau's parishes too
    assertTrue(km(seat("810102"), seat("810000")) < 20);
    assertTrue(km(seat("820104"), seat("820000")) < 10);
    // 沧州's 新华区 is not 石家庄's (the two share a name)
    assertTrue(km(seat("130902"), seat("130900")) < 30);
    assertTrue(km(seat("130105"), seat("130100")) < 30);
  }

  @Test
  void everySeatLiesInChinaAndNearItsParent() {
    for (Place p : G.places()) {
      p.coordinates().ifPresent(s -> {
        assertTrue(s.latitude() > 3.5 && s.latitude() < 53.7 && s.longitude() > 73.4 && s.longitude() < 135.2, p.toString());
        Place parent = p.parentCode().isEmpty() ? null : G.byCode(p.parentCode()).orElse(null);
        if (parent != null && parent.coordinates().isPresent()) {
          // a county to its prefecture; a prefecture, or a county a province administers, to the capital
          double limit = parent.level() == PlaceLevel.CITY ? 600 : 1500;
          double d = km(s, parent.coordinates().get());
          assertTrue(d < limit, p.name() + " is " + Math.round(d) + " km from " + parent.name());
        }
      });
    }
  }
}
