package com.okpay.helpcenter.semantic;

/**
 * A piece of an article that gets one vector: its title, summary and tags (index 0), or one
 * {@code ##} section with the article's title in front (long sections give several).
 *
 * @param embedded what the model reads
 * @param passage  what a visitor reads when this chunk is shown as the answer
 * @param anchor   the section heading's id, or null for the opening chunk
 */
record Chunk(int index, String anchor, String heading, String embedded, String passage) {
}
