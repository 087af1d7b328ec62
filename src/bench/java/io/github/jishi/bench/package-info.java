/**
 * The benchmark harness behind {@code ./jishi bench}: a generated corpus, per-stage and end-to-end
 * ingest against Lucene's SmartCN, query latency, cold start and heap. Built only with the
 * {@code bench} profile; not part of the library.
 */
package io.github.jishi.bench;
