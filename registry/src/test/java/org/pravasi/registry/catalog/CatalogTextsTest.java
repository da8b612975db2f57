package org.pravasi.registry.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.ontology.DCAT3;
import org.pravasi.ontology.PV;
import org.pravasi.ontology.PravasiUris;
import org.pravasi.ontology.QB;
import org.pravasi.registry.store.Store;

/** The texts the search index reads, over a real TDB2 store. */
class CatalogTextsTest {
    private static final Node G = NodeFactory.createURI("https://w3id.org/pravasi/id/dataset/org-a/cases");
    private static final Node TITLE = DCTerms.title.asNode();

    @TempDir
    Path dir;

    Store store;
    CatalogTexts texts;

    @BeforeEach
    void open() {
        store = Store.open(dir);
        texts = new CatalogTexts(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void add(Node p, Node o) {
        store.write(() -> {
            store.dataset().add(G, G, p, o);
            return null;
        });
    }

    @Test
    void textsKeepTheirLanguageTagsEnglishFirstThenHindiThenUntaggedThenTheRest() {
        add(TITLE, NodeFactory.createLiteralLang("Cas", "fr"));
        add(TITLE, NodeFactory.createLiteralString("Cases"));
        add(TITLE, NodeFactory.createLiteralLang("मामले", "hi"));
        add(TITLE, NodeFactory.createLiteralLang("Legal aid cases", "en"));

        List<CatalogTexts.LangText> got = store.read(() -> texts.texts(G, G, TITLE));

        assertEquals(
                List.of(
                        new CatalogTexts.LangText("en", "Legal aid cases"),
                        new CatalogTexts.LangText("hi", "मामले"),
                        new CatalogTexts.LangText("", "Cases"),
                        new CatalogTexts.LangText("fr", "Cas")),
                got);
    }

    @Test
    void datesInstantsAndFlagsAreReadFromTheirLexicalForms() {
        add(DCTerms.issued.asNode(), NodeFactory.createLiteralDT("2024-05-01T10:00:00Z", XSDDatatype.XSDdateTime));
        add(
                DCTerms.modified.asNode(),
                NodeFactory.createLiteralDT("2024-06-02T08:30:00+05:30", XSDDatatype.XSDdateTime));
        Node flag = NodeFactory.createURI("https://example.org/flag");
        add(flag, NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));

        store.read(() -> {
            assertEquals(Optional.of(LocalDate.of(2024, 5, 1)), texts.date(G, G, DCTerms.issued.asNode()));
            assertEquals(
                    Optional.of(Instant.parse("2024-06-02T03:00:00Z")), texts.instant(G, G, DCTerms.modified.asNode()));
            assertTrue(texts.flag(G, G, flag));
            assertFalse(texts.flag(G, G, TITLE));
            return null;
        });
    }

    @Test
    void anEntryWithoutTheTextHasNone() {
        assertEquals(List.of(), store.read(() -> texts.texts(G, G, TITLE)));
        assertEquals(Optional.empty(), store.read(() -> texts.date(G, G, DCTerms.issued.asNode())));
    }

    private void listedDataset(String start, String end) {
        add(RDF.type.asNode(), DCAT.Dataset.asNode());
        add(TITLE, NodeFactory.createLiteralLang("Legal aid cases", "en"));
        Node period = NodeFactory.createBlankNode();
        add(DCTerms.temporal.asNode(), period);
        store.write(() -> {
            store.dataset()
                    .add(G, period, DCAT.startDate.asNode(), NodeFactory.createLiteralDT(start, XSDDatatype.XSDdate));
            store.dataset()
                    .add(G, period, DCAT.endDate.asNode(), NodeFactory.createLiteralDT(end, XSDDatatype.XSDdate));
            return null;
        });
    }

    @Test
    void aListedDatasetHasItsTitlesAndItsWholePeriod() {
        listedDataset("2024-01-01", "2024-12-31");

        DatasetTexts d = store.read(() -> texts.dataset(G.getURI())).orElseThrow();

        assertEquals(List.of(new CatalogTexts.LangText("en", "Legal aid cases")), d.titles());
        assertEquals(Optional.of(LocalDate.of(2024, 1, 1)), d.start());
        assertEquals(Optional.of(LocalDate.of(2024, 12, 31)), d.end());
    }

    @Test
    void aPeriodEndingBeforeItStartsIsNoPeriod() {
        listedDataset("2024-12-31", "2024-01-01");

        DatasetTexts d = store.read(() -> texts.dataset(G.getURI())).orElseThrow();

        assertEquals(Optional.empty(), d.start());
        assertEquals(Optional.empty(), d.end());
    }

    @Test
    void aWithdrawnDatasetHasNoTexts() {
        listedDataset("2024-01-01", "2024-12-31");
        add(PV.withdrawn.asNode(), NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));

        assertEquals(Optional.empty(), store.read(() -> texts.dataset(G.getURI())));
    }

