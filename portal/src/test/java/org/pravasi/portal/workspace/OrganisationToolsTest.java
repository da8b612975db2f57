package org.pravasi.portal.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.ontology.PROV;
import org.pravasi.ontology.SCHEMA;
import org.pravasi.portal.testing.DemoPortal;
import org.pravasi.portal.testing.TwoOrganisations;

/**
 * The workspace's versions, withdrawal, story editor, profile and guide on a real portal: each goes through the node's
 * pipeline, and roles and organisations are enforced on every action. A is {@code mrc-alliance}, B
 * {@code four-state-network}.
 */
@DisplayName("Publishing workspace: versions, stories, profile, guide")
class OrganisationToolsTest {
    static final String A = TwoOrganisations.A;
    static final String B = TwoOrganisations.B;
    static final String DATASET_A = TwoOrganisations.DATASET_A;
    static final String DATASET_B = TwoOrganisations.DATASET_B;
    static final String PW = TwoOrganisations.ADMIN_PASSWORD;
    static final AtomicInteger ADDRESSES = new AtomicInteger(40);

    @TempDir
    static Path dir;

    static DemoPortal portal;
    static String editorA;
    static String viewerA;
    static String editorB;

    @BeforeAll
    static void start() throws Exception {
        TwoOrganisations two = TwoOrganisations.start(dir, Optional.empty());
        portal = two.portal();
        editorA = two.editorA();
        viewerA = two.viewerA();
        editorB = two.editorB();
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    private static Browser as(String email, String password) {
        Browser b = new Browser(portal.baseUrl(), ADDRESSES.getAndIncrement());
        b.signIn(email, password);
        return b;
    }

    private static Browser anonymous() {
        return new Browser(portal.baseUrl(), ADDRESSES.getAndIncrement());
    }

    private static boolean current(String org, String slug) {
        var node = portal.portal().node();
        var version = NodeFactory.createURI(node.uris().version(org, slug, 1).getURI());
        return node.store().read(() -> !node.store().dataset().getGraph(version).isEmpty());
    }

    /** Posts the fields (names may repeat) with the browser's cookie and CSRF token, as the page's form would. */
    private static HttpResponse<String> post(Browser b, String path, List<String[]> fields) throws Exception {
        StringBuilder body = new StringBuilder("csrf=" + URLEncoder.encode(b.csrf(), StandardCharsets.UTF_8));
        for (String[] f : fields) {
            body.append('&')
                    .append(URLEncoder.encode(f[0], StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(f[1], StandardCharsets.UTF_8));
        }
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(portal.baseUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        b.cookie().ifPresent(c -> r.header("Cookie", SessionCookie.NAME + "=" + c));
        return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static List<String[]> story(String mode, String slug, String title, String body, int consents) {
        List<String[]> f = new ArrayList<>(List.of(
                new String[] {"mode", mode},
                new String[] {"slug", slug},
                new String[] {"title", title},
                new String[] {"language", "en"},
                new String[] {"date", "2024-05-10"},
                new String[] {"summary", "A camp."},
                new String[] {"districts", "201"},
                new String[] {"themes", "wages"},
                new String[] {"body", body}));
        for (int i = 0; i < consents; i++) {
            f.add(new String[] {"consent", StoryForm.CONSENTS.get(i)});
        }
        return f;
    }

    private static long quads() {
        var store = portal.portal().node().store();
        return store.read(() -> store.dataset().stream().count());
    }

    private static Browser on(Browser b, String path) {
        assertEquals(200, b.get(path).statusCode());
        return b;
    }

    // Versions and withdrawal

    @Test
    @DisplayName("a member sees each version with what it changed; a viewer is offered no withdrawal")
    void versionsPageListsVersionsWithWhatChanged() {
        HttpResponse<String> r =
                as("viewer@a.example.org", viewerA).get("/publish/org/" + A + "/datasets/" + DATASET_A + "/versions");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("data-version=\"1\""), r.body());
        assertTrue(r.body().contains("class=\"num added\""), "v1 is compared with nothing: all added");
        assertFalse(r.body().contains("id=\"withdraw\""), "a viewer is not offered withdrawal");
    }

    @Test
    @DisplayName("a viewer cannot withdraw, and nothing changes")
    void viewerCannotWithdraw() {
        Browser b = on(as("viewer@a.example.org", viewerA), "/publish/org/" + A);
        HttpResponse<String> r = b.post(
                "/publish/org/" + A + "/datasets/" + DATASET_A + "/withdraw",
                Map.of("reason", "Counted twice.", "confirm", "yes"));
        assertEquals(403, r.statusCode());
        assertTrue(current(A, DATASET_A));
    }

    @Test
    @DisplayName("an editor of B can neither see A's versions nor withdraw A's dataset")
    void editorOfAnotherOrganisationCannotWithdraw() {
        Browser b = as("editor@b.example.org", editorB);
        assertEquals(
                403,
                b.get("/publish/org/" + A + "/datasets/" + DATASET_A + "/versions")
                        .statusCode());
        on(b, "/publish/org/" + B);
        HttpResponse<String> r = b.post(
                "/publish/org/" + A + "/datasets/" + DATASET_A + "/withdraw",
                Map.of("reason", "Counted twice.", "confirm", "yes"));
        assertEquals(403, r.statusCode());
        assertTrue(current(A, DATASET_A));
    }

    @Test
    @DisplayName("withdrawal without the confirmation, or with a phone number in the reason, changes nothing")
    void withdrawalNeedsConfirmationAndACleanReason() {
        Browser b =
                on(as("editor@a.example.org", editorA), "/publish/org/" + A + "/datasets/" + DATASET_A + "/versions");
        String path = "/publish/org/" + A + "/datasets/" + DATASET_A + "/withdraw";
        HttpResponse<String> unconfirmed = b.post(path, Map.of("reason", "Counted twice."));
        assertEquals(422, unconfirmed.statusCode());
        HttpResponse<String> personal = b.post(path, Map.of("reason", "Call 98765 43210.", "confirm", "yes"));
        assertEquals(422, personal.statusCode());
        assertTrue(personal.body().contains("data-field=\"reason\""), personal.body());
        assertTrue(current(A, DATASET_A));
    }

    @Test
    @DisplayName("an editor withdraws with a reason and a confirmation, through the pipeline: the dataset answers 410")
    void editorWithdrawsWithReasonAndConfirmation() {
        Browser b =
                on(as("editor@b.example.org", editorB), "/publish/org/" + B + "/datasets/" + DATASET_B + "/versions");
        HttpResponse<String> r = b.post(
                "/publish/org/" + B + "/datasets/" + DATASET_B + "/withdraw",
                Map.of("reason", "Two quarters were counted twice.", "confirm", "yes"));
        assertEquals(303, r.statusCode(), r.body());
        assertFalse(current(B, DATASET_B));
        assertEquals(410, anonymous().get("/id/dataset/" + B + "/" + DATASET_B).statusCode());
        HttpResponse<String> page = b.get("/publish/org/" + B + "/datasets/" + DATASET_B + "/versions");
        assertTrue(page.body().contains("Two quarters were counted twice."), page.body());
    }

    // Stories

    @Test
    @DisplayName("the preview renders with the story pages' sanitiser and quotes the screens' findings as typed")
    void previewIsSanitisedAndScreened() throws Exception {
        Browser b = on(as("editor@a.example.org", editorA), "/publish/org/" + A + "/stories/new");
        List<String[]> f = story("new", "camp", "Camp", "**Wages** <script>alert(1)</script> Call 98765 43210.", 0);
        f.add(new String[] {"fragment", "1"});
        HttpResponse<String> r = post(b, "/publish/org/" + A + "/stories/preview", f);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("<strong>Wages</strong>"), r.body());
        assertFalse(r.body().contains("<script>alert"), r.body());
        assertTrue(r.body().contains("data-field=\"body\""), "the phone is found as typed");
        String findings = r.body().substring(r.body().indexOf("id=\"story-findings\""));
        assertTrue(findings.contains("<q>"), findings);
        assertFalse(findings.contains("98765 43210"), "the finding quotes the phone masked");
    }

    @Test
    @DisplayName("a story is published only with every consent box ticked, then edited in place through the pipeline")
    void storyNeedsConsentThenPublishesAndEditsReplace() throws Exception {
        Browser b = on(as("editor@a.example.org", editorA), "/publish/org/" + A + "/stories/new");
        long before = quads();
        HttpResponse<String> three = post(
                b,
                "/publish/org/" + A + "/stories/save",
                story("new", "wage-camp", "Wage camp", "Wages recovered.", 3));
        assertEquals(422, three.statusCode());
        assertEquals(before, quads(), "nothing is published without every consent");
        HttpResponse<String> all = post(
                b,
                "/publish/org/" + A + "/stories/save",
                story("new", "wage-camp", "Wage camp", "Wages recovered.", 4));
        assertEquals(303, all.statusCode(), all.body());
        assertTrue(anonymous().get("/id/story/" + A + "/wage-camp").body().contains("Wage camp"));
        HttpResponse<String> again =
                post(b, "/publish/org/" + A + "/stories/save", story("new", "wage-camp", "Other", "Other text.", 4));
        assertEquals(422, again.statusCode(), "a new story cannot silently replace one");
        on(b, "/publish/org/" + A + "/stories/wage-camp/edit");
        HttpResponse<String> edited = post(
                b,
                "/publish/org/" + A + "/stories/save",
                story("edit", "wage-camp", "Wage camp, one year on", "Wages recovered again.", 4));
        assertEquals(303, edited.statusCode(), edited.body());
        String page = anonymous().get("/id/story/" + A + "/wage-camp").body();
        assertTrue(page.contains("Wage camp, one year on") && page.contains("Wages recovered again."), page);
    }

    @Test
    @DisplayName("saving a story with a count of people refuses it, with the finding, and stores nothing")
    void storyWithACountOfPeopleIsRefused() throws Exception {
        Browser b = on(as("editor@a.example.org", editorA), "/publish/org/" + A + "/stories/new");
        long before = quads();
        HttpResponse<String> r = post(
                b,
                "/publish/org/" + A + "/stories/save",
                story("new", "rescue", "Rescue", "We rescued 3 women from the kiln.", 4));
        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains("data-field=\"body\""), r.body());
        assertEquals(before, quads());
    }

    @Test
    @DisplayName("a viewer of A and an editor of B cannot publish A's stories")
    void viewerAndOtherOrganisationCannotPublishStories() throws Exception {
        Browser viewer = on(as("viewer@a.example.org", viewerA), "/publish/org/" + A);
        assertEquals(403, viewer.get("/publish/org/" + A + "/stories/new").statusCode());
        assertEquals(
                403,
                post(viewer, "/publish/org/" + A + "/stories/save", story("new", "v-story", "V", "Text.", 4))
                        .statusCode());
        Browser other = on(as("editor@b.example.org", editorB), "/publish/org/" + B);
        assertEquals(
                403,
                post(other, "/publish/org/" + A + "/stories/save", story("new", "b-story", "B", "Text.", 4))
                        .statusCode());
        assertEquals(404, anonymous().get("/id/story/" + A + "/v-story").statusCode());
        assertEquals(404, anonymous().get("/id/story/" + A + "/b-story").statusCode());
    }

    // Organisation profile

    @Test
    @DisplayName("an admin edits the profile; the public page shows it; personal data is refused")
    void adminEditsTheProfile() {
        Browser b = on(as("admin@a.example.org", PW), "/publish/org/" + A + "/profile");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name-en", "MRC Alliance");
        form.put("name-hi", "प्रवासी अधिकार केंद्र गठबंधन");
        form.put("description-en", "Ask for Smt. Sunita Devi on 98765 43210.");
        form.put("description-hi", "");
        form.put("centre-name", "Katihar centre");
        form.put("centre-district", "201");
        HttpResponse<String> refused = b.post("/publish/org/" + A + "/profile", form);
        assertEquals(422, refused.statusCode());
        assertTrue(refused.body().contains("data-field=\"description\""), refused.body());
        form.put("description-en", "Centres that help workers recover unpaid wages.");
        HttpResponse<String> saved = b.post("/publish/org/" + A + "/profile", form);
        assertEquals(303, saved.statusCode(), saved.body());
        String page = anonymous().get("/id/org/" + A).body();
        assertTrue(page.contains("Centres that help workers recover unpaid wages."), page);
        assertTrue(page.contains("Katihar centre"), page);
    }

    @Test
    @DisplayName("an editor or viewer cannot edit the profile, nor an admin of another organisation")
    void onlyAdminsOfTheOrganisationEditTheProfile() {
        for (Browser b : List.of(
                on(as("editor@a.example.org", editorA), "/publish/org/" + A),
                on(as("viewer@a.example.org", viewerA), "/publish/org/" + A),
                on(as("editor@b.example.org", editorB), "/publish/org/" + B))) {
            assertEquals(403, b.get("/publish/org/" + A + "/profile").statusCode());
            assertEquals(
                    403,
                    b.post("/publish/org/" + A + "/profile", Map.of("name-en", "Taken over"))
                            .statusCode());
        }
        assertFalse(anonymous().get("/id/org/" + A).body().contains("Taken over"));
    }

    // Guide

    @Test
    @DisplayName("the guide is public, linked from the home and organisation pages, with a template per kind")
    void guideIsPublicAndLinked() {
        HttpResponse<String> r = anonymous().get("/publish/guide");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("data-kind=\"" + DATASET_A + "\""), r.body());
        assertTrue(r.body().contains("data-kind=\"" + DATASET_B + "\""), r.body());
        assertTrue(anonymous().get("/").body().contains("href=\"/publish/guide\""));
        assertTrue(anonymous().get("/id/org/" + B).body().contains("href=\"/publish/guide\""));
        assertTrue(anonymous()
                .get("/publish/guide", "Accept-Language", "hi")
                .body()
                .contains("प्रकाशित"));
    }

