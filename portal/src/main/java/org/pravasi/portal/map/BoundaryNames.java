package org.pravasi.portal.map;

import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Hindi names on the boundary files ({@code /geo/*.geojson?lang=hi}): a district feature gains {@code nameHi} and
 * {@code stateHi}, a state feature {@code nameHi}, each only where the data have one, so that the map names districts
 * without figures in Hindi too. English names stay, as the fall-back and for other sites' maps.
 */
final class BoundaryNames {
    private BoundaryNames() {}

    /** {@code geojson} with the Hindi names of {@code directory} added; {@code districts} tells which file it is. */
    static byte[] inHindi(byte[] geojson, DistrictDirectory directory, boolean districts) {
        ObjectNode collection = (ObjectNode) JsonMapper.shared().readTree(geojson);
        for (JsonNode f : collection.path("features")) {
            if (!(f.get("properties") instanceof ObjectNode p)) {
                continue;
            }
            String lgd = p.path("lgd").asString("");
            if (districts) {
                DistrictDirectory.District d = directory.districts().get(lgd);
                if (d != null) {
                    put(p, "nameHi", d.nameHi());
                    put(p, "stateHi", d.stateHi());
                }
            } else {
                directory.state(lgd).ifPresent(s -> put(p, "nameHi", s.nameHi()));
            }
        }
        return JsonMapper.shared().writeValueAsString(collection).getBytes(StandardCharsets.UTF_8);
    }

    private static void put(ObjectNode properties, String key, String value) {
        if (value != null && !value.isBlank()) {
            properties.put(key, value);
        }
    }
}
