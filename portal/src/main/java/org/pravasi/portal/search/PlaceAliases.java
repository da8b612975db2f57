package org.pravasi.portal.search;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Former and other common names of renamed districts, states and cities, so that "Gurgaon" finds Gurugram and
 * "Allahabad" finds Prayagraj. The reference geography holds the current LGD names (and any skos:altLabel); this list
 * adds what people still type. Keys are names as LGD may spell them; a name that belongs to two places (Aurangabad is a
 * district in Bihar and the old name of Chhatrapati Sambhajinagar) is only ever a value, never a key, so it is not
 * attached to the wrong place.
 */
final class PlaceAliases {
    private static final Map<String, List<String>> ALIASES = Map.ofEntries(
            Map.entry("GURUGRAM", List.of("Gurgaon")),
            Map.entry("GURGAON", List.of("Gurugram")),
            Map.entry("NUH", List.of("Mewat")),
            Map.entry("MEWAT", List.of("Nuh")),
            Map.entry("PRAYAGRAJ", List.of("Allahabad")),
            Map.entry("ALLAHABAD", List.of("Prayagraj")),
            Map.entry("AYODHYA", List.of("Faizabad")),
            Map.entry("FAIZABAD", List.of("Ayodhya")),
            Map.entry("NARMADAPURAM", List.of("Hoshangabad")),
            Map.entry("HOSHANGABAD", List.of("Narmadapuram")),
            Map.entry("KALABURAGI", List.of("Gulbarga")),
            Map.entry("GULBARGA", List.of("Kalaburagi")),
            Map.entry("BELAGAVI", List.of("Belgaum")),
            Map.entry("BELGAUM", List.of("Belagavi")),
            Map.entry("BALLARI", List.of("Bellary")),
            Map.entry("BELLARY", List.of("Ballari")),
            Map.entry("VIJAYAPURA", List.of("Bijapur")),
            Map.entry("MYSURU", List.of("Mysore")),
            Map.entry("MYSORE", List.of("Mysuru")),
            Map.entry("SHIVAMOGGA", List.of("Shimoga")),
            Map.entry("SHIMOGA", List.of("Shivamogga")),
            Map.entry("TUMAKURU", List.of("Tumkur")),
            Map.entry("TUMKUR", List.of("Tumakuru")),
            Map.entry("CHIKKAMAGALURU", List.of("Chikmagalur")),
            Map.entry("BENGALURUURBAN", List.of("Bangalore", "Bangalore Urban")),
            Map.entry("BENGALURURURAL", List.of("Bangalore Rural")),
            Map.entry("KOLKATA", List.of("Calcutta")),
            Map.entry("MUMBAI", List.of("Bombay")),
            Map.entry("MUMBAISUBURBAN", List.of("Bombay Suburban")),
            Map.entry("CHENNAI", List.of("Madras")),
            Map.entry("CHHATRAPATISAMBHAJINAGAR", List.of("Aurangabad")),
            Map.entry("DHARASHIV", List.of("Osmanabad")),
            Map.entry("OSMANABAD", List.of("Dharashiv")),
            Map.entry("AHILYANAGAR", List.of("Ahmednagar")),
            Map.entry("AHMEDNAGAR", List.of("Ahilyanagar")),
            Map.entry("SAHIBZADAAJITSINGHNAGAR", List.of("Mohali", "SAS Nagar")),
            Map.entry("SHAHIDBHAGATSINGHNAGAR", List.of("Nawanshahr")),
            Map.entry("SPSRNELLORE", List.of("Nellore")),
            Map.entry("SRIPOTTISRIRAMULUNELLORE", List.of("Nellore")),
            Map.entry("PURBICHAMPARAN", List.of("East Champaran")),
            Map.entry("PASHCHIMCHAMPARAN", List.of("West Champaran")),
            Map.entry("KHERI", List.of("Lakhimpur Kheri")),
            Map.entry("BHADOHI", List.of("Sant Ravidas Nagar")),
            Map.entry("SANTRAVIDASNAGAR", List.of("Bhadohi")),
            Map.entry("ODISHA", List.of("Orissa")),
            Map.entry("UTTARAKHAND", List.of("Uttaranchal")),
            Map.entry("PUDUCHERRY", List.of("Pondicherry")));

    private PlaceAliases() {}

    /** Other names of the place called {@code name}; empty when none are known. */
    static List<String> of(String name) {
        return ALIASES.getOrDefault(name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", ""), List.of());
    }
}
