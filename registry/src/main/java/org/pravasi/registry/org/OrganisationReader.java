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
        Map<String, String> description = texts(n.path("description"));
        languages(file, "name", name);
        languages(file, "description", description);
        within(file, "name", name, Profiles.MAX_NAME, true);
        within(file, "description", description, Profiles.MAX_DESCRIPTION, false);
        if (centres.size() > Profiles.MAX_CENTRES) {
            throw new IllegalArgumentException(file + ": 'centres' lists " + centres.size() + " centres; at most "
                    + Profiles.MAX_CENTRES + " are kept (list the centres that publish or serve workers)");
        }
        for (int i = 0; i < centres.size(); i++) {
            within(file, "centres[" + i + "].name", Map.of("en", centres.get(i).name()), Profiles.MAX_NAME, true);
        }
        return new Organisation(
                slug,
                name,
                n.path("type").asString("organisation"),
                description,
                opt(n, "homepage", Set.of("http", "https"), file),
                opt(n, "contactPoint", Set.of("http", "https", "mailto"), file),
                n.path("states").valueStream().map(JsonNode::asString).toList(),
                centres,
                n.path("illustrative").asBoolean(false));
    }

    /**
     * Refuses a text under a key that is not a language tag of the small form a harvesting portal accepts
     * ({@link CodedValues#languageProblem}): the key becomes the language tag of a published literal. The message does
     * not quote it, since it may itself be personal data.
     */
    private static void languages(String file, String field, Map<String, String> texts) {
        texts.keySet()
                .forEach(lang -> CodedValues.languageProblem(lang).ifPresent(p -> {
                    throw new IllegalArgumentException(file + ": a key of '" + field + "' is not a language code: " + p
                            + " Write the texts under \"en\" and \"hi\".");
                }));
    }

    /**
     * Refuses a text longer than a profile edited in the workspace may have ({@link Profiles}), or of more than one
     * line where {@code oneLine}: a harvesting portal refuses an organisation graph that passes them.
     */
    private static void within(String file, String field, Map<String, String> texts, int most, boolean oneLine) {
        texts.forEach((lang, text) -> {
            if (text.length() > most) {
                throw new IllegalArgumentException(file + ": '" + field + "' (" + lang + ") has " + text.length()
                        + " characters; at most " + most + " are kept");
            }
            if (oneLine && (text.contains("\n") || text.contains("\r"))) {
                throw new IllegalArgumentException(file + ": '" + field + "' (" + lang + ") must be one line");
            }
        });
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
