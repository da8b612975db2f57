package org.pravasi.portal.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pravasi.portal.testing.DemoPortal;
import org.pravasi.registry.store.Store;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 21 point 9: on every page kind (the list the browser checks use, {@code src/test/browser/pages.mjs}) and in
 * every JSON answer that carries labels, the Hindi version shows the Hindi label of everything the data label in Hindi,
 * never its English label. The oracle is the store itself, read with plain SPARQL, independent of page code.
 */
@DisplayName("Hindi: every label the data have in Hindi shows in Hindi, on every page kind")
class HindiLabelsTest {
    /** The page list of the browser checks: a new page kind is covered here without a change. */
    private static final Path PAGES = Path.of("src", "test", "browser", "pages.mjs");

    /** The properties the data use for a resource's name; {@link #everyHindiPropertyIsKnown} keeps this complete. */
    private static final List<String> LABEL_PROPERTIES = List.of(
            "http://www.w3.org/2004/02/skos/core#prefLabel",
            "http://www.w3.org/2000/01/rdf-schema#label",
            "http://purl.org/dc/terms/title",
            "http://xmlns.com/foaf/0.1/name",
            "http://schema.org/headline",
            "http://schema.org/name");

    /** Properties with Hindi text that are not names (texts, keywords), each with the reason it is not a label. */
    private static final Map<String, String> NOT_LABELS = Map.of(
            "http://purl.org/dc/terms/description", "a description, not a name",
            "http://www.w3.org/2004/02/skos/core#definition", "a definition, not a name",
            "http://www.w3.org/2004/02/skos/core#altLabel", "an alternative name for search, never shown as the name",
            "http://www.w3.org/ns/dcat#keyword", "a keyword for search",
            "http://schema.org/articleBody", "a story's text",
            "http://schema.org/abstract", "a story's summary",
            "http://www.w3.org/2000/01/rdf-schema#comment", "a comment on a term, not its name",
            "http://www.w3.org/2004/02/skos/core#scopeNote", "a note on how a code list is used, not a name");

    /**
     * JSON answers with labels, in Hindi. The paths of pages.mjs are HTML; these are the APIs and feeds behind them.
     */
    private static final List<String> JSON_PATHS = List.of(
            "/api/search?lang=hi",
            "/api/search?q=wage+theft&lang=hi",
            "/api/search?type=concept&lang=hi",
            "/api/search?type=district&lang=hi",
            "/api/suggest?q=wa&lang=hi",
            "/api/map/indicators?lang=hi",
            "/api/data/mrc-alliance/violations-by-district-quarter?area=Katihar&period=2024&lang=hi",
            "/api/data/mrc-alliance/violations-by-district-quarter?area=Katihar&period=2024&format=csvw&lang=hi");

    /** Feeds and CSV downloads that take a language. */
    private static final List<String> FEED_PATHS =
            List.of("/feeds/all?lang=hi", "/feeds/district/201?lang=hi", "/feeds/organisation/mrc-alliance?lang=hi");

    private static final String CSV_PATH =
            "/api/data/mrc-alliance/violations-by-sector-gender?area=Katihar&format=csv&lang=hi";

    /** URLs, paths and prefixed names such as {@code pv:cases}: identifiers, never translated. */
    private static final Pattern IDENTIFIER =
            Pattern.compile("(?:https?://|(?<![\\p{L}\\p{N}])/)[^\\s\"'<>]*|\\b[a-z][a-z0-9-]*:[A-Za-z_][\\w-]*");

    private static final Pattern LATIN_WORD = Pattern.compile("\\b[A-Za-z]{2,}\\b");
    /** Latin words left besides labels from which a text counts as English prose. */
    private static final int PROSE_WORDS = 3;

    /** JSON fields that hold identifiers (parameter names, codes), not text: their values are not checked. */
    private static final Set<String> IDENTIFIER_FIELDS = Set.of(
            "param",
            "notation",
            "code",
            "codes",
            "id",
            "slug",
            "uri",
            "href",
            "type",
            "level",
            "themes",
            "org",
            "role",
            "property",
            "columns.name",
            "measure.name",
            "columns.titles");

