package org.pravasi.registry.ingest;

/**
 * One observation as read from the CSV.
 *
 * @param line 1-based line of the file where the record starts
 * @param key the key cells, in the order of {@link Descriptor#keyColumns()}
 * @param value the count
 */
public record Row(long line, String[] key, long value) {}
