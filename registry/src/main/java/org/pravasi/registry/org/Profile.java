package org.pravasi.registry.org;

import java.util.List;
import java.util.Map;

/**
 * What an organisation's admins edit in the workspace: its name and description by language, and its centres. The rest
 * of the record (type, homepage, contact point, states, illustrative) stays as registered.
 *
 * @param name names by language ({@code en} required)
 * @param description descriptions by language
 * @param centres its centres with their districts
 */
public record Profile(Map<String, String> name, Map<String, String> description, List<Organisation.Centre> centres) {
    /** Copies the collections. */
    public Profile {
        name = Map.copyOf(name);
        description = Map.copyOf(description);
        centres = List.copyOf(centres);
    }
}
