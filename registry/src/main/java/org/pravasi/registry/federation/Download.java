package org.pravasi.registry.federation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * One dataset's graphs as received, with the SHA-256 of the bytes: the digest lets the portal skip checking a copy it
 * has checked before (a held one, or a large one refused before, is not even parsed). Downloads up to {@code held}
 * bytes are held and hashed in memory; larger ones are hashed as they are written to a temporary file ({@link #spool}),
 * and parsed as they arrive or from there.
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
     * A download too large to hold, {@code head} then the rest of {@code in}, read through the returned stream: what is
     * read of it is written to {@code file} and hashed along the way, so that it can be parsed as it arrives and again
     * from the file. {@link Spool#finish} reads what is left.
     */
    static Spool spool(byte[] head, InputStream in, Path file) throws IOException {
        return new Spool(head, in, file);
    }

    /** A large download being read: every byte read is also written to a file and hashed. */
    static final class Spool extends InputStream {
        private final MessageDigest sha = sha256();
        private final InputStream source;
        private final OutputStream file;
        private long bytes;

        private Spool(byte[] head, InputStream in, Path file) throws IOException {
            // The caller's stream stays open: the client that gave it closes it.
            this.source = new SequenceInputStream(new ByteArrayInputStream(head), in);
            this.file = Files.newOutputStream(file);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = source.read(b, off, len);
            if (n > 0) {
                file.write(b, off, n);
                sha.update(b, off, n);
                bytes += n;
            }
            return n;
        }

        /** Reads the rest of the download into the file: the whole download, its digest and size, not parsed. */
        Download finish() throws IOException {
            transferTo(OutputStream.nullOutputStream());
            file.close();
            return new Download(HexFormat.of().formatHex(sha.digest()), bytes, Optional.empty());
        }

        /** Closes the file; the network stream is the client's to close. */
        @Override
        public void close() throws IOException {
            file.close();
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
