package com.okpay.helpcenter.check;

import com.okpay.helpcenter.content.ContentProblem;
import com.okpay.helpcenter.content.SiteLocale;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Markdown the site never shows because it is not where articles go
 * ({@code <locale>/<category>/<name>.md}), and locale-like folders site.yml does not declare.
 */
final class StrayFiles implements CheckRule {
    private static final Pattern LOCALE_LIKE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    @Override
    public void check(CheckedSite site, List<ContentProblem> problems) {
        Set<String> locales = site.content().site().locales().stream().map(SiteLocale::code).collect(Collectors.toSet());
        for (Path top : children(site.root())) {
            String name = top.getFileName().toString();
            if (!Files.isDirectory(top) || name.startsWith(".")) {
                continue;
            }
            if (!locales.contains(name)) {
                if (LOCALE_LIKE.matcher(name).matches()) {
                    problems.add(ContentProblem.warning(top, 0, "folder " + name + "/ is not a locale in site.yml, "
                            + "so nothing in it is published"));
                }
                continue;
            }
            try (Stream<Path> files = Files.walk(top)) {
                files.filter(f -> f.getFileName().toString().endsWith(".md") && Files.isRegularFile(f))
                        .filter(f -> top.relativize(f).getNameCount() != 2)
                        .filter(f -> !hidden(top.relativize(f)))
                        .sorted()
                        .forEach(f -> problems.add(ContentProblem.error(f, 0, "not published: articles go in "
                                + name + "/<category>/<name>.md")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static List<Path> children(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
