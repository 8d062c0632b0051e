package org.backupadvisor.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.backupadvisor.core.plan.FakeProduct.MB;
import static org.backupadvisor.core.plan.FakeProduct.rec;

import java.util.List;
import org.backupadvisor.core.facts.Recommendation;
import org.backupadvisor.core.facts.Severity;
import org.backupadvisor.core.measure.Measurements;
import org.backupadvisor.core.model.Stage;
import org.backupadvisor.core.plan.FakeProduct.Env;
import org.backupadvisor.core.plan.FakeProduct.Pool;
import org.junit.jupiter.api.Test;

class PlannerTest {
    private static final FakeProduct.Plugin PLUGIN = new FakeProduct.Plugin();
    private static final double TARGET = 173.6 * MB;

    private static Measurements measured(String rate) {
        return Measurements.builder().parse("throughput.current", rate, "--measured").build();
    }

    /** The planner over one product's path, calibrated as the Analyzer calibrates a backup goal. */
    private static Plan plan(FakeProduct.Plugin plugin, Env env, Measurements m, double target, List<Recommendation> recs) {
        return Planner.plan(model(plugin, env, m), Calibration.of(org.backupadvisor.core.model.Phase.BACKUP, m), target, recs);
    }

    private static PathModel model(FakeProduct.Plugin plugin, org.backupadvisor.core.spi.ProductEnvironment env,
                                   Measurements m) {
        return new PathModel() {
            @Override
            public org.backupadvisor.core.model.ThroughputPath path(List<Recommendation> changes) {
                return plugin.path(changes.isEmpty() ? env : env.apply(changes), m);
            }

            @Override
            public int objectCount() {
                return env.objects().size();
            }

            @Override
            public PathModel with(List<Recommendation> changes) {
                return model(plugin, env.apply(changes), m);
            }
        };
    }

    private static PlannedRecommendation ranked(Plan plan, Recommendation r) {
        return plan.ranked().stream().filter(p -> p.recommendation() == r).findFirst().orElseThrow();
    }

    @Test
    void worksTheSeedExample_readersAndDeviceStreamsAreOneStepCappedByTheDrives() {
        Pool pool = new Pool("pool1", 1, 1, 2, false);
        Recommendation readers = rec(pool, "readers", 1, 4, Severity.HIGH, "FK-001");
        Recommendation deviceStreams = rec(pool, "deviceStreams", 1, 4, Severity.HIGH, "FK-002");

        Plan plan = plan(PLUGIN, new Env(pool), measured("80MB/s"), TARGET, List.of(readers, deviceStreams));

        assertThat(plan.perStreamBytesPerSecond()).isEqualTo(80 * MB);
        assertThat(plan.today().bytesPerSecond()).isEqualTo(80 * MB);
        assertThat(plan.steps()).hasSize(1);
        PlanStep step = plan.steps().get(0);
        assertThat(step.step()).isEqualTo(1);
        assertThat(step.changes()).containsExactlyInAnyOrder(readers, deviceStreams);
        assertThat(step.beforeBytesPerSecond()).isEqualTo(80 * MB);
        assertThat(step.afterBytesPerSecond()).isEqualTo(240 * MB);
        assertThat(step.gainBytesPerSecond()).isEqualTo(160 * MB);
        assertThat(step.projection().offeredBytesPerSecond()).isEqualTo(320 * MB);

        assertThat(plan.planned().bytesPerSecond()).isEqualTo(240 * MB);
        assertThat(plan.planned().bottleneckStage()).isEqualTo(Stage.TARGET_DEVICE);
        assertThat(plan.planned().bindingCapacity().name()).isEqualTo("tape drives");
        assertThat(plan.planned().bottleneckCapacity()).isEqualTo(240 * MB);
        assertThat(plan.planned().bottleneckDescription()).isEqualTo("2 LTO drives × 120 MB/s = 240 MB/s");

        for (Recommendation r : List.of(readers, deviceStreams)) {
            PlannedRecommendation pr = ranked(plan, r);
            assertThat(pr.step()).isEqualTo(1);
            assertThat(pr.gainBytesPerSecond()).isEqualTo(160 * MB);
            assertThat(pr.afterBytesPerSecond()).isEqualTo(240 * MB);
            assertThat(pr.note()).contains("one step with 1 other change(s)");
        }
        assertThat(plan.assumptions()).contains("fake drives write 120 MB/s")
                .anySatisfy(a -> assertThat(a).contains("per-stream rate 80 MB/s = measured 80 MB/s ÷ 1"));
    }

