package org.pravasi.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.registry.catalog.CatalogTexts.LangText;
import org.pravasi.registry.catalog.ConceptTexts;

/**
 * What users get from a search does not change when the search gets faster: on a generated index of 10,000 entries
 * (stories in English and Hindi with natural word frequencies, organisations, districts, states, datasets and code-list
 * concepts, with synonyms), a fixed set of about 190 queries (common and rare words, typos, phrases, prefixes,
 * exclusions, alternatives, synonyms, filters, later pages, Hindi display) gives results whose every part (total, facet
 * counts in order, labels, and each hit's URI, title, snippet and fields, in order) has the digest recorded in
 * {@code unchanged-results.txt}. The digests were recorded before the first-time search work of issue 23 (branch
 * {@code search}); a change that means to alter results re-records them with {@code -Dsearch.record=true} and says so
 * in its commit.
 */
@DisplayName("Search results stay the same")
class SearchResultsUnchangedTest {
    private static final Path RECORDED = Path.of("src/test/resources/org/pravasi/portal/search/unchanged-results.txt");
    private static final String[] EN = ("migrant workers wage theft brick kiln construction site helpline labour "
                    + "department complaint recovered wages contractor bonded rescue district task force welfare board "
                    + "registration ration card savings group remittance legal aid paralegal camp railway station "
                    + "textile mill domestic work seasonal migration corridor source village destination city purnia "
                    + "gurugram katihar surat mumbai trafficking")
            .split(" ");
    private static final String[] HI = ("प्रवासी श्रमिक मज़दूरी बकाया ईंट भट्ठा निर्माण हेल्पलाइन श्रम विभाग शिकायत "
                    + "ठेकेदार बंधुआ बचाव कल्याण पंजीकरण राशन बचत कानूनी सहायता")
            .split(" ");
    private static final String[] THEMES = {"wages", "legal-aid", "forced-labour", "social-security", "helpline"};

    @TempDir
    static Path dir;

    static SearchIndex index;

