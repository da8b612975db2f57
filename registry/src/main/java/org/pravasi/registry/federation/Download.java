package org.pravasi.registry.federation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * has checked before, so an unchanged copy is not even parsed. Downloads up to {@code held} bytes are held and hashed
 * in memory; larger ones are hashed as they are written to a temporary file ({@link #spooled}), and parsed from there.
 *
 * @param digest the SHA-256 of the bytes, in hex
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
     * A download too large to hold, {@code head} then the rest of {@code in}: written whole to {@code file} and hashed
     * along the way. The quads are empty: the caller parses the file once it knows the bytes are new.
     */
    static Download spooled(byte[] head, InputStream in, Path file) {
        MessageDigest sha = sha256();
        sha.update(head);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(head);
            // The caller's stream stays open: the client that gave it closes it.
            long rest = new DigestInputStream(in, sha).transferTo(out);
            return new Download(HexFormat.of().formatHex(sha.digest()), head.length + rest, Optional.empty());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** This download with its bytes parsed into {@code parsed}. */
    Download parsed(DatasetGraph parsed) {
        return new Download(digest, bytes, Optional.of(parsed));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
