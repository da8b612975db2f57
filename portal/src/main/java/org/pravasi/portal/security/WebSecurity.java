package org.pravasi.portal.security;

import io.vertx.ext.web.Router;
import org.pravasi.registry.api.RateLimiter;
import org.pravasi.registry.config.RateLimits;

/** Mounts the web security handlers first on the portal's router: security headers, CORS, then rate limits. */
public final class WebSecurity {
    private WebSecurity() {}

    /**
     * Mounts everything, with the publishing limits on the API and on {@code forms}; call before any route is added.
     */
    public static void mount(Router router, RateLimits limits, RateLimiter.Forms forms) {
        router.route().handler(new SecurityHeaders());
        router.route().handler(new Cors());
        new RateLimiter(limits, forms).mount(router);
    }
}
