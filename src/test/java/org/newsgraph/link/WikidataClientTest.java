package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.extract.EntityKind;

/** The API client against a local server replaying recorded answer shapes; never the network. */
class WikidataClientTest {
  @TempDir Path cache;
  HttpServer server;
  final List<Long> arrivals = Collections.synchronizedList(new ArrayList<>());
  final List<String> agents = Collections.synchronizedList(new ArrayList<>());
  final List<String> queries = Collections.synchronizedList(new ArrayList<>());

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/w/api.php", this::replay);
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private void replay(HttpExchange ex) throws IOException {
    arrivals.add(System.nanoTime());
    agents.add(ex.getRequestHeaders().getFirst("User-Agent"));
    Map<String, String> p = new TreeMap<>();
    String q = ex.getRequestURI().getRawQuery();
    queries.add(q);
    for (String kv : q.split("&")) {
      String[] a = kv.split("=", 2);
      p.put(a[0], URLDecoder.decode(a[1], StandardCharsets.UTF_8));
    }
    String file;
    if (p.get("action").equals("wbsearchentities")) {
      file = "wbsearchentities-" + p.get("search").toLowerCase().replace(' ', '-') + ".json";
    } else {
      String[] ids = p.get("ids").split("\\|");
      Arrays.sort(ids);
      file = "wbgetentities-" + String.join("-", ids) + ".json";
    }
    Path f = TestEntities.fixture("api/" + file);
    byte[] body;
    int code = 200;
    if (Files.isRegularFile(f)) {
      body = Files.readAllBytes(f);
    } else if (p.get("action").equals("wbsearchentities")) {
      body = "{\"searchinfo\":{},\"search\":[],\"success\":1}".getBytes(StandardCharsets.UTF_8);
    } else {
      code = 404;
      body = "not recorded".getBytes(StandardCharsets.UTF_8);
    }
    ex.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
    ex.sendResponseHeaders(code, body.length);
    try (OutputStream os = ex.getResponseBody()) {
      os.write(body);
    }
  }

  private WikidataClient client(Duration interval) {
    return WikidataClient.create()
        .baseUrl("http://127.0.0.1:" + server.getAddress().getPort() + "/w/api.php")
        .cacheDir(cache)
        .contact("test@example.org")
        .minInterval(interval)
        .timeout(Duration.ofSeconds(5))
        .build();
  }

  @Test
  void searchFetchesEntitiesAndSendsAUserAgent() {
    WikidataClient c = client(Duration.ofMillis(10));
    List<WikidataItem> items = c.search("Keir Starmer");
    assertEquals(List.of("Q6383803", "Q900000103"), items.stream().map(WikidataItem::qid).toList());
    assertEquals("Q9630", items.get(0).claims("P102").get(0).value());
    assertEquals(2, agents.size());
    for (String ua : agents) {
      assertTrue(ua.startsWith("newsgraph/") && ua.contains("test@example.org"), ua);
    }
    assertTrue(queries.get(0).contains("action=wbsearchentities"));
    assertTrue(queries.get(1).contains("ids=Q6383803%7CQ900000103"), queries.get(1));
  }

  @Test
  void secondCallIsACacheHit() {
    WikidataClient c = client(Duration.ofMillis(10));
    c.searchIds("Keir Starmer");
    assertEquals(1, arrivals.size());
    // A new client with the same cache directory: the answer comes from disk.
    WikidataClient d = client(Duration.ofMillis(10));
    assertEquals(List.of("Q6383803", "Q900000103"), d.searchIds("Keir Starmer"));
    assertEquals(1, arrivals.size());
    assertEquals(1, d.cacheHits());
    assertEquals(0, d.requests());
  }

  @Test
  void rateLimitSpacesRequests() {
    WikidataClient c = client(Duration.ofMillis(200));
    c.searchIds("a");
    c.searchIds("b");
    c.searchIds("c");
    assertEquals(3, arrivals.size());
    for (int i = 1; i < arrivals.size(); i++) {
      long gapMs = (arrivals.get(i) - arrivals.get(i - 1)) / 1_000_000;
      assertTrue(gapMs >= 190, "gap " + gapMs + " ms");
    }
  }

  @Test
  void missingItemsAreAbsentAndErrorsSurface() {
    WikidataClient c = client(Duration.ofMillis(10));
    assertTrue(c.item("Q404").isEmpty());
    WikidataException e = assertThrows(WikidataException.class, () -> c.item("Q12345"));
    assertTrue(e.getMessage().contains("HTTP 404"), e.getMessage());
  }

  @Test
  void linkerWorksOnline() {
    WikidataClient c = client(Duration.ofMillis(10));
    List<LinkResult> r =
        WikidataLinker.create(c)
            .link(
                List.of(
                    TestEntities.entity("p", EntityKind.Person, "Keir Starmer", "Starmer"),
                    TestEntities.entity("p2", EntityKind.Person, "John Smith")));
    assertEquals("Q6383803", r.get(0).qid());
    assertFalse(r.get(0).candidates().isEmpty());
    assertEquals(null, r.get(1).qid());
  }
}
