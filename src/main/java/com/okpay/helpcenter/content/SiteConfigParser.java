package com.okpay.helpcenter.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads content/site.yml. Without a usable site.yml the site cannot start, so errors are fatal. */
public final class SiteConfigParser {

    private static final Pattern LOCALE_CODE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    /** Words that name pages; a locale with such a code would hide them. */
    private static final List<String> RESERVED = List.of("articles", "search", "contact", "static",
            "media", "api", "admin", "feed", "sitemap");

    /** Where the article file's path (relative to the content folder) goes in {@code editUrl}. */
    public static final String EDIT_PATH = "{path}";

    public SiteConfig parse(Path path, String yaml) throws ContentException {
        YamlNodes nodes = new YamlNodes(path, 1);
        MappingNode rootNode = nodes.parseMapping(yaml);
        Map<String, Node> root = nodes.entries(rootNode);

        List<SiteLocale> locales = new ArrayList<>();
        for (Node item : sequence(nodes, "locales", root.get("locales"))) {
            Map<String, Node> fields = nodes.entries(mapping(nodes, "locales", item));
            String code = nodes.string("code", fields.get("code"));
            if (code == null || !LOCALE_CODE.matcher(code).matches() || RESERVED.contains(code)) {
                throw nodes.error(item, "each locale needs a 'code' such as zh-CN or en");
            }
            String title = nodes.string("title", fields.get("title"));
            locales.add(new SiteLocale(code, orElse(nodes.string("name", fields.get("name")), code),
                    orElse(title, "Help Center"), orElse(nodes.string("description", fields.get("description")), "")));
        }
        if (locales.isEmpty()) {
            throw new ContentException(path, 1, "site.yml must list at least one locale under 'locales'");
        }
        String defaultLocale = orElse(nodes.string("defaultLocale", root.get("defaultLocale")), locales.get(0).code());
        if (locales.stream().noneMatch(l -> l.code().equals(defaultLocale))) {
            throw nodes.error(root.get("defaultLocale"), "defaultLocale '" + defaultLocale + "' is not one of the locales");
        }

        Map<String, Node> support = root.containsKey("support")
                ? nodes.entries(mapping(nodes, "support", root.get("support"))) : Map.of();
        List<SocialLink> social = new ArrayList<>();
        for (Node item : sequence(nodes, "social", support.get("social"))) {
            Map<String, Node> fields = nodes.entries(mapping(nodes, "social", item));
            social.add(new SocialLink(nodes.string("name", fields.get("name")), nodes.string("url", fields.get("url"))));
        }
        Support contacts = new Support(nodes.string("email", support.get("email")),
                nodes.string("phone", support.get("phone")),
                new LocalizedText(nodes.stringMap("hours", support.get("hours"))), social);

        Map<String, Node> contact = root.containsKey("contact")
                ? nodes.entries(mapping(nodes, "contact", root.get("contact"))) : Map.of();
        List<ContactTopic> topics = new ArrayList<>();
        for (Node item : sequence(nodes, "topics", contact.get("topics"))) {
            Map<String, Node> fields = nodes.entries(mapping(nodes, "topics", item));
            String id = nodes.string("id", fields.get("id"));
            if (id == null || !id.matches("[a-z0-9-]+")) {
                throw nodes.error(item, "each topic needs an 'id' of lowercase letters, digits and hyphens");
            }
            topics.add(new ContactTopic(id, new LocalizedText(nodes.stringMap("label", fields.get("label"))),
                    new LocalizedText(nodes.stringMap("response", fields.get("response"))),
                    "true".equalsIgnoreCase(nodes.string("details", fields.get("details")))));
        }
        if (topics.isEmpty()) {
            topics.add(new ContactTopic("general", new LocalizedText(Map.of("zh-CN", "一般问题", "en", "General question")),
                    new LocalizedText(Map.of("zh-CN", "24 小时内", "en", "within 24 hours")), false));
        }
        Map<String, List<String>> tips = new LinkedHashMap<>();
        Node tipsNode = contact.get("tips");
        if (tipsNode != null) {
            for (Map.Entry<String, Node> entry : nodes.entries(mapping(nodes, "tips", tipsNode)).entrySet()) {
                tips.put(entry.getKey(), nodes.strings("tips", entry.getValue()));
            }
        }
        String editUrl = nodes.string("editUrl", root.get("editUrl"));
        if (editUrl != null && (!editUrl.matches("https?://[^\\s\"<>]+") || !editUrl.contains(EDIT_PATH))) {
            throw nodes.error(root.get("editUrl"), "editUrl must be an http(s) address with " + EDIT_PATH
                    + " where the file's path goes, such as https://github.com/org/repo/edit/main/content/{path}");
        }
        return new SiteConfig(defaultLocale, locales, contacts, topics, tips, editUrl);
    }

    private static List<Node> sequence(YamlNodes nodes, String key, Node node) throws ContentException {
        if (node == null) {
            return List.of();
        }
        if (node instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        throw nodes.error(node, "'" + key + "' must be a list of '- ...' items");
    }

    private static MappingNode mapping(YamlNodes nodes, String key, Node node) throws ContentException {
        if (node instanceof MappingNode mapping) {
            return mapping;
        }
        throw nodes.error(node, "'" + key + "' must be 'key: value' lines");
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
