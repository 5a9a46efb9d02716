package com.okpay.helpcenter.gitcontent;

import com.okpay.helpcenter.config.ConfigException;
import com.okpay.helpcenter.content.FileDates;
import com.okpay.helpcenter.db.Database;
import com.okpay.helpcenter.db.Vendor;
import com.okpay.helpcenter.live.LiveContent;
import com.okpay.helpcenter.site.LiveSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Content straight from a git repository ({@code --content-git}): cloned into the data folder at
 * start, then pulled on a webhook, on a timer, when an editor asks, or when another instance
 * published a newer commit. Each pull goes through the same incremental reload as the folder
 * watcher, so only changed files are read again and a broken file keeps its last good version.
 */
public final class GitContent implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(GitContent.class);
    /** The first retry after a failed pull; each further failure doubles it, up to five minutes. */
    static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);

    private final GitContentSettings settings;
    private final ContentRepository repository;
    private final CommitDates dates;
    private final CommitInfo cloned;
    private ContentSync sync;
    private Webhook webhook;
    private PeerVersions peers;

    private GitContent(GitContentSettings settings, ContentRepository repository, CommitDates dates, CommitInfo cloned) {
        this.settings = settings;
        this.repository = repository;
        this.dates = dates;
        this.cloned = cloned;
    }

    /**
     * Clones the repository (or brings an earlier clone up to date) before anything is served. A
     * first clone that fails stops start-up with one line; an earlier clone that cannot be updated
     * is served as it is, and pulls are retried later.
     */
    public static GitContent open(GitContentSettings settings) {
        boolean earlier = Files.isDirectory(settings.cloneFolder().resolve(".git"));
        ContentRepository repository;
        try {
            repository = ContentRepository.openOrClone(settings);
        } catch (GitFailure e) {
            throw new ConfigException("cannot clone " + settings.redactedUrl() + " (branch " + settings.branch() + "): "
                    + e.getMessage() + " (check --content-git, --content-git-branch and the credentials)");
        }
        try {
            CommitInfo head = earlier ? pullOrKeep(settings, repository) : repository.head();
            Path folder = contentFolder(settings, repository);
            if (!Files.isRegularFile(folder.resolve("site.yml"))) {
                throw new ConfigException("the repository has no site.yml in " + (settings.dir().isEmpty() ? "its top folder"
                        : "'" + settings.dir() + "'") + " (check --content-git-dir)");
            }
            CommitDates dates = new CommitDates();
            dates.refresh(repository.repository(), settings.dir());
            log.info("content from {} (branch {}) at {} by {}: \"{}\"", settings.redactedUrl(), settings.branch(),
                    head.shortHash(), head.author(), head.message());
            return new GitContent(settings, repository, dates, head);
        } catch (GitFailure | IOException | RuntimeException e) {
            repository.close();
            if (e instanceof ConfigException config) {
                throw config;
            }
            throw new ConfigException("cannot read the clone of " + settings.redactedUrl() + ": "
                    + ContentRepository.oneLine(e) + " (delete " + settings.cloneFolder() + " to clone afresh)");
        }
    }

    private static CommitInfo pullOrKeep(GitContentSettings settings, ContentRepository repository) throws GitFailure {
        try {
            return repository.pull();
        } catch (GitFailure e) {
            log.warn("cannot update the clone of {}: {}; serving what it holds and retrying later",
                    settings.redactedUrl(), e.getMessage());
            return repository.head();
        }
    }

    private static Path contentFolder(GitContentSettings settings, ContentRepository repository) {
        Path tree = repository.workTree().toAbsolutePath().normalize();
        return settings.dir().isEmpty() ? tree : tree.resolve(settings.dir()).normalize();
    }

    /** The folder inside the clone that holds site.yml: what is served. */
    public Path contentFolder() {
        return contentFolder(settings, repository);
    }

    /** Last-commit dates, for articles that do not say when they were updated. */
    public FileDates dates() {
        return dates;
    }

    /**
     * Connects the pulls to the site's reload; with PostgreSQL, also to the other instances.
     * Call once, before {@link #start()}.
     */
    public void connect(LiveContent live, LiveSite site, Database database, Clock clock) {
        sync = new ContentSync(repository, settings, dates, live, site, cloned, clock, FIRST_BACKOFF);
        webhook = settings.webhookSecret().map(s -> new Webhook(s, settings.branch(), () -> sync.request("webhook"), clock)).orElse(null);
        if (database.vendor() == Vendor.POSTGRESQL) {
            peers = new PeerVersions(database, settings.sourceKey(), clock);
            sync.onNewCommit(commit -> peers.publish(commit.hash()));
        }
    }

    public void start() {
        sync.start();
        if (peers != null) {
            peers.start(() -> sync.serving().hash(), () -> sync.request("another instance"));
        }
    }

    /** Without HELPCENTER_WEBHOOK_SECRET there is no webhook endpoint. */
    public boolean webhookEnabled() {
        return webhook != null;
    }

    public int maxWebhookBytes() {
        return Webhook.MAX_BODY_BYTES;
    }

    /**
     * The rate limit, checked before the body is read; empty when the delivery may come in.
     *
     * @param address whom the post comes from (see {@code Security#visitorAddress})
     */
    public Optional<WebhookAnswer> admitWebhook(String address) {
        return Optional.ofNullable(webhook.admit(address));
    }

    public WebhookAnswer receiveWebhook(UnaryOperator<String> headers, byte[] body) {
        return webhook.receive(headers, body);
    }

    /** An editor pressed "sync now". */
    public void syncNow() {
        sync.request("editor");
    }

    public GitContentStatus status() {
        return new GitContentStatus(settings.redactedUrl(), settings.branch(), settings.dir(), sync.serving(),
                sync.last(), webhook != null, settings.poll(), peers != null);
    }

    /** Waits for a sync numbered above {@code after} (see {@link SyncResult#number()}); null on timeout. */
    public SyncResult awaitSync(long after, Duration timeout) throws InterruptedException {
        return sync.awaitAfter(after, timeout);
    }

    @Override
    public void close() {
        if (peers != null) {
            peers.close();
        }
        if (sync != null) {
            sync.close();
        }
        repository.close();
    }
}
