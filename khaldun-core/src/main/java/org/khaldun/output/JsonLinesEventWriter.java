package org.khaldun.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.Writer;

final class JsonLinesEventWriter implements EventWriter {
  private final Writer out;

  JsonLinesEventWriter(Writer out) {
    this.out = out;
  }

  @Override
  public void write(EventRecord record) {
    try {
      out.write(Json.mapper().writeValueAsString(record));
      out.write('\n');
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("event record cannot be serialised: " + e.getMessage(), e);
    } catch (IOException e) {
      throw EventWriter.outputFailed(e);
    }
  }

  @Override
  public void flush() {
    try {
      out.flush();
    } catch (IOException e) {
      throw EventWriter.outputFailed(e);
    }
  }

  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw EventWriter.outputFailed(e);
    }
  }
}