    @Test
    void aStoryWithoutAHeadlineHasNoTexts() {
        add(RDF.type.asNode(), PV.Story.asNode());

        assertEquals(Optional.empty(), store.read(() -> texts.story(G.getURI())));
    }

    private static Node iri(String u) {
        return NodeFactory.createURI(u);
    }

    private void quad(Node g, Node s, Node p, Node o) {
        store.write(() -> {
            store.dataset().add(g, s, p, o);
            return null;
        });
    }

    private static Node en(String text) {
        return NodeFactory.createLiteralLang(text, "en");
    }

    private static Node hi(String text) {
        return NodeFactory.createLiteralLang(text, "hi");
    }

    @Test
    void anOrganisationHasItsNamesStatesAndCentresWithTheirDistricts() {
        Node org = iri("https://w3id.org/pravasi/id/org/mrc-alliance");
        Node centre = iri("https://w3id.org/pravasi/id/org/mrc-alliance/centre/katihar");
        quad(org, org, RDF.type.asNode(), PV.Organisation.asNode());
        quad(org, org, SKOS.prefLabel.asNode(), hi("गठबंधन"));
        quad(org, org, SKOS.prefLabel.asNode(), en("Alliance"));
        quad(org, org, DCTerms.type.asNode(), NodeFactory.createLiteralString("migrant-rights-centre"));
        quad(org, org, PV.state.asNode(), iri(PravasiUris.state("10")));
        quad(org, org, PV.centre.asNode(), centre);
        quad(org, centre, RDFS.label.asNode(), en("Katihar centre"));
        quad(org, centre, PV.district.asNode(), iri(PravasiUris.district("201")));

        OrganisationTexts o = store.read(() -> texts.organisation(org.getURI())).orElseThrow();

        assertEquals("mrc-alliance", o.slug());
        assertEquals(
                List.of(new CatalogTexts.LangText("en", "Alliance"), new CatalogTexts.LangText("hi", "गठबंधन")),
                o.names());
        assertEquals(Optional.of("migrant-rights-centre"), o.type());
        assertEquals(List.of(PravasiUris.state("10")), o.states());
        assertEquals(
                List.of(new OrganisationTexts.Centre(
                        List.of(new CatalogTexts.LangText("en", "Katihar centre")),
                        List.of(PravasiUris.district("201")))),
                o.centres());
        assertEquals(List.of(org.getURI()), store.read(() -> texts.organisations()));
    }

    @Test
    void anOrganisationWithoutANameHasNoTexts() {
        Node org = iri("https://w3id.org/pravasi/id/org/nameless");
        quad(org, org, RDF.type.asNode(), PV.Organisation.asNode());

        assertEquals(Optional.empty(), store.read(() -> texts.organisation(org.getURI())));
    }

    @Test
    void aDistrictHasItsNamesAliasesAndState() {
        Node geo = iri(PravasiUris.GEO_GRAPH);
        Node district = iri(PravasiUris.district("62"));
        quad(geo, district, RDF.type.asNode(), PV.District.asNode());
        quad(geo, district, SKOS.prefLabel.asNode(), en("Gurugram"));
        quad(geo, district, SKOS.altLabel.asNode(), en("Gurgaon"));
        quad(geo, district, PV.state.asNode(), iri(PravasiUris.state("6")));

        PlaceTexts p = store.read(() -> texts.place(district.getURI())).orElseThrow();

        assertTrue(p.district());
        assertEquals("62", p.code());
        assertEquals(List.of(new CatalogTexts.LangText("en", "Gurugram")), p.names());
        assertEquals(List.of(new CatalogTexts.LangText("en", "Gurgaon")), p.aliases());
        assertEquals(Optional.of("6"), p.state());
        assertEquals(List.of(p), store.read(() -> texts.places()));
        assertEquals(Optional.empty(), store.read(() -> texts.place(PravasiUris.country("ARE"))));
    }

    /** A listed dataset whose current version has one observation with {@code code} on a violation-type dimension. */
    private void datasetUsing(Node code, Node theme) {
        Node vocabulary = iri(PravasiUris.VOCABULARY_GRAPH);
        Node dimension = iri(PravasiUris.BASE + "def/violationType");
        quad(vocabulary, dimension, QB.codeList.asNode(), iri(PravasiUris.scheme("violation-type")));
        Node version = iri(G.getURI() + "/v1");
        add(PV.withdrawn.asNode(), NodeFactory.createLiteralDT("false", XSDDatatype.XSDboolean));
        add(DCTerms.identifier.asNode(), NodeFactory.createLiteralString("org-a/cases"));
        add(TITLE, en("Legal aid cases"));
        add(DCAT3.hasCurrentVersion.asNode(), version);
        add(DCAT.theme.asNode(), theme);
        quad(version, iri(G.getURI() + "/v1/obs/1"), dimension, code);
    }

