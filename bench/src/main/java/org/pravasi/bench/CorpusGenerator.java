package org.pravasi.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a whole publishing corpus in the layout of {@code datasets/} (one folder per organisation with
 * {@code organisation.json}, dataset CSVs with descriptors, and {@code stories/*.md}), so that a portal started with
 * {@code --datasets DIR} publishes all of it through its own pipeline on first start. Deterministic by seed.
 */
final class CorpusGenerator {
    /** Quarters 2018-Q1 to 2026-Q4: the period range of every generated dataset. */
    static final int FIRST_YEAR = 2018;

    static final int LAST_YEAR = 2026;
    private static final String[] THEMES = {
        "wages",
        "legal-aid",
        "forced-labour",
        "social-security",
        "helpline",
        "financial-inclusion",
        "gender",
        "food-security",
        "services",
        "registration",
        "best-practice"
    };

    private CorpusGenerator() {}

    /**
     * Writes {@code orgs} organisations, {@code datasets} datasets sharing {@code observations} between them (each at
     * most districts × 36 quarters × 12 violation types × 3 genders), and {@code stories} stories, half in Hindi,
     * written in {@code text}.
     */
    static void write(
            Path dir,
            int orgs,
            int datasets,
            long observations,
            int stories,
            StoryWords.Text text,
            long seed,
            List<String> districts)
            throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        long perDataset = Math.max(1, observations / Math.max(1, datasets));
        long capacity = (long) districts.size()
                * 4
                * (LAST_YEAR - FIRST_YEAR + 1)
                * DataGenerator.VIOLATIONS.length
                * DataGenerator.GENDERS.length;
        if (datasets > 0 && perDataset > capacity) {
            throw new IllegalArgumentException(observations + " observations over " + datasets + " datasets is "
                    + perDataset + " per dataset, more than the " + capacity
                    + " cells of one dataset (districts × quarters 2018–2026 × violation × gender): use --datasets "
                    + (observations + capacity - 1) / capacity + " or more");
        }
        for (int o = 1; o <= orgs; o++) {
            Path orgDir = Files.createDirectories(dir.resolve(org(o)).resolve("stories"));
            Files.writeString(
                    orgDir.getParent().resolve("organisation.json"),
                    """
                    {"slug": "%s", "name": {"en": "Benchmark publisher %d", "hi": "बेंचमार्क प्रकाशक %d"},
                     "description": {"en": "A generated publisher for benchmarks. Not a real organisation."},
                     "illustrative": true}
                    """.formatted(org(o), o, o),
                    StandardCharsets.UTF_8);
        }
        for (int d = 1; d <= datasets; d++) {
            Path orgDir = dir.resolve(org(1 + (d - 1) % orgs));
            String slug = "generated-" + d;
            long written = DataGenerator.write(orgDir.resolve(slug + ".csv"), perDataset, random.nextLong(), districts);
            Files.writeString(
                    orgDir.resolve(slug + ".json"),
                    DataGenerator.descriptor(org(1 + (d - 1) % orgs), slug, written),
                    StandardCharsets.UTF_8);
        }
        StoryWords english = StoryWords.of(text, false);
        StoryWords hindi = StoryWords.of(text, true);
        for (int s = 1; s <= stories; s++) {
            Path file = dir.resolve(org(1 + (s - 1) % orgs)).resolve("stories").resolve("story-" + s + ".md");
            Files.writeString(
                    file, story(random, s % 2 == 0 ? hindi : english, s % 2 == 0, districts), StandardCharsets.UTF_8);
        }
    }

    private static String org(int o) {
        return "bench-org-" + o;
    }

    private static String story(SplittableRandom r, StoryWords words, boolean hindi, List<String> districts) {
        LocalDate date = LocalDate.of(FIRST_YEAR, 1, 1).plusDays(r.nextInt(365 * 9));
        StringBuilder body = new StringBuilder();
        for (int p = 0; p < 4; p++) {
            for (int w = 0; w < 60; w++) {
                body.append(words.next(r)).append(w % 12 == 11 ? ". " : " ");
            }
            body.append("\n\n");
        }
        return """
                ---
                title: %s
                language: %s
                date: %s
                districts: [%s, %s]
                themes: [%s, %s]
                summary: %s
                illustrative: true
                ---
                %s""".formatted(
                        phrase(r, words, 6),
                        hindi ? "hi" : "en",
                        date,
                        districts.get(r.nextInt(districts.size())),
                        districts.get(r.nextInt(districts.size())),
                        THEMES[r.nextInt(THEMES.length)],
                        "best-practice",
                        phrase(r, words, 20),
                        body);
    }

    static String phrase(SplittableRandom r, StoryWords words, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : " ").append(words.next(r));
        }
        return b.toString();
    }
}
