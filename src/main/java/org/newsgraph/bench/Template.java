package org.newsgraph.bench;

import java.util.Map;

/**
 * Fills {@code {key}} placeholders from a map in one left-to-right pass (linear in the template).
 * A key ending in {@code .cap} gives the base value with a capital first letter.
 */
final class Template {

  private Template() {}

  static String fill(String template, Map<String, String> vars) {
    StringBuilder sb = new StringBuilder(template.length() + 64);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      if (c != '{') {
        sb.append(c);
        i++;
        continue;
      }
      int close = template.indexOf('}', i);
      if (close < 0) {
        throw new IllegalStateException("Unclosed placeholder in template: " + template);
      }
      sb.append(lookup(template.substring(i + 1, close), vars, template));
      i = close + 1;
    }
    return sb.toString();
  }

  private static String lookup(String key, Map<String, String> vars, String template) {
    String v = vars.get(key);
    if (v != null) {
      return v;
    }
    if (key.endsWith(".cap")) {
      String base = vars.get(key.substring(0, key.length() - 4));
      if (base != null) {
        return capitalise(base);
      }
    }
    throw new IllegalStateException("Unknown placeholder {" + key + "} in template: " + template);
  }

  static String capitalise(String s) {
    if (s.isEmpty() || Character.isUpperCase(s.charAt(0))) {
      return s;
    }
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
