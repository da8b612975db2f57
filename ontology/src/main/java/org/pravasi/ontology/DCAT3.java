package org.pravasi.ontology;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Constants for the DCAT 3 versioning terms ({@value #NS}) that Jena's {@link org.apache.jena.vocabulary.DCAT} (DCAT 2)
 * lacks; use Jena's class for the rest of DCAT.
 */
public final class DCAT3 {
    /** The namespace of DCAT. */
    public static final String NS = "http://www.w3.org/ns/dcat#";

    /** A dataset's current version; absent once the dataset is withdrawn. */
    public static final Property hasCurrentVersion = property("hasCurrentVersion");

    public static final Property hasVersion = property("hasVersion");
    public static final Property isVersionOf = property("isVersionOf");
    public static final Property previousVersion = property("previousVersion");
    /** A version's number, as a string literal ("1", "2", ...). */
    public static final Property version = property("version");

    private DCAT3() {}

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS, local);
    }
}