    /** Between a JSON field's name and its value in a finding. */
    private static final String FIELD = " → ";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * Pages that name districts without a Hindi name (Kerala's, in the helpline's Gulf calls): the district page, the
     * map, the explorer and search, besides the page kinds of pages.mjs.
     */
    private static final List<String> PLACES = List.of(
            "/id/district/557",
            "/map?dataset=https%3A%2F%2Fw3id.org%2Fpravasi%2Fid%2Fdataset%2Fmigrant-helpline%2Fgulf-calls-by-origin-district-month",
            "/explore/migrant-helpline/gulf-calls-by-origin-district-month?period=2024",
            "/search?type=district&q=Kannur");

    /**
     * A story's article is marked with the story's language and its page-language parts with the page's, on any page:
     * not a fall-back mark.
     */
    private static final Pattern STORY_LANGUAGE =
            Pattern.compile("^<(?:article class=\"story\"|p class=\"meta\" lang=)");

    /** Elements whose text cannot mark a part of itself, with the reason. */
    private static final Map<String, String> UNMARKABLE =
            Map.of("title", "the document's title is one string: a name in it cannot carry its own language");

    /** Elements whose attributes no screen reader reads out as the page's text, with the reason. */
    private static final Map<String, String> NOT_READ_OUT = Map.of(
            "link",
            "a feed link's title in <head> names the feed for feed readers; it is not in the accessibility tree");

    /** English label → Hindi label of every resource that has both (the English text must not show in Hindi). */
    private static Map<String, String> hindiOf;
    /** English labels of resources without a Hindi label: the fall-back a Hindi page may show. */
    private static Set<String> englishOnly;
    /** English labels of one resource with and another without a Hindi label: not told apart in text. */
    private static Set<String> homonyms;
    /** English names of districts without a Hindi name. */
    private static Set<String> englishOnlyDistricts;
    /** {@link #hindiOf}'s English labels as whole words, the longest first (compiled once, used on every text). */
    private static List<Map.Entry<String, Pattern>> hindiWords;
    /** {@link #englishOnly} as whole words, the longest first. */
    private static List<Pattern> englishOnlyWords;
    /**
     * Each page kind's Hindi page, fetched once for the five checks that read it (the shared portal is read-only, so
     * every fetch answers the same).
     */
    private static final Map<String, HttpResponse<String>> HINDI_PAGES = new java.util.concurrent.ConcurrentHashMap<>();

