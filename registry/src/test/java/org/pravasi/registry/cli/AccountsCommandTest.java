package org.pravasi.registry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.registry.accounts.AccountStore;
import org.pravasi.registry.accounts.Role;

/** {@code accounts add-admin}: an organisation's first admin from the command line. */
class AccountsCommandTest {
    @TempDir
    Path data;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String password, String... args) {
        Streams streams = new Streams(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                false,
                Map.of());
        return CommandLines.create(new AccountsCommand(prompt -> password.toCharArray()), streams)
                .execute(args);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("add-admin creates an admin who can sign in with the password typed")
    void addAdminCreatesTheFirstAdmin() {
        int code = run(
                "a-long-pass-phrase",
                "add-admin",
                "--data",
                data.toString(),
                "--org",
                "org-a",
                "--email",
                "asha@example.org",
                "--name",
                "Asha Rao");
        assertEquals(0, code);
        AccountStore store = AccountStore.open(data);
        var a = store.authenticate("asha@example.org", "a-long-pass-phrase".toCharArray())
                .orElseThrow();
        assertEquals(Optional.of(Role.ADMIN), a.roleIn("org-a"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("admin of 'org-a'"));
        assertFalse(out.toString(StandardCharsets.UTF_8).contains("a-long-pass-phrase"));
    }

    @Test
    @DisplayName("a short password or a bad email is refused with the reason and nothing is written")
    void badInputIsRefusedAndNothingWritten() {
        int shortPw = run(
                "short",
                "add-admin",
                "--data",
                data.toString(),
                "--org",
                "org-a",
                "--email",
                "a@example.org",
                "--name",
                "A");
        assertEquals(ExitCode.BAD_INPUT.code(), shortPw, err());
        assertTrue(err().contains("12 to 256"), err());
        err.reset();
        int email = run(
                "a-long-pass-phrase",
                "add-admin",
                "--data",
                data.toString(),
                "--org",
                "org-a",
                "--email",
                "asha",
                "--name",
                "A");
        assertEquals(ExitCode.BAD_INPUT.code(), email, err());
        assertTrue(err().contains("email"), err());
        assertFalse(Files.exists(data.resolve(AccountStore.FILE_NAME)));
    }

    @Test
    @DisplayName("the password is never taken from a flag, and missing flags say what to add")
    void passwordIsNotAFlag() {
        int flag = run(
                "x",
                "add-admin",
                "--data",
                data.toString(),
                "--org",
                "org-a",
                "--email",
                "a@example.org",
                "--name",
                "A",
                "--password",
                "a-long-pass-phrase");
        assertEquals(ExitCode.USAGE.code(), flag, err());
        assertTrue(err().contains("Unknown options: '--password'"), err());
        err.reset();
        int missing = run("x", "add-admin", "--data", data.toString(), "--org", "org-a");
        assertEquals(ExitCode.USAGE.code(), missing, err());
        assertTrue(err().contains("--email"), err());
    }

    @Test
    @DisplayName("the registry CLI dispatches accounts and lists them without hashes")
    void cliListsAccountsWithoutHashes() {
        run(
                "a-long-pass-phrase",
                "add-admin",
                "--data",
                data.toString(),
                "--org",
                "org-a",
                "--email",
                "asha@example.org",
                "--name",
                "Asha");
        CliRunner.Run list = CliRunner.run("accounts", "list", "--data", data.toString());
        assertEquals(0, list.code(), list.err());
        assertTrue(list.out().contains("asha@example.org") && list.out().contains("org-a:admin"), list.out());
        assertFalse(list.out().contains("argon2"), list.out());
    }
}
