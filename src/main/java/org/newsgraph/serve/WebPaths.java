package org.newsgraph.serve;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;

/**
 * Checks request paths for the static servlets: only plain names made of letters, digits,
 * '-', '_' and '.', in plain folders, pass. Anything encoded, any backslash and any segment
 * starting with a dot ({@code ..}, hidden files) is refused before a resource is looked up.
 */
final class WebPaths {
  private WebPaths() {}

  // Segments start with a letter or digit, so "." and ".." can never match; linear, no nesting
  // of overlapping quantifiers.
  private static final Pattern SAFE =
      Pattern.compile("/(?:[A-Za-z0-9][A-Za-z0-9_-]*/)*[A-Za-z0-9][A-Za-z0-9_.-]*");

  /** The path the servlet should serve, or null when the request is not a plain safe path. */
  static String safePath(HttpServletRequest req) {
    String raw = req.getRequestURI();
    if (raw == null || raw.indexOf('%') >= 0 || raw.indexOf('\\') >= 0 || raw.contains("..")) {
      return null;
    }
    String path = req.getPathInfo();
    if (path == null) {
      path = req.getServletPath();
    }
    if (path == null || path.isEmpty() || path.equals("/")) {
      return "/";
    }
    return SAFE.matcher(path).matches() && !path.contains("..") ? path : null;
  }

  /** The media type for a file name, from its extension. */
  static String contentType(String name) {
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1);
    return switch (ext) {
      case "html" -> "text/html;charset=utf-8";
      case "js" -> "text/javascript;charset=utf-8";
      case "css" -> "text/css;charset=utf-8";
      case "json" -> "application/json;charset=utf-8";
      case "svg" -> "image/svg+xml";
      case "png" -> "image/png";
      case "ico" -> "image/x-icon";
      case "rq" -> "application/sparql-query;charset=utf-8";
      case "txt" -> "text/plain;charset=utf-8";
      default -> "application/octet-stream";
    };
  }
}
