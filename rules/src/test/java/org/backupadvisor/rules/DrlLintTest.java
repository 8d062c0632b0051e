package org.backupadvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.backupadvisor.core.facts.RuleMeta;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * A lint over every DRL file under {@code src/main/resources/rules} (PMD's rule-set meta-tests, for DRL). It fails the
 * build on:
 * <ul>
 *   <li>an unused import: an imported simple name, or a wildcard package none of whose classes the file names;</li>
 *   <li>front-end wording in a string literal ({@code pass --}, {@code --measure}, {@code --measured},
 *       {@code --target}, any {@code --flag}): rules say which input is missing as data ({@code Missing}), each front
 *       end words its own hint;</li>
 *   <li>{@code eval(} outside {@link #EVAL_ALLOWED} (each entry says why a constraint cannot express it);</li>
 *   <li>the media literals {@code "tape"} and {@code "disk"} outside {@link #MEDIA_LITERALS_ALLOWED}: rules call the
 *       shared {@code isTape()/isDisk()/countsAsTape()/mediaKnown()} functions;</li>
 *   <li>metadata ({@code @title}, {@code @severity}, ...) on a companion rule: a rule file holds one rule named after
 *       its id that carries the metadata; any other rule in it carries only {@code @id} (the engine stamps outputs by
 *       the inserting rule's {@code @id});</li>
 *   <li>an {@code if (...)} condition that names a {@code $variable} other than the binding of the closest preceding
 *       pattern. The executable model evaluates the condition against that pattern alone
 *       ({@code ConditionalBranchDescr.getReferringPatternDescr}); a field binding ({@code $n : numberOfStreams}) is
 *       silently bound to the pattern object instead, so {@code if ($n == null)} is never true (Drools 10.2.0,
 *       apache/incubator-kie#6459). Write {@code if (numberOfStreams == null)} right after the pattern, or
 *       {@code if ($sp.numberOfStreams == null)} with {@code $sp} that pattern; combine facts first with
 *       {@code $x : Boolean() from f(...)} or an {@code accumulate}.</li>
 * </ul>
 * Files whose name starts with {@code _} hold shared DRL functions and no rules.
 */
class DrlLintTest {

    /** DRL file (relative to the rules folder) → why it needs {@code eval}. */
    static final Map<String, String> EVAL_ALLOWED = Map.of();

    /** DRL file → why it may spell the media words. */
    static final Map<String, String> MEDIA_LITERALS_ALLOWED = Map.of(
            "commvault/_functions.drl",
            "the one place that spells the strings Route/StoragePolicyCopy/ServerPlan.getMedia() return (the plugin "
                    + "has no constants or enum for them); rules call isTape()/isDisk()/countsAsTape()/mediaKnown()");

    private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*import\\s+(static\\s+)?([\\w.]+?)(\\.\\*)?\\s*;");
    private static final Pattern EVAL = Pattern.compile("\\beval\\s*\\(");
    private static final Pattern FRONT_END = Pattern.compile("pass --|(^|[\\s(\\[`'])--[a-z][a-z-]*");
    private static final Pattern MEDIA = Pattern.compile("(?i)^(tape|disk)$");
    private static final Pattern RULE = Pattern.compile("(?ms)^\\s*rule\\s+\"([^\"]+)\"(.*?)^\\s*end\\s*$");
    private static final Pattern ANNOTATION = Pattern.compile("@(\\w+)\\s*\\(");
    private static final Pattern ID = Pattern.compile("@id\\s*\\(\\s*\"([^\"]*)\"\\s*\\)");
    private static final Pattern PATTERN_LINE = Pattern.compile("^(?:(\\$\\w+)\\s*:\\s*)?[A-Z][\\w.]*\\s*\\(");
    private static final Pattern IF = Pattern.compile("^(?:else\\s+)?if\\s*\\(");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\w+");
    private static final Pattern IDENTIFIER = Pattern.compile("\\b[A-Z]\\w*\\b");

    @TestFactory
    Stream<DynamicTest> everyDrlFilePassesTheLint() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(RuleCatalogMetaTest.DRL_ROOT)) {
            files = s.filter(p -> p.toString().endsWith(".drl")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        List<DynamicTest> tests = new ArrayList<>();
        for (Path f : files) {
            String name = RuleCatalogMetaTest.DRL_ROOT.relativize(f).toString().replace('\\', '/');
            Drl drl = Drl.read(f);
            tests.add(DynamicTest.dynamicTest(name + " imports", () -> imports(name, drl)));
            tests.add(DynamicTest.dynamicTest(name + " strings", () -> strings(name, drl)));
            tests.add(DynamicTest.dynamicTest(name + " eval", () -> eval(name, drl)));
            tests.add(DynamicTest.dynamicTest(name + " rules", () -> rules(name, f, drl)));
            tests.add(DynamicTest.dynamicTest(name + " if conditions", () -> conditions(name, drl)));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> theAllowListsNameFilesThatExist() {
        Map<String, String> all = new LinkedHashMap<>(EVAL_ALLOWED);
        all.putAll(MEDIA_LITERALS_ALLOWED);
        return all.keySet().stream().map(name -> DynamicTest.dynamicTest(name, () ->
                assertThat(RuleCatalogMetaTest.DRL_ROOT.resolve(name)).as("allow-list entry").exists()));
    }

    private static void imports(String name, Drl drl) {
        String body = IMPORT.matcher(drl.code).replaceAll("");
        Set<String> used = new TreeSet<>();
        Matcher ids = IDENTIFIER.matcher(body);
        while (ids.find()) {
            used.add(ids.group());
        }
        Matcher m = IMPORT.matcher(drl.code);
        List<String> unused = new ArrayList<>();
        while (m.find()) {
            String target = m.group(2);
            if (m.group(3) != null) {
                boolean any = used.stream().anyMatch(simple -> exists(target + "." + simple));
                if (!any) {
                    unused.add(target + ".*");
                }
            } else {
                String simple = target.substring(target.lastIndexOf('.') + 1);
                if (!Pattern.compile("\\b" + Pattern.quote(simple) + "\\b").matcher(body).find()) {
                    unused.add(target);
                }
            }
        }
        assertThat(unused).as(name + ": unused imports").isEmpty();
    }

    private static boolean exists(String className) {
        try {
            Class.forName(className, false, DrlLintTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static void strings(String name, Drl drl) {
        List<String> problems = new ArrayList<>();
        for (Literal s : drl.strings) {
            if (FRONT_END.matcher(s.text).find()) {
                problems.add(name + ":" + s.line + ": \"" + s.text + "\" speaks a front end's language (a CLI "
                        + "flag); name the missing input with Missing.measurement/field/export and let each front end "
                        + "word the hint");
            }
            if (!MEDIA_LITERALS_ALLOWED.containsKey(name) && MEDIA.matcher(s.text).matches()) {
                problems.add(name + ":" + s.line + ": media literal \"" + s.text + "\"; use isTape()/isDisk()/"
                        + "countsAsTape()/mediaKnown() from " + MEDIA_LITERALS_ALLOWED.keySet());
            }
        }
        assertThat(problems).as(name + ": string literals").isEmpty();
    }

    private static void eval(String name, Drl drl) {
        if (!EVAL_ALLOWED.containsKey(name)) {
            assertThat(EVAL.matcher(drl.code).find()).as(name + ": eval( hides the condition from the engine "
                    + "(no indexing, no property reactivity) and from readers; write it as a constraint, or add the "
                    + "file to DrlLintTest.EVAL_ALLOWED with the reason").isFalse();
        }
    }

    /** One rule per file named after its id and carrying the metadata; companions carry only {@code @id}. */
    private static void rules(String name, Path file, Drl drl) {
        String fileName = file.getFileName().toString();
        List<RuleText> rules = drl.rules();
        if (fileName.startsWith("_")) {
            assertThat(rules).as(name + ": files starting with _ hold shared functions, not rules").isEmpty();
            return;
        }
        String id = fileName.substring(0, fileName.length() - ".drl".length());
        assertThat(rules).as(name + ": rules").isNotEmpty();
        assertThat(rules.stream().map(RuleText::name)).as(name + ": the rule named after the file").contains(id);
        for (RuleText r : rules) {
            Matcher m = ID.matcher(r.header());
            assertThat(m.find() ? m.group(1) : null).as(name + ": rule \"" + r.name() + "\" @id").isEqualTo(id);
            if (!r.name().equals(id)) {
                List<String> metadata = new ArrayList<>();
                Matcher a = ANNOTATION.matcher(r.header());
                while (a.find()) {
                    if (!a.group(1).equals("id") && Arrays.asList(RuleMeta.REQUIRED).contains(a.group(1))) {
                        metadata.add("@" + a.group(1));
                    }
                }
                assertThat(metadata).as(name + ": companion rule \"" + r.name() + "\" repeats metadata; only \"" + id
                        + "\" carries it (and better: fold the companion into it as a named consequence)").isEmpty();
            }
        }
    }

    /** Every {@code if} names no {@code $variable} but the binding of the pattern it refers to. */
    private static void conditions(String name, Drl drl) {
        for (RuleText r : drl.rules()) {
            Set<String> allowed = null;
            int lineNo = 0;
            for (String raw : r.lhs().split("\n")) {
                lineNo++;
                String line = raw.trim();
                Matcher p = PATTERN_LINE.matcher(line);
                if (line.startsWith("accumulate")) {
                    allowed = new TreeSet<>();
                    int semi = line.indexOf(';');
                    Matcher v = Pattern.compile("(\\$\\w+)\\s*:").matcher(semi < 0 ? "" : line.substring(semi));
                    while (v.find()) {
                        allowed.add(v.group(1));
                    }
                } else if (p.find()) {
                    allowed = p.group(1) == null ? Set.of() : Set.of(p.group(1));
                } else if (IF.matcher(line).find()) {
                    String condition = condition(line);
                    assertThat(allowed).as(name + ": rule \"" + r.name() + "\": `" + line + "` has no pattern "
                            + "before it").isNotNull();
                    Matcher v = VARIABLE.matcher(condition);
                    while (v.find()) {
                        assertThat(allowed).as(name + ": rule \"" + r.name() + "\", `" + line + "`: the "
                                + "executable model evaluates an if condition against the closest preceding pattern "
                                + "only, so " + v.group() + " is not what it seems (a field binding is silently bound "
                                + "to the pattern object). Use that pattern's fields, or combine facts first with "
                                + "`$x : Boolean() from f(...)`").contains(v.group());
                    }
                }
            }
        }
    }

    /** The condition of {@code if (...)} on one line, parentheses balanced. */
    private static String condition(String line) {
        int start = line.indexOf('(');
        int depth = 0;
        for (int i = start; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '(') {
                depth++;
            } else if (ch == ')' && --depth == 0) {
                return line.substring(start + 1, i);
            }
        }
        throw new AssertionError("unbalanced if condition: " + line);
    }

    record Literal(String text, int line) {
    }

    record RuleText(String name, String header, String lhs) {
    }

    /**
     * A DRL file split into code and string literals: {@code code} has comments removed and every string literal
     * emptied to {@code ""}; {@code withStrings} has comments removed and strings kept.
     */
    record Drl(String code, String withStrings, List<Literal> strings) {
        static Drl read(Path f) {
            String text;
            try {
                text = Files.readString(f);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            StringBuilder code = new StringBuilder();
            StringBuilder withStrings = new StringBuilder();
            List<Literal> strings = new ArrayList<>();
            int line = 1;
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
                    while (i < text.length() && text.charAt(i) != '\n') {
                        i++;
                    }
                } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                    int end = text.indexOf("*/", i + 2);
                    end = end < 0 ? text.length() : end + 2;
                    for (int k = i; k < end; k++) {
                        if (text.charAt(k) == '\n') {
                            code.append('\n');
                            withStrings.append('\n');
                            line++;
                        }
                    }
                    i = end;
                } else if (c == '"') {
                    StringBuilder s = new StringBuilder();
                    int j = i + 1;
                    while (j < text.length() && text.charAt(j) != '"') {
                        if (text.charAt(j) == '\\' && j + 1 < text.length()) {
                            s.append(text.charAt(j + 1));
                            j += 2;
                        } else {
                            s.append(text.charAt(j++));
                        }
                    }
                    strings.add(new Literal(s.toString(), line));
                    code.append("\"\"");
                    withStrings.append(text, i, Math.min(j + 1, text.length()));
                    i = j + 1;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    code.append(c);
                    withStrings.append(c);
                    i++;
                }
            }
            return new Drl(code.toString(), withStrings.toString(), strings);
        }

        List<RuleText> rules() {
            List<RuleText> out = new ArrayList<>();
            Matcher m = RULE.matcher(withStrings);
            while (m.find()) {
                String body = m.group(2);
                int when = indexOfWord(body, "when");
                int then = indexOfWord(body, "then");
                String header = when < 0 ? body : body.substring(0, when);
                String lhs = when < 0 || then < 0 ? "" : body.substring(when + "when".length(), then);
                out.add(new RuleText(m.group(1), header, lhs));
            }
            return out;
        }

        private static int indexOfWord(String text, String word) {
            Matcher m = Pattern.compile("(?m)^\\s*" + word + "\\b").matcher(text);
            return m.find() ? m.start() : -1;
        }
    }
}
