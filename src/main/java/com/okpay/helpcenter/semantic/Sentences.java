package com.okpay.helpcenter.semantic;

import com.okpay.helpcenter.content.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The sentences of an article's sections, each of which gets a vector of its own next to the
 * section's. A question usually paraphrases one sentence ("I think my account was hacked" against
 * "think someone else has access to your account"), and in a whole section's vector that sentence
 * is diluted by the rest; a section counts its best sentence when that is nearer than the section
 * itself (issue 12, second pass: English paraphrases 0.844 -> 0.906 hit@1 on the tuning rows).
 * Only for non-Chinese articles: on the Chinese content sentences changed no hit@1 at any length
 * tried, so they would only cost embedding time. Sentences only rank articles; the answer shown
 * above the results stays a whole chunk.
 */
final class Sentences {
    /** Shorter pieces (list labels, "Real time") say too little to be matched alone. */
    static final int MIN_CHARS = 20;
    /**
     * Sentences per article, in reading order: bounds the embedding cost of long reference pages
     * (a sentence costs about a third of a chunk).
     */
    static final int MAX_PER_ARTICLE = 32;
    private static final Pattern END = Pattern.compile("(?<=[.:!?;])\\s+|\\n");

    private Sentences() {
    }

    /** The sentences of the section chunks ({@code chunks} as {@link Chunker#chunks} cut them). */
    static List<String> of(Article article, List<Chunk> chunks) {
        List<String> sentences = new ArrayList<>();
        if (article.locale().startsWith("zh")) {
            return sentences;
        }
        for (Chunk chunk : chunks) {
            if (chunk.index() == 0) {
                continue;
            }
            for (String piece : END.split(chunk.passage())) {
                String sentence = piece.strip();
                if (sentence.length() >= MIN_CHARS) {
                    sentences.add(sentence);
                    if (sentences.size() == MAX_PER_ARTICLE) {
                        return sentences;
                    }
                }
            }
        }
        return sentences;
    }
}
