package org.pravasi.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.pravasi.portal.search.SearchApi.titles;
import static org.pravasi.portal.search.SearchApi.uris;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.pravasi.portal.testing.DemoPortal;
import tools.jackson.databind.JsonNode;

/** What {@code /api/search} and {@code /api/suggest} find in the demo data (read-only, on the shared demo portal). */
@DisplayName("Portal search over the demo data")
class SearchQueriesTest {
    static final String BASE = "https://w3id.org/pravasi/";
    static final String WAGES_THEME = BASE + "code/theme/wages";
    static final String WAGE_THEFT = BASE + "code/violation-type/wage-theft";
    static final String VIOLATIONS_DATASET = BASE + "id/dataset/mrc-alliance/violations-by-district-quarter";
    static final String GURUGRAM = BASE + "id/district/62";
    static final String KATIHAR = BASE + "id/district/201";

    static SearchApi api;

    @BeforeAll
    static void portal() {
        api = new SearchApi(DemoPortal.shared());
    }

    static void assumeGeography() {
        assumeTrue(
                DemoPortal.geography().isPresent(), "needs the reference geography (system property pravasi.test.geo)");
    }

    @Nested
    @DisplayName("English analysis")
    class English {
        @Test
        @DisplayName("'wages' finds 'Wage theft' (stemming) and the dataset keyed 'wage theft'")
        void stemming() {
            JsonNode r = api.search("q", "wages", "size", "50");
            assertTrue(uris(r).contains(WAGE_THEFT), r.toString());
            assertTrue(uris(r).contains(VIOLATIONS_DATASET), r.toString());
        }

        @Test
        @DisplayName("stop words are ignored: 'the wages of migrants' finds what 'wages migrants' finds")
        void stopWords() {
            assertEquals(
                    uris(api.search("q", "wages migrants", "size", "50")),
                    uris(api.search("q", "the wages of migrants", "size", "50")));
        }

        @Test
        @DisplayName("a query of stop words only finds nothing, without an error")
        void onlyStopWords() {
            assertEquals(0, api.search("q", "the of and").path("total").asLong());
        }
    }

    @Nested
    @DisplayName("Hindi analysis")
    class Hindi {
        @Test
        @DisplayName("'मज़दूरी' finds the wages theme, as 'wage' does")
        void hindiAndEnglishFindTheSameConcept() {
            assertTrue(uris(api.search("q", "मज़दूरी", "size", "50")).contains(WAGES_THEME));
            assertTrue(uris(api.search("q", "wage", "size", "50")).contains(WAGES_THEME));
        }

        @Test
        @DisplayName("with and without nukta ('मज़दूरी' / 'मजदूरी') find the same things (Indic normalisation)")
        void nuktaIsNormalised() {
            JsonNode with = api.search("q", "मज़दूरी", "size", "100");
            JsonNode without = api.search("q", "मजदूरी", "size", "100");
            assertTrue(with.path("total").asLong() > 0);
            assertEquals(new HashSet<>(uris(with)), new HashSet<>(uris(without)));
        }

        @Test
        @DisplayName("a Hindi query highlights the Hindi text, and lang=hi shows Hindi titles")
        void hindiSnippetsAndTitles() {
            JsonNode r = api.search("q", "मज़दूरी", "lang", "hi", "size", "50");
            JsonNode wages = SearchApi.hit(r, WAGES_THEME);
            assertEquals("मज़दूरी", wages.path("title").asString(), wages.toString());
            assertTrue(wages.path("snippet").asString().contains("<mark>मज़दूरी</mark>"), wages.toString());
            assertEquals(
                    "Wages",
                    SearchApi.hit(api.search("q", "मज़दूरी", "size", "50"), WAGES_THEME)
                            .path("title")
                            .asString());
        }

        @Test
        @DisplayName("a Hindi story is found by a word of its Hindi body")
        void hindiStory() {
            JsonNode r = api.search("q", "पंजीकरण", "type", "story");
            assertTrue(r.path("total").asLong() > 0, r.toString());
            r.path("hits")
                    .forEach(h -> assertEquals("[\"hi\"]", h.path("languages").toString(), h.toString()));
        }
    }

    @Nested
    @DisplayName("Place names")
    class Places {
        @Test
        @DisplayName("'Gurgaon' and 'Gurugram' both find the district Gurugram first")
        void formerNames() {
            assumeGeography();
            assertEquals(GURUGRAM, uris(api.search("q", "Gurgaon")).getFirst());
            assertEquals(GURUGRAM, uris(api.search("q", "Gurugram")).getFirst());
        }

        @Test
        @DisplayName("diacritics and case do not matter: 'Gurugrām', 'GURUGRAM', 'Kaṭihār'")
        void diacritics() {
            assumeGeography();
            assertEquals(GURUGRAM, uris(api.search("q", "Gurugrām")).getFirst());
            assertEquals(GURUGRAM, uris(api.search("q", "GURUGRAM")).getFirst());
            assertEquals(
                    KATIHAR,
                    uris(api.search("q", "Kaṭihār", "type", "district")).getFirst());
        }

