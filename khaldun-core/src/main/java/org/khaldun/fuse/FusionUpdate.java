package org.khaldun.fuse;

import java.util.List;
import java.util.Optional;

/**
 * What adding one article changed.
 *
 * @param articleId the article added
 * @param duplicate its near-duplicate link, or null when it is original
 * @param assignments for each of its events, in order, the fused event it now belongs to
 * @param changed the fused events it created or joined, as they now stand
 */
public record FusionUpdate(
    String articleId,
    DuplicateLink duplicate,
    List<Assignment> assignments,
    List<FusedEvent> changed) {

  public FusionUpdate {
    assignments = List.copyOf(assignments);
    changed = List.copyOf(changed);
  }

  public Optional<DuplicateLink> duplicateLink() {
    return Optional.ofNullable(duplicate);
  }

  /**
   * One event's place in the fusion.
   *
   * @param eventId the event
   * @param fusedId the fused event it belongs to
   * @param created whether the event started that fused event
   */
  public record Assignment(String eventId, String fusedId, boolean created) {}
}
