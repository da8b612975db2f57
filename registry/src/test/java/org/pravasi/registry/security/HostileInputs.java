package org.pravasi.registry.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Malformed, huge, deeply nested, wrongly encoded, binary and adversarial uploads for the publishing endpoints, drawn
 * from a seeded generator so that a failing input can be replayed from its seed and index.
 */
final class HostileInputs {
    /**
     * One upload: the endpoint, and the multipart files (field, file name, content type, bytes); raw bodies have no
     * files.
     */
    record Input(String name, String path, List<Part> parts, byte[] rawBody, String rawType) {}

    record Part(String field, String fileName, String type, byte[] bytes) {}

    static final String DESCRIPTOR = """
            {"slug": "fuzz", "publisher": "mrc-alliance", "title": "Fuzz", "description": "Test.",
             "licence": "https://creativecommons.org/licenses/by/4.0/",
             "columns": [{"name": "district", "role": "area", "level": "district"},
                         {"name": "quarter", "role": "period", "granularity": "quarter"},
                         {"name": "cases", "role": "measure", "measure": "cases"}]}
            """;
    static final String CSV_HEAD = "district,quarter,cases\n";

    private final Random random;
    private final int maxBytes;
    private final String remoteContext;

    HostileInputs(long seed, int maxBytes, String remoteContext) {
        this.random = new Random(seed);
        this.maxBytes = maxBytes;
        this.remoteContext = remoteContext;
    }

