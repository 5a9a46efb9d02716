package com.okpay.helpcenter.gitcontent;

import com.okpay.helpcenter.files.Folders;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand;
import org.eclipse.jgit.api.TransportCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.SshTransport;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.eclipse.jgit.transport.sshd.SshdSessionFactory;
import org.eclipse.jgit.transport.sshd.SshdSessionFactoryBuilder;

/**
 * The local clone: made once, then brought to the remote branch by a fetch and a hard reset, so a
 * force-push is followed too. Nothing is ever pushed; the working tree is ours alone.
 */
final class ContentRepository implements AutoCloseable {
    /** Seconds a fetch may hang on a dead network before it counts as failed. */
    private static final int TIMEOUT_SECONDS = 30;
    private static final String ORIGIN = "origin";

    private final GitContentSettings settings;
    private final Git git;
    private final SshdSessionFactory ssh;

    private ContentRepository(GitContentSettings settings, Git git, SshdSessionFactory ssh) {
        this.settings = settings;
        this.git = git;
        this.ssh = ssh;
    }

    /**
     * Opens the clone left by an earlier run, or clones afresh (into a temporary folder renamed at
     * the end, so a failed clone leaves nothing half-written behind).
     */
    static ContentRepository openOrClone(GitContentSettings settings) throws GitFailure {
        Path folder = settings.cloneFolder();
        SshdSessionFactory ssh = settings.sshKey().map(ContentRepository::sshFactory).orElse(null);
        if (Files.isDirectory(folder.resolve(".git"))) {
            try {
                return new ContentRepository(settings, Git.open(folder.toFile()), ssh);
            } catch (IOException e) {
                Folders.deleteQuietly(folder);
            }
        }
        Path partial = folder.resolveSibling(folder.getFileName() + ".partial");
        Folders.deleteQuietly(partial);
        try {
            Files.createDirectories(folder.getParent());
            ContentRepository cloned = new ContentRepository(settings, null, ssh);
            Git git = cloned.authorize(Git.cloneRepository()
                            .setURI(settings.url().orElseThrow())
                            .setDirectory(partial.toFile())
                            .setBranch("refs/heads/" + settings.branch())
                            .setBranchesToClone(List.of("refs/heads/" + settings.branch()))
                            .setCloneAllBranches(false))
                    .call();
            ObjectId head = git.getRepository().resolve(remoteBranch(settings));
            git.close();
            if (head == null) {
                throw new GitFailure("branch '" + settings.branch() + "' not found (check --content-git-branch)", null);
            }
            Files.move(partial, folder);
            return new ContentRepository(settings, Git.open(folder.toFile()), ssh);
        } catch (GitAPIException | IOException | RuntimeException e) {
            Folders.deleteQuietly(partial);
            throw new GitFailure(oneLine(e), e);
        } catch (GitFailure e) {
            Folders.deleteQuietly(partial);
            throw e;
        }
    }

    /** Fetches the branch and resets the working tree to it; returns the commit now checked out. */
    CommitInfo pull() throws GitFailure {
        try {
            authorize(git.fetch().setRemote(ORIGIN).setRemoveDeletedRefs(true)
                    .setRefSpecs(new RefSpec("+refs/heads/" + settings.branch() + ":" + remoteBranch(settings)))).call();
            ObjectId remote = git.getRepository().resolve(remoteBranch(settings));
            if (remote == null) {
                throw new GitFailure("branch '" + settings.branch() + "' is gone from the repository", null);
            }
            git.reset().setMode(ResetCommand.ResetType.HARD).setRef(remote.name()).call();
            // a file someone dropped into the clone must not be served as if it were committed
            git.clean().setCleanDirectories(true).setForce(true).call();
            return head();
        } catch (GitAPIException | IOException | RuntimeException e) {
            throw new GitFailure(oneLine(e), e);
        }
    }

    CommitInfo head() throws GitFailure {
        try (RevWalk walk = new RevWalk(git.getRepository())) {
            ObjectId id = git.getRepository().resolve("HEAD");
            if (id == null) {
                throw new GitFailure("the repository has no commit on '" + settings.branch() + "'", null);
            }
            return info(walk.parseCommit(id));
        } catch (IOException e) {
            throw new GitFailure(oneLine(e), e);
        }
    }

    Repository repository() {
        return git.getRepository();
    }

    Path workTree() {
        return git.getRepository().getWorkTree().toPath();
    }

    static CommitInfo info(RevCommit commit) {
        return new CommitInfo(commit.name(), commit.getAuthorIdent().getName(), commit.getShortMessage(),
                commit.getCommitterIdent().getWhenAsInstant());
    }

    private <C extends TransportCommand<C, ?>> C authorize(C command) {
        command.setTimeout(TIMEOUT_SECONDS);
        String url = settings.url().orElseThrow();
        if (settings.token().isPresent() && url.regionMatches(true, 0, "http", 0, 4)) {
            // GitHub, GitLab and Gitea all take a token as the password; GitLab wants any non-empty user name
            command.setCredentialsProvider(new UsernamePasswordCredentialsProvider("oauth2", settings.token().get()));
        }
        if (ssh != null) {
            command.setTransportConfigCallback(transport -> {
                if (transport instanceof SshTransport sshTransport) {
                    sshTransport.setSshSessionFactory(ssh);
                }
            });
        }
        return command;
    }

    /** SSH through Apache MINA with this key only; hosts are checked against ~/.ssh/known_hosts. */
    private static SshdSessionFactory sshFactory(Path key) {
        File home = new File(System.getProperty("user.home"));
        return new SshdSessionFactoryBuilder()
                .setHomeDirectory(home)
                .setSshDirectory(new File(home, ".ssh"))
                .setDefaultIdentities(sshDir -> List.of(key))
                .setPreferredAuthentications("publickey")
                .build(null);
    }

    private static String remoteBranch(GitContentSettings settings) {
        return "refs/remotes/" + ORIGIN + "/" + settings.branch();
    }

    /** The innermost message, on one line: "Connection refused", "not found: file:///..." */
    static String oneLine(Throwable e) {
        String message = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
            if (t.getCause() == t) {
                break;
            }
        }
        String line = message == null ? e.getClass().getSimpleName() : message.strip();
        int newline = line.indexOf('\n');
        return newline < 0 ? line : line.substring(0, newline).strip();
    }

    @Override
    public void close() {
        if (git != null) {
            git.close();
        }
        if (ssh != null) {
            ssh.close();
        }
    }
}
