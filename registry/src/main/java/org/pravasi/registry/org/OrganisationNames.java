package org.pravasi.registry.org;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.pravasi.ontology.PV;
import org.pravasi.registry.catalog.Labels;

/**
 * The one rule for organisations' names, for registration, profile edits and harvest alike (docs/security.md, "Decision
 * — one organisation, one name"): no word of a name mixes scripts that pass for each other (Latin with Cyrillic, say),
 * and no name, in any language, reads as another organisation's name in any language: same UTS #39 confusable skeleton
 * (ICU4J's {@link SpoofChecker}) whatever the case and white space. Local organisations keep their names: a harvested
 * organisation may not take a name any other organisation here holds; a local one may not take a name another local one
 * holds, nor a harvested one's unless it held the name already.
 */
public final class OrganisationNames {
    /** Within one word, Latin with any one other script but Cyrillic, Greek or Cherokee (UTS #39, 5.2). */
    private static final SpoofChecker WORDS = new SpoofChecker.Builder()
            .setChecks(SpoofChecker.RESTRICTION_LEVEL | SpoofChecker.MIXED_NUMBERS)
            .setRestrictionLevel(SpoofChecker.RestrictionLevel.MODERATELY_RESTRICTIVE)
            .build();

    private static final SpoofChecker SKELETON = new SpoofChecker.Builder().build();
    private static final Normalizer2 FOLD = Normalizer2.getNFKCCasefoldInstance();
    private static final Pattern SPACE = Pattern.compile("[\\s\\p{Z}]+");
    /**
     * What a reader passes over when reading a name: white space, punctuation and symbols ("Jan-Sahas", "Jan Sahas.",
     * "Jan·Sahas"), and the accents of the generic combining blocks ("Jan Saḥas", "Jan Sahaș"); never a Devanagari
     * vowel sign, which makes another word.
     */
    private static final Pattern PASSED_OVER = Pattern.compile(
            "[\\s\\p{Z}\\p{P}\\p{S}\\x{0300}-\\x{036F}\\x{1AB0}-\\x{1AFF}\\x{1DC0}-\\x{1DFF}\\x{20D0}-\\x{20FF}"
                    + "\\x{FE20}-\\x{FE2F}]+");

    private static final Normalizer2 DECOMPOSE = Normalizer2.getNFKDInstance();

    private OrganisationNames() {}

    /**
     * One name an organisation in the store holds.
     *
     * @param organisation the organisation's URI
     * @param name the name, as shown
     * @param source the peer it was harvested from; empty for this node's own
     */
    public record Held(Node organisation, String name, Optional<String> source) {}

    /**
     * Why a name is refused.
     *
     * @param name the name refused
     * @param problem what it clashes with
     * @param fix how to choose a name that passes
     */
    public record Refusal(String name, String problem, String fix) {}

    /**
     * Every name of every organisation in {@code dsg}, from every property a page labels it by; call in a transaction.
     */
    public static List<Held> held(DatasetGraph dsg) {
        Set<Node> orgs = new LinkedHashSet<>();
        dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), PV.Organisation.asNode())
                .forEachRemaining(q -> orgs.add(q.getSubject()));
        List<Held> out = new ArrayList<>();
        for (Node org : orgs) {
            Optional<String> source = Optional.empty();
            var it = dsg.find(org, org, PV.sourceNode.asNode(), Node.ANY);
            if (it.hasNext()) {
                Node s = it.next().getObject();
                source = Optional.of(s.isURI() ? s.getURI() : s.toString());
            }
            Iter.close(it);
            for (String name : names(dsg, org)) {
                out.add(new Held(org, name, source));
            }
        }
        return out;
    }

    /** Every name {@code org} has in any graph of {@code dsg}, from every property a page labels it by. */
    public static Set<String> names(DatasetGraph dsg, Node org) {
        Set<String> names = new TreeSet<>();
        for (Node p : Labels.LABEL_PROPERTIES) {
            dsg.find(Node.ANY, org, p, Node.ANY).forEachRemaining(q -> {
                if (q.getObject().isLiteral()) {
                    names.add(q.getObject().getLiteralLexicalForm());
                }
            });
        }
        return names;
    }

    /**
     * Why organisation {@code candidate} (harvested or this node's own) may not be named {@code name}, given every name
     * {@code held} in the store (its own included); empty when it may.
     */
    public static Optional<Refusal> check(Node candidate, boolean harvested, String name, List<Held> held) {
        Optional<Refusal> mixed = mixedScripts(name);
        if (mixed.isPresent()) {
            return mixed;
        }
        String key = key(name);
        for (Held h : held) {
            if (h.organisation().equals(candidate) || !key(h.name()).equals(key)) {
                continue;
            }
            if (!harvested && h.source().isPresent()) {
                // A harvested name never locks a local organisation out (review 38c): a hostile peer could otherwise
                // claim the sector's names before their organisations register here. The peer's organisation is
                // refused at its next harvest instead.
                continue;
            }
            return Optional.of(new Refusal(
                    name,
                    "The name '" + name + "' reads as '" + h.name() + "', the name of " + describe(h)
                            + ", so readers would take one organisation's figures for the other's.",
                    "Choose a name that tells the organisation apart, e.g. its full registered name or its place."));
        }
        return Optional.empty();
    }

    /**
     * The key two names share when a reader would take one for the other: case, white space, punctuation, symbols,
     * accents and look-alikes aside.
     */
    static String key(String name) {
        String bare = PASSED_OVER.matcher(DECOMPOSE.normalize(name)).replaceAll("");
        return SKELETON.getSkeleton(FOLD.normalize(SKELETON.getSkeleton(bare)));
    }

    private static Optional<Refusal> mixedScripts(String name) {
        for (String word : SPACE.split(name.strip())) {
            if (!word.isEmpty() && WORDS.failsChecks(word)) {
                return Optional.of(new Refusal(
                        name,
                        "The word '" + word + "' of the name '" + name + "' mixes scripts (" + scripts(word)
                                + ") that pass for one another, so it can look like a name it is not.",
                        "Type each word in one script: an English name in Latin letters, a Hindi name in"
                                + " Devanagari."));
            }
        }
        return Optional.empty();
    }

    private static String scripts(String word) {
        Set<String> names = new TreeSet<>();
        word.codePoints().forEach(c -> {
            int s = UScript.getScript(c);
            if (s != UScript.COMMON && s != UScript.INHERITED) {
                names.add(UScript.getName(s));
            }
        });
        return String.join(", ", names);
    }

    private static String describe(Held h) {
        String uri = h.organisation().isURI()
                ? h.organisation().getURI()
                : h.organisation().toString();
        return h.source()
                .map(s -> "organisation <" + uri + ">, harvested from " + s)
                .orElse("organisation '" + uri.substring(uri.lastIndexOf('/') + 1) + "' of this portal");
    }
}
