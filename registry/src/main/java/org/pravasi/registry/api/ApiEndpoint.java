package org.pravasi.registry.api;

import java.util.Objects;

/**
 * One method on one path of the API, the path written as in OpenAPI ({@code /api/datasets/{org}/{slug}}).
 *
 * @param method the HTTP method in upper case, or {@code *} for a route that takes every method
 * @param path the path template
 */
public record ApiEndpoint(String method, String path) implements Comparable<ApiEndpoint> {
    /** Checks the parts. */
    public ApiEndpoint {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
    }

    @Override
    public int compareTo(ApiEndpoint o) {
        int c = path.compareTo(o.path);
        return c != 0 ? c : method.compareTo(o.method);
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
