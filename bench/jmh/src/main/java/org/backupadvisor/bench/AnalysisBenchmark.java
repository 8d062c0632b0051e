package org.backupadvisor.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.backupadvisor.core.analysis.Analysis;
import org.backupadvisor.core.analysis.AnalysisRequest;
import org.backupadvisor.core.app.Advisor;
import org.backupadvisor.core.input.InputFile;
import org.backupadvisor.core.measure.Measurements;
import org.backupadvisor.core.measure.Target;
import org.backupadvisor.core.units.DataRate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole analysis of a large bundle (parse, facts, rules, planner pricing every change group on the composed path,
 * the Analysis), as the CLI and the server run it, with the heap the launcher gives.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xmx512m"})
public class AnalysisBenchmark {
    @Param({"10000", "50000"})
    int subclients;

    private Advisor advisor;
    private List<InputFile> files;
    private Measurements measurements;

    @Setup
    public void setUp() {
        advisor = Advisor.fromClasspath(getClass().getClassLoader(), "bench");
        files = LargeCommCell.files(subclients);
        measurements = Measurements.builder().parse("throughput.current", "290GB/hr", "bench")
                .parse("tape.drives", "2", "bench").parse("tape.driveWrite", "120MB/s", "bench").build();
    }

    @Benchmark
    public Analysis analyse() {
        Target target = new Target(DataRate.parse("173MB/s"), "bench");
        return advisor.analyze(new AnalysisRequest(files, target, measurements));
    }
}
