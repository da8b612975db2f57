package org.pravasi.registry.api;

import io.vertx.ext.web.RoutingContext;
import java.util.Optional;
import org.pravasi.registry.keys.KeyStore;
import org.pravasi.registry.web.ProblemException;
import org.pravasi.registry.web.Requests;

/** Finds the organisation of the API key sent as {@code Authorization: Bearer KEY} or {@code X-API-Key: KEY}. */
final class ApiKeyAuth {
    private final KeyStore keys;

    ApiKeyAuth(KeyStore keys) {
        this.keys = keys;
    }

    /**
     * The key's organisation.
     *
     * @throws ProblemException 401 when no key, or no valid key, was sent
     */
    String require(RoutingContext ctx) {
        String key = Requests.apiKey(ctx).orElse(null);
        Optional<String> org = keys.authenticate(key);
        if (org.isEmpty()) {
            throw new ProblemException(
                            401,
                            "API key required",
                            key == null
                                    ? "Publishing needs your organisation's API key: send it as 'Authorization: Bearer KEY'. Ask the node operator for one (pravasi-registry keys create)."
                                    : "The API key is not valid or has been revoked. Ask the node operator for a new one.")
                    .withHeader("WWW-Authenticate", "Bearer realm=\"pravasi\"");
        }
        return org.get();
    }
}
