package com.okpay.helpcenter.insights;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.okpay.helpcenter.config.Config;
import com.okpay.helpcenter.config.ConfigException;
import com.okpay.helpcenter.config.Settings;
import com.okpay.helpcenter.content.Content;
import com.okpay.helpcenter.content.ContentException;
import com.okpay.helpcenter.content.ContentLoader;
import com.okpay.helpcenter.content.MarkdownRenderer;
import com.okpay.helpcenter.db.Database;
import com.okpay.helpcenter.db.DatabaseSettings;
import com.okpay.helpcenter.i18n.Messages;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.LoggerFactory;

/**
 * {@code helpcenter report [--since 7d] [--locale zh-CN] [--lang en]}: the tables of the insights
 * page as plain text, for a cron mail or a chat post. Reads the database the server writes.
 */
public final class ReportCommand {
    static final int ROWS = 20;
    private static final String APP_LOGGERS = "com.okpay.helpcenter";
    private static final Pattern SINCE = Pattern.compile("(\\d{1,4})([dw]?)");

    private final PrintStream out;
    private final Clock clock;

    public ReportCommand(PrintStream out, Clock clock) {
        this.out = out;
        this.clock = clock;
    }

    public int run(Config config) {
        Settings settings = config.settings();
        int days = since(settings);
        Content content = load(config);
        Optional<String> locale = settings.find("locale", null).map(l -> siteLocale(content, l, "locale"));
        String language = siteLocale(content, settings.string("lang", null, content.site().defaultLocale()), "lang");
        InsightsSettings insights = InsightsSettings.from(settings);
        DatabaseSettings databaseSettings = DatabaseSettings.from(settings, config.data());
        settings.rejectUnknownFlags();
        createFolder(config);
        Messages messages = new Messages();
        Texts texts = (key, args) -> messages.get(Messages.locale(language), key, args);
        Level level = quietLogs();
        try (Database database = Database.open(databaseSettings);
             InsightsDatabase recorded = InsightsDatabase.open(database)) {
            Period period = Period.lastDays(days, locale, clock.instant(), insights.zone());
            Report report = new ReportReader(recorded.database(), database, clock).read(period, ROWS);
            out.println(texts.get("insights.report.heading", period.from().toString(), period.to().toString(),
                    period.days(), locale.orElse(texts.get("insights.filter.allLocales"))));
            for (Table table : new ReportTables(content, language, texts, insights.zone()).all(report)) {
                out.println();
                out.print(TextTable.of(table));
            }
            return 0;
        } catch (SQLException e) {
            throw new ConfigException("cannot read insights from the database: " + e.getMessage());
        } finally {
            restoreLogs(level);
        }
    }

    /** The report is the output: the server's start-up lines (database ready...) would only clutter it. */
    private static Level quietLogs() {
        if (LoggerFactory.getLogger(APP_LOGGERS) instanceof Logger logger) {
            Level before = logger.getLevel();
            logger.setLevel(Level.WARN);
            return before;
        }
        return null;
    }

    private static void restoreLogs(Level level) {
        if (LoggerFactory.getLogger(APP_LOGGERS) instanceof Logger logger) {
            logger.setLevel(level);
        }
    }

    /** {@code 7d}, {@code 2w} or a number of days, at most ten years. */
    private static int since(Settings settings) {
        String raw = settings.string("since", null, "7d");
        Matcher m = SINCE.matcher(raw.strip());
        int days = m.matches() ? Integer.parseInt(m.group(1)) * (m.group(2).equals("w") ? 7 : 1) : 0;
        if (days < 1 || days > 3650) {
            throw settings.invalid("since", null, raw, "a number of days or weeks such as 7d, 30d or 2w");
        }
        return days;
    }

    private static String siteLocale(Content content, String code, String flag) {
        if (!content.site().hasLocale(code)) {
            throw new ConfigException("unknown locale '" + code + "' for --" + flag + ": expected one of "
                    + String.join(", ", content.site().locales().stream().map(l -> l.code()).toList()));
        }
        return code;
    }

    /** The content names articles and topics in the tables. */
    private static Content load(Config config) {
        config.requireContentFolder();
        try {
            return new ContentLoader(new MarkdownRenderer(), false).load(config.content());
        } catch (ContentException e) {
            throw new ConfigException(e.toProblem().format(config.content()));
        }
    }

    private static void createFolder(Config config) {
        try {
            Files.createDirectories(config.data());
        } catch (IOException e) {
            throw new ConfigException("cannot open data folder " + config.data() + ": " + e.getMessage());
        }
    }
}
