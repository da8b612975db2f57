package org.pravasi.ontology;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.graph.GraphReadOnly;

/** The {@link Ontology} read from the Turtle resources of this jar. */
final class ClasspathOntology implements Ontology {
    /** The classpath folder holding the Turtle files. */
    public static final String RESOURCE_ROOT = "/org/pravasi/ontology/";
    /** The code-list files under {@code codes/}, one per scheme (a jar cannot be listed, so they are named here). */
    public static final List<String> CODE_LIST_FILES = List.of(
            "service-type",
            "violation-type",
            "ilo-forced-labour",
            "sector",
            "gender",
            "age-band",
            "migration-stream",
            "resolution-channel",
            "case-outcome",
            "theme",
            "country",
            "obs-status");

    private final Model vocabulary;
    private final Model codeLists;
    private final Shapes shapes;
    private final Set<Node> observationRules;
    private final Shapes withoutObservationRules;
    private final CodeLists codes;

    private ClasspathOntology() {
        this.vocabulary = readOnly(read("vocabulary.ttl"));
        Model codes = ModelFactory.createDefaultModel();
        CODE_LIST_FILES.forEach(id -> codes.add(read("codes/" + id + ".ttl")));
        codes.setNsPrefixes(vocabulary.getNsPrefixMap());
        this.codeLists = readOnly(codes);
        Graph shapesGraph = read("shapes.ttl").getGraph();
        this.shapes = Shapes.parse(shapesGraph);
        this.observationRules = observationRules(shapesGraph);
        this.withoutObservationRules = Shapes.parse(without(shapesGraph, observationRules));
        this.codes = CodeLists.of(codeLists);
    }

    /** The single instance, parsed on first use. */
    public static Ontology instance() {
        return Holder.INSTANCE;
    }

    @Override
    public Model vocabulary() {
        return vocabulary;
    }

    @Override
    public Model codeLists() {
        return codeLists;
    }

    @Override
    public Shapes shapes() {
        return shapes;
    }

    @Override
    public CodeLists codes() {
        return codes;
    }

    @Override
    public ValidationReport validate(Graph data) {
        return validate(shapes, data);
    }

    @Override
    public Set<Node> observationRules() {
        return observationRules;
    }

    @Override
    public ValidationReport validateWithoutObservationRules(Graph data) {
        return validate(withoutObservationRules, data);
    }

    private ValidationReport validate(Shapes with, Graph data) {
        MultiUnion union = new MultiUnion(new Graph[] {data, vocabulary.getGraph(), codeLists.getGraph()});
        union.setBaseGraph(data);
        return ShaclValidator.get().validate(with, new GraphReadOnly(union));
    }

    /** The node shapes targeting {@code qb:DataSet} with a SPARQL constraint. */
    private static Set<Node> observationRules(Graph shapes) {
        Set<Node> rules = new HashSet<>();
        shapes.find(Node.ANY, SHACL.targetClass, QB.DataSet.asNode())
                .mapWith(Triple::getSubject)
                .filterKeep(s -> shapes.contains(s, SHACL.sparql, Node.ANY))
                .forEachRemaining(rules::add);
        return Set.copyOf(rules);
    }

    /** {@code shapes} without the statements of {@code dropped} and of the blank nodes they lead to. */
    private static Graph without(Graph shapes, Set<Node> dropped) {
        Set<Node> gone = new HashSet<>();
        Deque<Node> todo = new ArrayDeque<>(dropped);
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            if (gone.add(n)) {
                shapes.find(n, Node.ANY, Node.ANY)
                        .mapWith(Triple::getObject)
                        .filterKeep(Node::isBlank)
                        .forEachRemaining(todo::push);
            }
        }
        Graph kept = GraphFactory.createDefaultGraph();
        shapes.find().filterDrop(t -> gone.contains(t.getSubject())).forEachRemaining(kept::add);
        kept.getPrefixMapping().setNsPrefixes(shapes.getPrefixMapping());
        return kept;
    }

    private static Model readOnly(Model model) {
        return ModelFactory.createModelForGraph(new GraphReadOnly(model.getGraph()));
    }

    /** Reads one Turtle resource; a missing or malformed file is a packaging bug, reported with its name. */
    static Model read(String name) {
        String path = RESOURCE_ROOT + name;
        try (InputStream in = ClasspathOntology.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new OntologyException(
                        "classpath resource " + path + " is missing: the ontology jar is incomplete; rebuild it");
            }
            Model model = ModelFactory.createDefaultModel();
            RDFParser.source(in)
                    .lang(Lang.TURTLE)
                    .base("https://w3id.org/pravasi/")
                    .parse(model);
            return model;
        } catch (IOException | RiotException e) {
            throw new OntologyException("cannot read classpath resource " + path + ": " + e.getMessage(), e);
        }
    }

    private static final class Holder {
        static final Ontology INSTANCE = new ClasspathOntology();
    }
}
