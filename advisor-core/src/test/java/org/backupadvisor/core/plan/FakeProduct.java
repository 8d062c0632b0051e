package org.backupadvisor.core.plan;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.backupadvisor.core.facts.ConfigObject;
import org.backupadvisor.core.facts.Recommendation;
import org.backupadvisor.core.facts.RuleMeta;
import org.backupadvisor.core.facts.Severity;
import org.backupadvisor.core.input.InputFile;
import org.backupadvisor.core.measure.Measurements;
import org.backupadvisor.core.model.Capacity;
import org.backupadvisor.core.model.Stage;
import org.backupadvisor.core.model.StreamLimit;
import org.backupadvisor.core.model.ThroughputPath;
import org.backupadvisor.core.spi.Detection;
import org.backupadvisor.core.spi.ProductEnvironment;
import org.backupadvisor.core.spi.ProductPlugin;
import org.backupadvisor.core.spi.Remediation;

/**
 * A tiny product for planner tests: one "pool" with data readers, device streams and tape drives of 120 MB/s each.
 * Effective streams = min(readers, deviceStreams); the drives cap the total.
 */
final class FakeProduct {
    static final double MB = 1e6;
    static final double DRIVE_WRITE = 120 * MB;

    private FakeProduct() {
    }

    record Pool(String objectId, int readers, int deviceStreams, int drives, boolean compression) implements ConfigObject {
        @Override
        public String product() {
            return "fake";
        }

        @Override
        public String objectType() {
            return "pool";
        }

        @Override
        public String origin() {
            return "fake.json";
        }

        String knob(String field) {
            return Recommendation.knob(product() + "." + objectType() + "." + field, objectId);
        }

        Pool with(String field, Object value) {
            return switch (field) {
                case "readers" -> new Pool(objectId, ((Number) value).intValue(), deviceStreams, drives, compression);
                case "deviceStreams" -> new Pool(objectId, readers, ((Number) value).intValue(), drives, compression);
                case "drives" -> new Pool(objectId, readers, deviceStreams, ((Number) value).intValue(), compression);
                case "compression" -> new Pool(objectId, readers, deviceStreams, drives, (Boolean) value);
                default -> throw new IllegalArgumentException(field);
            };
        }
    }

    static final class Env implements ProductEnvironment {
        final Pool pool;
        int applyCalls;

        Env(Pool pool) {
            this.pool = pool;
        }

        @Override
        public String product() {
            return "fake";
        }

        @Override
        public List<ConfigObject> objects() {
            return List.of(pool);
        }

        @Override
        public Measurements measurements() {
            return Measurements.none();
        }

        @Override
        public List<ParsedInput> inputs() {
            return List.of();
        }

        @Override
        public ProductEnvironment apply(List<Recommendation> changes) {
            applyCalls++;
            Pool p = pool;
            for (Recommendation r : changes) {
                if (r.getObjectId().equals(p.objectId())) {
                    p = p.with(r.getField(), r.getRecommended());
                }
            }
            return new Env(p);
        }
    }

    static class Plugin implements ProductPlugin {
        @Override
        public String id() {
            return "fake";
        }

        @Override
        public String displayName() {
            return "Fake";
        }

        @Override
        public List<String> formats() {
            return List.of("fake.json");
        }

        @Override
        public Optional<Detection> detect(InputFile file) {
            return Optional.empty();
        }

        @Override
        public ProductEnvironment parse(List<InputFile> files) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ThroughputPath path(ProductEnvironment env, Measurements m) {
            Pool p = ((Env) env).pool;
            return new ThroughputPath(
                    List.of(new StreamLimit(Stage.SOURCE, "data readers", p.readers(), "data readers = " + p.readers(),
                                    Set.of(p.knob("readers"))),
                            new StreamLimit(Stage.TARGET_DEVICE, "device streams", p.deviceStreams(),
                                    "device streams = " + p.deviceStreams(), Set.of(p.knob("deviceStreams")))),
                    List.of(Capacity.total(Stage.TARGET_DEVICE, "tape drives", p.drives() * DRIVE_WRITE,
                            p.drives() + " LTO drives × 120 MB/s = " + (int) (p.drives() * 120) + " MB/s",
                            Set.of(p.knob("drives")))),
                    List.of("fake drives write 120 MB/s"));
        }

        @Override
        public Remediation remediation(Recommendation r) {
            return new Remediation("set it", "unset it");
        }
    }

    static Recommendation rec(Pool pool, String field, Object current, Object recommended, Severity severity,
                              String ruleId) {
        Recommendation r = new Recommendation(pool, field, current, recommended, "because " + field);
        r.stamp(new RuleMeta(ruleId, "title of " + ruleId, "fake", severity, "Pool", "1+", "test", "low"));
        return r;
    }
}
