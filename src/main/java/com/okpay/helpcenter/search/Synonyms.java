package com.okpay.helpcenter.search;

import com.okpay.helpcenter.content.ContentProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The synonym groups editors keep in {@code synonyms.txt}: one group of equivalent terms per line,
 * separated by commas, {@code #} starts a comment. A line that is not a group is reported with its
 * line number and skipped; it never stops the site. Applied at query time only (see
 * {@link QuerySynonyms}), so editing the file needs no re-indexing.
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
}
