package org.pravasi.registry.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.pravasi.registry.node.RegistryNode;
import org.pravasi.registry.publish.PublishOutcome;
import org.pravasi.registry.publish.PublishRequest;

/** Cases by district and quarter, published through a node's pipeline: the downloads' bounds tests' tables. */
public final class DistrictQuarterCases {
    private DistrictQuarterCases() {}

    /**
     * 226 districts × 8 quarters, each count {@code base} or more: an export of about 2 MB, more than the sockets
     * between a client that reads nothing and a node hold with a small send buffer, so that its download stays in
     * flight.
     */
    public static String large(int base) {
        StringBuilder csv = new StringBuilder("district,quarter,cases\n");
        try (InputStream in = DistrictQuarterCases.class.getResourceAsStream(
                "/org/pravasi/registry/workspace/district-names-hi.csv")) {
            List<String> codes = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .skip(1)
                    .map(l -> l.substring(0, l.indexOf(',')))
                    .toList();
            for (String code : codes) {
                for (int q = 0; q < 8; q++) {
                    csv.append(code)
                            .append(',')
                            .append(2022 + q / 4)
                            .append("-Q")
                            .append(q % 4 + 1)
                            .append(',')
                            .append(base + q)
                            .append('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return csv.toString();
    }

    /**
     * Publishes {@code csv} (district, quarter, cases) as {@code org}'s dataset {@code slug}; fails unless published.
     */
    public static void publish(RegistryNode node, String org, String slug, String csv) {
        String descriptor = """
                {"slug": "%s", "publisher": "%s", "title": "Cases", "description": "Cases recorded.",
                 "licence": "https://creativecommons.org/licenses/by/4.0/", "themes": ["legal-aid"],
                 "columns": [{"name": "district", "role": "area", "level": "district"},
                             {"name": "quarter", "role": "period", "granularity": "quarter"},
                             {"name": "cases", "role": "measure", "measure": "cases"}]}
                """.formatted(slug, org);
        PublishOutcome o = node.publisher()
                .publish(new PublishRequest(
                        org,
                        slug + ".json",
                        descriptor.getBytes(StandardCharsets.UTF_8),
                        slug + ".csv",
                        csv.getBytes(StandardCharsets.UTF_8),
                        false));
        assertEquals(
                PublishOutcome.Status.PUBLISHED, o.status(), () -> o.findings().toString());
    }
}
