package org.pravasi.portal.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.pravasi.registry.catalog.CatalogTexts;
import org.pravasi.registry.catalog.ConceptTexts;

/**
 * Reads the concepts of the SKOS code lists into index entries, each with its scheme and the datasets that use it; the
 * {@code _T} totals are left out.
 */
final class ConceptEntries {
    /** The path of a dataset's explorer (built in parallel: {@code /explore/{org}/{slug}}). */
    static final String EXPLORE = "/explore/";

    private static final String THEME_SCHEME = "theme";
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9_.-]{1,64}/[A-Za-z0-9_.-]{1,64}");

    private final CatalogTexts texts;

    ConceptEntries(CatalogTexts texts) {
        this.texts = texts;
    }

    List<IndexEntry> all() {
        List<IndexEntry> out = new ArrayList<>();
        texts.concepts().forEach(c -> read(c).ifPresent(out::add));
        return out;
    }

    private static Optional<IndexEntry> read(ConceptTexts c) {
        if (c.total() || c.prefLabels().isEmpty()) {
            return Optional.empty();
        }
        IndexEntry.Builder e = IndexEntry.builder(c.uri(), EntryType.CONCEPT).key(c.schemeId() + ":" + c.notation());
        Text.all(c.prefLabels()).forEach(e::title);
        Text.all(c.altLabels()).forEach(e::title);
        Text.all(c.definitions()).forEach(e::body);
        Text.all(c.schemeLabels()).forEach(e::tag);
        e.tag(Text.en(c.notation().replace('-', ' ')));
        if (THEME_SCHEME.equals(c.schemeId())) {
            e.theme(c.notation());
        }
        e.language("en").language("hi");
        List<ConceptUses.Use> uses = c.uses().stream()
                .map(u -> new ConceptUses.Use(u.dataset(), Text.all(u.titles()), explore(u, c.notation())))
                .toList();
        e.concept(new ConceptUses(Text.all(c.schemeLabels()), uses));
        return Optional.of(e.build());
    }

    /** The explorer of the dataset filtered by the concept; empty when it uses the concept as a theme only. */
    static String explore(ConceptTexts.Use use, String notation) {
        Optional<String> id = use.identifier().filter(i -> IDENTIFIER.matcher(i).matches());
        if (use.dimension().isEmpty() || id.isEmpty()) {
            return "";
        }
        return EXPLORE + id.get() + "?" + encode(use.dimension().get()) + "=" + encode(notation);
    }

    private static String encode(String v) {
        return URLEncoder.encode(v, StandardCharsets.UTF_8);
    }
}
