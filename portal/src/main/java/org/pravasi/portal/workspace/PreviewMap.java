package org.pravasi.portal.workspace;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.pravasi.ontology.Ontology;
import org.pravasi.ontology.PV;
import org.pravasi.ontology.Period;
import org.pravasi.ontology.PravasiUris;
import org.pravasi.portal.map.DistrictDirectory;
import org.pravasi.portal.map.DistrictValue;
import org.pravasi.portal.map.DraftFigures;
import org.pravasi.portal.map.MapResult;
import org.pravasi.portal.pages.Ui;
import org.pravasi.registry.catalog.figures.Tally;
import org.pravasi.registry.publish.PublishOutcome;
import org.pravasi.registry.web.Json;
import org.pravasi.registry.workspace.ColumnRole;
import org.pravasi.registry.workspace.Preview;

/**
 * The map of the draft's first indicator as the dry run would publish it: its first measure, for its latest period, by
 * district, each other dimension at its total ({@code _T}) when the data has one and summed otherwise, except a
 * dimension whose code list's categories overlap ({@code pv:categoriesOverlap}): that one is shown one value at a time,
 * its first, as on the public map, since a sum would count a case once per category. Each district with a withheld cell
 * is marked withheld and given no value (the public map's rule). Built from the dry run's own input and withheld rows,
 * never from the store.
 *
 * @param measure the measure mapped (its CSV name)
 * @param period the period's notation, or empty when the table has no period
 * @param areas the districts' figures, class breaks and 2011 polygons, as {@code GET /api/map} gives them
 * @param threshold the disclosure threshold k of the dry run
 * @param oneValue for each dimension whose categories overlap (its column, as the file names it), the code shown
 */
record PreviewMap(String measure, String period, MapResult.Areas areas, int threshold, Map<String, String> oneValue) {
    /** The CSV column of the district in the pipeline's input. */
    static final String DISTRICT = "district";
    /** The CSV column of the period in the pipeline's input. */
    static final String PERIOD = "period";
    /** The notation of a dimension's total, as the public map reads it. */
    static final String TOTAL = org.pravasi.portal.map.Code.TOTAL;

    /** The ids of the code lists whose categories overlap, from the node's own code lists. */
    private static final Set<String> OVERLAPPING = overlapping(Ontology.load().codeLists());

    /** Copies the map. */
    PreviewMap {
        oneValue = Map.copyOf(oneValue);
    }

