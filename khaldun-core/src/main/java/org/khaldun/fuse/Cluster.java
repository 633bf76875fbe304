package org.khaldun.fuse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A fused event while it grows: its reports, why each joined, and the blocks it is filed under. */
final class Cluster {
  final int ordinal;
  final String fusedId;
  final List<Report> reports = new ArrayList<>();
  final List<String> reasons = new ArrayList<>();
  final Set<String> blocks = new HashSet<>();

  Cluster(int ordinal, String fusedId) {
    this.ordinal = ordinal;
    this.fusedId = fusedId;
  }

  void add(Report report, String reason) {
    reports.add(report);
    reasons.add(reason);
  }

  /**
   * The fused event as it now stands, built when asked and not kept: a kept copy would hold every
   * report twice.
   */
  FusedEvent fused() {
    return FusedValues.of(fusedId, reports, reasons);
  }
}
