/**
 * Reference geography: districts and states of India with LGD codes, names, parent state and boundaries, imported from
 * public raw files ({@link org.pravasi.ontology.geo.GeographySource}, {@link org.pravasi.ontology.geo.GeographyImport})
 * into an immutable {@link org.pravasi.ontology.geo.Geography}: an RDF graph plus simplified GeoJSON for the map.
 */
package org.pravasi.ontology.geo;
