package com.okpay.helpcenter.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.URIish;

/**
 * A git host on the local disk: a bare repository (reached as {@code file://}) and an editor's
 * clone that commits and pushes to it, starting from a copy of a fixture site.
 */
public final class GitRemote implements AutoCloseable {
    private final Path bare;
    private final Git editor;

    private GitRemote(Path bare, Git editor) {
        this.bare = bare;
        this.editor = editor;
    }

    /** The fixture site in {@code dir} ("" for the top folder), committed on main and pushed. */
    public static GitRemote withSite(Path folder, String fixture, String dir) {
        return withSite(folder, Fixtures.resource(fixture), dir);
    }

    /** A copy of the site in {@code site} (a folder holding site.yml) in {@code dir}, committed on main and pushed. */
    public static GitRemote withSite(Path folder, Path site, String dir) {
        try {
            Path bare = folder.resolve("remote.git");
            Git.init().setBare(true).setInitialBranch("main").setDirectory(bare.toFile()).call().close();
            Path work = folder.resolve("editor");
            Git editor = Git.init().setInitialBranch("main").setDirectory(work.toFile()).call();
            editor.remoteAdd().setName("origin").setUri(new URIish(bare.toUri().toString())).call();
            Fixtures.copy(site, dir.isEmpty() ? work : work.resolve(dir));
            GitRemote remote = new GitRemote(bare, editor);
            remote.commit("First version", Instant.parse("2026-11-20T10:00:00Z"));
            remote.push(false);
            return remote;
        } catch (GitAPIException | java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public String url() {
        return bare.toUri().toString();
    }

    public Path bare() {
        return bare;
    }

    public Path file(String path) {
        return editor.getRepository().getWorkTree().toPath().resolve(path);
    }

    public GitRemote write(String path, String text) {
        try {
            Files.createDirectories(file(path).getParent());
            Files.writeString(file(path), text, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String read(String path) {
        try {
            return Files.readString(file(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public RevCommit commit(String message, Instant when) {
        try {
            editor.add().addFilepattern(".").call();
            editor.add().addFilepattern(".").setUpdate(true).call();
            PersonIdent who = new PersonIdent("Erin Editor", "erin@test.example", when, ZoneOffset.UTC);
            return editor.commit().setMessage(message).setAuthor(who).setCommitter(who).call();
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    public RevCommit commit(String message) {
        return commit(message, Instant.now());
    }

    public void push(boolean force) {
        try {
            editor.push().setRemote("origin").setForce(force)
                    .setRefSpecs(new RefSpec((force ? "+" : "") + "refs/heads/main:refs/heads/main")).call();
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Pushes the current state to another branch, which the site must ignore. */
    public void pushTo(String branch) {
        try {
            editor.push().setRemote("origin").setRefSpecs(new RefSpec("HEAD:refs/heads/" + branch)).call();
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rewrites history: the editor's branch goes back to {@code commit}, dropping what came after. */
    public void resetTo(RevCommit commit) {
        try {
            editor.reset().setMode(ResetCommand.ResetType.HARD).setRef(commit.name()).call();
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        editor.close();
    }
}
