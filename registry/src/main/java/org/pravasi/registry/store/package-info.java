/** The TDB2 store on disk and the embedded Fuseki server that serves it read-only. */
package org.pravasi.registry.store;
