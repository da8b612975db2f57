package org.pravasi.ontology;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;

/** Lookups over the SKOS code lists: schemes by id, concepts by notation, labels by language. */
public interface CodeLists {

    /**
     * Indexes the concept schemes under {@link PravasiUris#CODE_BASE} found in {@code codes}; the result is immutable.
     */
    static CodeLists of(Model codes) {
        return SkosCodeLists.index(codes);
    }

    /** Whether a scheme with this id (e.g. {@code violation-type}) exists. */
    boolean hasScheme(String id);

    /** The concept of scheme {@code schemeId} whose skos:notation is {@code notation}, if any. */
    Optional<Resource> concept(String schemeId, String notation);

    /**
     * The notations of scheme {@code schemeId} (including {@code _T} where the scheme has a total); empty for an
     * unknown scheme.
     */
    Set<String> notations(String schemeId);

    /** The skos:prefLabel of {@code concept} in exactly language {@code lang} (e.g. {@code en}, {@code hi}), if any. */
    Optional<String> label(Resource concept, String lang);

    /** The ids of all schemes, sorted. */
    List<String> schemeIds();
}
