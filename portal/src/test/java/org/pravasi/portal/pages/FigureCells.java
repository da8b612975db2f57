package org.pravasi.portal.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pravasi.portal.testing.DemoPortal;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the figures that district and home pages show ({@code <td|p class="… figure …" data-status="…">}) and checks
 * them against the explorer's API and against independent SPARQL queries.
 */
final class FigureCells {
    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern FIGURE = Pattern.compile(
            "<(td|p|span) class=\"[^\"]*\\bfigure\\b[^\"]*\" data-status=\"([a-z-]+)\">(.*?)</\\1>", Pattern.DOTALL);
    private static final Pattern EXPLORE = Pattern.compile("href=\"(/explore/[^\"]+)\"");

    /**
     * One figure on a page.
     *
     * @param status value, withheld, incomplete or nodata
     * @param html its markup
     * @param text its text without tags
     * @param explore the explorer address it links to (decoded), or empty
     */
    record Figure(String status, String html, String text, String explore) {
        /** The number shown, for a published figure. */
        long value() {
            return Long.parseLong(text.replaceAll("[^0-9]", ""));
        }
    }

    private FigureCells() {}

    /** Every figure in {@code html}, in page order. */
    static List<Figure> in(String html) {
        List<Figure> out = new ArrayList<>();
        Matcher m = FIGURE.matcher(html);
        while (m.find()) {
            Matcher e = EXPLORE.matcher(m.group(3));
            out.add(new Figure(
                    m.group(2),
                    m.group(3),
                    text(m.group(3)),
                    e.find() ? e.group(1).replace("&amp;", "&") : ""));
        }
        return out;
    }

    /** Markup as the reader sees it: tags dropped, entities of the templates decoded, spaces collapsed. */
    static String text(String html) {
        return html.replaceAll("<[^>]+>", "")
                .replace("&amp;", "&")
                .replace("&#39;", "'")
                .replace("&quot;", "\"")
                .replaceAll("\\s+", " ")
                .strip();
    }

    /** The parameters of an explorer address, decoded, in order. */
    static Map<String, String> params(String explore) {
        Map<String, String> out = new LinkedHashMap<>();
        int q = explore.indexOf('?');
        if (q >= 0) {
            for (String kv : explore.substring(q + 1).split("&")) {
                int eq = kv.indexOf('=');
                out.put(
                        URLDecoder.decode(kv.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    /** The rows the explorer's API answers for the selection of an explorer address. */
    static JsonNode apiRows(DemoPortal portal, String explore) {
        String api = "/api/data/" + explore.substring("/explore/".length());
        HttpResponse<String> r = portal.get(api, "application/json");
        assertEquals(200, r.statusCode(), api + ": " + r.body());
        return JSON.readTree(r.body()).get("rows");
    }

    /**
     * Counts by an independent SPARQL query the observations of the current version of {@code dataset}
     * ({@code ORG/SLUG}) that match an explorer selection: the area (an LGD code, in any area role), each coded
     * dimension by notation, and the period's year. Returns {observations, with a value, withheld, sum of values}.
     */
    static long[] sparql(DemoPortal portal, String dataset, Map<String, String> selection) {
        StringBuilder where = new StringBuilder();
        int i = 0;
        for (Map.Entry<String, String> e : selection.entrySet()) {
            String v = e.getValue().replaceAll("[^A-Za-z0-9_-]", "");
            switch (e.getKey()) {
                case "granularity", "lang" -> {}
                case "period" ->
                    where.append("?obs sdmx-dimension:refPeriod ?p . FILTER(STRSTARTS(STR(?p), \"")
                            .append("https://w3id.org/pravasi/id/period/")
                            .append(v)
                            .append("\"))\n");
                case "area" ->
                    where.append("?obs ?areaRole ?place . VALUES ?areaRole { sdmx-dimension:refArea pv:originArea"
                                    + " pv:destinationArea } ?place skos:notation \"")
                            .append(v)
                            .append("\" .\n");
                default ->
                    where.append("?obs pv:")
                            .append(e.getKey().replaceAll("[^A-Za-z]", ""))
                            .append(" ?c")
                            .append(i)
                            .append(" . ?c")
                            .append(i)
                            .append(" skos:notation \"")
                            .append(v)
                            .append("\" .\n");
            }
            i++;
        }
        String query = """
                PREFIX qb: <http://purl.org/linked-data/cube#>
                PREFIX dcat: <http://www.w3.org/ns/dcat#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                PREFIX sdmx-dimension: <http://purl.org/linked-data/sdmx/2009/dimension#>
                PREFIX sdmx-attribute: <http://purl.org/linked-data/sdmx/2009/attribute#>
                PREFIX pv: <https://w3id.org/pravasi/def#>
                SELECT (COUNT(?obs) AS ?n) (COUNT(?v) AS ?values) (COUNT(?w) AS ?withheld) (SUM(?v) AS ?sum) WHERE {
                  <https://w3id.org/pravasi/id/dataset/%s> dcat:hasCurrentVersion ?version .
                  ?obs qb:dataSet ?version .
                  %s
                  OPTIONAL { ?version qb:structure/qb:component/qb:measure ?m . ?obs ?m ?v }
                  OPTIONAL { ?obs sdmx-attribute:obsStatus ?w
                             FILTER(?w = <https://w3id.org/pravasi/code/obs-status/confidential>) }
                }""".formatted(dataset, where);
        HttpResponse<String> r = portal.get(
                "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), "application/sparql-results+json");
        assertEquals(200, r.statusCode(), query + "\n" + r.body());
        JsonNode b = JSON.readTree(r.body()).get("results").get("bindings").get(0);
        return new long[] {
            b.get("n").get("value").asLong(),
            b.get("values").get("value").asLong(),
            b.get("withheld").get("value").asLong(),
            b.has("sum") ? b.get("sum").get("value").asLong() : 0
        };
    }

    /** {@code ORG/SLUG} of an explorer address. */
    static String dataset(String explore) {
        String path = explore.substring("/explore/".length());
        int q = path.indexOf('?');
        return q < 0 ? path : path.substring(0, q);
    }
}
