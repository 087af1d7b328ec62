package io.github.jishi.cli;

import io.github.jishi.Jishi;
import io.github.jishi.internal.index.IndexExport;
import io.github.jishi.internal.index.TimelineSearch;
import io.github.jishi.internal.solr.SolrTimeline;
import java.io.PrintWriter;
import picocli.CommandLine.Option;

/**
 * {@code --solr URL --collection NAME}: read from (or, for {@code index}, push to) a SolrCloud
 * collection of the {@code jishi} configset instead of the local index folder.
 */
final class SolrOptions {
  @Option(names = "--solr", paramLabel = "URL",
      description = "a SolrCloud node, e.g. http://127.0.0.1:8983/solr: use its collection instead of the local index")
  String url;

  @Option(names = "--collection", paramLabel = "NAME", description = "the Solr collection (default: ${DEFAULT-VALUE})")
  String collection = "jishi";

  /**
   * SolrJ logs through SLF4J, and the CLI ships no logging backend: without this, SLF4J prints three
   * warning lines on stderr, where the CLI promises one line per error. A user's own
   * {@code -Dslf4j.provider} wins.
   */
  private static void quietLogging() {
    if (System.getProperty("slf4j.provider") == null) {
      System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
      System.setProperty("slf4j.internal.verbosity", "ERROR");
    }
  }

  private SolrTimeline connect(Jishi jishi) {
    quietLogging();
    return SolrTimeline.connect(url, collection, jishi.queryResolver());
  }

  boolean enabled() {
    return url != null;
  }

  /** The library for reading: with {@code --solr} no local index is needed, so none is built. */
  Jishi jishi(IndexOptions indexOptions, PrintWriter err) {
    return enabled() ? indexOptions.jishi() : indexOptions.forReading(err);
  }

  /** The timeline to search: the Solr collection with {@code --solr}, else the local index. */
  TimelineSearch open(Jishi jishi) {
    return enabled()
        ? connect(jishi)
        : TimelineSearch.local(jishi.openIndex());
  }

  /**
   * With {@code --solr}, pushes everything the local index holds (which {@code index} just
   * updated and dated) to the collection; re-pushing replaces, never duplicates.
   */
  void pushIfAsked(Jishi jishi, PrintWriter err) throws java.io.IOException {
    if (!enabled()) {
      return;
    }
    try (SolrTimeline solr = connect(jishi)) {
      SolrTimeline.PushReport r = solr.push(IndexExport.read(jishi.indexDirectory()), jishi::aliases,
          SolrTimeline.PushListener.NONE);
      err.println("jishi: Solr " + collection + ": " + r.summary());
      err.flush();
    }
  }
}
