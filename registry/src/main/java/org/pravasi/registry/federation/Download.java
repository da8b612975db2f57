package org.pravasi.registry.federation;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * One dataset's graphs as received, with the SHA-256 of the bytes: the digest lets the portal skip checking a copy it
 * has checked before. Downloads up to {@link #BUFFER} bytes are held and hashed before they are parsed, so an unchanged
 * copy is not even parsed; larger ones are parsed as they stream (memory stays bounded) and hashed along the way.
 *
 * @param digest the SHA-256 of the bytes, in hex (empty when the parse failed before the end of a streamed download)
 * @param bytes bytes received
 * @param quads the parsed graphs; empty when the bytes equal {@code known}
 */
record Download(String digest, long bytes, Optional<DatasetGraph> quads) {
    /** Largest download held in memory to be hashed before it is parsed. */
    static final int BUFFER = 8 * 1024 * 1024;

    /**
     * Reads {@code in}; parses it with {@code parse} unless its digest equals {@code known}. {@code seen} receives the
     * digest as soon as it is known (before the parse of a held download), so that a refusal can record it.
     */
    static Download read(
            InputStream in, Optional<String> known, Consumer<String> seen, Function<InputStream, DatasetGraph> parse) {
        MessageDigest sha = sha256();
        byte[] head;
        try {
            head = in.readNBytes(BUFFER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (head.length < BUFFER) {
            sha.update(head);
            String digest = HexFormat.of().formatHex(sha.digest());
            seen.accept(digest);
            if (known.filter(digest::equals).isPresent()) {
                return new Download(digest, head.length, Optional.empty());
            }
            return new Download(digest, head.length, Optional.of(parse.apply(new ByteArrayInputStream(head))));
        }
        long[] count = {0};
        InputStream counted = new FilterInputStream(new SequenceInputStream(new ByteArrayInputStream(head), in)) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                count[0] += b < 0 ? 0 : 1;
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                count[0] += Math.max(0, n);
                return n;
            }
        };
        DatasetGraph quads = parse.apply(new DigestInputStream(counted, sha));
        String digest = HexFormat.of().formatHex(sha.digest());
        seen.accept(digest);
        return new Download(
                digest, count[0], known.filter(digest::equals).isPresent() ? Optional.empty() : Optional.of(quads));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
