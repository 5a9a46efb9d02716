package com.okpay.helpcenter.content;

import com.vladsch.flexmark.ext.admonition.AdmonitionExtension;
import com.vladsch.flexmark.ext.admonition.internal.AdmonitionBlockParser;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.mappers.SpecialLeadInHandler;
import java.util.Set;

/**
 * flexmark's admonition extension ({@code !!! note}), minus its cost on every other line: its
 * block factory formats and compiles a regular expression for each line that might start a block,
 * which was a fifth of all Markdown parsing. Here a line that does not start with {@code !!!} or
 * {@code ???} is turned away before the factory sees it; the parsing and rendering are flexmark's.
 */
final class AdmonitionBlocks implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    private final AdmonitionExtension admonitions = AdmonitionExtension.create();

    @Override
    public void parserOptions(MutableDataHolder options) {
        admonitions.parserOptions(options);
    }

    @Override
    public void extend(Parser.Builder parser) {
        parser.customBlockParserFactory(new Factory(new AdmonitionBlockParser.Factory()));
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        admonitions.rendererOptions(options);
    }

    @Override
    public void extend(HtmlRenderer.Builder renderer, String rendererType) {
        admonitions.extend(renderer, rendererType);
    }

    private record Factory(CustomBlockParserFactory admonitions) implements CustomBlockParserFactory {
        @Override
        public BlockParserFactory apply(DataHolder options) {
            BlockParserFactory blocks = admonitions.apply(options);
            return (state, matched) -> startsWithMarker(state.getLine(), state.getNextNonSpaceIndex())
                    ? blocks.tryStart(state, matched) : BlockStart.none();
        }

        @Override
        public SpecialLeadInHandler getLeadInHandler(DataHolder options) {
            return admonitions.getLeadInHandler(options);
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return admonitions.getAfterDependents();
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return admonitions.getBeforeDependents();
        }

        @Override
        public boolean affectsGlobalScope() {
            return admonitions.affectsGlobalScope();
        }
    }

    /** {@code !!!}, {@code ???} or {@code ???+}: the only ways an admonition starts. */
    static boolean startsWithMarker(BasedSequence line, int at) {
        if (at + 3 > line.length()) {
            return false;
        }
        char first = line.charAt(at);
        return (first == '!' || first == '?') && line.charAt(at + 1) == first && line.charAt(at + 2) == first;
    }
}
