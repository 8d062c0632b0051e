package org.backupadvisor.core.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.backupadvisor.core.facts.Advice;
import org.backupadvisor.core.facts.ConfigObject;
import org.backupadvisor.core.facts.Finding;
import org.backupadvisor.core.facts.FindingStatus;
import org.backupadvisor.core.facts.Independent;
import org.backupadvisor.core.facts.Recommendation;
import org.backupadvisor.core.facts.RuleMeta;
import org.backupadvisor.core.facts.RuleOutput;
import org.backupadvisor.core.facts.RuleStamped;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;

/**
 * Runs the DRL rules over the facts. Every KIE base on the class path takes part (each product's kjar brings its
 * own), in agenda groups detect → diagnose → recommend → resolve. Rules insert {@link Recommendation}s and
 * {@link Finding}s; the engine stamps each with the inserting rule's metadata, keeps one recommendation per
 * setting per object (DESIGN.md §3.3: the one that {@linkplain Recommendation#outranks outranks} the others), and
 * completes the tri-state: every object of a rule's {@code @target} type that got no finding from it is NOT_FIRED.
 */
public final class RuleEngine {
    public static final List<String> AGENDA_GROUPS = List.of("detect", "diagnose", "recommend", "resolve");
    private static final int MAX_FIRINGS = 1_000_000;

    static {
        // Drools 10.2's eager segment builder fails, depending on rule insertion order, on some shared-node layouts
        // (a NullPointerException at CV-POLICY-RANDOMIZE's 'or' of subnetworks, "PathEndNode.getSegmentPrototypes()
        // is null" with the Avamar rules); the lazy builder, Drools' long-standing default, builds the same network.
        // Read when Drools first builds a network; a value the user sets wins.
        if (System.getProperty("drools.useEagerSegmentCreation") == null) {
            System.setProperty("drools.useEagerSegmentCreation", "false");
        }
    }

    /** The rules of KIE bases built elsewhere (tests compile small DRL sets, or the KIE container); null with {@link #packages}. */
    private final Network fixed;
    /**
     * The rules kjar's executable-model packages, one per product (rules.commvault, rules.platform, ...), each
     * instantiated when a network first needs it: building one package's rules is ~2 ms a rule once warm, and the
     * README analysis needs one package of seven.
     */
    private final List<ModelPackage> packages;
    /**
     * A network per set of products present, built on first use: a package whose rules all belong to a product with
     * no object in the facts cannot fire (RuleScopeMetaTest: every such rule matches an object of its product), and
     * building the others' network is most of a small analysis's start-up.
     */
    private final Map<Set<String>, Network> scoped;
    /**
     * {@link Independent} facts per session: above this many, the rules fire over them in parts, each part with all
     * the other facts, in parallel. One session's network holds every fact it was given (at 100,000 subclients most
     * of a 512 MB heap, copied by every collection); a part of 1,000 lives and dies between two young collections
     * (50,000 subclients at -Xmx512m: collector CPU 2.4 s with parts of 10,000, 1.1 s with 1,000). A part is never
     * smaller than the shared facts, so re-inserting them into every part at most doubles the work.
     */
    static final int DEFAULT_PART_SIZE = 1_000;
    /** Independent facts per part; 0 = {@link #DEFAULT_PART_SIZE} or the number of shared facts, the larger. */
    private final int partSize;
    /** Every rule of every package by id, merged on first use (listings and meta-tests; an analysis needs its network's). */
    private volatile Map<String, RuleMeta> catalog;

    /**
     * The KIE bases one analysis fires, the rules they hold by id, and each rule id's place in id order (sorts compare
     * integers; a subset of the rules keeps the order the whole catalogue gives).
     */
    private record Network(List<KieBase> bases, Map<String, RuleMeta> catalog, Map<String, Integer> ruleOrder) {
        static Network of(List<KieBase> bases, Map<String, RuleMeta> catalog) {
            Map<String, Integer> order = new java.util.HashMap<>();
            for (String id : catalog.keySet()) {
                order.put(id, order.size());
            }
            return new Network(bases, catalog, order);
        }
    }

