package org.khaldun.store;

import java.util.Locale;

/** The formats a selection of events can be exported in. */
public enum ExportFormat {
  /** The columns of {@code khaldun code --format csv}, with a header row. */
  CSV("text/csv; charset=utf-8", "csv"),
  /** The same columns, typed (the interchange format {@code khaldun load} reads). */
  PARQUET("application/vnd.apache.parquet", "parquet"),
  /** A FeatureCollection of points, one per event with a place; the columns as properties. */
  GEOJSON("application/geo+json", "geojson");

  private final String mediaType;
  private final String extension;

  ExportFormat(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return extension;
  }

  /** Reads a {@code format} parameter value. */
  public static ExportFormat parse(String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidParameterException("format", "format is required: csv, parquet or geojson");
    }
    try {
      return valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException(
          "format", "format \"" + value + "\" is not one of csv, parquet, geojson");
    }
  }
}
