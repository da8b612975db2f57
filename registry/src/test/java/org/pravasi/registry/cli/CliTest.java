package org.pravasi.registry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.registry.node.RegistryNode;
import org.pravasi.registry.testing.ServedNode;
import org.pravasi.registry.testing.TestNode;

/** The command line as a publisher and an operator use it. */
class CliTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {}

    private Run cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(List.of(args));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void keysAreCreatedOnceListedWithoutSecretsAndRevoked() throws Exception {
        Path data = dir.resolve("data");
        Run created = cli("keys", "create", "--data", data.toString(), "--org", "mrc-alliance");
        assertEquals(0, created.code(), created.err());
        String key = created.out().strip();
        assertTrue(key.startsWith("pdc_"), key);
        assertFalse(Files.readString(data.resolve("keys.json")).contains(key.substring(18)), "only the hash is stored");
        Run listed = cli("keys", "list", "--data", data.toString());
        assertTrue(listed.out().contains("mrc-alliance") && listed.out().contains("active"));
        assertFalse(listed.out().contains(key.substring(18)), "the list never shows a secret");
        String id = key.substring(4, 16);
        assertEquals(
                0, cli("keys", "revoke", "--data", data.toString(), "--id", id).code());
        assertTrue(cli("keys", "list", "--data", data.toString()).out().contains("revoked"));
        assertEquals(
                1, cli("keys", "revoke", "--data", data.toString(), "--id", id).code(), "already revoked");
        assertEquals(
                2,
                cli("keys", "create", "--data", data.toString(), "--org", "Bad Org!")
                        .code());
    }

    @Test
    void publishExitsZeroWhenPublishedOneWhenRefusedTwoOnError() throws Exception {
        try (ServedNode served = ServedNode.serve(TestNode.start(dir.resolve("node")))) {
            RegistryNode node = served.node();
            String url = served.url();
            String key = node.keys().create("mrc-alliance").secret();
            Path d = TestNode.DATASETS.resolve("mrc-alliance/violations-by-district-quarter.json");
            Path csv = TestNode.DATASETS.resolve("mrc-alliance/violations-by-district-quarter.csv");

            Run ok = cli("publish", "--node", url, "--key", key, "--descriptor", d.toString(), "--csv", csv.toString());
            assertEquals(0, ok.code(), ok.out() + ok.err());
            assertTrue(ok.out().contains("Published") && ok.out().contains("withheld to protect privacy"), ok.out());

            Path bad = dir.resolve("bad.csv");
            Files.writeString(bad, "district,quarter,violation,cases\n201,2024-Q1,wage-theft,98765 43210\n");
            Run refused =
                    cli("publish", "--node", url, "--key", key, "--descriptor", d.toString(), "--csv", bad.toString());
            assertEquals(1, refused.code(), refused.out());
            assertTrue(refused.out().contains("Refused") && refused.out().contains("line 2"), refused.out());

            Run dry = cli(
                    "publish",
                    "--node",
                    url,
                    "--key",
                    key,
                    "--descriptor",
                    d.toString(),
                    "--csv",
                    csv.toString(),
                    "--dry-run");
            assertEquals(0, dry.code());
            assertTrue(dry.out().contains("dry run"));

            Run unreachable = cli(
                    "publish",
                    "--node",
                    "http://127.0.0.1:1",
                    "--key",
                    key,
                    "--descriptor",
                    d.toString(),
                    "--csv",
                    csv.toString());
            assertEquals(ExitCode.UNAVAILABLE.code(), unreachable.code(), unreachable.err());
            assertTrue(unreachable.err().contains("cannot connect")
                    && unreachable.err().contains("--node"));
            Run missing = cli(
                    "publish", "--node", url, "--key", key, "--descriptor", "missing.json", "--csv", csv.toString());
            assertEquals(ExitCode.BAD_INPUT.code(), missing.code(), missing.err());
            assertTrue(missing.err().contains("--descriptor missing.json: no such file"), missing.err());
        }
    }

    @Test
    void withdrawNeedsAReasonAndExitsZeroWhenWithdrawnOneWhenRefused() throws Exception {
        try (ServedNode served = ServedNode.serve(TestNode.start(dir.resolve("node")))) {
            RegistryNode node = served.node();
            String url = served.url();
            String key = node.keys().create("mrc-alliance").secret();
            TestNode.publishDemo(node, "mrc-alliance", "violations-by-district-quarter");
            String ds = "mrc-alliance/violations-by-district-quarter";

            Run noReason = cli("withdraw", "--node", url, "--key", key, "--dataset", ds);
            assertEquals(2, noReason.code());
            assertTrue(noReason.err().contains("--reason"), noReason.err());
            Run personal = cli(
                    "withdraw",
                    "--node",
                    url,
                    "--key",
                    key,
                    "--dataset",
                    ds,
                    "--reason",
                    "Call the worker on 9876543210.");
            assertEquals(1, personal.code(), personal.out());
            assertTrue(personal.out().contains("Refused"), personal.out());
            Run ok = cli(
                    "withdraw",
                    "--node",
                    url,
                    "--key",
                    key,
                    "--dataset",
                    ds,
                    "--reason",
                    "Two quarters were counted twice.");
            assertEquals(0, ok.code(), ok.out() + ok.err());
            assertTrue(ok.out().contains("Withdrawn"), ok.out());
            assertEquals(
                    1,
                    cli("withdraw", "--node", url, "--key", key, "--dataset", ds, "--reason", "Again.")
                            .code(),
                    "nothing left to withdraw");
            assertEquals(
                    2,
                    cli("withdraw", "--node", url, "--key", key, "--dataset", "Not A Dataset", "--reason", "x")
                            .code());
        }
    }
}
