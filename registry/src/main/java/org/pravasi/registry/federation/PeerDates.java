package org.pravasi.registry.federation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.pravasi.ontology.PROV;
import org.pravasi.ontology.SCHEMA;

/**
 * The times a peer states must be plausible on this portal's clock: none before {@link #EARLIEST}, none later than a
 * day ahead ({@link #SKEW}). A time from the future would keep a peer's dataset first in every "recently updated" list
 * and pin the freshness of the search index; one from before the epoch of the web broke the harvest's cursor. Checked:
 * every object of a property that states when something happened ({@link #TIME_PROPERTIES}), whatever its datatype
 * (readers parse a plain string or a date there as well), and every {@code xsd:dateTime} or {@code xsd:dateTimeStamp}
 * anywhere. Dates elsewhere ({@code xsd:date}: the start and end of a period counted, which may lie ahead) are not.
 */
final class PeerDates {
    /** The earliest time a peer may state. */
    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    /** How far ahead of this portal's clock a peer's clock may run. */
    static final Duration SKEW = Duration.ofDays(1);

    /** Properties whose value is when something happened: each is read as a time by some reader. */
    static final Set<String> TIME_PROPERTIES = Set.of(
            DCTerms.modified.getURI(),
            DCTerms.issued.getURI(),
            DCTerms.created.getURI(),
            DCTerms.date.getURI(),
            PROV.generatedAtTime.getURI(),
            PROV.startedAtTime.getURI(),
            PROV.endedAtTime.getURI(),
            PROV.NS + "invalidatedAtTime",
            SCHEMA.datePublished.getURI(),
            SCHEMA.NS + "dateModified",
            SCHEMA.NS + "dateCreated",
            "https://schema.org/datePublished",
            "https://schema.org/dateModified",
            "https://schema.org/dateCreated");

    private PeerDates() {}

    /** Whether {@code at} lies outside the window on a clock reading {@code now}. */
    static boolean outside(Instant at, Instant now) {
        return at.isBefore(EARLIEST) || at.isAfter(now.plus(SKEW));
    }

    /** The reason a feed entry modified at {@code at} is refused. */
    static String refusal(Instant at, Instant now) {
        return "the change feed says it was modified at " + at + ", " + window(now) + "; the peer's clock looks wrong";
    }

    /**
     * Adds a problem if a statement of the bundle's graphs holds a time outside the window, or one that cannot be read.
     */
    static void checkBundle(Bundle b, Instant now, List<String> problems) {
        Found found = new Found();
        for (Node g : b.graphs()) {
            var it = b.quads().find(g, Node.ANY, Node.ANY, Node.ANY);
            while (it.hasNext()) {
                found.check(it.next().asTriple(), g, now);
            }
        }
        found.report(now, problems);
    }

    /** As {@link #checkBundle}, for one graph {@code g} (a withdrawn dataset's tombstone). */
    static void checkGraph(Node name, Iterator<Triple> triples, Instant now, List<String> problems) {
        Found found = new Found();
        triples.forEachRemaining(t -> found.check(t, name, now));
        found.report(now, problems);
    }

    private static final class Found {
        int count;
        String example = "";

        void check(Triple t, Node g, Instant now) {
            Node o = t.getObject();
            if (!o.isLiteral()) {
                return;
            }
            String type = o.getLiteralDatatypeURI();
            boolean time = TIME_PROPERTIES.contains(t.getPredicate().getURI());
            if (!time
                    && !XSDDatatype.XSDdateTime.getURI().equals(type)
                    && !XSDDatatype.XSDdateTimeStamp.getURI().equals(type)) {
                return;
            }
            Instant at = instant(o.getLiteralLexicalForm());
            if ((at == null || outside(at, now)) && count++ == 0) {
                example = "<" + t.getPredicate().getURI() + "> \"" + PeerClient.clip(o.getLiteralLexicalForm())
                        + "\" in graph <" + g.getURI() + ">";
            }
        }

        void report(Instant now, List<String> problems) {
            if (count > 0) {
                problems.add(count + " time(s) lie " + window(now) + " or cannot be read, e.g. " + example
                        + "; the peer's clock looks wrong");
            }
        }
    }

    private static String window(Instant now) {
        return "outside " + EARLIEST + " .. " + now.plus(SKEW) + " (this portal's clock and a day)";
    }

    /**
     * The instant of a date-time (one without a zone read as UTC) or a date (its first moment, UTC), or null when
     * Java's calendar cannot read it (a year of five digits, say): refused as well, since no list could place it.
     */
    private static Instant instant(String lexical) {
        String s = lexical.strip();
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            // not a date-time with a zone
        }
        try {
            return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            // not a date-time without one
        }
        try {
            return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s)
                    .atStartOfDay()
                    .toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
