package org.pravasi.portal.explore;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds the areas of a dataset that an {@code area} parameter names: an LGD code ({@code 201}; {@code state:10} or
 * {@code district:201} where codes of both levels could be meant), or a name in English or Hindi, matched against the
 * store's names and, failing that, against the search index's names (other spellings, former names).
 */
final class AreaMatch {
    /** Most names listed in an error message. */
    private static final int EXAMPLES = 6;

    private AreaMatch() {}

    /**
     * The area {@code query} names among {@code areas}; {@code search} gives the URIs of places the search index finds
     * for a name, best first.
     */
    static Exploration.Area find(String query, Collection<AreaInfo> areas, Function<String, List<String>> search) {
        String q = query.strip();
        if (q.isEmpty() || q.length() > 200) {
            throw new BadSelection("area", "area must be an LGD code or a place name of 1 to 200 characters.");
        }
        boolean districts = areas.stream().anyMatch(AreaInfo::district);
        String level = "";
        String code = q;
        int colon = q.indexOf(':');
        if (colon > 0 && q.substring(colon + 1).matches("[0-9]{1,6}")) {
            level = q.substring(0, colon).toLowerCase(Locale.ROOT);
            code = q.substring(colon + 1);
            if (!level.equals("district") && !level.equals("state")) {
                throw new BadSelection("area", "\"" + q + "\": write district:CODE or state:CODE, or a bare LGD code.");
            }
        }
        if (code.matches("[0-9]{1,6}")) {
            String c = code.replaceFirst("^0+(?=.)", "");
            if (!level.equals("state")) {
                for (AreaInfo a : areas) {
                    if (a.code().equals(c) && (a.district() || !districts)) {
                        return one(q, a);
                    }
                }
            }
            if (!level.equals("district")) {
                List<AreaInfo> in = areas.stream()
                        .filter(a -> a.district() && a.stateCode().equals(c))
                        .toList();
                if (!in.isEmpty()) {
                    return state(q, in);
                }
            }
            throw new BadSelection("area", "No area of this dataset has the LGD code " + q + ". " + examples(areas));
        }
        String name = normal(q);
        Set<AreaInfo> named = new LinkedHashSet<>();
        List<AreaInfo> inState = new ArrayList<>();
        for (AreaInfo a : areas) {
            if (a.names().stream().anyMatch(n -> normal(n).equals(name))) {
                named.add(a);
            }
            if (a.district() && a.stateNames().stream().anyMatch(n -> normal(n).equals(name))) {
                inState.add(a);
            }
        }
        if (named.size() > 1) {
            throw new BadSelection(
                    "area",
                    "\"" + q + "\" names " + named.size() + " areas of this dataset: use its LGD code, one of "
                            + String.join(
                                    ", ",
                                    named.stream()
                                            .map(a -> a.code() + " ("
                                                    + a.stateNames().stream()
                                                            .findFirst()
                                                            .orElse(a.state()) + ")")
                                            .toList())
                            + ".");
        }
        if (named.size() == 1) {
            return one(q, named.iterator().next());
        }
        if (!inState.isEmpty()) {
            return state(q, inState);
        }
        for (String uri : search.apply(q)) {
            for (AreaInfo a : areas) {
                if (a.uri().equals(uri)) {
                    return one(q, a);
                }
            }
            List<AreaInfo> in =
                    areas.stream().filter(a -> a.state().equals(uri)).toList();
            if (!in.isEmpty()) {
                return state(q, in);
            }
        }
        throw new BadSelection("area", "No area of this dataset is called \"" + q + "\". " + examples(areas));
    }

    private static Exploration.Area one(String query, AreaInfo a) {
        return new Exploration.Area(
                query,
                a.uri(),
                a.names().isEmpty() ? a.code() : a.names().get(0),
                a.district() ? "district" : "state",
                List.of(a.uri()));
    }

    private static Exploration.Area state(String query, List<AreaInfo> in) {
        AreaInfo first = in.get(0);
        return new Exploration.Area(
                query,
                first.state(),
                first.stateNames().isEmpty()
                        ? first.stateCode()
                        : first.stateNames().get(0),
                "state",
                in.stream().map(AreaInfo::uri).toList());
    }

    private static String examples(Collection<AreaInfo> areas) {
        List<String> names = areas.stream()
                .limit(EXAMPLES)
                .map(a -> (a.names().isEmpty() ? "" : a.names().get(0) + " ") + "(" + a.code() + ")")
                .toList();
        return "Use an LGD code or a name of one of its " + areas.size() + " areas, e.g. " + String.join(", ", names)
                + ", or a state's name.";
    }

    /** Case, width and spacing folded, so that "katihar", "KATIHAR" and " Katihar " match. */
    static String normal(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC)
                .strip()
                .replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }
}
