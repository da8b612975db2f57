package org.pravasi.registry.testing;

import java.nio.charset.StandardCharsets;
import org.pravasi.registry.node.RegistryNode;
import org.pravasi.registry.publish.PublishOutcome;
import org.pravasi.registry.publish.PublishRequest;
import org.pravasi.registry.publish.Publisher;

/** The small table that publishing tests publish: legal-aid cases by district, quarter and service. */
public final class LegalAidCases {
    /** Its descriptor, as {@code mrc-alliance} publishes it. */
    public static final String DESCRIPTOR = """
            {"slug": "legal-aid", "publisher": "mrc-alliance", "title": "Legal aid cases", "description": "Test.",
             "licence": "https://creativecommons.org/licenses/by/4.0/", "themes": ["legal-aid"],
             "columns": [{"name": "district", "role": "area", "level": "district"},
                         {"name": "quarter", "role": "period", "granularity": "quarter"},
                         {"name": "service", "role": "dimension", "codeList": "service-type"},
                         {"name": "cases", "role": "measure", "measure": "cases"}]}
            """;
    /** The header row of its CSV. */
    public static final String HEADER = "district,quarter,service,cases\n";

    private LegalAidCases() {}

    /** Publishes {@code descriptor} and {@code csv} (or checks them, {@code dryRun}) as {@code org}. */
    public static PublishOutcome publish(RegistryNode node, String descriptor, String csv, String org, boolean dryRun) {
        return publish(node.publisher(), descriptor, csv, org, dryRun);
    }

    /** As {@link #publish(RegistryNode, String, String, String, boolean)}, through {@code publisher}. */
    public static PublishOutcome publish(
            Publisher publisher, String descriptor, String csv, String org, boolean dryRun) {
        return publisher.publish(new PublishRequest(
                org,
                "d.json",
                descriptor.getBytes(StandardCharsets.UTF_8),
                "f.csv",
                csv.getBytes(StandardCharsets.UTF_8),
                dryRun));
    }
}