    @Test
    void aMeasuredTotalAtACapacityIsNotDividedByTheStreamsWhenWhatAStreamMovesIsKnown() {
        // 4 streams into one 120 MB/s drive: the 118 MB/s measured is the drive's, not 4 x 29.5 MB/s streams.
        Pool pool = new Pool("pool1", 4, 4, 1, false);
        Recommendation drives = rec(pool, "drives", 1, 2, Severity.HIGH, "FK-004");
        Measurements m = Measurements.builder().parse("throughput.current", "118MB/s", "--measured")
                .parse("source.readPerStream", "60MB/s", "--measure").build();

        Plan plan = plan(PLUGIN, new Env(pool), m, TARGET, List.of(drives));

        assertThat(plan.perStreamBytesPerSecond()).isEqualTo(60 * MB);
        assertThat(plan.planned().bytesPerSecond()).isEqualTo(240 * MB);
        assertThat(plan.assumptions()).anySatisfy(a -> assertThat(a).contains("measured 118 MB/s sits at 1 LTO drives")
                .contains("per-stream rate 60 MB/s"));

        // Without the per-stream figure the measured total is all there is: 118 ÷ 4 per stream, conservatively.
        Plan alone = plan(PLUGIN, new Env(pool), measured("118MB/s"), TARGET, List.of(drives));
        assertThat(alone.perStreamBytesPerSecond()).isEqualTo(29.5 * MB);
        assertThat(alone.planned().bytesPerSecond()).isEqualTo(118 * MB);
        // Below the capacity the measurement is what the streams move, per-stream figure or not.
        Measurements below = Measurements.builder().parse("throughput.current", "80MB/s", "--measured")
                .parse("source.readPerStream", "60MB/s", "--measure").build();
        assertThat(plan(PLUGIN, new Env(pool), below, TARGET, List.of(drives)).perStreamBytesPerSecond())
                .isEqualTo(20 * MB);
    }

    @Test
    void raisingReadersAloneGainsNothingSoNoStepIsMade() {
        Pool pool = new Pool("pool1", 1, 1, 2, false);
        Recommendation readers = rec(pool, "readers", 1, 4, Severity.HIGH, "FK-001");

        Plan plan = plan(PLUGIN, new Env(pool), measured("80MB/s"), TARGET, List.of(readers));

        assertThat(plan.steps()).isEmpty();
        assertThat(plan.planned().bytesPerSecond()).isEqualTo(80 * MB);
        PlannedRecommendation pr = ranked(plan, readers);
        assertThat(pr.step()).isNull();
        assertThat(pr.gainBytesPerSecond()).isZero();
        assertThat(pr.note()).contains("does not bind").contains("target device");
    }

    @Test
    void recommendationTheModelDoesNotReadIsRankedWithoutAGain() {
        Pool pool = new Pool("pool1", 1, 1, 2, false);
        Recommendation readers = rec(pool, "readers", 1, 4, Severity.HIGH, "FK-001");
        Recommendation deviceStreams = rec(pool, "deviceStreams", 1, 4, Severity.HIGH, "FK-002");
        Recommendation compression = rec(pool, "compression", false, true, Severity.CRITICAL, "FK-003");

        Plan plan = plan(PLUGIN, new Env(pool), measured("80MB/s"), TARGET,
                List.of(compression, readers, deviceStreams));

        assertThat(plan.steps()).hasSize(1);
        assertThat(plan.steps().get(0).changes()).doesNotContain(compression);
        PlannedRecommendation pr = ranked(plan, compression);
        assertThat(pr.gainBytesPerSecond()).isNull();
        assertThat(pr.afterBytesPerSecond()).isNull();
        assertThat(pr.step()).isNull();
        assertThat(pr.note()).contains("not priced").contains("fake.pool.compression");
        // Priced recommendations come first, even though the unpriced one is more severe.
        assertThat(plan.ranked()).extracting(PlannedRecommendation::recommendation)
                .containsExactly(readers, deviceStreams, compression);
    }

