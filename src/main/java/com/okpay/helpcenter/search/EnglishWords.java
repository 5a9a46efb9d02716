package com.okpay.helpcenter.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * About 21 000 common English words, spelled right. "Did you mean" replaces only a word that is
 * neither on the site nor here: on a site of a few dozen articles most everyday words are on no
 * page, and "somebody stole my card" was offered as "somebody store my call".
 */
final class EnglishWords {
    /** Kept next to this class; where the list comes from is said in its first lines. */
    static final String RESOURCE = "english-words.txt";

    private EnglishWords() {
    }

    /** Whether {@code word} (lower case) is a common English word. */
    static boolean known(String word) {
        return Loaded.WORDS.contains(word);
    }

    /** Read on the first correction, not at start-up. */
    private static final class Loaded {
        static final Set<String> WORDS = read();

        private static Set<String> read() {
            Set<String> words = new HashSet<>(32_768);
            try (InputStream in = EnglishWords.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the class path");
                }
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        words.add(line.strip());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("reading " + RESOURCE, e);
            }
            return Set.copyOf(words);
        }
    }
}
