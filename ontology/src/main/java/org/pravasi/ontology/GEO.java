package org.pravasi.ontology;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Constants for the GeoSPARQL terms the reference geography uses ({@value #NS}), without depending on jena-geosparql.
 */
public final class GEO {
    /** The namespace of the GeoSPARQL ontology. */
    public static final String NS = "http://www.opengis.net/ont/geosparql#";

    public static final Resource Feature = ResourceFactory.createResource(NS + "Feature");
    public static final Resource Geometry = ResourceFactory.createResource(NS + "Geometry");
    public static final Property hasGeometry = ResourceFactory.createProperty(NS, "hasGeometry");
    public static final Property asWKT = ResourceFactory.createProperty(NS, "asWKT");
    /** The datatype of WKT literals; without a CRS prefix the coordinates are CRS84 (longitude, latitude). */
    public static final RDFDatatype wktLiteral = TypeMapper.getInstance().getSafeTypeByName(NS + "wktLiteral");

    private GEO() {}
}
