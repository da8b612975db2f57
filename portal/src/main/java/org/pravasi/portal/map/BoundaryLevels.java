package org.pravasi.portal.map;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.coverage.CoverageSimplifier;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The boundary files at coarser levels of detail, for the zoom levels that cannot show more: the polygons of a file are
 * simplified together as a coverage (JTS {@link CoverageSimplifier}, Visvalingam–Whyatt on shared edges), so that
 * neighbours keep one common border with no gap or overlap, and the coordinates are rounded to what the level can show.
 * A whole-India view at level 0 needs a fraction of the bytes of the installed outlines.
 */
final class BoundaryLevels {
    /**
     * A level of detail.
     *
     * @param tolerance the simplification tolerance in degrees (about half a screen pixel at the level's finest zoom)
     * @param decimals decimal places kept in coordinates
     * @param maxZoom the finest Leaflet zoom the level is drawn at
     */
    record Level(double tolerance, int decimals, double maxZoom) {}

    /**
     * Level 0 for all India and views of several states (below zoom 7), level 1 for a state (below zoom 9); level 2 is
     * the installed file. The installed outlines are already generalised (a point every 0.05 degrees on average), so
     * level 0 keeps about 60 % of their points and rounds them to two decimals; at zoom 6 to 7 its borders may be off
     * by a pixel or two, which a view of several states does not need. Where two states' districts do not share their
     * border points in the installed file (the coverage has gaps there), each side is simplified on its own; level 1's
     * smaller tolerance keeps that difference under a pixel at the zoom levels that draw it.
     */
    static final List<Level> LEVELS = List.of(new Level(0.04, 2, 7), new Level(0.005, 3, 9));
    /** The level that is the installed file itself. */
    static final int FULL = LEVELS.size();

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final GeometryFactory FACTORY = new GeometryFactory();

    private BoundaryLevels() {}

    /** The level named by a request parameter: an integer from 0 to {@link #FULL}; empty for anything else. */
    static Optional<Integer> parse(String level) {
        if (level == null || !level.matches("[0-9]")) {
            return Optional.empty();
        }
        int n = Integer.parseInt(level);
        return n <= FULL ? Optional.of(n) : Optional.empty();
    }

    /** The FeatureCollection {@code geojson} at {@code level}; the same bytes at {@link #FULL}. */
    static byte[] at(byte[] geojson, int level) {
        if (level >= FULL) {
            return geojson;
        }
        Level l = LEVELS.get(level);
        ObjectNode collection = (ObjectNode) JsonMapper.shared().readTree(geojson);
        ArrayNode features = (ArrayNode) collection.get("features");
        List<Integer> index = new ArrayList<>();
        List<Geometry> coverage = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            Geometry g = geometry(features.get(i).get("geometry"));
            if (g != null) {
                index.add(i);
                coverage.add(g);
            }
        }
        Geometry[] simplified = CoverageSimplifier.simplify(coverage.toArray(Geometry[]::new), l.tolerance());
        for (int j = 0; j < index.size(); j++) {
            Geometry g = simplified[j] == null || simplified[j].isEmpty() ? coverage.get(j) : simplified[j];
            ((ObjectNode) features.get(index.get(j))).set("geometry", write(g, l.decimals()));
        }
        return JsonMapper.shared().writeValueAsString(collection).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The state outlines at a level, dissolved from the districts at the same level ({@link CoverageUnion}), so that a
     * state's border lies exactly on its districts' borders; a state without districts keeps its own outline,
     * simplified alone.
     *
     * @param states the installed state outlines (properties {@code lgd, ...})
     * @param districts the districts at {@code level} (properties {@code stateLgd, ...})
     */
    static byte[] statesAt(byte[] states, byte[] districts, int level) {
        if (level >= FULL) {
            return states;
        }
        Level l = LEVELS.get(level);
        Map<String, List<Geometry>> byState = new HashMap<>();
        for (JsonNode f : JsonMapper.shared().readTree(districts).get("features")) {
            Geometry g = geometry(f.get("geometry"));
            if (g != null) {
                byState.computeIfAbsent(f.at("/properties/stateLgd").asString(""), k -> new ArrayList<>())
                        .add(g);
            }
        }
        ObjectNode collection = (ObjectNode) JsonMapper.shared().readTree(states);
        for (JsonNode f : collection.get("features")) {
            List<Geometry> parts = byState.get(f.at("/properties/lgd").asString(""));
            Geometry outline;
            if (parts != null) {
                outline = CoverageUnion.union(parts.toArray(Geometry[]::new));
            } else {
                Geometry own = geometry(f.get("geometry"));
                if (own == null) {
                    continue;
                }
                outline = TopologyPreservingSimplifier.simplify(own, l.tolerance());
            }
            ((ObjectNode) f).set("geometry", write(outline, l.decimals()));
        }
        return JsonMapper.shared().writeValueAsString(collection).getBytes(StandardCharsets.UTF_8);
    }

    /** A Polygon or MultiPolygon as JTS; {@code null} for anything else. */
    private static Geometry geometry(JsonNode g) {
        if (g == null || !g.isObject()) {
            return null;
        }
        String type = g.path("type").asString("");
        JsonNode c = g.get("coordinates");
        if (type.equals("Polygon")) {
            return polygon(c);
        }
        if (type.equals("MultiPolygon")) {
            Polygon[] parts = new Polygon[c.size()];
            for (int i = 0; i < c.size(); i++) {
                parts[i] = polygon(c.get(i));
            }
            return FACTORY.createMultiPolygon(parts);
        }
        return null;
    }

    private static Polygon polygon(JsonNode rings) {
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i));
        }
        return FACTORY.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonNode points) {
        Coordinate[] cs = new Coordinate[points.size()];
        for (int i = 0; i < cs.length; i++) {
            cs[i] = new Coordinate(
                    points.get(i).get(0).asDouble(), points.get(i).get(1).asDouble());
        }
        return FACTORY.createLinearRing(cs);
    }

    /** A MultiPolygon whose coordinates are rounded to {@code decimals}, dropping points that round onto the last. */
    private static ObjectNode write(Geometry g, int decimals) {
        ObjectNode out = NODES.objectNode().put("type", "MultiPolygon");
        ArrayNode polygons = out.putArray("coordinates");
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (!(g.getGeometryN(i) instanceof Polygon p) || p.isEmpty()) {
                continue;
            }
            ArrayNode rings = polygons.addArray();
            ring(rings.addArray(), p.getExteriorRing().getCoordinates(), decimals);
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                ring(rings.addArray(), p.getInteriorRingN(h).getCoordinates(), decimals);
            }
        }
        return out;
    }

    private static void ring(ArrayNode out, Coordinate[] cs, int decimals) {
        double scale = Math.pow(10, decimals);
        double lastX = Double.NaN;
        double lastY = Double.NaN;
        for (Coordinate c : cs) {
            double x = Math.round(c.x * scale) / scale;
            double y = Math.round(c.y * scale) / scale;
            if (x == lastX && y == lastY) {
                continue;
            }
            out.addArray().add(x).add(y);
            lastX = x;
            lastY = y;
        }
    }
}
