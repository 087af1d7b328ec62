package io.github.jishi.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StageBenchmarkTest {
  @Test
  void datesBaseline_readsTheSameSentencesAsTheStage(@TempDir Path dir) {
    // 2021年3月5日 and 6月 both readers know; 三天后 and 现在 only the current one reads
    String page = """
        ---
        title: 杭州新区签约
        date: 2021-03-08
        ---
        2021年3月5日，杭州市与三家企业签约。项目6月开工，三天后公布名单。现在已有十家企业入驻。
        """;
    StageBenchmark stages = new StageBenchmark(new PipelineParts());
    StageBenchmark.Result r = stages.run(List.of(StageBenchmark.Input.page("a.md", page)), dir.resolve("j"), dir.resolve("s"));

    StageBenchmark.DatesBaseline b = r.baseline();
    assertEquals(4, b.found());
    assertEquals(2, b.baselineFound());
    assertTrue(b.nanos() > 0, "the baseline reader is timed");
    assertTrue(r.datesRatio() > 0, "the ratio is a figure: " + r.datesRatio());

    StageBenchmark.SteadyDates steady = stages.steadyDates(4);
    assertEquals(3, steady.sentences(), "the page's three sentences, read again in each counted round");
    assertTrue(steady.nanos() > 0 && steady.baselineNanos() > 0, "both readers are timed");
    assertTrue(steady.againNanos() > 0 && steady.againBaselineNanos() > 0, "both readers are timed on the second reading too");
    assertTrue(steady.againRatio() > 0, "the second reading's ratio is a figure: " + steady.againRatio());
  }
}
