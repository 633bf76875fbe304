package org.khaldun.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.khaldun.serve.ServerFile;
import org.khaldun.store.EventStore;
import org.khaldun.store.StoreLockedException;
import picocli.CommandLine.Option;

/** The database option shared by the commands that use the event store. */
final class StoreSettings {
  static final String TOKEN_VARIABLE = "KHALDUN_TOKEN";

  @Option(
      names = "--db",
      paramLabel = "FILE",
      description = "The event database (DuckDB file; default: ${DEFAULT-VALUE}).")
  Path db = Path.of("khaldun.duckdb");

  /**
   * Opens the database, or fails with a message saying who holds it: DuckDB lets one process open a
   * file, and waiting would look like a hang.
   */
  EventStore open() {
    try {
      return EventStore.open(db);
    } catch (StoreLockedException e) {
      Optional<ServerFile> server = ServerFile.find(db);
      throw new IllegalStateException(
          e.getMessage()
              + server
                  .map(
                      s ->
                          "; a Khaldun server for it runs at " + s.url() + " (pid " + s.pid() + ")")
                  .orElse("; wait for that process to end, or use another --db"),
          e);
    }
  }

  /** The token from the option, else from {@value #TOKEN_VARIABLE}, else null. */
  static String token(String option) {
    if (option != null && !option.isBlank()) {
      return option;
    }
    String variable = System.getenv(TOKEN_VARIABLE);
    return variable == null || variable.isBlank() ? null : variable;
  }
}
