package io.github.jishi.bench;

import io.github.jishi.internal.entity.OrgRecognizer;
import io.github.jishi.internal.entity.Place;
import io.github.jishi.internal.entity.PlaceGazetteer;
import io.github.jishi.internal.entity.PlaceLevel;
import io.github.jishi.internal.entity.PlaceRecognizer;
import io.github.jishi.internal.entity.ProgramCatalog;
import io.github.jishi.internal.entity.ProgramRecognizer;
import io.github.jishi.internal.entity.Recognizer;
import io.github.jishi.internal.event.EventExtractor;
import io.github.jishi.event.EventPlace;
import io.github.jishi.index.JishiAnalyzer;
import io.github.jishi.internal.nlp.HanLpSegmenter;
import io.github.jishi.nlp.Segmenter;
import io.github.jishi.source.DocumentReader;
import io.github.jishi.internal.text.SentenceSplitter;
import io.github.jishi.internal.text.TextNormalizer;
import io.github.jishi.internal.time.TimeParser;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The stages of jishi's pipeline, wired the way {@link io.github.jishi.Jishi} wires them, so that
 * each can be called and timed on its own.
 */
final class PipelineParts {
  final DocumentReader reader = DocumentReader.create();
  final TextNormalizer normalizer = TextNormalizer.create();
  final SentenceSplitter splitter = SentenceSplitter.create();
  final PlaceGazetteer gazetteer = PlaceGazetteer.load();
  final ProgramCatalog catalog = ProgramCatalog.load();
  final OrgRecognizer orgs = OrgRecognizer.create();
  final Segmenter segmenter = HanLpSegmenter.builder()
      .words(gazetteer.allNames(), "ns")
      .words(orgs.names(), "nt")
      .words(catalog.segmenterWords(), "nz")
      .build();
  final List<Recognizer> recognizers = List.of(ProgramRecognizer.create(catalog), orgs, PlaceRecognizer.create(gazetteer));
  final TimeParser times = TimeParser.create();
  /** The first release's time reader, the dates stage's baseline (see {@link io.github.jishi.bench.baseline}). */
  final io.github.jishi.bench.baseline.TimeParser baselineTimes = io.github.jishi.bench.baseline.TimeParser.create();
  final EventExtractor extractor = new EventExtractor(this::placeByName);
  final JishiAnalyzer analyzer = new JishiAnalyzer(normalizer::normalize, segmenter);

  /** Aliases of a canonical programme name, as the index writer wants them. */
  Function<String, List<String>> aliases() {
    return name -> catalog.find(name).map(e -> e.aliases()).orElse(List.of());
  }

  /** The gazetteer's best unit for a name, as an event place (as the page pipeline resolves it). */
  Optional<EventPlace> placeByName(String name) {
    List<Place> found = gazetteer.resolveQuery(name);
    return found.isEmpty() ? Optional.empty() : Optional.of(eventPlace(found.get(0)));
  }

  EventPlace eventPlace(Place p) {
    Place province = gazetteer.province(p);
    String city = gazetteer.city(p).map(Place::name).orElse("");
    return new EventPlace(p.name(), p.code(), p.level().key(), city, province.name());
  }

  /** Whether {@code p} is a city-level unit (a prefecture city or a municipality). */
  boolean isCity(Place p) {
    return p.level() == PlaceLevel.CITY || gazetteer.city(p).map(p::equals).orElse(false);
  }
}
