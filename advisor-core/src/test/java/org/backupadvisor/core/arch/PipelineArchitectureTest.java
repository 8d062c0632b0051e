package org.backupadvisor.core.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Data flows one way (DESIGN.md §3): input → facts/measurements → engine → model → plan → analysis → render.
 * These rules fail the build when a lower layer reaches up, or when the core learns about a product.
 */
@AnalyzeClasses(packages = "org.backupadvisor.core", importOptions = ImportOption.DoNotIncludeTests.class)
class PipelineArchitectureTest {

    /** An allow-list: a new product package (netbackup, avamar, ...) is outside it without anyone naming it here. */
    @ArchTest
    static final ArchRule coreKnowsNoProduct = classes().that().resideInAPackage("org.backupadvisor.core..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.backupadvisor.core..", "java..", "javax..",
                    "tools.jackson..", "com.fasterxml.jackson..", "org.kie..", "org.drools..")
            .because("adding a product touches its plugin and its rules folder, nothing in the core");

    @ArchTest
    static final ArchRule frontEndsUseTheFacade = noClasses().that().resideInAnyPackage("..core.analysis..", "..core.plan..",
                    "..core.model..", "..core.engine..", "..core.spi..", "..core.render..")
            .should().dependOnClassesThat().resideInAPackage("..core.app..")
            .because("the Advisor façade sits on top of the pipeline, never inside it");

    @ArchTest
    static final ArchRule unitsAndInputAreTheBottom = noClasses()
            .that().resideInAnyPackage("..core.units..", "..core.input..")
            .should().dependOnClassesThat().resideInAnyPackage("..core.facts..", "..core.measure..", "..core.engine..",
                    "..core.model..", "..core.plan..", "..core.analysis..", "..core.render..", "..core.spi..");

    @ArchTest
    static final ArchRule rulesDoNotPlan = noClasses().that().resideInAPackage("..core.engine..")
            .should().dependOnClassesThat().resideInAnyPackage("..core.model..", "..core.plan..", "..core.analysis..",
                    "..core.render..")
            .because("rules produce findings; pricing them is the model's and the planner's job");

    @ArchTest
    static final ArchRule modelIsPureArithmetic = noClasses().that().resideInAPackage("..core.model..")
            .should().dependOnClassesThat().resideInAnyPackage("..core.engine..", "..core.plan..",
                    "..core.analysis..", "..core.render..", "..core.spi..", "org.kie..", "org.drools..");

    @ArchTest
    static final ArchRule plannerDoesNotRender = noClasses().that().resideInAPackage("..core.plan..")
            .should().dependOnClassesThat().resideInAnyPackage("..core.analysis..", "..core.render..", "..core.engine..");

    @ArchTest
    static final ArchRule renderersReadOnlyTheAnalysis = noClasses().that().resideInAPackage("..core.render..")
            .should().dependOnClassesThat().resideInAnyPackage("..core.engine..", "..core.plan..", "..core.model..",
                    "..core.spi..", "..core.facts..", "..core.input..", "org.kie..", "org.drools..")
            .because("every renderer reads only the Analysis (DESIGN.md §3.6)");
}
