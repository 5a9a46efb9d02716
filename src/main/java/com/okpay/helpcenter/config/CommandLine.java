package com.okpay.helpcenter.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words a user typed: an optional subcommand, then {@code --name value}, {@code --name=value}
 * or a bare {@code --switch}. No subcommand means {@code serve}.
 */
public record CommandLine(String command, Map<String, String> flags, List<String> arguments) {

    public static final String DEFAULT_COMMAND = "serve";
    /** Flags that are switches: they never take the next word as their value. */
    public static final Set<String> SWITCHES = Set.of("drafts", "no-watch", "strict", "help");

    public CommandLine {
        flags = Map.copyOf(flags);
        arguments = List.copyOf(arguments);
    }

    public static CommandLine parse(String... args) {
        String command = DEFAULT_COMMAND;
        Map<String, String> flags = new LinkedHashMap<>();
        List<String> arguments = new ArrayList<>();
        int i = 0;
        if (args.length > 0 && !args[0].startsWith("-")) {
            command = args[0];
            i = 1;
        }
        for (; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--") || arg.length() == 2) {
                arguments.add(arg);
                continue;
            }
            String body = arg.substring(2);
            int eq = body.indexOf('=');
            if (eq >= 0) {
                flags.put(body.substring(0, eq), body.substring(eq + 1));
            } else if (!SWITCHES.contains(body) && i + 1 < args.length && !args[i + 1].startsWith("--")) {
                flags.put(body, args[++i]);
            } else {
                flags.put(body, "true");
            }
        }
        return new CommandLine(command, flags, arguments);
    }
}
