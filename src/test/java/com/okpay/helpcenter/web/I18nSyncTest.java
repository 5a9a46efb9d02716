package com.okpay.helpcenter.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/**
 * The idea of spring-petclinic's I18nPropertiesSyncTest for our two languages: every text key
 * exists in English and Chinese, and templates hold no visible text that a translator cannot reach.
 */
class I18nSyncTest {
    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path SOURCES = Path.of("src/main/java");
    private static final String TWIN = "_zh_CN";
    private static final List<String> TEXT_ATTRIBUTES = List.of("title", "alt", "placeholder", "aria-label",
            "aria-description", "aria-roledescription", "aria-valuetext");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.-]+)(?:\\(|})");
    private static final Pattern JAVA_KEY = Pattern.compile("(?:pages\\.text|messages\\.get)\\([^,()]+,\\s*\"([A-Za-z0-9_.-]+)\"");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[^}]*}");

    @Test
    void everyBundleHasAChineseTwinWithTheSameKeysAndArguments() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path base : baseBundles()) {
            Path twin = base.resolveSibling(base.getFileName().toString().replace(".properties", TWIN + ".properties"));
            if (!Files.exists(twin)) {
                problems.add(base.getFileName() + " has no " + twin.getFileName());
                continue;
            }
            Properties english = load(base);
            Properties chinese = load(twin);
            compare(base, english, twin, chinese, problems);
            compare(twin, chinese, base, english, problems);
            for (String key : english.stringPropertyNames()) {
                if (chinese.containsKey(key) && !arguments(english.getProperty(key)).equals(arguments(chinese.getProperty(key)))) {
                    problems.add(key + " takes different arguments in " + base.getFileName() + " and " + twin.getFileName());
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static void compare(Path file, Properties keys, Path otherFile, Properties other, List<String> problems) {
        for (String key : new TreeSet<>(keys.stringPropertyNames())) {
            if (!other.containsKey(key)) {
                problems.add(file.getFileName() + " has " + key + " but " + otherFile.getFileName() + " does not");
            } else if (keys.getProperty(key).isBlank()) {
                problems.add(file.getFileName() + ": " + key + " is empty");
            }
        }
    }

    @Test
    void noKeyIsDefinedInTwoBundles() throws IOException {
        List<String> problems = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (Path base : baseBundles()) {
            for (String key : load(base).stringPropertyNames()) {
                if (!seen.add(key)) {
                    problems.add(key + " is defined again in " + base.getFileName() + " (the first bundle wins)");
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyKeyThatTemplatesAndControllersUseExists() throws IOException {
        Set<String> known = new TreeSet<>();
        for (Path base : baseBundles()) {
            known.addAll(load(base).stringPropertyNames());
        }
        List<String> problems = new ArrayList<>();
        for (Path file : files(TEMPLATES, ".html")) {
            keys(TEMPLATE_KEY, Files.readString(file), known, file, problems);
        }
        for (Path file : files(SOURCES, ".java")) {
            keys(JAVA_KEY, Files.readString(file), known, file, problems);
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static void keys(Pattern pattern, String text, Set<String> known, Path file, List<String> problems) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if (!known.contains(m.group(1))) {
                problems.add(file + " uses " + m.group(1) + ", which no bundle defines");
            }
        }
    }

    /**
     * Text a visitor sees must come from a bundle or the content: a text node with letters is fine
     * only where th:text, th:utext, th:replace or th:insert replaces it at render time.
     */
    @Test
    void templatesHaveNoHardCodedVisibleText() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : files(TEMPLATES, ".html")) {
            Document doc = Jsoup.parse(Files.readString(file));
            for (Element element : doc.getAllElements()) {
                for (TextNode text : element.textNodes()) {
                    if (hasLetters(text.text()) && !replaced(element)) {
                        problems.add(file.getFileName() + ": <" + element.tagName() + "> says \"" + text.text().strip() + "\"");
                    }
                }
                for (String attribute : TEXT_ATTRIBUTES) {
                    if (hasLetters(element.attr(attribute)) && !element.hasAttr("th:" + attribute)
                            && !element.attr("th:attr").contains(attribute + "=")) {
                        problems.add(file.getFileName() + ": <" + element.tagName() + " " + attribute + "=\""
                                + element.attr(attribute) + "\">");
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), "hard-coded text (use th:text=\"#{key}\"):\n" + String.join("\n", problems));
    }

    private static boolean replaced(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e.hasAttr("th:text") || e.hasAttr("th:utext") || e.hasAttr("th:replace") || e.hasAttr("th:insert")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLetters(String text) {
        return text.codePoints().anyMatch(Character::isLetter);
    }

    private static Set<String> arguments(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static List<Path> baseBundles() throws IOException {
        List<Path> bases = files(BUNDLES, ".properties").stream()
                .filter(p -> !p.getFileName().toString().contains("_")).toList();
        assertTrue(bases.size() >= 2, "bundles found in " + BUNDLES.toAbsolutePath());
        return bases;
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        assertEquals(properties.size(), properties.stringPropertyNames().size());
        return properties;
    }
}
