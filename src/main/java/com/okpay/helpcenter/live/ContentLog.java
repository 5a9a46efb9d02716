package com.okpay.helpcenter.live;

import com.okpay.helpcenter.content.Content;
import com.okpay.helpcenter.content.ContentProblem;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes content problems to the log once: a reload repeats only the problems that are new. */
public final class ContentLog {
    private static final Logger log = LoggerFactory.getLogger(ContentLog.class);

    private ContentLog() {
    }

    /** Logs the problems of {@code next} that {@code previous} (may be null) did not already have. */
    public static void newProblems(Content next, Content previous) {
        Set<ContentProblem> known = previous == null ? Set.of() : new HashSet<>(previous.problems());
        List<ContentProblem> fresh = next.problems().stream().filter(p -> !known.contains(p)).toList();
        for (ContentProblem problem : fresh) {
            if (problem.isError()) {
                log.error("{}", problem.format(next.root()));
            } else {
                log.warn("{}", problem.format(next.root()));
            }
        }
    }
}
