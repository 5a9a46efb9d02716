package com.okpay.helpcenter.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.apache.lucene.util.automaton.Operations;

/**
 * Where the words of a query occur in a text: the text is cut into words with the highlighting
 * analyzer once, and each word is compared with what the query asked for (words, phrases such as
 * the characters of a Chinese word in a row, near spellings, beginnings of words). Lucene's own
 * highlighter does the same by building an index of the text and running the query on it, for
 * every title and snippet of every results page; this keeps the query's parts ready once per
 * search, and a text costs one pass of the analyzer.
 */
final class Marker {
    /** A place the query matched: {@code [start, end)} of the text. */
    record Span(int start, int end) {
    }

    /** A word of the text as the analyzer cut it: its analysed form, where it stands, its position. */
    record Token(String text, int start, int end, int position) {
    }

    /** The matches in a text (in order of their start; they may overlap), and its words. */
    record Found(List<Span> spans, List<Token> words) {
    }

    /** One part of the query: a phrase of words at relative positions, or one loose word. */
    private record Part(String[] words, int[] offsets, CharacterRunAutomaton loose) {
        boolean matches(int index, String word) {
            return loose != null ? loose.run(word) : words[index].equals(word);
        }

        int length() {
            return loose != null ? 1 : words.length;
        }
    }

    private final Analyzer analyzer;
    private final String field;
    private final List<Part> parts = new ArrayList<>();
    /** The first word of each word or phrase part, for a quick first test. */
    private final Set<String> firstWords = new HashSet<>();
    private boolean anyLoose;
    private boolean anyPhrase;

    /** @param queries term, phrase, fuzzy and prefix queries on {@code field}; others are ignored */
    Marker(Analyzer analyzer, String field, List<Query> queries) {
        this.analyzer = analyzer;
        this.field = field;
        for (Query query : queries) {
            add(query);
        }
    }

    boolean isEmpty() {
        return parts.isEmpty();
    }

    private void add(Query query) {
        if (query instanceof TermQuery term) {
            addWords(new Term[] {term.getTerm()}, new int[] {0});
        } else if (query instanceof PhraseQuery phrase && phrase.getTerms().length > 0) {
            addWords(phrase.getTerms(), phrase.getPositions());
        } else if (query instanceof FuzzyQuery fuzzy) {
            String text = fuzzy.getTerm().text();
            int prefixEnd = text.offsetByCodePoints(0, Math.min(fuzzy.getPrefixLength(), text.codePointCount(0, text.length())));
            addLoose(new CharacterRunAutomaton(new LevenshteinAutomata(text.substring(prefixEnd), fuzzy.getTranspositions())
                    .toAutomaton(fuzzy.getMaxEdits(), text.substring(0, prefixEnd))));
        } else if (query instanceof PrefixQuery prefix) {
            addLoose(new CharacterRunAutomaton(Operations.determinize(Operations.concatenate(
                    Automata.makeString(prefix.getPrefix().text()), Automata.makeAnyString()),
                    Operations.DEFAULT_DETERMINIZE_WORK_LIMIT)));
        }
    }

    private void addWords(Term[] terms, int[] positions) {
        String[] words = new String[terms.length];
        int[] offsets = new int[terms.length];
        for (int i = 0; i < terms.length; i++) {
            words[i] = terms[i].text();
            offsets[i] = positions[i] - positions[0];
        }
        parts.add(new Part(words, offsets, null));
        firstWords.add(words[0]);
        anyPhrase |= words.length > 1;
    }

    private void addLoose(CharacterRunAutomaton automaton) {
        parts.add(new Part(null, null, automaton));
        anyLoose = true;
    }

    /** Every place the query matched in {@code text}. */
    Found find(String text) {
        if (parts.isEmpty() || text.isEmpty()) {
            return new Found(List.of(), List.of());
        }
        List<Token> tokens = tokens(text);
        // only a phrase looks for the words that follow its first one
        Map<Integer, List<Integer>> atPosition = anyPhrase ? new HashMap<>() : Map.of();
        for (int i = 0; anyPhrase && i < tokens.size(); i++) {
            atPosition.computeIfAbsent(tokens.get(i).position(), p -> new ArrayList<>(1)).add(i);
        }
        List<Span> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (!anyLoose && !firstWords.contains(token.text())) {
                continue;
            }
            for (int p = 0; p < parts.size(); p++) {
                int end = matchFrom(parts.get(p), token, tokens, atPosition);
                if (end >= 0) {
                    found.add(new Span(token.start(), end));
                }
            }
        }
        found.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        return new Found(found, tokens);
    }

    /** The end offset of {@code part} matched starting at {@code first}, or -1. */
    private static int matchFrom(Part part, Token first, List<Token> tokens, Map<Integer, List<Integer>> atPosition) {
        if (!part.matches(0, first.text())) {
            return -1;
        }
        int end = first.end();
        for (int k = 1; k < part.length(); k++) {
            List<Integer> candidates = atPosition.get(first.position() + part.offsets()[k]);
            int matched = -1;
            if (candidates != null) {
                for (int index : candidates) {
                    if (part.matches(k, tokens.get(index).text())) {
                        matched = index;
                        break;
                    }
                }
            }
            if (matched < 0) {
                return -1;
            }
            end = Math.max(end, tokens.get(matched).end());
        }
        return end;
    }

    /** Spans in order of their start; those that overlap or touch become one (a word marked character by character is one mark). */
    static List<Span> joined(List<Span> found) {
        if (found.size() < 2) {
            return found;
        }
        List<Span> joined = new ArrayList<>();
        Span current = found.get(0);
        for (int i = 1; i < found.size(); i++) {
            Span next = found.get(i);
            if (next.start() <= current.end()) {
                current = new Span(current.start(), Math.max(current.end(), next.end()));
            } else {
                joined.add(current);
                current = next;
            }
        }
        joined.add(current);
        return joined;
    }

    private List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset(), position));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a String never fails to read
        }
        return tokens;
    }
}
