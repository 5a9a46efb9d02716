package com.okpay.helpcenter;

import com.okpay.helpcenter.config.Config;
import com.okpay.helpcenter.config.ConfigException;
import com.okpay.helpcenter.content.Content;
import com.okpay.helpcenter.content.ContentException;
import com.okpay.helpcenter.content.ContentLoader;
import com.okpay.helpcenter.content.ContentProblem;
import com.okpay.helpcenter.content.MarkdownRenderer;
import com.okpay.helpcenter.site.LiveSite;
import com.okpay.helpcenter.site.SnapshotBuilder;
import com.okpay.helpcenter.web.Messages;
import com.okpay.helpcenter.web.Pages;
import com.okpay.helpcenter.web.Routes;
import com.okpay.helpcenter.web.ThymeleafRenderer;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running help center: built from a {@link Config} with plain constructors, started and
 * stopped as one. Tests build their own on a random port against a fixture content folder.
 */
public final class App implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(App.class);

    private final Config config;
    private final LiveSite site;
    private final Javalin javalin;

    private App(Config config, LiveSite site, Javalin javalin) {
        this.config = config;
        this.site = site;
        this.javalin = javalin;
    }

    public static App create(Config config) {
        config.requireContentFolder();
        createDataFolder(config);
        MarkdownRenderer markdown = new MarkdownRenderer();
        ContentLoader loader = new ContentLoader(markdown, config.drafts());
        Content content = loadContent(loader, config);
        SnapshotBuilder snapshots = new SnapshotBuilder();
        LiveSite site = new LiveSite(snapshots.build(content));

        Messages messages = new Messages();
        Pages pages = new Pages(config.baseUrl(), config.drafts(), messages);
        Routes routes = new Routes(site, pages);
        Javalin javalin = Javalin.create(javalinConfig -> {
            javalinConfig.startup.showJavalinBanner = false;
            javalinConfig.startup.showOldJavalinVersionWarning = false;
            javalinConfig.http.maxRequestSize = 64 * 1024;
            // a pasted 10 000-character search still gets our page (the query cut short), not a bare 414
            javalinConfig.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(64 * 1024));
            javalinConfig.fileRenderer(new ThymeleafRenderer(messages));
            javalinConfig.staticFiles.add(staticFiles -> {
                staticFiles.hostedPath = "/static";
                staticFiles.directory = "/static";
                staticFiles.location = Location.CLASSPATH;
                staticFiles.headers = java.util.Map.of("Cache-Control", "public, max-age=3600");
            });
            routes.register(javalinConfig);
        });
        return new App(config, site, javalin);
    }

    private static Content loadContent(ContentLoader loader, Config config) {
        try {
            Content content = loader.load(config.content());
            for (ContentProblem problem : content.problems()) {
                if (problem.isError()) {
                    log.error("{} (skipped)", problem.format(content.root()));
                } else {
                    log.warn("{}", problem.format(content.root()));
                }
            }
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
        } catch (RuntimeException e) {
            if (isPortInUse(e)) {
                throw new ConfigException("port " + config.port() + " is already in use "
                        + "(stop the other server or choose another with --port N or PORT)");
            }
            throw e;
        }
        log.info("help center ready at {} (serving http://localhost:{})", config.baseUrl(), port());
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

    @Override
    public void close() {
        javalin.stop();
    }

    /** Waits for ever; the JVM shutdown hook stops the server. */
    public void awaitShutdown() throws InterruptedException {
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "shutdown"));
        new java.util.concurrent.CountDownLatch(1).await(Long.MAX_VALUE, TimeUnit.DAYS);
    }
}
