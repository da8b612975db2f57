/**
 * The read side of the catalogue that {@code registry.publish} writes: {@link org.pravasi.registry.catalog.CatalogView}
 * (typed dataset records, the current version of a dataset, the current version's observations), the change feed
 * ({@link org.pravasi.registry.catalog.CatalogReader}) and the graphs a portal harvests
 * ({@link org.pravasi.registry.catalog.DatasetGraphs}). Which version of a dataset is current is read in one place,
 * {@code CurrentVersion}.
 */
package org.pravasi.registry.catalog;
