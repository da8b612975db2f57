package org.pravasi.portal.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.portal.pages.VisibleText;
import org.pravasi.portal.testing.DemoPortal;
import org.pravasi.portal.testing.TwoOrganisations;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Hindi reader walks an upload through map, preview, publish, the versions page and withdrawal: the texts the
 * pipeline writes in English (why a name matches, why a column got its role, the reader's notes, measure and category
 * names, the preview map's labels) reach them in Hindi, read back by key as {@link FindingTexts} does for findings; the
 * places, periods, code lists and the organisation are named by their Hindi names where the data have them, and a
 * district the data name only in English is marked {@code lang="en"}.
 */
@DisplayName("Publishing workspace entirely in Hindi: map, candidates, notes, preview map, publish, withdraw")
class WorkspaceInHindiTest {
    static final String A = TwoOrganisations.A;

    /** What the pipeline writes in English for these screens; none of it may reach a Hindi page. */
    static final List<String> ENGLISH = List.of(
            "alike",
            "suggestion",
            "transliterated",
            "close to",
            "of the values",
            "the header says",
            "say what they count",
            "not published",
            "Read as",
            "byte-order mark",
            "Skipped",
            "above the header",
            "current name",
            "Hindi name of",
            "common spelling",
            "LGD district code",
            "your choice",
            "label (",
            "Wage theft —",
            "Withheld wages",
            "Bihar",
            "2024 Q2",
            "to 2024",
            "violation-type");

    private static final Pattern LOCATION = Pattern.compile("/publish/org/" + A + "/drafts/([0-9a-f]{20})/read");
    private static final Pattern OPTION = Pattern.compile("<option value=\"([^\"]*)\"[^>]*>([^<]*)</option>");

    @TempDir
    static Path dir;

    static DemoPortal portal;
    static String editorA;

    @BeforeAll
    static void start() throws Exception {
        TwoOrganisations two = TwoOrganisations.start(dir, DemoPortal.geography());
        portal = two.portal();
        editorA = two.editorA();
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    @Test
    @DisplayName("upload, map, preview, publish and withdraw in Hindi show no English sentence of the pipeline")
    void uploadMapAndPreviewInHindi() throws Exception {
        Browser b = new Browser(portal.baseUrl(), 200);
        b.signIn("editor@a.example.org", editorA);
        // A title row above the header and a BOM (reader's notes), a misspelt and a Hindi district (candidates and
        // their "why"), a district without a Hindi name (Pune), a category only close to a label (a suggestion), a
        // count column (a measure).
        String csv = "\uFEFFWage cases reported by our centres\n\nDistrict,Quarter,Category,No. of cases\n"
                + "Purnea,Apr–Jun 2024,Wage theft,40\n"
                + "कटिहार,Apr–Jun 2024,Wage theft,35\n"
                + "Katiharr,Jul–Sep 2024,Wage theft,30\n"
                + "Gaya,Apr–Jun 2024,Wage thefts,28\n"
                + "Pune,Apr–Jun 2024,Wage theft,26\n";
        String id = draft(b, csv.getBytes(StandardCharsets.UTF_8));
        String path = "/publish/org/" + A + "/drafts/" + id;

        String map = hindi(b, path);
        assertNoEnglish("map", map);
        List<String[]> options = options(map);
        assertEquals(
                "मामले की गिनती",
                options.stream()
                        .filter(o -> o[0].equals("measure:cases"))
                        .findFirst()
                        .orElseThrow()[1],
                "the measure's name in Hindi");
        assertTrue(
                options.stream().filter(o -> o[0].equals("wage-theft")).allMatch(o -> o[1].contains("मज़दूरी")),
                "the category's Hindi label from the store: "
                        + options.stream()
                                .filter(o -> o[0].equals("wage-theft"))
                                .map(o -> o[1])
                                .toList());
        assertTrue(options.stream().anyMatch(o -> o[0].equals("wage-theft")), "wage-theft is offered");
        assertTrue(
                options.stream().anyMatch(o -> o[0].equals("201") && o[1].equals("कटिहार (बिहार)")),
                "Katiharr's suggestion names Katihar and Bihar in Hindi: "
                        + options.stream().map(o -> o[0] + "=" + o[1]).toList());
        assertTrue(
                options.stream()
                        .anyMatch(o -> o[0].equals("dimension:violation-type") && o[1].contains("उल्लंघन का प्रकार")),
                "the code list's role is named by its Hindi name: " + options);
        assertTrue(
                match(map, "Purnea").contains("पूर्णिया (बिहार) ["),
                "Purnea's match in Hindi: " + match(map, "Purnea"));
        assertTrue(
                match(map, "Apr–Jun 2024").contains("2024 की दूसरी तिमाही (2024-04-01 से 2024-06-30 तक)"),
                "the period's Hindi label: " + match(map, "Apr–Jun 2024"));
        assertTrue(
                match(map, "Pune").startsWith("<td lang=\"en\">Pune (Maharashtra) ["),
                "a district the data name only in English is marked English: " + match(map, "Pune"));
        assertTrue(
                VisibleText.of(map).stream().anyMatch(t -> t.contains("उल्लंघन का प्रकार की किसी श्रेणी")),
                "the code list of an unknown category is named in Hindi: " + VisibleText.of(map));

        // Resolve what is left, describe, then preview; each form is sent as a Hindi reader's browser sends it.
        Map<String, String> choices = new java.util.LinkedHashMap<>();
        Matcher m = Pattern.compile("name=\"vc\\.(\\d+)\"").matcher(map);
        while (m.find()) {
            String n = m.group(1);
            choices.put("vs." + n, value(map, "vs." + n));
            choices.put("vv." + n, value(map, "vv." + n));
            choices.put("vc." + n, firstChoice(map, n));
        }
        b.get(path);
        assertEquals(303, b.post(path + "/map?lang=hi", choices).statusCode());
        String describe = hindi(b, path + "/describe");
        Matcher wages = Pattern.compile("value=\"wages\"[^>]*> ([^<]*)</label>").matcher(describe);
        assertTrue(wages.find(), "the theme wages is offered");
        assertEquals("मज़दूरी", wages.group(1).strip(), "a theme by its Hindi label");
        HttpResponse<String> described = b.post(
                path + "/describe?lang=hi",
                Map.of(
                        "slug", "hindi-walk",
                        "title_en", "Wage cases by district",
                        "title_hi", "ज़िलेवार मज़दूरी के मामले",
                        "description_en", "Wage cases registered by the centres, by district and quarter.",
                        "description_hi", "केंद्रों में दर्ज मज़दूरी के मामले, ज़िले और तिमाही के अनुसार।",
                        "licence", "https://creativecommons.org/licenses/by/4.0/",
                        "themes", "wages",
                        "source", "Illustrative demo data",
                        "illustrative", "yes"));
        assertEquals(303, described.statusCode(), described.body());

        String preview = hindi(b, path + "/preview");
        assertNoEnglish("preview", preview);
        assertTrue(preview.contains("मामले"), "the preview map names the measure in Hindi");

        JsonNode json = JsonMapper.builder().build().readTree(hindiRaw(b, path + "/preview/map.json"));
        assertEquals("मामले", json.path("measure").path("label").path("hi").asString(), json.toString());
        assertEquals("ज़िलेवार मज़दूरी के मामले", json.path("title").path("hi").asString(), json.toString());
        assertEquals(
                "प्रवासी अधिकार केंद्रों का कॉरिडोर गठबंधन",
                json.path("org").path("label").path("hi").asString(),
                json.toString());
        assertEquals(
                "Corridor Alliance of Migrant Rights Centres",
                json.path("org").path("label").path("en").asString(),
                json.toString());

        // Publish, then the versions page and the withdrawal, each in Hindi.
        HttpResponse<String> published =
                b.post(path + "/publish?lang=hi", Map.of("previewed", PublishFlowTest.previewed(preview)));
        assertEquals(201, published.statusCode(), published.body());
        assertNoEnglish("published", published.body());
        assertNoLatinWords("published", published.body());
        String versionsPath = "/publish/org/" + A + "/datasets/hindi-walk/versions";
        String versions = hindi(b, versionsPath);
        assertNoEnglish("versions", versions);
        assertNoLatinWords("versions", versions);
        assertTrue(
                versions.contains("<a id=\"org-link\" href=\"/publish/org/" + A
                        + "\">प्रवासी अधिकार केंद्रों का कॉरिडोर गठबंधन का" + " कार्यक्षेत्र</a>"),
                "the versions page links the organisation by its Hindi name");
        assertTrue(
                b.get(versionsPath, "Accept-Language", "en")
                        .body()
                        .contains("\">Workspace of Corridor Alliance of Migrant Rights Centres</a>"),
                "and in English by its English name");
        HttpResponse<String> unconfirmed = b.post(
                "/publish/org/" + A + "/datasets/hindi-walk/withdraw?lang=hi", Map.of("reason", "आँकड़ों में भूल थी"));
        assertEquals(422, unconfirmed.statusCode(), unconfirmed.body());
        assertNoLatinWords("withdraw unconfirmed", unconfirmed.body());
        HttpResponse<String> withdrawn = b.post(
                "/publish/org/" + A + "/datasets/hindi-walk/withdraw?lang=hi",
                Map.of("reason", "आँकड़ों में भूल थी", "confirm", "yes"));
        assertEquals(303, withdrawn.statusCode(), withdrawn.body());
        String after = hindi(b, versionsPath);
        assertTrue(after.contains("वापस ले लिया गया"), "the withdrawal is confirmed in Hindi");
        assertNoLatinWords("versions after withdrawal", after);
    }

    @Test
    @DisplayName("a notice left by a form sent in English reads in Hindi on the Hindi page that shows it, and back")
    void noticeSpeaksThePageLanguage() throws Exception {
        Browser b = new Browser(portal.baseUrl(), 200);
        b.signIn("editor@a.example.org", editorA);
        String drafts = "/publish/org/" + A + "/drafts";
        String first = draft(b, "District,Cases\nKatihar,40\n".getBytes(StandardCharsets.UTF_8));
        b.get(drafts);
        assertEquals(
                303, b.post(drafts + "/" + first + "/delete?lang=en", Map.of()).statusCode());
        assertEquals("मसौदा hi.csv हटा दिया गया।", notice(hindi(b, drafts)), "deleted in English, read in Hindi");

        String second = draft(b, "District,Cases\nKatihar,40\n".getBytes(StandardCharsets.UTF_8));
        b.get(drafts);
        assertEquals(
                303, b.post(drafts + "/" + second + "/delete?lang=hi", Map.of()).statusCode());
        HttpResponse<String> english = b.get(drafts, "Accept-Language", "en");
        assertEquals("The draft hi.csv was deleted.", notice(english.body()), "deleted in Hindi, read in English");
    }

    @Test
    @DisplayName("an option holds one language: an English-only name is an option marked English, its Hindi why beside")
    void optionsHoldOneLanguage() throws Exception {
        Browser b = new Browser(portal.baseUrl(), 200);
        b.signIn("editor@a.example.org", editorA);
        String id = draft(b, "District,Cases\nPunee,40\n".getBytes(StandardCharsets.UTF_8));
        String map = hindi(b, "/publish/org/" + A + "/drafts/" + id);
        List<String> mixed = new ArrayList<>();
        Matcher o = TAGGED_OPTION.matcher(map);
        boolean pune = false;
        while (o.find()) {
            String text = o.group(3);
            boolean english = o.group(2).contains("lang=\"en\"");
            if (LATIN.matcher(text).find() && DEVANAGARI.matcher(text).find()) {
                mixed.add(text);
            }
            pune |= english && text.equals("Pune (Maharashtra)");
        }
        assertEquals(List.of(), mixed, "options that mix English and Hindi, which no lang can mark");
        assertTrue(
                pune,
                "Punee's suggestion Pune is an option of its own marked English: "
                        + options(map).stream().map(x -> x[0] + "=" + x[1]).toList());
        Matcher why = Pattern.compile("<li><span lang=\"en\">Pune \\(Maharashtra\\)</span> — ([^<]*)</li>")
                .matcher(map);
        assertTrue(why.find(), "why Pune is offered stands beside the list");
        assertTrue(DEVANAGARI.matcher(why.group(1)).find(), "in Hindi: " + why.group(1));
        assertTrue(
                map.contains("aria-describedby=\"why-0\""),
                "the list is described by the reasons a screen reader reads");

        // The story editor's district picker: a district named only in English is named with its state in English.
        String editor = hindi(b, "/publish/org/" + A + "/stories/new");
        String picker = editor.substring(
                editor.indexOf("id=\"story-districts\""),
                editor.indexOf("</select>", editor.indexOf("id=\"story-districts\"")));
        List<String> wrong = new ArrayList<>();
        Matcher d = TAGGED_OPTION.matcher(picker);
        int english = 0;
        while (d.find()) {
            boolean marked = d.group(2).contains("lang=\"en\"");
            english += marked ? 1 : 0;
            if (marked
                    ? DEVANAGARI.matcher(d.group(3)).find()
                    : LATIN.matcher(d.group(3)).find()) {
                wrong.add(d.group(0));
            }
        }
        assertEquals(List.of(), wrong, "district options in the wrong or in two languages");
        assertTrue(english > 0, "the stored geography names districts in English only; some are offered");
    }

    private static final Pattern TAGGED_OPTION = Pattern.compile("<option value=\"([^\"]*)\"([^>]*)>([^<]*)</option>");
    /** A word in Latin letters, as a name has; an acronym (ILO, SPARQL) is written so in Hindi too. */
    private static final Pattern LATIN = Pattern.compile("[A-Za-z]*[a-z][A-Za-z]*");

    private static final Pattern DEVANAGARI = Pattern.compile("\\p{IsDevanagari}");

    /** The text of the page's notice ({@code #ws-notice}, or the first {@code .notice}). */
    private static String notice(String html) {
        Matcher m = Pattern.compile("<p class=\"notice\" role=\"status\"[^>]*>([^<]*)</p>")
                .matcher(html);
        assertTrue(m.find(), "the page shows a notice");
        return m.group(1);
    }

    /**
     * Latin words a Hindi page may show: the walk's identifiers, and the names of standards in the site's navigation
     * (SPARQL, DCAT, API), which Hindi writes in Latin letters too.
     */
    private static final java.util.Set<String> LATIN_ALLOWED =
            java.util.Set.of(A, "hindi-walk", A + "/hindi-walk", "SPARQL", "DCAT", "API");

    /** Fails on visible text with a word in Latin letters that is not an identifier of the walk. */
    private static void assertNoLatinWords(String page, String html) {
        List<String> seen = new ArrayList<>();
        Pattern word = Pattern.compile("[A-Za-z][A-Za-z/-]*[A-Za-z]");
        for (String text : VisibleText.of(html)) {
            if (text.startsWith("<!doctype")) {
                continue; // the document type declaration, not text
            }
            Matcher m = word.matcher(text);
            while (m.find()) {
                if (!LATIN_ALLOWED.contains(m.group())) {
                    seen.add(m.group() + " in: " + text);
                }
            }
        }
        assertEquals(List.of(), seen, page + " shows English");
    }

    /** The cell of the values table saying what {@code value} resolved to, from its {@code <td} on. */
    private static String match(String html, String value) {
        int row = html.indexOf("data-value=\"" + value + "\"");
        assertTrue(row >= 0, value + " is in the values table");
        int td = html.indexOf("<td", html.indexOf("<th scope=\"row\">", row));
        return html.substring(td, html.indexOf("</td>", td));
    }

    private static void assertNoEnglish(String page, String html) {
        List<String> seen = new ArrayList<>();
        for (String text : VisibleText.of(html)) {
            for (String english : ENGLISH) {
                if (text.contains(english)) {
                    seen.add(english + " in: " + text);
                }
            }
        }
        for (String[] o : options(html)) {
            for (String english : ENGLISH) {
                if (o[1].contains(english)) {
                    seen.add(english + " in option: " + o[1]);
                }
            }
        }
        assertEquals(List.of(), seen, page + " shows English from the pipeline");
    }

    private static List<String[]> options(String html) {
        List<String[]> out = new ArrayList<>();
        Matcher m = OPTION.matcher(html);
        while (m.find()) {
            out.add(new String[] {m.group(1), m.group(2)});
        }
        return out;
    }

    private static String value(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + Pattern.quote(name) + "\" value=\"([^\"]*)\"")
                .matcher(html);
        return m.find() ? m.group(1).replace("&amp;", "&") : "";
    }

    private static String firstChoice(String html, String n) {
        int at = html.indexOf("name=\"vc." + n + "\"");
        Matcher m = Pattern.compile("<option value=\"([^\"]+)\"").matcher(html);
        return m.find(at) ? m.group(1) : "";
    }

    private static String hindi(Browser b, String path) {
        HttpResponse<String> r = b.get(path, "Accept-Language", "hi");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("lang=\"hi\""), path);
        return r.body();
    }

    private static String hindiRaw(Browser b, String path) {
        HttpResponse<String> r = b.get(path, "Accept-Language", "hi");
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    private static String draft(Browser b, byte[] bytes) throws InterruptedException {
        b.get("/publish/org/" + A + "/drafts");
        HttpResponse<String> r =
                Uploads.post(portal.baseUrl(), b, "/publish/org/" + A + "/drafts", b.csrf(), "hi.csv", bytes);
        assertEquals(303, r.statusCode(), r.body());
        Matcher m = LOCATION.matcher(r.headers().firstValue("Location").orElse(""));
        assertTrue(m.matches(), r.headers().map().toString());
        for (int i = 0; i < 600; i++) {
            HttpResponse<String> read = b.get(m.group(0));
            if (read.statusCode() == 303) {
                return m.group(1);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the upload was not read within a minute");
    }
}
