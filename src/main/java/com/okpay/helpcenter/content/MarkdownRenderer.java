package com.okpay.helpcenter.content;

import com.vladsch.flexmark.ext.admonition.AdmonitionExtension;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;

/**
 * Turns an article's Markdown into the HTML the site shows. The flexmark parser and renderer are
 * built once and shared (both are thread-safe); each call sanitizes the output, then rewrites
 * relative links between .md files to article URLs and images to media URLs.
 */
public final class MarkdownRenderer {
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final String BASE = "http://content.invalid/";

    private final Parser parser;
    /**
     * The parser without autolinking: an autolink only ever makes an absolute address a link, so
     * it changes neither the text nor the content links an outline reads, and its scan of every
     * text for addresses was a twentieth of the 12 000-article cold start. Its inline parser
     * copies no paragraph per match ({@link CopyFreeInlineParser}).
     */
    private final Parser outlineParser;
    private final HtmlRenderer renderer;
    private final Cleaner cleaner = new Cleaner(HtmlSafelist.articles());
    private final RawHtmlInspector rawHtml = new RawHtmlInspector(HtmlSafelist.articles(), BASE);
    private final MarkdownOutline outline;

    public MarkdownRenderer() {
        MutableDataSet options = new MutableDataSet();
        List<Extension> extensions = List.of(TablesExtension.create(), StrikethroughExtension.create(),
                AutolinkExtension.create(), TaskListExtension.create(), FootnoteExtension.create(),
                new AdmonitionBlocks());
        options.set(Parser.EXTENSIONS, extensions);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        options.set(TablesExtension.CLASS_NAME, "table");
        // the default icon map is read from the extension's jar on every document; read it once
        options.set(AdmonitionExtension.TYPE_SVG_MAP, Map.copyOf(AdmonitionExtension.getQualifierSvgValueMap()));
        this.parser = Parser.builder(options).build();
        this.outlineParser = Parser.builder(new MutableDataSet(options).set(Parser.EXTENSIONS,
                extensions.stream().filter(e -> !(e instanceof AutolinkExtension)).toList()))
                .customInlineParserFactory(CopyFreeInlineParser::new)
                // flexmark adds the reference definitions' pre-processor only with its own inline parser
                .paragraphPreProcessorFactory(new ReferencePreProcessorFactory()).build();
        this.renderer = HtmlRenderer.builder(options).build();
        this.outline = new MarkdownOutline(options.toImmutable(), html -> sanitized(html).body());
    }

    private org.jsoup.nodes.Document sanitized(String html) {
        return cleaner.clean(Jsoup.parseBodyFragment(html, BASE));
    }

    /**
     * Renders {@code markdown} written in the file {@code source}, which lies in
     * {@code root/<locale>/<category>/}; links are resolved against that place.
     */
    public RenderedMarkdown render(String markdown, Path root, Path source, SitePaths paths) {
        return guarded(() -> render(markdown, root, source, paths, true));
    }

    /**
     * The page's HTML alone, as {@link #render} gives it: what an article page shows when first
     * asked for (its text, headings and links were read at load, see {@link #outline}).
     */
    public String html(String markdown, Path root, Path source, SitePaths paths) {
        try {
            return render(markdown, root, source, paths, false).html();
        } catch (StackOverflowError e) {
            // its outline was parsed at load, so this is not expected; the text is still worth showing
            return "<pre>" + org.jsoup.nodes.Entities.escape(markdown) + "</pre>";
        }
    }

    /** A file the parser cannot take: it says why, for the editor. */
    public static final class Unrenderable extends RuntimeException {
        Unrenderable() {
            super("nested too deeply, or a line too long, for the Markdown parser; simplify the nesting or split "
                    + "the line", null, false, false);
        }
    }

    /**
     * flexmark's parser, and every walk over its tree, recurse per level of nesting (quotes,
     * lists), and its patterns over runs of {@code *} or {@code _}: a file of 20 000 nested quotes
     * ran the stack out and took the whole load down with it.
     */
    private static <T> T guarded(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (StackOverflowError e) {
            throw new Unrenderable();
        }
    }

