package org.pravasi.portal;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Set;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.sparql.core.DatasetGraph;
import org.pravasi.registry.catalog.CatalogTexts;
import org.pravasi.registry.store.Store;

/** The portal's architecture rules, checked on its compiled classes (tests excluded). */
@AnalyzeClasses(packages = "org.pravasi.portal", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    /** Each feature package may use others, but no chain of uses leads back to where it started. */
    @ArchTest
    static final ArchRule packagesAreFreeOfCycles =
            slices().matching("org.pravasi.portal.(*)..").should().beFreeOfCycles();

    /** The store's index layout belongs to the registry ({@code registry.store}); the portal reads typed records. */
    @ArchTest
    static final ArchRule noClassReachesIntoTheStoresInternals = noClasses()
            .that()
            .resideInAPackage("org.pravasi.portal..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.apache.jena.tdb2..", "org.apache.jena.dboe..");

    /**
     * Outside {@code sparql} and {@code seed}: the dump streams every quad, so it reads the store whole, and
     * {@code LargeVersions} streams one version graph's statements (too many to build as a graph in memory). The search
     * index reads its texts through {@code registry.catalog.CatalogTexts}.
     */
    private static final List<String> RAW_DATASET_READERS =
            List.of("org.pravasi.portal.linkeddata.DumpRoute", "org.pravasi.portal.linkeddata.LargeVersions");

    /**
     * Pages, map, linked data and search read typed records from {@code registry.catalog}; only the SPARQL endpoint,
     * the demo seeder (a writer) and {@link #RAW_DATASET_READERS} touch the raw dataset or run queries on it. Writing
     * query text ({@code ParameterizedSparqlString}, the example query of a dataset page) runs nothing.
     */
    @ArchTest
    static final ArchRule onlySparqlSeedAndDumpTouchTheRawDataset = noClasses()
            .that()
            .resideInAPackage("org.pravasi.portal..")
            .and(not(resideInAnyPackage("org.pravasi.portal.sparql..", "org.pravasi.portal.seed..")))
            .and(not(oneOf(RAW_DATASET_READERS)))
            .should()
            .dependOnClassesThat(assignableTo(DatasetGraph.class))
            .orShould()
            .dependOnClassesThat(resideInAnyPackage("org.apache.jena.query..", "org.apache.jena.sparql.exec..")
                    .and(not(name(ParameterizedSparqlString.class.getName()))))
            .orShould()
            .callMethod(Store.class, "dataset");

    /** The node-by-node reads of {@link CatalogTexts}, which only the read model itself may use (issue 19). */
    private static final Set<String> GENERIC_READS = Set.of(
            "find",
            "objects",
            "uris",
            "object",
            "has",
            "texts",
            "strings",
            "string",
            "flag",
            "instant",
            "date",
            "uri",
            "lastSegment",
            "parseInstant");

    /**
     * Features read typed records ({@code DatasetTexts}, {@code OrganisationTexts}, {@code ConceptTexts}, ...), never
     * the store node by node through the read model's generic reads.
     */
    @ArchTest
    static final ArchRule noClassReadsTheCatalogueNodeByNode = noClasses()
            .that()
            .resideInAPackage("org.pravasi.portal..")
            .should()
            .callCodeUnitWhere(DescribedPredicate.describe(
                    "a generic read of CatalogTexts " + GENERIC_READS,
                    (JavaCall<?> call) -> call.getTargetOwner().isEquivalentTo(CatalogTexts.class)
                            && GENERIC_READS.contains(call.getName())))
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName(CatalogTexts.class.getName() + "$Match");

    /** Search works on typed records and Lucene; it never handles RDF nodes. */
    @ArchTest
    static final ArchRule searchHandlesNoRdfNodes = noClasses()
            .that()
            .resideInAPackage("org.pravasi.portal.search..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.apache.jena..");

    private static DescribedPredicate<JavaClass> oneOf(List<String> names) {
        return DescribedPredicate.describe(
                "one of " + names,
                c -> names.stream()
                        .anyMatch(n -> c.getName().equals(n) || c.getName().startsWith(n + "$")));
    }
}
