package org.newsgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs {@link SparkBuild#main} on local[2] in a child JVM, the way spark-submit would: Spark's
 * Servlet 5 jar in place of the Servlet 6 one Fuseki needs, and the --add-opens flags from the
 * pom ({@code spark.jvm.opens}).
 */
final class LocalSpark {
  private LocalSpark() {}

  /** Runs the job and returns its manifest. */
  static JsonNode build(Path out, int partitions, String... inputs)
      throws IOException, InterruptedException {
    String sep = File.pathSeparator;
    List<String> cp = new ArrayList<>();
    String testCp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    for (String e : testCp.split(sep)) {
      if (!e.contains("jakarta.servlet-api")) {
        cp.add(e);
      }
    }
    try (var s = Files.list(Path.of(System.getProperty("spark.lib", "target/spark-lib")))) {
      s.forEach(p -> cp.add(p.toString()));
    }
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx1g");
    cmd.addAll(Arrays.asList(System.getProperty("spark.jvm.opens", "").trim().split("\\s+")));
    cmd.addAll(List.of(
        "-Dspark.master=local[2]",
        "-Dspark.ui.enabled=false",
        "-Dspark.driver.host=127.0.0.1",
        "-Dspark.driver.bindAddress=127.0.0.1",
        "-cp", String.join(sep, cp),
        "org.newsgraph.spark.SparkBuild",
        "--out", out.toString(),
        "--partitions", String.valueOf(partitions)));
    cmd.addAll(Arrays.asList(inputs));
    Path log = Files.createTempFile("spark-build", ".log");
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    int rc = p.waitFor();
    assertEquals(0, rc, () -> "SparkBuild failed:\n" + tail(log));
    Files.deleteIfExists(log);
    return new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
  }

  private static String tail(Path log) {
    try {
      List<String> l = Files.readAllLines(log);
      return String.join("\n", l.subList(Math.max(0, l.size() - 60), l.size()));
    } catch (IOException e) {
      return e.toString();
    }
  }
}
