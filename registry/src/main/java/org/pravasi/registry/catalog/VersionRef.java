package org.pravasi.registry.catalog;

/**
 * A version of a dataset, as its record names it.
 *
 * @param uri the version URI ({@code <dataset>/vN}), also the name of the graph holding its cube
 * @param number its number N (0 when the record states none)
 */
public record VersionRef(String uri, int number) {}
