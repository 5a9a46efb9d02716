package com.okpay.helpcenter.content;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads YAML as a node tree (never constructing objects, so it is safe on any input) and turns
 * nodes into plain strings, lists and maps while keeping each node's line in the file.
 */
final class YamlNodes {
    private final Path path;
    private final int firstLine;

    /** {@code firstLine} is the file line on which the YAML text starts (1-based). */
    YamlNodes(Path path, int firstLine) {
        this.path = path;
        this.firstLine = firstLine;
    }

    MappingNode parseMapping(String yaml) throws ContentException {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        options.setCodePointLimit(1_000_000);
        Node root;
        try {
            // what Yaml#compose does, without building the object constructor and representer a
            // Yaml instance carries: that cost more than reading a front matter (once per article)
            root = new Composer(new ParserImpl(new StreamReader(new StringReader(yaml)), options), new Resolver(), options)
                    .getSingleNode();
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark();
            int line = mark == null ? firstLine : firstLine + mark.getLine();
            String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem();
            throw new ContentException(path, line, "invalid YAML: " + problem);
        } catch (YAMLException e) {
            throw new ContentException(path, firstLine, "invalid YAML: " + e.getMessage());
        }
        if (root == null) {
            return new MappingNode(org.yaml.snakeyaml.nodes.Tag.MAP, List.of(), null);
        }
        if (!(root instanceof MappingNode mapping)) {
            throw new ContentException(path, line(root), "expected 'key: value' lines");
        }
        return mapping;
    }

    Map<String, Node> entries(MappingNode mapping) throws ContentException {
        Map<String, Node> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                throw new ContentException(path, line(tuple.getKeyNode()), "keys must be plain words");
            }
            if (entries.put(key.getValue(), tuple.getValueNode()) != null) {
                throw new ContentException(path, line(key), "'" + key.getValue() + "' is written twice");
            }
        }
        return entries;
    }

    int line(Node node) {
        return node.getStartMark() == null ? firstLine : firstLine + node.getStartMark().getLine();
    }

    String string(String key, Node node) throws ContentException {
        if (node == null) {
            return null;
        }
        if (node instanceof ScalarNode scalar) {
            String value = scalar.getValue();
            return value.isBlank() && scalar.getTag().getValue().endsWith(":null") ? null : value;
        }
        throw new ContentException(path, line(node), "'" + key + "' must be a single value");
    }

    List<String> strings(String key, Node node) throws ContentException {
        if (node == null) {
            return List.of();
        }
        if (node instanceof ScalarNode scalar) {
            String value = scalar.getValue().trim();
            if (value.isEmpty()) {
                return List.of();
            }
            List<String> split = new ArrayList<>();
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    split.add(part.trim());
                }
            }
            return split;
        }
        if (node instanceof SequenceNode sequence) {
            List<String> values = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                values.add(string(key, item));
            }
            return values;
        }
        throw new ContentException(path, line(node), "'" + key + "' must be a list");
    }

    Map<String, String> stringMap(String key, Node node) throws ContentException {
        if (node == null) {
            return Map.of();
        }
        if (node instanceof ScalarNode scalar) {
            return Map.of("", scalar.getValue());
        }
        if (!(node instanceof MappingNode mapping)) {
            throw new ContentException(path, line(node), "'" + key + "' must be one text per locale");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, Node> entry : entries(mapping).entrySet()) {
            values.put(entry.getKey(), string(key + "." + entry.getKey(), entry.getValue()));
        }
        return values;
    }

    ContentException error(Node node, String message) {
        return new ContentException(path, node == null ? firstLine : line(node), message);
    }
}