    private RenderedMarkdown render(String markdown, Path root, Path source, SitePaths paths, boolean withText) {
        Document ast = parser.parse(markdown);
        String rawHtml = renderer.render(ast);
        org.jsoup.nodes.Document clean = sanitized(rawHtml);
        clean.outputSettings().prettyPrint(false);

        List<LocalLink> links = new ArrayList<>();
        for (Element a : clean.select("a[href]")) {
            String href = a.attr("href");
            if (SCHEME.matcher(href).find() || href.startsWith("//")) {
                a.attr("rel", "noopener noreferrer");
            } else {
                rewrite(a, "href", root, source, paths, links, false);
            }
        }
        for (Element img : clean.select("img[src]")) {
            img.attr("loading", "lazy");
            rewrite(img, "src", root, source, paths, links, true);
        }
        String text = withText ? BlockText.of(clean.body()) : "";
        List<Heading> headings = new ArrayList<>();
        for (Element h : clean.select("h2[id], h3[id]")) {
            headings.add(new Heading(h.tagName().equals("h2") ? 2 : 3, h.id(), h.text()));
            h.appendElement("a").addClass("heading-anchor").attr("href", "#" + h.id())
                    .attr("aria-label", "#" + h.text()).text("#");
        }
        for (Element table : clean.select("table")) {
            table.wrap("<div class=\"table-scroll\"></div>");
        }
        return new RenderedMarkdown(clean.body().html().strip(), text, headings, links);
    }

    /** Raw HTML in the file's body that the sanitizer would drop, each at its line in the file. */
    public List<ContentProblem> unsupportedHtml(MarkdownFile file) {
        try {
            return rawHtml.inspect(parser.parse(file.body()), file);
        } catch (StackOverflowError e) {
            return List.of(); // too deep for the parser: the loader reported the file
        }
    }

    /**
     * What an article's Markdown gives before its page is rendered: its text, headings and links
     * as {@link #render} would find them in the page, for about half of what rendering costs.
     */
    public ArticleOutline outline(String markdown, Path root, Path source, SitePaths paths) {
        MarkdownOutline.Outline outline = guarded(() -> this.outline.of(outlineParser.parse(markdown)));
        List<LocalLink> links = new ArrayList<>();
        for (String href : outline.links()) {
            resolve(href, root, source, paths, links, false);
        }
        for (String src : outline.images()) {
            resolve(src, root, source, paths, links, true);
        }
        return new ArticleOutline(outline.text(), outline.headings(), links);
    }

    private static void rewrite(Element element, String attribute, Path root, Path source, SitePaths paths,
                                List<LocalLink> links, boolean image) {
        String url = resolve(element.attr(attribute), root, source, paths, links, image);
        if (url == null) {
            element.removeAttr(attribute);
        } else {
            element.attr(attribute, url);
        }
    }

    /**
     * The address on the site of a link or image written in {@code source}, noting it in
     * {@code links} when it is relative: as written when it is not a content file, null when it
     * points outside the content folder (dropped).
     */
    private static String resolve(String written, Path root, Path source, SitePaths paths, List<LocalLink> links,
                                  boolean image) {
        if (written.isEmpty() || written.startsWith("/") || written.startsWith("#")
                || SCHEME.matcher(written).find() || written.startsWith("//")) {
            return written;
        }
        int hash = written.indexOf('#');
        String file = hash < 0 ? written : written.substring(0, hash);
        String anchor = hash < 0 ? "" : written.substring(hash + 1);
        int query = file.indexOf('?');
        if (query >= 0) {
            file = file.substring(0, query);
        }
        Path target;
        try {
            target = source.getParent().resolve(java.net.URLDecoder.decode(file, java.nio.charset.StandardCharsets.UTF_8))
                    .normalize();
        } catch (RuntimeException e) {
            links.add(new LocalLink(written, root.resolve("..invalid.."), anchor, image));
            return written;
        }
        links.add(new LocalLink(written, target, anchor, image));
        if (!target.startsWith(root)) {
            return null;
        }
        Path relative = root.relativize(target);
        if (relative.getNameCount() != 3) {
            return written;
        }
        String locale = relative.getName(0).toString();
        String category = relative.getName(1).toString();
        String name = relative.getName(2).toString();
        String url;
        if (name.equals("_category.md")) {
            url = paths.category(locale, category);
        } else if (name.endsWith(".md")) {
            url = paths.article(locale, category, name.substring(0, name.length() - 3));
        } else {
            url = paths.media(locale, category, name);
        }
        return anchor.isEmpty() || image ? url : url + "#" + anchor;
    }
}
