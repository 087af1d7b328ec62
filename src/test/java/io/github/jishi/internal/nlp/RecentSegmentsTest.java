package io.github.jishi.internal.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.jishi.nlp.Segmenter;
import io.github.jishi.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecentSegmentsTest {
  /** Cuts every character apart and counts the calls. */
  static final class Counting implements Segmenter {
    int calls;

    @Override
    public List<Token> segment(String text) {
      calls++;
      List<Token> out = new ArrayList<>();
      for (int i = 0; i < text.length(); i++) {
        out.add(new Token(text.substring(i, i + 1), "x", i, i + 1));
      }
      return out;
    }
  }

  @Test
  void sameSentenceAgain_isServedFromMemory() {
    Counting base = new Counting();
    RecentSegments recent = new RecentSegments(base, 8);
    List<Token> first = recent.segment("中试基地正式启动。");
    assertSame(first, recent.segment("中试基地正式启动。"));
    assertEquals(1, base.calls);
  }

  @Test
  void forget_startsAfresh() {
    Counting base = new Counting();
    RecentSegments recent = new RecentSegments(base, 8);
    recent.segment("先导区获批。");
    recent.forget();
    recent.segment("先导区获批。");
    assertEquals(2, base.calls);
  }

  @Test
  void capacity_dropsTheLeastRecentlyUsed() {
    Counting base = new Counting();
    RecentSegments recent = new RecentSegments(base, 2);
    recent.segment("北京");
    recent.segment("上海");
    recent.segment("北京");
    recent.segment("广州");
    recent.segment("北京");
    assertEquals(3, base.calls);
    recent.segment("上海");
    assertEquals(4, base.calls);
  }

  @Test
  void otherThreads_doNotShareMemory() throws Exception {
    Counting base = new Counting();
    RecentSegments recent = new RecentSegments(base, 8);
    recent.segment("杭州");
    Thread t = new Thread(() -> recent.segment("杭州"));
    t.start();
    t.join();
    assertEquals(2, base.calls);
  }
}
