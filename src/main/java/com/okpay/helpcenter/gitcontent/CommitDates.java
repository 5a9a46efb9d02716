package com.okpay.helpcenter.gitcontent;

import com.okpay.helpcenter.content.FileDates;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.util.io.DisabledOutputStream;

/**
 * The date of each content file's last commit, in the committer's time zone. Computed at start by
 * walking history back from the head until every Markdown file has been seen changing; after a
 * pull that only added commits, just those commits are walked (a force-push walks again in full).
 * Updated before the reload reads the files.
 */
final class CommitDates implements FileDates {
    private volatile Map<Path, LocalDate> dates = Map.of();

    @Override
    public Optional<LocalDate> lastChanged(Path file) {
        return Optional.ofNullable(dates.get(file.toAbsolutePath().normalize()));
    }

    void refresh(Repository repository, String dir) throws IOException {
        dates = Map.copyOf(walk(repository, dir, markdownFiles(repository, dir), null, new HashMap<>()));
    }

    /** After a pull from {@code before} to the head: walks only the new commits when history was not rewritten. */
    void update(Repository repository, String dir, String before) throws IOException {
        ObjectId old = repository.resolve(before);
        try (RevWalk check = new RevWalk(repository)) {
            RevCommit head = check.parseCommit(repository.resolve("HEAD"));
            if (old == null || !check.isMergedInto(check.parseCommit(old), head)) {
                refresh(repository, dir);
                return;
            }
        }
        Set<String> present = markdownFiles(repository, dir);
        Path workTree = workTree(repository);
        Map<Path, LocalDate> kept = new HashMap<>(dates);
        kept.keySet().retainAll(present.stream().map(p -> workTree.resolve(p).normalize()).toList());
        dates = Map.copyOf(walk(repository, dir, present, old, kept));
    }

    /**
     * Walks from the head (down to {@code stop}, excluded, when given) and puts into {@code found}
     * the date of the newest commit that changed each of {@code wanted}.
     */
    private static Map<Path, LocalDate> walk(Repository repository, String dir, Set<String> wanted, ObjectId stop,
                                             Map<Path, LocalDate> found) throws IOException {
        Path workTree = workTree(repository);
        try (RevWalk walk = new RevWalk(repository);
             DiffFormatter diff = new DiffFormatter(DisabledOutputStream.INSTANCE)) {
            diff.setRepository(repository);
            if (!dir.isEmpty()) {
                diff.setPathFilter(PathFilter.create(dir));
            }
            walk.markStart(walk.parseCommit(repository.resolve("HEAD")));
            if (stop != null) {
                walk.markUninteresting(walk.parseCommit(stop));
            }
            for (RevCommit commit : walk) {
                if (wanted.isEmpty()) {
                    break;
                }
                RevCommit parent = commit.getParentCount() == 0 ? null : walk.parseCommit(commit.getParent(0));
                for (DiffEntry entry : diff.scan(parent == null ? null : parent.getTree(), commit.getTree())) {
                    if (wanted.remove(entry.getNewPath())) {
                        var when = commit.getCommitterIdent();
                        found.put(workTree.resolve(entry.getNewPath()).normalize(),
                                LocalDate.ofInstant(when.getWhenAsInstant(), when.getZoneId()));
                    }
                }
            }
        }
        return found;
    }

    private static Path workTree(Repository repository) {
        return repository.getWorkTree().toPath().toAbsolutePath().normalize();
    }

    private static Set<String> markdownFiles(Repository repository, String dir) throws IOException {
        Set<String> files = new HashSet<>();
        try (RevWalk walk = new RevWalk(repository); TreeWalk tree = new TreeWalk(repository)) {
            tree.addTree(walk.parseCommit(repository.resolve("HEAD")).getTree());
            tree.setRecursive(true);
            if (!dir.isEmpty()) {
                tree.setFilter(PathFilter.create(dir));
            }
            while (tree.next()) {
                if (tree.getPathString().endsWith(".md")) {
                    files.add(tree.getPathString());
                }
            }
        }
        return files;
    }
}
