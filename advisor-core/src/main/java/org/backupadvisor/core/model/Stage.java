package org.backupadvisor.core.model;

/** The data path, source to replica (DESIGN.md §3.4). */
public enum Stage {
    SOURCE("source read"),
    CLIENT("client/agent"),
    NETWORK("network"),
    MEDIA_SERVER("media server"),
    TARGET_DEVICE("target device"),
    REPLICATION("replication");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** "target-device": the JSON spelling. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
