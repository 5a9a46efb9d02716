package com.okpay.helpcenter.check;

import com.okpay.helpcenter.content.ContentProblem;
import com.okpay.helpcenter.content.MarkdownRenderer;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * {@code helpcenter check}: prints one {@code path:line: message} line per problem, then a summary,
 * and answers 0 when the content may be published, 1 when it may not.
 */
public final class CheckCommand {
    private final PrintStream out;

    public CheckCommand(PrintStream out) {
        this.out = out;
    }

    public int run(Path content, boolean strict) {
        CheckReport report = new ContentCheck(new MarkdownRenderer()).run(content);
        // paths as the editor would type them from where they run the check, like a compiler's
        Path here = Path.of("").toAbsolutePath();
        for (ContentProblem problem : report.problems()) {
            out.println(problem.format(here));
        }
        out.println(summary(report, strict));
        return report.passes(strict) ? 0 : 1;
    }

    private static String summary(CheckReport report, boolean strict) {
        String checked = report.root().getFileName() + ": " + report.filesChecked() + " files checked, ";
        if (report.problems().isEmpty()) {
            return checked + "no problems";
        }
        String counts = checked + plural(report.errors(), "error") + ", " + plural(report.warnings(), "warning");
        if (report.errors() > 0) {
            return counts;
        }
        return counts + (strict ? " (--strict: warnings fail the check)" : " (warnings do not fail the check; --strict makes them)");
    }

    private static String plural(long count, String word) {
        return count + " " + word + (count == 1 ? "" : "s");
    }
}
