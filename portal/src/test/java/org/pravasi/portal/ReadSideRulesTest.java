package org.pravasi.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Rules of the read side, checked on the sources of the registry and the portal: vocabulary terms are defined once (in
 * {@code ontology}), the current version of a dataset is read in one place, and features get collaborators, not the
 * whole node. SPARQL text (PREFIX lines) and prefix maps may spell namespaces; Java code may not.
 */
class ReadSideRulesTest {
    private static final Path PORTAL = Path.of("src", "main", "java");
    private static final Path REGISTRY = Path.of("..", "registry", "src", "main", "java");
    private static final Pattern NAMESPACE = Pattern.compile(
            "\"http://www\\.w3\\.org/ns/(dcat|prov)#|\"http://schema\\.org/|\"http://xmlns\\.com/foaf/0\\.1/");
    private static final Pattern SPARQL_OR_PREFIX_MAP = Pattern.compile("PREFIX |setNsPrefix|Map\\.entry\\(");
    /** Writers of the record and checkers of incoming peer bundles; everything else reads through the read model. */
    private static final Set<String> MAY_NAME_CURRENT_VERSION = Set.of(
            "CurrentVersion.java",
            "CatalogRecord.java",
            "Catalog.java",
            "VersionHistory.java",
            "BundleCheck.java",
            "HarvestWriter.java",
            "Tombstones.java",
            "UriRules.java",
            "PeerStatements.java");

    @Test
    void vocabularyNamespacesAreSpelledOnlyInTheOntologyModule() {
        List<String> found = new ArrayList<>();
        for (Path root : List.of(PORTAL, REGISTRY)) {
            lines(root, (file, n, line) -> {
                if (NAMESPACE.matcher(line).find()
                        && !SPARQL_OR_PREFIX_MAP.matcher(line).find()) {
                    found.add(file + ":" + n + ": " + line.strip());
                }
            });
        }
        assertEquals(List.of(), found, "use org.pravasi.ontology (DCAT3, PROV, SCHEMA) or Jena's DCAT, DCTerms, FOAF");
    }

    @Test
    void onlyTheCatalogueReadModelReadsTheCurrentVersionInJavaCode() {
        List<String> found = new ArrayList<>();
        for (Path root : List.of(PORTAL, REGISTRY)) {
            lines(root, (file, n, line) -> {
                String folded = line.toLowerCase(Locale.ROOT).replace("_", "");
                boolean code = folded.contains("hascurrentversion") && !folded.contains("dcat:hascurrentversion");
                if (code
                        && !MAY_NAME_CURRENT_VERSION.contains(file.getFileName().toString())) {
                    found.add(file + ":" + n + ": " + line.strip());
                }
            });
        }
        assertEquals(List.of(), found, "ask org.pravasi.registry.catalog.CatalogView for the current version");
    }

    @Test
    void portalFeaturesAreGivenCollaboratorsNotTheWholeNode() {
        List<String> found = new ArrayList<>();
        for (String feature : List.of(
                "pages/Pages.java",
                "linkeddata/LinkedData.java",
                "search/PortalSearch.java",
                "seed/DemoSeeder.java",
                "map/MapRoutes.java",
                "map/MapService.java")) {
            Path file = PORTAL.resolve("org/pravasi/portal").resolve(feature);
            if (read(file).contains("RegistryNode")) {
                found.add(feature);
            }
        }
        assertEquals(List.of(), found, "pass the store, the catalogue read model, the bus or the config instead");
    }

    private interface LineVisitor {
        void visit(Path file, int number, String line);
    }

    private static void lines(Path root, LineVisitor visitor) {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    visitor.visit(f, i + 1, lines.get(i));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
