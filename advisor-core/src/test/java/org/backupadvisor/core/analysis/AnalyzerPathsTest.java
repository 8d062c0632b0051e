package org.backupadvisor.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.backupadvisor.core.engine.RuleEngine;
import org.backupadvisor.core.facts.ConfigObject;
import org.backupadvisor.core.facts.Recommendation;
import org.backupadvisor.core.input.InputException;
import org.backupadvisor.core.input.InputFile;
import org.backupadvisor.core.input.Node;
import org.backupadvisor.core.input.Trees;
import org.backupadvisor.core.measure.Measurements;
import org.backupadvisor.core.measure.Target;
import org.backupadvisor.core.model.BackupPath;
import org.backupadvisor.core.model.Capacity;
import org.backupadvisor.core.model.Phase;
import org.backupadvisor.core.model.Stage;
import org.backupadvisor.core.model.StreamLimit;
import org.backupadvisor.core.model.ThroughputPath;
import org.backupadvisor.core.spi.Detection;
import org.backupadvisor.core.spi.PluginRegistry;
import org.backupadvisor.core.spi.ProductEnvironment;
import org.backupadvisor.core.spi.ProductPlugin;
import org.backupadvisor.core.spi.Remediation;
import org.backupadvisor.core.units.DataRate;
import org.junit.jupiter.api.Test;

/**
 * The Analyzer over several paths and goals, with a tiny product whose export lists "lanes" (name, phase, streams,
 * cap in MB/s): every path is projected and planned, goals per phase are reported, paths add up.
 */
class AnalyzerPathsTest {

    record Lane(String objectId, Phase phase, int streams, double capMBps) implements ConfigObject {
        @Override
        public String product() {
            return "lanes";
        }

        @Override
        public String objectType() {
            return "lane";
        }

        @Override
        public String origin() {
            return "lanes.json";
        }
    }

    record Env(List<Lane> lanes) implements ProductEnvironment {
        @Override
        public String product() {
            return "lanes";
        }

        @Override
        public List<ConfigObject> objects() {
            return new ArrayList<>(lanes);
        }

        @Override
        public Measurements measurements() {
            return Measurements.none();
        }

        @Override
        public List<ParsedInput> inputs() {
            return List.of(new ParsedInput("lanes.json", "lanes", new byte[0]));
        }

        @Override
        public ProductEnvironment apply(List<Recommendation> changes) {
            return this;
        }
    }

    static class LanesPlugin implements ProductPlugin {
        private final int score;

        LanesPlugin(int score) {
            this.score = score;
        }

        @Override
        public String id() {
            return score == 50 ? "lanes" : "copycat";
        }

        @Override
        public String displayName() {
            return id();
        }

        @Override
        public List<String> formats() {
            return List.of("lanes.json");
        }

        @Override
        public Optional<Detection> detect(InputFile file) {
            return file.head(20).contains("lanes") ? Optional.of(new Detection(score, "lanes")) : Optional.empty();
        }

        @Override
        public ProductEnvironment parse(List<InputFile> files) {
            List<Lane> lanes = new ArrayList<>();
            for (Node n : Trees.json(files.get(0)).all("lanes")) {
                lanes.add(new Lane(n.text("name").orElseThrow(), Phase.valueOf(n.text("phase").orElseThrow()),
                        n.integer("streams").orElseThrow(), n.decimal("cap").orElseThrow()));
            }
            return new Env(lanes);
        }

        @Override
        public List<BackupPath> paths(ProductEnvironment env, Measurements m) {
            return ((Env) env).lanes().stream().map(l -> new BackupPath(l.objectId(), "lanes", l.phase(),
                    new ThroughputPath(List.of(new StreamLimit(Stage.CLIENT, "streams", l.streams(), l.streams() + " streams",
                            Set.of())), List.of(Capacity.total(Stage.TARGET_DEVICE, "cap", l.capMBps() * 1e6,
                            l.objectId() + " cap", Set.of())), List.of()), List.of())).toList();
        }

