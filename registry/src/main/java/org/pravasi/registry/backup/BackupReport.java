package org.pravasi.registry.backup;

import java.nio.file.Path;

/**
 * What a backup or restore did.
 *
 * @param file the backup file
 * @param quads quads in the store snapshot
 * @param files other files of the data folder carried along (keys, archived versions)
 * @param sha256 hash of the N-Quads snapshot, as recorded in the manifest
 */
public record BackupReport(Path file, long quads, int files, String sha256) {}
