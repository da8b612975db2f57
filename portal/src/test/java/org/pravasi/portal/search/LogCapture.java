package org.pravasi.portal.search;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;

/** Collects the messages logged under {@code org.pravasi} while it is open, for tests that expect a log line. */
final class LogCapture extends AbstractAppender implements AutoCloseable {
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final LoggerConfig logger;

    private LogCapture(LoggerConfig logger) {
        super("test-capture-" + System.nanoTime(), null, null, true, Property.EMPTY_ARRAY);
        this.logger = logger;
    }

    static LogCapture open() {
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        LogCapture c = new LogCapture(ctx.getConfiguration().getLoggerConfig("org.pravasi"));
        c.start();
        c.logger.addAppender(c, Level.INFO, null);
        ctx.updateLoggers();
        return c;
    }

    @Override
    public void append(LogEvent event) {
        lines.add(event.getLevel() + " " + event.getMessage().getFormattedMessage());
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    boolean has(String part) {
        return lines.stream().anyMatch(l -> l.contains(part));
    }

    @Override
    public void close() {
        logger.removeAppender(getName());
        ((LoggerContext) LogManager.getContext(false)).updateLoggers();
        stop();
    }
}
