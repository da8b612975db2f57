package org.pravasi.registry.publish;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.pravasi.ontology.Ontology;
import org.pravasi.ontology.PV;
import org.pravasi.ontology.Period;
import org.pravasi.ontology.PravasiUris;
import org.pravasi.ontology.QB;
import org.pravasi.ontology.SDMX;
import org.pravasi.registry.ingest.Finding;
import org.pravasi.registry.ingest.Parsed;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns an uploaded W3C Data Cube (Turtle or JSON-LD) into the descriptor-and-CSV form, so that every check of the
 * pipeline — reference checks, personal-data screen, disclosure control, SHACL — applies to RDF uploads unchanged.
 */
public final class CubeUpload {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Ontology ontology;

    /** Creates the converter over the ontology's vocabulary. */
    public CubeUpload(Ontology ontology) {
        this.ontology = ontology;
    }

    /** The descriptor JSON and CSV text equivalent to the cube, or findings saying what is missing. */
    public Parsed<PublishRequest> convert(String org, String file, Model m, boolean dryRun) {
        List<Finding> findings = new ArrayList<>();
        List<Resource> sets = m.listSubjectsWithProperty(RDF.type, QB.DataSet).toList();
        if (sets.size() != 1) {
            findings.add(
                    Finding.error(
                            file,
                            "qb:DataSet",
                            "The upload must describe exactly one qb:DataSet; it has " + sets.size() + ".",
                            "Publish one dataset per upload, typed qb:DataSet, with qb:structure and observations linked by qb:dataSet."));
            return Parsed.failed(findings);
        }
        Resource ds = sets.getFirst();
        Resource dsd = ds.getPropertyResourceValue(QB.structure);
        if (dsd == null) {
            findings.add(Finding.error(
                    file,
                    "qb:structure",
                    "The dataset has no qb:structure.",
                    "Add a qb:DataStructureDefinition listing dimensions and the measure."));
            return Parsed.failed(findings);
        }
        List<Resource> dims = new ArrayList<>();
        List<Resource> measures = new ArrayList<>();
        for (Statement c : dsd.listProperties(QB.component).toList()) {
            Resource comp = c.getResource();
            Optional.ofNullable(comp.getPropertyResourceValue(QB.dimension)).ifPresent(dims::add);
            Optional.ofNullable(comp.getPropertyResourceValue(QB.measure)).ifPresent(measures::add);
        }
        if (measures.size() != 1 || !measures.getFirst().getURI().startsWith(PV.NS)) {
            findings.add(Finding.error(
                    file,
                    "qb:measure",
                    "The structure must have exactly one measure from the Pravasi vocabulary (pv:cases, pv:families, …).",
                    "Declare one qb:measure such as pv:cases."));
            return Parsed.failed(findings);
        }
        List<Map<String, Object>> columns = new ArrayList<>();
        List<Resource> obs = m.listSubjectsWithProperty(QB.dataSet, ds).toList();
        for (Resource d : dims) {
            columns.add(column(d, obs, findings, file));
        }
        String measure = measures.getFirst().getURI().substring(PV.NS.length());
        columns.add(Map.of("name", measure, "role", "measure", "measure", measure));
        if (!findings.isEmpty()) {
            return Parsed.failed(findings);
        }
        StringBuilder csv = new StringBuilder();
        try (CSVPrinter p = new CSVPrinter(csv, CSVFormat.RFC4180)) {
            p.printRecord(columns.stream().map(c -> c.get("name")).toList());
            for (Resource o : obs) {
                List<String> cells = new ArrayList<>();
                dims.forEach(d -> cells.add(cell(o.getProperty(m.createProperty(d.getURI())))));
                cells.add(
                        cell(o.getProperty(m.createProperty(measures.getFirst().getURI()))));
                p.printRecord(cells);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Map<String, Object> descriptor = new LinkedHashMap<>();
        descriptor.put("slug", slug(ds));
        descriptor.put("publisher", org);
        descriptor.put("title", texts(ds, DCTerms.title.getURI()));
        descriptor.put("description", texts(ds, DCTerms.description.getURI()));
        descriptor.put(
                "licence",
                Optional.ofNullable(ds.getPropertyResourceValue(DCTerms.license))
                        .map(Resource::getURI)
                        .orElse(""));
        descriptor.put(
                "themes",
                ds.listProperties(DCAT.theme).mapWith(s -> last(s.getObject())).toList());
        descriptor.put(
                "keywords",
                ds.listProperties(DCAT.keyword)
                        .mapWith(s -> s.getObject().toString())
                        .toList());
        descriptor.put("illustrative", ds.hasLiteral(PV.illustrative, true));
        Optional.ofNullable(ds.getProperty(DCTerms.source))
                .ifPresent(s -> descriptor.put(
                        "source",
                        s.getObject().isLiteral()
                                ? s.getString()
                                : s.getObject().toString()));
        descriptor.put("columns", columns);
        byte[] json = JSON.writeValueAsBytes(descriptor);
        return Parsed.of(
                new PublishRequest(
                        org,
                        file + " (metadata)",
                        json,
                        file + " (as table)",
                        csv.toString().getBytes(StandardCharsets.UTF_8),
                        dryRun),
                findings);
    }

    private Map<String, Object> column(Resource dim, List<Resource> obs, List<Finding> findings, String file) {
        String name = dim.getLocalName();
        Optional<String> first = obs.stream()
                .map(o -> o.getProperty(dim.getModel().createProperty(dim.getURI())))
                .filter(java.util.Objects::nonNull)
                .map(s -> s.getObject().isURIResource() ? s.getResource().getURI() : "")
                .findFirst();
        String value = first.orElse("");
        if (dim.equals(SDMX.refArea) || dim.equals(PV.originArea) || dim.equals(PV.destinationArea)) {
            String role = dim.equals(SDMX.refArea) ? "area" : dim.equals(PV.originArea) ? "origin" : "destination";
            String level =
                    value.contains("/id/state/") ? "state" : value.contains("/code/country/") ? "country" : "district";
            return Map.of("name", name, "role", role, "level", level);
        }
        if (dim.equals(SDMX.refPeriod)) {
            String n = value.substring(value.lastIndexOf('/') + 1);
            String g = Period.of(n).map(p -> p.granularity().id()).orElse("year");
            return Map.of("name", name, "role", "period", "granularity", g);
        }
        Resource list = ontology.vocabulary().getResource(dim.getURI()).getPropertyResourceValue(QB.codeList);
        if (list == null) {
            findings.add(
                    Finding.error(
                            file,
                            dim.getURI(),
                            "Dimension <" + dim.getURI() + "> is not a coded dimension of the Pravasi vocabulary.",
                            "Use sdmx-dimension:refArea, refPeriod, pv:originArea, pv:destinationArea or a pv: coded dimension such as pv:violationType."));
            return Map.of();
        }
        return Map.of("name", name, "role", "dimension", "codeList", PravasiUris.schemeId(list.getURI()));
    }

    private static String cell(Statement s) {
        if (s == null) {
            return "";
        }
        RDFNode o = s.getObject();
        return o.isLiteral() ? ((Literal) o).getLexicalForm() : last(o);
    }

    private static String last(RDFNode n) {
        String u = n.isURIResource() ? n.asResource().getURI() : n.toString();
        return u.substring(u.lastIndexOf('/') + 1);
    }

    private static String slug(Resource ds) {
        Statement id = ds.getProperty(DCTerms.identifier);
        String v = id != null ? id.getString() : ds.isURIResource() ? ds.getURI() : "";
        return v.substring(v.lastIndexOf('/') + 1).replaceFirst("^v\\d+$", "");
    }

    private static Map<String, String> texts(Resource ds, String property) {
        Map<String, String> out = new LinkedHashMap<>();
        ds.listProperties(ds.getModel().createProperty(property)).forEachRemaining(s -> {
            if (s.getObject().isLiteral()) {
                out.put(s.getLanguage().isEmpty() ? "en" : s.getLanguage(), s.getString());
            }
        });
        return out;
    }
}
