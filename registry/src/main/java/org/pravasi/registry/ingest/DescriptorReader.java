package org.pravasi.registry.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.pravasi.ontology.Granularity;
import org.pravasi.registry.disclosure.PublicFigure;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a dataset descriptor (JSON) and checks every field, reporting all problems at once. */
public final class DescriptorReader {
    /** Pattern for dataset and organisation slugs. */
    public static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");

    private static final Set<String> FIELDS = Set.of(
            "slug",
            "publisher",
            "title",
            "description",
            "licence",
            "license",
            "language",
            "themes",
            "keywords",
            "illustrative",
            "source",
            "sourceUrl",
            "contactPoint",
            "columns",
            "publicFigures");
    private static final Set<String> LEVELS = Set.of("district", "state", "country");
    private static final Set<String> GRANULARITIES =
            Arrays.stream(Granularity.values()).map(Granularity::id).collect(Collectors.toUnmodifiableSet());
    private static final Set<String> MEASURES = Set.of("families", "individuals", "cases", "calls", "registrations");
    private static final JsonMapper JSON = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(32)
                            .maxStringLength(100_000)
                            .maxDocumentLength(1_000_000L)
                            .build())
                    .build())
            .build();

    private final String file;
    private final List<Finding> findings = new ArrayList<>();

    private DescriptorReader(String file) {
        this.file = file;
    }

    /** Parses {@code json}; the result has a descriptor only when there are no errors. */
    public static Parsed<Descriptor> read(String file, byte[] json) {
        return new DescriptorReader(file).parse(json);
    }

    private Parsed<Descriptor> parse(byte[] json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            String where = e.getLocation() == null
                    ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr();
            findings.add(Finding.error(
                    file,
                    "",
                    "The descriptor is not valid JSON" + where + ": " + e.getOriginalMessage() + ".",
                    "Check the JSON syntax (commas, quotes, brackets), e.g. with a JSON validator."));
            return Parsed.failed(findings);
        }
        if (root == null || !root.isObject()) {
            findings.add(Finding.error(
                    file,
                    "",
                    "The descriptor must be a JSON object.",
                    "Start the file with '{' — see docs/data-model.md."));
            return Parsed.failed(findings);
        }
        root.propertyNames().stream()
                .filter(n -> !FIELDS.contains(n))
                .forEach(n -> findings.add(Finding.error(
                        file,
                        n,
                        "Unknown descriptor field '" + n + "'.",
                        "Remove it or correct its spelling; fields are " + FIELDS + ".")));
        String slug = slug(root, "slug");
        String publisher = slug(root, "publisher");
        Map<String, String> title = texts(root, "title");
        Map<String, String> description = texts(root, "description");
        title.forEach((lang, t) -> tooLong("title." + lang, t, TextLimits.TITLE));
        description.forEach((lang, t) -> tooLong("description." + lang, t, TextLimits.DESCRIPTION));
        String licence = licence(root);
        List<String> language = strings(root, "language", false);
        if (language.isEmpty()) {
            language = List.of("en");
        }
        language.forEach(l -> CodedValues.languageProblem(l)
                .ifPresent(p -> findings.add(Finding.error(
                        file,
                        "language",
                        "'language' must list BCP 47 language tags: " + p,
                        "Write e.g. \"language\": [\"en\", \"hi\"]."))));
        List<String> themes = strings(root, "themes", false);
        List<String> keywords = strings(root, "keywords", false);
        if (keywords.size() > TextLimits.KEYWORDS) {
            findings.add(Finding.error(
                    file,
                    "keywords",
                    "'keywords' lists " + keywords.size() + " keywords; at most " + TextLimits.KEYWORDS + " are kept.",
                    "Keep the " + TextLimits.KEYWORDS + " that say most about the dataset."));
        }
        for (int i = 0; i < keywords.size(); i++) {
            tooLong("keywords[" + i + "]", keywords.get(i), TextLimits.KEYWORD);
        }
        JsonNode ill = root.path("illustrative");
        if (!ill.isMissingNode() && !ill.isBoolean()) {
            findings.add(Finding.error(
                    file,
                    "illustrative",
                    "'illustrative' must be true or false.",
                    "Write \"illustrative\": true if any split is made up for demonstration."));
        }
        String source = root.path("source").asString("");
        tooLong("source", source, TextLimits.DESCRIPTION);
        Optional<String> sourceUrl = optionalUrl(root, "sourceUrl", Set.of("http", "https"));
        Optional<String> contact = optionalUrl(root, "contactPoint", Set.of("http", "https", "mailto"));
        List<PublicFigure> publicFigures = publicFigures(root.path("publicFigures"));
        List<Column> columns =
                new ColumnsReader(file, findings).read(root.path("columns"), LEVELS, GRANULARITIES, MEASURES);
        if (findings.stream().anyMatch(Finding::isError)) {
            return Parsed.failed(findings);
        }
        return Parsed.of(
                new Descriptor(
                        slug,
                        publisher,
                        title,
                        description,
                        licence,
                        language,
                        themes,
                        keywords,
                        ill.asBoolean(false),
                        source,
                        sourceUrl,
                        contact,
                        columns,
                        publicFigures),
                findings);
    }

    /** Adds an error when {@code text} of the descriptor's {@code field} is longer than {@code limit} characters. */
    private void tooLong(String field, String text, int limit) {
        int length = text.codePointCount(0, text.length());
        if (length > limit) {
            findings.add(Finding.error(
                    file,
                    field,
                    "'" + field + "' is " + length + " characters long; at most " + limit + " are accepted.",
                    "Shorten it: say more in the description or the dataset's documentation page (sourceUrl)."));
        }
    }

    private String slug(JsonNode root, String field) {
        String v = root.path(field).asString("");
        if (!SLUG.matcher(v).matches()) {
            findings.add(Finding.error(
                    file,
                    field,
                    v.isEmpty() ? "'" + field + "' is missing." : "'" + field + "' is not a valid slug.",
                    "Use 2–63 lowercase letters, digits and hyphens, e.g. \"legal-aid-cases\"."));
        }
        return v;
    }

    private Map<String, String> texts(JsonNode root, String field) {
        JsonNode n = root.path(field);
        Map<String, String> out = new LinkedHashMap<>();
        if (n.isString()) {
            out.put("en", n.stringValue().strip());
        } else if (n.isObject()) {
            n.propertyStream().forEach(e -> {
                if (!e.getKey().matches("[a-z]{2,3}") || !e.getValue().isString()) {
                    findings.add(Finding.error(
                            file,
                            field + "." + e.getKey(),
                            "Each entry of '" + field + "' must be a language code with a text.",
                            "Write e.g. {\"en\": \"…\", \"hi\": \"…\"}."));
                } else {
                    out.put(e.getKey(), e.getValue().stringValue().strip());
                }
            });
        }
        if (out.getOrDefault("en", "").isBlank()) {
            findings.add(Finding.error(
                    file,
                    field,
                    "'" + field + "' needs an English text.",
                    "Add \"" + field + "\": {\"en\": \"…\"} (Hindi under \"hi\" is welcome)."));
        }
        return out;
    }

    private String licence(JsonNode root) {
        String v = root.path("licence").asString(root.path("license").asString(""));
        if (v.isEmpty() || CodedValues.webIriProblem(v).isPresent()) {
            findings.add(Finding.error(
                    file,
                    "licence",
                    v.isEmpty() ? "'licence' is missing." : "'licence' must be the licence's URI.",
                    "Use e.g. \"https://creativecommons.org/licenses/by/4.0/\"."));
        }
        return v;
    }

    private List<String> strings(JsonNode root, String field, boolean required) {
        JsonNode n = root.path(field);
        if (n.isMissingNode() && !required) {
            return List.of();
        }
        if (n.isString()) {
            return List.of(n.stringValue());
        }
        if (!n.isArray() || n.valueStream().anyMatch(x -> !x.isString())) {
            findings.add(Finding.error(
                    file,
                    field,
                    "'" + field + "' must be a list of texts.",
                    "Write e.g. \"" + field + "\": [\"a\", \"b\"]."));
            return List.of();
        }
        return n.valueStream().map(JsonNode::stringValue).toList();
    }

    private Optional<String> optionalUrl(JsonNode root, String field, Set<String> schemes) {
        JsonNode n = root.path(field);
        if (n.isMissingNode() || n.isNull()) {
            return Optional.empty();
        }
        String v = n.asString("");
        Optional<String> problem = CodedValues.iriProblem(v, schemes);
        if (problem.isPresent()) {
            findings.add(Finding.error(
                    file,
                    field,
                    "'" + field + "' is not a valid address: " + problem.get(),
                    "Use an absolute http(s) URL"
                            + (field.equals("contactPoint") ? " or a mailto: address of the organisation" : "")
                            + ", with characters such as spaces, |, <, >, \", { and } percent-encoded."));
            return Optional.empty();
        }
        return Optional.of(v);
    }

    /** Figures the publisher declares already public: [{"phrase": "3 women aged 16-17", "source": "https://…"}]. */
    private List<PublicFigure> publicFigures(JsonNode n) {
        if (n.isMissingNode() || n.isNull()) {
            return List.of();
        }
        List<PublicFigure> out = new ArrayList<>();
        String fix =
                "Write \"publicFigures\": [{\"phrase\": \"3 women aged 16-17\", \"source\": \"https://…\"}], one entry per"
                        + " figure already published elsewhere.";
        if (!n.isArray()) {
            findings.add(Finding.error(file, "publicFigures", "'publicFigures' must be a list.", fix));
            return List.of();
        }
        if (n.size() > PublicFigure.MAX_DECLARED) {
            findings.add(Finding.error(
                    file,
                    "publicFigures",
                    "'publicFigures' lists " + n.size() + " figures; at most " + PublicFigure.MAX_DECLARED
                            + " may be declared.",
                    "Declare only the counts of people the texts quote that were already published elsewhere, one"
                            + " entry each."));
            return List.of();
        }
        for (int i = 0; i < n.size(); i++) {
            JsonNode e = n.get(i);
            String phrase = e.path("phrase").asString("").strip();
            String source = e.path("source").asString("");
            Optional<String> problem = CodedValues.webIriProblem(source);
            if (phrase.isEmpty() || phrase.length() > PublicFigure.MAX_PHRASE || problem.isPresent()) {
                findings.add(Finding.error(
                        file,
                        "publicFigures[" + i + "]",
                        "Each public figure needs a phrase (at most " + PublicFigure.MAX_PHRASE
                                + " characters) and the http(s) URL of its public source"
                                + problem.map(p -> ": " + p).orElse("."),
                        fix));
            } else {
                out.add(new PublicFigure(phrase, source));
            }
        }
        return out;
    }
}
