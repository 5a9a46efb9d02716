package com.okpay.helpcenter.content;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of rendered HTML with each block (heading, paragraph, list item, table row...) on a line
 * of its own. jsoup's {@code text()} joins blocks with a mere space, so a heading ran into the
 * paragraph under it and list items into each other, in snippets and answers alike.
 */
public final class BlockText {
    private static final Set<String> BLOCKS = Set.of("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote",
            "tr", "dt", "dd", "div", "table", "ul", "ol", "dl", "figure", "figcaption", "details", "summary", "hr", "br",
            "section", "aside", "th", "td");

    private BlockText() {
    }

    /** One line per block, whitespace inside a line collapsed, no empty lines. */
    public static String of(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(text.getWholeText().replace('\n', ' '));
                } else if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    out.append(element.normalName().equals("td") || element.normalName().equals("th") ? ' ' : '\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && BLOCKS.contains(element.normalName())
                        && !element.normalName().equals("td") && !element.normalName().equals("th")) {
                    out.append('\n');
                }
            }
        }, root);
        return lines(out);
    }

    /** One line per line of {@code raw}, whitespace inside a line collapsed, no empty lines. */
    static String lines(CharSequence raw) {
        StringBuilder lines = new StringBuilder();
        for (String line : raw.toString().split("\n")) {
            String clean = oneLine(line);
            if (!clean.isEmpty()) {
                lines.append(lines.length() == 0 ? "" : "\n").append(clean);
            }
        }
        return lines.toString();
    }

    /** {@code text} with its whitespace (no-break spaces included) collapsed and trimmed. */
    static String oneLine(CharSequence text) {
        // what "[\\s\\u00a0]+" replaced by a space did, by hand, in place in one array: this runs
        // for every block of every article read (compiled by C1 only, see JitPolicy), and the
        // regular expression took 2 % of a 12 000-article cold start's CPU
        char[] chars = text.toString().toCharArray();
        int length = 0;
        boolean inSpace = false;
        for (char c : chars) {
            if (isSpace(c)) {
                inSpace = true;
            } else {
                if (inSpace) {
                    chars[length++] = ' ';
                    inSpace = false;
                }
                chars[length++] = c;
            }
        }
        if (inSpace) {
            chars[length++] = ' ';
        }
        return new String(chars, 0, length).strip();
    }

    /** Regular expressions' {@code \s} (ASCII whitespace only) and the no-break space. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u00a0';
    }
}
