package com.okpay.helpcenter;

import com.okpay.helpcenter.admin.AdminAccess;
import com.okpay.helpcenter.admin.AdminSettings;
import com.okpay.helpcenter.cache.Compression;
import com.okpay.helpcenter.cache.Responses;
import com.okpay.helpcenter.cache.StaticAssets;
import com.okpay.helpcenter.config.Config;
import com.okpay.helpcenter.config.ConfigException;
import com.okpay.helpcenter.contact.ContactModule;
import com.okpay.helpcenter.contact.MailSender;
import com.okpay.helpcenter.content.Content;
import com.okpay.helpcenter.content.ContentException;
import com.okpay.helpcenter.content.ContentLoader;
import com.okpay.helpcenter.content.FileDates;
import com.okpay.helpcenter.content.MarkdownRenderer;
import com.okpay.helpcenter.db.Database;
import com.okpay.helpcenter.db.DatabaseSettings;
import com.okpay.helpcenter.db.SqliteLibrary;
import com.okpay.helpcenter.db.Vendor;
import com.okpay.helpcenter.feedback.ArticleFeedback;
import com.okpay.helpcenter.gitcontent.GitContent;
import com.okpay.helpcenter.gitcontent.GitContentSettings;
import com.okpay.helpcenter.i18n.Messages;
import com.okpay.helpcenter.insights.InsightsModule;
import com.okpay.helpcenter.live.ContentLog;
import com.okpay.helpcenter.live.ContentWatcher;
import com.okpay.helpcenter.live.LiveContent;
import com.okpay.helpcenter.ops.DatabaseProbe;
import com.okpay.helpcenter.ops.Health;
import com.okpay.helpcenter.ops.Metrics;
import com.okpay.helpcenter.ops.MetricsServer;
import com.okpay.helpcenter.ops.Operations;
import com.okpay.helpcenter.ops.OpsSettings;
import com.okpay.helpcenter.ops.StopSignals;
import com.okpay.helpcenter.security.Security;
import com.okpay.helpcenter.site.ContentCaches;
import com.okpay.helpcenter.semantic.SemanticSearch;
import com.okpay.helpcenter.site.LiveSite;
import com.okpay.helpcenter.site.SiteSnapshot;
import com.okpay.helpcenter.site.SnapshotBuilder;
import com.okpay.helpcenter.web.Pages;
import com.okpay.helpcenter.web.Routes;
import com.okpay.helpcenter.web.ThymeleafRenderer;
import com.okpay.helpcenter.web.UnparsedTargets;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running help center: built from a {@link Config} with plain constructors, started and
 * stopped as one. Tests build their own on a random port against a fixture content folder.
 */
