package org.pravasi.registry.accounts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Argon2id hashes: parameters recorded, salted, verified, tamper-evident. */
class PasswordHasherTest {
    private static final char[] PASSWORD = "correct horse battery".toCharArray();

    @Test
    @DisplayName("a hash is Argon2id in PHC form with the default parameters recorded")
    void hashRecordsAlgorithmAndParameters() {
        String phc = PasswordHasher.DEFAULT.hash(PASSWORD);
        assertTrue(phc.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), phc);
        assertFalse(phc.contains("correct horse"), phc);
    }

    @Test
    @DisplayName("the right password verifies, a wrong one does not")
    void verifiesOnlyTheRightPassword() {
        String phc = PasswordHasher.DEFAULT.hash(PASSWORD);
        assertTrue(PasswordHasher.DEFAULT.verify(PASSWORD, phc));
        assertFalse(PasswordHasher.DEFAULT.verify("correct horse batterY".toCharArray(), phc));
        assertFalse(PasswordHasher.DEFAULT.verify(new char[0], phc));
    }

    @Test
    @DisplayName("two hashes of one password differ (random salt)")
    void saltsEachHash() {
        assertNotEquals(PasswordHasher.DEFAULT.hash(PASSWORD), PasswordHasher.DEFAULT.hash(PASSWORD));
    }

    @Test
    @DisplayName("a hash made with other parameters still verifies and is reported outdated")
    void olderParametersVerifyAndAreOutdated() {
        PasswordHasher weak = new PasswordHasher(1024, 1, 1);
        String phc = weak.hash(PASSWORD);
        assertTrue(PasswordHasher.DEFAULT.verify(PASSWORD, phc));
        assertTrue(PasswordHasher.DEFAULT.outdated(phc));
        assertFalse(weak.outdated(phc));
    }

    @Test
    @DisplayName("malformed or tampered hashes never verify")
    void malformedHashesNeverVerify() {
        String phc = PasswordHasher.DEFAULT.hash(PASSWORD);
        assertFalse(PasswordHasher.DEFAULT.verify(PASSWORD, null));
        assertFalse(PasswordHasher.DEFAULT.verify(PASSWORD, ""));
        assertFalse(PasswordHasher.DEFAULT.verify(PASSWORD, phc.replace("argon2id", "argon2i")));
        assertFalse(PasswordHasher.DEFAULT.verify(PASSWORD, phc.substring(0, phc.length() - 2) + "AA"));
    }
}
