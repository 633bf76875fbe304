package org.khaldun.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code khaldun} command. */
@Command(
    name = "khaldun",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Turns news articles into event data: who did what to whom, where, when.",
    subcommands = {
      CodeCommand.class,
      BenchCommand.class,
      EvalCommand.class,
      IngestCommand.class,
      LoadCommand.class,
      ExportCommand.class,
      ServeCommand.class,
      GazetteerCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main {

  /**
   * Exit statuses: 0 all input coded; 1 some input could not be coded (each reported on stderr); 2
   * bad usage; 3 the run itself failed (output not writable, models missing).
   */
  static final int SOME_INPUT_FAILED = 1;

  static final int RUN_FAILED = 3;

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8));
    int status = run(out, err, args);
    out.flush();
    err.flush();
    System.exit(status);
  }

  static int run(PrintWriter out, PrintWriter err, String... args) {
    return new CommandLine(new Main())
        .setOut(out)
        .setErr(err)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler(
            (e, cmd, parsed) -> {
              cmd.getErr().println("khaldun: " + e.getMessage());
              return RUN_FAILED;
            })
        .execute(args);
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Main.class.getPackage().getImplementationVersion();
      return new String[] {"khaldun " + (version == null ? "(development build)" : version)};
    }
  }
}
