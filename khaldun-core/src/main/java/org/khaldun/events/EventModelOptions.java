package org.khaldun.events;

/**
 * Whether and how the learned {@link EventModel} helps the rule coder, validated when built.
 *
 * @param enabled whether the pipeline loads and uses the model
 * @param minScore the least mean similarity between a sentence and its type's nearest prototypes
 *     for the model to code a sentence the rules left without an event (0 to 1)
 * @param minMargin the least lead of that type over the runner-up, another type or NONE (0 to 1)
 */
public record EventModelOptions(boolean enabled, double minScore, double minMargin) {

  /**
   * Default {@link #minScore()}: a floor for sentences unlike every prototype. The margin does the
   * selecting; a higher floor lowered precision when the prototypes were classified leave-one-out.
   */
  public static final double DEFAULT_MIN_SCORE = 0.2;

  /**
   * Default {@link #minMargin()}. When each prototype is classified by the others, a lead of 0.10
   * keeps 63% of the accepted guesses right and accepts no NONE prototype, against 49% right at
   * 0.06 and 38% with no margin; 0.15 is 86% right but accepts 4% of the events.
   */
  public static final double DEFAULT_MIN_MARGIN = 0.10;

  public EventModelOptions {
    if (!(minScore >= 0 && minScore <= 1)) {
      throw new IllegalArgumentException("minScore must be between 0 and 1, got " + minScore);
    }
    if (!(minMargin >= 0 && minMargin <= 1)) {
      throw new IllegalArgumentException("minMargin must be between 0 and 1, got " + minMargin);
    }
  }

  /** The model on, with the default thresholds. */
  public static EventModelOptions defaults() {
    return new EventModelOptions(true, DEFAULT_MIN_SCORE, DEFAULT_MIN_MARGIN);
  }

  /** The model off: rules only. */
  public static EventModelOptions disabled() {
    return new EventModelOptions(false, DEFAULT_MIN_SCORE, DEFAULT_MIN_MARGIN);
  }

  public EventModelOptions withEnabled(boolean on) {
    return new EventModelOptions(on, minScore, minMargin);
  }
}
