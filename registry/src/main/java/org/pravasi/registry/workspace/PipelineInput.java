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
}
