package org.pravasi.registry.federation;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;

/**
 * The operator's log of refusals while it is open: the detail of each refused dataset (which cells, which bound), which
 * only the log holds, for tests that check what a refusal found.
 */
final class RefusalLog extends AbstractAppender implements AutoCloseable {
    private static final String PREFIX = "Refused dataset ";

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final LoggerConfig logger;

    private RefusalLog(LoggerConfig logger) {
        super("refusal-log-" + System.nanoTime(), null, null, true, Property.EMPTY_ARRAY);
        this.logger = logger;
    }

    /** Starts collecting the refusals logged under {@code org.pravasi}. */
    static RefusalLog open() {
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        RefusalLog log = new RefusalLog(ctx.getConfiguration().getLoggerConfig("org.pravasi"));
        log.start();
        log.logger.addAppender(log, Level.WARN, null);
        ctx.updateLoggers();
        return log;
    }

    @Override
    public void append(LogEvent event) {
        String line = event.getMessage().getFormattedMessage();
        if (line.startsWith(PREFIX)) {
            lines.add(line);
        }
    }

    /** The detail logged for the latest refusal of {@code identifier} ({@code org/slug}); fails if none was logged. */
    String detail(String identifier) {
        String head = PREFIX + identifier + " of ";
        for (int i = lines.size() - 1; i >= 0; i--) {
            String line = lines.get(i);
            if (line.startsWith(head)) {
                return line.substring(line.indexOf(": ") + 2);
            }
        }
        throw new AssertionError("no refusal of " + identifier + " was logged; logged: " + lines);
    }

    @Override
    public void close() {
        logger.removeAppender(getName());
        ((LoggerContext) LogManager.getContext(false)).updateLoggers();
        stop();
    }
}