        @Test
        @DisplayName("a common spelling variant ('Purnea' for Purnia) finds the district")
        void spellingVariant() {
            assumeGeography();
            assertEquals(
                    BASE + "id/district/214",
                    uris(api.search("q", "Purnea", "type", "district")).getFirst());
        }

        @Test
        @DisplayName("a dataset is found by the name of a district it covers, also under its former name")
        void datasetsByPlace() {
            assumeGeography();
            assertTrue(uris(api.search("q", "Gurgaon", "type", "dataset", "size", "50"))
                    .contains(VIOLATIONS_DATASET));
        }
    }

    @Nested
    @DisplayName("Ranking and query syntax")
    class Ranking {
        @Test
        @DisplayName("a title match ranks above matches in descriptions only (among concepts, one ranking tier)")
        void titleFirst() {
            JsonNode r = api.search("q", "trafficking", "type", "concept", "size", "50");
            List<String> t = titles(r);
            assertTrue(t.getFirst().toLowerCase().contains("trafficking"), t.toString());
            int lastTitleMatch = -1;
            int firstOther = Integer.MAX_VALUE;
            for (int i = 0; i < t.size(); i++) {
                if (t.get(i).toLowerCase().contains("trafficking")) {
                    lastTitleMatch = i;
                } else {
                    firstOther = Math.min(firstOther, i);
                }
            }
            assertTrue(lastTitleMatch < firstOther, "title matches " + t);
        }

        @Test
        @DisplayName("'Wage theft' finds the concept of that name first among concepts")
        void exactTitleFirst() {
            assertEquals(
                    WAGE_THEFT,
                    uris(api.search("q", "Wage theft", "type", "concept")).getFirst());
        }

        @Test
        @DisplayName("a quoted phrase needs its words in order; unquoted words do not")
        void phrase() {
            JsonNode phrase = api.search("q", "\"wage theft\"", "size", "50");
            assertTrue(uris(phrase).contains(WAGE_THEFT));
            assertEquals(0, api.search("q", "\"theft wage\"").path("total").asLong());
            assertTrue(api.search("q", "theft wage").path("total").asLong()
                    >= phrase.path("total").asLong());
        }

        @Test
        @DisplayName("all words must match, '-word' excludes, 'a | b' is either")
        void operators() {
            long wages = api.search("q", "wages").path("total").asLong();
            long both = api.search("q", "wages trafficking").path("total").asLong();
            long notTrafficking =
                    api.search("q", "wages -trafficking").path("total").asLong();
            long either = api.search("q", "wages | trafficking").path("total").asLong();
            assertTrue(both > 0 && both < wages, both + " of " + wages);
            assertEquals(wages, both + notTrafficking);
            assertTrue(either > wages);
        }

        @Test
        @DisplayName("'traff*' is a prefix query")
        void prefixOperator() {
            assertTrue(uris(api.search("q", "traff*", "size", "50")).contains(BASE + "code/theme/trafficking"));
        }
    }

    @Nested
    @DisplayName("Typo tolerance")
    class Typos {
        @Test
        @DisplayName("'trafficing' (one letter missing) finds Trafficking and marks the word in snippets")
        void oneEditAway() {
            JsonNode r = api.search("q", "trafficing", "size", "50");
            assertTrue(uris(r).contains(BASE + "code/theme/trafficking"), r.toString());
            assertTrue(
                    SearchApi.field(r, "snippet").stream()
                            .anyMatch(s -> s.toLowerCase().contains("<mark>trafficking</mark>")),
                    r.toString());
        }

        @Test
        @DisplayName("an exact match ranks above a near one: 'wages' puts 'Wages' above words one edit away")
        void exactBeatsNear() {
            assertEquals(
                    WAGES_THEME,
                    uris(api.search("q", "wages", "type", "concept")).getFirst());
        }

        @Test
        @DisplayName("words of four letters or fewer are not fuzzed: 'wagr' finds nothing, 'wage' finds plenty")
        void shortWordsAreExact() {
            assertEquals(0, api.search("q", "wagr").path("total").asLong());
            assertTrue(api.search("q", "wage").path("total").asLong() > 0);
        }

        @Test
        @DisplayName("two typos are too many: 'trafiking' finds nothing")
        void twoEditsAway() {
            assertEquals(0, api.search("q", "trafiking").path("total").asLong());
        }
    }

    @Nested
    @DisplayName("Typeahead (/api/suggest)")
    class Typeahead {
        @Test
        @DisplayName("'gurg' suggests Gurugram")
        void districtPrefix() {
            assumeGeography();
            JsonNode s = api.suggest("gurg").path("suggestions");
            assertEquals(GURUGRAM, s.get(0).path("uri").asString(), s.toString());
            assertEquals("district", s.get(0).path("type").asString());
        }

