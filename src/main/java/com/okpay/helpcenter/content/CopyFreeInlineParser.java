package com.okpay.helpcenter.content;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.CommonmarkInlineParser;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * flexmark's inline parser, but a regular expression's match no longer copies the whole paragraph.
 * flexmark reads each match through {@link Matcher#toMatchResult()}, which on JDK 17 turns the text
 * matched against (the paragraph, a {@link BasedSequence}) into a new string, only to take the
 * match's start and end from it; and it matches for every code span ({@code `+}) and link
 * ({@code spnl}). Over the reference pages of a 12 000-article corpus, those copies were 4-6 % of
 * a cold start's profile samples. Here the start and end are read from the matcher itself: the same
 * sequence comes back, and the parse is the same ({@code MarkdownOutlineTest} compares the outline
 * this parser reads against the page rendered by flexmark's own).
 */
final class CopyFreeInlineParser extends CommonmarkInlineParser {
    CopyFreeInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
                         Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
                         List<InlineParserExtensionFactory> inlineParserExtensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors, inlineParserExtensions);
    }

    @Override
    public BasedSequence match(Pattern re) {
        if (index >= input.length()) {
            return null;
        }
        Matcher matcher = re.matcher(input);
        matcher.region(index, input.length());
        if (!matcher.find()) {
            return null;
        }
        index = matcher.end();
        return input.subSequence(matcher.start(), matcher.end());
    }
}
