package com.okpay.helpcenter.search;

import com.okpay.helpcenter.content.ContentProblem;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * The synonym groups editors keep in {@code synonyms.txt}: one group of equivalent terms per line,
 * separated by commas, {@code #} starts a comment. A line that is not a group is reported with its
 * line number and skipped; it never stops the site. Applied at query time only, so editing the
 * file needs no re-indexing.
 */
final class Synonyms {
    static final String FILE = "synonyms.txt";
    private static final int MAX_TERM_LENGTH = 60;

    private final List<List<String>> groups;
    private final List<ContentProblem> problems;

    private Synonyms(List<List<String>> groups, List<ContentProblem> problems) {
        this.groups = List.copyOf(groups);
        this.problems = List.copyOf(problems);
    }

    static Synonyms none() {
        return new Synonyms(List.of(), List.of());
    }

    /** Reads the file next to site.yml; a missing file simply means no synonyms. */
    static Synonyms read(Path file) {
        if (!Files.isRegularFile(file)) {
            return none();
        }
        try {
            return parse(file, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Synonyms(List.of(), List.of(ContentProblem.warning(file, 0,
                    "cannot read synonyms (" + e.getMessage() + "): save the file as UTF-8 text")));
        }
    }

    static Synonyms parse(Path file, String text) {
        List<List<String>> groups = new ArrayList<>();
        List<ContentProblem> problems = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String problem = null;
            Set<String> terms = new LinkedHashSet<>();
            for (String term : line.split("[,，、]")) {
                String clean = term.strip().replaceAll("\\s+", " ");
                if (clean.length() > MAX_TERM_LENGTH) {
                    problem = "synonym '" + clean.substring(0, 20) + "...' is too long (at most " + MAX_TERM_LENGTH + " characters)";
                } else if (!clean.isEmpty()) {
                    terms.add(clean);
                }
            }
            if (line.contains("=>")) {
                problem = "'=>' mappings are not supported: list equivalent terms separated by commas";
            } else if (problem == null && terms.size() < 2) {
                problem = "a synonym group needs at least two terms separated by commas";
            }
            if (problem != null) {
                problems.add(ContentProblem.warning(file, i + 1, problem + " (line skipped)"));
            } else {
                groups.add(List.copyOf(terms));
            }
        }
        return new Synonyms(groups, problems);
    }

    List<List<String>> groups() {
        return groups;
    }

    List<ContentProblem> problems() {
        return problems;
    }

    /**
     * The groups as the given analyzer sees them, wrapped around it for queries. Terms the analyzer
     * cannot use (English words in the Chinese bigram field, stop words only) are left out of that
     * field, not reported: they work in the other fields.
     */
    Analyzer applyTo(Analyzer base) {
        try {
            SynonymMap.Parser terms = new AnalyzingBuilder(base);
            CharsRefBuilder scratch = new CharsRefBuilder();
            int pairs = 0;
            for (List<String> group : groups) {
                List<CharsRef> analyzed = new ArrayList<>();
                for (String term : group) {
                    try {
                        analyzed.add(terms.analyze(term, scratch));
                    } catch (IllegalArgumentException unusableHere) {
                        // eliminated by this field's analysis
                    }
                }
                for (CharsRef from : analyzed) {
                    for (CharsRef to : analyzed) {
                        if (!from.equals(to)) {
                            terms.add(from, to, true);
                            pairs++;
                        }
                    }
                }
            }
            return pairs == 0 ? base : new SynonymAnalyzer(base, terms.build());
        } catch (IOException e) {
            throw new IllegalStateException("analysing synonyms in memory cannot fail", e);
        }
    }

    /** Lucene's parser base class gives us its term analysis; we feed it our own groups. */
    private static final class AnalyzingBuilder extends SynonymMap.Parser {
        AnalyzingBuilder(Analyzer analyzer) {
            super(true, analyzer);
        }

        @Override
        public void parse(Reader in) {
            throw new UnsupportedOperationException("groups are added directly");
        }
    }

    private static final class SynonymAnalyzer extends AnalyzerWrapper {
        private final Analyzer base;
        private final SynonymMap map;

        SynonymAnalyzer(Analyzer base, SynonymMap map) {
            super(base.getReuseStrategy());
            this.base = base;
            this.map = map;
        }

        @Override
        protected Analyzer getWrappedAnalyzer(String fieldName) {
            return base;
        }

        @Override
        protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
            return new TokenStreamComponents(components.getSource(),
                    new SynonymGraphFilter(components.getTokenStream(), map, true));
        }
    }
}
