package com.okpay.helpcenter.ops;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.Map;

/**
 * The logging set-up, in code (found by logback through {@code META-INF/services}): reading a
 * {@code logback.xml} costs an XML parser and logback's configuration machinery, several hundred
 * classes on every start. {@code -Dlogback.configurationFile=FILE} still configures logback from
 * a file instead.
 */
public final class LogSetup extends ContextAwareBase implements Configurator {
    /**
     * Quieter libraries; start-up failures are reported by App as one line, Javalin would add a
     * second. DJL looks for a GPU when the embedding models load and warns twice on every machine
     * without CUDA, though the models run on the CPU by design. Jetty warns about a Host header
     * (or a target's authority) that is not a host and port, and about a second Host header, then
     * refuses the request itself with a 400 that the site answers with its error page: a visitor's
     * doing, nothing an operator can act on, and any visitor could fill the log with it.
     */
    private static final Map<String, Level> LEVELS = Map.of(
            "org.eclipse.jetty", Level.WARN,
            "org.eclipse.jetty.util.HostPort", Level.ERROR,
            "org.eclipse.jetty.http.HttpParser", Level.ERROR,
            "io.javalin", Level.WARN,
            "io.javalin.Javalin", Level.OFF,
            "org.flywaydb", Level.WARN,
            "com.zaxxer.hikari", Level.WARN,
            "org.thymeleaf", Level.WARN,
            "ai.djl.util.cuda", Level.ERROR);

    /** Set on a {@code prepare} run a starting server runs for itself (see {@code ColdStart}). */
    public static final String PREPARING_FOR_SERVER = "helpcenter.preparingForServer";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        // the build's warm-up run (pom.xml, class-archive) only needs to say when something goes wrong
        root.setLevel(Boolean.getBoolean("helpcenter.quiet") ? Level.WARN : Level.INFO);
        root.addAppender(console(context, "STDOUT", "%d{HH:mm:ss.SSS} %-5level %logger{0} - %msg%n"));
        // the JSON access log: one object per line, nothing around it, so log shippers parse it as is
        Logger access = context.getLogger("access");
        access.setLevel(Level.INFO);
        access.setAdditive(false);
        access.addAppender(console(context, "ACCESS", "%msg%n"));
        LEVELS.forEach((name, level) -> context.getLogger(name).setLevel(level));
        if (Boolean.getBoolean(PREPARING_FOR_SERVER)) {
            // the server that started this run loads the same content next and reports its problems then
            context.getLogger("com.okpay.helpcenter.live.ContentLog").setLevel(Level.OFF);
        }
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    private static ConsoleAppender<ILoggingEvent> console(LoggerContext context, String name, String pattern) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(pattern);
        encoder.start();
        ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
        appender.setContext(context);
        appender.setName(name);
        appender.setEncoder(encoder);
        appender.start();
        return appender;
    }
}
