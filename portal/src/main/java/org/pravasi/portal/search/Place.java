package org.pravasi.portal.search;

import java.util.List;
import java.util.Optional;

/**
 * A district or state as the index needs it.
 *
 * @param district whether it is a district (else a state or union territory)
 * @param code its LGD code
 * @param names its names: preferred labels, alternative labels, then known former names
 * @param state the LGD code of a district's state, when the geography says
 */
record Place(boolean district, String code, List<Text> names, Optional<String> state) {}
