package org.pravasi.ontology;

import org.apache.jena.graph.Graph;
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
}
