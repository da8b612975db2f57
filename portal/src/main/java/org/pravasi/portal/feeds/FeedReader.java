package org.pravasi.portal.feeds;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.pravasi.ontology.SCHEMA;
import org.pravasi.portal.linkeddata.UriSpace;
import org.pravasi.registry.catalog.CatalogView;
import org.pravasi.registry.catalog.DatasetDescription;
import org.pravasi.registry.catalog.DatasetRecord;
import org.pravasi.registry.catalog.Labels;
import org.pravasi.registry.catalog.StoryRecord;
import org.pravasi.registry.store.Store;

/** Reads the entries of a feed from the catalogue's read model, in one read transaction. */
final class FeedReader {
    /** Most entries in one feed: the newest first. */
    static final int MAX_ENTRIES = 100;

    private final Store store;
    private final CatalogView view;
    private final UriSpace space;

    FeedReader(Store store, CatalogView view, UriSpace space) {
        this.store = Objects.requireNonNull(store, "store");
        this.view = Objects.requireNonNull(view, "view");
        this.space = Objects.requireNonNull(space, "space");
    }

    /** Whether {@code scope} names an organisation or district the store knows (always true for the site feed). */
    boolean exists(FeedScope scope, String lang) {
        return switch (scope.kind()) {
            case "organisation" ->
                store.read(
                        () -> view.organisation(scope.uri(), view.labels(lang)).isPresent());
            case "district" -> view.isDescribed(scope.uri());
            default -> true;
        };
    }

    /** The name of the organisation or district a scoped feed follows, in {@code lang}. */
    String name(FeedScope scope, String lang) {
        return store.read(() -> view.labels(lang).label(NodeFactory.createURI(scope.uri())));
    }

    /** The current datasets and the stories within {@code scope}, most recently changed first. */
    List<FeedEntry> entries(FeedScope scope, String lang) {
        return store.read(() -> {
            Labels labels = view.labels(lang);
            List<FeedEntry> out = new ArrayList<>();
            for (String uri : view.currentDatasets()) {
                Optional<DatasetRecord> record = view.record(uri);
                if (record.isEmpty()) {
                    continue;
                }
                DatasetDescription d = view.description(uri);
                boolean in = switch (scope.kind()) {
                    case "organisation" -> record.get().publisher().equals(scope.uri());
                    case "district" -> d.spatial().contains(scope.uri());
                    default -> true;
                };
                Optional<OffsetDateTime> updated = instant(record.get().modified());
                if (!in || updated.isEmpty()) {
                    continue;
                }
                Node ds = NodeFactory.createURI(uri);
                out.add(new FeedEntry(
                        uri,
                        "dataset",
                        labels.label(ds),
                        labels.text(ds, DCTerms.description.asNode()).orElse(""),
                        labels.label(NodeFactory.createURI(record.get().publisher())),
                        space.href(uri),
                        instant(d.issued()).orElse(null),
                        updated.get()));
            }
            for (StoryRecord s : view.stories()) {
                boolean in = switch (scope.kind()) {
                    case "organisation" -> s.publisher().equals(scope.uri());
                    case "district" -> s.districts().contains(scope.uri());
                    default -> true;
                };
                Optional<OffsetDateTime> published = instant(s.published());
                if (!in || published.isEmpty()) {
                    continue;
                }
                Node n = NodeFactory.createURI(s.uri());
                out.add(new FeedEntry(
                        s.uri(),
                        "story",
                        labels.label(n),
                        labels.text(n, SCHEMA.abstract_.asNode()).orElse(""),
                        labels.label(NodeFactory.createURI(s.publisher())),
                        space.href(s.uri()),
                        published.get(),
                        published.get()));
            }
            out.sort(Comparator.comparing(FeedEntry::updated).reversed().thenComparing(FeedEntry::id));
            return List.copyOf(out.subList(0, Math.min(out.size(), MAX_ENTRIES)));
        });
    }

    /**
     * An xsd:date or xsd:dateTime as stored, as an instant: a date is its first moment in India (UTC+05:30), a
     * date-time without a zone is read as UTC; empty when it is neither.
     */
    static Optional<OffsetDateTime> instant(String lexical) {
        if (lexical == null || lexical.isBlank()) {
            return Optional.empty();
        }
        String s = lexical.strip();
        try {
            return Optional.of(OffsetDateTime.parse(s));
        } catch (DateTimeParseException e) {
            // no zone, or a date only
        }
        try {
            return Optional.of(LocalDateTime.parse(s).atOffset(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            // a date only
        }
        try {
            return Optional.of(LocalDate.parse(s).atStartOfDay().atOffset(INDIA));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static final ZoneOffset INDIA = ZoneOffset.ofHoursMinutes(5, 30);
}
