package org.pravasi.registry.story;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pravasi.registry.disclosure.PublicFigure;
import org.pravasi.registry.ingest.CodedValues;
import org.pravasi.registry.ingest.DescriptorReader;
import org.pravasi.registry.ingest.Finding;
import org.pravasi.registry.ingest.Parsed;

/**
 * Reads a story file: a front matter of flat {@code key: value} lines (lists as {@code [a, b]}) between two {@code ---}
 * lines, then the Markdown body.
 */
public final class StoryReader {
    /** Largest story accepted. */
    public static final int MAX_BYTES = 256 * 1024;

    private static final Set<String> KEYS =
            Set.of("title", "language", "date", "districts", "themes", "summary", "illustrative", "publicFigures");

    private StoryReader() {}

    /** Parses {@code bytes} (UTF-8) named {@code file}; the slug is the file name without {@code .md}. */
    public static Parsed<Story> read(String file, byte[] bytes) {
        List<Finding> findings = new ArrayList<>();
        String name = file.substring(file.lastIndexOf('/') + 1).replaceFirst("\\.md$", "");
        if (!DescriptorReader.SLUG.matcher(name).matches()) {
            findings.add(Finding.error(
                    file,
                    "",
                    "The file name '" + name + "' is not a valid story slug.",
                    "Name the file like 'wage-recovery-camp.md' (lowercase, digits, hyphens)."));
        }
        if (bytes.length > MAX_BYTES) {
            findings.add(Finding.error(
                    file,
                    "",
                    "The story is larger than " + MAX_BYTES / 1024 + " KiB.",
                    "Shorten it or split it into several stories."));
            return Parsed.failed(findings);
        }
        String text = new String(bytes, StandardCharsets.UTF_8).replace("\r\n", "\n");
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (!text.startsWith("---\n") || text.indexOf("\n---\n", 3) < 0) {
            findings.add(
                    Finding.error(
                            file,
                            1,
                            "",
                            "",
                            "The story has no front matter.",
                            "Start the file with '---', the fields (title, language, date, districts, themes, summary), and '---'."));
            return Parsed.failed(findings);
        }
        int end = text.indexOf("\n---\n", 3);
        Map<String, String> fields = new LinkedHashMap<>();
        String[] lines = text.substring(4, end).split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(':');
            String key = colon < 0 ? line.strip() : line.substring(0, colon).strip();
            if (colon < 0 || !KEYS.contains(key)) {
                findings.add(Finding.error(
                        file,
                        i + 2,
                        key,
                        "",
                        "Unknown or malformed front-matter line.",
                        "Use 'key: value' with keys " + KEYS + "."));
                continue;
            }
            fields.put(key, line.substring(colon + 1).strip());
        }
        String body = text.substring(end + 5).strip();
        String title = required(file, fields, "title", findings);
        String language = fields.getOrDefault("language", "en");
        if (!language.matches("[a-z]{2}")) {
            findings.add(Finding.error(
                    file,
                    0,
                    "language",
                    language,
                    "The language must be a two-letter code.",
                    "Write 'language: en' or 'language: hi'."));
        }
        LocalDate date = null;
        try {
            date = LocalDate.parse(required(file, fields, "date", findings));
        } catch (DateTimeParseException e) {
            findings.add(Finding.error(
                    file,
                    0,
                    "date",
                    fields.get("date"),
                    "The date is not a calendar date.",
                    "Write it as 2024-05-10."));
        }
        if (body.isEmpty()) {
            findings.add(Finding.error(
                    file,
                    0,
                    "",
                    "",
                    "The story has no text after the front matter.",
                    "Write the story in Markdown below the second '---'."));
        }
        List<PublicFigure> publicFigures = publicFigures(file, fields.get("publicFigures"), findings);
        if (findings.stream().anyMatch(Finding::isError)) {
            return Parsed.failed(findings);
        }
        return Parsed.of(
                new Story(
                        name,
                        title,
                        language,
                        date,
                        list(fields.get("districts")),
                        list(fields.get("themes")),
                        fields.getOrDefault("summary", ""),
                        Boolean.parseBoolean(fields.getOrDefault("illustrative", "false")),
                        body,
                        publicFigures),
                findings);
    }

    private static String required(String file, Map<String, String> fields, String key, List<Finding> findings) {
        String v = fields.getOrDefault(key, "");
        if (v.isEmpty()) {
            findings.add(Finding.error(
                    file, 0, key, "", "The front matter has no '" + key + "'.", "Add a line '" + key + ": …'."));
        }
        return v;
    }

    /** {@code publicFigures: [3 women aged 16-17 = https://…, …]}: each phrase with the URL of its public source. */
    private static List<PublicFigure> publicFigures(String file, String v, List<Finding> findings) {
        List<PublicFigure> out = new ArrayList<>();
        List<String> entries = list(v);
        if (entries.size() > PublicFigure.MAX_DECLARED) {
            findings.add(Finding.error(
                    file,
                    0,
                    "publicFigures",
                    "",
                    "The front matter declares " + entries.size() + " public figures; at most "
                            + PublicFigure.MAX_DECLARED + " may be declared.",
                    "Declare only the counts of people the story quotes that were already published elsewhere, one"
                            + " 'phrase = URL' each."));
            return out;
        }
        for (int i = 0; i < entries.size(); i++) {
            String entry = entries.get(i);
            int eq = entry.indexOf(" = ");
            String phrase = eq < 0 ? "" : entry.substring(0, eq).strip();
            String source = eq < 0 ? "" : entry.substring(eq + 3).strip();
            Optional<String> problem = CodedValues.webIriProblem(source);
            if (phrase.isEmpty() || phrase.length() > PublicFigure.MAX_PHRASE || problem.isPresent()) {
                findings.add(
                        Finding.error(
                                file,
                                0,
                                "publicFigures",
                                "",
                                "Public figure " + (i + 1) + " needs a phrase and the"
                                        + " http(s) URL of its public source"
                                        + problem.map(p -> ": " + p).orElse("."),
                                "Write 'publicFigures: [3 women aged 16-17 = https://…]', one 'phrase = URL' per figure already published elsewhere."));
            } else {
                out.add(new PublicFigure(phrase, source));
            }
        }
        return out;
    }

    private static List<String> list(String v) {
        if (v == null || v.isBlank()) {
            return List.of();
        }
        String inner = v.strip().replaceFirst("^\\[", "").replaceFirst("]$", "");
        return Arrays.stream(inner.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
