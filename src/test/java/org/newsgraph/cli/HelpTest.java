package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
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
