package org.pravasi.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The publishing workspace in Chromium: the portal jar runs with one demo dataset each of two organisations, their
 * admins are created with the jar's {@code accounts add-admin}, and {@code src/test/browser/workspace.mjs} signs people
 * in with the keyboard and checks that an editor of one organisation can neither see nor change the other's workspace
 * and that a viewer cannot publish. Skipped without Chromium or Node.js, except under CI.
 */
@DisplayName("The publishing workspace in Chromium: organisations apart, viewers read-only")
class WorkspaceBrowserIT {
    private static final Path BROWSER_TESTS = Path.of("src", "test", "browser");
    private static final String A = "mrc-alliance";
    private static final String B = "four-state-network";
    private static final String PASSWORD = "two-admins-long-phrase";

    @TempDir
    Path dir;

    @Test
    @DisplayName("an editor of B cannot see or change A's workspace, a viewer of A cannot publish, forged posts fail")
    void organisationsStayApart() throws Exception {
        Path chromium = Path.of(Optional.ofNullable(System.getenv("CHROMIUM")).orElse("/usr/bin/chromium"));
        Optional<Path> node = onPath("node");
        Optional<Path> npm = onPath("npm");
        require(Files.isExecutable(chromium), "Chromium is not installed at " + chromium);
        require(node.isPresent() && npm.isPresent(), "Node.js and npm are not on the PATH");
        installPlaywright(npm.get());
        Path data = dir.resolve("data");
        try (PortalProcess portal =
                PortalProcess.start(data, "--datasets", twoOrganisations().toString())) {
            portal.awaitHealthy(180);
            addAdmin(data, A, "admin@a.example.org");
            addAdmin(data, B, "admin@b.example.org");
            ProcessBuilder pb = new ProcessBuilder(node.get().toString(), "workspace.mjs")
                    .directory(BROWSER_TESTS.toFile())
                    .redirectErrorStream(true);
            pb.environment().put("PORTAL_URL", portal.url());
            pb.environment().put("ORG_A", A);
            pb.environment().put("ORG_B", B);
            pb.environment().put("ADMIN_A", "admin@a.example.org");
            pb.environment().put("ADMIN_B", "admin@b.example.org");
            pb.environment().put("PASSWORD", PASSWORD);
            pb.environment().put("CHROMIUM", chromium.toString());
            pb.environment()
                    .put(
                            "SCREENSHOTS",
                            Path.of("target", "browser-screenshots")
                                    .toAbsolutePath()
                                    .toString());
            Process run = pb.start();
            String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!run.waitFor(5, TimeUnit.MINUTES)) {
                run.destroyForcibly();
                fail("The workspace browser test did not finish within 5 minutes:\n" + output);
            }
            System.out.println(output);
            assertEquals(0, run.exitValue(), "The workspace browser test failed:\n" + output);
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

    /** One demo dataset of each organisation. */
    private Path twoOrganisations() throws IOException {
        Path demo = Path.of("..", "datasets").toAbsolutePath();
        Path small = dir.resolve("datasets");
        for (String[] pick : List.of(
                new String[] {A, "case-resolution-by-district-year"}, new String[] {B, "annual-outcomes-families"})) {
            Path org = Files.createDirectories(small.resolve(pick[0]));
            for (String file : List.of("organisation.json", pick[1] + ".json", pick[1] + ".csv")) {
                Files.copy(demo.resolve(pick[0]).resolve(file), org.resolve(file));
            }
        }
        return small;
    }

    private static void require(boolean present, String reason) {
        if (!present) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(reason + "; .ci/run should have installed it");
            }
            Assumptions.abort(reason);
        }
    }

    private static Optional<Path> onPath(String command) {
        for (String d : Optional.ofNullable(System.getenv("PATH")).orElse("").split(java.io.File.pathSeparator)) {
            Path p = Path.of(d, command);
            if (Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private static void installPlaywright(Path npm) throws IOException, InterruptedException {
        if (Files.isDirectory(BROWSER_TESTS.resolve("node_modules").resolve("playwright-core"))) {
            return;
        }
        Process p = new ProcessBuilder(npm.toString(), "ci", "--no-audit", "--no-fund")
                .directory(BROWSER_TESTS.toFile())
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            fail("npm ci in " + BROWSER_TESTS + " failed:\n" + out);
        }
    }
}
