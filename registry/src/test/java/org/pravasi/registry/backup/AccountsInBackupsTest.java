package org.pravasi.registry.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.registry.accounts.AccountStore;
import org.pravasi.registry.cli.CliRunner;
import org.pravasi.registry.node.RegistryNode;
import org.pravasi.registry.testing.TestNode;

/** Accounts are in a backup (owner-only, like the keys) so a restore keeps them, but never in its store dump. */
class AccountsInBackupsTest {
    @TempDir
    Path dir;

    @Test
    @DisplayName(
            "a backup carries accounts.json beside the store dump, which holds no account data; restore keeps them")
    void backupCarriesAccountsOutsideTheStoreDump() throws Exception {
        Path data = dir.resolve("data");
        Path backup = dir.resolve("node.zip");
        try (RegistryNode node = TestNode.start(data, Optional.empty())) {
            AccountStore.open(data)
                    .addAdmin("mrc-alliance", "asha@example.org", "Asha", "a-long-pass-phrase".toCharArray());
            CliRunner.Run b = CliRunner.run("backup", "--data", data.toString(), "--out", backup.toString());
            assertEquals(0, b.code(), b.err());
        }
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(backup)));
        Map<String, String> entries = entries(backup);
        assertTrue(entries.get("data/" + AccountStore.FILE_NAME).contains("asha@example.org"));
        assertFalse(entries.get(Snapshot.STORE_ENTRY).contains("asha@example.org"), "the store dump has no accounts");
        assertFalse(entries.get(Snapshot.STORE_ENTRY).contains("argon2"));

        Path copy = dir.resolve("restored");
        assertEquals(
                0,
                CliRunner.run("restore", "--data", copy.toString(), "--from", backup.toString())
                        .code());
        assertTrue(AccountStore.open(copy)
                .authenticate("asha@example.org", "a-long-pass-phrase".toCharArray())
                .isPresent());
    }

    private static Map<String, String> entries(Path zip) throws Exception {
        Map<String, String> out = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                in.transferTo(bytes);
                out.put(e.getName(), bytes.toString(StandardCharsets.UTF_8));
            }
        }
        return out;
    }
}
