package com.okpay.helpcenter.semantic;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * bge-small v1.5 (quantized ONNX, in the jar, run in-process on the CPU): the Chinese model for
 * Chinese sites, the English one for the others. English queries get bge's retrieval instruction in
 * front; passages never do (that is how the model was trained). Chinese queries go without it: on
 * the judged questions the Chinese model ranked articles much better without its instruction
 * (dense-only hit@1 of colloquial questions 0.73 with it, 0.86 without; English 0.88 with it, 0.75
 * without: ChunkProbe), as bge's model card allows for v1.5 ("no instruction" costs little there).
 */
final class BgeEmbedder implements Embedder {
    private static final String EN_INSTRUCTION = "Represent this sentence for searching relevant passages: ";
    private final String name;
    private final String instruction;
    private final EmbeddingModel model;

    private BgeEmbedder(String name, String instruction, EmbeddingModel model) {
        this.name = name;
        this.instruction = instruction;
        this.model = model;
    }

    /** Loads the model from its jar; throws (any Throwable: native libraries may be missing) if it cannot. */
    static BgeEmbedder load(boolean chinese, Executor executor) {
        return chinese
                ? new BgeEmbedder("bge-small-zh-v1.5-q", "", new BgeSmallZhV15QuantizedEmbeddingModel(executor))
                : new BgeEmbedder("bge-small-en-v1.5-q", EN_INSTRUCTION, new BgeSmallEnV15QuantizedEmbeddingModel(executor));
    }

    @Override
    public String model() {
        return name;
    }

    @Override
    public int dimension() {
        return model.dimension();
    }

    @Override
    public List<float[]> passages(List<String> texts) {
        List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
        return model.embedAll(segments).content().stream().map(Embedding::vector).toList();
    }

    @Override
    public float[] query(String text) {
        return model.embed(instruction + text).content().vector();
    }
}
