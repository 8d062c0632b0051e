package org.backupadvisor.reports;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The same rule as the core's renderers: a report reads only the Analysis (DESIGN.md §3 step 6). */
@AnalyzeClasses(packages = "org.backupadvisor.reports", importOptions = ImportOption.DoNotIncludeTests.class)
class ReportsArchitectureTest {

    @ArchTest
    static final ArchRule renderersReadOnlyTheAnalysis = noClasses().that().resideInAPackage("org.backupadvisor.reports..")
            .should().dependOnClassesThat().resideInAnyPackage("..core.engine..", "..core.plan..", "..core.model..",
                    "..core.spi..", "..core.facts..", "..core.input..", "..core.measure..", "..core.app..",
                    "org.kie..", "org.drools..")
            .because("every renderer reads only the Analysis (DESIGN.md §3.6)");
}
