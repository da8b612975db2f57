package org.pravasi.portal.pages;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.graph.NodeFactory;
import org.pravasi.registry.catalog.CatalogView;
import org.pravasi.registry.catalog.DatasetRecord;
import org.pravasi.registry.catalog.DatasetVersion;
import org.pravasi.registry.catalog.Labels;

/**
 * A suggested citation of a dataset's current version, built from the read model: publisher, title, version, date,
 * permalink and licence. Every "Cite this" box ({@code pages/cite.jte}) and the explorer's JSON render it.
 *
 * @param publisher the publisher's name
 * @param title the dataset's title
 * @param version the current version's number (0 when the record states none)
 * @param issued the day the current version was published ({@code YYYY-MM-DD}; empty when unknown)
 * @param permalink the address to cite: the dataset URI, or a page that shows exactly what is cited
 * @param licenceUri the licence URI (empty when none is stated)
 * @param licenceName the licence's short name ({@code CC BY 4.0}), else its URI
 * @param dataset the dataset URI
 */
public record Citation(
        String publisher,
        String title,
        int version,
        String issued,
        String permalink,
        String licenceUri,
        String licenceName,
        String dataset) {

    /** Short names of the usual licences. */
    public static final Map<String, String> LICENCES = Map.of(
            "https://creativecommons.org/licenses/by/4.0/", "CC BY 4.0",
            "https://creativecommons.org/licenses/by-sa/4.0/", "CC BY-SA 4.0",
            "https://creativecommons.org/publicdomain/zero/1.0/", "CC0 1.0",
            "https://www.data.gov.in/Godl", "GODL-India");

    /** Checks that every field is there (empty strings for what is unknown). */
    public Citation {
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(issued, "issued");
        Objects.requireNonNull(permalink, "permalink");
        Objects.requireNonNull(licenceUri, "licenceUri");
        Objects.requireNonNull(licenceName, "licenceName");
        Objects.requireNonNull(dataset, "dataset");
    }

    /**
     * The citation of {@code datasetUri}'s current version with names in {@code lang}, citing {@code permalink} (the
     * dataset URI when empty); empty when the dataset has no current version. Call inside a read transaction or not.
     */
    public static Optional<Citation> read(CatalogView catalogue, String datasetUri, String permalink, String lang) {
        Optional<DatasetRecord> record = catalogue.record(datasetUri).filter(DatasetRecord::isCurrent);
        if (record.isEmpty()) {
            return Optional.empty();
        }
        DatasetRecord r = record.get();
        Labels labels = catalogue.labels(lang);
        String publisher = r.publisher().isEmpty() ? "" : labels.label(NodeFactory.createURI(r.publisher()));
        String issued = catalogue.versions(datasetUri).stream()
                .filter(DatasetVersion::current)
                .map(DatasetVersion::issued)
                .findFirst()
                .orElse(r.modified());
        return Optional.of(new Citation(
                publisher,
                labels.label(NodeFactory.createURI(datasetUri)),
                r.current().get().number(),
                day(issued),
                permalink.isEmpty() ? datasetUri : permalink,
                r.licence(),
                LICENCES.getOrDefault(r.licence(), r.licence()),
                datasetUri));
    }

    /** This citation pointing at another address (a filtered view of the same version, say). */
    public Citation at(String address) {
        return new Citation(publisher, title, version, issued, address, licenceUri, licenceName, dataset);
    }

    /** The year of publication, or empty. */
    public String year() {
        return issued.length() >= 4 ? issued.substring(0, 4) : "";
    }

    /**
     * The citation as one line of text in the language of {@code texts}: publisher (year). title, version, date
     * [dataset]. site. permalink. licence.
     */
    public String text(Texts texts) {
        return texts.f(
                "cite.format",
                publisher,
                year().isEmpty() ? texts.t("cite.noDate") : year(),
                title,
                version,
                issued.isEmpty() ? texts.t("cite.noDate") : issued,
                texts.t("site.name"),
                permalink,
                licenceName.isEmpty() ? texts.t("cite.noLicence") : licenceName);
    }

    private static String day(String instant) {
        return instant.length() >= 10 ? instant.substring(0, 10) : instant;
    }
}
