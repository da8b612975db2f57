package org.pravasi.portal.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pravasi.portal.testing.DemoPortal;

/**
 * Python's rdflib ({@code SPARQLStore}) against {@code /sparql}: SELECT, ASK, CONSTRUCT and DESCRIBE in each
 * {@code returnFormat}, by GET and POST ({@code src/test/python/rdflib_client.py}). Without python3 and rdflib the test
 * is skipped with the reason, except under CI ({@code CI=true}), where it fails: {@code .ci/run} installs rdflib.
 */
@DisplayName("rdflib's SPARQLStore against /sparql")
class RdflibClientTest {
    static final Path SCRIPT = Path.of("src", "test", "python", "rdflib_client.py");
    /** The Python interpreter with rdflib: {@code PRAVASI_PYTHON} ({@code .ci/run} sets it), else {@code python3}. */
    static final String PYTHON = System.getenv().getOrDefault("PRAVASI_PYTHON", "python3");

    @Test
    @DisplayName("every query form answers rdflib in every returnFormat, by GET and POST")
    void everyQueryFormAnswersRdflib() throws Exception {
        requireRdflib();
        Process p = new ProcessBuilder(
                        PYTHON, SCRIPT.toString(), DemoPortal.shared().baseUrl() + "/sparql")
                .redirectErrorStream(true)
                .start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(3, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail("rdflib_client.py did not finish within 3 minutes:\n" + output);
        }
        assertTrue(output.contains("ok CONSTRUCT returnFormat=json method=GET"), output);
        assertEquals(0, p.exitValue(), "rdflib failed against /sparql:\n" + output);
    }

    private static void requireRdflib() throws IOException, InterruptedException {
        String reason;
        try {
            Process p = new ProcessBuilder(List.of(PYTHON, "-c", "import rdflib"))
                    .redirectErrorStream(true)
                    .start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0) {
                return;
            }
            reason = PYTHON + " has no rdflib (python3 -m pip install --user rdflib): " + out.strip();
        } catch (IOException e) {
            reason = PYTHON + " is not on the PATH";
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(reason + "; .ci/run should have installed it");
        }
        Assumptions.abort(reason);
    }
}