    @Test
    void recommendationForAnotherObjectIsNotPriced() {
        Pool pool = new Pool("pool1", 1, 1, 2, false);
        Pool other = new Pool("pool2", 1, 1, 2, false);
        Recommendation elsewhere = rec(other, "readers", 1, 4, Severity.HIGH, "FK-001");

        Plan plan = plan(PLUGIN, new Env(pool), measured("80MB/s"), TARGET, List.of(elsewhere));

        assertThat(ranked(plan, elsewhere).gainBytesPerSecond()).isNull();
    }

    @Test
    void stopsWhenTheTargetIsMet() {
        // Device streams are already 4: raising readers alone reaches the drives' 240 MB/s; a third drive would add more.
        Pool pool = new Pool("pool1", 1, 4, 2, false);
        Recommendation readers = rec(pool, "readers", 1, 4, Severity.HIGH, "FK-001");
        Recommendation drives = rec(pool, "drives", 2, 3, Severity.MEDIUM, "FK-004");

        Plan plan = plan(PLUGIN, new Env(pool), measured("80MB/s"), 200 * MB, List.of(readers, drives));

        assertThat(plan.steps()).hasSize(1);
        assertThat(plan.steps().get(0).changes()).containsExactly(readers);
        assertThat(plan.steps().get(0).afterBytesPerSecond()).isEqualTo(240 * MB);
        // The unused change is still priced on top of the steps.
        PlannedRecommendation pr = ranked(plan, drives);
        assertThat(pr.step()).isNull();
        assertThat(pr.gainBytesPerSecond()).isEqualTo(80 * MB);
    }

    @Test
    void keepsGoingWhileTheTargetIsMissed() {
        Pool pool = new Pool("pool1", 1, 4, 2, false);
        Recommendation readers = rec(pool, "readers", 1, 4, Severity.HIGH, "FK-001");
        Recommendation drives = rec(pool, "drives", 2, 3, Severity.MEDIUM, "FK-004");

        Plan plan = plan(PLUGIN, new Env(pool), measured("80MB/s"), 1000 * MB, List.of(readers, drives));

        assertThat(plan.steps()).hasSize(2);
        assertThat(plan.steps().get(0).changes()).containsExactly(readers);
        assertThat(plan.steps().get(1).changes()).containsExactly(drives);
        assertThat(plan.steps().get(1).beforeBytesPerSecond()).isEqualTo(240 * MB);
        assertThat(plan.steps().get(1).afterBytesPerSecond()).isEqualTo(320 * MB);
        assertThat(plan.planned().bytesPerSecond()).isEqualTo(320 * MB);
        // No drive bound any more: the streams are.
        assertThat(plan.planned().bindingCapacity()).isNull();
    }

    @Test
    void targetAlreadyMetTodayMakesNoStep() {
        Pool pool = new Pool("pool1", 1, 1, 2, false);
        Recommendation readers = rec(pool, "readers", 1, 4, Severity.HIGH, "FK-001");
        Recommendation deviceStreams = rec(pool, "deviceStreams", 1, 4, Severity.HIGH, "FK-002");

        Plan plan = plan(PLUGIN, new Env(pool), measured("80MB/s"), 50 * MB, List.of(readers, deviceStreams));

        assertThat(plan.steps()).isEmpty();
        // Met today: the projection stays at today's rate (no step runs); the changes are still priced one by one.
        assertThat(plan.planned().bytesPerSecond()).isEqualTo(80 * MB);
        assertThat(plan.low().bytesPerSecond()).isLessThanOrEqualTo(80 * MB);
        assertThat(plan.assumptions()).anySatisfy(a -> assertThat(a).contains("met today"));
        assertThat(ranked(plan, readers).gainBytesPerSecond()).isNotNull();
    }

    @Test
    void lowEndOfTheRangeIsBelowThePointProjection() {
        Pool pool = new Pool("pool1", 1, 1, 2, false);
        Recommendation readers = rec(pool, "readers", 1, 4, Severity.HIGH, "FK-001");
        Recommendation deviceStreams = rec(pool, "deviceStreams", 1, 4, Severity.HIGH, "FK-002");

        Plan plan = plan(PLUGIN, new Env(pool), measured("80MB/s"), TARGET, List.of(readers, deviceStreams));

        assertThat(plan.low().bytesPerSecond()).isLessThan(plan.planned().bytesPerSecond());
        assertThat(plan.low().bytesPerSecond()).isCloseTo(240 * MB * 0.85, within(1.0));
        assertThat(plan.assumptions()).anySatisfy(a -> assertThat(a).contains("80%").contains("85%"));
    }

