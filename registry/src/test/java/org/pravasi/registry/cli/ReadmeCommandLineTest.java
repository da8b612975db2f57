package org.pravasi.registry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The README's tables of registry commands and exit codes are the picocli model's ({@link ReadmeTables}); run with
 * {@code -Dpravasi.readme.write=true} to rewrite them.
 */
@DisplayName("README's command-line tables")
class ReadmeCommandLineTest {
    static final Path README = Path.of("..", "README.md");

    static void check(String name, String expected) throws IOException {
        String readme = Files.readString(README);
        if (Boolean.getBoolean("pravasi.readme.write")) {
            Files.writeString(README, ReadmeTables.replace(readme, name, expected));
            return;
        }
        assertEquals(
                expected,
                ReadmeTables.section(readme, name),
                "README.md's table '" + name + "' differs from the code; rerun with -Dpravasi.readme.write=true");
    }

    @Test
    void registryCommandsTableMatchesTheCommandLine() throws IOException {
        check(
                "registry-commands",
                ReadmeTables.commands(Cli.commandLine(new Streams(System.out, System.err, false, Map.of()))
                        .getCommandSpec()));
    }

    @Test
    void exitCodeTableMatchesTheExitCodes() throws IOException {
        check("exit-codes", ReadmeTables.exitCodes());
    }
}
