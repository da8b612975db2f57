/**
 * Federation: a portal harvests its peer registry nodes incrementally through their change feeds, checks every
 * harvested dataset (URIs under the peer's declared base, no overwrite of another source's graphs, every observation as
 * this registry writes them with the disclosure threshold, no derivable withheld cell, SHACL shapes, the personal-data
 * screen on every literal and IRI) and applies each change in one write transaction, keeping the source node in PROV. A
 * bad dataset is refused alone ({@link org.pravasi.registry.federation.DatasetRefusal}); every read from a peer is
 * bounded in bytes and time; a peer publishes only under the base its operator configured for it.
 * {@link org.pravasi.registry.federation.Federation} is the entry point.
 */
package org.pravasi.registry.federation;
