package org.backupadvisor.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.backupadvisor.core.input.InputFile;
import org.backupadvisor.core.measure.Measurements;
import org.backupadvisor.core.measure.Target;
import org.backupadvisor.core.units.DataRate;

/**
 * One rule fixture, found by naming convention (PMD/Checkov style):
 * {@code src/test/resources/fixtures/<product>/<RULE-ID>/<outcome>[-what]/} where outcome is {@code fires},
 * {@code quiet} or {@code not-evaluated}. A case inherits {@code fixtures/<product>/_base/}: its files replace base
 * files of the same name, {@code drop=a.json,b.xml} removes base files, and {@code case.properties} keys override
 * the base's (an empty value removes a key). Keys: {@code target}, {@code measured}, {@code measure.<key>},
 * {@code expect.recommended} (fires: the value the rule must recommend).
 */
record FixtureCase(String product, String ruleId, String name, Outcome outcome, List<InputFile> files,
                   Map<String, String> properties) {

    static final Path ROOT = Path.of("src/test/resources/fixtures");

    enum Outcome {
        FIRES("fires"), QUIET("quiet"), NOT_EVALUATED("not-evaluated");

        final String prefix;

        Outcome(String prefix) {
            this.prefix = prefix;
        }

        static Outcome of(String caseName) {
            // "not-evaluated" before anything shorter could match.
            return Arrays.stream(values()).filter(o -> caseName.equals(o.prefix) || caseName.startsWith(o.prefix + "-"))
                    .findFirst().orElse(null);
        }
    }

    /** Every case folder of every rule of {@code product}, keyed by rule id. */
    static Map<String, List<FixtureCase>> all(String product) {
        Map<String, List<FixtureCase>> out = new TreeMap<>();
        Path dir = ROOT.resolve(product);
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> rules = Files.list(dir)) {
            for (Path ruleDir : rules.filter(Files::isDirectory).sorted().toList()) {
                String id = ruleDir.getFileName().toString();
                if (id.startsWith("_")) {
                    continue;
                }
                List<FixtureCase> cases = new ArrayList<>();
                try (Stream<Path> cs = Files.list(ruleDir)) {
                    for (Path c : cs.filter(Files::isDirectory).sorted().toList()) {
                        cases.add(load(product, id, c));
                    }
                }
                out.put(id, cases);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static FixtureCase load(String product, String ruleId, Path caseDir) {
        String name = caseDir.getFileName().toString();
        Path base = ROOT.resolve(product).resolve("_base");
        Map<String, String> props = new LinkedHashMap<>(read(base.resolve("case.properties")));
        read(caseDir.resolve("case.properties")).forEach((k, v) -> {
            if (v.isBlank()) {
                props.remove(k);
            } else {
                props.put(k, v);
            }
        });
        Set<String> drop = Arrays.stream(props.getOrDefault("drop", "").split(",")).map(String::trim)
                .filter(s -> !s.isEmpty()).collect(Collectors.toSet());
        Map<String, InputFile> files = new TreeMap<>();
        if (!"none".equals(props.get("base"))) {
            exports(base).forEach(p -> files.put(p.getFileName().toString(), file(p)));
        }
        drop.forEach(files::remove);
        exports(caseDir).forEach(p -> files.put(p.getFileName().toString(), file(p)));
        return new FixtureCase(product, ruleId, name, Outcome.of(name), List.copyOf(files.values()), props);
    }

    Target target() {
        return Target.of(DataRate.parse(properties.getOrDefault("target", "173MB/s")));
    }

    Measurements measurements() {
        Measurements.Builder b = Measurements.builder();
        String src = "fixture " + ruleId + "/" + name;
        if (properties.get("measured") != null) {
            b.parse("throughput.current", properties.get("measured"), src);
        }
        properties.forEach((k, v) -> {
            if (k.startsWith("measure.")) {
                b.parse(k.substring("measure.".length()), v, src);
            }
        });
        return b.build();
    }

    String expectedRecommended() {
        return properties.get("expect.recommended");
    }

    @Override
    public String toString() {
        return ruleId + "/" + name;
    }

    private static List<Path> exports(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("case.properties"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputFile file(Path p) {
        try {
            return new InputFile(p.getParent().getFileName() + "/" + p.getFileName(), Files.readAllBytes(p));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> read(Path p) {
        Map<String, String> out = new LinkedHashMap<>();
        if (!Files.isRegularFile(p)) {
            return out;
        }
        Properties props = new Properties();
        try (InputStream in = Files.newInputStream(p)) {
            props.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        props.stringPropertyNames().forEach(k -> out.put(k, props.getProperty(k).trim()));
        return out;
    }
}
