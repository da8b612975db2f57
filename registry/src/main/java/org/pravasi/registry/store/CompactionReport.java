package org.pravasi.registry.store;

/**
 * One compaction of the store.
 *
 * @param bytesBefore size on disk before
 * @param bytesAfter size on disk after (the new generation only)
 * @param millis how long it took, writers waiting all along
 */
public record CompactionReport(long bytesBefore, long bytesAfter, long millis) {}
