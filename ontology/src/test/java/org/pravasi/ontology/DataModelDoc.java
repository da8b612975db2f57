package org.pravasi.ontology;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/** Reads docs/data-model.md, the contract: the code-list table and the pv: terms it names. */
final class DataModelDoc {
    private static final Path PATH = Path.of("..", "docs", "data-model.md");
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z0-9-]+)` \\| (.+) \\|$", Pattern.MULTILINE);
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern PV_TERM = Pattern.compile("`pv:([A-Za-z0-9]+)`");

    private DataModelDoc() {}

    /** The text of docs/data-model.md; skips the test when the module is built outside the repository. */
    static String text() {
        Assumptions.assumeTrue(Files.isRegularFile(PATH), "docs/data-model.md is not beside the ontology module");
        try {
            return Files.readString(PATH);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Scheme id to the notations listed for it in the "Code lists (SKOS)" table. */
    static Map<String, Set<String>> schemes() {
        String text = text();
        String section = text.substring(text.indexOf("## Code lists"), text.indexOf("## Vocabulary terms"));
        Map<String, Set<String>> schemes = new LinkedHashMap<>();
        Matcher row = ROW.matcher(section);
        while (row.find()) {
            Set<String> notations = new LinkedHashSet<>();
            Matcher code = CODE.matcher(row.group(2));
            while (code.find()) {
                notations.add(code.group(1));
            }
            schemes.put(row.group(1), notations);
        }
        return schemes;
    }

    /** Every pv: term the document names, e.g. {@code violationType}. */
    static Set<String> pvTerms() {
        Set<String> terms = new LinkedHashSet<>();
        Matcher m = PV_TERM.matcher(text());
        while (m.find()) {
            terms.add(m.group(1));
        }
        return terms;
    }
}
