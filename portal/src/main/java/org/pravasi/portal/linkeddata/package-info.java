/**
 * Linked data: every entity URI under the base path dereferences (HTML for browsers, RDF by {@code Accept}), the DCAT
 * catalogue at {@code /catalog}, per-dataset downloads (CSV with CSVW metadata, JSON, Turtle, JSON-LD, N-Triples) and
 * the bulk N-Quads dump. Descriptions, cubes and labels come from the catalogue's read model; only the dump reads the
 * raw dataset (every quad, streamed).
 */
package org.pravasi.portal.linkeddata;
