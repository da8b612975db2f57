package org.pravasi.portal.search;

import java.util.List;
import org.pravasi.registry.catalog.CatalogFingerprint;
import org.pravasi.registry.catalog.CatalogTexts;
import org.pravasi.registry.catalog.CatalogView;
import org.pravasi.registry.catalog.DatasetRecord;

/**
 * A short summary of what the index is built from: the index layout version, counts of dataset records (and withdrawn
 * ones), stories, organisations, districts, states and concepts, the latest {@code dct:modified}, and order-independent
 * hashes of the organisation graphs (which change without a date) and of the code-list and place labels. If the store's
 * fingerprint differs from the one in the index's last commit, the index is rebuilt. Call inside a read transaction
 * (the catalogue's read model joins it).
 */
final class StoreFingerprint {
    /** Bump when the documents change shape, so that every index is rebuilt once. */
    static final String LAYOUT = "search-layout-6";

    private StoreFingerprint() {}

    static String of(CatalogTexts texts, CatalogView catalogue) {
        List<DatasetRecord> all = catalogue.records();
        long records = all.size();
        long withdrawn = all.stream().filter(DatasetRecord::withdrawn).count();
        CatalogFingerprint f = texts.fingerprint();
        return String.join(
                ";",
                LAYOUT,
                "records=" + records,
                "withdrawn=" + withdrawn,
                "stories=" + f.stories(),
                "organisations=" + f.organisations(),
                "districts=" + f.districts(),
                "states=" + f.states(),
                "concepts=" + f.concepts(),
                "modified=" + f.latestModified(),
                "orgs#" + Long.toHexString(f.organisationHash()),
                "labels#" + Long.toHexString(f.labelHash()));
    }
}
