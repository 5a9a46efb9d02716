package com.okpay.helpcenter.semantic;

import com.okpay.helpcenter.content.Article;
import com.okpay.helpcenter.content.BlockText;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Cuts an article into the chunks that get vectors. Lengths are capped, and so is the number of
 * chunks per article, so one huge reference page costs no more than a few ordinary ones: embedding
 * time grows with the square of a text's length.
 */
final class Chunker {
    /**
     * Bump when chunks change shape, so the vector index is rebuilt rather than mixed (4: section
     * sentences of {@link Sentences} added).
     */
    static final int VERSION = 4;
    /** Characters per chunk: about 200-250 tokens of Chinese or English for bge-small. */
    static final int MAX_CHARS_CJK = 300;
    static final int MAX_CHARS_LATIN = 900;
    static final int MAX_CHUNKS = 12;
    private static final int MAX_PIECES_PER_SECTION = 2;

    private Chunker() {
    }

    static List<Chunk> chunks(Article article) {
        List<Chunk> chunks = new ArrayList<>();
        String opening = article.summary().isBlank() ? "" : article.summary();
        String tags = String.join(", ", article.tags());
        List<Section> sections = sections(article.html());
        String intro = sections.isEmpty() || sections.get(0).anchor() != null ? "" : sections.get(0).text();
        String passage = opening.isBlank() ? intro : opening;
        chunks.add(new Chunk(0, null, null, cap(article.title() + "\n" + opening + (tags.isEmpty() ? "" : "\n" + tags)
                + (opening.isBlank() ? "\n" + intro : "")), cap(passage)));
        for (Section section : sections) {
            if (section.anchor() == null) {
                continue;
            }
            String text = section.text();
            int max = maxChars(text);
            for (int piece = 0; piece < MAX_PIECES_PER_SECTION && chunks.size() < MAX_CHUNKS; piece++) {
                int from = piece * max;
                if (from >= text.length() || (piece > 0 && text.length() - from < max / 4)) {
                    break;
                }
                String part = text.substring(from, Math.min(text.length(), from + max));
                chunks.add(new Chunk(chunks.size(), section.anchor(), section.heading(),
                        cap(article.title() + " - " + section.heading() + "\n" + part), part));
            }
            if (chunks.size() >= MAX_CHUNKS) {
                break;
            }
        }
        return chunks;
    }

    private record Section(String anchor, String heading, String text) {
    }

    /** The body split at {@code h2}: the text before the first one (anchor null), then each section. */
    private static List<Section> sections(String html) {
        List<Section> sections = new ArrayList<>();
        String anchor = null;
        String heading = null;
        StringBuilder text = new StringBuilder();
        for (Element block : Jsoup.parseBodyFragment(html).body().children()) {
            if (block.tagName().equals("h2")) {
                add(sections, anchor, heading, text);
                anchor = block.id().isEmpty() ? "" : block.id();
                heading = block.text().replaceFirst("#$", "").strip();
                text.setLength(0);
            } else {
                // blocks stay apart: a heading or list item never runs into the next line
                String line = block.tagName().equals("pre") ? "" : BlockText.of(block);
                if (!line.isEmpty()) {
                    text.append(text.length() == 0 ? "" : "\n").append(line);
                }
            }
        }
        add(sections, anchor, heading, text);
        return sections;
    }

    private static void add(List<Section> sections, String anchor, String heading, StringBuilder text) {
        if (anchor != null || text.length() > 0) {
            sections.add(new Section(anchor, heading, text.toString()));
        }
    }

    static String cap(String text) {
        int max = maxChars(text);
        return text.length() <= max ? text : text.substring(0, max);
    }

    private static int maxChars(String text) {
        long cjk = text.codePoints().limit(400).filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        return cjk > 40 ? MAX_CHARS_CJK : MAX_CHARS_LATIN;
    }
}