        @Test
        @DisplayName("every word must start a title word; the last may be unfinished ('rights vio')")
        void multiWordPrefix() {
            JsonNode s = api.suggest("rights vio").path("suggestions");
            assertTrue(s.size() >= 2, s.toString());
            s.forEach(x -> {
                String t = x.path("title").asString().toLowerCase();
                assertTrue(t.contains("rights") && t.contains("vio"), t);
            });
        }

        @Test
        @DisplayName("a Hindi prefix ('मज़') suggests the wages theme")
        void hindiPrefix() {
            List<String> u = new ArrayList<>();
            api.suggest("मज़")
                    .path("suggestions")
                    .forEach(x -> u.add(x.path("uri").asString()));
            assertTrue(u.contains(WAGES_THEME), u.toString());
        }

        @Test
        @DisplayName("an empty prefix suggests nothing")
        void emptyPrefix() {
            assertEquals(0, api.suggest(" ").path("suggestions").size());
        }
    }

    @Nested
    @DisplayName("Listing and pages")
    class Listing {
        @Test
        @DisplayName("an empty query lists everything, most recently changed first")
        void emptyQueryListsRecent() {
            JsonNode r = api.search("size", "20");
            assertEquals(
                    api.search("q", "*").path("total").asLong(), r.path("total").asLong());
            List<String> modified = SearchApi.field(r, "modified");
            assertTrue(modified.stream().limit(5).noneMatch(m -> m.isEmpty() || m.equals("null")), modified.toString());
            List<String> dated = modified.stream()
                    .filter(m -> !m.isEmpty() && !m.equals("null"))
                    .toList();
            List<String> sorted = new ArrayList<>(dated);
            sorted.sort((a, b) -> java.time.Instant.parse(b).compareTo(java.time.Instant.parse(a)));
            assertEquals(sorted, dated);
            String newest = api.sparqlValue("""
                    PREFIX dct: <http://purl.org/dc/terms/>
                    SELECT (MAX(?m) AS ?max) { GRAPH ?s { ?s dct:modified ?m } }""");
            assertEquals(java.time.OffsetDateTime.parse(newest).toInstant(), java.time.Instant.parse(dated.getFirst()));
        }

        @Test
        @DisplayName("page 2 follows page 1 without overlap and the total stays the same")
        void pagination() {
            JsonNode p1 = api.search("q", "migrant", "size", "5", "page", "1");
            JsonNode p2 = api.search("q", "migrant", "size", "5", "page", "2");
            JsonNode both = api.search("q", "migrant", "size", "10", "page", "1");
            assertTrue(p1.path("total").asLong() > 10, p1.path("total").toString());
            assertEquals(p1.path("total"), p2.path("total"));
            assertEquals(p1.path("facets"), p2.path("facets"));
            Set<String> overlap = new HashSet<>(uris(p1));
            overlap.retainAll(uris(p2));
            assertTrue(overlap.isEmpty(), overlap.toString());
            List<String> joined = new ArrayList<>(uris(p1));
            joined.addAll(uris(p2));
            assertEquals(uris(both), joined);
            assertEquals(2, p2.path("page").asInt());
        }

        @Test
        @DisplayName("a page past the end is empty but keeps the total")
        void pastTheEnd() {
            JsonNode r = api.search("q", "wages", "page", "50");
            assertEquals(0, r.path("hits").size());
            assertEquals(api.search("q", "wages").path("total"), r.path("total"));
        }

        @Test
        @DisplayName(
                "hits carry uri, type, title, snippet, org, themes, districts, states, period and labels name facet values")
        void hitShape() {
            JsonNode r = api.search("q", "wage theft", "type", "dataset");
            JsonNode h = SearchApi.hit(r, VIOLATIONS_DATASET);
            assertEquals("dataset", h.path("type").asString());
            assertEquals("mrc-alliance", h.path("org").asString());
            assertTrue(h.path("title").asString().startsWith("Rights violations"));
            assertEquals("2023-01-01", h.path("period").path("start").asString());
            assertEquals("2024-12-31", h.path("period").path("end").asString());
            assertFalse(h.path("snippet").asString().isEmpty());
            assertEquals(
                    "Corridor Alliance of Migrant Rights Centres",
                    r.path("labels").path("org").path("mrc-alliance").asString());
        }

        @Test
        @DisplayName("snippets escape HTML in the text and keep only the <mark> tags")
        void snippetsAreEscaped() {
            JsonNode r = api.search("q", "alliance", "size", "50");
            List<String> snippets = SearchApi.field(r, "snippet");
            assertTrue(snippets.stream().anyMatch(s -> s.contains("alliance&#x27;s")), snippets.toString());
            for (String s : snippets) {
                assertFalse(s.replace("<mark>", "").replace("</mark>", "").contains("<"), s);
                assertFalse(s.contains("'"), s);
            }
        }
    }
}
