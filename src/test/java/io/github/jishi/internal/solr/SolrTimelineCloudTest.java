package io.github.jishi.internal.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jishi.IndexListener;
import io.github.jishi.Jishi;
import io.github.jishi.JishiException;
import io.github.jishi.internal.event.EventJson;
import io.github.jishi.event.PolicyEvent;
import io.github.jishi.index.EventQuery;
import io.github.jishi.internal.index.IndexExport;
import io.github.jishi.internal.index.TimelineSearch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled corpus on a real SolrCloud in this JVM (two nodes on 127.0.0.1, a collection of two
 * shards, the repository's configset): the same answers as the local index, and a push that
 * survives a node going down.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SolrTimelineCloudTest {
  private static final String CONFIGSET = "solr/configsets/jishi/conf";
  private static final Backoff FAST = new Backoff(3, Duration.ofMillis(50), d -> Thread.sleep(d.toMillis()));

  private MiniSolrCloudCluster cluster;
  private Jishi jishi;
  private IndexExport.Contents contents;
  private TimelineSearch local;
  private SolrTimeline solr;

  @BeforeAll
  void startClusterAndIndexCorpus(@TempDir Path tmp) throws Exception {
    jishi = Jishi.builder().index(tmp.resolve("index").toAbsolutePath()).build();
    jishi.index(List.of(Path.of("corpus")), false, IndexListener.NONE);
    contents = IndexExport.read(jishi.indexDirectory());
    local = TimelineSearch.local(jishi.openIndex());

    cluster = new MiniSolrCloudCluster(2, Files.createDirectories(tmp.resolve("solr")).toAbsolutePath(),
        JettyConfig.builder().setPort(0).build());
    cluster.uploadConfigSet(Path.of(CONFIGSET).toAbsolutePath(), "jishi");
    for (String c : List.of("timeline", "fault", "cli")) {
      CollectionAdminRequest.createCollection(c, "jishi", 2, 1).process(cluster.getSolrClient());
      cluster.waitForActiveCollection(c, 2, 2);
    }
    solr = SolrTimeline.over(cluster.getSolrClient(), "timeline", jishi.queryResolver(), 50, FAST);
    solr.push(contents, jishi::aliases, SolrTimeline.PushListener.NONE);
  }

  @AfterAll
  void stop() throws Exception {
    if (local != null) {
      local.close();
    }
    if (cluster != null) {
      cluster.shutdown();
    }
  }

  @Test
  @Order(1)
  void push_twice_sameDocuments() {
    assertTrue(contents.events().size() > 50, "corpus events: " + contents.events().size());
    var before = solr.stats();
    assertEquals(contents.events().size(), before.get("events"));
    assertEquals(contents.pages().size(), before.get("pages"));
    solr.push(contents, jishi::aliases, SolrTimeline.PushListener.NONE);
    assertEquals(before, solr.stats());
  }

  @Test
  @Order(7)
  void push_ofAChangedFile_dropsItsOldEvents() {
    SolrTimeline solrFault = SolrTimeline.over(cluster.getSolrClient(), "fault", jishi.queryResolver(), 50, FAST);
    List<IndexExport.IndexedEvent> fewer = new ArrayList<>(contents.events());
    fewer.remove(0);
    solrFault.push(new IndexExport.Contents(fewer, contents.pages()), jishi::aliases, SolrTimeline.PushListener.NONE);
    assertEquals(contents.events().size() - 1, solrFault.stats().get("events"));
    assertEquals(contents.pages().size(), solrFault.stats().get("pages"));
  }

  @Test
  @Order(2)
  void everyQuery_sameEventsAsTheLocalIndex() {
    List<EventQuery> queries = new ArrayList<>();
    queries.add(EventQuery.all());
    for (String city : List.of("杭州", "杭州市", "浙江", "濟南", "北京", "上海", "广东", "滨海新区")) {
      queries.add(EventQuery.builder().city(city).build());
    }
    queries.add(EventQuery.builder().city("浙江").city("江苏").build());
    for (String program : List.of("先导区", "中試基地", "世界人工智能大会", "试验区")) {
      queries.add(EventQuery.builder().program(program).build());
    }
    queries.add(EventQuery.builder().from("2019").to("2021").build());
    queries.add(EventQuery.builder().from("2025-09").to("2025-09").build());
    queries.add(EventQuery.builder().from("2025-09").to("2025-09").overlap(true).build());
    queries.add(EventQuery.builder().from("2020").build());
    queries.add(EventQuery.builder().to("2018-06-30").build());
    for (String text : List.of("揭榜挂帅", "人工智能", "創新應用", "中试基地 启动")) {
      queries.add(EventQuery.builder().text(text).build());
    }
    queries.add(EventQuery.builder().city("浙江").program("先导区").from("2019").text("人工智能").build());
    queries.add(EventQuery.builder().sort(EventQuery.Sort.DATE_DESC).limit(7).build());
    queries.add(EventQuery.builder().limit(5).build());

    int nonEmpty = 0;
    for (EventQuery q : queries) {
      List<PolicyEvent> expected = local.search(q);
      List<PolicyEvent> actual = solr.search(q);
      assertEquals(json(expected), json(actual), q.toString());
      assertEquals(dates(expected), dates(actual), "order of " + q);
      assertEquals(local.count(q), solr.count(q), "count of " + q);
      assertEquals(sortedFacets(local.facets(q)), sortedFacets(solr.facets(q)), "facets of " + q);
      nonEmpty += expected.isEmpty() ? 0 : 1;
    }
    assertTrue(nonEmpty >= queries.size() - 3, "queries with events: " + nonEmpty + " of " + queries.size());
  }

  @Test
  @Order(3)
  void programsCitiesPagesAndFind_asLocally() {
    assertEquals(local.programs(jishi::aliases), solr.programs(jishi::aliases));
    assertEquals(local.cities(), solr.cities());
    List<PolicyEvent> all = local.search(EventQuery.all());
    Set<String> sources = new HashSet<>();
    all.forEach(e -> sources.addAll(e.sources()));
    assertEquals(local.pages(sources), solr.pages(sources));
    for (PolicyEvent e : all.subList(0, Math.min(20, all.size()))) {
      assertEquals(local.find(e.id()), solr.find(e.id()), e.id());
    }
    assertEquals(Optional.empty(), solr.find("no-such-id"));
  }

  @Test
  @Order(4)
  void unknownProgrammeOrWordlessText_failsAsLocally() {
    EventQuery q = EventQuery.builder().program("不存在的计划").build();
    JishiException l = assertThrows(JishiException.class, () -> local.search(q));
    JishiException s = assertThrows(JishiException.class, () -> solr.search(q));
    assertEquals(l.getMessage(), s.getMessage());
    EventQuery punctuation = EventQuery.builder().text("，。！").build();
    assertEquals(assertThrows(JishiException.class, () -> local.search(punctuation)).getMessage(),
        assertThrows(JishiException.class, () -> solr.search(punctuation)).getMessage());
  }

  @Test
  @Order(5)
  void nodeStoppedMidPush_rerunLosesNothingAndDuplicatesNothing() throws Exception {
    SolrTimeline fault = SolrTimeline.over(cluster.getSolrClient(), "fault", jishi.queryResolver(), 20, FAST);
    JettySolrRunner victim = cluster.getJettySolrRunner(1);
    int[] batches = {0};
    JishiException e = assertThrows(JishiException.class, () -> fault.push(contents, jishi::aliases, (sent, total) -> {
      if (++batches[0] == 2) {
        try {
          cluster.stopJettySolrRunner(victim);
          cluster.waitForJettyToStop(victim);
        } catch (Exception x) {
          throw new IllegalStateException(x);
        }
      }
    }));
    assertTrue(e.getMessage().contains("fault"), e.getMessage());
    assertTrue(batches[0] >= 2, "batches before the failure: " + batches[0]);

    cluster.startJettySolrRunner(victim);
    cluster.waitForActiveCollection("fault", 60, TimeUnit.SECONDS, 2, 2);
    cluster.waitForActiveCollection("timeline", 60, TimeUnit.SECONDS, 2, 2);
    // the re-run waits as a user's would (Backoff.standard()): the client learns the node is back
    SolrTimeline rerun = SolrTimeline.over(cluster.getSolrClient(), "fault", jishi.queryResolver(), 20,
        new Backoff(6, Duration.ofMillis(250), d -> Thread.sleep(d.toMillis())));
    rerun.push(contents, jishi::aliases, SolrTimeline.PushListener.NONE);

    assertEquals(contents.events().size(), fault.stats().get("events"));
    assertEquals(contents.pages().size(), fault.stats().get("pages"));
    SolrQuery q = new SolrQuery("*:*");
    q.setRows(100_000);
    q.setFields("id");
    List<String> ids = new ArrayList<>();
    for (SolrDocument d : cluster.getSolrClient().query("fault", q).getResults()) {
      ids.add((String) d.getFirstValue("id"));
    }
    Set<String> expected = new HashSet<>();
    contents.events().forEach(x -> expected.add(SolrDocuments.key(x.event())));
    contents.pages().forEach(p -> expected.add("page:" + p.source()));
    assertEquals(expected.size(), ids.size(), "documents, each once");
    assertEquals(expected, new HashSet<>(ids));
    assertEquals(json(local.search(EventQuery.all())), json(fault.search(EventQuery.all())));
    assertFalse(ids.isEmpty());
  }

  @Test
  @Order(6)
  void cli_indexPushesAndSearchesPrintAsLocally(@TempDir Path dir) throws Exception {
    String url = cluster.getJettySolrRunner(0).getBaseUrl().toString();
    String index = dir.resolve("index").toAbsolutePath().toString();
    String[] solrArgs = {"--solr", url, "--collection", "cli"};
    Cli indexed = cli(concat(new String[] {"index", "--quiet", "--index", index}, solrArgs, new String[] {"corpus/pilot-zones"}));
    assertEquals(0, indexed.code, indexed.err);
    assertTrue(indexed.err.contains("Solr cli: "), indexed.err);
    List<String[]> commands = List.of(
        new String[] {"search", "--format", "json", "--city", "杭州"},
        new String[] {"search", "--format", "json", "--city", "浙江", "--from", "2019", "--to", "2021"},
        new String[] {"search", "--program", "先導區"},
        new String[] {"search", "--format", "jsonl", "啟動"},
        new String[] {"programs", "--format", "json"},
        new String[] {"cities", "--format", "json"},
        new String[] {"timeline", "--by", "city"});
    for (String[] c : commands) {
      Cli local = cli(concat(c, new String[] {"--index", index}));
      Cli remote = cli(concat(c, solrArgs));
      assertEquals(0, local.code, local.err);
      assertEquals(0, remote.code, remote.err);
      assertTrue(local.out.length() > 10, String.join(" ", c) + ": " + local.out);
      assertEquals(local.out, remote.out, String.join(" ", c));
    }
    Cli bad = cli(concat(new String[] {"search", "--city", "杭洲"}, solrArgs));
    assertEquals(List.of(1), List.of(bad.err.strip().split("\n").length), bad.err);
    assertTrue(bad.code != 0 && bad.err.contains("杭洲"), bad.err);
  }

  private record Cli(int code, String out, String err) {}

  /** Runs the CLI as {@code ./jishi} does, with its standard output and error captured. */
  private static synchronized Cli cli(String... args) {
    java.io.PrintStream out = System.out;
    java.io.PrintStream err = System.err;
    var o = new java.io.ByteArrayOutputStream();
    var e = new java.io.ByteArrayOutputStream();
    try {
      System.setOut(new java.io.PrintStream(o, true, java.nio.charset.StandardCharsets.UTF_8));
      System.setErr(new java.io.PrintStream(e, true, java.nio.charset.StandardCharsets.UTF_8));
      int code = io.github.jishi.cli.Main.run(args);
      return new Cli(code, o.toString(java.nio.charset.StandardCharsets.UTF_8), e.toString(java.nio.charset.StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  private static String[] concat(String[]... parts) {
    return java.util.Arrays.stream(parts).flatMap(java.util.Arrays::stream).toArray(String[]::new);
  }

  private static TreeMap<String, TreeMap<String, Integer>> sortedFacets(java.util.Map<String, java.util.Map<String, Integer>> f) {
    TreeMap<String, TreeMap<String, Integer>> out = new TreeMap<>();
    f.forEach((k, v) -> out.put(k, new TreeMap<>(v)));
    return out;
  }

  /** The events as JSON, by id: reports at one date, source and offset have no defined order. */
  private static List<String> json(List<PolicyEvent> events) {
    return events.stream().map(e -> EventJson.toJson(e).toString()).sorted().toList();
  }

  private static List<String> dates(List<PolicyEvent> events) {
    return events.stream().map(e -> e.date().map(Object::toString).orElse("-")).toList();
  }
}
