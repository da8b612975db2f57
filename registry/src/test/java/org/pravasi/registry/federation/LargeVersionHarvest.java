package org.pravasi.registry.federation;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.pravasi.registry.node.RegistryNode;

/**
 * A portal harvesting one large generated version, run in a JVM of its own so that its heap can be bounded
 * ({@link HarvestStreamingTest}): {@code DIR TEMPLATE OBSERVATIONS}. A peer on 127.0.0.1 sends the small dataset in
 * {@code TEMPLATE} (a real node's export of {@code mrc-alliance/wage-claims}) with its observations replaced by
 * {@code OBSERVATIONS} generated ones (or {@code cap}: the most this JVM's heap admits,
 * {@link HarvestLimits#MAX_OBSERVATIONS}), written as they go; the portal harvests it once. Prints {@code HARVESTED
 * status datasets} and exits 0 when the portal holds it.
 */
public final class LargeVersionHarvest {
    static final String DATASET = Nodes.BASE_A + "id/dataset/mrc-alliance/wage-claims";
    static final String VERSION = DATASET + "/v1";

    private LargeVersionHarvest() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        List<String> template = Files.readAllLines(Path.of(args[1]));
        int observations =
                args[2].equals("cap") ? Math.toIntExact(HarvestLimits.MAX_OBSERVATIONS) : Integer.parseInt(args[2]);
        System.out.println("OBSERVATIONS " + observations);
        try (HostilePeer peer = new HostilePeer(Nodes.BASE_A)) {
            peer.changes.set(HostilePeer.feed(Nodes.BASE_A, "2026-01-01T00:00:00Z", "mrc-alliance/wage-claims"));
            peer.graphs.set((ex, out) -> {
                ex.sendResponseHeaders(200, 0);
                write(template, observations, out.stream());
            });
            try (RegistryNode portal = Nodes.start(
                            dir,
                            "https://portal.example.org/pravasi/",
                            List.of(peer.url() + " " + Nodes.BASE_A),
                            "local-org");
                    Federation federation = Federation.create(portal, HarvestLimits.DEFAULTS)) {
                PeerStatus s = federation.harvestNow(peer.url());
                System.out.println(
                        "HARVESTED " + s.status() + " " + s.datasets() + " " + s.lastError() + " " + s.refused());
                System.exit(s.status().equals("ok") && s.datasets() == 1 ? 0 : 1);
            }
        }
    }

    /** The template without its observations, then {@code n} observations: 250 districts by quarters from 1950. */
    static void write(List<String> template, int n, OutputStream to) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(to, StandardCharsets.UTF_8), 1 << 16);
        // The record states the observations' span as its coverage, as publishing writes it (StatedCoverage).
        int lastQuarter = (n - 1) / 250;
        java.time.LocalDate end = java.time.YearMonth.of(1950 + lastQuarter / 4, (lastQuarter % 4 + 1) * 3)
                .atEndOfMonth();
        for (String line : template) {
            if (!line.isBlank() && !line.startsWith("<" + VERSION + "/obs/")) {
                w.write(line.replaceFirst("(#startDate> )\"[0-9-]+\"", "$1\"1950-01-01\"")
                        .replaceFirst("(#endDate> )\"[0-9-]+\"", "$1\"" + end + "\""));
                w.write('\n');
            }
        }
        String g = " <" + VERSION + "> .\n";
        // Numbered in key order, as a node numbers them (district by code, then quarter): cell i is district i % 250 +
        // 1
        // in quarter i / 250.
        int number = 0;
        for (int d = 0; d < 250; d++) {
            for (int i = d; i < n; i += 250) {
                writeObservation(w, ++number, i, g);
            }
        }
        w.flush();
    }

    private static void writeObservation(Writer w, int number, int i, String g) throws IOException {
        {
            String o = "<" + VERSION + "/obs/" + number + ">";
            int quarter = i / 250;
            w.write(o
                    + " <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://purl.org/linked-data/cube#Observation>"
                    + g);
            w.write(o + " <https://w3id.org/pravasi/def#cases> \"" + (20 + i % 977)
                    + "\"^^<http://www.w3.org/2001/XMLSchema#integer>" + g);
            w.write(o
                    + " <http://purl.org/linked-data/sdmx/2009/dimension#refArea> <https://w3id.org/pravasi/id/district/"
                    + (i % 250 + 1) + ">" + g);
            w.write(o
                    + " <http://purl.org/linked-data/sdmx/2009/dimension#refPeriod> <https://w3id.org/pravasi/id/period/"
                    + (1950 + quarter / 4) + "-Q" + (quarter % 4 + 1) + ">" + g);
            w.write(o + " <http://purl.org/linked-data/cube#dataSet> <" + VERSION + ">" + g);
        }
    }
}
