package org.pravasi.ontology;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Constants for the schema.org terms that stories use, in the {@value #NS} namespace stored here (Jena's
 * {@code SchemaDO} uses {@code https://schema.org/}, which the store does not).
 */
public final class SCHEMA {
    /** The schema.org namespace as used in the store. */
    public static final String NS = "http://schema.org/";

    public static final Resource Article = ResourceFactory.createResource(NS + "Article");

    public static final Property headline = property("headline");
    public static final Property articleBody = property("articleBody");
    public static final Property abstract_ = property("abstract");
    public static final Property datePublished = property("datePublished");
    public static final Property inLanguage = property("inLanguage");
    public static final Property publisher = property("publisher");

    private SCHEMA() {}

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS, local);
    }
}
