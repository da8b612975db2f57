package org.pravasi.portal.workspace;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.pravasi.registry.workspace.Draft;
import org.pravasi.registry.workspace.Drafts;
import org.pravasi.registry.workspace.Preview;
import org.pravasi.registry.workspace.UploadReader;
import org.pravasi.registry.workspace.Workspace;

/**
 * The drafts of the browser workspace and what is known of them: each draft's latest preview (so that moving between
 * screens does not read the file again; {@link Previews}) and, while a read runs, how many rows it has read. Previews
 * come only from {@link Workspace#preview}, the publishing pipeline's own dry run.
 */
final class Drafting {
    final Workspace workspace;
    final Drafts drafts;
    final UploadReader reader;
    /** The notations of a code list, by its id. */
    final java.util.function.Function<String, java.util.List<String>> codes;

    private final Previews previews = new Previews(Previews.MAX_CACHED_CELLS, Previews.THREADS);

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

    /**
     * The preview of the draft with its current choices, read now if not known (call on a worker: waits while it is
     * computed on the previews' own pool, or while another request's computation of it runs).
     */
    Preview preview(Draft d) {
        try {
            return start(d).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error r) {
                throw r;
            }
            throw e;
        }
    }

    /** Starts computing the draft's preview for its current choices unless it is known or being computed. */
    CompletableFuture<Preview> start(Draft d) {
        return previews.preview(
                d.id(), key(d), rows -> workspace.preview(d.org(), drafts.upload(d), d.choices(), rows));
    }

    /** The preview already known for the draft's current choices, if any. */
    Optional<Preview> known(Draft d) {
        return previews.known(d.id(), key(d));
    }

    /** Rows read so far, while the draft is being read. */
    Optional<Long> rowsRead(String id) {
        return previews.rowsRead(id);
    }

    /** Forgets the draft's preview (after publishing or deleting it). */
    void forget(String id) {
        previews.forget(id);
    }

    private static String key(Draft d) {
        return d.choices().toString();
    }
}
