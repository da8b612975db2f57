package org.pravasi.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a realistic, deterministic (by seed) benchmark dataset: a CSV of violation cases by district, quarter (from
 * 2018-Q1 on), violation type and gender, and its descriptor. Counts follow a skewed distribution with zeros and small
 * counts, so disclosure control has real work to do.
 *
 * <p>Usage: {@code java -jar pravasi-bench.jar --observations 1000000 --seed 42 --out DIR [--districts districts.csv]
 * [--org bench-org]} for one dataset, or {@code --corpus DIR --orgs N --datasets M --observations TOTAL --stories S
 * [--text zipf|uniform]} for a whole publishing corpus ({@link CorpusGenerator}; {@link StoryWords} for the two kinds
 * of story text).
 */
public final class DataGenerator {
    static final String[] VIOLATIONS = {
        "wage-theft",
        "withheld-wages",
        "debt-bondage",
        "confiscated-documents",
        "restricted-movement",
        "physical-violence",
        "sexual-violence",
        "economic-violence",
        "trafficking",
        "unsafe-work",
        "denial-of-entitlements",
        "child-labour"
    };
    static final String[] GENDERS = {"female", "male", "other"};

    private DataGenerator() {}

    /** Runs the generator from the command line. */
    public static void main(String[] args) throws IOException {
        long n = Long.parseLong(arg(args, "--observations", "100000"));
        long seed = Long.parseLong(arg(args, "--seed", "42"));
        Path out = Path.of(arg(args, "--out", "bench/out"));
        String org = arg(args, "--org", "bench-org");
        String slug = arg(args, "--slug", "generated-" + n);
        List<String> districts = districts(arg(args, "--districts", ""));
        if (!arg(args, "--corpus", "").isEmpty()) {
            Path corpus = Path.of(arg(args, "--corpus", ""));
            CorpusGenerator.write(
                    corpus,
                    Integer.parseInt(arg(args, "--orgs", "4")),
                    Integer.parseInt(arg(args, "--datasets", "8")),
                    n,
                    Integer.parseInt(arg(args, "--stories", "100")),
                    text(arg(args, "--text", "zipf")),
                    seed,
                    districts);
            System.out.println("corpus in " + corpus);
            return;
        }
        Files.createDirectories(out);
        long written = write(out.resolve(slug + ".csv"), n, seed, districts);
        Files.writeString(out.resolve(slug + ".json"), descriptor(org, slug, written), StandardCharsets.UTF_8);
        System.out.println(written + " observations in " + out.resolve(slug + ".csv"));
    }

    /**
     * Writes up to {@code n} observations; returns how many were written. A table that ends within a first quarter
     * after its first year cannot be published (its first quarters follow from the totals of its years and financial
     * years): ask for whole years, 27,468 observations a quarter with the shipped 763 districts.
     */
    static long write(Path csv, long n, long seed, List<String> districts) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        long written = 0;
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("district,quarter,violation,gender,cases\n");
            outer:
            for (int year = CorpusGenerator.FIRST_YEAR; year <= 2040; year++) {
                for (int q = 1; q <= 4; q++) {
                    for (String d : districts) {
                        for (String v : VIOLATIONS) {
                            for (String g : GENDERS) {
                                if (written >= n) {
                                    break outer;
                                }
                                w.write(d + "," + year + "-Q" + q + "," + v + "," + g + "," + count(random) + "\n");
                                written++;
                            }
                        }
                    }
                }
            }
        }
        return written;
    }

    /** Mostly tens to hundreds, some zeros, a few small counts (about 4% in 1..9). */
    static long count(SplittableRandom r) {
        double u = r.nextDouble();
        if (u < 0.10) {
            return 0;
        }
        if (u < 0.14) {
            return 1 + r.nextInt(9);
        }
        return 10 + (long) Math.floor(Math.exp(r.nextDouble() * 6));
    }

    static List<String> districts(String file) throws IOException {
        List<String> out = new ArrayList<>();
        if (!file.isEmpty() && Files.isRegularFile(Path.of(file))) {
            for (String line : Files.readAllLines(Path.of(file))
                    .subList(1, Files.readAllLines(Path.of(file)).size())) {
                String[] cells = line.split(",");
                if (cells.length > 2 && cells[2].matches("\\d+")) {
                    out.add(cells[2]);
                }
            }
        }
        if (out.isEmpty()) {
            for (int i = 1; i <= 700; i++) {
                out.add(Integer.toString(i));
            }
        }
        return out;
    }

    static String descriptor(String org, String slug, long n) {
        return """
                {"slug": "%s", "publisher": "%s",
                 "title": {"en": "Generated benchmark data (%d observations)", "hi": "बेंचमार्क के लिए बनाया गया डेटा"},
                 "description": {"en": "Synthetic violation counts by district, quarter, violation type and gender, generated for benchmarks. Not real data."},
                 "licence": "https://creativecommons.org/licenses/by/4.0/", "themes": ["violations"], "illustrative": true,
                 "source": "Generated by pravasi-bench DataGenerator",
                 "columns": [{"name": "district", "role": "area", "level": "district"},
                             {"name": "quarter", "role": "period", "granularity": "quarter"},
                             {"name": "violation", "role": "dimension", "codeList": "violation-type"},
                             {"name": "gender", "role": "dimension", "codeList": "gender"},
                             {"name": "cases", "role": "measure", "measure": "cases"}]}
                """.formatted(slug, org, n);
    }

    static StoryWords.Text text(String name) {
        return switch (name) {
            case "zipf" -> StoryWords.Text.ZIPF;
            case "uniform" -> StoryWords.Text.UNIFORM;
            default ->
                throw new IllegalArgumentException(
                        "--text " + name + " is not a kind of story text; use zipf"
                                + " (natural word frequencies, the default) or uniform (45 domain words alike: the worst case)");
        };
    }

    static String arg(String[] args, String name, String dflt) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return dflt;
    }
}
