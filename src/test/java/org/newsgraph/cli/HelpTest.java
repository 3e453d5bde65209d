package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command and subcommand answers {@code --help} with its usage and exit code 0. */
class HelpTest {

  @Test
  void everyCommandAnswersHelp() {
    List<List<String>> paths = new ArrayList<>();
    collect(new CommandLine(new Main()), new ArrayList<>(), paths);
    assertTrue(paths.size() > 10, "too few commands found: " + paths);
    for (List<String> path : paths) {
      List<String> args = new ArrayList<>(path);
      args.add("--help");
      Cli r = Cli.run(args.toArray(String[]::new));
      String name = String.join(" ", path);
      assertEquals(0, r.exit(), name + " --help: " + r.err());
      assertTrue(r.out().contains("Usage: newsgraph " + name), name + " --help printed: " + r.out());
      assertTrue(r.out().contains("-h, --help"), name + " --help does not list --help");
    }
  }

  /**
   * Picocli wraps each element of a description at the usage width on its own, so a paragraph
   * split over elements longer than a line comes out broken mid-sentence ("written" alone on
   * a line). A paragraph is one element (picocli wraps it), or lines that each fit; examples
   * fit on a line; option descriptions are one element (their column is narrower).
   */
  @Test
  void helpTextIsNotBrokenMidParagraph() {
    List<String> problems = new ArrayList<>();
    for (CommandLine cl : commands()) {
      var spec = cl.getCommandSpec();
      int width = spec.usageMessage().width();
      List<String> lines = new ArrayList<>(List.of(spec.usageMessage().description()));
      lines.add("");
      lines.addAll(List.of(spec.usageMessage().footer()));
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        boolean continued = i + 1 < lines.size() && !lines.get(i + 1).isEmpty();
        boolean example = line.startsWith("  ");
        if ((continued || example) && line.length() > width) {
          problems.add(spec.qualifiedName() + ": wraps mid-paragraph: " + line);
        }
      }
      for (var opt : spec.options()) {
        if (opt.description().length > 1) {
          problems.add(spec.qualifiedName() + " " + opt.longestName() + ": description in pieces");
        }
        if (opt.arity().max() > 0 && opt.paramLabel().startsWith("<")) {
          problems.add(spec.qualifiedName() + " " + opt.longestName() + ": no paramLabel");
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  /** Query files named in help texts exist: an example that names a missing file teaches wrong. */
  @Test
  void queryFilesNamedInHelpExist() {
    Pattern rq = Pattern.compile("queries/([\\w.-]+\\.rq)");
    List<String> missing = new ArrayList<>();
    for (CommandLine cl : commands()) {
      Matcher m = rq.matcher(cl.getUsageMessage());
      while (m.find()) {
        if (!Files.isRegularFile(Path.of("queries", m.group(1)))) {
          missing.add(cl.getCommandSpec().qualifiedName() + ": " + m.group());
        }
      }
    }
    assertEquals(List.of(), missing);
  }

  private static List<CommandLine> commands() {
    List<CommandLine> out = new ArrayList<>();
    CommandLine root = new CommandLine(new Main());
    out.add(root);
    List<List<String>> paths = new ArrayList<>();
    collect(root, new ArrayList<>(), paths);
    for (List<String> path : paths) {
      CommandLine cl = root;
      for (String name : path) {
        cl = cl.getSubcommands().get(name);
      }
      out.add(cl);
    }
    return out;
  }

  @Test
  void versionIsAnsweredBySubcommandsToo() {
    Cli r = Cli.run("build", "--version");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().matches("(?s).*\\d.*"), r.out());
  }

  private static void collect(CommandLine cl, List<String> prefix, List<List<String>> out) {
    for (var e : cl.getSubcommands().entrySet()) {
      if (e.getKey().equals("help") || e.getValue().getCommandSpec().usageMessage().hidden()) {
        continue;
      }
      List<String> path = new ArrayList<>(prefix);
      path.add(e.getKey());
      out.add(path);
      collect(e.getValue(), path, out);
    }
  }
}