    @Test
    void withoutMeasurementChangesAreRankedBySeverityButNotPriced() {
        Pool pool = new Pool("pool1", 1, 1, 2, false);
        Recommendation low = rec(pool, "readers", 1, 4, Severity.LOW, "FK-001");
        Recommendation critical = rec(pool, "deviceStreams", 1, 4, Severity.CRITICAL, "FK-009");
        Recommendation medium = rec(pool, "drives", 2, 3, Severity.MEDIUM, "FK-005");

        Plan plan = plan(PLUGIN, new Env(pool), Measurements.none(), TARGET, List.of(low, critical, medium));

        assertThat(plan.today()).isNull();
        assertThat(plan.planned()).isNull();
        assertThat(plan.perStreamBytesPerSecond()).isNull();
        assertThat(plan.steps()).isEmpty();
        assertThat(plan.ranked()).extracting(PlannedRecommendation::recommendation)
                .containsExactly(critical, medium, low);
        assertThat(plan.ranked()).allSatisfy(pr -> {
            assertThat(pr.gainBytesPerSecond()).isNull();
            assertThat(pr.note()).startsWith("not priced: ").contains("throughput.current");
        });
    }

    @Test
    void sourceReadPerStreamPricesThePlanWhenNothingWasMeasured() {
        Pool pool = new Pool("pool1", 1, 1, 2, false);
        Recommendation readers = rec(pool, "readers", 1, 4, Severity.HIGH, "FK-001");
        Recommendation deviceStreams = rec(pool, "deviceStreams", 1, 4, Severity.HIGH, "FK-002");
        Measurements m = Measurements.builder().parse("source.readPerStream", "50MB/s", "--measure").build();

        Plan plan = plan(PLUGIN, new Env(pool), m, TARGET, List.of(readers, deviceStreams));

        assertThat(plan.perStreamBytesPerSecond()).isEqualTo(50 * MB);
        assertThat(plan.today().bytesPerSecond()).isEqualTo(50 * MB);
        assertThat(plan.planned().bytesPerSecond()).isEqualTo(200 * MB);
        assertThat(plan.assumptions()).anySatisfy(a -> assertThat(a).contains("optimistic"));
    }

    @Test
    void noThroughputPathMeansUnpriced() {
        Pool pool = new Pool("pool1", 1, 1, 2, false);
        Recommendation readers = rec(pool, "readers", 1, 4, Severity.HIGH, "FK-001");
        FakeProduct.Plugin noPath = new FakeProduct.Plugin() {
            @Override
            public org.backupadvisor.core.model.ThroughputPath path(
                    org.backupadvisor.core.spi.ProductEnvironment env, Measurements m) {
                return null;
            }
        };

        Plan plan = plan(noPath, new Env(pool), measured("80MB/s"), TARGET, List.of(readers));

        assertThat(plan.today()).isNull();
        assertThat(ranked(plan, readers).gainBytesPerSecond()).isNull();
        assertThat(ranked(plan, readers).note()).contains("no throughput path");
    }

    @Test
    void bundlesAreEverySubsetUpToFourSmallestFirst() {
        Pool pool = new Pool("pool1", 1, 1, 2, false);
        List<Recommendation> five = List.of(
                rec(pool, "readers", 1, 2, Severity.LOW, "A"), rec(pool, "readers", 1, 3, Severity.LOW, "B"),
                rec(pool, "readers", 1, 4, Severity.LOW, "C"), rec(pool, "readers", 1, 5, Severity.LOW, "D"),
                rec(pool, "readers", 1, 6, Severity.LOW, "E"));
        List<List<Recommendation>> bundles = Planner.bundles(five);
        // C(5,1) + C(5,2) + C(5,3) + C(5,4)
        assertThat(bundles).hasSize(5 + 10 + 10 + 5);
        assertThat(bundles.get(0)).hasSize(1);
        assertThat(bundles.get(bundles.size() - 1)).hasSize(4);
        assertThat(bundles).doesNotHaveDuplicates();
    }
}
