package org.khaldun.events;

/** Whether the text says an event happened or only that it might, was planned, or is alleged. */
public enum Modality {
  /** Reported as having happened or happening. */
  ASSERTED,
  /** Announced or planned for the future ("plans to", "will"). */
  PLANNED,
  /** Threatened ("threatened to attack"). */
  THREATENED,
  /** Claimed by someone but presented as unverified ("allegedly", "accused of"). */
  ALLEGED,
  /** Possible or hypothetical ("may", "could", "if"). */
  POSSIBLE,
  /** Called for, demanded or urged, not yet done ("called on the government to act"). */
  REQUESTED
}
