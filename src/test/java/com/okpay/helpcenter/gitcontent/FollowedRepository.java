package com.okpay.helpcenter.gitcontent;

import com.okpay.helpcenter.testing.GitRemote;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For each test, a fresh {@link GitRemote} holding the fixture site and the app following it
 * ({@link GitSite}), in a temporary folder removed afterwards.
 *
 * <pre>{@code @RegisterExtension final FollowedRepository repo = new FollowedRepository();}</pre>
 */
final class FollowedRepository implements BeforeEachCallback, AfterEachCallback {
    private Path folder;
    private GitRemote remote;
    private GitSite site;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        folder = Files.createTempDirectory("git-site");
        remote = GitRemote.withSite(folder, "fixture-site", "");
        site = GitSite.start(remote, folder, Map.of(), Map.of());
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        site.close();
        remote.close();
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    Path folder() {
        return folder;
    }

    GitRemote remote() {
        return remote;
    }

    GitSite site() {
        return site;
    }
}
