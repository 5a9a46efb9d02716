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
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.util.io.DisabledOutputStream;

/**
 * The date of each content file's last commit, in the committer's time zone. Recomputed after a
 * pull that moved the branch, before the reload reads the files, by walking history back from the
 * head until every Markdown file has been seen changing (usually a few dozen commits).
 */
final class CommitDates implements FileDates {
    private volatile Map<Path, LocalDate> dates = Map.of();

    @Override
    public Optional<LocalDate> lastChanged(Path file) {
        return Optional.ofNullable(dates.get(file.toAbsolutePath().normalize()));
    }

    void refresh(Repository repository, String dir) throws IOException {
        Path workTree = repository.getWorkTree().toPath().toAbsolutePath().normalize();
        Set<String> wanted = markdownFiles(repository, dir);
        Map<Path, LocalDate> found = new HashMap<>();
        try (RevWalk walk = new RevWalk(repository);
             DiffFormatter diff = new DiffFormatter(DisabledOutputStream.INSTANCE)) {
            diff.setRepository(repository);
            if (!dir.isEmpty()) {
                diff.setPathFilter(PathFilter.create(dir));
            }
            walk.markStart(walk.parseCommit(repository.resolve("HEAD")));
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
        dates = Map.copyOf(found);
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
