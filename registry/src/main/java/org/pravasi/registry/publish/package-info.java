/**
 * The publishing pipeline: from a checked table to Data Cube RDF and a DCAT record, through disclosure control, written
 * in one TDB2 transaction and announced to listeners.
 */
package org.pravasi.registry.publish;
