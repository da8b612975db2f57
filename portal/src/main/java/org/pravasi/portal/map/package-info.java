/**
 * The district map: the indicators that can be mapped and per-district tallies, read through the catalogue's
 * {@link org.pravasi.registry.catalog.MapSource} (with suppressed cells never summed into a figure), the map GeoJSON,
 * the server-rendered {@code /map} page with its accessible table, the embeddable {@code /embed/map}, and the Leaflet
 * front end served from the WebJar.
 *
 * <p>{@link org.pravasi.portal.map.MapRoutes} wires it; {@link org.pravasi.portal.map.MapService} is the feature's
 * service; everything else is package-private.
 */
package org.pravasi.portal.map;
