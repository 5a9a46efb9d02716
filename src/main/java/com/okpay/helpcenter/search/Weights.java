package com.okpay.helpcenter.search;

/**
 * How much each kind of match counts. Tuned on the judged queries of {@code SearchQualityTest};
 * a title match must outweigh tags and headings, which outweigh the summary, then the body.
 *
 * @param bigrams  a Chinese character-pair match, relative to a word match in the same field
 * @param pinyin   a pinyin match on a title or tag word
 * @param fuzzy    a near spelling, relative to the exact word
 * @param prefix   a completion of the word being typed
 * @param synonyms a synonym from synonyms.txt, relative to the word typed
 * @param question the whole text of a question, question words included, relative to its topical
 *                 words ({@link QuestionWords}); 1 searches the text as typed only
 * @param titleAll a title that has every word of a query of several words, on top of its matches
 *                 word by word: a short title with one of the words no longer outranks it
 * @param titleExact a title that has every word of a query of several words as typed, not only their
 *                   stems ({@link ArticleDocument#TITLE_EXACT}), on top of {@code titleAll}
 */
record Weights(float title, float tags, float headings, float summary, float body,
               float bigrams, float pinyin, float fuzzy, float prefix, float synonyms, float question, float titleAll,
               float titleExact) {

    static final Weights DEFAULT = new Weights(4.5f, 4f, 1.8f, 1.6f, 1.3f, 0.8f, 8f, 0.5f, 0.5f, 0.3f, 0.5f, 4f, 2f);

    Weights withQuestion(float weight) {
        return new Weights(title, tags, headings, summary, body, bigrams, pinyin, fuzzy, prefix, synonyms, weight, titleAll, titleExact);
    }

    Weights withTitleAll(float weight) {
        return new Weights(title, tags, headings, summary, body, bigrams, pinyin, fuzzy, prefix, synonyms, question, weight, titleExact);
    }

    Weights withTitleExact(float weight) {
        return new Weights(title, tags, headings, summary, body, bigrams, pinyin, fuzzy, prefix, synonyms, question, titleAll, weight);
    }

    float field(String name) {
        return switch (name) {
            case ArticleDocument.TITLE -> title;
            case ArticleDocument.TAGS -> tags;
            case ArticleDocument.HEADINGS -> headings;
            case ArticleDocument.SUMMARY -> summary;
            case ArticleDocument.BODY -> body;
            default -> throw new IllegalArgumentException("not a text field: " + name);
        };
    }
}
