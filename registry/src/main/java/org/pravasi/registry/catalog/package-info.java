/**
 * The read side of the catalogue that {@code registry.publish} writes. {@link org.pravasi.registry.catalog.CatalogView}
 * gives typed records (dataset records, versions with their change summaries, provenance, the current version's
 * observations) and the RDF descriptions linked data serves; the change feed
 * ({@link org.pravasi.registry.catalog.CatalogReader}) and the graphs a portal harvests
 * ({@link org.pravasi.registry.catalog.DatasetGraphs}) read through the same pieces. Stories, organisations, dataset
 * descriptions and labels in a language are typed too ({@code StoryRecord}, {@code OrganisationRecord},
 * {@code DatasetDescription}, {@link org.pravasi.registry.catalog.Labels}); the map reads through
 * {@link org.pravasi.registry.catalog.MapSource} (mappable cubes, dimension values, labels, geography, tallies). Which
 * version of a dataset is current is read in one place, {@code CurrentVersion}.
 */
package org.pravasi.registry.catalog;
