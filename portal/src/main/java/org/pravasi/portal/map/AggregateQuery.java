package org.pravasi.portal.map;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.pravasi.ontology.PravasiUris;

/**
 * Counts, per district, the observations of a selection, how many carry a value and how many are confidential,
 * and sums the values: one grouped SPARQL query over the version's observations. Every term that comes from a
 * request is bound with {@link ParameterizedSparqlString}, and only after it was matched to a known code.
 */
final class AggregateQuery {
    /** The obs-status concept of a suppressed cell. */
    static final String CONFIDENTIAL = PravasiUris.concept("obs-status", "confidential");

    private final long timeoutMs;

    AggregateQuery(long timeoutMs) {
        this.timeoutMs = timeoutMs;
    }

    /** What the store holds per district LGD code; call inside a read transaction. */
    Map<String, Cell> run(DatasetGraph dsg, Selection s) {
        ParameterizedSparqlString pss = Sparql.query(text(s.choices()));
        pss.setIri("version", s.indicator().version());
        pss.setIri("area", s.indicator().areaUri());
        pss.setIri("period", s.period().uri());
        pss.setIri("measure", s.indicator().measure().uri());
        pss.setIri("confidentialCode", CONFIDENTIAL);
        for (int i = 0; i < s.choices().size(); i++) {
            Selection.Choice c = s.choices().get(i);
            if (c.mode() == Selection.Mode.ALL) {
                continue;
            }
            pss.setIri("dim" + i + "x", c.dimension().uri());
            for (int j = 0; j < c.codes().size(); j++) {
                pss.setIri("code" + i + "x" + j + "x", c.codes().get(j).uri());
            }
        }
        Map<String, Cell> out = new HashMap<>();
        for (QuerySolution r : Sparql.select(dsg, pss, timeoutMs)) {
            String district = Sparql.uri(r, "district");
            if (district == null || !district.startsWith(IndicatorReader.DISTRICT_BASE)) {
                continue;
            }
            out.put(district.substring(IndicatorReader.DISTRICT_BASE.length()), new Cell(number(r, "observations"),
                    number(r, "values"), number(r, "confidential"), number(r, "sum")));
        }
        return out;
    }

    /** The query text: variables only, one pattern per filtered dimension (an unfiltered one is summed over). */
    static String text(List<Selection.Choice> choices) {
        StringBuilder filters = new StringBuilder();
        for (int i = 0; i < choices.size(); i++) {
            Selection.Choice c = choices.get(i);
            if (c.mode() == Selection.Mode.ALL) {
                continue;
            }
            filters.append("  ?obs ?dim").append(i).append("x ?value").append(i).append("x .\n  VALUES ?value").append(i).append("x {");
            for (int j = 0; j < c.codes().size(); j++) {
                filters.append(" ?code").append(i).append('x').append(j).append('x');
            }
            filters.append(" }\n");
        }
        return """
                SELECT ?district (COUNT(?obs) AS ?observations) (COUNT(?value) AS ?values)
                       (COUNT(?status) AS ?confidential) (SUM(?value) AS ?sum) WHERE {
                  ?obs qb:dataSet ?version ;
                       ?area ?district ;
                       sdmx-dimension:refPeriod ?period .
                """ + filters + """
                  OPTIONAL { ?obs ?measure ?value }
                  OPTIONAL { ?obs sdmx-attribute:obsStatus ?status FILTER(?status = ?confidentialCode) }
                } GROUP BY ?district""";
    }

    /**
     * What the store holds for one district under a selection, before disclosure rules are applied to the sum.
     *
     * @param observations observations that match
     * @param values       of those, observations with a value
     * @param confidential of those, observations marked confidential
     * @param sum          the sum of the values
     */
    record Cell(long observations, long values, long confidential, long sum) {

        /** Whether every matching observation has a value and none is confidential: only then is the sum complete. */
        boolean complete() {
            return observations > 0 && values == observations && confidential == 0;
        }
    }

    private static long number(QuerySolution r, String var) {
        return r.contains(var) && r.get(var).isLiteral() ? r.getLiteral(var).getLong() : 0L;
    }
}
