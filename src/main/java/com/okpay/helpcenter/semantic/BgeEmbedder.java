package com.okpay.helpcenter.semantic;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * bge-small v1.5 (quantized ONNX, in the langchain4j model jars, run in-process on the CPU): the
 * Chinese model for Chinese sites, the English one for the others. English queries get bge's
 * retrieval instruction in front; passages never do (that is how the model was trained). Chinese
 * queries go without it: on the judged questions the Chinese model ranked articles much better
 * without its instruction (dense-only hit@1 of colloquial questions 0.73 with it, 0.86 without;
 * English 0.88 with it, 0.75 without: ChunkProbe), as bge's model card allows for v1.5.
 *
 * <p>It runs the model itself rather than through langchain4j's wrapper, which embedded one text per
 * call, tokenized every text three times, and ran a session using every core from every executor
 * thread at once (four busy threads on two cores). Here texts are tokenized once, cut at
 * {@link #MAX_TOKENS} and run one at a time, unpadded, and one session serves passages and queries.
 * Batching texts of similar length was tried and dropped: the model is quantized dynamically (one
 * scale per tensor, computed at run time), so a text's vector shifted with its batch neighbours and
 * their padding (cosine down to 0.988 against the same text alone), and the judged keyword queries
 * lost hit@1 (0.939 to 0.919, HybridQualityTest); one text per run cost no more CPU per chunk.
 */
final class BgeEmbedder implements Embedder {
    private static final String EN_INSTRUCTION = "Represent this sentence for searching relevant passages: ";
    /**
     * Tokens per passage, [CLS] and [SEP] included: the chunker's character caps already keep most
     * chunks under it; the rest are cut rather than cost up to 512 tokens (attention grows with the
     * square of the length).
     */
    static final int MAX_TOKENS = 256;
    private final String name;
    private final String instruction;
    private final OrtEnvironment environment;
    private final OrtSession session;
    private final boolean typeIds;
    private final String output;
    private final HuggingFaceTokenizer tokenizer;
    private final int dimension;
    /**
     * Runs hold it shared; {@link #stop(Duration)} takes it exclusively and keeps it. A run still inside
     * ONNX Runtime while the JVM shuts down crashed the process (SIGSEGV in the native library, an
     * hs_err file, exit status 134) about one stop in three while embedding.
     */
    private final ReentrantReadWriteLock runs = new ReentrantReadWriteLock();
    private volatile boolean stopped;

    private BgeEmbedder(String name, String instruction, OrtSession session, HuggingFaceTokenizer tokenizer) throws OrtException {
        this.name = name;
        this.instruction = instruction;
        this.environment = OrtEnvironment.getEnvironment();
        this.session = session;
        this.typeIds = session.getInputNames().contains("token_type_ids");
        this.output = session.getOutputNames().iterator().next();
        this.tokenizer = tokenizer;
        this.dimension = run(tokenizer.encode("dimension")).length;
    }

    /**
     * Loads the model from its jar, or from the copy ONNX Runtime optimized at an earlier start in
     * {@code prepared} (null: none); throws (any Throwable: native libraries may be missing) if it
     * cannot. {@code threads}: the session's intra-op threads (one text's run spread over them).
     */
    static BgeEmbedder load(boolean chinese, int threads, Path prepared) throws OrtException, IOException {
        // DJL otherwise asks the cloud's metadata address and phones home when its tokenizer library loads
        if (System.getProperty("OPT_OUT_TRACKING") == null) {
            System.setProperty("OPT_OUT_TRACKING", "true");
        }
        String file = chinese ? "bge-small-zh-v1.5-q" : "bge-small-en-v1.5-q";
        OrtSession session = session(file, threads, prepared);
        HuggingFaceTokenizer tokenizer;
        try (InputStream json = resource(file + "-tokenizer.json")) {
            tokenizer = HuggingFaceTokenizer.newInstance(json, Map.of("padding", "false", "truncation", "true",
                    "maxLength", String.valueOf(MAX_TOKENS)));
        }
        // the name says how texts are cut, so vectors of langchain4j's wrapper (no cut) are never mixed with these
        return new BgeEmbedder(file + "-" + MAX_TOKENS + "t", chinese ? "" : EN_INSTRUCTION, session, tokenizer);
    }

    /**
     * Reading the model out of the jar (24-34 MB inflated) and optimizing its graph took most of the
     * one to four seconds a model took to load on a busy machine, so the optimized graph is kept in
     * {@code prepared} (per ONNX Runtime version) and the next start loads it as it is. Optimized up to
     * the "extended" level only: the level above adds layouts tied to this CPU, which a BERT graph
     * does not use anyway. A copy that cannot be loaded is deleted and made again.
     */
    private static OrtSession session(String file, int threads, Path prepared) throws OrtException, IOException {
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        Path copy = prepared == null ? null : prepared.resolve(file + "-ort" + environment.getVersion() + ".onnx");
        if (copy != null && Files.exists(copy)) {
            try {
                return environment.createSession(copy.toString(), options(threads, OrtSession.SessionOptions.OptLevel.NO_OPT));
            } catch (OrtException e) {
                Files.deleteIfExists(copy);
            }
        }
        OrtSession.SessionOptions options = options(threads, OrtSession.SessionOptions.OptLevel.EXTENDED_OPT);
        Path written = null;
        if (copy != null) {
            Files.createDirectories(prepared);
            written = Files.createTempFile(prepared, file, ".tmp");
            options.setOptimizedModelFilePath(written.toString());
        }
        try (InputStream model = resource(file + ".onnx")) {
            OrtSession session = environment.createSession(model.readAllBytes(), options);
            if (written != null) {
                Files.move(written, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            return session;
        } finally {
            if (written != null) {
                Files.deleteIfExists(written);
            }
        }
    }

    private static OrtSession.SessionOptions options(int threads, OrtSession.SessionOptions.OptLevel level) throws OrtException {
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.setIntraOpNumThreads(threads);
        options.setInterOpNumThreads(1);
        options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
        options.setOptimizationLevel(level);
        // no busy-waiting between runs: the cores are shared with the web server
        options.addConfigEntry("session.intra_op.allow_spinning", "0");
        return options;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = BgeEmbedder.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("the embedding model file " + name + " is not on the class path");
        }
        return in;
    }

    @Override
    public String model() {
        return name;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    /** Tokens of a text as the model reads it (after the cut), [CLS] and [SEP] included. */
    int tokens(String text) {
        return tokenizer.encode(text).getIds().length;
    }

    @Override
    public List<float[]> passages(List<String> texts) {
        // each text alone: see the class comment for why texts are not batched
        return Arrays.stream(tokenizer.batchEncode(texts)).map(this::run).toList();
    }

    @Override
    public float[] query(String text) {
        return run(tokenizer.encode(instruction + text));
    }

    /**
     * Waits for the runs in flight (one text each: well under a second) and refuses every later
     * one with a {@link CancellationException}: once this returns, no thread is inside the native
     * library, so the JVM may exit.
     *
     * @return false if a run did not end within {@code wait}
     */
    @Override
    public boolean stop(Duration wait) throws InterruptedException {
        stopped = true;
        return runs.writeLock().tryLock(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One model run over one text, unpadded; bge's vector is the [CLS] token's, normalized. */
    private float[] run(Encoding encoding) {
        if (stopped || !runs.readLock().tryLock()) {
            throw new CancellationException("the embedding model is stopped: the server is shutting down");
        }
        try {
            return runUnderLock(encoding);
        } finally {
            runs.readLock().unlock();
        }
    }

    private float[] runUnderLock(Encoding encoding) {
        long[] ids = encoding.getIds();
        long[] mask = new long[ids.length];
        Arrays.fill(mask, 1L);
        long[] shape = {1, ids.length};
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put("input_ids", OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape));
            inputs.put("attention_mask", OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape));
            if (typeIds) {
                inputs.put("token_type_ids", OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[ids.length]), shape));
            }
            try (OrtSession.Result result = session.run(inputs, Set.of(output))) {
                // [1, length, dimension]: only the first token's vector is wanted, so nothing else is copied out
                FloatBuffer hidden = ((OnnxTensor) result.get(0)).getFloatBuffer();
                float[] cls = new float[hidden.capacity() / ids.length];
                hidden.get(0, cls);
                return normalize(cls);
            }
        } catch (OrtException e) {
            throw new IllegalStateException("the embedding model failed: " + e.getMessage(), e);
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    private static float[] normalize(float[] vector) {
        double sum = 0;
        for (float v : vector) {
            sum += v * v;
        }
        float norm = (float) Math.sqrt(sum);
        float[] unit = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            unit[i] = vector[i] / norm;
        }
        return unit;
    }
}
