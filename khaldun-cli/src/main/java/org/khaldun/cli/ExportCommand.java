package org.khaldun.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.khaldun.serve.ServerClient;
import org.khaldun.serve.ServerFile;
import org.khaldun.store.EventQuery;
import org.khaldun.store.EventStore;
import org.khaldun.store.ExportFormat;
import org.khaldun.store.InvalidParameterException;
import org.khaldun.store.StoreLockedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code khaldun export}: a filtered selection of stored events, as a file. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the stored events that match the filters as CSV (the columns of khaldun code"
          + " --format csv), Parquet (the same columns, typed) or GeoJSON (one point per event"
          + " with a place).",
      "Filters are those of the API: all optional, combined."
    })
final class ExportCommand implements Callable<Integer> {

  @Mixin StoreSettings store;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      required = true,
      description = "csv, parquet or geojson.")
  String format;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "FILE",
      description = "Output file (standard output when absent; required for parquet).")
  Path out;

  @Option(names = "--from", paramLabel = "DATE", description = "First event date (ISO).")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Last event date (ISO).")
  String to;

  @Option(
      names = "--type",
      paramLabel = "TYPE",
      description = "PLOVER event type (repeatable or comma-separated).")
  List<String> types = new ArrayList<>();

  @Option(names = "--mode", paramLabel = "MODE", description = "PLOVER mode.")
  String mode;

  @Option(names = "--quad-class", paramLabel = "QUAD", description = "Quad class.")
  String quadClass;

  @Option(
      names = "--actor",
      paramLabel = "ACTOR",
      description = "Source or target actor: id, or part of the name.")
  String actor;

  @Option(names = "--country", paramLabel = "ISO3", description = "Country of the place.")
  String country;

  @Option(names = "--admin1", paramLabel = "CODE", description = "Admin-1 code, e.g. IQ.12.")
  String admin1;

  @Option(
      names = "--bbox",
      paramLabel = "BOX",
      description = "minLon,minLat,maxLon,maxLat of the place.")
  String bbox;

  @Option(names = "--text", paramLabel = "WORDS", description = "Words in the sentence.")
  String text;

  @Option(
      names = "--fused",
      description =
          "Export fused events (one per real event, with its reports' ids and how each value was"
              + " chosen) instead of one row per report; csv, parquet or geojson.")
  boolean fused;

  @Spec CommandSpec spec;

  private static final Map<String, String> OPTION_OF =
      Map.of("quad_class", "--quad-class", "q", "--text");

  @Override
  public Integer call() {
    ExportFormat exportFormat;
    EventQuery filters;
    try {
      exportFormat = ExportFormat.parse(format);
      filters = EventQuery.parse(parameters());
    } catch (InvalidParameterException e) {
      String option = OPTION_OF.getOrDefault(e.parameter(), "--" + e.parameter());
      throw new ParameterException(spec.commandLine(), option + ": " + e.getMessage());
    }
    if (exportFormat == ExportFormat.PARQUET && out == null) {
      throw new ParameterException(spec.commandLine(), "--out is required for parquet");
    }
    EventStore events;
    try {
      events = EventStore.open(store.db);
    } catch (StoreLockedException e) {
      // a server holds the database: it exports for us
      ServerFile server =
          ServerFile.find(store.db)
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          e.getMessage() + "; wait for that process to end", e));
      Map<String, List<String>> parameters = parameters();
      parameters.put("format", List.of(format));
      if (fused) {
        parameters.put("fused", List.of("true"));
      }
      try (OutputStream target = openOutput()) {
        new ServerClient(server, null).export(parameters, target);
      } catch (IOException io) {
        throw new UncheckedIOException("cannot write " + out + ": " + io.getMessage(), io);
      }
      return 0;
    }
    try (events) {
      if (out != null) {
        if (fused) {
          events.exportFused(filters, exportFormat, out);
        } else {
          events.export(filters, exportFormat, out);
        }
      } else {
        try {
          OutputStream stdout = new BufferedOutputStream(System.out);
          if (fused) {
            events.exportFused(filters, exportFormat, stdout);
          } else {
            events.export(filters, exportFormat, stdout);
          }
          stdout.flush();
        } catch (IOException e) {
          throw new UncheckedIOException("cannot write to standard output: " + e, e);
        }
      }
    }
    return 0;
  }

  private OutputStream openOutput() throws IOException {
    if (out == null) {
      return new BufferedOutputStream(System.out) {
        @Override
        public void close() throws IOException {
          flush();
        }
      };
    }
    return new BufferedOutputStream(java.nio.file.Files.newOutputStream(out));
  }

  private Map<String, List<String>> parameters() {
    Map<String, List<String>> p = new LinkedHashMap<>();
    put(p, "from", from);
    put(p, "to", to);
    if (!types.isEmpty()) {
      p.put("type", types);
    }
    put(p, "mode", mode);
    put(p, "quad_class", quadClass);
    put(p, "actor", actor);
    put(p, "country", country);
    put(p, "admin1", admin1);
    put(p, "bbox", bbox);
    put(p, "q", text);
    return p;
  }

  private static void put(Map<String, List<String>> p, String name, String value) {
    if (value != null) {
      p.put(name, List.of(value));
    }
  }
}
