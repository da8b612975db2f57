package org.pravasi.portal.workspace;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.pravasi.registry.workspace.Draft;
import org.pravasi.registry.workspace.Drafts;
import org.pravasi.registry.workspace.Preview;
import org.pravasi.registry.workspace.UploadReader;
import org.pravasi.registry.workspace.Workspace;

/**
 * The drafts of the browser workspace and what is known of them: each draft's latest preview (so that moving between
 * screens does not read the file again) and, while a first read runs, how many rows it has read. Previews come only
 * from {@link Workspace#preview}, the publishing pipeline's own dry run.
 */
final class Drafting {
    /** Previews kept in memory (the most recent), each at most one upload's rows as text. */
    static final int CACHED_PREVIEWS = 8;

    final Workspace workspace;
    final Drafts drafts;
    final UploadReader reader;
    /** The notations of a code list, by its id. */
    final java.util.function.Function<String, java.util.List<String>> codes;

    private final Map<String, Cached> previews = new LinkedHashMap<>(16, 0.75f, true);
    private final Map<String, AtomicLong> reading = new LinkedHashMap<>();

    /** A concept's label in a language, by code list id, notation and language (empty when it has none). */
    final ConceptLabels labels;
    /** The districts' and states' names in Hindi, from the gazetteer the workspace matches against. */
    final PlaceNames places;

    /** The labels of the code lists' concepts, as the store holds them. */
    interface ConceptLabels {
        java.util.Optional<String> label(String scheme, String notation, String lang);
    }

    Drafting(
            Workspace workspace,
            Drafts drafts,
            java.util.function.Function<String, java.util.List<String>> codes,
            ConceptLabels labels) {
        this.workspace = workspace;
        this.drafts = drafts;
        this.codes = codes;
        this.labels = labels;
        this.places = new PlaceNames(workspace.gazetteer());
        this.reader = new UploadReader(drafts.limits());
    }

    /** The preview of the draft with its current choices, read now if not known (call on a worker). */
    Preview preview(Draft d) {
        String key = key(d);
        synchronized (this) {
            Cached c = previews.get(d.id());
            if (c != null && c.key.equals(key)) {
                return c.preview;
            }
        }
        AtomicLong rows = new AtomicLong();
        synchronized (this) {
            reading.put(d.id(), rows);
        }
        try {
            Preview p = workspace.preview(d.org(), drafts.upload(d), d.choices(), rows::set);
            synchronized (this) {
                previews.put(d.id(), new Cached(key, p));
                while (previews.size() > CACHED_PREVIEWS) {
                    previews.remove(previews.keySet().iterator().next());
                }
            }
            return p;
        } finally {
            synchronized (this) {
                reading.remove(d.id());
            }
        }
    }

    /** The preview already known for the draft's current choices, if any. */
    synchronized Optional<Preview> known(Draft d) {
        Cached c = previews.get(d.id());
        return c != null && c.key.equals(key(d)) ? Optional.of(c.preview) : Optional.empty();
    }

    /** Rows read so far, while the draft is being read. */
    synchronized Optional<Long> rowsRead(String id) {
        return Optional.ofNullable(reading.get(id)).map(AtomicLong::get);
    }

    /** Forgets the draft's preview (after publishing or deleting it). */
    synchronized void forget(String id) {
        previews.remove(id);
    }

    private static String key(Draft d) {
        return d.choices().toString();
    }

    private record Cached(String key, Preview preview) {}
}
