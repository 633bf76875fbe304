package org.khaldun.output;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The one JSON mapping of records, shared by writers and tests. */
public final class Json {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .serializationInclusion(JsonInclude.Include.ALWAYS)
          .disable(SerializationFeature.INDENT_OUTPUT)
          .build();

  private Json() {}

  /** The mapper: snake_case names, nulls kept so that every record has every field. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }
}
