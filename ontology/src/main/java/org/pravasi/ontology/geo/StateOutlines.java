package org.pravasi.ontology.geo;

import java.util.Collection;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.operation.buffer.BufferOp;
import org.locationtech.jts.operation.buffer.BufferParameters;
import org.locationtech.jts.operation.overlayng.UnaryUnionNG;
import org.locationtech.jts.precision.GeometryPrecisionReducer;

/**
 * Dissolves the district polygons of a state into its outline.
 *
 * <p>A true union (JTS OverlayNG on the factory's precision grid), so that inner district borders disappear and
 * neighbouring states keep a common border; then a morphological closing (grow by {@link #CLOSING_DISTANCE}, shrink
 * back, mitred corners) that removes the slits and holes the union leaves where neighbouring district polygons do not
 * quite meet (they do not in Uttar Pradesh). Closing never removes islands, so Lakshadweep and the Andamans keep every
 * part.
 */
final class StateOutlines {
    /** Gaps narrower than twice this, in degrees (about 2 × 220 m), are closed. */
    static final double CLOSING_DISTANCE = 0.002;

    private static final BufferParameters MITRE =
            new BufferParameters(1, BufferParameters.CAP_FLAT, BufferParameters.JOIN_MITRE, 5);

    private StateOutlines() {}

    static Geometry dissolve(Collection<Geometry> districts, GeometryFactory factory) {
        Geometry union = UnaryUnionNG.union(factory.buildGeometry(districts), factory.getPrecisionModel());
        Geometry closed =
                BufferOp.bufferOp(BufferOp.bufferOp(union, CLOSING_DISTANCE, MITRE), -CLOSING_DISTANCE, MITRE);
        return GeometryPrecisionReducer.reduce(closed, factory.getPrecisionModel());
    }
}
