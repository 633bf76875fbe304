package org.khaldun.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Language identification with OpenNLP's 103-language model from the {@code
 * opennlp-models-langdetect} jar. The model (about 10 MB) is loaded once, on first use; the holder
 * class makes that lazy and thread-safe. The detector itself is cheap and made per call, because
 * OpenNLP does not promise that one instance may be shared between threads.
 */
final class LanguageGuard {
  static final String ENGLISH = "eng";
  private static final String MODEL_RESOURCE = "langdetect-183.bin";

  /** Enough text to identify a language; more only costs time. */
  private static final int SAMPLE_CHARS = 1500;

  private LanguageGuard() {}

  private static final class Holder {
    static final LanguageDetectorModel MODEL = load();
  }

  /** The ISO 639-3 code of the most likely language of {@code text}. */
  static String detect(String text) {
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    Language best = new LanguageDetectorME(Holder.MODEL).predictLanguage(sample);
    return best.getLang();
  }

  private static LanguageDetectorModel load() {
    ClassLoader loader = LanguageGuard.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(MODEL_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "language model "
                + MODEL_RESOURCE
                + " is not on the classpath: add org.apache.opennlp:opennlp-models-langdetect");
      }
      return new LanguageDetectorModel(new BufferedInputStream(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read language model " + MODEL_RESOURCE, e);
    }
  }
}
