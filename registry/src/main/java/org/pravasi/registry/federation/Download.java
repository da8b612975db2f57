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
 * has checked before. Downloads up to {@code held} bytes are held, hashed and parsed in memory, so an unchanged copy is
 * not even parsed; larger ones are parsed as they stream (by the caller's {@code streamed} parser, which writes the
 * version graph into the store's open write transaction rather than memory) and hashed along the way.
 *
 * @param digest the SHA-256 of the bytes, in hex (empty when the parse failed before the end of a streamed download)
 * @param bytes bytes received
 * @param quads the parsed graphs; empty when the bytes equal {@code known}
 */
record Download(String digest, long bytes, Optional<DatasetGraph> quads) {
    /** Largest download held in memory to be hashed before it is parsed, by default. */
    static final int BUFFER = 8 * 1024 * 1024;

    /** Reads the first bytes of {@code in}, at most {@code limit + 1}: more than {@code limit} means it is streamed. */
    static byte[] head(InputStream in, int limit) {
        try {
            return in.readNBytes(limit + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A whole download held in {@code bytes}: hashed, then parsed with {@code parse} unless its digest equals
     * {@code known}. {@code seen} receives the digest before the parse, so that a refusal can record it.
     */
    static Download held(
            byte[] bytes, Optional<String> known, Consumer<String> seen, Function<InputStream, DatasetGraph> parse) {
        MessageDigest sha = sha256();
        sha.update(bytes);
        String digest = HexFormat.of().formatHex(sha.digest());
        seen.accept(digest);
        if (known.filter(digest::equals).isPresent()) {
            return new Download(digest, bytes.length, Optional.empty());
        }
        return new Download(digest, bytes.length, Optional.of(parse.apply(new ByteArrayInputStream(bytes))));
    }

    /**
     * A download too large to hold, {@code head} then the rest of {@code in}: parsed with {@code parse} as it streams
     * and hashed along the way. When its digest equals {@code known} it has been parsed all the same, and the quads are
     * empty: the caller discards whatever {@code parse} wrote.
     */
    static Download streamed(
            byte[] head,
            InputStream in,
            Optional<String> known,
            Consumer<String> seen,
            Function<InputStream, DatasetGraph> parse) {
        MessageDigest sha = sha256();
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
