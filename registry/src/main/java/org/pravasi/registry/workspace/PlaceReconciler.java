package org.pravasi.registry.workspace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pravasi.registry.places.PlaceAliases;

/**
 * Districts and states to LGD codes. A value resolves only by an exact match after normalisation of an LGD code, a
 * current name, a known Hindi name, or a former name or common spelling from {@link PlaceAliases}; a name shared by
 * several places resolves only with a state (a state column, a state chosen for the file, or written beside the name,
 * {@code Aurangabad (Bihar)}); near names and transliterations are suggestions only. A leading article "the" counts for
 * nothing on either side: LGD writes "THE DADRA AND NAGAR HAVELI AND DAMAN AND DIU" and "THE NILGIRIS", people write
 * them with or without it.
 */
public final class PlaceReconciler {
    /** Suggestions offered for an unresolved value. */
    static final int SUGGESTIONS = 5;

    /** Least similarity for a suggestion. */
    static final double MIN_SUGGESTION = 0.6;

    /** The word "district" as partners write it around a name ("Katihar District", "Distt. Purnia", "जिला पटना"). */
    private static final Pattern DISTRICT_WORD = Pattern.compile(
            "(?iu)(?<![\\p{L}\\p{M}])(district|distt|dist|zila|zilla|jila|जिला|ज़िला|जनपद)(?![\\p{L}\\p{M}])\\.?");

    /** A leading article, as a whole word ("The Nilgiris", not "Theni"). */
    private static final Pattern LEADING_THE = Pattern.compile("(?iu)^\\s*the(?![\\p{L}\\p{M}\\p{N}])[\\s\\p{P}]*");

    private static final Pattern DIGITS = Pattern.compile("0*([1-9][0-9]{0,5})");
    private static final Pattern WITH_STATE = Pattern.compile("(.+?)\\s*(?:,|\\(|-)\\s*([^,()]+?)\\)?\\s*");
    // spotless:off
    private static final Map<String, String> STATE_SHORT_FORMS = Map.of(
            "UP", "UTTAR PRADESH", "MP", "MADHYA PRADESH", "HP", "HIMACHAL PRADESH", "WB", "WEST BENGAL",
            "AP", "ANDHRA PRADESH", "JK", "JAMMU AND KASHMIR", "NCT", "DELHI", "NCTOFDELHI", "DELHI");
    // spotless:on

    private final Gazetteer gazetteer;
    private final Map<String, List<Hit>> districts = new HashMap<>();
    private final Map<String, List<Hit>> states = new HashMap<>();

    private record Hit(Place place, String why) {}

    /** Indexes the gazetteer's names. */
    public PlaceReconciler(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        for (Place d : gazetteer.districts()) {
            add(districts, d.name(), new Hit(d, "current name"));
        }
        for (Place d : gazetteer.districts()) {
            String hi = gazetteer.districtsHi().get(d.lgd());
            if (hi != null) {
                for (Place same : gazetteer.districts()) {
                    if (NameKey.of(same.name()).equals(NameKey.of(d.name()))) {
                        add(districts, hi, new Hit(same, "Hindi name of " + same.name()));
                    }
                }
            }
        }
        for (Place s : gazetteer.states()) {
            add(states, s.name(), new Hit(s, "current name"));
            Optional.ofNullable(gazetteer.statesHi().get(s.lgd()))
                    .ifPresent(hi -> add(states, hi, new Hit(s, "Hindi name of " + s.name())));
        }
        STATE_SHORT_FORMS.forEach((shortForm, name) -> gazetteer.states().stream()
                .filter(s -> PlaceAliases.key(s.name()).equals(PlaceAliases.key(name)))
                .forEach(s -> add(states, shortForm, new Hit(s, "common short form of " + s.name()))));
    }

    private static void add(Map<String, List<Hit>> index, String name, Hit hit) {
        List<Hit> hits = index.computeIfAbsent(key(name), k -> new ArrayList<>());
        if (hits.stream().noneMatch(h -> h.place().lgd().equals(hit.place().lgd()))) {
            hits.add(hit);
        }
    }

    /** The district {@code value} names, in the state with LGD code {@code stateLgd} when one is given. */
    public Reconciled district(String value, Optional<String> stateLgd) {
        Optional<Reconciled> tooLong = Reconciled.tooLong(value.strip(), "district name");
        if (tooLong.isPresent()) {
            return tooLong.get();
        }
        String v = value.strip();
        Matcher code = DIGITS.matcher(v);
        if (code.matches()) {
            return gazetteer.districts().stream()
                    .filter(d -> d.lgd().equals(code.group(1)))
                    .findFirst()
                    .map(d -> Reconciled.resolved(value, candidate(d, "LGD district code")))
                    .orElseGet(() -> Reconciled.unresolved(value, List.of(), "No district has LGD code " + v + "."));
        }
        List<Hit> hits = hits(districts, v, gazetteer.districts());
        String bare = DISTRICT_WORD.matcher(v).replaceAll(" ").strip();
        if (hits.isEmpty() && !bare.isEmpty() && !bare.equals(v)) {
            hits = hits(districts, bare, gazetteer.districts()).stream()
                    .map(h -> new Hit(h.place(), h.why() + " (the word for district left out)"))
                    .toList();
        }
        if (hits.isEmpty()) {
            Matcher m = WITH_STATE.matcher(v);
            if (m.matches()) {
                Reconciled st = state(m.group(2));
                if (st.status() == Reconciled.Status.RESOLVED
                        && (stateLgd.isEmpty()
                                || stateLgd.get().equals(st.match().get().id()))) {
                    Reconciled inner =
                            district(m.group(1), Optional.of(st.match().get().id()));
                    return rewrap(value, inner);
                }
            }
            return Reconciled.unresolved(
                    value,
                    suggest(v, gazetteer.districts(), gazetteer.districtsHi(), stateLgd),
                    "No district of that name is known.");
        }
        List<Hit> inState = stateLgd.isEmpty()
                ? hits
                : hits.stream()
                        .filter(h -> h.place().stateLgd().equals(stateLgd.get()))
                        .toList();
        if (inState.size() == 1) {
            Hit h = inState.get(0);
            String why = h.why() + (hits.size() > 1 ? "; in " + h.place().stateName() + " by the state given" : "");
            return Reconciled.resolved(value, candidate(h.place(), why));
        }
        if (inState.isEmpty()) {
            String where = gazetteer.state(stateLgd.get()).map(Place::name).orElse(stateLgd.get());
            return Reconciled.unresolved(
                    value,
                    hits.stream().map(h -> candidate(h.place(), h.why())).toList(),
                    "A district of that name exists, but not in " + where + ".");
        }
        return Reconciled.ambiguous(
                value,
                inState.stream().map(h -> candidate(h.place(), h.why())).toList(),
                "This name belongs to " + inState.size() + " districts; give the state (a state column, a state for"
                        + " the file, or choose one).");
    }

