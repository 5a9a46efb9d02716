package com.okpay.helpcenter.content;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.CodeBlock;
import com.vladsch.flexmark.ast.DelimitedLinkNode;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ast.util.ReferenceRepository;
import com.vladsch.flexmark.ext.admonition.AdmonitionBlock;
import com.vladsch.flexmark.ext.tables.TableCaption;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jsoup.nodes.Element;

/**
 * What the site needs of an article before anyone opens it, read from its Markdown syntax tree
 * without rendering it: the text the search index and snippets use, the h2/h3 headings with the
 * ids the rendered page gives them, and the links and images it writes. Rendering and sanitizing
 * cost twice as much as parsing, so the HTML waits until the page is first asked for.
 *
 * <p>The text has the shape {@link BlockText} gives the rendered page (one line per block, what
 * the sanitizer would drop left out); raw HTML in the Markdown is sanitized here too, block by block.
 */
final class MarkdownOutline {
    /** The text, headings and the link and image addresses as written, links before images. */
    record Outline(String text, List<com.okpay.helpcenter.content.Heading> headings, List<String> links,
                   List<String> images) {
    }

    private final DataHolder options;
    private final Function<String, Element> sanitize;

    /** @param sanitize raw HTML as the rendered page's sanitizer leaves it (a body element) */
    MarkdownOutline(DataHolder options, Function<String, Element> sanitize) {
        this.options = options;
        this.sanitize = sanitize;
    }

    Outline of(Document document) {
        HeaderIdGenerator ids = new HeaderIdGenerator(options);
        ids.generateIds(document);
        Walk walk = new Walk(document, ids);
        walk.block(document);
        return new Outline(BlockText.lines(walk.text), walk.headings, walk.links, walk.images);
    }

    /** One pass over the tree: block boundaries become line ends, inline text is kept as the page shows it. */
    private final class Walk {
        final StringBuilder text = new StringBuilder();
        final List<com.okpay.helpcenter.content.Heading> headings = new ArrayList<>();
        final List<String> links = new ArrayList<>();
        final List<String> images = new ArrayList<>();
        private final ReferenceRepository references;
        private final HeaderIdGenerator ids;

        Walk(Document document, HeaderIdGenerator ids) {
            this.references = Parser.REFERENCES.get(document);
            this.ids = ids;
        }

        void block(Node node) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof Reference || child instanceof HtmlCommentBlock) {
                    continue;
                }
                if (child instanceof HtmlBlock html) {
                    raw(html.getChars().toString(), true);
                } else if (child instanceof CodeBlock || child instanceof IndentedCodeBlock || child instanceof FencedCodeBlock) {
                    text.append("\n").append(codeText((Block) child)).append("\n");
                } else if (child instanceof ThematicBreak) {
                    text.append('\n');
                } else if (child instanceof AdmonitionBlock admonition) {
                    text.append('\n').append(admonitionTitle(admonition)).append('\n');
                    block(child);
                    text.append('\n');
                } else if (child instanceof Block) {
                    text.append('\n');
                    int start = text.length();
                    if (child.getFirstChild() != null && !(child.getFirstChild() instanceof Block)) {
                        inline(child, text);
                    } else {
                        block(child);
                    }
                    if (child instanceof Heading heading) {
                        heading(heading, text.substring(start));
                    }
                    text.append('\n');
                } else {
                    inline(child, text);
                }
            }
        }

        /** Notes an h2 or h3 the page gives an id, with the text it shows. */
        private void heading(Heading heading, String shown) {
            String id = ids.getId(heading);
            if ((heading.getLevel() == 2 || heading.getLevel() == 3) && id != null && !id.isEmpty()) {
                headings.add(new com.okpay.helpcenter.content.Heading(heading.getLevel(), id, BlockText.oneLine(shown)));
            }
        }

        /** Appends the text of {@code node}'s children; links and images are noted only when {@code out} is the text. */
        void inline(Node node, StringBuilder out) {
            boolean collect = out == text;
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof TableSeparator || child instanceof HtmlInlineComment) {
                    continue;
                }
                if (child instanceof TableCell) {
                    out.append(' ');
                    inline(child, out);
                } else if (child instanceof TableRow || child instanceof TableCaption) {
                    out.append('\n');
                    inline(child, out);
                    out.append('\n');
                } else if (child instanceof Text) {
                    out.append(child.getChars().unescape());
                } else if (child instanceof Code code) {
                    out.append(code.getText());
                } else if (child instanceof HtmlEntity) {
                    out.append(child.getChars().unescape());
                } else if (child instanceof SoftLineBreak) {
                    out.append(' ');
                } else if (child instanceof HardLineBreak) {
                    out.append('\n');
                } else if (child instanceof HtmlInline) {
                    if (collect) {
                        raw(child.getChars().toString(), false);
                    }
                } else if (child instanceof Image image) {
                    if (collect) {
                        images.add(image.getUrl().unescape());
                    }
                } else if (child instanceof ImageRef ref) {
                    Reference target = ref.getReferenceNode(references);
                    if (collect && target != null) {
                        images.add(target.getUrl().unescape());
                    }
                } else if (child instanceof DelimitedLinkNode autolink && child.getFirstChild() == null) {
                    out.append(autolink.getText());
                } else if (child instanceof Block) {
                    out.append('\n');
                    block(child);
                    out.append('\n');
                } else {
                    if (collect) {
                        if (child instanceof Link link) {
                            links.add(link.getUrl().unescape());
                        } else if (child instanceof LinkRef ref) {
                            Reference target = ref.getReferenceNode(references);
                            if (target != null) {
                                links.add(target.getUrl().unescape());
                            }
                        }
                    }
                    inline(child, out);
                }
            }
        }

        /** Raw HTML as the sanitizer leaves it: its text, and the addresses of its links and images. */
        private void raw(String html, boolean block) {
            Element body = sanitize.apply(html);
            for (Element a : body.select("a[href]")) {
                links.add(a.attr("href"));
            }
            for (Element img : body.select("img[src]")) {
                images.add(img.attr("src"));
            }
            if (block) {
                text.append('\n').append(BlockText.of(body)).append('\n');
            }
        }
    }

    private static String codeText(Block block) {
        return block.getContentChars().toString().replace('\n', ' ');
    }

    private static String admonitionTitle(AdmonitionBlock admonition) {
        String title = admonition.getTitle().unescape();
        if (!admonition.getTitleChars().isNull()) {
            return title;
        }
        String info = admonition.getInfo().toString();
        return info.isEmpty() ? "" : Character.toUpperCase(info.charAt(0)) + info.substring(1);
    }

}
