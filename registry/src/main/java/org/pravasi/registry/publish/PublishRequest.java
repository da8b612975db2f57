package org.pravasi.registry.publish;

import java.util.Objects;

/**
 * A CSV and its descriptor, sent by an organisation.
 *
 * @param org the organisation whose key authorised the upload
 * @param descriptorName the descriptor's file name, for findings
 * @param descriptor the descriptor bytes (JSON)
 * @param csvName the CSV's file name, for findings
 * @param csv the CSV bytes
 * @param dryRun validate and report only; write nothing
 */
public record PublishRequest(
        String org, String descriptorName, byte[] descriptor, String csvName, byte[] csv, boolean dryRun) {
    /** Checks the parts. */
    public PublishRequest {
        Objects.requireNonNull(org, "org");
        Objects.requireNonNull(descriptor, "descriptor");
        Objects.requireNonNull(csv, "csv");
        descriptorName = Objects.requireNonNullElse(descriptorName, "descriptor.json");
        csvName = Objects.requireNonNullElse(csvName, "data.csv");
    }
}
