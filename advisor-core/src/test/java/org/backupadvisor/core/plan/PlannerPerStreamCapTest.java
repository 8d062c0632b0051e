package org.backupadvisor.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.backupadvisor.core.plan.FakeProduct.MB;
import static org.backupadvisor.core.plan.FakeProduct.rec;

import java.util.List;
import java.util.Set;
import org.backupadvisor.core.facts.Recommendation;
import org.backupadvisor.core.facts.Severity;
import org.backupadvisor.core.measure.Measurements;
import org.backupadvisor.core.model.Capacity;
import org.backupadvisor.core.model.Phase;
import org.backupadvisor.core.model.Stage;
import org.backupadvisor.core.model.StreamLimit;
import org.backupadvisor.core.model.ThroughputPath;
import org.backupadvisor.core.plan.FakeProduct.Pool;
import org.junit.jupiter.api.Test;

/**
 * A measured rate that sits at a per-stream capacity a setting moves (a protocol's per-session ingest, issue 9): the
 * setting that raises the cap raises the stream, and it is planned as a step. S4's numbers: 32 SMB sessions at
 * 10.5 TB/hr, OST at 244.8 MB/s per session capped at 14.1 TB/hr.
 */
class PlannerPerStreamCapTest {
    private static final double TB_HR = 1e12 / 3600;
    private final Pool pool = new Pool("stu", 32, 32, 0, false);
    private final Recommendation protocol = rec(pool, "protocol", "smb", "ost", Severity.HIGH, "FK-PROTO");

    private PathModel model(double perSessionSmb, boolean settingNamed) {
        Set<String> settings = settingNamed ? Set.of(protocol.getSetting()) : Set.of();
        return new PathModel() {
            @Override
            public ThroughputPath path(List<Recommendation> changes) {
                boolean ost = changes.stream().anyMatch(r -> r.getKnob().equals(protocol.getKnob()));
                return new ThroughputPath(List.of(new StreamLimit(Stage.MEDIA_SERVER, "jobs", 32, "32 jobs", Set.of())),
                        List.of(Capacity.perStream(Stage.TARGET_DEVICE, "per session", ost ? 14.1 * TB_HR / 16 : perSessionSmb,
                                        "per session", settings),
                                Capacity.total(Stage.TARGET_DEVICE, "ingest", ost ? 14.1 * TB_HR : 10.5 * TB_HR, "ingest", settings)),
                        List.of());
            }

            @Override
            public int objectCount() {
                return 1;
            }

            @Override
            public PathModel with(List<Recommendation> changes) {
                PathModel self = this;
                return new PathModel() {
                    @Override
                    public ThroughputPath path(List<Recommendation> more) {
                        List<Recommendation> all = new java.util.ArrayList<>(changes);
                        all.addAll(more);
                        return self.path(all);
                    }

                    @Override
                    public int objectCount() {
                        return 1;
                    }

                    @Override
                    public PathModel with(List<Recommendation> c) {
                        List<Recommendation> all = new java.util.ArrayList<>(changes);
                        all.addAll(c);
                        return self.with(all);
                    }
                };
            }
        };
    }

    private static Calibration measured(double bps) {
        return Calibration.of(Phase.BACKUP, Measurements.builder().parse("throughput.current", bps / 1e6 + "MB/s", "--measured").build());
    }

    @Test
    void aRateAtTheProtocolsPerSessionCapIsRaisedByTheOtherProtocolAsAStep() {
        Plan plan = Planner.plan(model(10.5 * TB_HR / 32, true), measured(10.5 * TB_HR), 13 * TB_HR, List.of(protocol));
        assertThat(plan.steps()).singleElement().satisfies(s -> assertThat(s.changes()).containsExactly(protocol));
        assertThat(plan.planned().bytesPerSecond()).isCloseTo(14.1 * TB_HR, within(1.0));
        assertThat(plan.perStreamBytesPerSecond()).as("the calibrated rate is still reported").isCloseTo(10.5 * TB_HR / 32, within(1.0));
    }

    @Test
    void aRateBelowTheCapKeepsTheCalibratedStreamRate() {
        // Measured 5 TB/hr with 32 sessions: 43 MB/s per stream, well under the 91 MB/s SMB cap: the pipeline binds.
        Plan plan = Planner.plan(model(10.5 * TB_HR / 32, true), measured(5 * TB_HR), 13 * TB_HR, List.of(protocol));
        assertThat(plan.steps()).isEmpty();
        assertThat(plan.planned().bytesPerSecond()).isCloseTo(5 * TB_HR, within(1e3));
    }

    @Test
    void aCapNoSettingMovesIsNotReadAsProtocolBound() {
        Plan plan = Planner.plan(model(10.5 * TB_HR / 32, false), measured(10.5 * TB_HR), 13 * TB_HR, List.of(protocol));
        assertThat(plan.planned().bytesPerSecond()).isCloseTo(10.5 * TB_HR, within(1e3));
    }
}