public final class App implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(App.class);

    /**
     * Contact forms are URL-encoded: a 10 000-character Chinese message is about 90 KB on the
     * wire (9 bytes per character), so the limit leaves room for that and little more.
     */
    static final long MAX_REQUEST_BYTES = 128 * 1024;
    /** How long a shutdown waits for requests in flight. */
    static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(10);

    private final Config config;
    private final LiveSite site;
    private final Javalin javalin;
    private final Database database;
    private final ContactModule contact;
    private final InsightsModule insights;
    private final LiveContent live;
    private final Operations operations;
    private final DatabaseProbe probe;
    private final ContentCaches caches;
    private final GitContent git;
    private MetricsServer metricsServer;

    private App(Config config, LiveSite site, Javalin javalin, Database database, ContactModule contact,
                InsightsModule insights, LiveContent live, ContentCaches caches, Operations operations,
                DatabaseProbe probe, GitContent git) {
        this.config = config;
        this.site = site;
        this.javalin = javalin;
        this.database = database;
        this.contact = contact;
        this.insights = insights;
        this.live = live;
        this.caches = caches;
        this.operations = operations;
        this.probe = probe;
        this.git = git;
    }

    public static App create(Config config) {
        return create(config, Clock.systemUTC());
    }

    /** @param clock the time for references, form timing, rate limits and retries (tests move it) */
    public static App create(Config config, Clock clock) {
        return create(config, clock, ColdStart.forThisJvm());
    }

    /** @param coldStart where a first start of a large site derives its cache */
    static App create(Config config, Clock clock, ColdStart coldStart) {
        GitContentSettings gitSettings = GitContentSettings.from(config.settings(), config.data());
        if (!gitSettings.enabled()) {
            config.requireContentFolder();
        }
        createDataFolder(config);
        GitContent git = gitSettings.enabled() ? GitContent.open(gitSettings) : null;
        Config serving = git == null ? config : config.servingClone(git.contentFolder());
        // file dates from git history would not reach a separate run: a clone derives here
        ColdStart.Run preparing = git == null ? coldStart.begin(config) : ColdStart.Run.NONE;
        ContentWatcher watcher = null;
        try {
            // watching starts before the first load, so an edit made while it runs is not missed
            watcher = serving.watch() ? openWatcher(serving) : null;
            return assemble(serving, clock, watcher, git, preparing);
        } catch (RuntimeException e) {
            preparing.stop();
            if (watcher != null) {
                watcher.close();
            }
            if (git != null) {
                git.close();
            }
            throw e;
        }
    }

    private static App assemble(Config config, Clock clock, ContentWatcher watcher, GitContent git,
                                ColdStart.Run preparing) {
        SqliteLibrary.useFrom(config.cache());
        // a separate run keeps both cores busy for seconds, but for its last one: the database,
        // which needs no content, opens meanwhile
        Database early = preparing.running() ? openDatabase(config) : null;
        ContentCaches caches;
        SemanticSearch semantic;
        try {
            preparing.await();
            // dense retrieval next to the lexical index; --semantic false for very small machines. Held
            // until the server is ready (start()): the models and the embedding would compete for the cores
            semantic = config.semantic() ? new SemanticSearch(config.cache(), true) : null;
            caches = ContentCaches.open(config.cache(), semantic);
        } catch (RuntimeException e) {
            if (early != null) {
                early.close();
            }
            throw e;
        }
        try {
            return assemble(config, clock, watcher, caches, semantic, git, early);
        } catch (RuntimeException e) {
            caches.close();
            throw e;
        }
    }

    private static Database openDatabase(Config config) {
        return Database.open(DatabaseSettings.from(config.settings(), config.data()));
    }

    /** @param early the database when it was opened before the caches, or null */
    private static App assemble(Config config, Clock clock, ContentWatcher watcher, ContentCaches caches,
                                SemanticSearch semantic, GitContent git, Database early) {
        ContentLoader loader = new ContentLoader(new MarkdownRenderer(), config.drafts(), caches.articles(),
                git == null ? FileDates.NONE : git.dates());
        // the content loads and is indexed (on every core) while this thread opens the database;
        // a thread of its own, because the common pool has one thread less than there are cores
        CompletableFuture<SiteSnapshot> first = new CompletableFuture<>();
        Thread loading = new Thread(() -> {
            try {
                first.complete(firstSnapshot(loader, caches, config));
            } catch (Throwable e) {
                first.completeExceptionally(e);
            }
        }, "content-load");
        loading.start();
        Database database = early;
        try {
            if (database == null) {
                database = openDatabase(config);
            }
        } catch (RuntimeException e) {
            first.exceptionally(failed -> null).join();
            throw e;
        }
        if (semantic != null && database.vendor() == Vendor.POSTGRESQL) {
            // instances sharing a database share their vectors: a new one embeds only what none has
            semantic.shareVectorsThrough(database);
        }
        // the database is ready before the content: meanwhile this thread takes the Chinese
        // dictionaries off the indexing's path
        caches.snapshots().preload(config.content());
        LiveSite site;
        try {
            site = new LiveSite(await(first));
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        SnapshotBuilder snapshots = caches.snapshots();
        // a clone is not watched: each pull reloads it when all its files are written
        LiveContent live = watcher == null && git == null ? null
                : new LiveContent(watcher, config.content(), loader, snapshots, site);

        Messages messages = new Messages();
        ContactModule contact;
        InsightsModule insights;
        AdminAccess admin;
        Security security;
        OpsSettings opsSettings;
        try {
            opsSettings = OpsSettings.from(config.settings());
            security = Security.create(config.settings(), config.baseUrl(), config.data(), clock);
            contact = ContactModule.create(config, database, site, messages, security, clock);
            admin = new AdminAccess(AdminSettings.from(config.settings()), clock);
            // last: on SQLite it opens the insights' own file, which nothing after it must leave open
            insights = InsightsModule.create(config.settings(), database, clock);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        if (git != null) {
            git.connect(live, site, database, clock);
        }
        StaticAssets assets = StaticAssets.load();
        ThymeleafRenderer renderer = new ThymeleafRenderer(messages, assets);
        Pages pages = new Pages(config.baseUrl(), config.drafts(), messages, renderer);
        DatabaseProbe probe = new DatabaseProbe(database.dataSource());
        Operations operations = new Operations(opsSettings, new Metrics(), new Health(probe));
        watch(operations.metrics(), probe, contact, insights, live, clock);
        Routes routes = new Routes(site, pages, new Responses(new Compression()), assets, contact,
                ArticleFeedback.create(config.settings(), database, clock), insights, admin, security, operations,
                Optional.ofNullable(git));
        Javalin javalin = Javalin.create(javalinConfig -> {
            javalinConfig.startup.showJavalinBanner = false;
            javalinConfig.startup.showOldJavalinVersionWarning = false;
            javalinConfig.http.maxRequestSize = MAX_REQUEST_BYTES;
            // multipart bodies anywhere get the same small limit; only the contact form's POST sets
            // larger ones for itself (MultipartBody), from the attachment settings
            javalinConfig.jetty.multipartConfig.cacheDirectory(contact.uploads().toString());
            javalinConfig.jetty.multipartConfig.maxFileSize(MAX_REQUEST_BYTES, io.javalin.config.SizeUnit.BYTES);
            javalinConfig.jetty.multipartConfig.maxTotalRequestSize(MAX_REQUEST_BYTES, io.javalin.config.SizeUnit.BYTES);
            javalinConfig.jetty.multipartConfig.maxInMemoryFileSize(32, io.javalin.config.SizeUnit.KB);
            // pages and static files are kept compressed (cache/); nothing is compressed per request
            javalinConfig.http.compressionStrategy = CompressionStrategy.NONE;
            // PUT or DELETE on a page that exists: 405 (the page is there, the method is not), not 404
            javalinConfig.http.prefer405over404 = true;
            // a pasted 10 000-character search still gets our page (the query cut short), not a bare 414
            javalinConfig.jetty.modifyHttpConfiguration(http -> {
                http.setRequestHeaderSize(64 * 1024);
                // a post is in flight from its headers on, so a graceful stop waits for its slow body too
                http.setDelayDispatchUntilContent(false);
            });
            // Javalin's own connector, but with connections that keep a target Jetty cannot parse,
            // so that its error page is in the visitor's language
            javalinConfig.jetty.addConnector((server, http) -> UnparsedTargets.connector(server, http, config.port()));
            javalinConfig.jetty.modifyServer(server -> {
                // on stop: refuse new connections, let requests in flight finish (bounded), then close
                GracefulHandler graceful = new GracefulHandler();
                // pages already rendered are answered before the servlet layer; Javalin attaches
                // its servlet inside the innermost wrapper
                graceful.setHandler(routes.sharedPageHandler());
                server.setHandler(graceful);
                server.setStopTimeout(SHUTDOWN_GRACE.toMillis());
                server.setErrorHandler(routes.errorHandler());
            });
            javalinConfig.fileRenderer(renderer);
            routes.register(javalinConfig);
        });
        return new App(config, site, javalin, database, contact, insights, live, caches, operations, probe, git);
    }

    /** Binds what the features count to /metrics; nothing here runs per request. */
    private static void watch(Metrics metrics, DatabaseProbe probe, ContactModule contact, InsightsModule insights,
                              LiveContent live, Clock clock) {
        MailSender sender = contact.sender();
        metrics.counter("helpcenter.mail.delivered", "contact mails the SMTP server accepted", sender,
                MailSender::delivered);
        metrics.counter("helpcenter.mail.failures", "failed delivery attempts (retried or given up)", sender,
                MailSender::failures);
        metrics.counter("helpcenter.insights.dropped", "insight events dropped because the buffer was full",
                insights, module -> module.status().dropped());
        metrics.gauge("helpcenter.database.up", "1 when the database answers", () -> probe.up() ? 1 : 0);
        OutboxWatch outbox = new OutboxWatch(contact.desk(), probe, clock);
        metrics.gauge("helpcenter.outbox.pending", "mails not sent yet", outbox::pending);
        metrics.gauge("helpcenter.outbox.oldest.age.seconds", "age of the oldest message with a mail not sent yet",
                outbox::oldestAgeSeconds);
        if (live != null) {
            live.onReload(reload -> metrics.reloaded(reload.millis(), reload.failed()));
        }
    }

    private static ContentWatcher openWatcher(Config config) {
        try {
            return ContentWatcher.open(config.content());
        } catch (IOException e) {
            throw new ConfigException("cannot watch " + config.content() + " for changes: " + e.getMessage()
                    + " (start with --no-watch to serve the content as it is)");
        }
    }

    /** The content, its search index, then the article cache pruned of what this content no longer uses. */
    static SiteSnapshot firstSnapshot(ContentLoader loader, ContentCaches caches, Config config) {
        SiteSnapshot snapshot = caches.snapshots().build(loadContent(loader, config));
        log.info("articles: {} from the cache ({} files unchanged since they were last read), {} rendered",
                caches.articles().reused(), caches.articles().unread(), caches.articles().rendered());
        caches.articles().prune();
        return snapshot;
    }

    private static SiteSnapshot await(CompletableFuture<SiteSnapshot> first) {
        try {
            return first.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    private static Content loadContent(ContentLoader loader, Config config) {
        try {
            Content content = loader.load(config.content());
            ContentLog.newProblems(content, null);
            log.info("loaded {} articles from {}", content.articleCount(), content.root());
            return content;
        } catch (ContentException e) {
            throw new ConfigException(e.toProblem().format(config.content())
                    + " (fix the file or point --content at another folder)");
        }
    }

    private static void createDataFolder(Config config) {
        try {
            Files.createDirectories(config.data());
        } catch (IOException e) {
            throw new ConfigException("cannot create data folder " + config.data()
                    + ": " + e.getMessage() + " (set --data DIR or HELPCENTER_DATA to a writable folder)");
        }
    }

    public App start() {
        try {
            javalin.start(config.port());
            probe.start();
            if (operations.settings().metricsPort().isPresent()) {
                metricsServer = MetricsServer.start(operations.settings().metricsPort().get(), operations.metrics());
            }
        } catch (RuntimeException e) {
            javalin.stop();
            if (git != null) {
                git.close();
            }
            contact.close();
            insights.close();
            probe.close();
            database.close();
            caches.close();
            if (isPortInUse(e)) {
                throw new ConfigException("port " + config.port() + " is already in use "
                        + "(stop the other server or choose another with --port N or PORT)");
            }
            throw e;
        }
        contact.start();
        insights.start();
        caches.startBackground(site.current().content());
        if (live != null) {
            live.start();
        }
        if (git != null) {
            git.start();
        }
        log.info("help center ready at {} (serving http://localhost:{}){}", config.baseUrl(), port(),
                git != null ? ", publishing each commit pulled from git"
                        : live == null ? "" : ", publishing changes to " + config.content() + " as they are saved");
        return this;
    }

    private static boolean isPortInUse(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.BindException || String.valueOf(t.getMessage()).contains("Port already in use")) {
                return true;
            }
        }
        return false;
    }

    public int port() {
        return javalin.port();
    }

    public LiveSite site() {
        return site;
    }

    /** The background contact mail sender; tests call its {@code drainOnce()} instead of waiting. */
    public MailSender mailSender() {
        return contact.sender();
    }

    /** Deletes contact messages past their retention period; tests call its {@code purge()}. */
    public com.okpay.helpcenter.contact.Retention contactRetention() {
        return contact.retention();
    }

    /** The rendered articles and search indexes kept in the cache folder between runs. */
    public ContentCaches caches() {
        return caches;
    }

    public Database database() {
        return database;
    }

    /** Recording and reading insights; tests call its {@code flush} instead of waiting. */
    public InsightsModule insights() {
        return insights;
    }

    /** The content watcher, unless started with --no-watch. */
    public Optional<LiveContent> live() {
        return Optional.ofNullable(live);
    }

    /** The git repository the content is followed from, when started with --content-git. */
    public Optional<GitContent> git() {
        return Optional.ofNullable(git);
    }

    /** Whether the database answers; tests call its {@code check()} instead of waiting. */
    public DatabaseProbe databaseProbe() {
        return probe;
    }

    /** True once shutdown has begun (readiness answers 503). */
    public boolean stopping() {
        return operations.health().stopping();
    }

    /**
     * How long a connection may send nothing before Jetty gives up on it (30 s unless set); tests
     * shorten it to see what a visitor whose request stalls is answered. New connections only.
     */
    public void idleTimeout(Duration timeout) {
        for (Connector connector : javalin.jettyServer().server().getConnectors()) {
            if (connector instanceof AbstractConnector jetty) {
                jetty.setIdleTimeout(timeout.toMillis());
            }
        }
    }

    /** The port of --metrics-port (tests pass 0 for a free one), if it was asked for. */
    public Optional<Integer> metricsPort() {
        return Optional.ofNullable(metricsServer).map(MetricsServer::port);
    }

    /**
     * Graceful: readiness answers 503 at once; no new connections are taken, and requests in flight
     * finish (within {@link #SHUTDOWN_GRACE}); then the sender finishes or gives back its mail, the
     * insights writer stores what is buffered, then the database, then the content caches.
     */
    @Override
    public void close() {
        operations.health().beginShutdown();
        if (git != null) {
            git.close();
        }
        if (live != null) {
            live.close();
        }
        javalin.stop();
        contact.close();
        insights.close();
        if (metricsServer != null) {
            metricsServer.close();
        }
        probe.close();
        operations.metrics().close();
        database.close();
        caches.close();
    }

    /** Waits for ever; the JVM shutdown hook stops the server. */
    public void awaitShutdown() throws InterruptedException {
        StopSignals.first(caches::stopEmbedding);
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "shutdown"));
        new java.util.concurrent.CountDownLatch(1).await(Long.MAX_VALUE, TimeUnit.DAYS);
    }
}
