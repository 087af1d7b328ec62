import com.hankcs.hanlp.dictionary.CoreDictionary;
import io.github.jishi.entity.Place;
import io.github.jishi.entity.PlaceGazetteer;
import io.github.jishi.entity.PlaceLevel;
import io.github.jishi.nlp.HanLpSegmenter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lists the county-level short names of the gazetteer with what HanLP's core dictionary says of
 * them, to review which ones are ordinary words (place-county-words.tsv).
 *
 * <p>Usage, from the project root after {@code mvn -q -DskipTests package}:
 * {@code java -cp target/jishi-VERSION-cli.jar tools/places/ShortNameReport.java > short-names.tsv}
 *
 * <p>Columns: short name, full name, city, {@code unique} or the other units of that name, the
 * core dictionary's tags and counts ({@code -} when it does not know the word). A unique name that
 * the dictionary tags as anything but a place ({@code ns}) is a candidate for the word list; names
 * it does not know, and names it tags {@code ns}, are reviewed by eye for landmarks and names.
 */
public class ShortNameReport {
  public static void main(String[] args) {
    PlaceGazetteer g = PlaceGazetteer.load();
    HanLpSegmenter.create(List.of()).segment("加载"); // loads HanLP's dictionaries
    Map<String, List<Place>> byName = new HashMap<>();
    for (Place p : g.places()) {
      byName.computeIfAbsent(p.name(), k -> new ArrayList<>()).add(p);
      if (!p.shortName().equals(p.name())) {
        byName.computeIfAbsent(p.shortName(), k -> new ArrayList<>()).add(p);
      }
    }
    for (Place p : g.places()) {
      String s = p.shortName();
      if (p.level() != PlaceLevel.DISTRICT || s.equals(p.name()) || s.length() < 2) {
        continue;
      }
      List<Place> same = byName.get(s);
      String others = same.size() == 1 ? "unique"
          : String.join("/", same.stream().map(Place::name).distinct().toList());
      CoreDictionary.Attribute core = CoreDictionary.get(s);
      String city = g.city(p).map(Place::name).orElse("-");
      System.out.println(String.join("\t", s, p.name(), city, others, core == null ? "-" : core.toString().strip()));
    }
  }
}
