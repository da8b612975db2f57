package org.pravasi.portal.workspace;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import org.pravasi.portal.workspace.DatasetTemplates.Kind;

/**
 * The guide's template files, each built at most once: the kinds are fixed when the portal starts, so an unknown name
 * costs a map lookup and a known one its building once, however often it is asked for.
 */
final class TemplateFiles {
    /** A template's file format, named by its file extension, with its media type. */
    enum Format {
        CSV("text/csv; charset=utf-8"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        private final String contentType;

        Format(String contentType) {
            this.contentType = contentType;
        }

        /** The format whose extension is {@code extension} ({@code csv} or {@code xlsx}). */
        static Format of(String extension) {
            return valueOf(extension.toUpperCase(Locale.ROOT));
        }

        String contentType() {
            return contentType;
        }
    }

    private record Key(String slug, Format format) {}

    private final List<Kind> kinds;
    private final Map<String, Kind> bySlug;
    private final BiFunction<Kind, Format, byte[]> build;
    private final Map<Key, byte[]> built = new ConcurrentHashMap<>();

    /**
     * The templates of {@code kinds}, each built by {@code build} on first request.
     *
     * @param kinds the kinds, in the order the guide lists them; their slugs are distinct
     * @param build makes a kind's file in a format (may block: call {@link #file} off the event loop)
     */
    TemplateFiles(List<Kind> kinds, BiFunction<Kind, Format, byte[]> build) {
        Map<String, Kind> slugs = new HashMap<>();
        for (Kind k : kinds) {
            if (slugs.put(k.slug(), k) != null) {
                throw new IllegalArgumentException("Two kinds of dataset have the slug " + k.slug());
            }
        }
        this.kinds = List.copyOf(kinds);
        this.bySlug = Map.copyOf(slugs);
        this.build = Objects.requireNonNull(build);
    }

    /** The templates of the kinds {@code templates} reads, read now, and built from them on first request. */
    static TemplateFiles of(DatasetTemplates templates) {
        return new TemplateFiles(templates.kinds(), (k, f) -> f == Format.CSV ? templates.csv(k) : templates.xlsx(k));
    }

    /** Every kind, in order. */
    List<Kind> kinds() {
        return kinds;
    }

    /** Whether a kind is named {@code slug}. */
    boolean has(String slug) {
        return bySlug.containsKey(slug);
    }

    /** The file of the kind named {@code slug} in {@code format}, built if this is its first request. */
    Optional<byte[]> file(String slug, Format format) {
        Kind kind = bySlug.get(slug);
        if (kind == null) {
            return Optional.empty();
        }
        return Optional.of(built.computeIfAbsent(new Key(slug, format), k -> build.apply(kind, format)));
    }

    /** The file of the kind named {@code slug} in {@code format} if it has been built; never builds. */
    Optional<byte[]> ready(String slug, Format format) {
        return Optional.ofNullable(built.get(new Key(slug, format)));
    }
}
