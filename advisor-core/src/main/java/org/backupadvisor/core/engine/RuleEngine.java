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
import org.backupadvisor.core.facts.ConfigObject;
import org.backupadvisor.core.facts.Finding;
import org.backupadvisor.core.facts.FindingStatus;
import org.backupadvisor.core.facts.Recommendation;
import org.backupadvisor.core.facts.RuleMeta;
import org.backupadvisor.core.facts.RuleOutput;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;

/**
 * Runs the DRL rules over the facts. Every KIE base on the class path takes part (each product's kjar brings its
 * own), in agenda groups detect → diagnose → recommend → resolve. Rules insert {@link Recommendation}s and
 * {@link Finding}s; the engine stamps each with the inserting rule's metadata, keeps one recommendation per
 * setting per object, and completes the tri-state: every object of a rule's {@code @target} type that got no
 * finding from it is NOT_FIRED.
 */
public final class RuleEngine {
    public static final List<String> AGENDA_GROUPS = List.of("detect", "diagnose", "recommend", "resolve");
    private static final int MAX_FIRINGS = 1_000_000;

    private final List<KieBase> kieBases;
    private final Map<String, RuleMeta> catalog;

    private RuleEngine(List<KieBase> kieBases) {
        this.kieBases = kieBases;
        this.catalog = buildCatalog(kieBases);
    }

    /** Loads the precompiled (executable-model) KIE bases found on {@code cl}. */
    public static RuleEngine fromClasspath(ClassLoader cl) {
        KieContainer container = KieServices.Factory.get().newKieClasspathContainer(cl);
        List<KieBase> bases = new ArrayList<>();
        for (String name : new java.util.TreeSet<>(container.getKieBaseNames())) {
            bases.add(container.getKieBase(name));
        }
        return new RuleEngine(bases);
    }

    /** Every rule by id, from the DRL metadata (the rule that carries {@code @title} defines it). */
    public Map<String, RuleMeta> catalog() {
        return catalog;
    }

