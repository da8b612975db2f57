package org.pravasi.registry.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Former and other common names of renamed districts, states and cities, so that "Gurgaon" finds Gurugram and
 * "Allahabad" finds Prayagraj. The reference geography holds the current LGD names (and any skos:altLabel); this list
 * adds what people still type. Keys are names as LGD may spell them; a name that belongs to two places (Aurangabad is a
 * district in Bihar and the old name of Chhatrapati Sambhajinagar) is only ever a value, never a key, so it is not
 * attached to the wrong place.
 *
 * <p>Portal search adds these names to a place's search text; the publishing workspace resolves a former name or common
 * spelling to the current district only when the name it leads to is an LGD name, and keeps the two kinds apart so that
 * it can say which one matched.
 */
public final class PlaceAliases {
    /** Why a name is another name of a place. */
    public enum Kind {
        /** The place was renamed (Gurgaon is now Gurugram). */
        FORMER_NAME,
        /** Another common spelling or form of the same name (Purnea for Purnia). */
        COMMON_SPELLING
    }

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

    /** Other spellings and forms of unchanged names, as partners write them (keys as LGD spells the name). */
    // spotless:off
    private static final Map<String, List<String>> SPELLINGS = Map.ofEntries(
            Map.entry("PURNIA", List.of("Purnea")),
            Map.entry("KAIMURBHABUA", List.of("Kaimur", "Bhabua")),
            Map.entry("PURBICHAMPARAN", List.of("Purvi Champaran", "Motihari")),
            Map.entry("SAHEBGANJ", List.of("Sahibganj")),
            Map.entry("KODERMA", List.of("Kodarma")),
            Map.entry("PALAMU", List.of("Palamau")),
            Map.entry("HAZARIBAGH", List.of("Hazaribag")),
            Map.entry("EASTSINGHBUM", List.of("East Singhbhum", "Purbi Singhbhum")),
            Map.entry("WESTSINGHBHUM", List.of("West Singhbum", "Pashchimi Singhbhum")),
            Map.entry("SARAIKELAKHARSAWAN", List.of("Seraikela Kharsawan", "Seraikela")),
            Map.entry("JHUNJHUNU", List.of("Jhunjhunun")),
            Map.entry("JALORE", List.of("Jalor")),
            Map.entry("CHITTORGARH", List.of("Chittaurgarh")),
            Map.entry("GANGANAGAR", List.of("Sri Ganganagar", "Shri Ganganagar")),
            Map.entry("SONIPAT", List.of("Sonepat")),
            Map.entry("BUDAUN", List.of("Badaun")),
            Map.entry("MAHARAJGANJ", List.of("Mahrajganj")),
            Map.entry("SANTKABEERNAGAR", List.of("Sant Kabir Nagar")),
            Map.entry("DINAJPURDAKSHIN", List.of("Dakshin Dinajpur", "South Dinajpur")),
            Map.entry("DINAJPURUTTAR", List.of("Uttar Dinajpur", "North Dinajpur")),
            Map.entry("PARAGANASNORTH", List.of("North 24 Parganas", "North Twenty Four Parganas")),
            Map.entry("PARAGANASSOUTH", List.of("South 24 Parganas", "South Twenty Four Parganas")),
            Map.entry("MEDINIPUREAST", List.of("Purba Medinipur", "East Midnapore", "Purba Midnapore")),
            Map.entry("MEDINIPURWEST", List.of("Paschim Medinipur", "West Midnapore", "Paschim Midnapore")),
            Map.entry("COOCHBEHAR", List.of("Koch Bihar")),
            Map.entry("MALDAH", List.of("Malda")),
            Map.entry("HOOGHLY", List.of("Hugli")),
            Map.entry("HOWRAH", List.of("Haora")),
            Map.entry("DARJEELING", List.of("Darjiling")));
    // spotless:on

    private PlaceAliases() {}

    /** Other names of the place called {@code name} (former names and common spellings); empty when none are known. */
    public static List<String> of(String name) {
        String key = key(name);
        List<String> out = new ArrayList<>(ALIASES.getOrDefault(key, List.of()));
        out.addAll(SPELLINGS.getOrDefault(key, List.of()));
        return List.copyOf(out);
    }

    /**
     * The keys of the names that {@code name} is a former name or another spelling of, with the kind: the keys of the
     * LGD names this list attaches it to ({@code Gurgaon} gives {@code GURUGRAM}, {@code Purnea} gives {@code PURNIA}).
     */
    public static Map<String, Kind> namesFor(String name) {
        String key = key(name);
        Map<String, Kind> out = new java.util.LinkedHashMap<>();
        collect(key, ALIASES, Kind.FORMER_NAME, out);
        collect(key, SPELLINGS, Kind.COMMON_SPELLING, out);
        return out;
    }

    /** Letters only, upper case: the form in which names are compared here. */
    public static String key(String name) {
        return name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "");
    }

    private static void collect(String key, Map<String, List<String>> map, Kind kind, Map<String, Kind> out) {
        map.forEach((lgdKey, others) -> {
            if (others.stream().anyMatch(o -> key(o).equals(key))) {
                out.putIfAbsent(lgdKey, kind);
            }
        });
    }
}
