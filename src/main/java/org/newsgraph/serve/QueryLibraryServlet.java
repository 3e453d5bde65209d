package org.newsgraph.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code GET /queries/} (or {@code /queries/index.json}): the research questions as JSON
 * ({@code [{file, title, description, query}]}); {@code GET /queries/NAME.rq}: one query's text.
 */
final class QueryLibraryServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final transient QueryLibrary library;

  QueryLibraryServlet(Path dir) {
    this.library = new QueryLibrary(dir);
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String path = WebPaths.safePath(req);
    if (path == null) {
      resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "Bad path");
      return;
    }
    resp.setHeader("X-Content-Type-Options", "nosniff");
    resp.setHeader("Cache-Control", "no-cache");
    if (path.equals("/") || path.equals("/index.json")) {
      resp.setContentType("application/json;charset=utf-8");
      resp.getOutputStream().write(JSON.writeValueAsBytes(library.entries()));
      return;
    }
    Optional<QueryLibrary.Entry> e = library.entry(path.substring(1));
    if (e.isEmpty()) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    resp.setContentType(WebPaths.contentType(".rq"));
    resp.getOutputStream().write(e.get().query().getBytes(StandardCharsets.UTF_8));
  }
}
