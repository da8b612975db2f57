package org.pravasi.portal.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.portal.testing.DemoPortal;
import org.pravasi.portal.testing.TwoOrganisations;
import org.pravasi.registry.cli.Cli;

/**
 * Publishing from a spreadsheet in the browser's screens, over real HTTP on a real portal (port 0, real store): upload,
 * map, describe, preview, publish, and every refusal leaving nothing stored.
 */
@DisplayName("Publishing workspace screens: upload, map, describe, preview, publish")
class PublishFlowTest {
    static final String A = TwoOrganisations.A;
    static final String B = TwoOrganisations.B;
    static final String PW = TwoOrganisations.ADMIN_PASSWORD;
    static final AtomicInteger ADDRESSES = new AtomicInteger(60);
    static final Pattern LOCATION = Pattern.compile("/publish/org/" + A + "/drafts/([0-9a-f]{20})/read");

    @TempDir
    static Path dir;

    static DemoPortal portal;
    static String editorA;
    static String viewerA;
    static String editorB;

    @BeforeAll
    static void start() throws Exception {
        TwoOrganisations two = TwoOrganisations.start(dir, DemoPortal.geography());
        portal = two.portal();
        editorA = two.editorA();
        viewerA = two.viewerA();
        editorB = two.editorB();
    }

