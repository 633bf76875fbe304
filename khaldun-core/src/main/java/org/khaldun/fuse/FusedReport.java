package org.khaldun.fuse;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.khaldun.output.EventRecord;

/**
 * One event report inside a fused event.
 *
 * @param event the report as coded from its article; its own figures, place and date are kept here.
 *     From a {@link Fuser} it holds the fields fusion reads only (ids, type, quad class, figures,
 *     actors, place, date, the article's outlet and publication date): a fuser keeps no sentences,
 *     so one over millions of events stays small. The store reads the full records back from its
 *     events table.
 * @param sourceKey who the report independently comes from: the outlet of the report's article, or
 *     of the original when the article is a near-duplicate ({@code outlet:NAME}, or {@code
 *     article:ID} when the outlet is unknown)
 * @param duplicateOf the original article when the report's article is a near-duplicate, else null
 * @param reason why the report joined the fused event: the criteria it matched, and against which
 *     report ({@code first report} for the report that started it)
 */
@JsonIgnoreProperties(
    value = {"independent"},
    allowGetters = true)
public record FusedReport(EventRecord event, String sourceKey, String duplicateOf, String reason) {

  /** Whether the report comes from an article of its own, not a near-duplicate of another. */
  @JsonProperty("independent")
  public boolean independent() {
    return duplicateOf == null;
  }
}
