package org.pravasi.portal.map;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A boundary file split by state in one pass: each state's FeatureCollection is the file with only that state's
 * features, in their order, and every other member of the collection as it was. A state the file does not have is known
 * not to be there without reading the file again.
 *
 * @param byState each state's FeatureCollection, by the state's LGD code
 */
record StateBoundaries(Map<String, byte[]> byState) {
    StateBoundaries {
        byState = Map.copyOf(byState);
    }

    /** Splits the FeatureCollection {@code geojson} by its features' property {@code property} (a state's LGD code). */
    static StateBoundaries split(byte[] geojson, String property) {
        ObjectNode collection = (ObjectNode) JsonMapper.shared().readTree(geojson);
        Map<String, ArrayNode> features = new LinkedHashMap<>();
        for (JsonNode f : collection.get("features")) {
            String state = f.at("/properties/" + property).asString("");
            if (!state.isEmpty()) {
                features.computeIfAbsent(state, s -> JsonNodeFactory.instance.arrayNode())
                        .add(f);
            }
        }
        Map<String, byte[]> out = new LinkedHashMap<>();
        features.forEach((state, kept) -> {
            collection.set("features", kept);
            out.put(state, JsonMapper.shared().writeValueAsString(collection).getBytes(StandardCharsets.UTF_8));
        });
        return new StateBoundaries(out);
    }

    /** The FeatureCollection of {@code state}'s features; empty when the file has none. */
    Optional<byte[]> of(String state) {
        return Optional.ofNullable(byState.get(state));
    }

    /** The LGD codes of the states the file has features of. */
    Set<String> states() {
        return byState.keySet();
    }
}
