package org.pravasi.portal.pages;

import io.vertx.ext.web.RoutingContext;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What every page needs to know about the request: the language's texts and where the page is (for the
 * language switch).
 *
 * @param texts the interface texts
 * @param path  the request path
 * @param query the request's query parameters other than {@code lang}
 */
public record Ui(Texts texts, String path, Map<String, String> query) {

    /** The context of a request, choosing (and remembering) the language. */
    static Ui of(RoutingContext ctx, Messages messages) {
        Map<String, String> q = ctx.queryParams().entries().stream().filter(e -> !e.getKey().equals("lang"))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, java.util.LinkedHashMap::new));
        return new Ui(messages.in(Language.of(ctx)), ctx.normalizedPath(), q);
    }

    /** The language code. */
    public String lang() {
        return texts.lang();
    }

    /** The text for {@code key}. */
    public String t(String key) {
        return texts.t(key);
    }

    /** The text for {@code key}, escaped for HTML. */
    public String e(String key) {
        return Html.escape(texts.t(key));
    }

    /** The text for {@code key} with arguments filled in (not escaped). */
    public String f(String key, Object... args) {
        return texts.f(key, args);
    }

    /** This page in another language. */
    public String switchHref(String lang) {
        StringBuilder sb = new StringBuilder(path).append('?');
        query.forEach((k, v) -> sb.append(Html.url(k)).append('=').append(Html.url(v)).append('&'));
        return sb.append("lang=").append(lang).toString();
    }
}