    /** {@code rounds} inputs of every kind. */
    List<Input> generate(int rounds) {
        List<Supplier<Input>> kinds = List.of(
                this::badCsv,
                this::badDescriptor,
                this::badTurtle,
                this::badJsonLd,
                this::badStory,
                this::badMultipart,
                this::rdfXmlBomb);
        List<Input> all = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            for (Supplier<Input> k : kinds) {
                all.add(k.get());
            }
        }
        return all;
    }

    private Input csvUpload(String name, byte[] descriptor, byte[] csv) {
        return new Input(
                name,
                "/api/datasets",
                List.of(
                        new Part("descriptor", "d.json", "application/json", descriptor),
                        new Part("csv", "f.csv", "text/csv", csv)),
                null,
                null);
    }

    private Input badCsv() {
        byte[] d = DESCRIPTOR.getBytes(StandardCharsets.UTF_8);
        return switch (random.nextInt(12)) {
            case 0 -> csvUpload("csv: random bytes", d, bytes(random.nextInt(50_000)));
            case 1 ->
                csvUpload("csv: invalid UTF-8", d, concat(CSV_HEAD.getBytes(StandardCharsets.UTF_8), new byte[] {
                    (byte) 0xC3, 0x28, ',', (byte) 0xFF, '\n'
                }));
            case 2 ->
                csvUpload(
                        "csv: UTF-16 with BOM",
                        d,
                        ("\uFEFF" + CSV_HEAD + "201,2024-Q1,40\n").getBytes(StandardCharsets.UTF_16));
            case 3 ->
                csvUpload(
                        "csv: one huge line",
                        d,
                        (CSV_HEAD + "201,2024-Q1," + "9".repeat(maxBytes / 2)).getBytes(StandardCharsets.US_ASCII));
            case 4 ->
                csvUpload(
                        "csv: ten thousand columns",
                        d,
                        (String.join(",", repeat("c", 10_000)) + "\n").getBytes(StandardCharsets.US_ASCII));
            case 5 ->
                csvUpload(
                        "csv: unterminated quote",
                        d,
                        (CSV_HEAD + "\"201,2024-Q1,40\n" + "x".repeat(random.nextInt(100_000)))
                                .getBytes(StandardCharsets.UTF_8));
            case 6 ->
                csvUpload(
                        "csv: formula and script cells",
                        d,
                        (CSV_HEAD + "=cmd|' /C calc'!A0,2024-Q1,40\n<script>alert(1)</script>,2024-Q2,@SUM(1)\n")
                                .getBytes(StandardCharsets.UTF_8));
            case 7 ->
                csvUpload("csv: NUL bytes", d, (CSV_HEAD + "201\u0000,2024-Q1,40\n").getBytes(StandardCharsets.UTF_8));
            case 8 ->
                csvUpload(
                        "csv: numbers out of range",
                        d,
                        (CSV_HEAD + "201,2024-Q1,1e309\n201,2024-Q2,-5\n201,2024-Q3,99999999999999999999999\n")
                                .getBytes(StandardCharsets.UTF_8));
            case 9 -> csvUpload("csv: many garbage rows", d, garbageRows(Math.min(maxBytes / 40, 150_000)));
            case 10 -> csvUpload("csv: empty", d, new byte[0]);
            default ->
                csvUpload(
                        "csv: personal data",
                        d,
                        (CSV_HEAD + "201,2024-Q1,40\nRamesh Kumar 9876543210,2024-Q2,12\n")
                                .getBytes(StandardCharsets.UTF_8));
        };
    }

    private Input badDescriptor() {
        byte[] csv = (CSV_HEAD + "201,2024-Q1,40\n").getBytes(StandardCharsets.UTF_8);
        String deep = "[".repeat(200_000) + "]".repeat(200_000);
        return switch (random.nextInt(13)) {
            case 10 ->
                csvUpload(
                        "descriptor: '|' in sourceUrl, a person as language",
                        utf8(
                                DESCRIPTOR.replace(
                                        "\"Test.\",",
                                        "\"Test.\", \"sourceUrl\": \"https://example.org/a|b\", \"language\": [\"Sunita Devi ९८७६५४३२१०\"],")),
                        csv);
            case 11 ->
                csvUpload(
                        "descriptor: small count of people, form URL with Aadhaar",
                        utf8(
                                DESCRIPTOR.replace(
                                        "\"Test.\"",
                                        "\"In March 2024, 3 women aged 16-17 from Barsoi block were trafficked.\", \"sourceUrl\":"
                                                + " \"https://forms.example.org/r?name=Sunita&mobile=98765%E2%80%8B43210\", \"contactPoint\": \"mailto:sunita@gmail.com\"")),
                        csv);
            case 0 -> csvUpload("descriptor: not JSON", utf8("{\"slug\": \"fuzz\", "), csv);
            case 1 -> csvUpload("descriptor: deeply nested arrays", utf8(deep), csv);
            case 2 ->
                csvUpload(
                        "descriptor: deeply nested objects",
                        utf8("{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000)),
                        csv);
            case 3 ->
                csvUpload("descriptor: huge string", utf8("{\"slug\": \"" + "a".repeat(maxBytes / 2) + "\"}"), csv);
            case 4 ->
                csvUpload(
                        "descriptor: wrong types",
                        utf8("{\"slug\": 5, \"columns\": \"none\", \"title\": [], \"publisher\": {}}"),
                        csv);
            case 5 -> csvUpload("descriptor: binary", bytes(10_000), csv);
            case 6 ->
                csvUpload(
                        "descriptor: path traversal slug",
                        utf8(DESCRIPTOR.replace("\"fuzz\"", "\"../../etc/passwd\"")),
                        csv);
            case 7 ->
                csvUpload("descriptor: other organisation", utf8(DESCRIPTOR.replace("mrc-alliance", "other-org")), csv);
            case 8 ->
                csvUpload(
                        "descriptor: script in title, unknown role",
                        utf8(DESCRIPTOR
                                .replace("\"Fuzz\"", "\"<img src=x onerror=alert(1)>\"")
                                .replace("\"measure\", \"measure\"", "\"weird\", \"measure\"")),
                        csv);
            default -> csvUpload("descriptor: JSON null", utf8("null"), csv);
        };
    }

    private Input rdf(String name, String file, String type, byte[] bytes) {
        return new Input(name, "/api/datasets", List.of(new Part("rdf", file, type, bytes)), null, null);
    }

    private Input badTurtle() {
        return switch (random.nextInt(7)) {
            case 0 ->
                rdf(
                        "turtle: truncated",
                        "c.ttl",
                        "text/turtle",
                        utf8("@prefix qb: <http://purl.org/linked-data/cube#> .\n<a> qb:dataSet "));
            case 1 ->
                rdf(
                        "turtle: deeply nested blank nodes",
                        "c.ttl",
                        "text/turtle",
                        utf8("<a> <p> " + "[ <p> ".repeat(50_000) + "1" + " ]".repeat(50_000) + " ."));
            case 2 ->
                rdf(
                        "turtle: deeply nested lists",
                        "c.ttl",
                        "text/turtle",
                        utf8("<a> <p> " + "( ".repeat(50_000) + ")".repeat(50_000) + " ."));
            case 3 ->
                rdf(
                        "turtle: huge literal",
                        "c.ttl",
                        "text/turtle",
                        utf8("<a> <p> \"" + "x".repeat(maxBytes / 2) + "\" ."));
            case 4 -> rdf("turtle: binary", "c.ttl", "text/turtle", bytes(20_000));
            case 5 ->
                rdf(
                        "turtle: valid triples but no cube",
                        "c.ttl",
                        "text/turtle",
                        utf8("<https://e.org/a> <https://e.org/p> \"<script>alert(1)</script>\" ."));
            default ->
                rdf(
                        "turtle: bad escapes and IRIs",
                        "c.ttl",
                        "text/turtle",
                        utf8("<a b> <p> \"\\uZZZZ\" . <file:///etc/passwd> <p> <jar:x!/y> ."));
        };
    }

    private Input badJsonLd() {
        return switch (random.nextInt(6)) {
            case 0 ->
                rdf(
                        "json-ld: remote @context",
                        "c.jsonld",
                        "application/ld+json",
                        utf8("{\"@context\": \"" + remoteContext
                                + "\", \"@id\": \"https://e.org/a\", \"title\": \"x\"}"));
            case 1 ->
                rdf(
                        "json-ld: remote @context in an array",
                        "c.jsonld",
                        "application/ld+json",
                        utf8("{\"@context\": [{\"t\": \"https://e.org/t\"}, \"" + remoteContext
                                + "\"], \"@id\": \"https://e.org/a\", \"t\": \"x\"}"));
            case 2 ->
                rdf(
                        "json-ld: remote @import",
                        "c.jsonld",
                        "application/ld+json",
                        utf8("{\"@context\": {\"@version\": 1.1, \"@import\": \"" + remoteContext
                                + "\"}, \"@id\": \"https://e.org/a\"}"));
            case 3 ->
                rdf(
                        "json-ld: deeply nested",
                        "c.jsonld",
                        "application/ld+json",
                        utf8("{\"@id\":\"https://e.org/a\",\"https://e.org/p\":".repeat(20_000) + "1"
                                + "}".repeat(20_000)));
            case 4 ->
                rdf(
                        "json-ld: file context",
                        "c.jsonld",
                        "application/ld+json",
                        utf8("{\"@context\": \"file:///etc/passwd\", \"@id\": \"https://e.org/a\"}"));
            default -> rdf("json-ld: not JSON", "c.jsonld", "application/ld+json", bytes(5_000));
        };
    }

    private Input rdfXmlBomb() {
        String bomb = """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
                <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;"><!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
                <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;"><!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
                <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;"><!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:e="https://e.org/">
                  <rdf:Description rdf:about="https://e.org/a"><e:p>&lol9;&xxe;</e:p></rdf:Description>
                </rdf:RDF>
                """;
        return switch (random.nextInt(3)) {
            case 0 -> rdf("rdf/xml: billion laughs", "c.rdf", "application/rdf+xml", utf8(bomb));
            case 1 -> rdf("rdf/xml: billion laughs named as Turtle", "c.ttl", "text/turtle", utf8(bomb));
            default -> rdf("rdf/xml: billion laughs named as JSON-LD", "c.jsonld", "application/ld+json", utf8(bomb));
        };
    }

    private Input story(String name, byte[] bytes) {
        return new Input(name, "/api/stories", List.of(new Part("story", "s.md", "text/markdown", bytes)), null, null);
    }

    private Input badStory() {
        String front =
                "---\ntitle: T\nlanguage: en\ndate: 2024-04-22\ndistricts: [201]\nthemes: [legal-aid]\nsummary: S\n---\n";
        return switch (random.nextInt(9)) {
            case 7 ->
                story(
                        "story: hidden phone, obfuscated e-mail, small count",
                        utf8(front + "तीन मज़दूर लौटे। Call 98765\u200B43210,"
                                + " wa.me/919876543210 or sunita [at] gmail [dot] com."));
            case 0 -> story("story: no front matter", utf8("# Just text\n<script>alert(1)</script>"));
            case 1 -> story("story: broken front matter", utf8("---\ntitle: [unclosed\n---\nBody"));
            case 2 -> story("story: deeply nested quotes", utf8(front + ">".repeat(100_000) + " x"));
            case 3 -> story("story: deeply nested lists", utf8(front + repeatLines("  ", "- x", 5_000)));
            case 4 -> story("story: binary", bytes(30_000));
            case 5 -> story("story: huge", utf8(front + "word ".repeat(maxBytes / 6)));
            case 6 ->
                story(
                        "story: phone number and e-mail",
                        utf8(front + "Call Ramesh on 9876543210 or ramesh@example.org."));
            default ->
                story(
                        "story: bad date and district",
                        utf8(front.replace("2024-04-22", "yesterday").replace("[201]", "[\"'; DROP\"]")
                                + "<img src=x onerror=alert(1)> [x](javascript:alert(1))"));
        };
    }

    private Input badMultipart() {
        return switch (random.nextInt(6)) {
            case 0 -> new Input("multipart: no files", "/api/datasets", List.of(), null, null);
            case 1 ->
                new Input(
                        "multipart: only a csv",
                        "/api/datasets",
                        List.of(new Part("csv", "f.csv", "text/csv", utf8(CSV_HEAD))),
                        null,
                        null);
            case 2 ->
                new Input(
                        "raw: JSON body instead of multipart",
                        "/api/datasets",
                        List.of(),
                        utf8(DESCRIPTOR),
                        "application/json");
            case 3 ->
                new Input(
                        "raw: truncated multipart",
                        "/api/datasets",
                        List.of(),
                        utf8("--x\r\nContent-Disposition: form-data; name=\"csv\"; filename=\"f.csv\"\r\n\r\nabc"),
                        "multipart/form-data; boundary=x");
            case 4 ->
                new Input(
                        "raw: over the upload limit",
                        "/api/datasets",
                        List.of(),
                        bytes(maxBytes + 1024),
                        "multipart/form-data; boundary=x");
            default ->
                new Input("raw: binary body", "/api/stories", List.of(), bytes(20_000), "application/octet-stream");
        };
    }

    private byte[] garbageRows(int rows) {
        StringBuilder b = new StringBuilder(CSV_HEAD);
        for (int i = 0; i < rows; i++) {
            b.append(random.nextInt(1000))
                    .append(',')
                    .append(2000 + random.nextInt(40))
                    .append("-Q")
                    .append(random.nextInt(6))
                    .append(',')
                    .append(random.nextInt(100) - 10)
                    .append('\n');
        }
        return utf8(b.toString());
    }

    private byte[] bytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private static List<String> repeat(String s, int n) {
        List<String> l = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            l.add(s + i);
        }
        return l;
    }

    private static String repeatLines(String indent, String item, int depth) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            b.append(indent.repeat(i)).append(item).append('\n');
        }
        return b.toString();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
