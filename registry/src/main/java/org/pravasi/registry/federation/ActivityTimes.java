package org.pravasi.registry.federation;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.pravasi.ontology.PROV;

/**
 * A peer's publish activity times kept to the minute, as this portal's own are (publishing's {@code CatalogRecord}):
 * how long a node's checks took depends on the withheld counts (how many linear programs they needed), so an older
 * peer's exact start and end would carry that timing channel on to this portal's readers.
 */
final class ActivityTimes {
    private static final Set<Node> TIMES = Set.of(PROV.startedAtTime.asNode(), PROV.endedAtTime.asNode());
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private ActivityTimes() {}

    /** {@code object} as written under {@code predicate}: an activity's start or end to the minute, else unchanged. */
    static Node toTheMinute(Node predicate, Node object) {
        if (!TIMES.contains(predicate) || !object.isLiteral()) {
            return object;
        }
        String lexical = object.getLiteralLexicalForm();
        try {
            return dateTime(OffsetDateTime.parse(lexical)
                    .toInstant()
                    .truncatedTo(ChronoUnit.MINUTES)
                    .toString());
        } catch (DateTimeParseException withoutZone) {
            try {
                return dateTime(LocalDateTime.parse(lexical)
                        .truncatedTo(ChronoUnit.MINUTES)
                        .format(LOCAL));
            } catch (DateTimeParseException notATime) {
                return object; // PeerDates refuses a time that cannot be read
            }
        }
    }

    private static Node dateTime(String lexical) {
        return NodeFactory.createLiteralDT(lexical, XSDDatatype.XSDdateTime);
    }
}
