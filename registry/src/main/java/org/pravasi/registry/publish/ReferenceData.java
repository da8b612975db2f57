package org.pravasi.registry.publish;

import java.util.Optional;
import org.apache.jena.graph.Node;

/** What the pipeline checks cells against: code lists, the dimension properties of the vocabulary, area codes. */
public interface ReferenceData {

    /** The Data Cube dimension property whose {@code qb:codeList} is the scheme, if the vocabulary has one. */
    Optional<Node> dimensionProperty(String schemeId);

    /** The concept with this notation in the scheme. */
    Optional<Node> concept(String schemeId, String notation);

    /** Whether the scheme exists. */
    boolean hasScheme(String schemeId);

    /** The area with this code at this level ({@code district}, {@code state}, {@code country}). */
    Optional<Node> area(String level, String code);

    /** Whether district and state codes are checked against the reference geography (false: format only). */
    boolean hasGeography();
}
