package org.pravasi.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pravasi.registry.cli.ExitCode;
import org.pravasi.registry.cli.ReadmeTables;
import org.pravasi.registry.cli.Streams;

/**
 * The portal's command line: the README's configuration table is its picocli model (rewrite it with
 * {@code -Dpravasi.readme.write=true}); help, version and bad flags end at once with their exit code.
 */
@DisplayName("pravasi-portal.jar's command line")
class ReadmeFlagsTest {
    static final Path README = Path.of("..", "README.md");

    record Run(int code, String out, String err) {}

    static Run portal(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = PortalMain.commandLine(new Streams(
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8),
                        false,
                        env))
                .execute(args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void readmeConfigurationTableMatchesThePortalsFlags() throws Exception {
        String expected =
                ReadmeTables.flags(PortalMain.commandLine(new Streams(System.out, System.err, false, Map.of()))
                        .getCommandSpec());
        String readme = Files.readString(README);
        if (Boolean.getBoolean("pravasi.readme.write")) {
            Files.writeString(README, ReadmeTables.replace(readme, "portal-flags", expected));
            return;
        }
        assertEquals(
                expected,
                ReadmeTables.section(readme, "portal-flags"),
                "README.md's configuration table differs from PortalMain's flags; rerun with"
                        + " -Dpravasi.readme.write=true");
    }

    @Test
    void helpListsEveryFlagWithItsEnvironmentVariable() {
        Run r = portal(Map.of(), "--help");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Usage: pravasi-portal"), r.out());
        for (String s :
                new String[] {"--port", "--base-uri", "--peers-file", "PRAVASI_BASE_URI", "PRAVASI_PEERS_FILE"}) {
            assertTrue(r.out().contains(s), s + " in\n" + r.out());
        }
    }

    @Test
    void versionIsTheMavenProjectVersion() {
        Run r = portal(Map.of(), "--version");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().strip().matches("pravasi-portal \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), r.out());
    }

    @Test
    void badValueIsAUsageErrorNamingTheFlagWithoutStartingThePortal() {
        Run r = portal(Map.of(), "--threshold", "3");
        assertEquals(ExitCode.USAGE.code(), r.code(), r.err());
        assertTrue(r.err().contains("--threshold 3 is too low"), r.err());
        Run env = portal(Map.of("PRAVASI_PORT", "eighty"), "--data", "unused");
        assertEquals(ExitCode.USAGE.code(), env.code(), env.err());
        assertTrue(env.err().contains("--port") && env.err().contains("eighty"), env.err());
    }
}
