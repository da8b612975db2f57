/** Consistent online snapshots of a node's data folder (store as N-Quads, keys, archive) and their verified restore. */
package org.pravasi.registry.backup;