    /** An engine over KIE bases built elsewhere (tests compile small DRL sets). */
    public static RuleEngine of(List<KieBase> kieBases) {
        return new RuleEngine(Network.of(List.copyOf(kieBases), buildCatalog(kieBases)), null, 0);
    }

    private RuleEngine(Network fixed, List<ModelPackage> packages, int partSize) {
        this.fixed = fixed;
        this.packages = packages;
        this.scoped = new java.util.concurrent.ConcurrentHashMap<>();
        this.partSize = partSize;
        this.catalog = fixed == null ? null : fixed.catalog();
    }

    private RuleEngine(RuleEngine from, int partSize) {
        this.fixed = from.fixed;
        this.packages = from.packages;
        this.scoped = from.scoped;
        this.partSize = partSize;
        this.catalog = from.catalog;
    }

    /**
     * The same rules, firing over {@link Independent} facts in parts of at most {@code size} (tests compare every
     * fixture at size 1 with one session).
     */
    public RuleEngine withPartSize(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("part size must be at least 1: " + size);
        }
        return new RuleEngine(this, size);
    }

    /**
     * Where kie-maven-plugin lists the executable-model classes of the rules kjar (one per DRL package: rules.commvault,
     * rules.platform, ...). Every product's rules live in that one kjar (rules/), so this is the only list to read.
     */
    static final String RULES_MODEL_LIST = "META-INF/kie/org.backupadvisor/advisor-rules/drools-model";

    /**
     * Loads the precompiled (executable-model) rules found on {@code cl}: straight from the generated model classes
     * when the rules kjar lists them, which skips the KIE classpath container (kmodule.xml parsing, XStream, the
     * DRL compiler's classes: about a third of the classes the CLI loaded at start-up); the container otherwise.
     */
    public static RuleEngine fromClasspath(ClassLoader cl) {
        List<ModelPackage> packages = modelPackages(cl);
        if (!packages.isEmpty()) {
            // Nothing is built yet: a warm-up thread builds ahead what it expects (prepare), the analysis the rest.
            return new RuleEngine(null, packages, 0);
        }
        KieContainer container = KieServices.Factory.get().newKieClasspathContainer(cl);
        List<KieBase> bases = new ArrayList<>();
        for (String name : new java.util.TreeSet<>(container.getKieBaseNames())) {
            bases.add(container.getKieBase(name));
        }
        return of(bases);
    }

    /**
     * The package of rules for every product: rules.{@value #SHARED_PACKAGE}. Every other package rules.PRODUCT holds
     * the rules of that one product (checked when it is instantiated), so which packages an analysis needs is known
     * from their names, before any is built.
     */
    static final String SHARED_PACKAGE = "common";

    /** The model classes the rules kjar lists (first line "Drools-Model-Version:..."), not yet instantiated; none without it. */
    private static List<ModelPackage> modelPackages(ClassLoader cl) {
        java.io.InputStream in = cl.getResourceAsStream(RULES_MODEL_LIST);
        if (in == null) {
            return List.of();
        }
        List<ModelPackage> out = new ArrayList<>();
        try (in) {
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\\R")) {
                String name = line.trim();
                if (name.isEmpty() || name.startsWith("Drools-Model-Version")) {
                    continue;
                }
                String pkg = name.substring(0, Math.max(0, name.lastIndexOf('.')));
                String product = pkg.substring(pkg.lastIndexOf('.') + 1);
                out.add(new ModelPackage(name, pkg, product.equals(SHARED_PACKAGE) ? null : product, cl));
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read the rules' executable-model list " + RULES_MODEL_LIST + ": " + e, e);
        }
        return out;
    }

    /** One executable-model package of the rules kjar, with the product it serves (null: every product). */
    private static final class ModelPackage {
        private final String className;
        private final String name;
        private final String product;
        private final ClassLoader loader;
        private org.drools.model.Model model;
        private Map<String, RuleMeta> rules;

        ModelPackage(String className, String name, String product, ClassLoader loader) {
            this.className = className;
            this.name = name;
            this.product = product;
            this.loader = loader;
        }

        synchronized org.drools.model.Model model() {
            if (model == null) {
                org.drools.model.Model m;
                try {
                    m = (org.drools.model.Model) Class.forName(className, true, loader).getDeclaredConstructor().newInstance();
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot load the rules' executable model " + className + " listed in "
                            + RULES_MODEL_LIST + ": " + e, e);
                }
                Map<String, RuleMeta> own = new TreeMap<>();
                for (org.drools.model.Rule r : m.getRules()) {
                    addToCatalog(own, r.getMetaData(), r.getName(), r.getPackage());
                }
                String actual = productOf(m.getRules().stream().map(r -> r.getMetaData().get("id")).toList(), own);
                if (product != null && !product.equals(actual)) {
                    throw new IllegalStateException("rule package " + name + " holds rules of " + (actual == null
                            ? "several products, or rules whose @id no rule of the package defines" : "product " + actual)
                            + ": the rules of product " + product + " go in " + name + ", rules for several products in "
                            + "rules." + SHARED_PACKAGE);
                }
                rules = java.util.Collections.unmodifiableMap(own);
                model = m;
            }
            return model;
        }

        Map<String, RuleMeta> rules() {
            model();
            return rules;
        }
    }

    /** Every rule by id, from the DRL metadata (the rule that carries {@code @title} defines it). */
    public Map<String, RuleMeta> catalog() {
        Map<String, RuleMeta> c = catalog;
        if (c == null) {
            c = merged(packages);
            catalog = c;
        }
        return c;
    }

    /** The rules of these packages by id; an id that two packages define is an error. */
    private static Map<String, RuleMeta> merged(List<ModelPackage> from) {
        Map<String, RuleMeta> out = new TreeMap<>();
        for (ModelPackage p : from) {
            p.rules().forEach((id, meta) -> {
                if (out.putIfAbsent(id, meta) != null) {
                    throw new IllegalStateException("rule id " + id + " is defined twice (again in " + p.name + ")");
                }
            });
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    private static Map<String, RuleMeta> buildCatalog(List<KieBase> bases) {
        Map<String, RuleMeta> out = new TreeMap<>();
        for (KieBase kb : bases) {
            for (KiePackage p : kb.getKiePackages()) {
                for (Rule r : p.getRules()) {
                    addToCatalog(out, r.getMetaData(), r.getName(), p.getName());
                }
            }
        }
        return out;
    }

    private static void addToCatalog(Map<String, RuleMeta> catalog, Map<String, Object> md, String rule, String pkg) {
        if (md.get("id") != null && md.get("title") != null) {
            RuleMeta meta = RuleMeta.from(md);
            RuleMeta previous = catalog.putIfAbsent(meta.id(), meta);
            if (previous != null) {
                throw new IllegalStateException("rule id " + meta.id() + " is defined twice (rule '" + rule + "' in "
                        + pkg + ")");
            }
        }
    }

    /**
     * The one product a package's rules belong to (a rule's {@code @id} names the rule that carries its
     * {@code @product}), or null when they belong to several or to none.
     */
    public static String productOf(List<Object> ruleIds, Map<String, RuleMeta> catalog) {
        Set<String> products = new java.util.HashSet<>();
        for (Object id : ruleIds) {
            RuleMeta meta = id == null ? null : catalog.get(id.toString());
            products.add(meta == null ? null : meta.product());
        }
        return products.size() == 1 ? products.iterator().next() : null;
    }

    /** Every rule in one KIE base (meta-tests and docs read the whole network). */
    public List<KieBase> kieBases() {
        return networkFor(null).bases();
    }

    /**
     * Builds, if not built yet, the network an analysis of these products' exports will fire (the caller knows them
     * once the files are detected, before they are parsed): a second thread can build it while the exports are read.
     * With no products, the network every analysis gets: the first network built pays the KIE services' first-use
     * cost (configuration read, classes initialised), which a warm-up thread takes off the analysis this way.
     */
    public void prepare(Set<String> products) {
        networkFor(products);
    }

    /**
     * {@link #prepare} on another thread, unless that network is built already (every analysis after the first in a
     * long-running server). A failure there is left for the analysis, which builds the network again and reports it.
     */
    public void prepareInBackground(Set<String> products) {
        if (fixed == null && !scoped.containsKey(wanted(products))) {
            java.util.concurrent.CompletableFuture.runAsync(() -> prepare(products));
        }
    }

    /** The products whose packages a network for these products holds ({@code null}: every package's). */
    private Set<String> wanted(Set<String> present) {
        Set<String> wanted = new java.util.TreeSet<>();
        for (ModelPackage p : packages) {
            if (p.product != null && (present == null || present.contains(p.product))) {
                wanted.add(p.product);
            }
        }
        return Set.copyOf(wanted);
    }

    /**
     * The network for the facts' products ({@code null}: every package): the packages of the products present and
     * those that serve every product.
     */
    private Network networkFor(Set<String> present) {
        if (fixed != null) {
            return fixed;
        }
        return scoped.computeIfAbsent(wanted(present), products -> {
            List<ModelPackage> used = packages.stream()
                    .filter(p -> p.product == null || products.contains(p.product)).toList();
            Map<String, RuleMeta> rules = merged(used);
            return Network.of(List.of(org.drools.modelcompiler.KieBaseBuilder.createKieBaseFromModel(
                            used.stream().map(ModelPackage::model).toList(),
                            // The options kmodule.xml declares for the "advisor" base.
                            org.kie.api.conf.EqualityBehaviorOption.EQUALITY,
                            org.kie.api.conf.EventProcessingOption.CLOUD)), rules);
        });
    }

    /**
     * The products the facts bring: each configuration object's product, and the product package
     * (org.backupadvisor.PRODUCT...) of every fact's class.
     */
    private static Set<String> productsOf(Collection<?> facts, Targets targets) {
        Set<String> out = new java.util.HashSet<>(targets.products());
        Set<Class<?>> seen = new java.util.HashSet<>();
        for (Object f : facts) {
            if (seen.add(f.getClass())) {
                String pkg = f.getClass().getPackageName();
                if (pkg.startsWith("org.backupadvisor.")) {
                    int end = pkg.indexOf('.', "org.backupadvisor.".length());
                    out.add(pkg.substring("org.backupadvisor.".length(), end < 0 ? pkg.length() : end));
                }
            }
        }
        return out;
    }

    /** The DRL rule names per rule id, for meta-tests and docs. */
    public Map<String, List<String>> ruleNamesById() {
        Map<String, List<String>> out = new TreeMap<>();
        for (KieBase kb : kieBases()) {
            for (KiePackage p : kb.getKiePackages()) {
                for (Rule r : p.getRules()) {
                    Object id = r.getMetaData().get("id");
                    out.computeIfAbsent(id == null ? "" : id.toString(), k -> new ArrayList<>())
                            .add(p.getName() + "." + r.getName());
                }
            }
        }
        return out;
    }

    public Result run(Collection<?> facts) {
        return run(facts, Map.of());
    }

    /**
     * Runs the rules; {@code productVersions} (product id → version from the exports) gates each rule by its
     * {@code @versions} before inference: an agenda filter keeps a rule made for other releases from firing at all
     * (so nothing it would insert can trigger another rule or outrank another recommendation), and it says NOT_EVALUATED on
     * its target objects instead.
     */
    public Result run(Collection<?> facts, Map<String, String> productVersions) {
        return run(facts, productVersions, Map.of());
    }

    /** As above, with each product's version scheme ({@code product id → scheme}; absent = the default scheme). */
    public Result run(Collection<?> facts, Map<String, String> productVersions, Map<String, VersionScheme> schemes) {
        return run(facts, productVersions, schemes, true);
    }

    /**
     * As above; with {@code listNotFired} false, NOT_FIRED outcomes are only counted per rule ({@link Result#notFired})
     * instead of made into findings: a 50,000-subclient CommCell has a quarter of a million of them.
     */
    public Result run(Collection<?> facts, Map<String, String> productVersions, Map<String, VersionScheme> schemes,
                      boolean listNotFired) {
        Targets targets = Targets.of(facts);
        Network net = networkFor(productsOf(facts, targets));
        Map<String, String> outOfRange = new TreeMap<>();
        for (RuleMeta meta : net.catalog().values()) {
            String v = productVersions.get(meta.product());
            VersionScheme scheme = schemes.getOrDefault(meta.product(), VersionScheme.DOTTED);
            if (v != null && !scheme.parseRange(meta.versions()).map(r -> r.includes(v)).orElse(true)) {
                outOfRange.put(meta.id(), "rule covers " + meta.product() + " " + meta.versions()
                        + "; the exports report version " + v);
            }
        }
        AgendaFilter inRange = match -> {
            Object id = match.getRule().getMetaData().get("id");
            return id == null || !outOfRange.containsKey(id.toString());
        };
        Result fired = fire(facts, net, targets, inRange, listNotFired);
        if (outOfRange.isEmpty()) {
            return fired;
        }
        List<Finding> findings = new ArrayList<>(fired.findings().stream()
                .filter(f -> !outOfRange.containsKey(f.getRuleId())).toList());
        outOfRange.forEach((id, reason) -> {
            RuleMeta meta = net.catalog().get(id);
            targets.of(meta).forEach(co -> findings.add(Finding.notEvaluated(meta, co, reason)));
        });
        sortFindings(findings, targets, net);
        Map<String, Integer> notFired = new TreeMap<>(fired.notFired());
        notFired.keySet().removeAll(outOfRange.keySet());
        return new Result(fired.recommendations(), findings, fired.advice(), notFired);
    }

    /** What the sessions of one part left: every recommendation made, and what stood at the end. */
    private record PartOutput(List<Recommendation> inserted, List<Recommendation> standing, List<Finding> findings,
                              List<Advice> advice) {
    }

    private static final ClassValue<Boolean> INDEPENDENT = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return type.isAnnotationPresent(Independent.class);
        }
    };

    private Result fire(Collection<?> facts, Network net, Targets targets, AgendaFilter filter, boolean listNotFired) {
        // Independent facts (Commvault subclients) go to parts; every other fact goes to every part.
        List<Object> independent = new ArrayList<>();
        List<Object> shared = new ArrayList<>();
        for (Object f : facts) {
            (f != null && INDEPENDENT.get(f.getClass()) ? independent : shared).add(f);
        }
        int size = partSize > 0 ? partSize : Math.max(DEFAULT_PART_SIZE, shared.size());
        List<PartOutput> outputs;
        if (independent.size() <= size) {
            outputs = List.of(firePart(net, facts, filter));
        } else {
            Set<Object> independents = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            independents.addAll(independent);
            int parts = (independent.size() + size - 1) / size;
            outputs = java.util.stream.IntStream.range(0, parts).parallel().mapToObj(k -> {
                // The part's independent facts in read order, then the shared facts.
                List<Object> mine = new ArrayList<>(independent.subList(k * size,
                        Math.min(independent.size(), (k + 1) * size)));
                mine.addAll(shared);
                PartOutput out = firePart(net, mine, filter);
                // Every part has the shared facts, so each says the same about them: the first part's word is kept.
                return k == 0 ? out : new PartOutput(own(out.inserted(), independents),
                        own(out.standing(), independents), own(out.findings(), independents),
                        own(out.advice(), independents));
            }).toList();
        }
        List<Recommendation> inserted = new ArrayList<>();
        List<Recommendation> standing = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        List<Advice> advice = new ArrayList<>();
        for (PartOutput o : outputs) {
            inserted.addAll(o.inserted());
            standing.addAll(o.standing());
            findings.addAll(o.findings());
            advice.addAll(o.advice());
        }
        return complete(net, targets, inserted, oneStandsPerKnob(standing), findings, advice, listNotFired);
    }

    /**
     * The outputs about the part's own independent facts: what it says about the shared ones, every part says
     * ({@link Independent}: a rule's output about an independent fact is about that fact).
     */
    private static <T extends RuleStamped> List<T> own(List<T> outputs, Set<Object> independents) {
        List<T> out = new ArrayList<>(outputs.size());
        for (T o : outputs) {
            if (o.getObject() != null && independents.contains(o.getObject())) {
                out.add(o);
            }
        }
        return out;
    }

    private PartOutput firePart(Network net, Collection<?> facts, AgendaFilter filter) {
        List<Recommendation> inserted = new ArrayList<>();
        List<Recommendation> standing = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        List<Advice> advice = new ArrayList<>();
        for (KieBase kb : net.bases()) {
            KieSession session = kb.newKieSession();
            try {
                session.addEventListener(new DefaultRuleRuntimeEventListener() {
                    @Override
                    public void objectInserted(ObjectInsertedEvent e) {
                        if (e.getObject() instanceof RuleOutput out && e.getRule() != null) {
                            Object id = e.getRule().getMetaData().get("id");
                            RuleMeta meta = id == null ? null : net.catalog().get(id.toString());
                            if (meta == null) {
                                throw new IllegalStateException("rule '" + e.getRule().getName()
                                        + "' inserts a finding but has no @id matching a rule with @title");
                            }
                            out.stamp(meta);
                            if (out instanceof Recommendation r) {
                                inserted.add(r);
                            }
                        }
                    }
                });
                facts.forEach(session::insert);
                for (int i = AGENDA_GROUPS.size() - 1; i >= 0; i--) {
                    session.getAgenda().getAgendaGroup(AGENDA_GROUPS.get(i)).setFocus();
                }
                int fired = session.fireAllRules(filter, MAX_FIRINGS);
                if (fired >= MAX_FIRINGS) {
                    throw new IllegalStateException("rules did not settle after " + MAX_FIRINGS + " firings (a loop?)");
                }
                for (Object o : session.getObjects()) {
                    if (o instanceof Recommendation r) {
                        standing.add(r);
                    } else if (o instanceof Finding f) {
                        findings.add(f);
                    } else if (o instanceof Advice a) {
                        advice.add(a);
                    }
                }
            } finally {
                session.dispose();
            }
        }
        return new PartOutput(inserted, standing, findings, advice);
    }

    /**
     * DESIGN.md §3.3: one recommendation per knob per object, whatever the product. When rules disagree on a knob, or
     * one rule reaches it through two branches, the one that outranks the others stands (the more severe rule, then
     * the larger value, then rule id; {@link Recommendation#PRECEDENCE}); {@link #complete} reports the others as
     * FIRED findings "merged into" it. Settled here after firing rather than by a rule joining every recommendation
     * with every other: that join held two tuples per recommendation (105,000 at 50,000 subclients) for a handful
     * of conflicts. Product rules that must settle other conflicts still have the "resolve" agenda group.
     */
    private static Map<Recommendation.Knob, Recommendation> oneStandsPerKnob(List<Recommendation> recommendations) {
        Map<Recommendation.Knob, Recommendation> byKnob = new LinkedHashMap<>();
        for (Recommendation r : recommendations) {
            byKnob.merge(r.knobKey(), r, (a, b) -> a.outranks(b) ? a : b);
        }
        return byKnob;
    }

    /**
     * {@code byKnob} holds the one recommendation that stands per knob per object; every recommendation a rule made
     * still counts as FIRED, the ones that gave way "merged into" the one that stands. Then NOT_FIRED for the rest.
     */
    private static Result complete(Network net, Targets targets, List<Recommendation> inserted, Map<Recommendation.Knob, Recommendation> byKnob,
                            List<Finding> ruleFindings, List<Advice> advice, boolean listNotFired) {
        List<Finding> findings = dedupe(ruleFindings);
        record RuleKnob(String ruleId, Recommendation.Knob knob) {
        }
        Set<RuleKnob> reported = new java.util.HashSet<>();
        // The same change on thousands of objects says the same thing: its message is made once.
        record Said(String setting, Object current, String why) {
        }
        Map<Said, String> messages = new java.util.HashMap<>();
        for (Recommendation r : inserted) {
            // A rule whose conditions hold through several branches says the same thing once.
            Recommendation.Knob knob = r.knobKey();
            if (!reported.add(new RuleKnob(r.getRuleId(), knob))) {
                continue;
            }
            Recommendation winner = byKnob.get(knob);
            String msg = messages.computeIfAbsent(new Said(r.getSetting(), r.getCurrent(), r.getWhy()),
                    k -> (k.setting() + " = " + k.current() + ": " + k.why()).intern());
            if (winner != null && winner != r && !winner.getRuleId().equals(r.getRuleId())) {
                msg += " (merged into " + winner.getRuleId() + "'s recommendation " + winner.getRecommended() + ")";
            }
            Finding f = Finding.fired(r.getObject(), msg);
            f.stamp(r.getRule());
            findings.add(f);
        }
        // Advice is given once per rule, topic and object, however many branches reached it.
        Map<String, Advice> oneAdvice = new LinkedHashMap<>();
        for (Advice a : advice) {
            if (oneAdvice.putIfAbsent(a.getRuleId() + "\u0000" + a.getTopic() + "\u0000" + a.getObjectId(), a) == null) {
                Finding f = Finding.fired(a.getObject(), a.getText());
                f.stamp(a.getRule());
                findings.add(f);
            }
        }
        List<Advice> advised = new ArrayList<>(oneAdvice.values());
        advised.sort(Comparator.comparing(Advice::getRuleId).thenComparing(Advice::getObjectId)
                .thenComparing(Advice::getTopic, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Advice::getText, Comparator.nullsFirst(Comparator.naturalOrder())));
        // Rule id, then the order the objects were read in (deterministic, and integer compares: sorting 100,000
        // recommendations by object id strings cost seconds).
        List<Recommendation> kept = new ArrayList<>(byKnob.values());
        // One recommendation stands per knob, so the setting settles what rule and object leave open.
        sortByKey(kept, r -> key(net, r.getRuleId(), targets.position(r.getObject())),
                Comparator.comparing(Recommendation::getSetting));
        // NOT_FIRED: objects of the rule's target type that the rule said nothing about.
        // Per rule, the objects it decided (one identity set per rule, not a set of rule ids per object: 50,000).
        Map<String, Set<Object>> decided = new java.util.HashMap<>();
        for (Finding f : findings) {
            if (f.getObject() != null) {
                decided.computeIfAbsent(f.getRuleId(), k -> java.util.Collections.newSetFromMap(new IdentityHashMap<>()))
                        .add(f.getObject());
            }
        }
        Map<String, Integer> notFired = new TreeMap<>();
        for (RuleMeta meta : net.catalog().values()) {
            List<ConfigObject> objects = targets.of(meta);
            int count = 0;
            for (ConfigObject co : objects) {
                if (!decided.getOrDefault(meta.id(), Set.of()).contains(co)) {
                    if (listNotFired) {
                        findings.add(Finding.notFired(meta, co));
                    } else {
                        count++;
                    }
                }
            }
            if (count > 0) {
                notFired.put(meta.id(), count);
            }
            if (objects.isEmpty() && meta.target() != null && targets.hasProduct(meta.product())) {
                findings.add(Finding.notEvaluated(meta, "(none)", "no " + meta.product() + " " + meta.target()
                        + " in the inputs"));
            }
        }
        sortFindings(findings, targets, net);
        return new Result(kept, findings, advised, notFired);
    }

    /** One finding per rule, object and status; several NOT_EVALUATED reasons are joined. */
    private static List<Finding> dedupe(List<Finding> in) {
        Map<String, Finding> out = new LinkedHashMap<>();
        for (Finding f : in) {
            String key = f.getRuleId() + "\u0000" + f.getObjectId() + "\u0000" + f.getStatus();
            Finding prev = out.get(key);
            if (prev == null) {
                out.put(key, f);
            } else if (f.getStatus() == FindingStatus.NOT_EVALUATED && f.getReason() != null
                    && !prev.getReason().contains(f.getReason())) {
                out.put(key, prev.withReason(prev.getReason() + "; " + f.getReason()));
            }
        }
        return new ArrayList<>(out.values());
    }


    /** Rule, then the object in read order (objects without one, "(none)", by id), then status. */
    private static void sortFindings(List<Finding> findings, Targets targets, Network net) {
        sortByKey(findings, f -> key(net, f.getRuleId(), targets.position(f.getObject())),
                Comparator.comparing(Finding::getObjectId).thenComparing(Finding::getStatus));
    }

    /** Rule order in the high half, object position in the low half. */
    private static long key(Network net, String ruleId, int position) {
        return ((long) (ruleId == null ? -1 : net.ruleOrder().getOrDefault(ruleId, Integer.MAX_VALUE)) << 32)
                | (position & 0xffffffffL);
    }

    /**
     * Sorts by a key computed once per element (ties by {@code tie}): sorting 200,000 findings with lookups inside
     * the comparator cost seconds.
     */
    private static <T> void sortByKey(List<T> list, java.util.function.ToLongFunction<T> key, Comparator<T> tie) {
        record Keyed<T>(long key, T item) {
        }
        List<Keyed<T>> keyed = new ArrayList<>(list.size());
        for (T t : list) {
            keyed.add(new Keyed<>(key.applyAsLong(t), t));
        }
        keyed.sort((a, b) -> a.key != b.key ? Long.compare(a.key, b.key) : tie.compare(a.item, b.item));
        for (int i = 0; i < keyed.size(); i++) {
            list.set(i, keyed.get(i).item);
        }
    }

    /**
     * The configuration objects by (product, object type), indexed once per run: a rule's {@code @target} names an
     * object type of its own product ("subclient" of commvault), so a NetBackup "client" never receives rows from
     * another product's rules whatever the classes are called.
     */
    record Targets(Map<String, List<ConfigObject>> byKey, Set<String> products, Map<Object, Integer> positions) {
        static Targets of(Collection<?> facts) {
            Map<String, List<ConfigObject>> byKey = new java.util.HashMap<>();
            Set<String> products = new java.util.HashSet<>();
            Map<Object, Integer> positions = new IdentityHashMap<>();
            for (Object f : facts) {
                if (f instanceof ConfigObject co) {
                    byKey.computeIfAbsent(key(co.product(), co.objectType()), k -> new ArrayList<>()).add(co);
                    products.add(co.product());
                    positions.putIfAbsent(co, positions.size());
                }
            }
            return new Targets(byKey, products, positions);
        }

        /** Where the object came in the facts (objects a rule made itself come last). */
        int position(Object o) {
            return positions.getOrDefault(o, Integer.MAX_VALUE);
        }

        List<ConfigObject> of(RuleMeta meta) {
            return meta.target() == null ? List.of() : byKey.getOrDefault(key(meta.product(), meta.target()), List.of());
        }

        boolean hasProduct(String product) {
            return products.contains(product);
        }

        private static String key(String product, String objectType) {
            return product + "." + objectType;
        }
    }

    /**
     * Recommendations kept (one per knob per object), the findings, the advice, and per rule the NOT_FIRED outcomes
     * that were counted rather than listed ({@code notFired}; empty when they are listed as findings).
     */
    public record Result(List<Recommendation> recommendations, List<Finding> findings, List<Advice> advice,
                         Map<String, Integer> notFired) {
        public Result(List<Recommendation> recommendations, List<Finding> findings) {
            this(recommendations, findings, List.of(), Map.of());
        }

        public Result(List<Recommendation> recommendations, List<Finding> findings, List<Advice> advice) {
            this(recommendations, findings, advice, Map.of());
        }

        public List<Finding> findings(FindingStatus status) {
            return findings.stream().filter(f -> f.getStatus() == status).toList();
        }
    }
}
