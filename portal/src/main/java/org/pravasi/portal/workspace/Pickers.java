package org.pravasi.portal.workspace;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pravasi.ontology.CodeLists;
import org.pravasi.portal.pages.Html;
import org.pravasi.registry.catalog.CatalogTexts;
import org.pravasi.registry.catalog.PlaceTexts;
import org.pravasi.registry.store.Store;

/** The lists officers pick from: districts of the reference geography and themes of the code lists. */
final class Pickers {
    private final Store store;
    private final CodeLists codes;

    Pickers(Store store, CodeLists codes) {
        this.store = store;
        this.codes = codes;
    }

    /**
     * A choice.
     *
     * @param value what the form sends (an LGD code, a notation)
     * @param label what the officer reads
     * @param lang {@code en} for a label left in English on a Hindi page, else {@code null}
     */
    record Option(String value, String label, String lang) {
        /** A choice whose label is in the page's language. */
        Option(String value, String label) {
            this(value, label, null);
        }
    }

    /** Every district with its state, by label; empty when the node has no reference geography. */
    List<Option> districts(String lang) {
        return store.read(() -> {
            List<PlaceTexts> places = new CatalogTexts(store).places();
            Map<String, PlaceTexts> states = new HashMap<>();
            places.stream().filter(p -> !p.district()).forEach(p -> states.put(p.code(), p));
            return places.stream()
                    .filter(PlaceTexts::district)
                    .map(p -> {
                        // A district named only in English is named with its state in English too, so that the
                        // whole option is English and can be marked so (an option cannot mark a part of itself).
                        String in = named(p, lang) ? lang : "en";
                        String label = name(p, in)
                                + p.state()
                                        .map(st -> ", "
                                                + Optional.ofNullable(states.get(st))
                                                        .map(s -> name(s, in))
                                                        .orElse(st))
                                        .orElse("");
                        return new Option(p.code(), label, Html.fallBackLang(label, lang));
                    })
                    .sorted(Comparator.comparing(Option::label))
                    .toList();
        });
    }

    private static boolean named(PlaceTexts p, String lang) {
        return p.names().stream().anyMatch(n -> n.lang().equals(lang));
    }

    private static String name(PlaceTexts p, String lang) {
        return p.names().stream()
                .filter(n -> n.lang().equals(lang))
                .findFirst()
                .or(() -> p.names().stream().findFirst())
                .map(CatalogTexts.LangText::value)
                .orElse(p.code());
    }

    /** The themes, by label. */
    List<Option> themes(String lang) {
        return codes.notations("theme").stream()
                .filter(n -> !n.equals("_T"))
                .map(n -> new Option(
                        n,
                        codes.concept("theme", n)
                                .flatMap(c -> codes.label(c, lang).or(() -> codes.label(c, "en")))
                                .orElse(n)))
                .sorted(Comparator.comparing(Option::label))
                .toList();
    }
}
