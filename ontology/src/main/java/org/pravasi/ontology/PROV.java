package org.pravasi.ontology;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Constants for the PROV-O terms that publishing, withdrawal and harvesting use ({@value #NS}), which Jena does not
 * ship.
 */
public final class PROV {
    /** The namespace of PROV-O. */
    public static final String NS = "http://www.w3.org/ns/prov#";

    public static final Resource Activity = resource("Activity");
    public static final Resource Entity = resource("Entity");
    public static final Resource Agent = resource("Agent");

    public static final Property used = property("used");
    public static final Property wasGeneratedBy = property("wasGeneratedBy");
    public static final Property wasAssociatedWith = property("wasAssociatedWith");
    public static final Property wasAttributedTo = property("wasAttributedTo");
    public static final Property wasDerivedFrom = property("wasDerivedFrom");
    public static final Property wasRevisionOf = property("wasRevisionOf");
    public static final Property startedAtTime = property("startedAtTime");
    public static final Property endedAtTime = property("endedAtTime");
    public static final Property generatedAtTime = property("generatedAtTime");
    public static final Property hadPrimarySource = property("hadPrimarySource");
    /** The activity that ended an entity's validity: a dataset's or version's withdrawal. */
    public static final Property wasInvalidatedBy = property("wasInvalidatedBy");

    public static final Property wasQuotedFrom = property("wasQuotedFrom");
    public static final Property value = property("value");

    private PROV() {}

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS, local);
    }
}
