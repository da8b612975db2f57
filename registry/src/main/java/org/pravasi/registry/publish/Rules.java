package org.pravasi.registry.publish;

import java.util.List;

/** The names of the rules every publish applies, recorded in its provenance. */
final class Rules {
    static final List<String> ALL = List.of(
            "csv-rfc4180-utf8",
            "descriptor-schema",
            "reference-checks: area codes, periods, code-list notations, unique keys",
            "shacl: ontology shapes (catalogue record, Data Cube, stories)",
            "personal-data-screen: names, phone numbers, e-mail addresses, Aadhaar-like and other ID numbers,"
                    + " personal query parameters and contact points, counts of people 1..k-1 in text unless declared"
                    + " public; every script's digits, invisible characters removed, URLs percent-decoded",
            "primary-suppression: counts 1..k-1 withheld",
            "secondary-suppression: no withheld cell derivable from line totals");

    private Rules() {}
}
