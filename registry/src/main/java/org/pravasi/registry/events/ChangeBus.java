package org.pravasi.registry.events;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** In-process announcements of committed changes; a failing listener is logged and does not stop the others. */
public final class ChangeBus {
    private static final Logger LOG = LoggerFactory.getLogger(ChangeBus.class);
    private final List<Consumer<ChangeEvent>> listeners = new CopyOnWriteArrayList<>();

    /** Registers a listener, called after each commit on the publishing thread (hand work off quickly). */
    public void subscribe(Consumer<ChangeEvent> listener) {
        listeners.add(listener);
    }

    /** Announces a committed change. */
    public void announce(ChangeEvent event) {
        for (Consumer<ChangeEvent> l : listeners) {
            try {
                l.accept(event);
            } catch (RuntimeException e) {
                LOG.warn("A change listener failed for {}: {}", event.uri(), e.toString());
            }
        }
    }
}
