package com.okpay.helpcenter.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The YAML header of an article or category, typed. {@code keyLines} remembers on which line of
 * the file each key was written, so problems can point at it.
 */
public record FrontMatter(String title, String summary, List<String> tags, Integer order,
                          LocalDate updated, boolean draft, List<String> aliases, String id,
                          String type, String description, String icon,
                          Map<String, Integer> keyLines) {

    public FrontMatter {
        tags = List.copyOf(tags);
        aliases = List.copyOf(aliases);
        keyLines = Map.copyOf(keyLines);
    }

    public int lineOf(String key) {
        return keyLines.getOrDefault(key, 1);
    }
}
