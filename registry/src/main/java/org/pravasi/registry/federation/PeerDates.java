package org.pravasi.registry.federation;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;

/**
 * The times a peer states must be plausible on this portal's clock: none before {@link #EARLIEST}, none later than a
 * day ahead ({@link #SKEW}). A time from the future would keep a peer's dataset first in every "recently updated" list
 * and pin the freshness of the search index; one from before the epoch of the web broke the harvest's cursor.
 */
final class PeerDates {
    /** The earliest time a peer may state. */
    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    /** How far ahead of this portal's clock a peer's clock may run. */
    static final Duration SKEW = Duration.ofDays(1);

    private PeerDates() {}

    /** Refuses the whole feed (the peer's clock is wrong) if an entry's {@code modified} lies outside the window. */
    static void checkFeed(Peer peer, List<FeedEntry> feed, Instant now) {
        for (FeedEntry e : feed) {
            if (outside(e.modified(), now)) {
                throw HarvestException.peerWide(
                        "Peer " + peer.url() + " sent a change feed whose entry for " + PeerClient.clip(e.identifier())
                                + " was modified at " + e.modified() + ", " + window(now)
                                + "; its clock looks wrong, so nothing of the feed is read",
                        null);
            }
        }
    }

    /** Adds a problem if a statement of the bundle's graphs holds an {@code xsd:dateTime} outside the window. */
    static void checkBundle(Bundle b, Instant now, List<String> problems) {
        int outside = 0;
        String example = "";
        for (Node g : b.graphs()) {
            var it = b.quads().find(g, Node.ANY, Node.ANY, Node.ANY);
            while (it.hasNext()) {
                Quad q = it.next();
                Node o = q.getObject();
                if (o.isLiteral() && XSDDatatype.XSDdateTime.getURI().equals(o.getLiteralDatatypeURI())) {
                    Instant at = instant(o.getLiteralLexicalForm());
                    if ((at == null || outside(at, now)) && outside++ == 0) {
                        example = "<" + q.getPredicate().getURI() + "> \"" + PeerClient.clip(o.getLiteralLexicalForm())
                                + "\" in graph <" + g.getURI() + ">";
                    }
                }
            }
        }
        if (outside > 0) {
            problems.add(outside + " time(s) lie " + window(now) + " or cannot be read, e.g. " + example
                    + "; the peer's clock looks wrong");
        }
    }

    private static boolean outside(Instant at, Instant now) {
        return at.isBefore(EARLIEST) || at.isAfter(now.plus(SKEW));
    }

    private static String window(Instant now) {
        return "outside " + EARLIEST + " .. " + now.plus(SKEW) + " (this portal's clock and a day)";
    }

    /**
     * The instant of an {@code xsd:dateTime} (one without a zone read as UTC), or null when Java's calendar cannot read
     * it (a year of five digits, say): refused as well, since no list could place it.
     */
    private static Instant instant(String lexical) {
        try {
            return OffsetDateTime.parse(lexical).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return java.time.LocalDateTime.parse(lexical).toInstant(java.time.ZoneOffset.UTC);
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }
}
