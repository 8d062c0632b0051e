package org.backupadvisor.core.facts;

import java.util.Map;

/**
 * A rule's metadata, read from the DRL annotations ({@code @id("CV-...") @severity("HIGH") @product("commvault")
 * @target("Subclient") @versions("11.20+") @source("...") @title("...") @risk("...")}). The DRL is the single
 * source of truth: the catalogue, docs check and reports all come from here.
 */
public record RuleMeta(String id, String title, String product, Severity severity, String target,
                       String versions, String source, String risk) {

    public static final String[] REQUIRED = {"id", "title", "product", "severity", "target", "versions", "source", "risk"};

    public static RuleMeta from(Map<String, Object> md) {
        return new RuleMeta(str(md, "id"), str(md, "title"), str(md, "product"),
                md.get("severity") == null ? null : Severity.parse(str(md, "severity")),
                str(md, "target"), str(md, "versions"), str(md, "source"), str(md, "risk"));
    }

    private static String str(Map<String, Object> md, String key) {
        Object v = md.get(key);
        return v == null ? null : v.toString();
    }
}
