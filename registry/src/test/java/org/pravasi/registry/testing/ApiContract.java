package org.pravasi.registry.testing;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.pravasi.registry.api.ApiDescription;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks real answers of the API against its OpenAPI description: the path and method are described, the status is
 * listed for them, the content type is one described for that status (no body where none is), required headers are
 * sent, and a JSON body validates against the schema (networknt json-schema-validator, OpenAPI 3.1 dialect). Tests get
 * it through {@link #client(HttpClient)}, which checks every answer from under {@code /api/}.
 */
public final class ApiContract {
    private static final String BASE = "https://pravasi.invalid/openapi.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ApiDescription description;
    private final JsonNode document;
    private final SchemaRegistry schemas;
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

    private ApiContract(ApiDescription description) {
        this.description = description;
        this.document = description.document();
        String json = description.json();
        this.schemas = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(), b -> b.schemas(Map.of(BASE, json)));
    }

    /** The contract of a registry node (one per test JVM: it is immutable and keeps its compiled schemas). */
    public static ApiContract node() {
        return Node.CONTRACT;
    }

    private static final class Node {
        static final ApiContract CONTRACT = of(ApiDescription.node());
    }

    /** The contract of {@code description}. */
    public static ApiContract of(ApiDescription description) {
        return new ApiContract(description);
    }

    /** {@code http}, checking every answer it receives from under {@code /api/} against this contract. */
    public HttpClient client(HttpClient http) {
        return new CheckingClient(http, this);
    }

    /**
     * Checks one answer.
     *
     * @param body the body received, or null when it was not read whole (a stream the test still reads)
     * @throws AssertionError naming the request and what does not match the description
     */
    public void check(String method, URI uri, int status, HttpHeaders headers, byte[] body) {
        String path = uri.getPath();
        if (!path.startsWith(ApiDescription.PREFIX) || method.equals("OPTIONS")) {
            return; // OPTIONS is CORS preflight, answered before any route (portal.security.Cors)
        }
        String request = method + " " + path;
        String mediaType = headers.firstValue("Content-Type")
                .map(v -> v.split(";")[0].strip().toLowerCase(Locale.ROOT))
                .orElse("");
        Optional<String> template = description.template(path);
        String operation = method.equals("HEAD") ? "get" : method.toLowerCase(Locale.ROOT);
        if (template.isEmpty() || !document.path("paths").path(template.get()).has(operation)) {
            // The catch-all answers: 404 for an unknown path, 405 for a known one asked with another method.
            int expected = template.isEmpty() ? 404 : 405;
            if (status != expected) {
                throw new AssertionError(request + " answered " + status + ", but the API description has "
                        + (template.isEmpty() ? "no path matching " + path : "no " + method + " for " + template.get())
                        + ". Describe the endpoint in an openapi/*.yaml resource.");
            }
            validate(request, status, body, mediaType, "/components/schemas/Problem");
            return;
        }
        String at = "/paths/" + escape(template.get()) + "/" + operation + "/responses";
        JsonNode responses = document.at(at);
        String key = responses.has(Integer.toString(status))
                ? Integer.toString(status)
                : responses.has(status / 100 + "XX") ? status / 100 + "XX" : "default";
        if (!responses.has(key)) {
            throw new AssertionError(request + " answered " + status + ", which the API description does not list for "
                    + method + " " + template.get() + " (it lists " + names(responses) + ").");
        }
        at = at + "/" + escape(key);
        JsonNode response = responses.get(key);
        if (response.has("$ref")) {
            at = response.get("$ref").asString().substring(1);
            response = document.at(at);
        }
        for (Map.Entry<String, JsonNode> h : response.path("headers").properties()) {
            JsonNode header = resolve(h.getValue());
            if (header.path("required").asBoolean(false)
                    && headers.firstValue(h.getKey()).isEmpty()) {
                throw new AssertionError(request + " answered " + status + " without the header " + h.getKey()
                        + ", which the API description requires.");
            }
        }
        JsonNode content = response.path("content");
        if (content.isEmpty()) {
            if (body != null && body.length > 0) {
                throw new AssertionError(request + " answered " + status + " with a body (" + mediaType
                        + "), but the API description says this answer has none.");
            }
            return;
        }
        if (method.equals("HEAD")) {
            return;
        }
        if (!content.has(mediaType)) {
            throw new AssertionError(request + " answered " + status + " as '" + mediaType
                    + "', but the API description lists " + names(content) + " for it.");
        }
        validate(request, status, body, mediaType, at + "/content/" + escape(mediaType) + "/schema");
    }

    private void validate(String request, int status, byte[] body, String mediaType, String schemaPointer) {
        boolean json = mediaType.equals("application/json") || mediaType.endsWith("+json");
        if (body == null) {
            return;
        }
        if (schemaPointer.startsWith("/components/schemas/Problem") && !mediaType.equals("application/problem+json")) {
            throw new AssertionError(request + " answered " + status + " as '" + mediaType
                    + "'; errors under /api are application/problem+json.");
        }
        if (!json) {
            return;
        }
        JsonNode value;
        try {
            value = JSON.readTree(body);
        } catch (JacksonException e) {
            throw new AssertionError(request + " answered " + status + " as " + mediaType
                    + ", but the body is not JSON: " + e.getOriginalMessage());
        }
        Schema schema =
                compiled.computeIfAbsent(schemaPointer, p -> schemas.getSchema(SchemaLocation.of(BASE + "#" + p)));
        List<Error> errors = schema.validate(value);
        if (!errors.isEmpty()) {
            List<String> lines = new ArrayList<>();
            errors.stream().limit(10).forEach(e -> lines.add("  " + e));
            String text = new String(body, StandardCharsets.UTF_8);
            throw new AssertionError(request + " answered " + status + " with a body that does not match the API "
                    + "description (" + schemaPointer + "):\n" + String.join("\n", lines) + "\nbody: "
                    + (text.length() > 600 ? text.substring(0, 600) + "…" : text));
        }
    }

    private JsonNode resolve(JsonNode node) {
        return node.has("$ref") ? document.at(node.get("$ref").asString().substring(1)) : node;
    }

    private static List<String> names(JsonNode object) {
        return object.propertyNames().stream().toList();
    }

    /** A JSON pointer segment (RFC 6901). */
    private static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }
}
