package com.okpay.helpcenter.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * Symbolic links in the content folder count only when they lead somewhere inside it (an image
 * shared by two locales, say). A link leading outside is an error and is not published: committed
 * to the content repository as {@code logo.png -> /etc/passwd}, it was served as an image, and
 * {@code /proc/self/environ} would have given away the server's secrets the same way.
 *
 * <p>Only links are resolved: an entry that is no link, listed in a folder already found inside,
 * is inside too, so a load costs one {@code lstat} per entry, as before.
 */
public final class LinksInside {
    private final Path realRoot;

    public LinksInside(Path root) {
        Path real;
        try {
            real = root.toRealPath();
        } catch (IOException e) {
            real = root.toAbsolutePath().normalize();
        }
        this.realRoot = real;
    }

    /**
     * The attributes of {@code entry} as the loader should see it (a link inside as what it leads
     * to), or null when it is a link leading outside the folder, or to nothing.
     */
    BasicFileAttributes attributes(Path entry, List<ContentProblem> problems) throws IOException {
        BasicFileAttributes own = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!own.isSymbolicLink()) {
            return own;
        }
        if (!inside(entry)) {
            problems.add(ContentProblem.error(entry, 0, "is a link to something outside the content folder, so it "
                    + "is not published: put the file itself in the folder instead"));
            return null;
        }
        return Files.readAttributes(entry, BasicFileAttributes.class);
    }

    /** Whether {@code entry}, in a folder found inside, is a link leading outside the content folder or to nothing. */
    public boolean leadsOutside(Path entry) {
        return Files.isSymbolicLink(entry) && !inside(entry);
    }

    private boolean inside(Path link) {
        try {
            return link.toRealPath().startsWith(realRoot);
        } catch (IOException e) {
            return false; // leads nowhere
        }
    }
}
