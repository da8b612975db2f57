package org.pravasi.ontology.geo;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTWriter;
import org.pravasi.ontology.GEO;
import org.pravasi.ontology.PV;
import org.pravasi.ontology.PravasiUris;

/** Writes districts and states as SKOS concepts with LGD notations, labels, parent state and GeoSPARQL geometry. */
final class GeographyGraph {
    static final String CC_BY_25_IN = "https://creativecommons.org/licenses/by/2.5/in/";
    static final String GODL_INDIA = "https://data.gov.in/government-open-data-license-india";

    private final Model model = ModelFactory.createDefaultModel();
    private final WKTWriter wkt = new WKTWriter();

    GeographyGraph() {
        model.setNsPrefix("pv", PV.NS);
        model.setNsPrefix("skos", SKOS.uri);
        model.setNsPrefix("geo", GEO.NS);
        model.setNsPrefix("dct", DCTerms.NS);
        model.setNsPrefix("dcat", DCAT.NS);
        model.setNsPrefix("rdfs", RDFS.uri);
        model.setNsPrefix("district", PravasiUris.BASE + "id/district/");
        model.setNsPrefix("state", PravasiUris.BASE + "id/state/");
        Resource dataset = model.createResource(PravasiUris.GEO_GRAPH)
                .addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTerms.title, "Districts and states of India", "en")
                .addProperty(DCTerms.title, "भारत के ज़िले और राज्य", "hi")
                .addProperty(
                        DCTerms.description,
                        "Districts and states with LGD codes, Census 2011 codes, names,"
                                + " parent state and boundaries, joined through the Census 2011 crosswalk.",
                        "en")
                .addProperty(DCTerms.rights, Geography.ATTRIBUTION, "en")
                .addProperty(DCTerms.license, model.createResource(CC_BY_25_IN))
                .addProperty(DCTerms.license, model.createResource(GODL_INDIA));
        for (RawFile file : RawFile.values()) {
            dataset.addProperty(DCTerms.source, model.createResource(file.url().toString()));
        }
    }

    void state(State state, Geometry outline) {
        Resource r = feature(
                        state.uri(),
                        PV.State,
                        state.lgd(),
                        state.census2011Code().orElse(null),
                        outline)
                .addProperty(SKOS.prefLabel, state.name(), "en");
        state.nameHi().ifPresent(hi -> r.addProperty(SKOS.prefLabel, hi, "hi"));
    }

    void district(District district, Geometry polygon) {
        Resource state = model.createResource(district.stateUri());
        Resource r = feature(
                        district.uri(),
                        PV.District,
                        district.lgd(),
                        district.census2011Code().orElse(null),
                        polygon)
                .addProperty(SKOS.prefLabel, district.name(), "en")
                .addProperty(PV.state, state)
                .addProperty(SKOS.broader, state);
        district.mapsTo2011()
                .ifPresent(parent -> r.addProperty(PV.mapsTo2011, model.createResource(PravasiUris.district(parent))));
    }

    Model model() {
        return model;
    }

    private Resource feature(String uri, Resource type, String lgd, String census2011, Geometry geometry) {
        Resource r = model.createResource(uri)
                .addProperty(RDF.type, type)
                .addProperty(RDF.type, SKOS.Concept)
                .addProperty(RDF.type, GEO.Feature)
                .addProperty(SKOS.notation, lgd)
                .addProperty(PV.lgdCode, lgd);
        if (census2011 != null) {
            r.addProperty(PV.census2011Code, census2011);
        }
        if (geometry != null) {
            r.addProperty(
                    GEO.hasGeometry,
                    model.createResource(uri + "#geometry")
                            .addProperty(RDF.type, GEO.Geometry)
                            .addProperty(GEO.asWKT, model.createTypedLiteral(wkt.write(geometry), GEO.wktLiteral)));
        }
        return r;
    }
}