    /**
     * The map of a preview whose dry run ran on a table by district with a measure; empty otherwise.
     *
     * @param p the preview (its input, rows and withheld rows)
     * @param directory the reference geography
     */
    static Optional<PreviewMap> of(Preview p, DistrictDirectory directory) {
        if (p.input().isEmpty() || p.dryRun().isEmpty() || p.table().isEmpty()) {
            return Optional.empty();
        }
        Optional<String> measure = p.columns().stream()
                .filter(c -> c.role() == ColumnRole.Role.MEASURE)
                .map(ColumnRole::qualifier)
                .findFirst();
        if (measure.isEmpty()) {
            return Optional.empty();
        }
        int threshold = p.dryRun().map(PublishOutcome::withheld).orElseThrow().threshold();
        String csv = new String(p.input().orElseThrow().csv(), StandardCharsets.UTF_8);
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(csv))) {
            List<String> headers = parser.getHeaderNames();
            if (!headers.contains(DISTRICT) || !headers.contains(measure.get())) {
                return Optional.empty();
            }
            List<CSVRecord> records = parser.getRecords();
            String latest = headers.contains(PERIOD)
                    ? records.stream()
                            .map(r -> r.get(PERIOD))
                            .distinct()
                            .max(Comparator.comparing(PreviewMap::start).thenComparing(s -> s))
                            .orElse("")
                    : "";
            // As the public map's defaults: a dimension with its total (_T) in the data is read at the total only,
            // one without is summed over its values.
            List<String> totals = p.columns().stream()
                    .filter(c -> c.role() == ColumnRole.Role.DIMENSION && headers.contains(c.qualifier()))
                    .map(ColumnRole::qualifier)
                    .filter(d -> records.stream().anyMatch(r -> r.get(d).equals(TOTAL)))
                    .toList();
            // A dimension whose categories overlap and that has no total is shown at its first value only.
            Map<String, String> oneValue = new TreeMap<>();
            Map<String, String> shown = new TreeMap<>();
            p.columns().stream()
                    .filter(c -> c.role() == ColumnRole.Role.DIMENSION && headers.contains(c.qualifier()))
                    .filter(c -> OVERLAPPING.contains(c.qualifier()) && !totals.contains(c.qualifier()))
                    .forEach(c -> {
                        TreeSet<String> values = new TreeSet<>();
                        records.stream()
                                .filter(r -> latest.isEmpty() || r.get(PERIOD).equals(latest))
                                .forEach(r -> values.add(r.get(c.qualifier())));
                        if (!values.isEmpty()) {
                            oneValue.put(c.qualifier(), values.first());
                            shown.put(c.column(), values.first());
                        }
                    });
            Map<String, Tally> tallies = new HashMap<>();
            for (int i = 0; i < records.size(); i++) {
                CSVRecord r = records.get(i);
                if (!latest.isEmpty() && !r.get(PERIOD).equals(latest)
                        || totals.stream().anyMatch(d -> !r.get(d).equals(TOTAL))
                        || oneValue.entrySet().stream()
                                .anyMatch(e -> !r.get(e.getKey()).equals(e.getValue()))) {
                    continue;
                }
                long row = p.table().orElseThrow().rows().get(i).number();
                tallies.merge(
                        r.get(DISTRICT),
                        Tally.EMPTY.add(
                                number(r.get(measure.get())), p.withheld().containsKey(row)),
                        PreviewMap::sum);
            }
            return Optional.of(new PreviewMap(
                    measure.get(), latest, DraftFigures.areas(tallies, directory, threshold), threshold, shown));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> overlapping(Model codes) {
        Set<String> out = new TreeSet<>();
        codes.listResourcesWithProperty(RDF.type, SKOS.ConceptScheme).forEach(scheme -> {
            String id = PravasiUris.schemeId(scheme.getURI());
            if (id != null && scheme.hasLiteral(PV.categoriesOverlap, true)) {
                out.add(id);
            }
        });
        return Set.copyOf(out);
    }

    /** The period's label in {@code lang} (its notation when it is not one of ours). */
    String periodLabel(String lang) {
        return Period.of(period).map(x -> x.label(lang)).orElse(period);
    }

    /** The districts with figures or withheld ones, in code order. */
    List<DistrictValue> districts() {
        return areas.districts();
    }

    /**
     * What the public map's script reads: the figures, class breaks, 2011 polygons, and the tooltip's labels.
     *
     * @param orgLabel the organisation's names by language ({@code en}, and {@code hi} where it has a Hindi name)
     * @param places the Hindi names the workspace's gazetteer knows, for districts the stored geography names only in
     *     English
     */
    String json(Ui ui, String title, String titleHi, String org, Map<String, String> orgLabel, PlaceNames places) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("dataset", "draft");
        String lang = ui.lang();
        out.put("title", titleHi.isBlank() ? Map.of("en", title) : Map.of("en", title, "hi", titleHi));
        out.put("org", Map.of("id", org, "label", orgLabel.isEmpty() ? Map.of("en", org) : orgLabel));
        // The measure's name in the page's language (the pipeline names it in English: "cases").
        out.put(
                "measure",
                Map.of(
                        "id",
                        measure,
                        "label",
                        lang.equals("en")
                                ? Map.of("en", measure)
                                : Map.of("en", measure, lang, FindingTexts.of(ui, measure))));
        out.put("period", Map.of("id", period, "label", periodLabel(lang)));
        out.put("threshold", threshold);
        out.put("districts", named(areas.districts(), places));
        out.put("quantiles", areas.quantiles());
        out.put("parents", areas.parents());
        return Json.MAPPER.writeValueAsString(out);
    }

    /**
     * The districts as the tooltips name them: where the stored geography has no Hindi name (it has the states' only),
     * the one the workspace's gazetteer knows and the reconciler matches, as the table beside the map names them; a
     * district neither knows stays English, which the map's script marks {@code lang="en"}.
     */
    private static List<DistrictValue> named(List<DistrictValue> districts, PlaceNames places) {
        return districts.stream()
                .map(d -> new DistrictValue(
                        d.lgd(),
                        d.name(),
                        d.state(),
                        d.stateLgd(),
                        d.value(),
                        d.status(),
                        d.boundary(),
                        d.mapsTo2011(),
                        d.parts(),
                        d.nameHi() != null
                                ? d.nameHi()
                                : places.districtHi(d.lgd()).orElse(null),
                        d.stateHi() != null
                                ? d.stateHi()
                                : places.stateHi(d.stateLgd()).orElse(null)))
                .toList();
    }

    private static LocalDate start(String notation) {
        return Period.of(notation).map(Period::start).orElse(LocalDate.MIN);
    }

    private static OptionalLong number(String cell) {
        try {
            return OptionalLong.of(Long.parseLong(cell.strip()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** Two tallies of one district as one: a sum is kept only while every observation has a value. */
    private static Tally sum(Tally a, Tally b) {
        return Tally.of(
                a.observations() + b.observations(),
                a.values() + b.values(),
                a.withheld() + b.withheld(),
                a.sum() + b.sum());
    }
}
