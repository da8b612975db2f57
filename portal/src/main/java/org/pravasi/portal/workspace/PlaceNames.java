package org.pravasi.portal.workspace;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pravasi.registry.workspace.Gazetteer;
import org.pravasi.registry.workspace.Place;

/**
 * Districts and states as the workspace names them on a Hindi page: the Hindi names the reconciler itself matches
 * (every state of the geography; the districts of {@code district-names-hi.csv}, docs/workspace.md), English where it
 * has none. Built once per gazetteer.
 */
final class PlaceNames {
    private final Map<String, Place> districts = new HashMap<>();
    private final Map<String, String> districtsHi;
    private final Map<String, String> statesHi;
    /** The Hindi name of each English name that names one place, or several with the same Hindi name. */
    private final Map<String, String> byName = new HashMap<>();

    PlaceNames(Gazetteer g) {
        g.districts().forEach(d -> districts.put(d.lgd(), d));
        this.districtsHi = g.districtsHi();
        this.statesHi = g.statesHi();
        Map<String, Set<Optional<String>>> names = new HashMap<>();
        g.districts()
                .forEach(d -> names.computeIfAbsent(d.name(), n -> new HashSet<>())
                        .add(Optional.ofNullable(districtsHi.get(d.lgd()))));
        g.states()
                .forEach(s -> names.computeIfAbsent(s.name(), n -> new HashSet<>())
                        .add(Optional.ofNullable(statesHi.get(s.lgd()))));
        names.forEach((name, hi) -> {
            if (hi.size() == 1 && hi.iterator().next().isPresent()) {
                byName.put(name, hi.iterator().next().orElseThrow());
            }
        });
    }

    /**
     * The name of a candidate of {@code scope} ({@code district} or {@code state}) in {@code lang}: for a district its
     * Hindi name with its state's, e.g. {@code कटिहार (बिहार)}; {@code english} as given when the district has no Hindi
     * name (so that the whole label is English, marked as such), on English pages, and for other scopes.
     */
    String label(String scope, String lgd, String english, String lang) {
        if (!"hi".equals(lang)) {
            return english;
        }
        if (scope.equals("state")) {
            return statesHi.getOrDefault(lgd, english);
        }
        Place d = districts.get(lgd);
        if (!scope.equals("district") || d == null) {
            return english;
        }
        return Optional.ofNullable(districtsHi.get(lgd))
                .map(hi -> hi + " (" + statesHi.getOrDefault(d.stateLgd(), d.stateName()) + ")")
                .orElse(english);
    }

    /** The Hindi name of district {@code lgd}, when the gazetteer knows one. */
    Optional<String> districtHi(String lgd) {
        return Optional.ofNullable(districtsHi.get(lgd));
    }

    /** The Hindi name of state {@code lgd}, when the gazetteer knows one. */
    Optional<String> stateHi(String lgd) {
        return Optional.ofNullable(statesHi.get(lgd));
    }

    /** The Hindi name of a district or state given by its English name, or that name when none or several are known. */
    String hindi(String english) {
        return byName.getOrDefault(english, english);
    }
}
