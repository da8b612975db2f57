package org.pravasi.portal.testing;

import java.net.http.HttpClient;
import org.pravasi.portal.apidocs.PortalApi;
import org.pravasi.registry.testing.ApiContract;

/**
 * The portal's OpenAPI description as a test contract: the HTTP clients of tests that run the portal or nodes in their
 * own JVMs check every answer from under {@code /api/} against it, as {@link DemoPortal}'s client does.
 */
public final class PortalContract {
    private static final ApiContract CONTRACT = ApiContract.of(PortalApi.description());

    private PortalContract() {}

    /** {@code http}, checking every {@code /api/} answer it receives against the portal's description. */
    public static HttpClient checking(HttpClient http) {
        return CONTRACT.client(http);
    }
}