    @Test
    void aConceptHasItsLabelsItsSchemeAndTheListedDatasetsThatUseIt() {
        Node codes = iri(PravasiUris.CODES_GRAPH);
        Node scheme = iri(PravasiUris.scheme("violation-type"));
        Node wageTheft = iri(PravasiUris.concept("violation-type", "wage-theft"));
        Node unused = iri(PravasiUris.concept("violation-type", "child-labour"));
        Node wages = iri(PravasiUris.concept("theme", "wages"));
        quad(codes, scheme, SKOS.prefLabel.asNode(), en("Violation type"));
        quad(codes, wageTheft, SKOS.inScheme.asNode(), scheme);
        quad(codes, wageTheft, SKOS.notation.asNode(), NodeFactory.createLiteralString("wage-theft"));
        quad(codes, wageTheft, SKOS.prefLabel.asNode(), en("Wage theft"));
        quad(codes, wageTheft, SKOS.altLabel.asNode(), en("Unpaid wages"));
        quad(codes, wageTheft, SKOS.altLabel.asNode(), hi("मज़दूरी की चोरी"));
        quad(codes, unused, SKOS.inScheme.asNode(), scheme);
        quad(codes, unused, SKOS.notation.asNode(), NodeFactory.createLiteralString("child-labour"));
        quad(codes, wages, SKOS.inScheme.asNode(), iri(PravasiUris.scheme("theme")));
        quad(codes, wages, SKOS.notation.asNode(), NodeFactory.createLiteralString("wages"));
        datasetUsing(wageTheft, wages);

        List<ConceptTexts> all = store.read(() -> texts.concepts());
        ConceptTexts c = all.stream()
                .filter(x -> x.uri().equals(wageTheft.getURI()))
                .findFirst()
                .orElseThrow();

        assertEquals("violation-type", c.schemeId());
        assertEquals("wage-theft", c.notation());
        assertEquals(List.of(new CatalogTexts.LangText("en", "Violation type")), c.schemeLabels());
        assertEquals(List.of(new CatalogTexts.LangText("en", "Wage theft")), c.prefLabels());
        assertEquals(
                List.of(
                        new CatalogTexts.LangText("en", "Unpaid wages"),
                        new CatalogTexts.LangText("hi", "मज़दूरी की चोरी")),
                c.altLabels());
        assertEquals(
                List.of(new ConceptTexts.Use(
                        G.getURI(),
                        Optional.of("org-a/cases"),
                        List.of(new CatalogTexts.LangText("en", "Legal aid cases")),
                        Optional.of("violation-type"))),
                c.uses());
        ConceptTexts theme = all.stream()
                .filter(x -> x.uri().equals(wages.getURI()))
                .findFirst()
                .orElseThrow();
        assertEquals(Optional.empty(), theme.uses().getFirst().dimension());
        assertEquals(
                List.of(),
                all.stream()
                        .filter(x -> x.uri().equals(unused.getURI()))
                        .findFirst()
                        .orElseThrow()
                        .uses());
    }

    @Test
    void aWithdrawnDatasetUsesNoConcept() {
        Node codes = iri(PravasiUris.CODES_GRAPH);
        Node wageTheft = iri(PravasiUris.concept("violation-type", "wage-theft"));
        quad(codes, wageTheft, SKOS.inScheme.asNode(), iri(PravasiUris.scheme("violation-type")));
        quad(codes, wageTheft, SKOS.notation.asNode(), NodeFactory.createLiteralString("wage-theft"));
        datasetUsing(wageTheft, wageTheft);
        store.write(() -> {
            store.dataset().delete(G, G, DCAT3.hasCurrentVersion.asNode(), iri(G.getURI() + "/v1"));
            return null;
        });

        assertEquals(List.of(), store.read(() -> texts.concepts()).getFirst().uses());
    }

    @Test
    void theFingerprintChangesWithAnOrganisationsTextsAndWithALabel() {
        Node org = iri("https://w3id.org/pravasi/id/org/mrc-alliance");
        quad(org, org, RDF.type.asNode(), PV.Organisation.asNode());
        CatalogFingerprint before = store.read(() -> texts.fingerprint());
        quad(org, org, SKOS.prefLabel.asNode(), en("Alliance"));
        CatalogFingerprint renamed = store.read(() -> texts.fingerprint());
        quad(
                iri(PravasiUris.CODES_GRAPH),
                iri(PravasiUris.concept("theme", "wages")),
                SKOS.altLabel.asNode(),
                en("Pay"));
        CatalogFingerprint relabelled = store.read(() -> texts.fingerprint());

        assertEquals(1, before.organisations());
        assertTrue(before.organisationHash() != renamed.organisationHash());
        assertEquals(renamed.organisationHash(), relabelled.organisationHash());
        assertTrue(renamed.labelHash() != relabelled.labelHash());
    }
}
