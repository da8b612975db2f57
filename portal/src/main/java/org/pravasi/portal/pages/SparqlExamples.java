package org.pravasi.portal.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The example queries of the SPARQL page, read from {@code sparql-examples/} on the classpath: {@code index.txt} lists
 * the files in order; each file starts with comment lines {@code # title: ...}, {@code # title@hi: ...}, {@code #
 * description: ...} (and optionally {@code # description@hi: ...}), then the query.
 */
final class SparqlExamples {
    /** The folder on the classpath. */
    static final String FOLDER = "sparql-examples/";

    /**
     * One example.
     *
     * @param file its file name
     * @param title English title
     * @param titleHi Hindi title (English when missing)
     * @param description English description
     * @param descriptionHi Hindi description (English when missing)
     * @param query the query text without the header comments
     */
    record Example(String file, String title, String titleHi, String description, String descriptionHi, String query) {
        /** The title in {@code lang}. */
        String title(String lang) {
            return lang.equals("hi") ? titleHi : title;
        }

        /** The description in {@code lang}. */
        String description(String lang) {
            return lang.equals("hi") ? descriptionHi : description;
        }
    }

    private SparqlExamples() {}

    /** Every example listed in the index, in order. */
    static List<Example> load() {
        List<Example> out = new ArrayList<>();
        for (String line : read("index.txt").split("\\R")) {
            String file = line.strip();
            if (!file.isEmpty() && !file.startsWith("#")) {
                out.add(parse(file, read(file)));
            }
        }
        return List.copyOf(out);
    }

    /** Parses one example file. */
    static Example parse(String file, String text) {
        String title = "";
        String titleHi = "";
        String description = "";
        String descriptionHi = "";
        List<String> lines = List.of(text.split("\\R", -1));
        int i = 0;
        for (; i < lines.size(); i++) {
            String l = lines.get(i);
            if (!l.startsWith("#")) {
                break;
            }
            String body = l.substring(1).strip();
            int colon = body.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = body.substring(0, colon).strip();
            String value = body.substring(colon + 1).strip();
            switch (key) {
                case "title" -> title = value;
                case "title@hi" -> titleHi = value;
                case "description" -> description = value;
                case "description@hi" -> descriptionHi = value;
                default -> {}
            }
        }
        if (title.isEmpty()) {
            throw new IllegalStateException(
                    FOLDER + file + " has no '# title: ...' line at the top; add one (and '# title@hi: ...').");
        }
        String query = String.join("\n", lines.subList(i, lines.size())).strip() + "\n";
        return new Example(
                file,
                title,
                titleHi.isEmpty() ? title : titleHi,
                description,
                descriptionHi.isEmpty() ? description : descriptionHi,
                query);
    }

    private static String read(String name) {
        try (InputStream in = SparqlExamples.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException(
                        "Missing " + FOLDER + name + " on the classpath (listed in " + FOLDER + "index.txt?)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + FOLDER + name, e);
        }
    }
}