    /** Each test starts without drafts: an organisation keeps at most ten. */
    @AfterEach
    void deleteDrafts() throws Exception {
        Path d = portal.data().resolve("workspace").resolve(A).resolve("drafts");
        if (Files.isDirectory(d)) {
            try (Stream<Path> s = Files.walk(d)) {
                for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    static Browser signedIn(String email, String password) {
        Browser b = new Browser(portal.baseUrl(), ADDRESSES.getAndIncrement());
        b.signIn(email, password);
        return b;
    }

    /** A partner's CSV, saved by Excel as "CSV UTF-8" (with a byte-order mark), a title row above the table. */
    static byte[] csv(String... rows) {
        StringBuilder s = new StringBuilder(
                "\uFEFFWage cases reported by our centres\n\nDistrict,Quarter,Category,No. of cases\n");
        for (String r : rows) {
            s.append(r).append('\n');
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    static final String[] RESOLVED = {
        "Purnea,Apr–Jun 2024,Wage theft,40",
        "कटिहार,Apr–Jun 2024,Wage theft,35",
        "Gurgaon,Apr–Jun 2024,Wage theft,30",
        "Kanpur Nagar,Apr–Jun 2024,Wage theft,45",
        "Patna,Apr–Jun 2024,Wage theft,3",
        "Gaya,Apr–Jun 2024,Wage theft,28"
    };

    static HttpResponse<String> upload(Browser b, String org, String name, byte[] bytes) {
        b.get("/publish/org/" + org + "/drafts");
        return Uploads.post(portal.baseUrl(), b, "/publish/org/" + org + "/drafts", b.csrf(), name, bytes);
    }

    /** Uploads, waits for the first read to finish, and answers the draft's id. */
    static String draft(Browser b, String name, byte[] bytes) throws InterruptedException {
        HttpResponse<String> r = upload(b, A, name, bytes);
        assertEquals(303, r.statusCode(), r.body());
        Matcher m = LOCATION.matcher(r.headers().firstValue("Location").orElse(""));
        assertTrue(m.matches(), r.headers().map().toString());
        for (int i = 0; i < 600; i++) {
            HttpResponse<String> read = b.get(m.group(0));
            if (read.statusCode() == 303) {
                return m.group(1);
            }
            assertEquals(200, read.statusCode(), read.body());
            assertTrue(read.body().contains("id=\"read-progress\""), read.body());
            Thread.sleep(100);
        }
        throw new AssertionError("the upload was not read within a minute");
    }

    static String path(String id) {
        return "/publish/org/" + A + "/drafts/" + id;
    }

    static long quads() {
        var store = portal.portal().node().store();
        return store.read(
                () -> org.apache.jena.atlas.iterator.Iter.count(store.dataset().find()));
    }

    static List<Path> draftFiles() throws Exception {
        Path d = portal.data().resolve("workspace").resolve(A).resolve("drafts");
        if (!Files.isDirectory(d)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(d)) {
            return s.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    @DisplayName(
            "an upload is kept owner-only in the data folder, not the store; its header row and encoding are shown")
    void uploadIsKeptOwnerOnlyAndShowsHeaderRowAndEncoding() throws Exception {
        long before = quads();
        Browser b = signedIn("editor@a.example.org", editorA);
        String id = draft(b, "cases.csv", csv(RESOLVED));
        Path folder =
                portal.data().resolve("workspace").resolve(A).resolve("drafts").resolve(id);
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
        assertEquals(
                "rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("upload"))));
        HttpResponse<String> map = b.get(path(id));
        assertEquals(200, map.statusCode(), map.body());
        assertTrue(map.body().contains("<dd id=\"header-row\">3</dd>"), map.body());
        assertTrue(map.body().contains("<dd id=\"encoding\">UTF-8 (BOM)</dd>"), map.body());
        assertTrue(map.body().contains("<dd id=\"rows-read\">6</dd>"), map.body());
        assertEquals(before, quads(), "nothing written to the store");
        HttpResponse<String> list = b.get("/publish/org/" + A + "/drafts", "Accept-Encoding", "gzip");
        assertFalse(
                list.headers().firstValue("Content-Encoding").orElse("").contains("gzip"),
                "pages with the CSRF token are never compressed (BREACH)");
        assertTrue(list.body().contains("data-draft=\"" + id + "\""), list.body());
    }

    @Test
    @DisplayName("an upload without the form's token is refused and nothing is kept")
    void uploadWithoutTokenIsRefusedAndNothingKept() throws Exception {
        Browser b = signedIn("editor@a.example.org", editorA);
        List<Path> before = draftFiles();
        b.get("/publish/org/" + A + "/drafts");
        HttpResponse<String> r =
                Uploads.post(portal.baseUrl(), b, "/publish/org/" + A + "/drafts", "forged", "c.csv", csv(RESOLVED));
        assertEquals(403, r.statusCode(), r.body());
        assertTrue(r.body().contains("id=\"refusal\""), r.body());
        assertEquals(before, draftFiles());
    }

    @Test
    @DisplayName("a forged upload is refused at its first part, before any file is written for it")
    void forgedUploadIsRefusedBeforeAFileIsWritten() throws Exception {
        Browser b = signedIn("editor@a.example.org", editorA);
        b.get("/publish/org/" + A + "/drafts");
        List<Path> before = draftFiles();
        // 64 KiB of a 2 MiB file sent, the rest held back: the answer must come now, with no file begun.
        String status = Uploads.statusBeforeTheBody(
                portal.baseUrl(),
                b.cookie(),
                "/publish/org/" + A + "/drafts",
                Uploads.multipartType(),
                2L * 1024 * 1024,
                Uploads.multipartHead("forged", 64 * 1024));
        assertTrue(status.startsWith("HTTP/1.1 403 "), status);
        assertEquals(before, draftFiles(), "no file in the drafts folder, not even an incoming one");
    }

    @Test
    @DisplayName("an old .xls file is refused with what, where and how to fix, and nothing is kept")
    void oldExcelFileIsRefusedAndNothingKept() throws Exception {
        Browser b = signedIn("editor@a.example.org", editorA);
        List<Path> before = draftFiles();
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        HttpResponse<String> r = upload(b, A, "old.xls", xls);
        assertEquals(422, r.statusCode(), r.body());
        assertTrue(
                r.body().contains("old Excel file (.xls)") && r.body().contains("save it as an Excel Workbook (.xlsx)"),
                r.body());
        assertEquals(before, draftFiles());
    }

    @Test
    @DisplayName("a file over the size limit is refused before it is stored")
    void fileOverTheLimitIsRefusedBeforeItIsStored() throws Exception {
        Browser b = signedIn("editor@a.example.org", editorA);
        List<Path> before = draftFiles();
        HttpResponse<String> r = upload(b, A, "big.csv", new byte[26 * 1024 * 1024]);
        assertEquals(413, r.statusCode(), r.body());
        assertTrue(r.body().contains("larger than 25 MiB"), r.body());
        assertEquals(before, draftFiles());
    }

    @Test
    @DisplayName("an organisation keeps at most ten drafts; the eleventh upload says how to make room, nothing kept")
    void eleventhDraftIsRefused() throws Exception {
        Browser b = signedIn("editor@a.example.org", editorA);
        for (int i = 0; i < org.pravasi.registry.workspace.Drafts.MAX_PER_ORG; i++) {
            assertEquals(303, upload(b, A, "c" + i + ".csv", csv(RESOLVED)).statusCode());
        }
        List<Path> before = draftFiles();
        HttpResponse<String> r = upload(b, A, "one-more.csv", csv(RESOLVED));
        assertEquals(422, r.statusCode(), r.body());
        assertTrue(r.body().contains("Publish or delete a draft"), r.body());
        assertEquals(before, draftFiles());
    }

    @Test
    @DisplayName("a viewer cannot upload, and another organisation's editor cannot open a draft")
    void viewerCannotUploadAndOthersCannotSeeTheDraft() throws Exception {
        String id = draft(signedIn("editor@a.example.org", editorA), "cases.csv", csv(RESOLVED));
        List<Path> before = draftFiles();
        Browser viewer = signedIn("viewer@a.example.org", viewerA);
        viewer.get("/publish");
        HttpResponse<String> r = Uploads.post(
                portal.baseUrl(), viewer, "/publish/org/" + A + "/drafts", viewer.csrf(), "c.csv", csv(RESOLVED));
        assertEquals(403, r.statusCode(), r.body());
        assertEquals(before, draftFiles());
        Browser other = signedIn("editor@b.example.org", editorB);
        for (String p : List.of(path(id), path(id) + "/preview", path(id) + "/descriptor.json")) {
            HttpResponse<String> seen = other.get(p);
            assertEquals(403, seen.statusCode(), p);
            assertFalse(seen.body().contains("Purnea"), p);
        }
        HttpResponse<String> ownOrg = other.get("/publish/org/" + B + "/drafts/" + id);
        assertEquals(404, ownOrg.statusCode(), "B's folder has no such draft");
    }

    @Test
    @DisplayName("a workbook's sheet is chosen, and the table of that sheet is read")
    void workbookSheetIsChosen() throws Exception {
        Browser b = signedIn("editor@a.example.org", editorA);
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("District", "Quarter", "Category", "Cases"));
        rows.add(List.of("Purnea", "Q2 2024", "Wage theft", 40));
        rows.add(List.of("Gaya", "Q2 2024", "Wage theft", 28));
        String id = draft(b, "book.xlsx", Uploads.xlsx("Cases", rows, "Read me"));
        HttpResponse<String> first = b.get(path(id));
        assertEquals(200, first.statusCode(), "the draft is shown");
        assertTrue(first.body().contains("id=\"sheet-form\""), "with the sheets to choose from: " + first.body());
        assertTrue(first.body().contains("No header row was found"), first.body());
        HttpResponse<String> chosen = b.post(path(id) + "/sheet", Map.of("sheet", "Cases"));
        assertEquals(303, chosen.statusCode(), chosen.body());
        String read = chosen.headers().firstValue("Location").orElseThrow();
        for (int i = 0; i < 100 && b.get(read).statusCode() == 200; i++) {
            Thread.sleep(100);
        }
        HttpResponse<String> map = b.get(path(id));
        assertEquals(200, map.statusCode(), map.body());
        assertTrue(map.body().contains("<dd id=\"sheet-read\">Cases</dd>"), map.body());
        HttpResponse<String> bad = b.post(path(id) + "/sheet", Map.of("sheet", "Nope"));
        assertEquals(422, bad.statusCode());
    }

    @Test
    @DisplayName("an ambiguous name is listed with its candidates, nothing guessed; the choice is saved for next time")
    void ambiguousNameIsChosenAndRemembered() throws Exception {
        Browser b = signedIn("editor@a.example.org", editorA);
        String id = draft(
                b, "aurangabad.csv", csv("Aurangabad,Apr–Jun 2024,Wage theft,25", "Purnea,Apr–Jun 2024,Wage theft,40"));
        HttpResponse<String> map = b.get(path(id));
        String body = map.body();
        assertTrue(body.contains("data-value=\"Aurangabad\""), body);
        assertTrue(
                body.contains("class=\"ws-open\" data-value=\"Aurangabad\""), "listed as open, not guessed: " + body);
        Matcher field =
                Pattern.compile("name=\"vv\\.(\\d+)\" value=\"Aurangabad\"").matcher(body);
        assertTrue(field.find(), body);
        String n = field.group(1);
        Matcher bihar = Pattern.compile("<option value=\"(\\d+)\">Aurangabad \\(Bihar\\)")
                .matcher(body);
        assertTrue(bihar.find(), "Bihar's Aurangabad is a candidate: " + body);
        assertTrue(body.contains("Aurangabad (Maharashtra)"), body);
        HttpResponse<String> saved = b.post(
                path(id) + "/map", Map.of("vs." + n, "district", "vv." + n, "Aurangabad", "vc." + n, bihar.group(1)));
        assertEquals(303, saved.statusCode(), saved.body());
        assertTrue(b.get(path(id)).body().contains("id=\"all-resolved\""));
        String again = draft(b, "next-quarter.csv", csv("Aurangabad,Jul–Sep 2024,Wage theft,21"));
        String next = b.get(path(again)).body();
        assertTrue(next.contains("from your earlier choice"), next);
        assertTrue(
                Files.readString(portal.data().resolve("workspace").resolve(A).resolve("mappings.json"))
                        .contains(bihar.group(1)));
    }

    @Test
    @DisplayName("a choice that is no valid identifier is refused and nothing saved")
    void invalidChoiceIsRefused() throws Exception {
        Browser b = signedIn("editor@a.example.org", editorA);
        String id = draft(b, "bad-choice.csv", csv("Nowhereville,Apr–Jun 2024,Wage theft,25"));
        b.get(path(id));
        HttpResponse<String> r =
                b.post(path(id) + "/map", Map.of("vs.0", "district", "vv.0", "Nowhereville", "vc.0", "99999"));
        assertEquals(422, r.statusCode(), r.body());
        assertTrue(r.body().contains("is not a valid district identifier"), r.body());
        assertTrue(b.get(path(id)).body().contains("class=\"ws-open\" data-value=\"Nowhereville\""));
    }

    /** A draft of resolved rows, described. */
    static String described(Browser b, String slug, String... rows) throws Exception {
        String id = draft(b, slug + ".csv", csv(rows));
        b.get(path(id) + "/describe");
        HttpResponse<String> r = b.post(
                path(id) + "/describe",
                Map.of(
                        "slug", slug,
                        "title_en", "Wage cases by district, " + slug,
                        "title_hi", "ज़िलेवार मज़दूरी के मामले",
                        "description_en", "Wage cases registered by the centres, by district and quarter.",
                        "description_hi", "केंद्रों में दर्ज मज़दूरी के मामले, ज़िले और तिमाही के अनुसार।",
                        "licence", "https://creativecommons.org/licenses/by/4.0/",
                        "themes", "wages",
                        "source", "Illustrative demo data",
                        "illustrative", "yes"));
        assertEquals(303, r.statusCode(), r.body());
        return id;
    }

    @Test
    @DisplayName("the description is checked, nothing saved on bad input; its descriptor is what the CLI publishes")
    void descriptionIsCheckedAndTheDescriptorIsWhatTheCliTakes() throws Exception {
        Browser b = signedIn("editor@a.example.org", editorA);
        String id = draft(b, "described.csv", csv(RESOLVED));
        HttpResponse<String> form = b.get(path(id) + "/describe");
        assertTrue(
                form.body().contains("<option value=\"https://creativecommons.org/licenses/by/4.0/\" selected>"),
                form.body());
        HttpResponse<String> bad = b.post(
                path(id) + "/describe",
                Map.of(
                        "slug",
                        "Bad Slug!",
                        "title_en",
                        "",
                        "description_en",
                        "x",
                        "licence",
                        "https://creativecommons.org/licenses/by/4.0/"));
        assertEquals(422, bad.statusCode());
        assertTrue(bad.body().contains("id=\"describe-errors\"") && bad.body().contains("Bad Slug!"), bad.body());
        assertFalse(b.get(path(id) + "/describe").body().contains("Bad Slug!"), "nothing saved");
        String ok = described(b, "cli-checked", RESOLVED);
        HttpResponse<String> descriptor = b.get(path(ok) + "/descriptor.json");
        assertEquals(200, descriptor.statusCode(), descriptor.body());
        assertTrue(descriptor
                .headers()
                .firstValue("Content-Disposition")
                .orElse("")
                .contains("cli-checked.json"));
        String json = descriptor.body();
        assertTrue(
                json.contains("\"hi\":\"ज़िलेवार मज़दूरी के मामले\"")
                        && json.contains("\"licence\":\"https://creativecommons.org/licenses/by/4.0/\""),
                json);
        HttpResponse<String> data = b.get(path(ok) + "/data.csv");
        Path d = Files.writeString(dir.resolve("cli-checked.json"), json);
        Path c = Files.writeString(dir.resolve("cli-checked.csv"), data.body());
        String key = portal.portal().node().keys().create(A).secret();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = new Cli(
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(out, true, StandardCharsets.UTF_8))
                .run(List.of(
                        "publish",
                        "--node",
                        portal.baseUrl(),
                        "--key",
                        key,
                        "--descriptor",
                        d.toString(),
                        "--csv",
                        c.toString(),
                        "--dry-run"));
        assertEquals(0, code, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("a phone number in a cell is quoted with its row and column; the officer corrects it in the draft")
    void phoneNumberIsQuotedAndCorrected() throws Exception {
        long before = quads();
        Browser b = signedIn("editor@a.example.org", editorA);
        List<String> rows = new ArrayList<>(List.of(RESOLVED));
        rows.add("Araria,Apr–Jun 2024,Wage theft call 98765 43210,33");
        String id = described(b, "with-phone", rows.toArray(String[]::new));
        HttpResponse<String> preview = b.get(path(id) + "/preview");
        String body = preview.body();
        Matcher finding = Pattern.compile(
                        "<tr class=\"ws-finding\" data-row=\"10\" data-column=\"Category\">.*?looks like a phone number.*?</tr>",
                        Pattern.DOTALL)
                .matcher(body);
        assertTrue(finding.find(), body);
        assertFalse(finding.group().contains("98765 43210</q>"), "quoted masked in the finding: " + finding.group());
        assertTrue(body.contains("id=\"not-publishable\""), body);
        HttpResponse<String> fixed =
                b.post(path(id) + "/cell", Map.of("row", "10", "column", "Category", "value", "Wage theft"));
        assertEquals(303, fixed.statusCode(), fixed.body());
        String after = b.get(path(id) + "/preview").body();
        assertFalse(after.contains("phone number"), after);
        assertTrue(after.contains("id=\"publish-now\""), after);
        HttpResponse<String> nowhere =
                b.post(path(id) + "/cell", Map.of("row", "999", "column", "Category", "value", "x"));
        assertEquals(422, nowhere.statusCode());
        assertEquals(before, quads());
        String upload = Files.readString(portal.data()
                .resolve("workspace")
                .resolve(A)
                .resolve("drafts")
                .resolve(id)
                .resolve("upload"));
        assertTrue(
                upload.contains("98765 43210"), "the upload itself is not rewritten; the correction is kept beside it");
    }

    @Test
    @DisplayName("the preview shows exactly what will be public, each withheld cell marked with its reason")
    void previewMarksWithheldCells() throws Exception {
        Browser b = signedIn("editor@a.example.org", editorA);
        String id = described(b, "withheld-cells", RESOLVED);
        String body = b.get(path(id) + "/preview").body();
        assertTrue(body.contains("id=\"public-table\""), body);
        Matcher patna =
                Pattern.compile("<tr data-row=\"8\">(.*?)</tr>", Pattern.DOTALL).matcher(body);
        assertTrue(patna.find(), body);
        assertTrue(
                patna.group(1).contains("Patna") && patna.group(1).contains("data-reason=\"primary\""), patna.group(1));
        assertTrue(patna.group(1).contains("withheld: below "), patna.group(1));
        assertFalse(patna.group(1).contains(">3<"), "the small count itself is not shown as public");
        Matcher purnea =
                Pattern.compile("<tr data-row=\"4\">(.*?)</tr>", Pattern.DOTALL).matcher(body);
        assertTrue(
                purnea.find()
                        && purnea.group(1).contains(">40<")
                        && purnea.group(1).contains("Purnia"),
                body);
    }

    @Test
    @DisplayName("the preview maps the first measure's latest period by district; a withheld district has no count")
    void previewMapShowsLatestPeriodWithWithheldDistrictsWithoutCounts() throws Exception {
        long before = quads();
        Browser b = signedIn("editor@a.example.org", editorA);
        List<String> rows = new ArrayList<>(List.of(RESOLVED));
        rows.add("Purnea,Jan–Mar 2024,Wage theft,99");
        String id = described(b, "mapped-in-preview", rows.toArray(String[]::new));
        String page = b.get(path(id) + "/preview").body();
        assertTrue(page.contains("data-api=\"" + path(id) + "/preview/map.json\""), page);
        Matcher patnaRow = Pattern.compile(
                        "<tr data-lgd=\"[0-9]+\" data-status=\"suppressed\"><th scope=\"row\">Patna.*?</tr>",
                        Pattern.DOTALL)
                .matcher(page);
        assertTrue(patnaRow.find(), page);
        assertFalse(patnaRow.group().contains(">3<"), patnaRow.group());
        HttpResponse<String> r = b.get(path(id) + "/preview/map.json");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        var json = org.pravasi.registry.web.Json.MAPPER.readTree(r.body());
        assertEquals("2024-Q2", json.get("period").get("id").asString(), r.body());
        Map<String, tools.jackson.databind.JsonNode> byName = new java.util.HashMap<>();
        json.get("districts").forEach(d -> byName.put(d.get("name").asString(), d));
        assertEquals(
                Set.of("Purnia", "Katihar", "Gurugram", "Kanpur Nagar", "Patna", "Gaya"), byName.keySet(), r.body());
        assertEquals("value", byName.get("Purnia").get("status").asString());
        assertEquals(40, byName.get("Purnia").get("value").asLong(), "the latest period only, not 99 nor 139");
        assertEquals("suppressed", byName.get("Patna").get("status").asString());
        assertTrue(byName.get("Patna").get("value").isNull(), "a withheld district carries no count: " + r.body());
        assertFalse(r.body().contains(":3,") || r.body().contains(":3}"), "the small count is nowhere: " + r.body());
        assertEquals(before, quads(), "nothing is written before publishing");
    }

    @Test
    @DisplayName("the preview's map is owner-only: others, viewers and strangers get a refusal without figures")
    void previewMapIsOwnerOnly() throws Exception {
        String id = described(signedIn("editor@a.example.org", editorA), "owner-only-map", RESOLVED);
        String map = path(id) + "/preview/map.json";
        Map<Browser, Integer> visitors = Map.of(
                signedIn("editor@b.example.org", editorB),
                403,
                signedIn("viewer@a.example.org", viewerA),
                403,
                new Browser(portal.baseUrl(), ADDRESSES.getAndIncrement()),
                401);
        visitors.forEach((visitor, status) -> {
            HttpResponse<String> r = visitor.get(map);
            assertEquals(status, r.statusCode(), r.body());
            assertFalse(r.body().contains("Purnia") || r.body().contains("\"districts\""), r.body());
        });
    }

    @Test
    @DisplayName("on Hindi pages the findings of the reader, the reconcilers and the checks are in Hindi")
    void findingsReadInHindiOnHindiPages() throws Exception {
        Browser b = signedIn("editor@a.example.org", editorA);
        String id = described(
                b,
                "findings-in-hindi",
                "Aurangabad,Apr–Jun 2024,Wage theft,30",
                "Atlantis,Apr–Jun 2024,Wage theft,12",
                "Patna,Someday,Wage theft,10",
                "Gaya,Apr–Jun 2024,Zebra crossing,11",
                "Purnea,Apr–Jun 2024,Wage theft call 98765 43210,33");
        List<String> texts = new ArrayList<>();
        String map = b.get(path(id) + "?lang=hi").body();
        Matcher open = Pattern.compile(
                        "<tr class=\"ws-open\".*?<th scope=\"row\">.*?</th>\\s*<td>(.*?)</td>", Pattern.DOTALL)
                .matcher(map);
        while (open.find()) {
            texts.add(open.group(1));
        }
        String preview = b.get(path(id) + "/preview?lang=hi").body();
        Matcher row = Pattern.compile("<tr class=\"ws-finding\"[^>]*>(.*?)</tr>", Pattern.DOTALL)
                .matcher(map + preview);
        int findings = 0;
        while (row.find()) {
            findings++;
            String[] cells = row.group(1).split("<td");
            texts.add(cells[5]);
            texts.add(cells[6]);
        }
        assertTrue(texts.size() >= 10 && findings >= 5, texts + "\n" + preview);
        for (String html : texts) {
            String text = FindingTextsTest.sentence(html.replaceAll("<q>.*?</q>", "")
                    .replaceAll("<[^>]+>", "")
                    .replace("&#39;", "'")
                    .replace("&#34;", "\"")
                    .replace("&quot;", "\"")
                    .replace("&amp;", "&")
                    .replaceAll("^[^>]*>", ""));
            assertFalse(FindingTextsTest.LATIN_SENTENCE.matcher(text).find(), "English on a Hindi page: " + html);
        }
        String english = b.get(path(id) + "/preview?lang=en").body();
        assertTrue(english.contains("No district of that name is known."), "English pages keep the English text");
    }

    @Test
    @DisplayName("publishing goes through the pipeline, links the dataset page, and the draft is gone")
    void publishesThroughThePipeline() throws Exception {
        Browser b = signedIn("editor@a.example.org", editorA);
        String id = described(b, "published-from-browser", RESOLVED);
        HttpResponse<String> r =
                b.post(path(id) + "/publish", Map.of("previewed", previewed(b.get(path(id) + "/preview"))));
        assertEquals(201, r.statusCode(), r.body());
        assertTrue(r.body().contains("href=\"/id/dataset/" + A + "/published-from-browser\""), r.body());
        assertEquals(
                200, portal.get("/id/dataset/" + A + "/published-from-browser").statusCode());
        assertEquals(404, b.get(path(id)).statusCode(), "the draft is deleted once published");
    }

    /** The digest of what {@code preview} showed, as its publish form carries it. */
    private static String previewed(HttpResponse<String> preview) {
        return previewed(preview.body());
    }

    /** The digest of what a preview page showed, as its publish form carries it. */
    static String previewed(String page) {
        Matcher m =
                Pattern.compile("name=\"previewed\" value=\"([0-9a-f]{64})\"").matcher(page);
        assertTrue(m.find(), page);
        return m.group(1);
    }

    @Test
    @DisplayName("only what a preview showed is published: a change made after it answers 409 with the new preview")
    void onlyWhatThePreviewShowedIsPublished() throws Exception {
        Browser b = signedIn("editor@a.example.org", editorA);
        String id = described(b, "changed-after-preview", RESOLVED);
        String looked = previewed(b.get(path(id) + "/preview"));
        // Another editor, or another tab, corrects Gaya's count after this preview was shown.
        Browser other = signedIn("editor@a.example.org", editorA);
        other.get(path(id) + "/preview");
        assertEquals(
                303,
                other.post(path(id) + "/cell", Map.of("row", "9", "column", "No. of cases", "value", "29"))
                        .statusCode());
        long before = quads();

        HttpResponse<String> r = b.post(path(id) + "/publish", Map.of("previewed", looked));

        assertEquals(409, r.statusCode(), r.body());
        assertTrue(r.body().contains("changed since you looked at its preview"), r.body());
        assertEquals(before, quads(), "nothing published");
        String now = previewed(r);
        assertNotEquals(looked, now, "the page shows the preview as it is now");
        assertEquals(409, b.post(path(id) + "/publish", Map.of()).statusCode(), "nor one without a preview's digest");
        assertEquals(before, quads(), "nothing published");
        b.get(path(id) + "/preview");
        assertEquals(
                201, b.post(path(id) + "/publish", Map.of("previewed", now)).statusCode());
    }

    @Test
    @DisplayName("an undescribed draft cannot be published, and nothing is written")
    void undescribedDraftIsNotPublished() throws Exception {
        long before = quads();
        Browser b = signedIn("editor@a.example.org", editorA);
        String id = draft(b, "undescribed.csv", csv(RESOLVED));
        b.get(path(id) + "/preview");
        HttpResponse<String> r = b.post(path(id) + "/publish", Map.of());
        assertEquals(409, r.statusCode(), r.body());
        assertEquals(before, quads());
    }
}
