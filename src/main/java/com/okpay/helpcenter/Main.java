package com.okpay.helpcenter;

import com.okpay.helpcenter.config.CommandLine;
import com.okpay.helpcenter.config.Config;
import com.okpay.helpcenter.config.ConfigException;
import com.okpay.helpcenter.config.Settings;
import com.okpay.helpcenter.check.CheckCommand;
import com.okpay.helpcenter.contact.ForgetCommand;
import com.okpay.helpcenter.insights.ReportCommand;
import com.okpay.helpcenter.ops.JitPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.PrintStream;
import java.time.Clock;

/**
 * The composition root: reads the command line and environment, then runs one command.
 * No subcommand means {@code serve}.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine line = CommandLine.parse(args);
        if (line.flags().containsKey("help")) {
            return usage(out, 0);
        }
        try {
            return switch (line.command()) {
                case "serve" -> serve(line);
                case "check" -> check(line, out);
                case "report" -> new ReportCommand(out, Clock.systemUTC()).run(Config.from(line.flags(), System.getenv()));
                case "forget" -> new ForgetCommand(out).run(new Settings(line.flags(), System.getenv()));
                case "warm-up" -> WarmUp.run(line.flags(), out);
                case "prepare" -> prepare(line, out);
                case "help" -> usage(out, 0);
                default -> {
                    err.println("helpcenter: unknown command '" + line.command() + "'");
                    yield usage(err, 2);
                }
            };
        } catch (ConfigException e) {
            err.println("helpcenter: " + e.getMessage());
            return 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } catch (java.io.IOException e) {
            err.println("helpcenter: " + e.getMessage());
            return 1;
        }
    }

    private static int serve(CommandLine line) throws InterruptedException {
        Config config = startingConfig(line);
        App app = App.create(config);
        try {
            config.settings().rejectUnknownFlags();
        } catch (ConfigException e) {
            app.close();
            throw e;
        }
        app.start();
        app.awaitShutdown();
        return 0;
    }

    private static int prepare(CommandLine line, PrintStream out) throws InterruptedException {
        return new PrepareCommand(out).run(startingConfig(line));
    }

    /**
     * The settings of a command that loads the content ({@code serve}, {@code prepare}), with the
     * compiler policy for it on its way. A stray word ({@code --drafts yes}) stops the command
     * rather than being silently ignored.
     */
    private static Config startingConfig(CommandLine line) {
        if (!line.arguments().isEmpty()) {
            throw new ConfigException("unexpected argument '" + line.arguments().get(0) + "': options are written "
                    + "--name value or --name=value (see java -jar helpcenter.jar --help)");
        }
        Config config = Config.from(line.flags(), System.getenv());
        JitPolicy.applyInBackground(config.content());
        return config;
    }

    private static int check(CommandLine line, PrintStream out) {
        Settings settings = new Settings(line.flags(), System.getenv());
        Path content = line.arguments().isEmpty() ? settings.path("content", "HELPCENTER_CONTENT", "./content")
                : Path.of(line.arguments().get(0)).toAbsolutePath().normalize();
        if (!Files.isDirectory(content)) {
            throw new ConfigException("content folder not found: " + content + " (use check --content DIR)");
        }
        boolean strict = settings.bool("strict", null, false);
        settings.rejectUnknownFlags();
        return new CheckCommand(out).run(content, strict);
    }

    private static int usage(PrintStream out, int status) {
        out.println("""
                usage: java -jar helpcenter.jar [serve] [--content DIR] [--port N] [--data DIR] [--base-url URL]
                                                [--drafts] [--no-watch]
                                                [--content-git URL [--content-git-branch main] [--content-git-dir SUBDIR]
                                                 [--content-git-ssh-key FILE] [--content-git-poll 60s|off]]
                       java -jar helpcenter.jar check [--content DIR] [--strict]
                         validates the content folder; exit status 0 when it may be published
                       java -jar helpcenter.jar report [--since 7d] [--locale zh-CN] [--lang en]
                         what customers searched for, read and asked about, as plain text
                       java -jar helpcenter.jar forget --email ADDRESS
                         erases that customer's contact messages and attachments, and lists them
                       java -jar helpcenter.jar prepare [--content DIR] [--data DIR] [--cache-dir DIR] [--semantic false]
                         derives what a first start would (article cache, search index, vectors) into the
                         cache folder and stops: servers started on it and that content start warm
                       java -XX:ArchiveClassesAtExit=helpcenter.jsa -jar helpcenter.jar warm-up [--content DIR]
                         serves a few pages on a temporary data folder and stops: writes the class
                         archive that java -XX:SharedArchiveFile=helpcenter.jsa -jar ... starts faster with
                Every flag can also be set by environment variable; see README.md.""");
        return status;
    }
}
