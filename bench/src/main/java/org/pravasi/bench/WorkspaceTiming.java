package org.pravasi.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.SKOS;
import org.pravasi.ontology.PravasiUris;
import org.pravasi.registry.config.NodeConfig;
import org.pravasi.registry.node.RegistryNode;
import org.pravasi.registry.org.Organisation;
import org.pravasi.registry.publish.PublishOutcome;
import org.pravasi.registry.publish.PublishRequest;
import org.pravasi.registry.workspace.Choices;
import org.pravasi.registry.workspace.Gazetteer;
import org.pravasi.registry.workspace.Preview;
import org.pravasi.registry.workspace.SavedMappings;
import org.pravasi.registry.workspace.Upload;
import org.pravasi.registry.workspace.UploadLimits;
import org.pravasi.registry.workspace.Workspace;

/**
 * The workspace preview of a large upload against the plain publish of the same observations, in one registry node (no
 * HTTP): {@code DataGenerator}'s rows written the way a partner writes them (state and district names, "Jan–Mar 2018",
 * the code lists' English labels, own headers) go through {@link Workspace#preview} (reading, column roles, name
 * reconciliation of every distinct value, the pipeline's dry run); the generator's own descriptor and CSV (LGD codes,
 * notations) go through {@code Publisher.publish}, written to the store. Runs alternate, each to a new slug (so no
 * publish is a replay); prints each run's wall and process CPU time, and the medians (on a shared machine the CPU ratio
 * is the steadier one).
 *
 * <p>Usage: {@code java -Xmx4g -cp registry/target/pravasi-registry.jar:bench/target/pravasi-bench.jar
 * org.pravasi.bench.WorkspaceTiming GEO-DIR [--rows 100000] [--runs 3] [--seed 42]} ({@code GEO-DIR}: the reference
 * geography, {@code ../shared/data/geo}).
 */
public final class WorkspaceTiming {
    private static final String ORG = "bench-org";
    private static final String[] QUARTERS = {"Jan–Mar", "Apr–Jun", "Jul–Sep", "Oct–Dec"};

    private WorkspaceTiming() {}

