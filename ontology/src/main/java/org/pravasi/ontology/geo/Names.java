package org.pravasi.ontology.geo;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** English display names from the upper-case LGD names, and the Hindi names of the states. */
final class Names {
    private static final Pattern WORD = Pattern.compile("[A-Za-z]+");
    private static final Pattern VOWEL = Pattern.compile("[AEIOUYaeiouy]");
    private static final Set<String> SMALL_WORDS = Set.of("and", "of");

    private Names() {}

    /**
     * Title case for an all-capitals LGD name ({@code NORTH AND MIDDLE ANDAMAN} becomes {@code North and Middle
     * Andaman}); names already in mixed case are kept, and words without a vowel stay capitals as abbreviations
     * ({@code NTR}, {@code SPSR Nellore}).
     */
    static String titleCase(String name) {
        String trimmed = name.strip().replaceAll("\\s+", " ");
        if (!trimmed.equals(trimmed.toUpperCase(Locale.ROOT))) {
            return trimmed;
        }
        Matcher m = WORD.matcher(trimmed);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String word = m.group();
            String lower = word.toLowerCase(Locale.ROOT);
            String cased = SMALL_WORDS.contains(lower) && m.start() > 0
                    ? lower
                    : !VOWEL.matcher(word).find() ? word : word.charAt(0) + lower.substring(1);
            m.appendReplacement(out, Matcher.quoteReplacement(cased));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A state name for display: title case, without the leading "The" that LGD gives one union territory. */
    static String stateName(String lgdName) {
        String name = titleCase(lgdName);
        return name.startsWith("The ") ? name.substring(4) : name;
    }

    /** Hindi names of the states and union territories by LGD state code. */
    static Map<String, String> hindiStateNames() {
        Map<String, String> names = new HashMap<>();
        ClasspathCsv.read("state-names-hi.csv").forEach(r -> names.put(r.get("lgd_code"), r.get("name_hi")));
        return Map.copyOf(names);
    }

    /** Letters only, upper case: for matching a boundary's district name to an LGD name. */
    static String key(String name) {
        return name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "");
    }
}
