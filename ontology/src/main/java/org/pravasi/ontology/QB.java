package org.pravasi.ontology;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Constants for the W3C RDF Data Cube vocabulary ({@code qb:}, {@value #NS}), which Jena does not ship. */
public final class QB {
    /** The namespace of the Data Cube vocabulary. */
    public static final String NS = "http://purl.org/linked-data/cube#";

    public static final Resource DataSet = resource("DataSet");
    public static final Resource Observation = resource("Observation");
    public static final Resource DataStructureDefinition = resource("DataStructureDefinition");
    public static final Resource ComponentSpecification = resource("ComponentSpecification");
    public static final Resource DimensionProperty = resource("DimensionProperty");
    public static final Resource MeasureProperty = resource("MeasureProperty");
    public static final Resource AttributeProperty = resource("AttributeProperty");
    public static final Resource CodedProperty = resource("CodedProperty");

    public static final Property dataSet = property("dataSet");
    public static final Property structure = property("structure");
    public static final Property component = property("component");
    public static final Property dimension = property("dimension");
    public static final Property measure = property("measure");
    public static final Property attribute = property("attribute");
    public static final Property codeList = property("codeList");
    public static final Property order = property("order");
    public static final Property componentRequired = property("componentRequired");
    public static final Property componentAttachment = property("componentAttachment");

    private QB() {}

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS, local);
    }
}