    @BeforeAll
    static void readTheOracle() {
        Store store = DemoPortal.shared().portal().node().store();
        hindiOf = new TreeMap<>();
        englishOnly = new TreeSet<>();
        String values = LABEL_PROPERTIES.stream().map(p -> "<" + p + ">").reduce("", (a, b) -> a + " " + b);
        String query = "SELECT DISTINCT ?s ?en ?hi WHERE { VALUES ?p {" + values + "} ?s ?p ?en ."
                + " FILTER(langMatches(lang(?en), 'en'))"
                + " OPTIONAL { VALUES ?q {" + values + "} ?s ?q ?hi . FILTER(langMatches(lang(?hi), 'hi')) }"
                // A version titled as its dataset is that dataset to a reader: its Hindi title is the dataset's.
                + " FILTER NOT EXISTS { ?ds <http://www.w3.org/ns/dcat#hasVersion> ?s ; ?p ?en } }";
        store.read(() -> {
            try (QueryExecution qe = QueryExecution.create(query, DatasetFactory.wrap(store.dataset()))) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    String en = s.getLiteral("en").getLexicalForm().strip();
                    if (s.contains("hi")) {
                        String hi = s.getLiteral("hi").getLexicalForm().strip();
                        if (!hi.equals(en)) {
                            hindiOf.put(en, hi);
                        }
                    } else {
                        englishOnly.add(en);
                    }
                }
            }
            return null;
        });
        // A name two things share, one with a Hindi label and one without (the district Chandigarh has none, the
        // union territory has one), may stand for either on a page: it counts as the fall-back, and is listed.
        homonyms = new TreeSet<>(englishOnly);
        homonyms.retainAll(hindiOf.keySet());
        englishOnlyDistricts = new TreeSet<>();
        String districts =
                "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX pv: <https://w3id.org/pravasi/def#>"
                        + " SELECT DISTINCT ?en WHERE { ?d a pv:District ; skos:prefLabel ?en FILTER(langMatches(lang(?en), 'en'))"
                        + " FILTER NOT EXISTS { ?d skos:prefLabel ?hi FILTER(langMatches(lang(?hi), 'hi')) } }";
        store.read(() -> {
            try (QueryExecution qe = QueryExecution.create(districts, DatasetFactory.wrap(store.dataset()))) {
                qe.execSelect()
                        .forEachRemaining(s -> englishOnlyDistricts.add(
                                s.getLiteral("en").getLexicalForm().strip()));
            }
            return null;
        });
        hindiWords = hindiLongestFirst();
        englishOnlyWords = englishOnlyLongestFirst();
        assertTrue(englishOnlyDistricts.contains("Kannur"), "Kannur has no Hindi name: " + englishOnlyDistricts.size());
        assertTrue(hindiOf.size() > 20, "the demo data label many things in Hindi: " + hindiOf.size());
        assertTrue(homonyms.size() < 5, "few names are shared by things with and without Hindi labels: " + homonyms);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pagesAndPlaces")
    @DisplayName("a page in Hindi shows no English label of anything the data label in Hindi")
    void pageShowsHindiLabels(String path) {
        HttpResponse<String> r = hindiPage(path);
        assertTrue(r.statusCode() == 200 || r.statusCode() == 404, path + " answered " + r.statusCode());
        assertTrue(r.body().contains("<html lang=\"hi\">"), path + " is not marked lang=\"hi\"");
        assertEquals(List.of(), englishLabelsIn(VisibleText.of(r.body())), path + " shows English labels");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pagesAndPlaces")
    @DisplayName(
            "a name the data have only in English, shown on a Hindi page, is marked lang=\"en\", in a sentence too")
    void fallBackLabelsAreMarkedEnglish(String path) {
        HttpResponse<String> r = hindiPage(path);
        Pattern names = anyOf(fallBacks());
        List<String> unmarked = TextLanguages.of(r.body()).stream()
                .filter(t -> !t.lang().equals("en") && !UNMARKABLE.containsKey(t.element()))
                .flatMap(t -> names.matcher(t.text())
                        .results()
                        .map(n -> "\"" + n.group() + "\" in <" + t.element() + "> of lang \"" + t.lang() + "\": "
                                + t.text().substring(0, Math.min(t.text().length(), 120))))
                .distinct()
                .toList();
        assertEquals(List.of(), unmarked, path + " shows English names without lang=\"en\"");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pagesAndPlaces")
    @DisplayName("an aria-label, title or suggestion that is a name the data have only in English marks its element")
    void fallBackNamesInAttributesMarkTheirElement(String path) {
        HttpResponse<String> r = hindiPage(path);
        Set<String> fallBacks = fallBacks();
        List<String> unmarked = TextLanguages.attributes(r.body()).stream()
                .filter(a -> fallBacks.contains(a.value().strip()) && !a.lang().equals("en"))
                .map(a -> a.name() + "=\"" + a.value() + "\" on <" + a.element() + "> of lang \"" + a.lang() + "\"")
                .distinct()
                .toList();
        assertEquals(List.of(), unmarked, path + " reads out English names without lang=\"en\"");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pagesAndPlaces")
    @DisplayName("an aria-label or title that is a Hindi sentence never holds an English-only name: none can mark it")
    void fallBackNamesInAttributeSentencesAreMarkedText(String path) {
        HttpResponse<String> r = hindiPage(path);
        Pattern names = anyOf(fallBacks());
        // An attribute is one string: a name inside it cannot carry lang="en", so such a label must come from marked
        // text (aria-labelledby) instead.
        List<String> unmarked = TextLanguages.attributes(r.body()).stream()
                .filter(a ->
                        !a.name().equals("value") && !a.lang().equals("en") && !NOT_READ_OUT.containsKey(a.element()))
                .filter(a -> names.matcher(a.value()).find()
                        && !names.matcher(a.value()).replaceAll("").isBlank())
                .map(a -> a.name() + "=\"" + a.value() + "\" on <" + a.element() + ">")
                .distinct()
                .toList();
        assertEquals(List.of(), unmarked, path + " reads out an English name inside a Hindi sentence");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pagesAndPlaces")
    @DisplayName("a Hindi page that names a district in English says so exactly once; the English page neither says so"
            + " nor marks a language")
    void districtWithoutHindiNameIsSaidOnceOnEveryPageKind(String path) {
        String hindi = hindiPage(path).body();
        // A fall-back name stands marked on its own (fallBackLabelsAreMarkedEnglish); English prose is not a name.
        boolean shown = TextLanguages.of(hindi).stream()
                        .anyMatch(t -> t.lang().equals("en") && englishOnlyDistricts.contains(t.text()))
                || TextLanguages.attributes(hindi).stream()
                        .anyMatch(a -> a.name().equals("value") && englishOnlyDistricts.contains(a.value()));
        int notes = hindi.split("class=\"note no-hindi-name\"", -1).length - 1;
        assertEquals(shown ? 1 : 0, notes, path + (shown ? " names a district in English" : " names none in English"));
        String english = DemoPortal.shared().get(inEnglish(path), "text/html").body();
        assertFalse(english.contains("no-hindi-name"), path + " in English says a name has no Hindi form");
        // The resource view marks every literal with its language on purpose, in English too (VisibleText).
        Pattern onPurpose = Pattern.compile(
                "class=\"[^\"]*\\b(?:" + String.join("|", VisibleText.ENGLISH_ON_PURPOSE.keySet()) + ")\\b");
        assertEquals(
                List.of(),
                Pattern.compile("<(?!html)[a-z0-9]+[^>]*\\slang=\"en\"[^>]*>")
                        .matcher(english)
                        .results()
                        .map(m -> m.group())
                        .filter(tag -> !onPurpose.matcher(tag).find()
                                && !STORY_LANGUAGE.matcher(tag).find())
                        .toList(),
                path + " in English marks English text");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jsonPaths")
    @DisplayName("a JSON answer in Hindi carries no English label of anything the data label in Hindi")
    void jsonCarriesHindiLabels(String path) {
        HttpResponse<String> r = DemoPortal.shared().get(path, "application/json");
        assertEquals(200, r.statusCode(), path);
        List<String> texts = new ArrayList<>();
        strings(JSON.readTree(r.body()), "", texts);
        assertEquals(List.of(), englishLabelsIn(texts), path + " carries English labels");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("feedPaths")
    @DisplayName("a feed in Hindi carries no English label of anything the data label in Hindi")
    void feedCarriesHindiLabels(String path) {
        HttpResponse<String> r = DemoPortal.shared().get(path);
        assertEquals(200, r.statusCode(), path);
        assertEquals(List.of(), englishLabelsIn(VisibleText.of(r.body())), path + " carries English labels");
    }

    @Test
    @DisplayName(
            "a CSV download in Hindi has Hindi labels in its label columns (the header names columns: not checked)")
    void csvCarriesHindiLabels() {
        HttpResponse<String> r = DemoPortal.shared().get(CSV_PATH);
        assertEquals(200, r.statusCode(), r.body());
        List<String> lines = r.body().lines().skip(1).toList();
        assertFalse(lines.isEmpty(), "the selection has rows");
        List<String> cells = new ArrayList<>();
        Matcher m = Pattern.compile("(?:^|,)(\"(?:[^\"]|\"\")*\"|[^,]*)").matcher("");
        for (String line : lines) {
            m.reset(line);
            while (m.find()) {
                cells.add(m.group(1).replaceAll("^\"|\"$", "").replace("\"\"", "\""));
            }
        }
        assertEquals(List.of(), englishLabelsIn(cells), CSV_PATH + " carries English labels");
    }

    @Test
    @DisplayName("the guide's .xlsx template lists each code with its Hindi label wherever the data have one")
    void templateValuesSheetHasHindiLabels() throws IOException {
        HttpResponse<byte[]> r = DemoPortal.shared()
                .send(
                        java.net.http.HttpRequest.newBuilder(DemoPortal.shared()
                                        .uri("/publish/guide/templates/violations-by-district-quarter.xlsx"))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        StringBuilder text = new StringBuilder();
        Path file = Files.createTempFile("template", ".xlsx");
        try {
            Files.write(file, r.body());
            try (var zip = new java.util.zip.ZipFile(file.toFile())) {
                for (var e : java.util.Collections.list(zip.entries())) {
                    text.append(new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } finally {
            Files.deleteIfExists(file);
        }
        Store store = DemoPortal.shared().portal().node().store();
        List<String> hindi = new ArrayList<>();
        store.read(() -> {
            String q = "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> SELECT DISTINCT ?hi WHERE {"
                    + " ?c skos:inScheme <https://w3id.org/pravasi/code/violation-type> ; skos:prefLabel ?hi"
                    + " FILTER(langMatches(lang(?hi), 'hi')) }";
            try (QueryExecution qe = QueryExecution.create(q, DatasetFactory.wrap(store.dataset()))) {
                qe.execSelect()
                        .forEachRemaining(s -> hindi.add(s.getLiteral("hi").getLexicalForm()));
            }
            return null;
        });
        assertFalse(hindi.isEmpty(), "the violation types have Hindi labels");
        // The sheets' XML writes every character past ASCII as a character reference.
        String sheets = Pattern.compile("&#x([0-9a-fA-F]+);")
                .matcher(text)
                .replaceAll(m -> Matcher.quoteReplacement(Character.toString(Integer.parseInt(m.group(1), 16))));
        assertEquals(
                List.of(),
                hindi.stream().filter(h -> !sheets.contains(h)).toList(),
                "Hindi labels missing from the values sheet");
    }

    @Test
    @DisplayName("the map's figures in Hindi carry Hindi district and dimension labels")
    void mapJsonCarriesHindiLabels() {
        JsonNode indicators = JSON.readTree(
                        DemoPortal.shared().get("/api/map/indicators?lang=hi").body())
                .path("indicators");
        List<String> texts = new ArrayList<>();
        for (JsonNode i : indicators) {
            String dataset =
                    java.net.URLEncoder.encode(i.path("dataset").asString(), java.nio.charset.StandardCharsets.UTF_8);
            // What the map's script asks for; every district (names of all India) once, for the first indicator.
            String districts = texts.isEmpty() ? "all" : "data";
            HttpResponse<String> r =
                    DemoPortal.shared().get("/api/map?lang=hi&districts=" + districts + "&dataset=" + dataset);
            assertEquals(200, r.statusCode(), dataset);
            strings(JSON.readTree(r.body()), "", texts);
        }
        assertFalse(texts.isEmpty(), "the map has indicators");
        assertEquals(List.of(), englishLabelsIn(texts), "/api/map?lang=hi carries English labels");
    }

    @Test
    @DisplayName("a district without a Hindi name says so exactly once, and its English name is marked as English")
    void districtWithoutHindiNameSaysSoOnce() {
        Store store = DemoPortal.shared().portal().node().store();
        String code = store.read(() -> {
            String q = "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX pv: <https://w3id.org/pravasi/def#>"
                    + " SELECT ?code WHERE { ?d a pv:District ; skos:notation ?code ; skos:prefLabel ?en"
                    + " FILTER(langMatches(lang(?en), 'en'))"
                    + " FILTER NOT EXISTS { ?d skos:prefLabel ?hi FILTER(langMatches(lang(?hi), 'hi')) } }"
                    + " ORDER BY xsd:integer(?code) LIMIT 1";
            try (QueryExecution qe = QueryExecution.create(
                    "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> " + q, DatasetFactory.wrap(store.dataset()))) {
                ResultSet rs = qe.execSelect();
                return rs.hasNext() ? rs.next().getLiteral("code").getLexicalForm() : "";
            }
        });
        assertFalse(code.isEmpty(), "the geography has a district without a Hindi name");
        String html = DemoPortal.shared()
                .get("/id/district/" + code + "?lang=hi", "text/html")
                .body();
        assertEquals(1, html.split("class=\"note no-hindi-name\"", -1).length - 1, "said once: " + code);
        assertTrue(html.matches("(?s).*<h1 lang=\"en\">[^<]+</h1>.*"), "the English name is marked lang=\"en\"");
    }

    @Test
    @DisplayName("every property with Hindi text in the data is either a label the test checks or listed as not one")
    void everyHindiPropertyIsKnown() {
        Store store = DemoPortal.shared().portal().node().store();
        Set<String> props = new TreeSet<>();
        store.read(() -> {
            String q = "SELECT DISTINCT ?p WHERE { ?s ?p ?o FILTER(isLiteral(?o) && langMatches(lang(?o), 'hi')) }";
            try (QueryExecution qe = QueryExecution.create(q, DatasetFactory.wrap(store.dataset()))) {
                qe.execSelect()
                        .forEachRemaining(s -> props.add(s.getResource("p").getURI()));
            }
            return null;
        });
        props.removeAll(LABEL_PROPERTIES);
        props.removeAll(NOT_LABELS.keySet());
        assertEquals(Set.of(), props, "properties with Hindi text that are neither checked labels nor listed");
    }

    /**
     * The English labels in {@code texts} of resources the data label in Hindi, as "English → Hindi" findings. Not
     * counted: URLs and prefixed names (identifiers, not text), English labels of things without a Hindi label (the
     * fall-back), and English prose: a text that, without all labels, still has {@value #PROSE_WORDS} or more Latin
     * words is a description, story or source note the data have in English only, not a label.
     */
    private static List<String> englishLabelsIn(Collection<String> texts) {
        List<String> found = new ArrayList<>();
        for (String text : texts) {
            String body = text.contains(FIELD) ? text.substring(text.indexOf(FIELD) + FIELD.length()) : text;
            String rest = IDENTIFIER.matcher(body).replaceAll(" ");
            for (Pattern fallBack : englishOnlyWords) {
                rest = fallBack.matcher(rest).replaceAll(" ");
            }
            List<String> here = new ArrayList<>();
            String bare = rest;
            for (Map.Entry<String, Pattern> en : hindiWords) {
                Matcher m = en.getValue().matcher(bare);
                if (m.find()) {
                    here.add(en.getKey());
                    bare = m.replaceAll(" ");
                }
            }
            if (here.isEmpty() || LATIN_WORD.matcher(bare).results().count() >= PROSE_WORDS) {
                continue;
            }
            for (String en : here) {
                found.add("\"" + en + "\" (Hindi: " + hindiOf.get(en) + ") in: "
                        + text.substring(0, Math.min(text.length(), 120)));
            }
        }
        return found.stream().distinct().toList();
    }

    /** Each English label of a resource with a Hindi label, the longest first, with its pattern as a whole word. */
    private static List<Map.Entry<String, Pattern>> hindiLongestFirst() {
        return hindiOf.keySet().stream()
                .sorted(Comparator.comparing(String::length).reversed())
                .map(en -> Map.entry(en, word(en)))
                .toList();
    }

    /** Each English label of a resource without a Hindi label as a whole word, the longest first. */
    private static List<Pattern> englishOnlyLongestFirst() {
        return englishOnly.stream()
                .sorted(Comparator.comparing(String::length).reversed())
                .map(HindiLabelsTest::word)
                .toList();
    }

    private static Pattern word(String label) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(label) + "(?![\\p{L}\\p{N}])");
    }

    /**
     * Every text value of {@code n}, each with its field's name. A label pair {@code {"en": …, "hi": …}}, or a field
     * {@code name} beside {@code nameHi}, is bilingual on purpose: only its Hindi counts, or its English when the Hindi
     * is missing.
     */
    private static void strings(JsonNode n, String path, List<String> out) {
        String field = path.substring(path.lastIndexOf('.') + 1);
        if (n.isString()) {
            if (!IDENTIFIER_FIELDS.contains(field) && !IDENTIFIER_FIELDS.contains(path)) {
                out.add(path + FIELD + n.asString());
            }
        } else if (n.isArray()) {
            n.forEach(c -> strings(c, path, out));
        } else if (n.isObject()) {
            n.properties().forEach(e -> {
                String hindi = e.getKey().equals("en") ? "hi" : e.getKey() + "Hi";
                if (!(n.path(hindi).isString() && !n.path(hindi).asString().isBlank())) {
                    strings(e.getValue(), field + "." + e.getKey(), out);
                }
            });
        }
    }

    private static HttpResponse<String> hindiPage(String path) {
        return HINDI_PAGES.computeIfAbsent(path, p -> DemoPortal.shared().get(inHindi(p), "text/html"));
    }

    private static String inHindi(String path) {
        return path + (path.contains("?") ? "&" : "?") + "lang=hi";
    }

    private static String inEnglish(String path) {
        return path + (path.contains("?") ? "&" : "?") + "lang=en";
    }

    /** The names a Hindi page shows in English, told apart from the names of things with a Hindi label. */
    private static Set<String> fallBacks() {
        Set<String> fallBacks = new TreeSet<>(englishOnly);
        fallBacks.removeAll(homonyms);
        fallBacks.removeIf(l -> !LATIN_WORD.matcher(l).find());
        return fallBacks;
    }

    /** Any of {@code names} as a whole word, the longest first. */
    private static Pattern anyOf(Collection<String> names) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:"
                + names.stream()
                        .sorted(Comparator.comparing(String::length).reversed())
                        .map(Pattern::quote)
                        .reduce((a, b) -> a + "|" + b)
                        .orElse("(?!)")
                + ")(?![\\p{L}\\p{N}])");
    }

    static Stream<String> pagesAndPlaces() throws IOException {
        return Stream.concat(pages().stream(), PLACES.stream());
    }

    static List<String> pages() throws IOException {
        Matcher m = Pattern.compile("path: '([^']+)'").matcher(Files.readString(PAGES));
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    static Stream<String> feedPaths() {
        return FEED_PATHS.stream();
    }

    static Stream<String> jsonPaths() {
        return JSON_PATHS.stream();
    }
}
