package org.newsgraph.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The main text and metadata of an HTML page: text from {@code <article>} (else {@code <main>},
 * else {@code <body>}) with scripts, navigation and asides removed, one paragraph a line;
 * metadata from Open Graph / article meta tags and JSON-LD {@code NewsArticle} when present.
 */
final class HtmlArticles {
  private HtmlArticles() {}

  record Parsed(String text, ArticleMetadata meta) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  static Parsed parse(String html) {
    Document doc = Jsoup.parse(html);
    String title = meta(doc, "og:title");
    String outlet = meta(doc, "og:site_name");
    String url = meta(doc, "og:url");
    String published = meta(doc, "article:published_time");
    for (Element s : doc.select("script[type=application/ld+json]")) {
      try {
        JsonNode n = JSON.readTree(s.data());
        JsonNode a = n.isArray() && n.size() > 0 ? n.get(0) : n;
        if (published == null && a.hasNonNull("datePublished")) {
          published = a.get("datePublished").asText();
        }
        if (title == null && a.hasNonNull("headline")) {
          title = a.get("headline").asText();
        }
        if (outlet == null && a.path("publisher").hasNonNull("name")) {
          outlet = a.path("publisher").get("name").asText();
        }
        if (url == null && a.hasNonNull("url")) {
          url = a.get("url").asText();
        }
      } catch (Exception e) {
        // broken JSON-LD is common in the wild; the text is still worth having
      }
    }
    if (title == null && !doc.title().isBlank()) {
      title = doc.title();
    }
    if (url == null) {
      Element canon = doc.selectFirst("link[rel=canonical]");
      if (canon != null) {
        url = canon.attr("href");
      }
    }
    doc.select("script, style, noscript, nav, header, footer, aside, form, iframe, svg").remove();
    Element root = doc.selectFirst("article");
    if (root == null) {
      root = doc.selectFirst("main");
    }
    if (root == null) {
      root = doc.body();
    }
    StringBuilder text = new StringBuilder();
    if (root != null) {
      Elements blocks = root.select("h1, h2, h3, p, li, blockquote");
      if (blocks.isEmpty()) {
        text.append(root.text());
      }
      for (Element b : blocks) {
        if (!b.select("p, li").isEmpty() && !b.is("p, li")) {
          continue;
        }
        String t = b.text().strip();
        if (!t.isEmpty()) {
          text.append(t).append('\n');
        }
      }
    }
    LocalDate d = PublicationDates.parse(published);
    return new Parsed(
        text.toString().strip(),
        new ArticleMetadata(
            blankToNull(title),
            blankToNull(outlet),
            blankToNull(url),
            d == null ? null : new PublicationDate(d, false, "html:meta"),
            blankToNull(doc.select("html").attr("lang"))));
  }

  private static String meta(Document doc, String property) {
    Element e = doc.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
    return e == null ? null : blankToNull(e.attr("content"));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
