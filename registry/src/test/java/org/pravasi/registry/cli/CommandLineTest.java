package org.pravasi.registry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** The command line's own behaviour: help, version, environment defaults, completion, usage errors. */
@DisplayName("pravasi-registry's command line")
class CommandLineTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {}

    static Run cli(Map<String, String> env, boolean terminal, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(new Streams(
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8),
                        terminal,
                        env))
                .run(List.of(args));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Run cli(String... args) {
        return cli(Map.of(), false, args);
    }

    /** Every command and sub-command, as the words that name it: {@code [keys, create]}. */
    static Stream<List<String>> commands() {
        List<List<String>> all = new ArrayList<>();
        walk(Cli.commandLine(new Streams(System.out, System.err, false, Map.of())), List.of(), all);
        return all.stream();
    }

    private static void walk(CommandLine cmd, List<String> path, List<List<String>> all) {
        all.add(path);
        cmd.getSubcommands().forEach((name, sub) -> {
            List<String> p = new ArrayList<>(path);
            p.add(name);
            walk(sub, p, all);
        });
    }

    @ParameterizedTest(name = "pravasi-registry {0} --help")
    @MethodSource("commands")
    void everyCommandAnswersHelpWithItsUsage(List<String> command) {
        List<String> args = new ArrayList<>(command);
        args.add("--help");
        Run r = cli(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        assertTrue(
                r.out()
                        .startsWith("Usage: "
                                + String.join(
                                        " ",
                                        Stream.concat(Stream.of("pravasi-registry"), command.stream())
                                                .toList())),
                r.out());
        assertTrue(r.err().isEmpty(), r.err());
    }

    @Test
    void publishHelpNamesItsFlagsAndTheirEnvironmentVariables() {
        Run r = cli("publish", "--help");
        for (String s :
                List.of("--node", "--key", "--descriptor", "--csv", "--dry-run", "PRAVASI_NODE", "PRAVASI_KEY")) {
            assertTrue(r.out().contains(s), s + " in\n" + r.out());
        }
    }

    @Test
    void versionIsTheMavenProjectVersion() {
        Run r = cli("--version");
        assertEquals(0, r.code());
        assertTrue(r.out().strip().matches("pravasi-registry \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), r.out());
        Run sub = cli("publish", "--version");
        assertEquals(0, sub.code());
        assertTrue(sub.out().contains(VersionProvider.version()), sub.out());
    }

    @Test
    void topLevelHelpListsTheExitCodes() {
        Run r = cli("--help");
        assertTrue(r.out().contains("Exit codes:"), r.out());
        for (ExitCode c : ExitCode.values()) {
            assertTrue(
                    r.out()
                            .replaceAll("\\s+", " ")
                            .contains(c.meaning().replace("`", "").substring(0, 40)),
                    c + " in\n" + r.out());
        }
    }

    @Test
    void unknownFlagIsAUsageErrorThatSuggestsHelp() {
        Run r = cli(
                "publish",
                "--node",
                "http://127.0.0.1:1",
                "--key",
                "k",
                "--descriptor",
                "d.json",
                "--csv",
                "c.csv",
                "--dry-rn");
        assertEquals(ExitCode.USAGE.code(), r.code());
        assertTrue(r.err().contains("--dry-rn") && r.err().contains("pravasi-registry publish --help"), r.err());
        assertTrue(r.err().contains("--dry-run"), "suggests the flag meant: " + r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
    }

    @Test
    void noCommandIsAUsageError() {
        Run r = cli();
        assertEquals(ExitCode.USAGE.code(), r.code());
        assertTrue(r.err().contains("publish"), r.err());
    }

    @Test
    void malformedNumberNamesTheFlag() {
        Run r = cli("serve", "--port", "eighty");
        assertEquals(ExitCode.USAGE.code(), r.code());
        assertTrue(r.err().contains("--port") && r.err().contains("eighty"), r.err());
    }

    @Test
    void environmentVariablesSetFlagsAndAFlagWins() {
        Path data = dir.resolve("from-env");
        Run created = cli(Map.of("PRAVASI_DATA", data.toString()), false, "keys", "create", "--org", "mrc-alliance");
        assertEquals(0, created.code(), created.err());
        assertTrue(Files.exists(data.resolve("keys.json")), "PRAVASI_DATA named the folder");
        Path flag = dir.resolve("from-flag");
        Run wins = cli(
                Map.of("PRAVASI_DATA", data.toString()),
                false,
                "keys",
                "create",
                "--org",
                "mrc-alliance",
                "--data",
                flag.toString());
        assertEquals(0, wins.code(), wins.err());
        assertTrue(Files.exists(flag.resolve("keys.json")), "the flag won over PRAVASI_DATA");
    }

    @Test
    void missingKeyNamesTheFlagAndItsVariable() {
        Run r = cli(
                Map.of("PRAVASI_NODE", "http://127.0.0.1:1"), false, "withdraw", "--dataset", "a/b", "--reason", "x");
        assertEquals(ExitCode.USAGE.code(), r.code());
        assertTrue(r.err().contains("--key") && r.err().contains("or set PRAVASI_KEY"), r.err());
    }

    @Test
    void completionScriptCoversEveryCommandAndIsValidBash() throws Exception {
        Run r = cli("completion");
        assertEquals(0, r.code(), r.err());
        for (String s : List.of(
                "serve",
                "publish",
                "withdraw",
                "keys",
                "create",
                "revoke",
                "backup",
                "restore",
                "--descriptor",
                "--dry-run",
                "complete -F")) {
            assertTrue(r.out().contains(s), s);
        }
        Path script = dir.resolve("pravasi-registry.bash");
        Files.writeString(script, r.out());
        Process bash = new ProcessBuilder("bash", "-n", script.toString())
                .redirectErrorStream(true)
                .start();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(bash.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, bash.exitValue(), out);
    }
}
