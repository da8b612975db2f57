package org.pravasi.portal.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;
import org.pravasi.portal.Portal;
import org.pravasi.portal.testing.PortalContract;
import org.pravasi.registry.api.NodeRoutes;
import org.pravasi.registry.config.NodeConfig;
import org.pravasi.registry.config.RateLimits;
import org.pravasi.registry.node.RegistryNode;
import org.pravasi.registry.org.Organisation;
import org.pravasi.registry.publish.PublishOutcome;
import org.pravasi.registry.publish.PublishRequest;

/**
 * The portal under attack (issue 18): three well-behaved registry nodes and hostile peers, each serving one of the
 * issue's malicious contents, while a bounded read load runs against the portal. The hostile peers run in a JVM of
 * their own ({@link AttackerProcess}, nice 19), as if on another machine; the nodes they relay run in this one. The
 * portal keeps answering every request, the good data arrives, and nothing refused reaches the store (SPARQL), the
 * search index or the map. The p99 latencies with and without the attack are printed; the 2x target is a benchmark's
 * business, so only a generous bound is asserted here. It runs alone ({@link Isolated}): the latencies it prints are of
 * this portal's load, not of another IT's.
 */
@Isolated
class HarvestUnderAttackIT {
    private static final Duration WITHIN = Duration.ofSeconds(30);
    /** Far above any healthy answer, well below the client's timeout: the portal stalled if the p99 reaches it. */
    private static final double STALLED_P99_MS = 10_000;

    private static final int LOAD_THREADS = 4;
    /** Rounds per load thread and phase; the benchmark ({@code bench/attack}) raises it for thousands of samples. */
    private static final int LOAD_ROUNDS = Integer.getInteger("pravasi.attack.rounds", 30);

    private static final List<String> GOOD = List.of("alpha", "beta", "gamma");
    private static final String EVIL = "https://evil-source.example.org/pravasi/";
    private static final String CASES = "https://w3id.org/pravasi/def#cases";
    private static final String OBS_STATUS = "<http://purl.org/linked-data/sdmx/2009/attribute#obsStatus>";
    private static final String CONFIDENTIAL = "<https://w3id.org/pravasi/code/obs-status/confidential>";
    private static final String INTEGER = "<http://www.w3.org/2001/XMLSchema#integer>";
    private static final String PHONE = "9876543210";
    /** Twelve digits with a valid Verhoeff check digit, as an Aadhaar number has. */
    private static final String AADHAAR = "2345 6789 0124";

    @TempDir
    Path dir;

    Vertx vertx;
    /** The hostile peers' JVM, once started. */
    AttackerProcess attacker;

    final List<AutoCloseable> closing = new ArrayList<>();
    final List<RegistryNode> good = new ArrayList<>();
    final HttpClient http = PortalContract.checking(
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());

