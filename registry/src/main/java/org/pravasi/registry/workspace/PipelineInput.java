package org.pravasi.registry.workspace;

import java.util.Objects;

/**
 * Exactly what the publishing pipeline takes: a descriptor (JSON) and a CSV of our identifiers.
 *
 * @param descriptorName the descriptor's file name, {@code <slug>.json}
 * @param descriptor the descriptor
 * @param csvName the CSV's file name, {@code <slug>.csv}
 * @param csv the CSV, UTF-8
 */
public record PipelineInput(String descriptorName, byte[] descriptor, String csvName, byte[] csv) {
    /** Checks the parts. */
    public PipelineInput {
        Objects.requireNonNull(descriptorName, "descriptorName");
        Objects.requireNonNull(descriptor, "descriptor");
        Objects.requireNonNull(csvName, "csvName");
        Objects.requireNonNull(csv, "csv");
    }

    /**
     * A SHA-256 of everything the pipeline is given (names, descriptor and CSV), in hex: what a preview showed, to be
     * compared when publishing, so that only what someone looked at is published.
     */
    public String digest() {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            for (byte[] part : new byte[][] {
                descriptorName.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                descriptor,
                csvName.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                csv
            }) {
                sha.update(java.nio.ByteBuffer.allocate(8).putLong(part.length).array());
                sha.update(part);
            }
            return java.util.HexFormat.of().formatHex(sha.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
