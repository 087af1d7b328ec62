package io.github.jishi.internal.view;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.jishi.JishiException;
import io.github.jishi.internal.event.EventJson;
import io.github.jishi.event.PolicyEvent;
import io.github.jishi.index.EventQuery;
import io.github.jishi.index.PageRecord;
import io.github.jishi.internal.index.SourcedEventJson;
import io.github.jishi.index.TimelineIndex;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A small local server over an index: the timeline page, live, and a JSON search API.
 *
 * <ul>
 *   <li>{@code GET /}: the timeline page for the filters in the query string;
 *   <li>{@code GET /api/search}: the events, as {@code search --format json} prints them;
 *   <li>{@code GET /api/event/ID}: one event, 404 when there is none;
 *   <li>{@code GET /api/timelinejs}: the events as TimelineJS JSON.
 * </ul>
 *
 * <p>The query string takes the CLI's filters: {@code city} (repeatable; spaces or commas separate
 * several), {@code program}, {@code from}, {@code to}, {@code overlap}, {@code text}, {@code limit}
 * and {@code sort}. Bad input is a 400 with a one-line message. It uses the JDK's HTTP server,
 * bound where it is told ({@code 127.0.0.1} from the CLI); the index is refreshed on each request,
 * so what another process indexes shows up. {@code TimelineServer.start(index, new
 * InetSocketAddress("127.0.0.1", 0))}, then {@link #uri()} and {@link #close()}.
 */
public final class TimelineServer implements Closeable {
  /** The most events one request returns. */
  public static final int MAX_LIMIT = 10_000;
  private static final Set<String> PARAMS = Set.of("city", "program", "from", "to", "overlap", "text", "q", "limit", "sort");

  private final HttpServer server;
  private final ExecutorService pool;
  private final TimelineIndex index;

  private TimelineServer(HttpServer server, ExecutorService pool, TimelineIndex index) {
    this.server = server;
    this.pool = pool;
    this.index = index;
  }

  /** Starts serving {@code index} at {@code address} (port 0: any free port); the caller keeps the index open. */
  public static TimelineServer start(TimelineIndex index, InetSocketAddress address) throws IOException {
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(address, "address");
    HttpServer server = HttpServer.create(address, 16);
    ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
      Thread t = new Thread(r, "jishi-serve");
      t.setDaemon(true);
      return t;
    });
    TimelineServer s = new TimelineServer(server, pool, index);
    server.createContext("/", s::handle);
    server.setExecutor(pool);
    server.start();
    return s;
  }

  /** The address it listens on, with the port chosen. */
  public InetSocketAddress address() {
    return server.getAddress();
  }

  /** {@code http://HOST:PORT/}. */
  public URI uri() {
    InetSocketAddress a = address();
    String host = a.getAddress().getHostAddress();
    return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort() + "/");
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }

  private void handle(HttpExchange x) throws IOException {
    try (x) {
      String method = x.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        x.getResponseHeaders().set("Allow", "GET, HEAD");
        send(x, 405, "text/plain", "method " + method + " not allowed (GET only)");
        return;
      }
      String path = x.getRequestURI().getRawPath();
      try {
        Map<String, List<String>> params = params(x.getRequestURI().getRawQuery());
        index.refresh();
        if (path.equals("/") || path.equals("/index.html")) {
          EventQuery q = query(params);
          List<PolicyEvent> events = index.search(q);
          send(x, 200, "text/html", TimelinePage.render(events, index.pages(SourcedEventJson.sourcesOf(events)), q, true));
        } else if (path.equals("/api/search")) {
          List<PolicyEvent> events = index.search(query(params));
          Map<String, PageRecord> pages = index.pages(SourcedEventJson.sourcesOf(events));
          ArrayNode a = EventJson.mapper().createArrayNode();
          events.forEach(e -> a.add(SourcedEventJson.toJson(e, pages)));
          sendJson(x, 200, a);
        } else if (path.equals("/api/timelinejs")) {
          List<PolicyEvent> events = index.search(query(params));
          sendJson(x, 200, TimelineJs.toJson(events, index.pages(SourcedEventJson.sourcesOf(events)), TimelineJs.Group.PROGRAM, "政策时间线"));
        } else if (path.startsWith("/api/event/")) {
          String id = URLDecoder.decode(path.substring("/api/event/".length()), StandardCharsets.UTF_8);
          Optional<PolicyEvent> e = id.isEmpty() ? Optional.empty() : index.find(id);
          if (e.isEmpty()) {
            sendJson(x, 404, error("no event with id '" + id + "'"));
          } else {
            sendJson(x, 200, SourcedEventJson.toJson(e.get(), index.pages(SourcedEventJson.sourcesOf(List.of(e.get())))));
          }
        } else {
          send(x, 404, "text/plain", "not found: " + path);
        }
      } catch (JishiException | IllegalArgumentException e) {
        String message = oneLine(e.getMessage());
        if (path.startsWith("/api/")) {
          sendJson(x, 400, error(message));
        } else {
          send(x, 400, "text/plain", message);
        }
      } catch (RuntimeException e) {
        send(x, 500, "text/plain", "internal error: " + oneLine(String.valueOf(e)));
      }
    }
  }

  /** The query of the CLI's filters; unknown parameters and bad values are refused, naming them. */
  static EventQuery query(Map<String, List<String>> params) {
    for (String key : params.keySet()) {
      if (!PARAMS.contains(key)) {
        throw new JishiException("unknown parameter '" + key + "' (known: city, program, from, to, overlap, text, limit, sort)");
      }
    }
    EventQuery.Builder b = EventQuery.builder().sort(EventQuery.Sort.DATE).limit(MAX_LIMIT);
    for (String v : params.getOrDefault("city", List.of())) {
      for (String city : v.split("[\\s,，、]+")) {
        if (!city.isEmpty()) {
          b.city(city);
        }
      }
    }
    single(params, "program").ifPresent(b::program);
    single(params, "from").ifPresent(b::from);
    single(params, "to").ifPresent(b::to);
    single(params, "text").or(() -> single(params, "q")).ifPresent(b::text);
    Optional<String> overlap = single(params, "overlap");
    if (overlap.isPresent()) {
      b.overlap(switch (overlap.get().toLowerCase(Locale.ROOT)) {
        case "", "1", "true", "yes", "on" -> true;
        case "0", "false", "no", "off" -> false;
        default -> throw new JishiException("bad overlap '" + overlap.get() + "' (expected true or false)");
      });
    }
    Optional<String> limit = single(params, "limit");
    if (limit.isPresent()) {
      int n;
      try {
        n = Integer.parseInt(limit.get().trim());
      } catch (NumberFormatException e) {
        throw new JishiException("bad limit '" + limit.get() + "' (expected a number from 1 to " + MAX_LIMIT + ")");
      }
      if (n < 1 || n > MAX_LIMIT) {
        throw new JishiException("bad limit '" + limit.get() + "' (expected a number from 1 to " + MAX_LIMIT + ")");
      }
      b.limit(n);
    }
    Optional<String> sort = single(params, "sort");
    if (sort.isPresent()) {
      b.sort(switch (sort.get().toLowerCase(Locale.ROOT)) {
        case "date" -> EventQuery.Sort.DATE;
        case "date_desc" -> EventQuery.Sort.DATE_DESC;
        case "relevance" -> EventQuery.Sort.RELEVANCE;
        default -> throw new JishiException("bad sort '" + sort.get() + "' (expected date, date_desc or relevance)");
      });
    }
    return b.build();
  }

  private static Optional<String> single(Map<String, List<String>> params, String key) {
    List<String> values = params.getOrDefault(key, List.of());
    if (values.size() > 1) {
      throw new JishiException("parameter '" + key + "' given " + values.size() + " times (once only)");
    }
    return values.stream().map(String::strip).filter(v -> !v.isEmpty() || key.equals("overlap")).findFirst();
  }

  /** The decoded parameters of a raw query string, in order. */
  static Map<String, List<String>> params(String rawQuery) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return out;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      out.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }
    return out;
  }

  private static ObjectNode error(String message) {
    ObjectNode o = EventJson.mapper().createObjectNode();
    o.put("error", message);
    return o;
  }

  private static void sendJson(HttpExchange x, int status, JsonNode body) throws IOException {
    try {
      send(x, status, "application/json", EventJson.mapper().writeValueAsString(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  private static void send(HttpExchange x, int status, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    x.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
    x.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    boolean head = x.getRequestMethod().equals("HEAD");
    x.sendResponseHeaders(status, head ? -1 : bytes.length);
    if (!head) {
      try (OutputStream out = x.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  private static String oneLine(String message) {
    return message == null ? "bad request" : message.lines().findFirst().orElse("bad request").strip();
  }
}
