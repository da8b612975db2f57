package org.pravasi.portal.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads a {@link SearchQuery} from HTTP query parameters, refusing bad values with a message that says how to fix them.
 */
public final class SearchParams {
    private static final Pattern SLUG = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
    private static final Pattern LGD = Pattern.compile("[0-9]{1,6}");
    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");
    private static final Pattern WHOLE = Pattern.compile("[0-9]{1,9}");

    private SearchParams() {}

    /**
     * Parses {@code q, type, org, theme, state, district, from, to, page, size, lang}; each filter may repeat or list
     * values with commas.
     */
    public static SearchQuery parse(Function<String, List<String>> params) {
        String text = single(params, "q").orElse("");
        if (text.length() > SearchQuery.MAX_TEXT_LENGTH) {
            throw new InvalidSearchException(
                    "q is " + text.length() + " characters long; the most is " + SearchQuery.MAX_TEXT_LENGTH + ".");
        }
        Set<EntryType> types = new LinkedHashSet<>();
        for (String t : values(params, "type")) {
            types.add(EntryType.byId(t)
                    .orElseThrow(() -> new InvalidSearchException(
                            "type '" + t + "' is unknown: use one of " + EntryType.ids() + ".")));
        }
        List<String> orgs = checked(params, "org", SLUG, "an organisation slug such as mrc-alliance");
        List<String> themes = checked(params, "theme", SLUG, "a theme notation such as wages");
        List<String> states = checked(params, "state", LGD, "an LGD state code (digits, e.g. 10 for Bihar)");
        List<String> districts =
                checked(params, "district", LGD, "an LGD district code (digits, e.g. 201 for Katihar)");
        Optional<Integer> from = year(params, "from");
        Optional<Integer> to = year(params, "to");
        if (from.isPresent() && to.isPresent() && from.get() > to.get()) {
            throw new InvalidSearchException(
                    "from (" + from.get() + ") is after to (" + to.get() + "): give from ≤ to.");
        }
        int page = number(params, "page", 1);
        if (page < 1) {
            throw new InvalidSearchException("page must be a whole number from 1; got " + page + ".");
        }
        int size = number(params, "size", SearchQuery.DEFAULT_SIZE);
        if (size < 1 || size > SearchQuery.MAX_SIZE) {
            throw new InvalidSearchException(
                    "size must be a whole number from 1 to " + SearchQuery.MAX_SIZE + "; got " + size + ".");
        }
        if ((long) page * size > SearchQuery.MAX_WINDOW) {
            throw new InvalidSearchException("page " + page + " × size " + size + " goes past hit "
                    + SearchQuery.MAX_WINDOW + ", the deepest a search pages; narrow the search with filters instead.");
        }
        return SearchQuery.builder(text)
                .types(types)
                .orgs(orgs)
                .themes(themes)
                .states(states)
                .districts(districts)
                .years(from, to)
                .page(page, size)
                .lang(lang(params))
                .build();
    }

    /** The display language, {@code en} unless {@code lang} says {@code hi}. */
    static String lang(Function<String, List<String>> params) {
        String lang = single(params, "lang").orElse("en");
        if (!SearchQuery.LANGUAGES.contains(lang)) {
            throw new InvalidSearchException(
                    "lang must be one of " + String.join(", ", SearchQuery.LANGUAGES) + "; got '" + lang + "'.");
        }
        return lang;
    }

    static Optional<String> single(Function<String, List<String>> params, String name) {
        List<String> v = params.apply(name);
        if (v == null || v.isEmpty()) {
            return Optional.empty();
        }
        if (v.size() > 1) {
            throw new InvalidSearchException(name + " was given " + v.size() + " times; give it once.");
        }
        return Optional.of(v.getFirst().strip()).filter(s -> !s.isEmpty());
    }

    private static List<String> values(Function<String, List<String>> params, String name) {
        List<String> out = new ArrayList<>();
        List<String> raw = params.apply(name);
        for (String v : raw == null ? List.<String>of() : raw) {
            for (String part : v.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
        }
        return out;
    }

    private static List<String> checked(
            Function<String, List<String>> params, String name, Pattern form, String expected) {
        List<String> out = values(params, name);
        for (String v : out) {
            if (!form.matcher(v).matches()) {
                throw new InvalidSearchException(name + " must be " + expected + "; got '" + v + "'.");
            }
        }
        return out;
    }

    private static Optional<Integer> year(Function<String, List<String>> params, String name) {
        Optional<String> v = single(params, name);
        if (v.isPresent() && !YEAR.matcher(v.get()).matches()) {
            throw new InvalidSearchException(name + " must be a four-digit year such as 2024; got '" + v.get() + "'.");
        }
        return v.map(Integer::parseInt);
    }

    static int number(Function<String, List<String>> params, String name, int fallback) {
        Optional<String> v = single(params, name);
        if (v.isPresent() && !WHOLE.matcher(v.get()).matches()) {
            throw new InvalidSearchException(name + " must be a whole number; got '" + v.get() + "'.");
        }
        return v.map(Integer::parseInt).orElse(fallback);
    }
}
