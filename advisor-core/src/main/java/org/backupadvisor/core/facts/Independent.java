package org.backupadvisor.core.facts;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Facts of this class never meet each other in a rule: a rule matches at most one of them (as a positive pattern,
 * not under not/exists, not in an accumulate or collect), and what a rule derives from one is about that one and is
 * matched only together with it ({@code object == $it}). The rule engine may then fire the rules over them in parts,
 * each part in its own session with all the other facts, and in parallel: a 100,000-subclient CommCell no longer
 * builds one network holding every subclient. Checked for every rule by the rules module's IndependentFactsMetaTest.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Independent {
}
