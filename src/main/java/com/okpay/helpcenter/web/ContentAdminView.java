package com.okpay.helpcenter.web;

import java.util.List;

/**
 * The editors' content page: where the content comes from, the commit served, the last sync, the
 * problems per file, and the "sync now" form.
 */
record ContentAdminView(String source, String commitHash, String commitAuthor, String commitMessage, String commitTime,
                        String lastSync, boolean lastSyncFailed,
                        String triggers, List<FileProblems> files, String syncAction, String csrf, String notice) {

    ContentAdminView {
        files = List.copyOf(files);
    }

    /** What the template sees: the view as {@code view}. */
    record Page(ContentAdminView view) {
    }

    /** One file's problems, each as {@code path:line} and what is wrong. */
    record FileProblems(String path, List<Problem> problems) {
        FileProblems {
            problems = List.copyOf(problems);
        }
    }

    record Problem(String where, String message, boolean error) {
    }
}
