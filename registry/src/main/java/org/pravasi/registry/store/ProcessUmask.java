package org.pravasi.registry.store;

import com.sun.jna.Library;
import com.sun.jna.Native;
import java.nio.file.FileSystems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The process's file-creation mask, set to {@code 077} when a node starts, so that the files libraries create
 * themselves with default permissions (Vert.x's upload files while a request runs, TDB2's and Lucene's files) are
 * owner-only from creation too, not only the ones {@link OwnerOnly} creates. Java has no call for the umask, so it is
 * set through the C library (JNA); where that is impossible (no POSIX file system, no C library) it logs why and the
 * owner-only folders remain the protection.
 */
public final class ProcessUmask {
    /** The mask a node runs with: no permission for group and others. */
    public static final int OWNER_ONLY = 0077;

    private static final Logger LOG = LoggerFactory.getLogger(ProcessUmask.class);

    private ProcessUmask() {}

    /** The C library's {@code umask(2)}. */
    private interface LibC extends Library {
        int umask(int mask);
    }

    /** Sets the umask to {@link #OWNER_ONLY}; whether it could be set. Idempotent and cheap. */
    public static boolean restrict() {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return false;
        }
        try {
            LibC c = Native.load("c", LibC.class);
            int before = c.umask(OWNER_ONLY);
            if (before != OWNER_ONLY) {
                LOG.info(
                        "File-creation mask set to 077 (was {}): every file this process creates is owner-only",
                        String.format("%03o", before));
            }
            return true;
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            LOG.warn(
                    "Cannot set the file-creation mask to 077 ({}); files that libraries create keep the umask of"
                            + " the process, inside owner-only folders. Start the node with 'umask 077' to be sure.",
                    e.toString());
            return false;
        }
    }
}
