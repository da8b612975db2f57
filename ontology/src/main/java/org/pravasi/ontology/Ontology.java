package org.pravasi.ontology;

import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;

/**
 * The Pravasi vocabulary, code lists and shapes, read once from the Turtle files on the classpath.
 *
 * <p>All models are read-only views; copy one ({@code ModelFactory.createDefaultModel().add(m)}) to change it. Load the
 * three into the named graphs {@link PravasiUris#VOCABULARY_GRAPH} and {@link PravasiUris#CODES_GRAPH} of a store.
 *
 * <p>Validating: the Data Cube shapes look up {@code qb:codeList} on dimension properties (in the vocabulary) and
 * {@code skos:inScheme} on concepts (in the code lists), and the class targets follow {@code rdfs:subClassOf} from the
 * vocabulary. So a data graph must be validated together with the vocabulary and the code lists:
 * {@link #validate(Graph)} does this by validating a read-only union of the three. To use {@link #shapes()} with
 * another validator, give it such a union yourself, or the code-list checks will report every coded value as outside
 * its list.
 */
public interface Ontology {

    /** The ontology read from the classpath; the files are parsed on the first call only. */
    static Ontology load() {
        return ClasspathOntology.instance();
    }

    /** The vocabulary ({@code vocabulary.ttl}): every pv: class and property with English and Hindi labels. */
    Model vocabulary();

    /** All SKOS code lists ({@code codes/*.ttl}) in one model. */
    Model codeLists();

    /** The SHACL shapes ({@code shapes.ttl}). */
    Shapes shapes();

    /** Lookups over {@link #codeLists()}. */
    CodeLists codes();

    /** Validates {@code data} merged with the vocabulary and the code lists against {@link #shapes()}. */
    ValidationReport validate(Graph data);

    /**
     * The shapes that check a data set's observations one by one with SPARQL: every declared dimension has one value,
     * each observation a count or the confidential status and not both, counts are non-negative integers, no two
     * observations share a key, coded values lie in their code lists. They are the node shapes targeting
     * {@code qb:DataSet} with an {@code sh:sparql} constraint ({@code pvsh:MissingDimension} and the others).
     */
    Set<Node> observationRules();

    /**
     * As {@link #validate(Graph)}, without {@link #observationRules()}: for a caller that applies those rules to every
     * observation itself, as the harvest's checks do in Java. Each of them costs a SPARQL query plan per data set, most
     * of a small version's validation.
     */
    ValidationReport validateWithoutObservationRules(Graph data);
}
