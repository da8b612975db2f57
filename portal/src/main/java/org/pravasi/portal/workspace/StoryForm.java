package org.pravasi.portal.workspace;

import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.pravasi.registry.ingest.Finding;

/**
 * The story editor's form, and the story file it stands for: the same front matter and Markdown that
 * {@code StoryReader} reads, so the editor publishes through the story pipeline like a file would.
 *
 * @param slug the story's address part
 * @param isNew whether the officer is writing a new story (an existing slug is then refused, not replaced)
 * @param title headline
 * @param language {@code en} or {@code hi}
 * @param date publication date as typed ({@code 2024-05-10})
 * @param summary one sentence for listings
 * @param districts LGD codes picked
 * @param themes theme notations picked
 * @param body Markdown text
 * @param consents the consent boxes ticked ({@link #CONSENTS})
 * @param publicFigures counts of people declared already public, one {@code phrase = URL} each (the story file's
 *     {@code publicFigures}), kept through an edit
 */
record StoryForm(
        String slug,
        boolean isNew,
        String title,
        String language,
        String date,
        String summary,
        List<String> districts,
        List<String> themes,
        String body,
        List<String> consents,
        List<String> publicFigures) {
    /** The consent checklist: every box must be ticked to publish. */
    static final List<String> CONSENTS = List.of("names", "faces", "details", "recorded");

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,63}");
    /** A public figure as the story file's list can hold it: no comma or bracket, which would end the list entry. */
    private static final Pattern FIGURE = Pattern.compile("[^,\\[\\]]+ = [^,\\[\\]\\s]+");

    StoryForm {
        districts = List.copyOf(districts);
        themes = List.copyOf(themes);
        consents = List.copyOf(consents);
        publicFigures = List.copyOf(publicFigures);
    }

    /** The form as posted. */
    static StoryForm read(RoutingContext ctx) {
        var f = ctx.request().formAttributes();
        return new StoryForm(
                Optional.ofNullable(f.get("slug")).orElse("").strip(),
                "new".equals(f.get("mode")),
                line(f.get("title")),
                "hi".equals(f.get("language")) ? "hi" : "en",
                line(f.get("date")),
                line(f.get("summary")),
                codes(f.getAll("districts")),
                codes(f.getAll("themes")),
                Optional.ofNullable(f.get("body")).orElse("").replace("\r\n", "\n"),
                f.getAll("consent").stream()
                        .filter(CONSENTS::contains)
                        .distinct()
                        .toList(),
                f.getAll("publicFigures").stream()
                        .flatMap(String::lines)
                        .map(StoryForm::line)
                        .filter(v -> !v.isEmpty())
                        .toList());
    }

    /** Whether every consent box is ticked. */
    boolean consented() {
        return consents.containsAll(CONSENTS);
    }

    /**
     * Problems the story file cannot express: list values that are no code, and public figures that are no
     * {@code phrase = URL} or hold a comma or bracket (they would break the front matter).
     */
    List<Finding> formProblems() {
        List<Finding> out = new ArrayList<>();
        for (String d : districts) {
            if (!CODE.matcher(d).matches()) {
                out.add(Finding.error(
                        file(),
                        0,
                        "districts",
                        d,
                        "'" + d + "' is not a district code.",
                        "Pick districts from the list."));
            }
        }
        for (String t : themes) {
            if (!CODE.matcher(t).matches()) {
                out.add(Finding.error(
                        file(), 0, "themes", t, "'" + t + "' is not a theme.", "Pick themes from the list."));
            }
        }
        for (int i = 0; i < publicFigures.size(); i++) {
            String p = publicFigures.get(i);
            if (!FIGURE.matcher(p).matches()) {
                out.add(Finding.error(
                        file(),
                        0,
                        "publicFigures",
                        p,
                        "Public figure " + (i + 1) + " is not a phrase, ' = ' and the URL of its public source,"
                                + " or it has a comma or a bracket.",
                        "Write one figure a line, e.g. '3 women aged 16-17 = https://news.example.org/…', without"
                                + " commas or brackets."));
            }
        }
        return out;
    }

    /** The file name the pipeline sees. */
    String file() {
        return slug + ".md";
    }

    /** The story file: front matter then Markdown. Single-line fields were folded to one line on reading. */
    byte[] markdown(boolean illustrative) {
        StringBuilder sb = new StringBuilder("---\n");
        sb.append("title: ").append(title).append('\n');
        sb.append("language: ").append(language).append('\n');
        sb.append("date: ").append(date).append('\n');
        sb.append("districts: [").append(String.join(", ", districts)).append("]\n");
        sb.append("themes: [").append(String.join(", ", themes)).append("]\n");
        if (!summary.isEmpty()) {
            sb.append("summary: ").append(summary).append('\n');
        }
        if (!publicFigures.isEmpty()) {
            sb.append("publicFigures: [")
                    .append(String.join(", ", publicFigures))
                    .append("]\n");
        }
        sb.append("illustrative: ").append(illustrative).append('\n');
        sb.append("---\n").append(body).append('\n');
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The values picked; a typed list (where the node has no geography to pick from) may separate them by commas. */
    private static List<String> codes(List<String> values) {
        return values.stream()
                .flatMap(v -> Arrays.stream(v.split("[,\\s]+")))
                .filter(v -> !v.isEmpty())
                .distinct()
                .toList();
    }

    private static String line(String v) {
        return v == null ? "" : v.strip().replaceAll("\\s+", " ");
    }
}
