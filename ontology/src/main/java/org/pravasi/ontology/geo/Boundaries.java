package org.pravasi.ontology.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.precision.GeometryPrecisionReducer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the district boundary GeoJSON into valid JTS polygons on the factory's precision grid. */
final class Boundaries {
    /**
     * One feature of {@code india_district.json}.
     *
     * @param census2011 Census 2011 district code; absent for the four post-2011 Uttar Pradesh districts
     * @param stateCensus Census 2011 state code of the feature's state
     */
    record Boundary(
            Optional<String> census2011, String name, int stateCensus, String stateName, Optional<Geometry> geometry) {}

    private Boundaries() {}

    static List<Boundary> read(byte[] json, GeometryFactory factory) {
        RawFile file = RawFile.DISTRICT_BOUNDARIES;
        JsonNode features;
        try {
            features = JsonMapper.shared().readTree(json).path("features");
        } catch (JacksonException e) {
            throw new GeographyException(file.fileName() + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (!features.isArray()) {
            throw new GeographyException(file.fileName() + " has no \"features\" array; expected the "
                    + file.description() + " as a GeoJSON FeatureCollection");
        }
        JsonNode all = features;
        // Making each polygon valid on the grid is the import's largest cost; features are independent, so in parallel.
        return IntStream.range(0, all.size())
                .parallel()
                .mapToObj(i -> {
                    JsonNode p = all.get(i).path("properties");
                    String name = p.path("district").asString("");
                    JsonNode code = p.path("censuscode");
                    Optional<String> census = code.isIntegralNumber() && code.asInt() > 0
                            ? Optional.of(code.asString())
                            : Optional.empty();
                    Optional<Geometry> geometry =
                            geometry(all.get(i).path("geometry"), factory, "feature " + i + " (" + name + ")");
                    return new Boundary(
                            census,
                            name,
                            p.path("st_cen_cd").asInt(-1),
                            p.path("st_nm").asString(""),
                            geometry);
                })
                .toList();
    }

    private static Optional<Geometry> geometry(JsonNode g, GeometryFactory factory, String where) {
        if (g.isMissingNode() || g.isNull()) {
            return Optional.empty();
        }
        List<Polygon> polygons = new ArrayList<>();
        try {
            switch (g.path("type").asString("")) {
                case "Polygon" -> polygons.add(polygon(g.path("coordinates"), factory));
                case "MultiPolygon" -> g.path("coordinates").values().forEach(c -> polygons.add(polygon(c, factory)));
                default ->
                    throw new GeographyException(
                            RawFile.DISTRICT_BOUNDARIES.fileName() + ", " + where + ": geometry type \""
                                    + g.path("type").asString("") + "\", expected Polygon or MultiPolygon");
            }
        } catch (IllegalArgumentException e) {
            throw new GeographyException(
                    RawFile.DISTRICT_BOUNDARIES.fileName() + ", " + where + ": invalid polygon: " + e.getMessage(), e);
        }
        Geometry raw = factory.createMultiPolygon(polygons.toArray(Polygon[]::new));
        Geometry precise = GeometryPrecisionReducer.reduce(GeometryFixer.fix(raw), factory.getPrecisionModel());
        return precise.isEmpty() ? Optional.empty() : Optional.of(precise);
    }

    private static Polygon polygon(JsonNode rings, GeometryFactory factory) {
        if (rings.size() == 0) {
            throw new IllegalArgumentException("a polygon without rings");
        }
        List<LinearRing> all = new ArrayList<>();
        rings.values().forEach(r -> all.add(factory.createLinearRing(coordinates(r))));
        return factory.createPolygon(all.getFirst(), all.subList(1, all.size()).toArray(LinearRing[]::new));
    }

    private static Coordinate[] coordinates(JsonNode ring) {
        Coordinate[] points = new Coordinate[ring.size()];
        for (int i = 0; i < points.length; i++) {
            points[i] = new Coordinate(
                    ring.get(i).get(0).asDouble(), ring.get(i).get(1).asDouble());
        }
        return points;
    }
}
