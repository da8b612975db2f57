package org.pravasi.ontology.geo;

import java.util.HashMap;
import java.util.Map;

/**
 * The Census 2011 parent of post-2011 districts, from the curated table {@code post-2011-parents.csv}.
 *
 * <p>The raw files cannot give a parent: the LGD list has no Census 2011 code for a district created after 2011, and
 * the boundary file has no polygon for it. The table lists only districts carved out of a single 2011 district;
 * districts formed from parts of several (e.g. most of Telangana's 2016 districts, Shahdara in Delhi) have no parent
 * and are shown in tables only.
 */
final class Parents2011 {
    private Parents2011() {}

    /** LGD code of a post-2011 district to the LGD code of the 2011 district it was carved out of. */
    static Map<String, String> load() {
        Map<String, String> parents = new HashMap<>();
        ClasspathCsv.read("post-2011-parents.csv")
                .forEach(r -> parents.put(r.get("lgd_code"), r.get("parent_lgd_code")));
        return Map.copyOf(parents);
    }
}
