package org.pravasi.registry.story;

import java.util.List;
import org.pravasi.registry.ingest.Finding;

/**
 * What publishing a story did.
 *
 * @param published whether it was written
 * @param uri the story URI (empty when the file could not be read)
 * @param findings errors and warnings
 */
public record StoryOutcome(boolean published, String uri, List<Finding> findings) {
    /** Copies the findings. */
    public StoryOutcome {
        findings = List.copyOf(findings);
    }
}
