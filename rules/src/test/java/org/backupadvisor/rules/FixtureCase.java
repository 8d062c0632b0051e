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
 * the base's (an empty value removes a key).
 *
 * <p>Input keys:
 * <ul>
 *   <li>{@code target=173MB/s}: the throughput goal (default 173MB/s);</li>
 *   <li>{@code measured=290GB/hr}: the measured throughput ({@code throughput.current});</li>
 *   <li>{@code measure.<key>=<value>}: any measurement ({@code measure.tape.drives=2});</li>
 *   <li>{@code drop=<file>[,<file>...]}: base files to leave out (host files by their path: {@code besrv01/afd.reg}); {@code base=none}: no base files at all.</li>
 * </ul>
 *
 * <p>Expectation keys, checked by {@link RuleFixtureTest} against the rule's own findings. The case's
 * <em>status</em> is the one its outcome promises: FIRED for {@code fires}, NOT_FIRED for {@code quiet},
 * NOT_EVALUATED for {@code not-evaluated} (Checkov's passing/failing resources, PMD's expected problems):
 * <ul>
 *   <li>{@code expect.objects=<objectId>[,<objectId>...]}: exactly the objects with that status (in any order).
 *       Required in {@code fires} and {@code not-evaluated} cases;</li>
 *   <li>{@code expect.count=N}: the number of the rule's findings with that status;</li>
 *   <li>{@code expect.missing=<key>[,<key>...]}: not-evaluated only: the {@code missing.key} of every NOT_EVALUATED
 *       finding ({@code tape.drives}, {@code numberOfStreams}); each finding must name a missing input and the
 *       keys must be exactly these. A NOT_EVALUATED row that names no missing input (version gating, "0 = optimal")
 *       is stated with {@code expect.reason~} instead; an empty {@code expect.missing=} is refused. A not-evaluated
 *       case states one of the two;</li>
 *   <li>{@code expect.reason~=<text>}: every finding with that status has a reason containing the text;</li>
 *   <li>{@code expect.message~=<text>}: every finding with that status has a message containing the text;</li>
 *   <li>{@code expect.recommended=<value>}: fires only: a recommendation of the rule has this value;</li>
 *   <li>{@code expect.advice=<kind>}: fires only: the rule gave advice of this kind (a rule that advises rather than
 *       changes a setting). At least one fires case of each rule states one of the two.</li>
 * </ul>
 *
 * <p>{@code focus=true} runs only the focused cases (PMD's {@code focused="true"}) while you work on a rule; the meta
 * test fails while any case is left focused, so a focused case never reaches the build.
 */
record FixtureCase(String product, String ruleId, String name, Outcome outcome, List<InputFile> files,
                   Map<String, String> properties, Set<String> emptied) {

    /** Every key a case.properties may hold; {@code measure.} is a prefix. */
    static final Set<String> KEYS = Set.of("target", "measured", "drop", "base", "focus", "expect.recommended",
            "expect.advice",
            "expect.objects", "expect.count", "expect.missing", "expect.reason~", "expect.message~");
    static final String MEASURE_PREFIX = "measure.";

    static final Path ROOT = Path.of("src/test/resources/fixtures");

    enum Outcome {
        FIRES("fires", "FIRED"), QUIET("quiet", "NOT_FIRED"), NOT_EVALUATED("not-evaluated", "NOT_EVALUATED");

        final String prefix;
        /** The finding status this outcome promises (what the expect.* keys are about). */
        final String status;

        Outcome(String prefix, String status) {
            this.prefix = prefix;
            this.status = status;
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
        Set<String> emptied = new java.util.TreeSet<>();
        read(caseDir.resolve("case.properties")).forEach((k, v) -> {
            if (v.isBlank()) {
                props.remove(k);
                emptied.add(k);
            } else {
                props.put(k, v);
            }
        });
        Set<String> drop = Arrays.stream(props.getOrDefault("drop", "").split(",")).map(String::trim)
                .filter(s -> !s.isEmpty()).collect(Collectors.toSet());
        Map<String, InputFile> files = new TreeMap<>();
        if (!"none".equals(props.get("base"))) {
            exports(base).forEach(p -> files.put(relative(base, p), file(base, p)));
        }
        drop.forEach(files::remove);
        exports(caseDir).forEach(p -> files.put(relative(caseDir, p), file(caseDir, p)));
        return new FixtureCase(product, ruleId, name, Outcome.of(name), List.copyOf(files.values()), props,
                Set.copyOf(emptied));
    }

    /** The product folders under {@link #ROOT} ({@code _}-prefixed folders are shared inputs, not products). */
    static List<String> products() {
        try (Stream<Path> dirs = Files.list(ROOT)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(n -> !n.startsWith("_")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every case of every product. */
    static List<FixtureCase> everyCase() {
        List<FixtureCase> out = new ArrayList<>();
        products().forEach(p -> FixtureCase.all(p).values().forEach(out::addAll));
        return out;
    }

    /** The focused cases when any of {@code cases} is focused, else all of them. */
    static List<FixtureCase> focusedOrAll(List<FixtureCase> cases) {
        List<FixtureCase> focused = cases.stream().filter(FixtureCase::focused).toList();
        return focused.isEmpty() ? cases : focused;
    }

    /** Whether any case of any product is focused (then only those run). */
    static boolean anyFocused() {
        return everyCase().stream().anyMatch(FixtureCase::focused);
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

    /** {@code expect.advice=<kind>}: fires only: the rule gave advice of this kind (topology, practice, upgrade...). */
    String expectedAdvice() {
        return properties.get("expect.advice");
    }

    boolean focused() {
        return Boolean.parseBoolean(properties.get("focus"));
    }

    /** {@code expect.objects}, or null when the case does not state it. */
    List<String> expectedObjects() {
        return list("expect.objects");
    }

    /** {@code expect.count}, or null. */
    Integer expectedCount() {
        String v = properties.get("expect.count");
        return v == null ? null : Integer.valueOf(v);
    }

    /** {@code expect.missing}, or null. */
    List<String> expectedMissing() {
        return list("expect.missing");
    }

    String expectedReasonContains() {
        return properties.get("expect.reason~");
    }

    String expectedMessageContains() {
        return properties.get("expect.message~");
    }

    /** Keys this case sets that no one reads: a typo would otherwise pass silently. */
    List<String> unknownKeys() {
        return properties.keySet().stream().filter(k -> !KEYS.contains(k) && !k.startsWith(MEASURE_PREFIX)).toList();
    }

    private List<String> list(String key) {
        String v = properties.get(key);
        return v == null ? null : Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    @Override
    public String toString() {
        return ruleId + "/" + name;
    }

    /**
     * The export files of a case or base folder, host folders included ({@code besrv01/tcpip.reg}: platform exports
     * sit in a folder named after their host, as in a bundle).
     */
    private static List<Path> exports(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir, 2)) {
            return s.filter(Files::isRegularFile).filter(p -> !p.equals(dir.resolve("case.properties")))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "besrv01/tcpip.reg" or "sp.json": what a case's file replaces in the base, and what drop= names. */
    private static String relative(Path dir, Path p) {
        return dir.relativize(p).toString().replace('\\', '/');
    }

    /** Named "<case>/<relative path>", as a bundle's files are: the folder above a file is its host. */
    private static InputFile file(Path dir, Path p) {
        try {
            return new InputFile(dir.getFileName() + "/" + relative(dir, p), Files.readAllBytes(p));
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
