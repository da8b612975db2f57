package org.pravasi.portal.workspace;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pravasi.ontology.CodeLists;
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
     */
    record Option(String value, String label) {}

    /** Every district with its state, by label; empty when the node has no reference geography. */
    List<Option> districts(String lang) {
        return store.read(() -> {
            List<PlaceTexts> places = new CatalogTexts(store).places();
            Map<String, String> states = new HashMap<>();
            places.stream().filter(p -> !p.district()).forEach(p -> states.put(p.code(), name(p, lang)));
            return places.stream()
                    .filter(PlaceTexts::district)
                    .map(p -> new Option(
                            p.code(),
                            name(p, lang)
                                    + p.state()
                                            .map(st -> ", " + states.getOrDefault(st, st))
                                            .orElse("")))
                    .sorted(Comparator.comparing(Option::label))
                    .toList();
        });
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
