package org.pravasi.portal.sparql;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.pravasi.portal.testing.DemoPortal;

/** The three ways of sending a query in the SPARQL 1.1 Protocol, against a test portal. */
record SparqlClient(DemoPortal portal) {
    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    HttpResponse<String> get(String query, String accept) {
        return portal.get("/sparql?query=" + enc(query), accept);
    }

    HttpResponse<String> get(String query) {
        return get(query, "");
    }

    HttpResponse<String> postForm(String form, String accept) {
        return send(
                HttpRequest.newBuilder(portal.uri("/sparql"))
                        .header("Content-Type", "application/x-www-form-urlencoded"),
                form,
                accept);
    }

    HttpResponse<String> postQuery(String query, String accept) {
        return send(
                HttpRequest.newBuilder(portal.uri("/sparql")).header("Content-Type", "application/sparql-query"),
                query,
                accept);
    }

    HttpResponse<String> postUpdate(String update) {
        return send(
                HttpRequest.newBuilder(portal.uri("/sparql")).header("Content-Type", "application/sparql-update"),
                update,
                "");
    }

    private HttpResponse<String> send(HttpRequest.Builder b, String body, String accept) {
        if (!accept.isEmpty()) {
            b.header("Accept", accept);
        }
        return portal.send(
                b.timeout(Duration.ofSeconds(60))
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * A SELECT of {@code columns} copies of one literal of {@code chars} characters on each of at most {@code rows}
     * triples: a short query whose answer is {@code rows × columns × chars} bytes.
     */
    static String wideSelect(int columns, int chars, int rows) {
        StringBuilder q = new StringBuilder("SELECT");
        for (int i = 0; i < columns; i++) {
            q.append(" ?c").append(i);
        }
        return q.append(" { ")
                .append(copies(columns, chars))
                .append("?s ?p ?o } LIMIT ")
                .append(rows)
                .toString();
    }

    /** As {@link #wideSelect}, as a CONSTRUCT of one triple per copy and subject. */
    static String wideConstruct(int columns, int chars) {
        StringBuilder q = new StringBuilder("CONSTRUCT {");
        for (int i = 0; i < columns; i++) {
            q.append(" ?s <urn:example:p").append(i).append("> ?c").append(i).append(" .");
        }
        return q.append(" } { ")
                .append(copies(columns, chars))
                .append("?s ?p ?o }")
                .toString();
    }

    private static String copies(int columns, int chars) {
        StringBuilder q = new StringBuilder("BIND(\"").append("x".repeat(chars)).append("\" AS ?c0) ");
        for (int i = 1; i < columns; i++) {
            q.append("BIND(?c0 AS ?c").append(i).append(") ");
        }
        return q.toString();
    }

    /** The number of triples in the store, by SPARQL. */
    long tripleCount() {
        var r = get("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }", "text/csv");
        return Long.parseLong(r.body().lines().skip(1).findFirst().orElseThrow().strip());
    }
}
