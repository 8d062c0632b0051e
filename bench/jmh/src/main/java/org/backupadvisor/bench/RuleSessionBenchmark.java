package org.backupadvisor.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.backupadvisor.commvault.CommvaultPlugin;
import org.backupadvisor.core.engine.RuleEngine;
import org.backupadvisor.core.spi.ProductEnvironment;
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

/** One rule session (insert, fire every agenda group, complete the tri-state) over a large CommCell's facts. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class RuleSessionBenchmark {
    /** Subclients; each also gets a DataPath fact, so 50,000 subclients are 100,000 facts. */
    @Param({"50000"})
    int subclients;

    private RuleEngine engine;
    private List<Object> facts;
    private Map<String, String> versions;
    private Map<String, org.backupadvisor.core.engine.VersionScheme> schemes;

    @Setup
    public void setUp() {
        engine = RuleEngine.fromClasspath(getClass().getClassLoader());
        CommvaultPlugin plugin = new CommvaultPlugin();
        ProductEnvironment env = plugin.parse(LargeCommCell.files(subclients));
        schemes = Map.of(plugin.id(), plugin.versionScheme());
        facts = env.facts();
        versions = Map.of("commvault", env.version().orElse("11.28.56"));
    }

    @Benchmark
    public RuleEngine.Result ruleSession() {
        return engine.run(facts, versions, schemes);
    }
}
