package com.okpay.helpcenter.content;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/** Splits a Markdown file into its {@code ---} YAML header and body, and types the header. */
public final class FrontMatterParser {

    public static final Set<String> ARTICLE_KEYS = Set.of("title", "summary", "tags", "order",
            "updated", "draft", "aliases", "id", "translationKey", "type");
    public static final Set<String> CATEGORY_KEYS = Set.of("title", "description", "order", "icon");

    public MarkdownFile parse(Path path, String source) throws ContentException {
        String text = source.startsWith("\uFEFF") ? source.substring(1) : source;
        text = text.replace("\r\n", "\n");
        if (!text.startsWith("---\n")) {
            throw new ContentException(path, 1, "missing front matter: start the file with a '---' line, "
                    + "then 'title: ...', then another '---' line");
        }
        int end = findClosingFence(text);
        if (end < 0) {
            throw new ContentException(path, 1, "front matter is not closed: add a '---' line after it");
        }
        String yaml = text.substring(4, end);
        int afterFence = text.indexOf('\n', end + 1);
        String body = afterFence < 0 ? "" : text.substring(afterFence + 1);
        int bodyLine = SourceLines.lineAt(text, afterFence < 0 ? text.length() : afterFence + 1);
        FrontMatter frontMatter = typed(path, yaml);
        return new MarkdownFile(path, frontMatter, body, bodyLine);
    }

    private static int findClosingFence(String text) {
        int from = 4;
        while (from <= text.length()) {
            int lineEnd = text.indexOf('\n', from);
            String line = lineEnd < 0 ? text.substring(from) : text.substring(from, lineEnd);
            if (line.strip().equals("---")) {
                return from;
            }
            if (lineEnd < 0) {
                return -1;
            }
            from = lineEnd + 1;
        }
        return -1;
    }

    private static FrontMatter typed(Path path, String yaml) throws ContentException {
        YamlNodes nodes = new YamlNodes(path, 2);
        MappingNode mapping = nodes.parseMapping(yaml);
        Map<String, Node> entries = nodes.entries(mapping);
        Map<String, Integer> keyLines = new HashMap<>();
        for (var tuple : mapping.getValue()) {
            keyLines.put(nodes.string("key", tuple.getKeyNode()), nodes.line(tuple.getKeyNode()));
        }
        String title = nodes.string("title", entries.get("title"));
        String id = nodes.string("id", entries.get("id"));
        if (id == null) {
            id = nodes.string("translationKey", entries.get("translationKey"));
        }
        return new FrontMatter(
                title == null ? null : title.strip(),
                nodes.string("summary", entries.get("summary")),
                nodes.strings("tags", entries.get("tags")),
                integer(nodes, "order", entries.get("order")),
                date(nodes, entries.get("updated")),
                bool(nodes, "draft", entries.get("draft")),
                nodes.strings("aliases", entries.get("aliases")),
                id,
                nodes.string("type", entries.get("type")),
                nodes.string("description", entries.get("description")),
                nodes.string("icon", entries.get("icon")),
                keyLines);
    }

    private static Integer integer(YamlNodes nodes, String key, Node node) throws ContentException {
        String value = nodes.string(key, node);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw nodes.error(node, "'" + key + "' must be a whole number, not '" + value + "'");
        }
    }

    private static LocalDate date(YamlNodes nodes, Node node) throws ContentException {
        String value = nodes.string("updated", node);
        if (value == null) {
            return null;
        }
        String day = value.trim();
        if (day.length() > 10 && (day.charAt(10) == 'T' || day.charAt(10) == ' ')) {
            day = day.substring(0, 10);
        }
        try {
            return LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            throw nodes.error(node, "'updated' must be a date like 2026-11-25, not '" + value + "'");
        }
    }

    private static boolean bool(YamlNodes nodes, String key, Node node) throws ContentException {
        String value = nodes.string(key, node);
        if (value == null) {
            return false;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw nodes.error(node, "'" + key + "' must be true or false, not '" + value + "'");
        };
    }

    /** Keys a file uses that its kind does not know: a typo or a key from another tool. */
    public static List<String> unknownKeys(FrontMatter frontMatter, Set<String> known) {
        return frontMatter.keyLines().keySet().stream().filter(k -> !known.contains(k)).sorted().toList();
    }
}
