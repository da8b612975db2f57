package org.pravasi.registry.publish;

import java.util.List;

/** The names of the rules every publish applies, recorded in its provenance. */
final class Rules {
    static final List<String> ALL = List.of(
            "csv-rfc4180-utf8",
            "descriptor-schema",
            "reference-checks: area codes, periods, code-list notations, unique keys",
            "shacl: ontology shapes (catalogue record, Data Cube, stories)",
            "personal-data-screen: names, phone numbers, e-mail addresses, Aadhaar-like and other ID numbers",
            "primary-suppression: counts 1..k-1 withheld",
            "secondary-suppression: no withheld cell derivable from line totals");

    private Rules() {
    }
}