    /** The state or union territory {@code value} names. */
    public Reconciled state(String value) {
        Optional<Reconciled> tooLong = Reconciled.tooLong(value.strip(), "state name");
        if (tooLong.isPresent()) {
            return tooLong.get();
        }
        String v = value.strip();
        Matcher code = DIGITS.matcher(v);
        if (code.matches()) {
            return gazetteer
                    .state(code.group(1))
                    .map(s -> Reconciled.resolved(value, candidate(s, "LGD state code")))
                    .orElseGet(() -> Reconciled.unresolved(value, List.of(), "No state has LGD code " + v + "."));
        }
        List<Hit> hits = hits(states, v, gazetteer.states());
        if (hits.size() == 1) {
            return Reconciled.resolved(
                    value, candidate(hits.get(0).place(), hits.get(0).why()));
        }
        if (hits.size() > 1) {
            return Reconciled.ambiguous(
                    value,
                    hits.stream().map(h -> candidate(h.place(), h.why())).toList(),
                    "This name belongs to several states.");
        }
        return Reconciled.unresolved(
                value,
                suggest(v, gazetteer.states(), gazetteer.statesHi(), Optional.empty()),
                "No state of that name is known.");
    }

    private List<Hit> hits(Map<String, List<Hit>> index, String v, List<Place> places) {
        Map<String, Hit> out = new LinkedHashMap<>();
        index.getOrDefault(key(v), List.of())
                .forEach(h -> out.putIfAbsent(h.place().lgd(), h));
        // Other names count even when the name is also a current one: "Aurangabad" is a district of Bihar and the
        // former name of Chhatrapati Sambhajinagar, so it must come out ambiguous, not as Bihar's.
        PlaceAliases.namesFor(withoutArticle(v))
                .forEach((key, kind) -> places.stream()
                        .filter(p -> PlaceAliases.key(withoutArticle(p.name())).equals(key))
                        .forEach(p -> out.putIfAbsent(
                                p.lgd(),
                                new Hit(
                                        p,
                                        (kind == PlaceAliases.Kind.FORMER_NAME
                                                        ? "former name of "
                                                        : "common spelling of ")
                                                + p.name()))));
        return List.copyOf(out.values());
    }

    private List<Candidate> suggest(
            String v, List<Place> places, Map<String, String> namesHi, Optional<String> stateLgd) {
        boolean hindi = NameKey.isDevanagari(v);
        List<String> forms =
                hindi ? List.of(Transliteration.toLatin(v), Transliteration.toLatinWithoutFinalSchwa(v)) : List.of(v);
        List<Candidate> out = new ArrayList<>();
        for (Place p : places) {
            if (stateLgd.isPresent() && !p.stateLgd().equals(stateLgd.get())) {
                continue;
            }
            double best = 0;
            for (String f : forms) {
                best = Math.max(best, Similarity.score(f, p.name()));
                String hiName = namesHi.get(p.lgd());
                if (!hindi || hiName == null) {
                    continue;
                }
                best = Math.max(best, Similarity.edit(v, hiName));
            }
            if (best >= MIN_SUGGESTION) {
                String how = (hindi ? "transliterated, " : "") + Similarity.describe(best);
                out.add(new Candidate(p.lgd(), p.label(), "suggestion: " + how, best));
            }
        }
        out.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparing(Candidate::label));
        return out.subList(0, Math.min(SUGGESTIONS, out.size()));
    }

    /** The form in which place names are compared: {@link NameKey}, without a leading article. */
    private static String key(String name) {
        return NameKey.of(withoutArticle(name));
    }

    /** The name without a leading "the"; a name that is nothing but the article is kept as it is. */
    private static String withoutArticle(String name) {
        String rest = LEADING_THE.matcher(name).replaceFirst("");
        return rest.isBlank() ? name : rest;
    }

    private static Reconciled rewrap(String value, Reconciled inner) {
        return new Reconciled(value, inner.status(), inner.match(), inner.candidates(), inner.reason());
    }

    private static Candidate candidate(Place p, String why) {
        return new Candidate(p.lgd(), p.label(), why, 1.0);
    }
}
