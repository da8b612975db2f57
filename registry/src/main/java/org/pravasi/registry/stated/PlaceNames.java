package org.pravasi.registry.stated;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pravasi.ontology.PravasiUris;
import org.pravasi.registry.places.PlaceAliases;

/**
 * The names people write for India's states and districts, shipped with the product so that a node without the
 * reference geography still finds them in text: LGD's English names (GODL-India, December 2022), the Hindi names the
 * workspace and the geography use, and the former names and common spellings of {@link PlaceAliases}. Keyed by the
 * place's IRI.
 */
public final class PlaceNames {
    private final Map<String, List<String>> names;

    private PlaceNames(Map<String, List<String>> names) {
        this.names = names;
    }

    /** Reads the shipped tables. */
    public static PlaceNames shipped() {
        Map<String, List<String>> out = new HashMap<>();
        for (String[] r : rows(PlaceNames.class, "place-names-en.csv", 3)) {
            String iri = r[0].equals("state") ? PravasiUris.state(r[1]) : PravasiUris.district(r[1]);
            List<String> list = out.computeIfAbsent(iri, x -> new ArrayList<>());
            list.add(r[2]);
            list.addAll(PlaceAliases.of(r[2]));
        }
        for (String[] r : rows(PlaceAliases.class, "/org/pravasi/registry/workspace/district-names-hi.csv", 2)) {
            out.computeIfAbsent(PravasiUris.district(r[0]), x -> new ArrayList<>())
                    .add(r[1]);
        }
        for (String[] r : rows(PlaceAliases.class, "/org/pravasi/ontology/geo/state-names-hi.csv", 2)) {
            out.computeIfAbsent(PravasiUris.state(r[0]), x -> new ArrayList<>()).add(r[1]);
        }
        Map<String, List<String>> frozen = new HashMap<>();
        out.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new PlaceNames(Map.copyOf(frozen));
    }

    /** The names of the place with this IRI; empty for one not in the tables. */
    public List<String> of(String iri) {
        return names.getOrDefault(iri, List.of());
    }

    private static List<String[]> rows(Class<?> anchor, String resource, int columns) {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the registry jar; rebuild it");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cells = line.split(",", columns);
                if (cells.length == columns) {
                    for (int i = 0; i < columns; i++) {
                        cells[i] = cells[i].strip();
                    }
                    out.add(cells);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
