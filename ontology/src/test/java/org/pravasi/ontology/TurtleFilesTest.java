package org.pravasi.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TurtleFilesTest {

    static Stream<String> turtleFiles() {
        List<String> files = new ArrayList<>(List.of("vocabulary.ttl", "shapes.ttl"));
        ClasspathOntology.CODE_LIST_FILES.forEach(id -> files.add("codes/" + id + ".ttl"));
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("turtleFiles")
    void parsesWithoutErrorsOrWarnings(String file) throws IOException {
        List<String> problems = new ArrayList<>();
        Graph graph = GraphFactory.createDefaultGraph();
        try (InputStream in = getClass().getResourceAsStream(ClasspathOntology.RESOURCE_ROOT + file)) {
            RDFParser.source(in)
                    .lang(Lang.TURTLE)
                    .errorHandler(collecting(problems))
                    .parse(graph);
        }
        assertEquals(List.of(), problems, file);
        assertFalse(graph.isEmpty(), file + " is empty");
    }

    @Test
    void everyCodeListFileInTheSourceTreeIsLoaded() throws IOException {
        Path codes = Path.of("src/main/resources/org/pravasi/ontology/codes");
        Set<String> onDisk = new TreeSet<>();
        try (Stream<Path> files = Files.list(codes)) {
            files.forEach(p -> onDisk.add(p.getFileName().toString().replace(".ttl", "")));
        }
        assertEquals(onDisk, new TreeSet<>(ClasspathOntology.CODE_LIST_FILES));
    }

    private static ErrorHandler collecting(List<String> problems) {
        return new ErrorHandler() {
            @Override
            public void warning(String message, long line, long col) {
                problems.add("warning " + line + ":" + col + " " + message);
            }

            @Override
            public void error(String message, long line, long col) {
                problems.add("error " + line + ":" + col + " " + message);
            }

            @Override
            public void fatal(String message, long line, long col) {
                problems.add("fatal " + line + ":" + col + " " + message);
            }
        };
    }
}
