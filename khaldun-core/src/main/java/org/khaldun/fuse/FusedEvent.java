package org.khaldun.fuse;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.khaldun.output.EventRecord.ActorRef;
import org.khaldun.output.EventRecord.LocationRef;

/**
 * One real event as several reports describe it: the fused values, and every report with its own.
 *
 * @param fusedId stable id: {@code fu-} and the event id of the report that started it
 * @param eventType PLOVER type shared by the reports
 * @param quadClass its quad class
 * @param reports every supporting report, in the order they arrived
 * @param independentSources number of distinct sources (see {@link FusedReport#sourceKey()}):
 *     near-duplicate copies and several reports from one outlet count once
 * @param outlets distinct outlet names of the reports' articles, in order of first report
 * @param dead fused figure, or null when no report gives one (see {@code choices} for the rule)
 * @param injured fused figure, or null
 * @param arrested fused figure, or null
 * @param size fused figure, or null
 * @param location fused place, or null when no report has one
 * @param date fused ISO date, or null when no report or article is dated
 * @param source fused acting actor, or null
 * @param target fused actor acted on, or null
 * @param choices how each fused value was chosen, one sentence per field ({@code dead: ...})
 */
@JsonIgnoreProperties(
    value = {"report_count"},
    allowGetters = true)
public record FusedEvent(
    String fusedId,
    String eventType,
    String quadClass,
    List<FusedReport> reports,
    int independentSources,
    List<String> outlets,
    Integer dead,
    Integer injured,
    Integer arrested,
    Integer size,
    LocationRef location,
    String date,
    ActorRef source,
    ActorRef target,
    List<String> choices) {

  public FusedEvent {
    reports = List.copyOf(reports);
    outlets = List.copyOf(outlets);
    choices = List.copyOf(choices);
  }

  /** Number of supporting reports, near-duplicates included. */
  @JsonProperty("report_count")
  public int reportCount() {
    return reports.size();
  }
}
