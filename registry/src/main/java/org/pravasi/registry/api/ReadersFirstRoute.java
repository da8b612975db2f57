package org.pravasi.registry.api;

import io.vertx.ext.web.Router;
import org.pravasi.registry.federation.ReadersFirst;

/** Reports every request to {@link ReadersFirst} while it is in flight, so that harvest work pauses for readers. */
public final class ReadersFirstRoute {
    private final ReadersFirst readers;

    /** A route reporting to {@code readers}. */
    public ReadersFirstRoute(ReadersFirst readers) {
        this.readers = readers;
    }

    /** Mounts the counting handler; mount it before any other route so that every request counts. */
    public void mount(Router router) {
        router.route().handler(ctx -> {
            readers.readerArrived();
            ctx.addEndHandler(done -> readers.readerLeft());
            ctx.next();
        });
    }
}
