/**
 * Linked data: every entity URI under the base path dereferences (HTML for browsers, RDF by {@code Accept}), the DCAT
 * catalogue at {@code /catalog}, per-dataset downloads (CSV with CSVW metadata, JSON, Turtle, JSON-LD, N-Triples) and
 * the bulk N-Quads dump.
 */
package org.pravasi.portal.linkeddata;