    @BeforeEach
    void start() {
        // Threads named test-...: ThreadCpu tells the portal's CPU time from the fake peers' and good nodes'.
        vertx = ThreadCpu.testVertx();
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable c : closing.reversed()) {
            c.close();
        }
        vertx.close().await();
    }

    @Test
    @DisplayName("under a content attack the portal keeps answering, takes the good data and stores nothing refused")
    void refusesHostileContentWhileServingReaders() throws Exception {
        List<String> peers = goodPeers();
        RegistryNode big = node("evil-big", EVIL, "zebra-org");
        RegistryNode small = node("evil-small", EVIL, "zebra-org");
        RegistryNode gender = node("evil-gender", EVIL, "zebra-org");
        Map<PeerSpec, String> hostile = new LinkedHashMap<>();
        hostile.put(
                hostile(big, 1, base -> Tamper.object(obs(base, "zebra-many-districts", 50), CASES, "\"7\"")),
                // Refused publicly by rule; the detail ("not a non-negative xsd:integer") goes to the operator's log.
                "\"content\"");
        hostile.put(
                hostile(
                        small,
                        2,
                        base -> Tamper.replace(
                                "Zebra legal aid cases (version 1)",
                                "Zebra legal aid cases (version 1) by Mr Ramesh Kumar, " + PHONE)),
                "\"content\"");
        hostile.put(
                hostile(
                        small,
                        3,
                        base -> adding(
                                obs(base, "zebra-legal-aid", 1),
                                "http://www.w3.org/2000/01/rdf-schema#comment",
                                "\"Aadhaar " + AADHAAR + "\"",
                                dataset(base, "zebra-legal-aid") + "/v1")),
                "\"content\"");
        hostile.put(
                hostile(
                        small,
                        4,
                        base -> adding(
                                dataset(base, "zebra-legal-aid"),
                                "http://purl.org/dc/terms/source",
                                "\"Register of Smt Sunita Devi, " + PHONE + "\"",
                                dataset(base, "zebra-legal-aid"))),
                "\"content\"");
        String female = "\"20\"^^" + INTEGER;
        hostile.put(
                hostile(
                        gender,
                        5,
                        base -> Tamper.replace(
                                // Observations are numbered in key order: _T is 1, female 2, male 3.
                                "<" + obs(base, "zebra-by-gender", 2) + "> <" + CASES + "> " + female,
                                "<" + obs(base, "zebra-by-gender", 2) + "> " + OBS_STATUS + " " + CONFIDENTIAL)),
                "\"disclosure\"");
        List<String> urls = attack(List.copyOf(hostile.keySet()));
        List<PeerSpec> specs = List.copyOf(hostile.keySet());
        for (int i = 0; i < specs.size(); i++) {
            peers.add(urls.get(i) + " " + specs.get(i).base());
        }
        String p = portalWithGoodData(peers);

        Loads loads = underAttack(
                p,
                () -> {
                    publish(big, "zebra-org", "zebra-many-districts", "Zebra many districts", districts(300, 20));
                    publish(small, "zebra-org", "zebra-legal-aid", "Zebra legal aid cases", districts(4, 20));
                    publish(
                            gender,
                            "zebra-org",
                            "zebra-by-gender",
                            "Zebra cases by gender",
                            "district,quarter,gender,cases\n201,2024-Q1,female,20\n201,2024-Q1,male,40\n201,2024-Q1,_T,60\n");
                },
                () -> {
                    for (int i = 0; i < specs.size(); i++) {
                        String url = urls.get(i);
                        String reason = hostile.get(specs.get(i));
                        await(
                                () -> peerStatus(p, url).contains(reason),
                                "peer " + specs.get(i).base() + " refused under " + reason);
                        assertFalse(peerStatus(p, url).contains(PHONE), "the public status repeats the phone");
                    }
                });

        loads.assertServed();
        assertGoodDataServed(p);
        specs.forEach(h -> assertNothingFrom(p, h.base()));
        assertFalse(ask(p, "ASK { ?o <" + CASES + "> \"7\" }"), "the string count in the store");
    }

    /**
     * The transport attacks of issue 18 (answered by size caps, per-dataset isolation and peer bases named in the peers
     * configuration): a change feed of tens of megabytes, a bad IRI in one of a peer's two datasets (the other must
     * still arrive), and a peer declaring an official-looking base it was not given.
     */
    @Test
    @DisplayName(
            "under a transport attack the portal keeps answering, isolates the bad dataset and refuses a borrowed base")
    void refusesHostileTransportWhileServingReaders() throws Exception {
        List<String> peers = goodPeers();
        RegistryNode two = node("evil-two", EVIL, "zebra-org");
        RegistryNode official = node("evil-official", EVIL, "zebra-org");
        PeerSpec flood = PeerSpec.flood("https://flood.example.org/pravasi/", 32 << 20);
        PeerSpec badIri = hostile(
                two,
                6,
                base -> Tamper.appendIf(
                        "zebra-bad",
                        "<" + base + "id/x y> <" + base + "p> \"v\" <" + dataset(base, "zebra-bad") + "> .\n"));
        PeerSpec borrowed = PeerSpec.hostile(serve(official), EVIL, "https://labour.gov.in/pravasi/", Tamper.none());
        List<String> urls = attack(List.of(flood, badIri, borrowed));
        String floodUrl = urls.get(0);
        String borrowedUrl = urls.get(2);
        // the operator gave the borrowing peer a base of its own; it declares an official-looking one instead
        peers.addAll(List.of(
                floodUrl + " " + flood.base(),
                urls.get(1) + " " + badIri.base(),
                borrowedUrl + " https://borrower.example.org/pravasi/"));
        String p = portalWithGoodData(peers);

        Loads loads = underAttack(
                p,
                () -> {
                    publish(two, "zebra-org", "zebra-good", "Zebra good cases", districts(4, 20));
                    publish(two, "zebra-org", "zebra-bad", "Zebra bad cases", districts(4, 20));
                    publish(official, "zebra-org", "zebra-official", "Zebra official cases", districts(4, 20));
                    attacker.arm(0);
                },
                () -> {
                    await(
                            () -> peerStatus(p, floodUrl).contains("\"status\":\"failing\""),
                            "the flooding peer refused");
                    await(
                            () -> ask(p, "ASK { GRAPH <" + dataset(badIri.base(), "zebra-good") + "> { ?s ?p ?o } }"),
                            "the good dataset of the peer with a bad IRI arrived");
                    await(
                            () -> peerStatus(p, borrowedUrl).contains("\"status\":\"failing\""),
                            "the peer with a borrowed base refused");
                });

        loads.assertServed();
        assertGoodDataServed(p);
        assertNothingFrom(p, flood.base());
        assertNothingFrom(p, dataset(badIri.base(), "zebra-bad"));
        assertNothingFrom(p, borrowed.base());
    }

    // ---- the scenario

    private List<String> goodPeers() {
        List<String> peers = new ArrayList<>();
        for (String name : GOOD) {
            String base = "https://node-" + name + ".example.org/pravasi/";
            RegistryNode n = node(name, base, name + "-org");
            good.add(n);
            peers.add(serve(n) + " " + base);
        }
        return peers;
    }

    /** Starts the portal, publishes one dataset at each good node and waits until each is searchable and mapped. */
    private String portalWithGoodData(List<String> peers) throws Exception {
        String p = portal(peers);
        for (int i = 0; i < good.size(); i++) {
            String name = GOOD.get(i);
            publish(
                    good.get(i),
                    name + "-org",
                    name + "-cases",
                    name.substring(0, 1).toUpperCase() + name.substring(1) + " centre cases",
                    districts(4, 20));
        }
        for (String name : GOOD) {
            String ds = dataset("https://node-" + name + ".example.org/pravasi/", name + "-org/" + name + "-cases");
            await(
                    () -> get(p + "/api/search?q=" + name).contains(ds)
                            && get(p + "/api/map/indicators").contains(ds),
                    name + "'s dataset searchable and mapped");
        }
        return p;
    }

    /**
     * The read load before the attack, and again while {@code arm} has armed it and harvests are triggered until
     * {@code refused} returns.
     */
    private Loads underAttack(String p, Runnable arm, Runnable refused) throws Exception {
        // Unmeasured: the first reads compile the read paths, which would otherwise inflate the unattacked p99.
        new ReadLoad(p).run(LOAD_THREADS, Math.max(10, LOAD_ROUNDS / 4));
        ThreadCpu start = ThreadCpu.now();
        long attackerStart = attacker.cpuMillis();
        List<ReadLoad.Answer> calm = new ReadLoad(p).run(LOAD_THREADS, LOAD_ROUNDS);
        if (Boolean.getBoolean("pravasi.attack.noise")) {
            // The benchmark's A/A control: a second unattacked phase, to size the noise between two phases.
            // The first phase still runs slower (JIT, caches): the attack is compared with this warmer one.
            start = ThreadCpu.now();
            attackerStart = attacker.cpuMillis();
            List<ReadLoad.Answer> again = new ReadLoad(p).run(LOAD_THREADS, LOAD_ROUNDS);
            printRatios("NOISE-P99", calm, again);
            calm = again;
        }
        printCpu("unattacked", ThreadCpu.now().since(start), attacker.cpuMillis() - attackerStart);
        arm.run();
        AtomicBoolean attacking = new AtomicBoolean(true);
        Thread trigger = Thread.ofPlatform().name("harvest-trigger").start(() -> {
            while (attacking.get()) {
                post(p + "/api/harvest");
                sleep(300);
            }
        });
        try {
            ThreadCpu attack = ThreadCpu.now();
            long attackerAttack = attacker.cpuMillis();
            List<ReadLoad.Answer> attacked = new ReadLoad(p).run(LOAD_THREADS, LOAD_ROUNDS);
            printCpu("attacked", ThreadCpu.now().since(attack), attacker.cpuMillis() - attackerAttack);
            refused.run();
            return new Loads(calm, attacked);
        } finally {
            attacking.set(false);
            trigger.join();
        }
    }

    /** The answers of the read load without and with the attack. */
    private record Loads(List<ReadLoad.Answer> calm, List<ReadLoad.Answer> attacked) {
        void assertServed() {
            double calmP99 = ReadLoad.p99Millis(calm);
            double attackedP99 = ReadLoad.p99Millis(attacked);
            System.out.printf(
                    "HarvestUnderAttackIT: %d requests each; p99 unattacked %.1f ms, under attack %.1f ms (%.2fx)%n",
                    calm.size(), calmP99, attackedP99, attackedP99 / calmP99);
            printRatios("ATTACK-P99", calm, attacked);
            assertEveryRequestAnswered(calm);
            assertEveryRequestAnswered(attacked);
            assertTrue(attackedP99 < STALLED_P99_MS, "p99 under attack " + attackedP99 + " ms");
        }
    }

    /**
     * One line per endpoint, read by bench/attack: label, endpoint, samples, p99 of the first and second phase, ratio.
     */
    private static void printRatios(String label, List<ReadLoad.Answer> first, List<ReadLoad.Answer> second) {
        Map<String, Double> after = ReadLoad.p99ByEndpoint(second);
        ReadLoad.p99ByEndpoint(first)
                .forEach((endpoint, before) -> System.out.printf(
                        "%s %s %d %.1f %.1f %.2f%n",
                        label,
                        endpoint,
                        first.stream()
                                .filter(x -> ReadLoad.endpoint(x).equals(endpoint))
                                .count(),
                        before,
                        after.get(endpoint),
                        after.get(endpoint) / before));
    }

    /**
     * One line per phase, read by bench/attack: {@code CPU-MS phase harvest=... portal=... test=... load=... jvm=...
     * wall=... attacker=...}, milliseconds of CPU per role of this JVM ({@link ThreadCpu}), of wall time, and of the
     * hostile peers' own JVM ({@link AttackerProcess}).
     */
    private static void printCpu(String phase, Map<String, Long> ms, long attackerMs) {
        StringBuilder line = new StringBuilder("CPU-MS ").append(phase);
        ms.forEach((role, v) -> line.append(' ').append(role).append('=').append(v));
        System.out.println(line.append(" attacker=").append(attackerMs));
    }

    private void assertGoodDataServed(String p) {
        for (String name : GOOD) {
            assertTrue(get(p + "/api/search?q=" + name).contains("node-" + name), name + " still searchable");
        }
    }

    /** Nothing whose URI starts with {@code prefix} is in the store, the search index or the map. */
    private void assertNothingFrom(String p, String prefix) {
        assertFalse(
                ask(p, "ASK { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), \"" + prefix + "\")) }"),
                prefix + " in the store");
        String search = get(p + "/api/search?q=zebra");
        assertFalse(search.contains(prefix), prefix + " in the search index: " + search);
        assertFalse(get(p + "/api/map/indicators").contains(prefix), prefix + " on the map");
    }

    private static void assertEveryRequestAnswered(List<ReadLoad.Answer> answers) {
        List<ReadLoad.Answer> bad = answers.stream()
                .filter(a -> a.status() == 0 || a.status() >= 500)
                .toList();
        assertTrue(
                bad.isEmpty(),
                bad.size() + " of " + answers.size() + " requests unanswered or 5xx, e.g. "
                        + bad.stream().limit(3).toList());
        assertEquals(
                answers.size(), answers.stream().filter(a -> a.status() == 200).count(), "every answer is 200");
    }

    // ---- nodes, peers and the portal

    private RegistryNode node(String name, String base, String org) {
        Path d = dir.resolve(name);
        RegistryNode n = RegistryNode.start(NodeConfig.builder(d)
                .baseUri(base)
                .port(0)
                .harvestIntervalSeconds(1)
                .build());
        n.organisations().upsert(Organisation.named(org, org));
        closing.add(n::close);
        return n;
    }

    private String serve(RegistryNode n) {
        return "http://127.0.0.1:"
                + vertx.createHttpServer()
                        .requestHandler(NodeRoutes.standalone(vertx, n, NodeRoutes.workers(vertx)))
                        .listen(0, "127.0.0.1")
                        .await()
                        .actualPort()
                + "/";
    }

    /**
     * A hostile peer relaying {@code source} under its own base, tampering with what {@code tamper} makes of that base.
     */
    private PeerSpec hostile(RegistryNode source, int n, Function<String, Tamper> tamper) {
        String base = "https://hostile-" + n + ".example.org/pravasi/";
        return PeerSpec.hostile(serve(source), EVIL, base, tamper.apply(base));
    }

    /**
     * Starts the hostile {@code peers} in a JVM of their own ({@link AttackerProcess}, nice 19), as if on another
     * machine: their garbage and CPU are not the portal's. Returns their URLs, in order.
     */
    private List<String> attack(List<PeerSpec> peers) throws Exception {
        attacker = AttackerProcess.start(peers);
        closing.add(attacker);
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < peers.size(); i++) {
            urls.add(attacker.url(i));
        }
        return urls;
    }

    private String portal(List<String> peers) throws Exception {
        Files.createDirectories(dir.resolve("no-demo"));
        NodeConfig config = NodeConfig.builder(dir.resolve("portal"))
                .port(0)
                .peers(peers)
                .datasetsDir(dir.resolve("no-demo"))
                .harvestIntervalSeconds(2)
                .build();
        Portal portal = Portal.start(config, RateLimits.OFF);
        closing.add(portal);
        await(portal::ready, "portal ready");
        return "http://127.0.0.1:" + portal.port();
    }

    private static void publish(RegistryNode n, String org, String slug, String title, String csv) {
        String key = csv.contains("gender") ? """
                {"name": "gender", "role": "dimension", "codeList": "gender"},""" : "";
        String descriptor = """
                {"slug": "%s", "publisher": "%s", "title": "%s", "description": "Cases recorded by the centre.",
                 "licence": "https://creativecommons.org/licenses/by/4.0/", "themes": ["legal-aid"],
                 "columns": [{"name": "district", "role": "area", "level": "district"},
                             {"name": "quarter", "role": "period", "granularity": "quarter"}, %s
                             {"name": "cases", "role": "measure", "measure": "cases"}]}
                """.formatted(slug, org, title, key);
        PublishOutcome o = n.publisher()
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

    private static String districts(int count, int least) {
        StringBuilder csv = new StringBuilder("district,quarter,cases\n");
        for (int d = 1; d <= count; d++) {
            csv.append(d).append(",2024-Q1,").append(least + d % 50).append('\n');
        }
        return csv.toString();
    }

    // ---- tampering

    private static String dataset(String base, String identifier) {
        return base + "id/dataset/" + (identifier.contains("/") ? identifier : "zebra-org/" + identifier);
    }

    private static String obs(String base, String slug, int n) {
        return dataset(base, slug) + "/v1/obs/" + n;
    }

    private static Tamper adding(String s, String p, String o, String g) {
        return Tamper.append("<" + s + "> <" + p + "> " + o + " <" + g + "> .\n");
    }

    // ---- HTTP

    private String peerStatus(String portal, String peer) {
        String body = get(portal + "/api/peers");
        int i = body.indexOf("\"url\":\"" + peer + "\"");
        return i < 0 ? "" : body.substring(i, Math.min(body.length(), body.indexOf('}', i) + 1));
    }

    private boolean ask(String portal, String query) {
        return get(portal + "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))
                .contains("true");
    }

    private String get(String url) {
        try {
            return http.send(
                            HttpRequest.newBuilder(URI.create(url))
                                    .header("Accept", "application/sparql-results+json, application/json")
                                    .timeout(Duration.ofSeconds(30))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
        } catch (Exception e) {
            throw new IllegalStateException(url + ": " + e, e);
        }
    }

    private void post(String url) {
        try {
            http.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .POST(HttpRequest.BodyPublishers.noBody())
                            .timeout(Duration.ofSeconds(30))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (Exception e) {
            // The trigger is best effort: the next one follows within a second.
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(BooleanSupplier ok, String what) {
        long end = System.nanoTime() + WITHIN.toNanos();
        while (!ok.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("Not within " + WITHIN.toSeconds() + " s: " + what);
            }
            sleep(100);
        }
    }
}
