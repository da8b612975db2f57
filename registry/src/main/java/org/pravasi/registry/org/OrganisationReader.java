package org.pravasi.registry.org;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pravasi.registry.ingest.CodedValues;
import org.pravasi.registry.ingest.DescriptorReader;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads an {@code organisation.json}; a bad file is an {@link IllegalArgumentException} naming the field. */
public final class OrganisationReader {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private OrganisationReader() {}

    /** Parses the JSON. */
    public static Organisation read(String file, byte[] json) {
        JsonNode n;
        try {
            n = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(file + ": not valid JSON: " + e.getOriginalMessage());
        }
        String slug = n.path("slug").asString("");
        if (!DescriptorReader.SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException(file + ": 'slug' must be 2–63 lowercase letters, digits and hyphens");
        }
        Map<String, String> name = texts(n.path("name"));
        if (!name.containsKey("en")) {
            throw new IllegalArgumentException(file + ": 'name' needs an English text");
        }
        List<Organisation.Centre> centres = new ArrayList<>();
        n.path("centres")
                .valueStream()
                .forEach(c -> centres.add(new Organisation.Centre(
                        c.path("name").asString(""), c.path("district").asString(""))));
        return new Organisation(
                slug,
                name,
                n.path("type").asString("organisation"),
                texts(n.path("description")),
                opt(n, "homepage", Set.of("http", "https"), file),
                opt(n, "contactPoint", Set.of("http", "https", "mailto"), file),
                n.path("states").valueStream().map(JsonNode::asString).toList(),
                centres,
                n.path("illustrative").asBoolean(false));
    }

    private static Map<String, String> texts(JsonNode n) {
        Map<String, String> out = new LinkedHashMap<>();
        if (n.isString()) {
            out.put("en", n.stringValue());
        } else {
            n.propertyStream().forEach(e -> out.put(e.getKey(), e.getValue().asString("")));
        }
        return out;
    }

    private static Optional<String> opt(JsonNode n, String field, Set<String> schemes, String file) {
        String v = n.path(field).asString("");
        if (v.isBlank()) {
            return Optional.empty();
        }
        CodedValues.iriProblem(v, schemes).ifPresent(p -> {
            throw new IllegalArgumentException(
                    file + ": '" + field + "' is not a valid address: " + p + " Use an absolute "
                            + String.join(" or ", schemes.stream().sorted().toList()) + " address.");
        });
        return Optional.of(v);
    }
}
