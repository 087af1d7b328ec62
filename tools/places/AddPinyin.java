import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Fills the pinyin column of places.tsv from HanLP's pinyin API, so that a city search reads
 * pinyin as data and never loads HanLP.
 *
 * <p>Usage, from the project root after {@code mvn -q -DskipTests package}:
 * {@code java -cp target/jishi.jar tools/places/AddPinyin.java places.tsv > src/main/resources/io/github/jishi/internal/entity/places.tsv}
 * where {@code places.tsv} is the output of {@code tools/places/convert.py}.
 *
 * <p>The pinyin is that of the short name (杭州 for 杭州市: {@code háng zhōu}), with tone marks,
 * one syllable per space; a short name that is the full name (新竹县) loses its suffix first.
 * HanLP reads a few place names with the common reading of a character; {@link #READINGS} puts
 * the place's own reading back.
 */
public class AddPinyin {
  /** Characters that place names read otherwise than HanLP's dictionary does, by name. */
  private static final Map<String, String> READINGS = Map.of(
      "涡阳", "guō yáng",
      "单县", "shàn xiàn",
      "六安", "lù ān",
      "丽水", "lí shuǐ",
      "蚌埠", "bèng bù",
      "台州", "tāi zhōu",
      "朝阳", "cháo yáng",
      "漯河", "luò hé",
      "昌都", "chāng dū");

  public static void main(String[] args) throws IOException {
    List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder();
    for (String line : lines) {
      if (line.startsWith("#") || line.isEmpty()) {
        out.append(line).append('\n');
        continue;
      }
      String[] f = line.split("\t", -1);
      String name = f[2];
      if (name.equals(f[1]) && name.length() > 2 && "市县区".indexOf(name.charAt(name.length() - 1)) >= 0) {
        name = name.substring(0, name.length() - 1);
      }
      String reading = READINGS.containsKey(name) ? READINGS.get(name) : pinyin(name);
      f[6] = reading;
      out.append(String.join("\t", f)).append('\n');
    }
    System.out.print(out);
  }

  private static String pinyin(String text) {
    StringBuilder b = new StringBuilder();
    for (Pinyin p : HanLP.convertToPinyinList(text)) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(p.getPinyinWithToneMark());
    }
    return b.toString();
  }
}