    @BeforeAll
    static void build() {
        index = SearchIndex.open(dir, synonyms());
        index.replaceAll(entries(), "unchanged-results");
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @Test
    @DisplayName("every recorded query gives the result recorded for it")
    void resultsAsRecorded() throws IOException {
        Map<String, String> now = new LinkedHashMap<>();
        Map<String, String> shown = new LinkedHashMap<>();
        for (SearchQuery q : queries()) {
            String key = describe(q);
            String rendered = index.search(q).toString();
            now.put(key, digest(rendered));
            shown.put(key, rendered);
        }
        if (Boolean.getBoolean("search.record")) {
            List<String> lines = new ArrayList<>();
            now.forEach((k, v) -> lines.add(v + "\t" + k));
            Files.write(RECORDED, lines, StandardCharsets.UTF_8);
        }
        Map<String, String> recorded = new LinkedHashMap<>();
        for (String line : Files.readAllLines(RECORDED, StandardCharsets.UTF_8)) {
            int tab = line.indexOf('\t');
            recorded.put(line.substring(tab + 1), line.substring(0, tab));
        }
        assertEquals(recorded.keySet(), now.keySet(), "the recorded queries");
        List<String> changed = new ArrayList<>();
        now.forEach((k, v) -> {
            if (!v.equals(recorded.get(k))) {
                changed.add(k + " → " + shown.get(k));
            }
        });
        assertTrue(changed.isEmpty(), changed.size() + " results changed:\n" + String.join("\n", changed));
    }

    private static String describe(SearchQuery q) {
        SearchQuery.Filters f = q.filters();
        return q.text() + " | " + f.types().stream().map(EntryType::id).sorted().toList() + " " + f.orgs() + " "
                + f.themes() + " " + f.states() + " " + f.districts() + " "
                + f.from().map(String::valueOf).orElse("")
                + "–" + f.to().map(String::valueOf).orElse("") + " | page " + q.page() + " of " + q.size() + " | "
                + q.lang();
    }

    private static String digest(String s) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)))
                    .substring(0, 24);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The queries: pairs of common words in both languages, then every kind of query text and filter. */
    static List<SearchQuery> queries() {
        List<SearchQuery> out = new ArrayList<>();
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < 110; i++) {
            String[] words = i % 4 == 3 ? HI : EN;
            out.add(SearchQuery.of(words[r.nextInt(words.length)] + " " + words[r.nextInt(words.length)]));
        }
        for (String text : List.of(
                "wages",
                "wage theft",
                "unpaid wages katihar",
                "bonded labour",
                "मज़दूरी की चोरी",
                "trafficing",
                "trafficing contractor",
                "purnea",
                "gurugrām",
                "rescu",
                "kilnss workers",
                "construction zorvatek",
                "zorvatek",
                "\"brick kiln\"",
                "\"brick kiln\" workers",
                "\"wage theft\" -bonded",
                "kil*",
                "mig* wel*",
                "migrant -bonded",
                "wages | rescue",
                "helpline | (board ration)",
                "labour | मज़दूरी",
                "मजदूरी श्रमिक",
                "श्रमिक",
                "the of and",
                "Benchmark publisher",
                "district 12",
                "best practice",
                "Katihar district",
                "social security",
                "violation type",
                "migrant workers wage theft brick kiln rescue helpline",
                "a",
                "")) {
            out.add(SearchQuery.of(text));
        }
        for (String text : List.of("wages", "brick kiln", "मज़दूरी बकाया", "unpaid wages", "")) {
            out.add(SearchQuery.builder(text).lang("hi").build());
            out.add(SearchQuery.builder(text).page(2, SearchQuery.DEFAULT_SIZE).build());
            out.add(SearchQuery.builder(text).page(1, 50).build());
            out.add(SearchQuery.builder(text).types(Set.of(EntryType.STORY)).build());
            out.add(SearchQuery.builder(text)
                    .types(Set.of(EntryType.CONCEPT, EntryType.DATASET))
                    .build());
            out.add(SearchQuery.builder(text).orgs(List.of("bench-org-2")).build());
            out.add(SearchQuery.builder(text)
                    .themes(List.of("legal-aid", "helpline"))
                    .states(List.of("7"))
                    .build());
            out.add(SearchQuery.builder(text).districts(List.of("42", "43")).build());
            out.add(SearchQuery.builder(text)
                    .years(Optional.of(2020), Optional.of(2022))
                    .build());
        }
        out.add(SearchQuery.builder("workers").page(1000, 10).build());
        out.add(SearchQuery.builder("workers").page(100, 100).build());
        return out;
    }

    /** The code lists' synonyms: a few concepts with labels in both languages. */
    private static Synonyms synonyms() {
        return Synonyms.of(concepts());
    }

    private static List<ConceptTexts> concepts() {
        return List.of(
                concept(
                        "wage-theft",
                        List.of(new LangText("en", "Wage theft"), new LangText("hi", "मज़दूरी की चोरी")),
                        List.of(new LangText("en", "Unpaid wages"), new LangText("en", "Underpayment"))),
                concept(
                        "bonded-labour",
                        List.of(new LangText("en", "Bonded labour"), new LangText("hi", "बंधुआ मज़दूरी")),
                        List.of(new LangText("en", "Debt bondage"))),
                concept(
                        "brick-kiln",
                        List.of(new LangText("en", "Brick kiln"), new LangText("hi", "ईंट भट्ठा")),
                        List.of()));
    }

    private static ConceptTexts concept(String notation, List<LangText> pref, List<LangText> alt) {
        String code = "https://w3id.org/pravasi/code/";
        return new ConceptTexts(
                code + "violation-type/" + notation,
                code + "violation-type",
                "violation-type",
                notation,
                List.of(new LangText("en", "Violation type"), new LangText("hi", "उल्लंघन का प्रकार")),
                pref,
                alt,
                List.of(),
                List.of());
    }

    /** 10,000 entries: stories, datasets, organisations, states, districts and concepts. */
    static List<IndexEntry> entries() {
        SplittableRandom r = new SplittableRandom(42);
        Words en = new Words(EN, "bcdfghjklmnprstvwz", "aeiou", r.split());
        Words hi = new Words(HI, "कखगचजटडतदनपबमरलवसह", "ािीुूेो", r.split());
        List<IndexEntry> out = new ArrayList<>();
        for (String org : List.of("bench-org-1", "bench-org-2", "bench-org-3", "bench-org-4")) {
            out.add(IndexEntry.builder("https://w3id.org/pravasi/id/org/" + org, EntryType.ORGANISATION)
                    .title(new Text("en", "Benchmark publisher " + org))
                    .title(new Text("hi", "बेंचमार्क प्रकाशक " + org))
                    .body(new Text("en", en.phrase(30)))
                    .key(Fields.ORG + ":" + org)
                    .modified(Instant.ofEpochSecond(1_600_000_000L))
                    .build());
        }
        for (int s = 1; s <= 36; s++) {
            out.add(IndexEntry.builder("https://w3id.org/pravasi/id/state/" + s, EntryType.STATE)
                    .title(new Text("en", "State " + en.phrase(1)))
                    .title(new Text("hi", "राज्य " + hi.phrase(1)))
                    .key(Fields.STATE + ":" + s)
                    .build());
        }
        for (int d = 1; d <= 200; d++) {
            String name = en.phrase(1);
            out.add(IndexEntry.builder("https://w3id.org/pravasi/id/district/" + d, EntryType.DISTRICT)
                    .title(new Text("en", name + " district"))
                    .title(new Text("hi", hi.phrase(1) + " ज़िला"))
                    .tag(new Text("en", "District " + d))
                    .key(Fields.DISTRICT + ":" + d)
                    .state(Integer.toString(1 + d % 36))
                    .build());
        }
        for (ConceptTexts c : concepts()) {
            IndexEntry.Builder e = IndexEntry.builder(c.uri(), EntryType.CONCEPT);
            c.prefLabels().forEach(l -> e.title(new Text(l.lang(), l.value())));
            c.altLabels().forEach(l -> e.tag(new Text(l.lang(), l.value())));
            out.add(e.body(new Text("en", en.phrase(12))).build());
        }
        for (String theme : THEMES) {
            out.add(IndexEntry.builder("https://w3id.org/pravasi/code/theme/" + theme, EntryType.CONCEPT)
                    .title(new Text("en", theme.replace('-', ' ')))
                    .key(Fields.THEME + ":" + theme)
                    .build());
        }
        for (int i = 1; out.size() < 10_000; i++) {
            boolean hindi = i % 2 == 0;
            String lang = hindi ? "hi" : "en";
            Words words = hindi ? hi : en;
            boolean dataset = i % 25 == 0;
            String org = "bench-org-" + (1 + i % 4);
            LocalDate date = LocalDate.of(2018, 1, 1).plusDays(r.nextInt(365 * 9));
            IndexEntry.Builder e = IndexEntry.builder(
                            "https://w3id.org/pravasi/id/" + (dataset ? "dataset/" : "story/") + org + "/e-" + i,
                            dataset ? EntryType.DATASET : EntryType.STORY)
                    .title(new Text(lang, words.phrase(3 + r.nextInt(5))))
                    .body(new Text(lang, words.phrase(20)))
                    .body(new Text(lang, words.phrase(40 + r.nextInt(120))))
                    .org(org)
                    .tag(new Text("en", "Benchmark publisher " + org))
                    .period(new DateRange(date, date.plusDays(r.nextInt(800))))
                    .language(lang)
                    .modified(Instant.ofEpochSecond(1_700_000_000L + r.nextInt(5_000)))
                    .illustrative(true);
            for (int d = 0; d < 1 + r.nextInt(2); d++) {
                String district = Integer.toString(1 + r.nextInt(200));
                e.district(district)
                        .state(Integer.toString(1 + Integer.parseInt(district) % 36))
                        .tag(new Text("en", "District " + district));
            }
            String theme = THEMES[r.nextInt(THEMES.length)];
            e.theme(theme).tag(new Text("en", theme.replace('-', ' ')));
            if (r.nextInt(3) == 0) {
                e.theme("best-practice");
            }
            out.add(e.build());
        }
        return out;
    }

    /**
     * Words with roughly natural frequencies: the domain words often, and 1,500 made-up words on a Zipf-like curve, so
     * that queries meet common, rare and unknown words alike.
     */
    private static final class Words {
        private final String[] domain;
        private final String[] filler;
        private final SplittableRandom r;

        Words(String[] domain, String consonants, String vowels, SplittableRandom r) {
            this.domain = domain;
            this.r = r;
            this.filler = new String[1_500];
            for (int i = 0; i < filler.length; i++) {
                StringBuilder w = new StringBuilder();
                for (int s = 0; s < 2 + r.nextInt(3); s++) {
                    w.append(consonants.charAt(r.nextInt(consonants.length())))
                            .append(vowels.charAt(r.nextInt(vowels.length())));
                }
                filler[i] = w.toString();
            }
        }

        String phrase(int n) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    out.append(' ');
                }
                out.append(
                        r.nextInt(5) == 0
                                ? domain[(int) Math.floor(Math.pow(r.nextDouble(), 2) * domain.length)]
                                : filler[(int) Math.floor(Math.pow(r.nextDouble(), 3) * filler.length)]);
            }
            return out.toString();
        }
    }
}
