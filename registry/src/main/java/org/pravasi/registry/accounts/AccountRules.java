package org.pravasi.registry.accounts;

import java.util.Locale;
import java.util.regex.Pattern;
import org.pravasi.registry.ingest.DescriptorReader;

/** Checks of what people type: each failure says what was wrong and how to fix it. */
final class AccountRules {
    /** Shortest password accepted. */
    static final int MIN_PASSWORD = 12;
    /** Longest password accepted (bounds the hashing work a request can ask for). */
    static final int MAX_PASSWORD = 256;
    /** Longest display name. */
    static final int MAX_NAME = 100;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

    private AccountRules() {}

    /** The email, trimmed and lowercased. */
    static String email(String email) {
        String e = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (e.length() > 254 || !EMAIL.matcher(e).matches()) {
            throw new AccountException(
                    "email",
                    "The email address '" + shorten(e)
                            + "' is not valid: write it as name@example.org (at most 254 characters).");
        }
        return e;
    }

    /** The display name, trimmed. */
    static String name(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > MAX_NAME || n.chars().anyMatch(Character::isISOControl)) {
            throw new AccountException(
                    "name",
                    "The name must be 1 to " + MAX_NAME + " characters without line breaks or control characters.");
        }
        return n;
    }

    /** The organisation's slug. */
    static String org(String org) {
        if (org == null || !DescriptorReader.SLUG.matcher(org).matches()) {
            throw new AccountException(
                    "org",
                    "The organisation '" + shorten(String.valueOf(org))
                            + "' is not a valid slug: use lowercase letters, digits and hyphens, e.g. mrc-alliance.");
        }
        return org;
    }

    /** Checks a new password's length. */
    static void password(char[] password) {
        if (password == null || password.length < MIN_PASSWORD || password.length > MAX_PASSWORD) {
            throw new AccountException(
                    "password",
                    "The password must be " + MIN_PASSWORD + " to " + MAX_PASSWORD
                            + " characters long; a few unrelated words make a good one.");
        }
    }

    private static String shorten(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}
