package org.khaldun.spark;

import java.util.List;

/**
 * What one run of the job did.
 *
 * @param coded articles coded in this run (with or without events)
 * @param skipped articles skipped because an earlier run coded them
 * @param events event rows written
 * @param problems input records that could not be coded, each reported and skipped
 * @param firstProblems up to 20 of them, as {@code origin: reason}; all are in {@code _problems}
 * @param outletHomes outlets with a home area in the table the coding used (learned or read)
 */
public record JobSummary(
    long coded,
    long skipped,
    long events,
    long problems,
    List<String> firstProblems,
    int outletHomes) {

  public JobSummary {
    firstProblems = List.copyOf(firstProblems);
  }
}
