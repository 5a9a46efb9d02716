package com.okpay.helpcenter;

import java.io.PrintStream;
import java.util.List;

/** Runs a command line as {@code java -jar helpcenter.jar} would, for tests in other packages. */
public final class MainAccess {
    private MainAccess() {
    }

    public static int run(List<String> args, PrintStream out) {
        return Main.run(args.toArray(String[]::new), out, out);
    }
}
