package org.khaldun.nlp;

import java.util.Optional;

/** CoreNLP's entity tags mapped to Khaldun's coarse {@link EntityType}s. */
final class NerTags {

  /** The tag CoreNLP and Khaldun use for "no entity". */
  static final String NONE = "O";

  private NerTags() {}

  /**
   * The coarse type of a CoreNLP tag. The fast configuration only produces the four CoNLL classes;
   * the fine-grained ones are mapped too, so that a change of model cannot leak them. Numeric and
   * temporal tags (DATE, MONEY, ...) are not entities here. The project's corrections use private
   * labels ({@code KHALDUN_LOCATION}, see {@link EntityCorrections}).
   */
  static Optional<EntityType> coarse(String tag) {
    if (tag == null) {
      return Optional.empty();
    }
    String bare =
        tag.startsWith(EntityCorrections.LABEL_PREFIX)
            ? tag.substring(EntityCorrections.LABEL_PREFIX.length())
            : tag;
    return switch (bare) {
      case "PERSON" -> Optional.of(EntityType.PERSON);
      case "ORGANIZATION" -> Optional.of(EntityType.ORGANIZATION);
      case "LOCATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE" -> Optional.of(EntityType.LOCATION);
      case "MISC", "NATIONALITY", "RELIGION", "IDEOLOGY" -> Optional.of(EntityType.MISC);
      default -> Optional.empty();
    };
  }
}