    @Test
    @DisplayName("the CSV template has the descriptor's columns and an example row with the measure blank")
    void csvTemplateFollowsTheDescriptor() {
        HttpResponse<String> r = anonymous().get("/publish/guide/templates/" + DATASET_A + ".csv");
        assertEquals(200, r.statusCode());
        String[] lines = r.body().replace("\uFEFF", "").split("\r\n");
        assertEquals("district,year,channel,outcome,cases", lines[0]);
        assertTrue(lines[1].endsWith(","), lines[1]);
        assertEquals(
                404,
                anonymous().get("/publish/guide/templates/no-such-kind.csv").statusCode());
        assertEquals(404, anonymous().get("/publish/guide/templates/zz.xlsx").statusCode());
    }

    @Test
    @DisplayName("the .xlsx template has the columns and the code list's values with their Hindi labels")
    void xlsxTemplateListsTheValues() throws Exception {
        HttpRequest req = HttpRequest.newBuilder(
                        URI.create(portal.baseUrl() + "/publish/guide/templates/" + DATASET_A + ".xlsx"))
                .build();
        HttpResponse<byte[]> r = HTTP.send(req, HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(r.body()))) {
            List<Row> data = wb.getSheets().findFirst().orElseThrow().read();
            assertEquals("district", data.get(0).getCellText(0));
            assertEquals("cases", data.get(0).getCellText(4));
            List<Row> values = wb.findSheet("values").orElseThrow().read();
            assertTrue(
                    values.stream()
                            .anyMatch(row -> row.getCellText(0).equals("outcome")
                                    && row.getCellText(1).equals("pending")
                                    && !row.getCellText(3).isEmpty()),
                    "each outcome with its Hindi label");
        }
    }

    // Story forms: a body is read only for a member who may publish there, and is never cut (branch mend)

    /**
     * Sends the head of a story form announcing {@code length} bytes and only the first few of them, then reads the
     * status line: a server that waits for the whole body before refusing gives none.
     */
    private static String statusBeforeTheBody(Optional<String> cookie, String path, long length) throws Exception {
        URI base = URI.create(portal.baseUrl());
        try (Socket s = new Socket(base.getHost(), base.getPort())) {
            s.setSoTimeout(20_000);
            String head = "POST " + path + " HTTP/1.1\r\nHost: " + base.getAuthority() + "\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + length + "\r\n"
                    + cookie.map(c -> "Cookie: " + SessionCookie.NAME + "=" + c + "\r\n")
                            .orElse("") + "\r\n";
            s.getOutputStream().write((head + "csrf=x&body=").getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().flush();
            try {
                return new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII))
                        .readLine();
            } catch (SocketTimeoutException e) {
                return "no answer: the body was awaited";
            }
        }
    }

    @Test
    @DisplayName("a story form from anyone who may not publish there is refused before its body is read")
    void storyFormsOfOthersAreRefusedBeforeTheirBodyIsRead() throws Exception {
        long underTheLimit = StoryEditor.MAX_STORY_FORM_BYTES - 1;
        Browser viewer = on(as("viewer@a.example.org", viewerA), "/publish/org/" + A);
        Browser other = on(as("editor@b.example.org", editorB), "/publish/org/" + B);
        for (String action : List.of("save", "preview")) {
            String path = "/publish/org/" + A + "/stories/" + action;
            for (Optional<String> cookie : List.of(Optional.<String>empty(), Optional.of("forged-session-cookie"))) {
                String status = statusBeforeTheBody(cookie, path, underTheLimit);
                assertTrue(status.matches("HTTP/1\\.1 40[13] .*"), "anonymous, " + cookie + ": " + status);
            }
            assertTrue(statusBeforeTheBody(viewer.cookie(), path, underTheLimit).startsWith("HTTP/1.1 403 "), "viewer");
            assertTrue(
                    statusBeforeTheBody(other.cookie(), path, underTheLimit).startsWith("HTTP/1.1 403 "),
                    "editor of another organisation");
        }
    }

    @Test
    @DisplayName("a story form without its token in the first 8 KiB is refused before the rest of its body is read")
    void aStoryFormWithoutItsTokenIsRefusedBeforeItsBodyIsRead() throws Exception {
        Browser b = on(as("editor@a.example.org", editorA), "/publish/org/" + A);
        byte[] first = ("mode=new&body=" + "a".repeat(8 * 1024)).getBytes(StandardCharsets.US_ASCII);
        String status = Uploads.statusBeforeTheBody(
                portal.baseUrl(),
                b.cookie(),
                "/publish/org/" + A + "/stories/save",
                "application/x-www-form-urlencoded",
                StoryEditor.MAX_STORY_FORM_BYTES - 1L,
                first);
        assertTrue(status.startsWith("HTTP/1.1 403 "), status);
    }

    @Test
    @DisplayName("a story form larger than the limit is refused with 413 before its body is read")
    void anOversizedStoryFormIsRefusedBeforeItsBodyIsRead() throws Exception {
        Browser b = on(as("editor@a.example.org", editorA), "/publish/org/" + A);
        String status = statusBeforeTheBody(
                b.cookie(), "/publish/org/" + A + "/stories/save", StoryEditor.MAX_STORY_FORM_BYTES + 1L);
        assertTrue(status.startsWith("HTTP/1.1 413 "), status);
    }

    @Test
    @DisplayName("a Hindi story of 20,000 characters is saved whole, never cut at a form field's limit")
    void aLongHindiStoryIsSavedWhole() throws Exception {
        Browser b = on(as("editor@a.example.org", editorA), "/publish/org/" + A + "/stories/new");
        String sentence = "प्रवासी मज़दूरों को शिविर में उनकी बकाया मज़दूरी वापस मिली और वे अपने गाँव लौट गए। ";
        StringBuilder body = new StringBuilder();
        while (body.length() < 20_000) {
            body.append(sentence);
        }
        body.append("कहानी का अंत।");
        List<String[]> f = story("new", "lambi-kahani", "मज़दूरी की वापसी", body.toString(), 4);
        f.set(3, new String[] {"language", "hi"});
        f.set(5, new String[] {"summary", "शिविर में मज़दूरी वापस मिली।"});
        HttpResponse<String> r = post(b, "/publish/org/" + A + "/stories/save", f);
        assertEquals(303, r.statusCode(), r.body());
        assertEquals(body.toString(), storedBody(A, "lambi-kahani").strip());
    }

    @Test
    @DisplayName("a story's declared public figures survive an edit saved unchanged")
    void publicFiguresSurviveAnEditSavedUnchanged() throws Exception {
        String text = "In March 2024, 3 women aged 16-17 from Katihar returned home.";
        String figure = "3 women aged 16-17 = https://news.example.org/katihar-2024";
        String md = "---\ntitle: Safe return\nlanguage: en\ndate: 2024-05-10\ndistricts: [201]\nthemes: [wages]\n"
                + "summary: A return.\npublicFigures: [" + figure + "]\n---\n" + text + "\n";
        var outcome =
                portal.portal().node().stories().publish(A, "safe-return.md", md.getBytes(StandardCharsets.UTF_8));
        assertTrue(outcome.published(), outcome.findings()::toString);
        Browser b = as("editor@a.example.org", editorA);
        HttpResponse<String> page = b.get("/publish/org/" + A + "/stories/safe-return/edit");
        assertEquals(200, page.statusCode());
        List<String[]> f = story("edit", "safe-return", "Safe return", textarea(page.body(), "body"), 4);
        f.set(5, new String[] {"summary", "A return."});
        f.add(new String[] {"publicFigures", textarea(page.body(), "publicFigures")});
        HttpResponse<String> r = post(b, "/publish/org/" + A + "/stories/save", f);
        assertEquals(303, r.statusCode(), r.body());
        assertEquals(List.of(figure), storedFigures(A, "safe-return"));
    }

    @Test
    @DisplayName("a public figure the story file cannot hold is refused with its finding, and nothing is stored")
    void aMalformedPublicFigureIsRefused() throws Exception {
        Browser b = on(as("editor@a.example.org", editorA), "/publish/org/" + A + "/stories/new");
        long before = quads();
        for (String bad : List.of("3 women aged 16-17", "3 women, aged 16-17 = https://news.example.org/a")) {
            List<String[]> f = story("new", "bad-figure", "Return", "Text.", 4);
            f.add(new String[] {"publicFigures", bad});
            HttpResponse<String> r = post(b, "/publish/org/" + A + "/stories/save", f);
            assertEquals(422, r.statusCode(), bad);
            assertTrue(r.body().contains("data-field=\"publicFigures\""), r.body());
        }
        assertEquals(before, quads());
    }

    /** The text of the page's textarea named {@code name}, as a browser would send it. */
    private static String textarea(String page, String name) {
        Matcher m = Pattern.compile("<textarea[^>]* name=\"" + name + "\"[^>]*>([^<]*)</textarea>")
                .matcher(page);
        assertTrue(m.find(), "the editor has a field '" + name + "'");
        return m.group(1)
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&#x27;", "'")
                .replace("&amp;", "&");
    }

    private static String storedBody(String org, String slug) {
        var node = portal.portal().node();
        var story = NodeFactory.createURI(node.uris().story(org, slug).getURI());
        return node.store().read(() -> {
            var it = node.store().dataset().find(Node.ANY, story, SCHEMA.articleBody.asNode(), Node.ANY);
            return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : "";
        });
    }

    private static List<String> storedFigures(String org, String slug) {
        var node = portal.portal().node();
        var story = NodeFactory.createURI(node.uris().story(org, slug).getURI());
        return node.store().read(() -> {
            var dsg = node.store().dataset();
            List<String> out = new ArrayList<>();
            dsg.find(Node.ANY, story, PROV.wasDerivedFrom.asNode(), Node.ANY).forEachRemaining(q -> {
                Node fig = q.getObject();
                dsg.find(Node.ANY, fig, PROV.value.asNode(), Node.ANY)
                        .forEachRemaining(v -> dsg.find(Node.ANY, fig, PROV.wasQuotedFrom.asNode(), Node.ANY)
                                .forEachRemaining(src -> out.add(v.getObject().getLiteralLexicalForm() + " = "
                                        + src.getObject().getURI())));
            });
            return out;
        });
    }
}
