package com.okpay.helpcenter.testing;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/** The log lines (their messages) every logger writes while something runs. */
public final class LogLines {
    private LogLines() {
    }

    public static List<String> during(Runnable action) {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        root.addAppender(lines);
        try {
            action.run();
        } finally {
            root.detachAppender(lines);
        }
        synchronized (lines) { // the appender appends under its own lock
            return lines.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        }
    }
}
