package org.pravasi.registry.accounts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Accounts on the node's disk: roles, checks that change nothing when they refuse, no plaintext. */
class AccountStoreTest {
    private static final char[] PASSWORD = "river-mango-lantern".toCharArray();

    @TempDir
    Path data;

    @Test
    @DisplayName("an admin signs in with the right password only, and the email's case does not matter")
    void authenticatesWithTheRightPasswordOnly() {
        AccountStore store = AccountStore.open(data);
        Account a = store.addAdmin("org-a", "Asha@Example.org", "Asha", PASSWORD);
        assertEquals("asha@example.org", a.email());
        assertEquals(Optional.of(Role.ADMIN), a.roleIn("org-a"));
        assertEquals(
                a.id(),
                store.authenticate(" ASHA@example.org ", PASSWORD).orElseThrow().id());
        assertTrue(store.authenticate("asha@example.org", "river-mango-lanterN".toCharArray())
                .isEmpty());
        assertTrue(store.authenticate("nobody@example.org", PASSWORD).isEmpty());
    }

    @Test
    @DisplayName("no password, generated or chosen, is written to the data folder in plain text")
    void noPlaintextPasswordOnDisk() throws Exception {
        AccountStore store = AccountStore.open(data);
        store.addAdmin("org-a", "asha@example.org", "Asha", PASSWORD);
        String generated = store.addMember("org-a", "ben@example.org", "Ben", Role.EDITOR)
                .initialPassword()
                .orElseThrow();
        for (String secret : List.of(new String(PASSWORD), generated)) {
            byte[] needle = secret.getBytes(StandardCharsets.UTF_8);
            try (Stream<Path> files = Files.walk(data)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    assertFalse(contains(Files.readAllBytes(f), needle), f + " holds a password in plain text");
                }
            }
        }
        String json = Files.readString(data.resolve(AccountStore.FILE_NAME));
        assertTrue(json.contains("$argon2id$v=19$m=19456,t=2,p=1$"), json);
    }

    @Test
    @DisplayName("the accounts file is readable by its owner only")
    void accountsFileIsOwnerOnly() throws Exception {
        AccountStore.open(data).addAdmin("org-a", "asha@example.org", "Asha", PASSWORD);
        Path file = data.resolve(AccountStore.FILE_NAME);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    @DisplayName("a member added by an admin gets a one-time password that works; an existing person keeps theirs")
    void addedMembersGetAPasswordOnceOrKeepTheirs() {
        AccountStore store = AccountStore.open(data);
        store.addAdmin("org-a", "asha@example.org", "Asha", PASSWORD);
        NewMember ben = store.addMember("org-a", "ben@example.org", "Ben", Role.EDITOR);
        String generated = ben.initialPassword().orElseThrow();
        assertTrue(
                store.authenticate("ben@example.org", generated.toCharArray()).isPresent());
        // Ben sets his own password; org-a's admin may add him to more of org-a's work, and he keeps it.
        char[] pw = "bens-own-long-password".toCharArray();
        store.changePassword(ben.account().id(), generated.toCharArray(), pw);
        assertMessage("already a member", () -> store.addMember("org-a", "ben@example.org", "Ben", Role.VIEWER));
        // The operator may join an existing account to another organisation with its holder typing their password.
        store.addAdmin("org-b", "ben@example.org", "ignored", pw);
        Account b = store.byId(ben.account().id()).orElseThrow();
        assertEquals(Optional.of(Role.EDITOR), b.roleIn("org-a"));
        assertEquals(Optional.of(Role.ADMIN), b.roleIn("org-b"));
        assertTrue(store.authenticate("ben@example.org", pw).isPresent());
    }

    @Test
    @DisplayName(
            "an account another organisation's admin created is never joined here from the workspace, even after a new password")
    void anotherOrganisationsAdminCannotPlantAnAccountHere() {
        AccountStore store = AccountStore.open(data);
        store.addAdmin("org-a", "asha@example.org", "Asha", PASSWORD);
        store.addAdmin("org-b", "mallory@example.org", "Mallory", "mallorys-long-password".toCharArray());
        // Mallory, admin of org-b, creates an account for someone who will join org-a, sees its password, and
        // removes it from org-b again.
        NewMember planted = store.addMember("org-b", "priya@ngo-a.org", "Priya", Role.VIEWER);
        String generated = planted.initialPassword().orElseThrow();
        // She signs in as Priya and sets a password of her own: the account looks like one its holder set up.
        String known = "mallorys-password-for-priya";
        store.changePassword(planted.account().id(), generated.toCharArray(), known.toCharArray());
        store.removeMember("org-b", planted.account().id());

        assertMessage(
                "created by another organisation's admin",
                () -> store.addMember("org-a", "priya@ngo-a.org", "P", Role.EDITOR));
        assertMessage("not its password", () -> store.addAdmin("org-c", "priya@ngo-a.org", "P", PASSWORD));
        Account priya = store.byId(planted.account().id()).orElseThrow();
        assertEquals(Optional.empty(), priya.roleIn("org-a"));
        assertEquals(Optional.empty(), priya.roleIn("org-c"));
        assertTrue(store.authenticate("priya@ngo-a.org", known.toCharArray())
                .orElseThrow()
                .memberships()
                .isEmpty());
    }

    @Test
    @DisplayName("the command line makes an existing account an admin only with that account's own password")
    void theCommandLineNeedsAnExistingAccountsOwnPassword() {
        AccountStore store = AccountStore.open(data);
        store.addAdmin("org-a", "asha@example.org", "Asha", PASSWORD);
        assertMessage(
                "not its password",
                () -> store.addAdmin("org-b", "asha@example.org", "Asha", "another-long-password".toCharArray()));
        assertEquals(Optional.empty(), store.list().getFirst().roleIn("org-b"));
        store.addAdmin("org-b", "asha@example.org", "Asha", PASSWORD);
        assertEquals(Optional.of(Role.ADMIN), store.list().getFirst().roleIn("org-b"));
    }

    @Test
    @DisplayName("bad input is refused with a clear reason and leaves the file unchanged")
    void badInputChangesNothing() throws Exception {
        AccountStore store = AccountStore.open(data);
        store.addAdmin("org-a", "asha@example.org", "Asha", PASSWORD);
        byte[] before = Files.readAllBytes(data.resolve(AccountStore.FILE_NAME));
        assertMessage("email", () -> store.addMember("org-a", "not-an-email", "X", Role.EDITOR));
        assertMessage("slug", () -> store.addMember("Org A", "x@example.org", "X", Role.EDITOR));
        assertMessage("name", () -> store.addMember("org-a", "x@example.org", "  ", Role.EDITOR));
        assertMessage("name", () -> store.addMember("org-a", "x@example.org", "a\nb", Role.EDITOR));
        assertMessage("role", () -> store.addMember("org-a", "x@example.org", "X", null));
        assertMessage("already a member", () -> store.addMember("org-a", "asha@example.org", "A", Role.VIEWER));
        assertMessage("12 to 256", () -> store.addAdmin("org-b", "c@example.org", "C", "short".toCharArray()));
        assertMessage(
                "at least one admin",
                () -> store.setRole("org-a", store.list().getFirst().id(), Role.EDITOR));
        assertMessage(
                "at least one admin",
                () -> store.removeMember("org-a", store.list().getFirst().id()));
        assertMessage(
                "not a member",
                () -> store.setRole("org-b", store.list().getFirst().id(), Role.ADMIN));
        assertArrayEquals(before, Files.readAllBytes(data.resolve(AccountStore.FILE_NAME)));
    }

    @Test
    @DisplayName("roles change and members leave, and a second store sees it (the CLI and the node share the file)")
    void changesAreSharedThroughTheFile() {
        AccountStore store = AccountStore.open(data);
        store.addAdmin("org-a", "asha@example.org", "Asha", PASSWORD);
        Account ben =
                store.addMember("org-a", "ben@example.org", "Ben", Role.VIEWER).account();
        store.setRole("org-a", ben.id(), Role.ADMIN);
        AccountStore other = AccountStore.open(data);
        assertEquals(Optional.of(Role.ADMIN), other.byId(ben.id()).orElseThrow().roleIn("org-a"));
        other.removeMember("org-a", ben.id());
        assertEquals(1, store.members("org-a").size());
    }

    @Test
    @DisplayName("a password changes only with the current one, and the new one must be long enough")
    void passwordChangeNeedsTheCurrentPassword() {
        AccountStore store = AccountStore.open(data);
        Account a = store.addAdmin("org-a", "asha@example.org", "Asha", PASSWORD);
        char[] next = "a-much-better-phrase".toCharArray();
        assertMessage("current password", () -> store.changePassword(a.id(), "wrong-password!".toCharArray(), next));
        assertMessage("12 to 256", () -> store.changePassword(a.id(), PASSWORD, "short".toCharArray()));
        store.changePassword(a.id(), PASSWORD, next);
        assertTrue(store.authenticate("asha@example.org", PASSWORD).isEmpty());
        assertTrue(store.authenticate("asha@example.org", next).isPresent());
    }

    @Test
    @DisplayName("a hash with outdated parameters is replaced at the next sign-in")
    void outdatedHashIsUpgradedAtSignIn() {
        AccountStore weak = AccountStore.open(data, new PasswordHasher(1024, 1, 1));
        Account a = weak.addAdmin("org-a", "asha@example.org", "Asha", PASSWORD);
        assertTrue(PasswordHasher.DEFAULT.outdated(a.password()));
        AccountStore store = AccountStore.open(data);
        store.authenticate("asha@example.org", PASSWORD).orElseThrow();
        assertFalse(
                PasswordHasher.DEFAULT.outdated(store.byId(a.id()).orElseThrow().password()));
    }

    private static void assertMessage(String part, org.junit.jupiter.api.function.Executable action) {
        AccountException e = assertThrows(AccountException.class, action);
        assertTrue(e.getMessage().contains(part), e.getMessage());
    }

    private static boolean contains(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
