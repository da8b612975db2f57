package org.pravasi.portal.pages;

import org.apache.jena.query.ParameterizedSparqlString;
import org.pravasi.portal.linkeddata.Cube;

/** The example SPARQL query shown on a dataset page: its current observations, one variable per column. */
final class DatasetQuery {
    private DatasetQuery() {}

    /** The query text for {@code cube}'s dataset. */
    static String example(Cube cube) {
        StringBuilder select = new StringBuilder("SELECT");
        StringBuilder where = new StringBuilder();
        for (int i = 0; i < cube.dimensions().size(); i++) {
            select.append(" ?").append(cube.dimensions().get(i).name());
            where.append("  ?obs ?dim")
                    .append(i)
                    .append(" ?")
                    .append(cube.dimensions().get(i).name())
                    .append(" .\n");
        }
        String measure = cube.measure().name();
        select.append(" ?").append(measure).append(" ?status");
        ParameterizedSparqlString q = new ParameterizedSparqlString("""
                PREFIX dcat: <http://www.w3.org/ns/dcat#>
                PREFIX qb: <http://purl.org/linked-data/cube#>
                PREFIX sdmx-attribute: <http://purl.org/linked-data/sdmx/2009/attribute#>
                %s WHERE {
                  ?dataset dcat:hasCurrentVersion ?version .
                  ?obs qb:dataSet ?version .
                %s  OPTIONAL { ?obs ?measure ?%s }
                  OPTIONAL { ?obs sdmx-attribute:obsStatus ?status }
                }
                LIMIT 100
                """.formatted(select, where, measure));
        q.setIri("dataset", cube.datasetUri());
        for (int i = 0; i < cube.dimensions().size(); i++) {
            q.setIri("dim" + i, cube.dimensions().get(i).uri());
        }
        q.setIri("measure", cube.measure().uri());
        return q.toString();
    }
}