        @Override
        public Remediation remediation(Recommendation r) {
            return new Remediation("-", "-");
        }
    }

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);

    private static Analyzer analyzer(ProductPlugin... plugins) {
        return new Analyzer(new PluginRegistry(List.of(plugins)), RuleEngine.of(List.of()), "test", CLOCK, () -> "id-1");
    }

    private static InputFile lanes(String json) {
        return new InputFile("lanes.json", json.getBytes(StandardCharsets.UTF_8));
    }

    private static final String TWO_BACKUP_ONE_REPLICATION = """
            {"lanes": [
              {"name": "policy A", "phase": "BACKUP", "streams": 1, "cap": 1000},
              {"name": "policy B", "phase": "BACKUP", "streams": 3, "cap": 100},
              {"name": "group R", "phase": "REPLICATION", "streams": 2, "cap": 5000}]}
            """;

    @Test
    void severalPathsOfOnePhaseAreEachProjectedAndAddUp() {
        Measurements m = Measurements.builder().parse("throughput.current", "160MB/s", "test").build();
        Analysis a = analyzer(new LanesPlugin(50)).analyze(new AnalysisRequest(List.of(lanes(TWO_BACKUP_ONE_REPLICATION)),
                Target.of(DataRate.parse("300MB/s")), m));

        Analysis.GoalResult backup = a.goals().get(0);
        assertThat(backup.phase()).isEqualTo("backup");
        assertThat(backup.paths()).extracting(Analysis.PathResult::id).containsExactly("policy A", "policy B");
        // One measured figure over 1 + 3 streams: 40 MB/s per stream; B's 3 streams (120) are capped at 100.
        assertThat(backup.paths().get(0).today().bytesPerSecond()).isCloseTo(40e6, within(1.0));
        assertThat(backup.paths().get(1).today().bytesPerSecond()).isCloseTo(100e6, within(1.0));
        assertThat(backup.todayBytesPerSecond()).isCloseTo(140e6, within(1.0));
        assertThat(backup.combined()).contains("40 MB/s + 100 MB/s = 140 MB/s");
        assertThat(backup.met()).isFalse();
        assertThat(a.assumptions()).anySatisfy(s -> assertThat(s).contains("2 backup paths run concurrently"));
        // The top-level fields stay schema 1: the first backup path.
        assertThat(a.projected().bytesPerSecond()).isCloseTo(40e6, within(1.0));
    }

    @Test
    void aReplicationGoalComesFromSizeAndWindowAndSpeaksInHours() {
        Measurements m = Measurements.builder().parse("replication.size", "36TB", "test")
                .parse("replication.window", "24h", "test").parse("replication.duration", "36h", "test").build();
        Analysis a = analyzer(new LanesPlugin(50)).analyze(new AnalysisRequest(List.of(lanes(TWO_BACKUP_ONE_REPLICATION)),
                null, m));

        assertThat(a.goals()).singleElement().satisfies(g -> {
            assertThat(g.phase()).isEqualTo("replication");
            assertThat(g.target().bytesPerSecond()).isCloseTo(36e12 / 86400, within(1.0));
            assertThat(g.paths()).extracting(Analysis.PathResult::id).containsExactly("group R");
            // Calibrated from size ÷ duration: 36 TB in 36 h today.
            assertThat(g.todayDurationSeconds()).isCloseTo(36 * 3600.0, within(1.0));
            assertThat(g.windowSeconds()).isEqualTo(86400.0);
        });
        assertThat(a.analysisId()).isEqualTo("id-1");
        assertThat(a.createdAt()).isEqualTo("2026-12-01T00:00:00Z");
    }

    @Test
    void noGoalAtAllIsBadInput() {
        assertThatThrownBy(() -> analyzer(new LanesPlugin(50)).analyze(new AnalysisRequest(
                List.of(lanes(TWO_BACKUP_ONE_REPLICATION)), null, Measurements.none())))
                .isInstanceOf(InputException.class).hasMessageStartingWith("no goal");
    }

    @Test
    void twoPluginsClaimingAFileEquallyIsAnErrorNamingBoth() {
        assertThatThrownBy(() -> analyzer(new LanesPlugin(50), new LanesPlugin(50) {
            @Override
            public String id() {
                return "copycat";
            }
        }).analyze(new AnalysisRequest(List.of(lanes(TWO_BACKUP_ONE_REPLICATION)), Target.of(DataRate.parse("1MB/s")),
                Measurements.none())))
                .isInstanceOf(InputException.class).hasMessageContaining("lanes.json").hasMessageContaining("lanes")
                .hasMessageContaining("copycat");
    }
}
