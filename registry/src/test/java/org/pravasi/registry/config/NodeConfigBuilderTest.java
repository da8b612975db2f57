package org.pravasi.registry.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pravasi.registry.store.Compaction;

/** A configuration is built by naming only the settings that differ from the defaults. */
class NodeConfigBuilderTest {
    private static final Path DIR = Path.of("data");

    @Test
    @DisplayName("a builder with nothing set gives the documented defaults")
    void builderStartsFromTheDefaults() {
        NodeConfig c = NodeConfig.builder(DIR).build();

        assertEquals(
                new NodeConfig(
                        DIR,
                        NodeConfig.DEFAULT_BASE_URI,
                        NodeConfig.DEFAULT_PORT,
                        NodeConfig.DEFAULT_FUSEKI_PORT,
                        NodeConfig.DEFAULT_HOST,
                        Optional.empty(),
                        NodeConfig.DEFAULT_THRESHOLD,
                        NodeConfig.DEFAULT_MAX_UPLOAD_BYTES,
                        List.of(),
                        Optional.empty(),
                        NodeConfig.DEFAULT_QUERY_TIMEOUT_MS,
                        NodeConfig.DEFAULT_RESULT_CAP,
                        NodeConfig.DEFAULT_RESULT_BYTES,
                        false,
                        NodeConfig.DEFAULT_HARVEST_INTERVAL_SECONDS,
                        Compaction.DEFAULT,
                        ConnectionLimits.DEFAULTS,
                        ReadShare.DEFAULTS),
                c);
        assertEquals(NodeConfig.defaults(DIR), c);
    }

    @Test
    @DisplayName("each named setting changes that setting and no other")
    void namedSettingChangesOnlyItself() {
        NodeConfig c = NodeConfig.builder(DIR)
                .port(0)
                .resultCap(7)
                .geoDir(Path.of("geo"))
                .peers(List.of("http://a.example.org/ https://a.example.org/pravasi/"))
                .build();

        assertEquals(
                NodeConfig.defaults(DIR).toBuilder()
                        .port(0)
                        .resultCap(7)
                        .geoDir(Optional.of(Path.of("geo")))
                        .peers(List.of("http://a.example.org/ https://a.example.org/pravasi/"))
                        .build(),
                c);
        assertEquals(0, c.port());
        assertEquals(7, c.resultCap());
        assertEquals(Optional.of(Path.of("geo")), c.geoDir());
        assertEquals(NodeConfig.DEFAULT_QUERY_TIMEOUT_MS, c.queryTimeoutMs());
        assertEquals(NodeConfig.DEFAULT_THRESHOLD, c.threshold());
    }

    @Test
    @DisplayName("toBuilder().build() gives back an equal configuration, whatever was set")
    void toBuilderRoundTrips() {
        NodeConfig c = new ConfigReader(Map.of())
                .read(List.of(
                        "--data=x",
                        "--base-uri=https://example.org/p/",
                        "--port=81",
                        "--fuseki-port=3030",
                        "--host=0.0.0.0",
                        "--geo=g",
                        "--threshold=11",
                        "--max-upload=2048",
                        "--peer=http://a.example.org/ https://a.example.org/pravasi/",
                        "--datasets=ds",
                        "--query-timeout=500",
                        "--result-cap=9",
                        "--result-bytes=4096",
                        "--allow-service=true",
                        "--harvest-interval=60",
                        "--compact-ratio=3",
                        "--compact-min-size=1000",
                        "--max-connections=500,20",
                        "--request-head-timeout=7",
                        "--reads-per-client=6,10"));

        assertEquals(c, c.toBuilder().build());
        assertEquals(
                new NodeConfig(
                        Path.of("x"),
                        "https://example.org/p/",
                        81,
                        3030,
                        "0.0.0.0",
                        Optional.of(Path.of("g")),
                        11,
                        2048,
                        List.of("http://a.example.org/ https://a.example.org/pravasi/"),
                        Optional.of(Path.of("ds")),
                        500,
                        9,
                        4096,
                        true,
                        60,
                        new Compaction(3, 1000),
                        new ConnectionLimits(500, 20, Duration.ofSeconds(7), ConnectionLimits.DEFAULT_DRAIN_TIMEOUT),
                        new ReadShare(6, 10)),
                c);
    }

