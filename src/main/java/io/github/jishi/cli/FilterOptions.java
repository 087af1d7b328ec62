package io.github.jishi.cli;

import io.github.jishi.index.EventQuery;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The filters of {@code search} and {@code timeline}. */
final class FilterOptions {
  @Option(names = "--city", paramLabel = "NAME", description = "province, city or district, either script; repeat for any of several")
  List<String> cities = new ArrayList<>();

  @Option(names = "--program", paramLabel = "NAME", description = "whole or partial programme name, either script")
  String program;

  @Option(names = "--from", paramLabel = "DATE", description = "YYYY, YYYY-MM or YYYY-MM-DD: from its first day")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "YYYY, YYYY-MM or YYYY-MM-DD: to its last day")
  String to;

  @Option(names = "--overlap", description = "also events whose span only overlaps the range")
  boolean overlap;

  EventQuery.Builder query() {
    EventQuery.Builder b = EventQuery.builder();
    cities.forEach(b::city);
    if (program != null) {
      b.program(program);
    }
    if (from != null) {
      b.from(from);
    }
    if (to != null) {
      b.to(to);
    }
    return b.overlap(overlap);
  }
}
