/** The TDB2 store on disk, the embedded Fuseki server that serves it read-only, and owner-only files of the data folder. */
package org.pravasi.registry.store;
