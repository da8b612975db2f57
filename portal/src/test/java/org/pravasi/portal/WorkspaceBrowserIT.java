package org.pravasi.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.portal.testing.TwoOrganisations;

/**
 * The publishing workspace in Chromium: the portal jar runs with one demo dataset each of two organisations, their
 * admins are created with the jar's {@code accounts add-admin}, and {@code src/test/browser/workspace.mjs} signs people
 * in with the keyboard and checks that an editor of one organisation can neither see nor change the other's workspace
 * and that a viewer cannot publish ({@link BrowserJourney}).
 */
@DisplayName("The publishing workspace in Chromium: organisations apart, viewers read-only")
class WorkspaceBrowserIT {
    private static final String A = "mrc-alliance";
    private static final String B = "four-state-network";
    private static final String PASSWORD = "two-admins-long-phrase";

    @TempDir
    Path dir;

    @Test
    @DisplayName("an editor of B cannot see or change A's workspace, a viewer of A cannot publish, forged posts fail")
    void organisationsStayApart() throws Exception {
        BrowserJourney browser = BrowserJourney.tools();
        Path data = dir.resolve("data");
        try (PortalProcess portal = PortalProcess.start(
                data, "--datasets", TwoOrganisations.datasets(dir).toString())) {
            portal.awaitHealthy(180);
            addAdmin(data, A, "admin@a.example.org");
            addAdmin(data, B, "admin@b.example.org");
            browser.run(
                    "workspace.mjs",
                    portal,
                    Map.of(
                            "ORG_A", A,
                            "ORG_B", B,
                            "ADMIN_A", "admin@a.example.org",
                            "ADMIN_B", "admin@b.example.org",
                            "PASSWORD", PASSWORD));
        }
    }

    /** {@code pravasi-registry accounts add-admin} from the portal jar, the password on standard input. */
    private static void addAdmin(Path data, String org, String email) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(
                        java,
                        "-cp",
                        PortalProcess.jar().toString(),
                        "org.pravasi.registry.RegistryMain",
                        "accounts",
                        "add-admin",
                        "--data",
                        data.toString(),
                        "--org",
                        org,
                        "--email",
                        email,
                        "--name",
                        "Admin " + org)
                .redirectErrorStream(true)
                .start();
        p.getOutputStream().write((PASSWORD + "\n").getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), "accounts add-admin failed: " + out);
    }
}
