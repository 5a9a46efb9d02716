package com.okpay.helpcenter.check;

import com.okpay.helpcenter.content.ContentProblem;
import java.nio.file.Path;
import java.util.List;

/** What {@code check} found in a content folder, in file and line order. */
public record CheckReport(Path root, List<ContentProblem> problems, int filesChecked) {

    public CheckReport {
        problems = List.copyOf(problems);
    }

    public long errors() {
        return problems.stream().filter(ContentProblem::isError).count();
    }

    public long warnings() {
        return problems.size() - errors();
    }

    /** Errors always fail; warnings only when the editor asked for {@code --strict}. */
    public boolean passes(boolean strict) {
        return errors() == 0 && (!strict || warnings() == 0);
    }
}
