package org.pravasi.ontology.geo;

import java.util.List;
import java.util.Map;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Writes polygons as an RFC 7946 GeoJSON FeatureCollection (exterior rings counter-clockwise, holes clockwise). */
final class GeoJson {
    /** One feature: string properties and a Polygon or MultiPolygon. */
    record Feature(Map<String, String> properties, Geometry geometry) {}

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private GeoJson() {}

    static String featureCollection(List<Feature> features) {
        ObjectNode collection = NODES.objectNode().put("type", "FeatureCollection");
        ArrayNode array = collection.putArray("features");
        for (Feature f : features) {
            ObjectNode feature = array.addObject().put("type", "Feature");
            ObjectNode properties = feature.putObject("properties");
            f.properties().forEach(properties::put);
            ObjectNode geometry = feature.putObject("geometry").put("type", "MultiPolygon");
            ArrayNode polygons = geometry.putArray("coordinates");
            for (int i = 0; i < f.geometry().getNumGeometries(); i++) {
                polygon(polygons.addArray(), (Polygon) f.geometry().getGeometryN(i));
            }
        }
        return JsonMapper.shared().writeValueAsString(collection);
    }

    private static void polygon(ArrayNode rings, Polygon polygon) {
        ring(rings.addArray(), polygon.getExteriorRing(), true);
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            ring(rings.addArray(), polygon.getInteriorRingN(i), false);
        }
    }

    private static void ring(ArrayNode points, LineString ring, boolean counterClockwise) {
        Coordinate[] coordinates = ring.getCoordinates();
        boolean reverse = Orientation.isCCW(coordinates) != counterClockwise;
        for (int i = 0; i < coordinates.length; i++) {
            Coordinate c = coordinates[reverse ? coordinates.length - 1 - i : i];
            points.addArray().add(c.x).add(c.y);
        }
    }
}
