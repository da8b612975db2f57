package org.pravasi.portal.pages;

import gg.jte.Content;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Map;

/**
 * What every page needs to know about the request: the language's texts and where the page is (for the language
 * switch).
 *
 * @param texts the interface texts
 * @param path the request path
 * @param query the request's query parameters other than {@code lang}, in order (a name may repeat)
 */
public record Ui(Texts texts, String path, List<Map.Entry<String, String>> query) {
    /** Copies the parameters. */
    public Ui {
        query = List.copyOf(query);
    }

    /**
     * The context of a request, choosing the language (and remembering it in a cookie when {@code ?lang=} chose it).
     */
    public static Ui of(RoutingContext ctx, Messages messages) {
        List<Map.Entry<String, String>> q = ctx.queryParams().entries().stream()
                .filter(e -> !e.getKey().equals("lang"))
                .map(e -> Map.entry(e.getKey(), e.getValue()))
                .toList();
        return new Ui(messages.in(Language.of(ctx)), ctx.normalizedPath(), q);
    }

    /** The context of a request shown in {@code lang}, whatever the request chose (nothing is remembered). */
    public static Ui of(RoutingContext ctx, Messages messages, String lang) {
        List<Map.Entry<String, String>> q = ctx.queryParams().entries().stream()
                .filter(e -> !e.getKey().equals("lang"))
                .map(e -> Map.entry(e.getKey(), e.getValue()))
                .toList();
        return new Ui(messages.in(lang), ctx.normalizedPath(), q);
    }

    /** The language code. */
    public String lang() {
        return texts.lang();
    }

    /** The text for {@code key}. */
    public String t(String key) {
        return texts.t(key);
    }

    /** The text for {@code key} with arguments filled in (not escaped). */
    public String f(String key, Object... args) {
        return texts.f(key, args);
    }

    /**
     * The text for {@code key} with arguments filled in as markup: each argument escaped, and one that is a name the
     * data have only in English, on a page in another language, marked {@code lang="en"} ({@link Html#fallBackLang}),
     * so that a name inside a sentence is read out as English.
     */
    public Content m(String key, Object... args) {
        Content[] parts = new Content[args.length];
        for (int i = 0; i < args.length; i++) {
            parts[i] = Html.named(String.valueOf(args[i]), lang());
        }
        return Templates.message(t(key), parts);
    }

    /** This page in another language (the link sets the remembered choice). */
    public String switchHref(String lang) {
        StringBuilder sb = new StringBuilder(path).append('?');
        query.forEach(e -> sb.append(Html.url(e.getKey()))
                .append('=')
                .append(Html.url(e.getValue()))
                .append('&'));
        return sb.append("lang=").append(lang).toString();
    }
}
