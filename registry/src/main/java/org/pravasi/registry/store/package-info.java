/**
 * The TDB2 store on disk, the embedded Fuseki server that serves it read-only, owner-only files of the data folder,
 * {@link org.pravasi.registry.store.QuadIndex}, the fast path that reads the quad indexes by node id, and
 * {@link org.pravasi.registry.store.QuadLoader}, which writes a graph's quad indexes on two threads in one transaction
 * (the only code outside Jena that touches TDB2 internals).
 */
package org.pravasi.registry.store;
