package org.pravasi.ontology;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Constants for the SDMX-RDF dimension, attribute, measure and code terms that Pravasi reuses. */
public final class SDMX {
    /** The namespace of {@code sdmx-dimension:}. */
    public static final String DIMENSION_NS = "http://purl.org/linked-data/sdmx/2009/dimension#";
    /** The namespace of {@code sdmx-attribute:}. */
    public static final String ATTRIBUTE_NS = "http://purl.org/linked-data/sdmx/2009/attribute#";
    /** The namespace of {@code sdmx-measure:}. */
    public static final String MEASURE_NS = "http://purl.org/linked-data/sdmx/2009/measure#";
    /** The namespace of {@code sdmx-code:}. */
    public static final String CODE_NS = "http://purl.org/linked-data/sdmx/2009/code#";

    /** The area an observation refers to (a district, state or country). */
    public static final Property refArea = ResourceFactory.createProperty(DIMENSION_NS, "refArea");
    /** The period an observation refers to (a {@code pv:Period}). */
    public static final Property refPeriod = ResourceFactory.createProperty(DIMENSION_NS, "refPeriod");
    /** The status of an observation; Pravasi uses the {@code obs-status} code list. */
    public static final Property obsStatus = ResourceFactory.createProperty(ATTRIBUTE_NS, "obsStatus");
    /** The unit in which a measure is counted. */
    public static final Property unitMeasure = ResourceFactory.createProperty(ATTRIBUTE_NS, "unitMeasure");
    /** The generic SDMX observation value. */
    public static final Property obsValue = ResourceFactory.createProperty(MEASURE_NS, "obsValue");

    /** SDMX observation status "normal value". */
    public static final Resource obsStatusNormal = ResourceFactory.createResource(CODE_NS + "obsStatus-A");
    /** SDMX confidentiality status "confidential statistical information". */
    public static final Resource confStatusConfidential = ResourceFactory.createResource(CODE_NS + "confStatus-C");

    private SDMX() {}
}