    private static Map<String, RuleMeta> buildCatalog(List<KieBase> bases) {
        Map<String, RuleMeta> out = new TreeMap<>();
        for (KieBase kb : bases) {
            for (KiePackage p : kb.getKiePackages()) {
                for (Rule r : p.getRules()) {
                    Map<String, Object> md = r.getMetaData();
                    if (md.get("id") != null && md.get("title") != null) {
                        RuleMeta meta = RuleMeta.from(md);
                        RuleMeta previous = out.putIfAbsent(meta.id(), meta);
                        if (previous != null) {
                            throw new IllegalStateException("rule id " + meta.id() + " is defined twice (rule '"
                                    + r.getName() + "' in " + p.getName() + ")");
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The DRL rule names per rule id, for meta-tests and docs. */
    public Map<String, List<String>> ruleNamesById() {
        Map<String, List<String>> out = new TreeMap<>();
        for (KieBase kb : kieBases) {
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
     * {@code @versions}: a rule made for other releases says NOT_EVALUATED instead of advising.
     */
    public Result run(Collection<?> facts, Map<String, String> productVersions) {
        Result all = fire(facts);
        return gate(all, facts, productVersions);
    }

    private Result gate(Result all, Collection<?> facts, Map<String, String> versions) {
        java.util.Set<String> outOfRange = new java.util.HashSet<>();
        for (RuleMeta meta : catalog.values()) {
            String v = versions.get(meta.product());
            if (v != null && !VersionRange.parse(meta.versions()).map(r -> r.includes(v)).orElse(true)) {
                outOfRange.add(meta.id());
            }
        }
        if (outOfRange.isEmpty()) {
            return all;
        }
        List<Recommendation> recs = all.recommendations().stream().filter(r -> !outOfRange.contains(r.getRuleId())).toList();
        List<Finding> findings = new ArrayList<>(all.findings().stream()
                .filter(f -> !outOfRange.contains(f.getRuleId())).toList());
        for (String id : outOfRange) {
            RuleMeta meta = catalog.get(id);
            String reason = "rule covers " + meta.product() + " " + meta.versions() + "; the exports report version "
                    + versions.get(meta.product());
            for (Object fact : facts) {
                if (fact instanceof ConfigObject co && fact.getClass().getSimpleName().equals(meta.target())) {
                    findings.add(Finding.notEvaluated(meta, co.objectId(), reason));
                }
            }
        }
        return new Result(recs, findings);
    }

    private Result fire(Collection<?> facts) {
        List<Recommendation> inserted = new ArrayList<>();
        List<Recommendation> standing = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (KieBase kb : kieBases) {
            KieSession session = kb.newKieSession();
            try {
                session.addEventListener(new DefaultRuleRuntimeEventListener() {
                    @Override
                    public void objectInserted(ObjectInsertedEvent e) {
                        if (e.getObject() instanceof RuleOutput out && e.getRule() != null) {
                            Object id = e.getRule().getMetaData().get("id");
                            RuleMeta meta = id == null ? null : catalog.get(id.toString());
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
                int fired = session.fireAllRules(MAX_FIRINGS);
                if (fired >= MAX_FIRINGS) {
                    throw new IllegalStateException("rules did not settle after " + MAX_FIRINGS + " firings (a loop?)");
                }
                for (Object o : session.getObjects()) {
                    if (o instanceof Recommendation r) {
                        standing.add(r);
                    } else if (o instanceof Finding f) {
                        findings.add(f);
                    }
                }
            } finally {
                session.dispose();
            }
        }
        return complete(facts, inserted, standing, findings);
    }

    /**
     * The resolve agenda group has left one recommendation per knob per object; every recommendation a rule made
     * still counts as FIRED, the ones that gave way "merged into" the one that stands. Then NOT_FIRED for the rest.
     */
    private Result complete(Collection<?> facts, List<Recommendation> inserted, List<Recommendation> standing,
                            List<Finding> ruleFindings) {
        Map<String, Recommendation> byKnob = new LinkedHashMap<>();
        for (Recommendation r : standing) {
            Recommendation other = byKnob.put(r.getKnob(), r);
            if (other != null) {
                throw new IllegalStateException("two recommendations stand for " + r.getKnob() + " (" + other.getRuleId()
                        + ", " + r.getRuleId() + "): the KIE base lacks the resolve rule (rules/resolve)");
            }
        }
        List<Finding> findings = dedupe(ruleFindings);
        Set<String> reported = new java.util.HashSet<>();
        for (Recommendation r : inserted) {
            // A rule whose conditions hold through several branches says the same thing once.
            if (!reported.add(r.getRuleId() + "\u0000" + r.getKnob())) {
                continue;
            }
            Recommendation winner = byKnob.get(r.getKnob());
            String msg = r.getSetting() + " = " + r.getCurrent() + ": " + r.getWhy();
            if (winner != null && winner != r && !winner.getRuleId().equals(r.getRuleId())) {
                msg += " (merged into " + winner.getRuleId() + "'s recommendation " + winner.getRecommended() + ")";
            }
            Finding f = Finding.fired(r.getObject(), msg);
            f.stamp(r.getRule());
            findings.add(f);
        }
        List<Recommendation> kept = new ArrayList<>(standing);
        kept.sort(Comparator.comparing(Recommendation::getRuleId).thenComparing(Recommendation::getObjectId));
        // NOT_FIRED: objects of the rule's target type that the rule said nothing about.
        Map<Object, Set<String>> decided = new IdentityHashMap<>();
        for (Finding f : findings) {
            if (f.getObject() != null) {
                decided.computeIfAbsent(f.getObject(), k -> new java.util.HashSet<>()).add(f.getRuleId());
            }
        }
        for (RuleMeta meta : catalog.values()) {
            boolean anyTarget = false;
            for (Object fact : facts) {
                if (fact instanceof ConfigObject co && fact.getClass().getSimpleName().equals(meta.target())) {
                    anyTarget = true;
                    if (!decided.getOrDefault(fact, Set.of()).contains(meta.id())) {
                        findings.add(Finding.notFired(meta, co));
                    }
                }
            }
            if (!anyTarget && meta.target() != null && productPresent(facts, meta.product())) {
                findings.add(Finding.notEvaluated(meta, "(none)", "no " + meta.target() + " in the inputs"));
            }
        }
        findings.sort(Comparator.comparing((Finding f) -> f.getRuleId() == null ? "" : f.getRuleId())
                .thenComparing(Finding::getObjectId).thenComparing(Finding::getStatus));
        return new Result(kept, findings);
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

    private static boolean productPresent(Collection<?> facts, String product) {
        return facts.stream().anyMatch(f -> f instanceof ConfigObject co && co.product().equals(product));
    }

    /** The order the resolve rule applies (kept here for callers that sort recommendations the same way). */
    static final Comparator<Recommendation> PRECEDENCE = Recommendation.PRECEDENCE;

    /** Recommendations kept (one per knob per object) and every finding, FIRED / NOT_FIRED / NOT_EVALUATED. */
    public record Result(List<Recommendation> recommendations, List<Finding> findings) {
        public List<Finding> findings(FindingStatus status) {
            return findings.stream().filter(f -> f.getStatus() == status).toList();
        }
    }
}
