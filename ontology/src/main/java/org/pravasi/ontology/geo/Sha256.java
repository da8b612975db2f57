package org.pravasi.ontology.geo;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** SHA-256 of a file's bytes, and the check against an expected value. */
final class Sha256 {
    private Sha256() {}

    static String hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }

    /**
     * Throws unless {@code bytes} hash to {@code expected}; the message names the file, where it came from and both
     * hashes.
     */
    static void verify(RawFile file, String where, byte[] bytes, String expected) {
        String actual = hex(bytes);
        if (!actual.equals(expected.strip().toLowerCase(Locale.ROOT))) {
            throw new GeographyException(file.fileName() + " (" + where + ") has SHA-256 " + actual + ", expected "
                    + expected
                    + ": it is not the pinned version of the " + file.description() + ". Replace it with " + file.url()
                    + ", or give no checksum to accept a locally edited file.");
        }
    }
}
