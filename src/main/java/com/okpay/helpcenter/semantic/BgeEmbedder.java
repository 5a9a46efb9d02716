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
 * Chinese sites, the English one for the others. Queries get bge's retrieval instruction in front;
 * passages do not (that is how the model was trained).
 */
final class BgeEmbedder implements Embedder {
    private static final String ZH_INSTRUCTION = "为这个句子生成表示以用于检索相关文章：";
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
                ? new BgeEmbedder("bge-small-zh-v1.5-q", ZH_INSTRUCTION, new BgeSmallZhV15QuantizedEmbeddingModel(executor))
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
