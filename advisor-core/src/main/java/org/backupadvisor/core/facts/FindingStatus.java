package org.backupadvisor.core.facts;

/** Tri-state outcome of a rule on one object: a missing input is never reported as a pass. */
public enum FindingStatus {
    FIRED, NOT_FIRED, NOT_EVALUATED
}
