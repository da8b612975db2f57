package org.pravasi.portal.apidocs;

import org.pravasi.registry.api.ApiDescription;

/** The OpenAPI description of everything the portal serves under {@code /api}. */
public final class PortalApi {
    /** The portal's own endpoints: search, typeahead, map. */
    public static final String PORTAL = "openapi/portal.yaml";

    private PortalApi() {}

    /** The node's description with the harvesting routes and the portal's own. */
    public static ApiDescription description() {
        return ApiDescription.node().with(ApiDescription.FEDERATION).with(PORTAL);
    }
}
