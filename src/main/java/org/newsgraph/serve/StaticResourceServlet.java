package org.newsgraph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/**
 * Serves the workbench from the classpath: files under {@code ui/}, and YASGUI from its webjar
 * at {@code /yasgui/}. Only files with a known extension are served; folders are never listed;
 * unsafe paths are refused (see {@link WebPaths}).
 */
final class StaticResourceServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  private static final String UI = "ui";
  private static final String YASGUI_PREFIX = "/yasgui/";
  private static final String YASGUI =
      "META-INF/resources/webjars/zazuko__yasgui/4.5.0/build/";
  private static final Set<String> YASGUI_FILES = Set.of("yasgui.min.js", "yasgui.min.css");
  private static final Set<String> EXTENSIONS =
      Set.of("html", "js", "css", "json", "svg", "png", "ico", "txt");

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String path = WebPaths.safePath(req);
    if (path == null) {
      resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "Bad path");
      return;
    }
    String resource = resourceFor(path);
    InputStream in = resource == null ? null : loader().getResourceAsStream(resource);
    if (in == null) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    try (in) {
      resp.setContentType(WebPaths.contentType(resource));
      resp.setHeader("X-Content-Type-Options", "nosniff");
      resp.setHeader("Cache-Control", "no-cache");
      in.transferTo(resp.getOutputStream());
    }
  }

  @Override
  protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    doGet(req, resp);
  }

  /** Maps a safe request path to a classpath resource name, or null if none may be served. */
  static String resourceFor(String path) {
    if (path.equals("/")) {
      return UI + "/index.html";
    }
    if (path.startsWith(YASGUI_PREFIX)) {
      String name = path.substring(YASGUI_PREFIX.length());
      return YASGUI_FILES.contains(name) ? YASGUI + name : null;
    }
    int dot = path.lastIndexOf('.');
    if (dot < 0 || !EXTENSIONS.contains(path.substring(dot + 1))) {
      return null;
    }
    return UI + path;
  }

  private static ClassLoader loader() {
    return StaticResourceServlet.class.getClassLoader();
  }
}