    @Test
    @DisplayName("build() checks every value with the message naming its flag")
    void buildChecksValues() {
        ConfigException e = assertThrows(
                ConfigException.class,
                () -> NodeConfig.builder(DIR).threshold(4).build());
        assertEquals("--threshold 4 is too low: the disclosure threshold is never below 5", e.getMessage());

        ConfigException port = assertThrows(
                ConfigException.class,
                () -> NodeConfig.builder(DIR).port(70_000).build());
        assertEquals("--port 70000 is out of range: use 0..65535 (0 picks a free port)", port.getMessage());

        ConfigException bytes = assertThrows(
                ConfigException.class,
                () -> NodeConfig.builder(DIR).resultBytes(100).build());
        assertEquals(
                "--result-bytes 100 is out of range: use 1024..1073741824 bytes (an answer is built in memory)",
                bytes.getMessage());
    }

    @Test
    @DisplayName("connection limits that are not whole numbers, or a share above the total, are refused by flag")
    void connectionLimitsAreChecked() {
        ConfigReader reader = new ConfigReader(java.util.Map.of());
        assertEquals(
                new ConnectionLimits(
                        300, 256, ConnectionLimits.DEFAULT_HEAD_TIMEOUT, ConnectionLimits.DEFAULT_DRAIN_TIMEOUT),
                reader.read(List.of("--max-connections", "300")).connections());
        assertEquals(
                50,
                reader.read(List.of("--max-connections", "50")).connections().perClient());
        assertEquals(
                "--max-connections 10,20 is out of range: use TOTAL,PER_CLIENT with 1 <= PER_CLIENT <= TOTAL"
                        + " (e.g. 2000,256)",
                assertThrows(ConfigException.class, () -> reader.read(List.of("--max-connections", "10,20")))
                        .getMessage());
        assertEquals(
                "--max-connections 'many' is not TOTAL or TOTAL,PER_CLIENT in whole numbers (e.g. --max-connections"
                        + " 2000,256)",
                assertThrows(ConfigException.class, () -> reader.read(List.of("--max-connections", "many")))
                        .getMessage());
        assertEquals(
                "--request-head-timeout 0 is out of range: use 1..3600 seconds (e.g. 20)",
                assertThrows(ConfigException.class, () -> reader.read(List.of("--request-head-timeout", "0")))
                        .getMessage());
    }

    @Test
    @DisplayName("a client's share of reads: a count alone keeps the default queue, 0 turns it off, others are refused")
    void readShareIsChecked() {
        ConfigReader reader = new ConfigReader(java.util.Map.of());
        assertEquals(ReadShare.DEFAULTS, reader.read(List.of()).reads());
        assertEquals(
                new ReadShare(8, ReadShare.DEFAULT_WAITING),
                reader.read(List.of("--reads-per-client", "8")).reads());
        assertEquals(
                ReadShare.OFF, reader.read(List.of("--reads-per-client", "0")).reads());
        assertEquals(
                "--reads-per-client 'lots' is not RUNNING or RUNNING,WAITING in whole numbers (e.g."
                        + " --reads-per-client 4,32, or 0)",
                assertThrows(ConfigException.class, () -> reader.read(List.of("--reads-per-client", "lots")))
                        .getMessage());
        assertEquals(
                "--reads-per-client -1,2 is out of range: use RUNNING,WAITING with 0 <= RUNNING <= 10000 and 0 <="
                        + " WAITING <= 100000 (e.g. 4,32; 0 for no share)",
                assertThrows(ConfigException.class, () -> reader.read(List.of("--reads-per-client", "-1,2")))
                        .getMessage());
    }
}