    /** Starts a node on a temporary folder, times the runs, prints the figures. */
    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args[0].startsWith("--")) {
            System.err.println("usage: WorkspaceTiming GEO-DIR [--rows 100000] [--runs 3] [--seed 42]");
            System.exit(2);
        }
        Path geo = Path.of(args[0]);
        int rows = Integer.parseInt(DataGenerator.arg(args, "--rows", "100000"));
        int runs = Integer.parseInt(DataGenerator.arg(args, "--runs", "3"));
        long seed = Long.parseLong(DataGenerator.arg(args, "--seed", "42"));
        Path dir = Files.createTempDirectory("workspace-timing");
        try (RegistryNode node =
                RegistryNode.start(NodeConfig.builder(dir).port(0).geoDir(geo).build())) {
            node.organisations().upsert(Organisation.named(ORG, ORG));
            Path csv = dir.resolve("plain.csv");
            long n = DataGenerator.write(
                    csv,
                    rows,
                    seed,
                    DataGenerator.districts(geo.resolve("districts.csv").toString()));
            byte[] plain = Files.readAllBytes(csv);
            Upload upload = new Upload(
                    "cases.csv",
                    partnerCsv(
                            plain, geo.resolve("districts.csv"), node.ontology().codeLists()));
            System.out.printf(
                    "WORKSPACE rows=%d plain CSV %d KB, partner CSV %d KB%n",
                    n, plain.length / 1024, upload.bytes().length / 1024);
            Workspace ws = Workspace.create(
                    node.publisher(),
                    Gazetteer.read(node.store()),
                    node.ontology().codeLists(),
                    SavedMappings.in(dir.resolve("workspace")),
                    UploadLimits.DEFAULTS);
            Map<String, Map<String, String>> chosen = choose(ws, upload, geo.resolve("districts.csv"));
            List<Double> previews = new ArrayList<>();
            List<Double> publishes = new ArrayList<>();
            List<Double> previewCpu = new ArrayList<>();
            List<Double> publishCpu = new ArrayList<>();
            for (int r = 0; r <= runs; r++) {
                String label = r == 0 ? "warm-up" : "run " + r;
                long c0 = cpu();
                long t0 = System.nanoTime();
                Preview p = ws.preview(ORG, upload, choices(chosen, "preview-" + r));
                double preview = (System.nanoTime() - t0) / 1e9;
                double previewC = (cpu() - c0) / 1e9;
                if (!p.publishable()) {
                    throw new IllegalStateException("the preview is not publishable: "
                            + p.issues().stream().limit(5).toList()
                            + p.dryRun().map(o -> " " + o.findings()).orElse(""));
                }
                c0 = cpu();
                t0 = System.nanoTime();
                PublishOutcome o = node.publisher()
                        .publish(new PublishRequest(
                                ORG,
                                "plain.json",
                                DataGenerator.descriptor(ORG, "plain-" + r, n).getBytes(StandardCharsets.UTF_8),
                                "plain.csv",
                                plain,
                                false));
                double publish = (System.nanoTime() - t0) / 1e9;
                double publishC = (cpu() - c0) / 1e9;
                if (o.status() != PublishOutcome.Status.PUBLISHED) {
                    throw new IllegalStateException("the plain publish was " + o.status() + ": " + o.findings());
                }
                System.out.printf(
                        "WORKSPACE %s: preview %.2f s (CPU %.2f s), plain publish %.2f s (CPU %.2f s), ratio %.2f"
                                + " (CPU %.2f)%n",
                        label, preview, previewC, publish, publishC, preview / publish, previewC / publishC);
                if (r > 0) {
                    previews.add(preview);
                    publishes.add(publish);
                    previewCpu.add(previewC);
                    publishCpu.add(publishC);
                }
            }
            double pm = median(previews);
            double qm = median(publishes);
            System.out.printf(
                    "WORKSPACE median of %d: preview %.2f s (%.2f–%.2f), plain publish %.2f s (%.2f–%.2f), ratio %.2f%n",
                    runs, pm, min(previews), max(previews), qm, min(publishes), max(publishes), pm / qm);
            System.out.printf(
                    "WORKSPACE median CPU: preview %.2f s (%.2f–%.2f), plain publish %.2f s (%.2f–%.2f), ratio %.2f%n",
                    median(previewCpu),
                    min(previewCpu),
                    max(previewCpu),
                    median(publishCpu),
                    min(publishCpu),
                    max(publishCpu),
                    median(previewCpu) / median(publishCpu));
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    /**
     * What the officer chooses by hand: the true identifier of every state or district name the preview could not
     * resolve (the generator knows them), as a second preview would be sent; prints how many.
     */
    private static Map<String, Map<String, String>> choose(Workspace ws, Upload upload, Path districts)
            throws IOException {
        Map<String, String> states = new HashMap<>();
        Map<String, String> districtCodes = new HashMap<>();
        for (String line : Files.readAllLines(districts)
                .subList(1, Files.readAllLines(districts).size())) {
            String[] c = line.split(",");
            if (c.length > 4) {
                states.put(c[0], c[4]);
                districtCodes.put(c[1], c[2]);
            }
        }
        Map<String, Map<String, String>> chosen = new HashMap<>();
        int issues = 0;
        for (int round = 0; round < 5; round++) {
            Preview p = ws.preview(ORG, upload, choices(chosen, "choose"));
            if (p.issues().isEmpty()) {
                break;
            }
            issues += p.issues().size();
            addChoices(p, states, districtCodes, chosen);
        }
        System.out.printf("WORKSPACE %d value(s) the previews could not resolve, chosen by hand: %s%n", issues, chosen);
        return chosen;
    }

    private static void addChoices(
            Preview p,
            Map<String, String> states,
            Map<String, String> districtCodes,
            Map<String, Map<String, String>> chosen) {
        for (var f : p.issues()) {
            switch (f.column()) {
                case "State" ->
                    chosen.computeIfAbsent("state", k -> new HashMap<>()).put(f.value(), states.get(f.value()));
                case "District" ->
                    chosen.computeIfAbsent("district", k -> new HashMap<>())
                            .put(f.value(), districtCodes.get(f.value()));
                default -> throw new IllegalStateException("unexpected issue: " + f);
            }
        }
    }

    private static Choices choices(Map<String, Map<String, String>> values, String slug) {
        return new Choices(Optional.empty(), Optional.empty(), Map.of(), values, dataset(slug));
    }

    /**
     * The generator's rows as a partner writes them: a State and a District column with the LGD names (upper case, as
     * in the geography's file), the quarter as "Jan–Mar 2018", the violation type and gender as the code lists' English
     * labels, and "No. of cases".
     */
    static byte[] partnerCsv(byte[] plain, Path districts, Model codeLists) throws IOException {
        Map<String, String[]> names = new HashMap<>();
        for (String line : Files.readAllLines(districts)
                .subList(1, Files.readAllLines(districts).size())) {
            String[] c = line.split(",");
            if (c.length > 2) {
                names.put(c[2], new String[] {c[0], c[1]});
            }
        }
        Map<String, String> labels = new HashMap<>();
        StringBuilder out = new StringBuilder("State,District,Period,Type of violation,Gender,No. of cases\n");
        List<String> lines = Arrays.asList(new String(plain, StandardCharsets.UTF_8).split("\n"));
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",");
            String[] place = names.get(c[0]);
            String[] q = c[1].split("-Q");
            out.append(place[0])
                    .append(',')
                    .append(place[1])
                    .append(',')
                    .append(QUARTERS[Integer.parseInt(q[1]) - 1])
                    .append(' ')
                    .append(q[0])
                    .append(',')
                    .append(labels.computeIfAbsent("violation-type/" + c[2], k -> label(codeLists, k)))
                    .append(',')
                    .append(labels.computeIfAbsent("gender/" + c[3], k -> label(codeLists, k)))
                    .append(',')
                    .append(c[4])
                    .append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String label(Model codeLists, String schemeAndNotation) {
        String[] s = schemeAndNotation.split("/");
        for (Statement st : codeLists
                .getResource(PravasiUris.concept(s[0], s[1]))
                .listProperties(SKOS.prefLabel)
                .toList()) {
            if (st.getLanguage().equals("en")) {
                return st.getString();
            }
        }
        throw new IllegalStateException("no English label for " + schemeAndNotation);
    }

    private static Choices.Dataset dataset(String slug) {
        return new Choices.Dataset(
                slug,
                "Violation cases by district, quarter, type and gender",
                "Generated benchmark data written as a partner writes it. Not real data.",
                "https://creativecommons.org/licenses/by/4.0/",
                List.of("violations"),
                true,
                "Generated by pravasi-bench WorkspaceTiming");
    }

    /** CPU time of the whole process (every thread, GC and JIT included), in nanoseconds. */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double median(List<Double> xs) {
        List<Double> s = xs.stream().sorted().toList();
        return s.size() % 2 == 1 ? s.get(s.size() / 2) : (s.get(s.size() / 2 - 1) + s.get(s.size() / 2)) / 2;
    }

    private static double min(List<Double> xs) {
        return xs.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    }

    private static double max(List<Double> xs) {
        return xs.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }
}
