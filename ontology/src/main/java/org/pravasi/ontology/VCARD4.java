package org.pravasi.ontology;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Constants for the vCard ontology ({@value #NS}) terms that DCAT contact points use. Jena's
 * {@link org.apache.jena.vocabulary.VCARD} is the older vCard-RDF namespace, which DCAT does not use.
 */
public final class VCARD4 {
    /** The namespace of the vCard ontology. */
    public static final String NS = "http://www.w3.org/2006/vcard/ns#";

    /** Anything a vCard describes; the class DCAT-AP asks of a contact point. */
    public static final Resource Kind = resource("Kind");

    /** A vCard of an organisation (never of a person, in this project). */
    public static final Resource Organization = resource("Organization");

    /** The formatted name. */
    public static final Property fn = property("fn");

    /** An e-mail address, as a {@code mailto:} IRI. */
    public static final Property hasEmail = property("hasEmail");

    /** A web page, such as a contact form. */
    public static final Property hasURL = property("hasURL");

    private VCARD4() {}

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS, local);
    }
}
