package io.github.jishi.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import io.github.jishi.IndexSettings;
import io.github.jishi.IndexReport;
import io.github.jishi.Jishi;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * End-to-end ingest in a JVM of its own: {@link Jishi#index} over a list of files into a fresh
 * index, reporting throughput and the heap it needed on one line the parent reads.
 *
 * <p>Run as {@code java -Xmx512m -cp target/bench/jishi-VERSION-cli.jar io.github.jishi.bench.IngestProbe INDEX THREADS
 * LISTFILE WARMUP}: the first {@code WARMUP} files are analyzed untimed first (dictionaries, JIT),
 * then all files are indexed. The heap figures come from the memory pools' peaks (what the heap
 * grew to) and from the garbage collector's reports of what was left after each collection: after
 * a full collection that is what the run needed at that point; after a young one it still counts
 * old garbage, so it serves only when no full collection happened.
 */
public final class IngestProbe {
  /** The prefix of the result line. */
  static final String RESULT = "probe:";

  private IngestProbe() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 4) {
      System.err.println("usage: IngestProbe INDEX THREADS LISTFILE WARMUP");
      System.exit(2);
    }
    Path index = Path.of(args[0]);
    int threads = Integer.parseInt(args[1]);
    List<Path> files = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(args[2]), StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        files.add(Path.of(line));
      }
    }
    int warm = Math.min(files.size(), Integer.parseInt(args[3]));
    AtomicLong afterAny = new AtomicLong();
    AtomicLong afterFull = new AtomicLong();
    watchCollections(afterAny, afterFull);

    Jishi jishi = Jishi.builder().index(index).threads(threads).build();
    long w0 = System.nanoTime();
    for (Path f : files.subList(0, warm)) {
      try {
        jishi.extract(f);
      } catch (RuntimeException e) {
        // the timed run reports broken files
      }
    }
    double warmSeconds = (System.nanoTime() - w0) / 1e9;
    resetPeaks();
    afterAny.set(0);
    afterFull.set(0);

    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpu0 = os.getProcessCpuTime();
    long t0 = System.nanoTime();
    IndexReport report = jishi.index(files, IndexSettings.DEFAULTS);
    long wall = System.nanoTime() - t0;
    long cpu = os.getProcessCpuTime() - cpu0;

    System.out.println(String.format(Locale.ROOT,
        "%s files=%d pages=%d events=%d skipped=%d chars=%d wall=%.3f cpu=%.3f warm=%.3f peak=%d live=%d afterany=%d full=%d max=%d"
            + " threads=%d",
        RESULT, report.files(), report.pages(), report.events(), report.skipped().size(), report.chars(), wall / 1e9, cpu / 1e9,
        warmSeconds, peakHeap(), afterFull.get() > 0 ? afterFull.get() : afterAny.get(), afterAny.get(), afterFull.get() > 0 ? 1 : 0,
        Runtime.getRuntime().maxMemory(), threads));
    for (var s : report.skipped().subList(0, Math.min(3, report.skipped().size()))) {
      System.out.println("skipped " + s.file() + ": " + s.reason());
    }
  }

  /** Parses the result line into its numbers, or returns an empty map when {@code line} is not one. */
  static Map<String, Double> parse(String line) {
    if (!line.startsWith(RESULT)) {
      return Map.of();
    }
    Map<String, Double> out = new java.util.LinkedHashMap<>();
    for (String part : line.substring(RESULT.length()).trim().split("\\s+")) {
      int eq = part.indexOf('=');
      if (eq > 0) {
        out.put(part.substring(0, eq), Double.parseDouble(part.substring(eq + 1)));
      }
    }
    return out;
  }

  private static void watchCollections(AtomicLong afterAny, AtomicLong afterFull) {
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (!(gc instanceof NotificationEmitter emitter)) {
        continue;
      }
      emitter.addNotificationListener((n, handback) -> {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
          return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        long used = 0;
        for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
          if (isHeapPool(e.getKey())) {
            used += e.getValue().getUsed();
          }
        }
        afterAny.accumulateAndGet(used, Math::max);
        if (info.getGcAction().contains("major")) {
          afterFull.accumulateAndGet(used, Math::max);
        }
      }, null, null);
    }
  }

  private static boolean isHeapPool(String name) {
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getName().equals(name)) {
        return p.getType() == MemoryType.HEAP;
      }
    }
    return false;
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        p.resetPeakUsage();
      }
    }
  }

  /** The sum of the heap pools' peak use: an upper bound of what the heap held at once. */
  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        sum += p.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
