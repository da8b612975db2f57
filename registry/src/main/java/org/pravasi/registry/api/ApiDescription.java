package org.pravasi.registry.api;

import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pravasi.registry.web.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The OpenAPI 3.1 description of the {@code /api} endpoints a server mounts, read from maintained YAML resources: the
 * node's ({@value #NODE}), merged with those of the features a server adds ({@value #FEDERATION}, the portal's own).
 * Immutable.
 */
public final class ApiDescription {
    /** The registry node's document. */
    public static final String NODE = "openapi/node.yaml";
    /** The harvesting routes ({@link FederationRoutes}), for servers that mount them. */
    public static final String FEDERATION = "openapi/federation.yaml";
    /** Where the document is served. */
    public static final String PATH = "/api/openapi.json";
    /** Paths under this prefix must be described. */
    public static final String PREFIX = "/api/";

    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch");
    private static final Pattern PARAM = Pattern.compile(":([A-Za-z0-9_]+)");
    private static final Pattern PATH_WITH_PARAMS = Pattern.compile("[A-Za-z0-9_:/.\\-]+\\*?");

    private final ObjectNode document;

    private ApiDescription(ObjectNode document) {
        this.document = document;
    }

    /** The node's description. */
    public static ApiDescription node() {
        return new ApiDescription(read(NODE));
    }

    /**
     * This description with the paths, tags and components of the YAML resource {@code resource} added, and its
     * {@code info} (if any) instead of this one's.
     *
     * @throws IllegalStateException when the resource describes a method of a path, or a component, already here
     */
    public ApiDescription with(String resource) {
        ObjectNode merged = document.deepCopy();
        ObjectNode more = read(resource);
        if (more.has("info")) {
            merged.set("info", more.get("info"));
        }
        more.path("tags").forEach(t -> merged.withArrayProperty("tags").add(t));
        for (Map.Entry<String, JsonNode> path : more.path("paths").properties()) {
            ObjectNode into = merged.withObjectProperty("paths").withObjectProperty(path.getKey());
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                if (into.has(op.getKey())) {
                    throw new IllegalStateException(
                            resource + " describes " + op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey()
                                    + " again; describe each endpoint in one file.");
                }
                into.set(op.getKey(), op.getValue());
            }
        }
        for (Map.Entry<String, JsonNode> section : more.path("components").properties()) {
            ObjectNode into = merged.withObjectProperty("components").withObjectProperty(section.getKey());
            for (Map.Entry<String, JsonNode> c : section.getValue().properties()) {
                if (into.has(c.getKey()) && !into.get(c.getKey()).equals(c.getValue())) {
                    throw new IllegalStateException(resource + " redefines components/" + section.getKey() + "/"
                            + c.getKey() + "; give it another name or reuse the existing one.");
                }
                into.set(c.getKey(), c.getValue());
            }
        }
        return new ApiDescription(merged);
    }

    /** The document (a copy). */
    public JsonNode document() {
        return document.deepCopy();
    }

    /** The document as JSON text. */
    public String json() {
        return Json.MAPPER.writeValueAsString(document);
    }

    /** Every method of every path the document describes. */
    public Set<ApiEndpoint> endpoints() {
        Set<ApiEndpoint> out = new TreeSet<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (String key : path.getValue().propertyNames()) {
                if (METHODS.contains(key)) {
                    out.add(new ApiEndpoint(key.toUpperCase(Locale.ROOT), path.getKey()));
                }
            }
        }
        return out;
    }

    /** The path template that describes the request path {@code path} (a literal path before a templated one). */
    public java.util.Optional<String> template(String path) {
        String[] asked = path.split("/", -1);
        String best = null;
        int bestLiterals = -1;
        for (String template : document.path("paths").propertyNames()) {
            String[] parts = template.split("/", -1);
            if (parts.length != asked.length) {
                continue;
            }
            int literals = 0;
            boolean matches = true;
            for (int i = 0; i < parts.length && matches; i++) {
                if (parts[i].startsWith("{") && parts[i].endsWith("}")) {
                    matches = !asked[i].isEmpty();
                } else {
                    matches = parts[i].equals(asked[i]);
                    literals++;
                }
            }
            if (matches && literals > bestLiterals) {
                best = template;
                bestLiterals = literals;
            }
        }
        return java.util.Optional.ofNullable(best);
    }

    /** The methods the document describes for the request path {@code path} (none when no path matches). */
    public List<String> methods(String path) {
        return template(path)
                .map(t -> endpoints().stream()
                        .filter(e -> e.path().equals(t))
                        .map(ApiEndpoint::method)
                        .toList())
                .orElse(List.of());
    }

    /**
     * The endpoints mounted on {@code router} under {@value #PREFIX}, paths written as in OpenAPI: a route for every
     * method is listed with method {@code *}, a prefix route with its {@code *}, a regular expression as it is. The
     * catch-all of {@link ApiDescriptionRoutes} is left out.
     */
    public static Set<ApiEndpoint> mounted(Router router) {
        Set<ApiEndpoint> out = new TreeSet<>();
        for (Route route : router.getRoutes()) {
            String path = route.isRegexPath() ? route.getName() : route.getPath();
            if (path == null
                    || !(path.startsWith(PREFIX) || path.startsWith("^" + PREFIX))
                    || ApiDescriptionRoutes.FALLBACK.equals(route.getName())) {
                continue;
            }
            // A path with :params is a regular expression to Vert.x too; its name keeps the path as written.
            String template = PATH_WITH_PARAMS.matcher(path).matches() ? openApiPath(path, route.isExactPath()) : path;
            if (route.methods() == null || route.methods().isEmpty()) {
                out.add(new ApiEndpoint("*", template));
            } else {
                route.methods().forEach(m -> out.add(new ApiEndpoint(m.name(), template)));
            }
        }
        return out;
    }

    private static String openApiPath(String vertxPath, boolean exact) {
        String path = vertxPath.endsWith("*") ? vertxPath.substring(0, vertxPath.length() - 1) : vertxPath;
        Matcher m = PARAM.matcher(path);
        String template = m.replaceAll("{$1}");
        return exact ? template : template + "*";
    }

    private static ObjectNode read(String resource) {
        try (InputStream in = ApiDescription.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The API description " + resource + " is not on the class path.");
            }
            JsonNode node = YAML.readTree(in);
            if (!(node instanceof ObjectNode object)) {
                throw new IllegalStateException("The API description " + resource + " is not a YAML mapping.");
            }
            return object;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
