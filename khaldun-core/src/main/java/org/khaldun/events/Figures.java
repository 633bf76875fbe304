package org.khaldun.events;

import java.util.List;

/**
 * Casualty, arrest and size figures the event's sentence gives for it; each null when the text
 * gives none. A vague amount counts as its lower bound ("hundreds" as 200, "thousands" as 2,000:
 * two of the unit), so a figure is never more than the text says.
 *
 * @param dead people killed
 * @param injured people wounded or injured
 * @param arrested people arrested or detained
 * @param size people taking part (a crowd, a deployed force) or, for an assault, total casualties
 *     when the text gives only that
 * @param evidence the words each figure was read from, e.g. {@code "killed at least 12 people"}
 */
public record Figures(
    Integer dead, Integer injured, Integer arrested, Integer size, List<String> evidence) {

  public static final Figures NONE = new Figures(null, null, null, null, List.of());

  public Figures {
    evidence = List.copyOf(evidence);
  }

  public boolean isEmpty() {
    return dead == null && injured == null && arrested == null && size == null;
  }
}
