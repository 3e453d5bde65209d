package org.newsgraph.link;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A polite client for the Wikidata API ({@code wbsearchentities}, {@code wbgetentities}):
 * serial requests at most one per {@link Builder#minInterval}, a descriptive User-Agent,
 * timeouts, and an on-disk cache (one file per request URL, so the same request is answered
 * from disk and never sent twice). Only used in {@code --wikidata online} mode.
 *
 * <pre>
 * WikidataClient c = WikidataClient.create()
 *     .cacheDir(Path.of("cache/wikidata")).contact("me@example.org").build();
 * c.search("Keir Starmer");   // items from wbsearchentities + wbgetentities
 * </pre>
 */
public final class WikidataClient implements ItemSource {
  /** The public API endpoint. */
  public static final String DEFAULT_BASE = "https://www.wikidata.org/w/api.php";

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int MAX_IDS = 50; // the API's limit per wbgetentities call
  private static final int MAX_RETRIES = 2;

  private final String base;
  private final Path cacheDir;
  private final String userAgent;
  private final Duration minInterval;
  private final Duration timeout;
  private final String language;
  private final int searchLimit;
  private final HttpClient http;
  private final WikidataJson json = WikidataJson.standard();
  private final Map<String, Optional<WikidataItem>> items = new TreeMap<>();
  private long lastRequest = Long.MIN_VALUE;
  private long requests;
  private long cacheHits;

  private WikidataClient(Builder b) {
    this.base = b.base;
    this.cacheDir = b.cacheDir;
    this.userAgent = b.userAgent();
    this.minInterval = b.minInterval;
    this.timeout = b.timeout;
    this.language = b.language;
    this.searchLimit = b.searchLimit;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(b.timeout)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }

  /** A builder with the public endpoint, 200 ms between requests and 20 s timeouts. */
  public static Builder create() {
    return new Builder();
  }

  /** Configures a {@link WikidataClient}. */
  public static final class Builder {
    private String base = DEFAULT_BASE;
    private Path cacheDir;
    private String contact = "https://w3id.org/newsgraph";
    private Duration minInterval = Duration.ofMillis(200);
    private Duration timeout = Duration.ofSeconds(20);
    private String language = "en";
    private int searchLimit = 7;

    private Builder() {}

    /** The API URL ({@code .../w/api.php}). */
    public Builder baseUrl(String url) {
      this.base = url;
      return this;
    }

    /** Where answers are cached; null for no cache. */
    public Builder cacheDir(Path dir) {
      this.cacheDir = dir;
      return this;
    }

    /** A URL or e-mail address for the User-Agent, as Wikimedia's policy asks. */
    public Builder contact(String contact) {
      this.contact = contact;
      return this;
    }

    /** The least time between two requests sent. */
    public Builder minInterval(Duration d) {
      this.minInterval = d;
      return this;
    }

    /** Connect and request timeout. */
    public Builder timeout(Duration d) {
      this.timeout = d;
      return this;
    }

    /** The search language. */
    public Builder language(String lang) {
      this.language = lang;
      return this;
    }

    /** How many hits {@code wbsearchentities} returns per name. */
    public Builder searchLimit(int n) {
      this.searchLimit = n;
      return this;
    }

    String userAgent() {
      return "newsgraph/" + version() + " (" + contact + ") java-http-client";
    }

    /** Validates and builds. */
    public WikidataClient build() {
      if (base == null || !(base.startsWith("http://") || base.startsWith("https://"))) {
        throw new IllegalArgumentException("base URL must be http(s): " + base);
      }
      if (minInterval.isNegative() || timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("bad interval or timeout");
      }
      return new WikidataClient(this);
    }
  }

  private static String version() {
    Package p = WikidataClient.class.getPackage();
    String v = p == null ? null : p.getImplementationVersion();
    return v == null ? "dev" : v;
  }

  /** The User-Agent sent with every request. */
  public String userAgent() {
    return userAgent;
  }

  /** Requests sent over the network so far. */
  public synchronized long requests() {
    return requests;
  }

  /** Requests answered from the on-disk cache so far. */
  public synchronized long cacheHits() {
    return cacheHits;
  }

  @Override
  public List<WikidataItem> search(String name) {
    List<String> ids = searchIds(name);
    Map<String, WikidataItem> got = entities(ids);
    List<WikidataItem> out = new ArrayList<>();
    for (String id : ids) {
      WikidataItem i = got.get(id);
      if (i != null) {
        out.add(i);
      }
    }
    return out;
  }

  @Override
  public Optional<WikidataItem> item(String qid) {
    return Optional.ofNullable(entities(List.of(qid)).get(qid));
  }

  /** The ids {@code wbsearchentities} returns for a name, in its order. */
  public List<String> searchIds(String name) {
    SortedMap<String, String> p = new TreeMap<>();
    p.put("action", "wbsearchentities");
    p.put("search", name);
    p.put("language", language);
    p.put("uselang", language);
    p.put("type", "item");
    p.put("limit", Integer.toString(searchLimit));
    p.put("format", "json");
    JsonNode answer = get(p);
    List<String> ids = new ArrayList<>();
    for (JsonNode hit : answer.path("search")) {
      String id = hit.path("id").asText("");
      if (id.startsWith("Q") && !ids.contains(id)) {
        ids.add(id);
      }
    }
    return ids;
  }

  /** Items by id via {@code wbgetentities}, in batches; ids Wikidata lacks are absent. */
  public synchronized Map<String, WikidataItem> entities(List<String> ids) {
    List<String> todo = new ArrayList<>(new TreeSet<>(ids));
    todo.removeIf(items::containsKey);
    for (int i = 0; i < todo.size(); i += MAX_IDS) {
      List<String> batch = todo.subList(i, Math.min(todo.size(), i + MAX_IDS));
      SortedMap<String, String> p = new TreeMap<>();
      p.put("action", "wbgetentities");
      p.put("ids", String.join("|", batch));
      p.put("props", "labels|aliases|descriptions|claims|sitelinks");
      p.put("languages", String.join("|", WikidataJson.LANGUAGES));
      p.put("format", "json");
      JsonNode answer = get(p);
      for (String id : batch) {
        JsonNode e = answer.path("entities").path(id);
        items.put(id, Optional.ofNullable(e.isMissingNode() ? null : json.item(e)));
      }
    }
    Map<String, WikidataItem> out = new LinkedHashMap<>();
    for (String id : ids) {
      items.getOrDefault(id, Optional.empty()).ifPresent(it -> out.put(id, it));
    }
    return out;
  }

  /** One API call: from the cache when it holds the URL, else over the network. */
  public synchronized JsonNode get(SortedMap<String, String> params) {
    String url = url(params);
    Path cached = cacheDir == null ? null : cacheDir.resolve(sha256(url) + ".json");
    try {
      if (cached != null && Files.isRegularFile(cached)) {
        cacheHits++;
        return MAPPER.readTree(cached.toFile());
      }
      String body = fetch(url);
      JsonNode node = MAPPER.readTree(body);
      if (node.has("error")) {
        throw new WikidataException(
            "Wikidata API error " + node.path("error").path("code").asText() + ": "
                + node.path("error").path("info").asText());
      }
      if (cached != null) {
        Files.createDirectories(cacheDir);
        Path tmp = Files.createTempFile(cacheDir, "req", ".tmp");
        Files.writeString(tmp, body, StandardCharsets.UTF_8);
        Files.move(tmp, cached, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      }
      return node;
    } catch (IOException e) {
      throw new WikidataException("Wikidata request failed: " + url + ": " + e.getMessage(), e);
    }
  }

  private String fetch(String url) throws IOException {
    for (int attempt = 0; ; attempt++) {
      pace();
      HttpRequest req =
          HttpRequest.newBuilder(URI.create(url))
              .timeout(timeout)
              .header("User-Agent", userAgent)
              .header("Accept", "application/json")
              .GET()
              .build();
      HttpResponse<String> res;
      try {
        res = http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      } finally {
        requests++;
        lastRequest = System.nanoTime();
      }
      int code = res.statusCode();
      if (code == 200) {
        return res.body();
      }
      if ((code == 429 || code == 503) && attempt < MAX_RETRIES) {
        // Back off as the server asks, within reason.
        long wait = res.headers().firstValueAsLong("Retry-After").orElse(5);
        sleep(Duration.ofSeconds(Math.min(Math.max(wait, 1), 60)));
        continue;
      }
      throw new IOException("HTTP " + code);
    }
  }

  /** Waits until {@code minInterval} has passed since the last request was sent. */
  private void pace() {
    if (lastRequest == Long.MIN_VALUE) {
      return;
    }
    long due = lastRequest + minInterval.toNanos();
    long now = System.nanoTime();
    if (due > now) {
      sleep(Duration.ofNanos(due - now));
    }
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis(), (int) (d.toNanos() % 1_000_000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new WikidataException("interrupted while waiting to send a request");
    }
  }

  private String url(SortedMap<String, String> params) {
    StringBuilder b = new StringBuilder(base).append('?');
    boolean first = true;
    for (Map.Entry<String, String> e : params.entrySet()) {
      if (!first) {
        b.append('&');
      }
      first = false;
      b.append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
    }
    return b.toString();
  }

  private static String sha256(String s) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
