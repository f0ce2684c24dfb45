package de.ropa.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The shape of the code, checked on the compiled classes (README, "Developing"). Components are the packages
 * directly under {@code de.ropa}; {@code platform} is the base they all stand on.
 */
@AnalyzeClasses(packages = "de.ropa", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Every business component: everything under de.ropa except the platform. */
    private static final String[] BUSINESS_COMPONENTS = {
        "de.ropa.activities..", "de.ropa.audit..", "de.ropa.catalogue..", "de.ropa.channels..", "de.ropa.dashboard..",
        "de.ropa.demo..", "de.ropa.exchange..", "de.ropa.findings..", "de.ropa.measures..", "de.ropa.organisations..",
        "de.ropa.processors..", "de.ropa.reports..", "de.ropa.reviews..", "de.ropa.security..", "de.ropa.transfers.."};

    @ArchTest
    static final ArchRule platformIsABase = noClasses().that().resideInAPackage("de.ropa.platform..")
            .should().dependOnClassesThat().resideInAnyPackage(BUSINESS_COMPONENTS)
            .because("platform is what every component stands on; it knows none of them");

    @ArchTest
    static final ArchRule componentsDependWithoutCycles = slices().matching("de.ropa.(*)..").namingSlices("$1")
            .should().beFreeOfCycles()
            .because("a component that needs another must not be needed by it (events or a lower component break cycles)");

    @ArchTest
    static final ArchRule entitiesKnowOnlyEntities = noClasses().that().resideInAPackage("de.ropa.*.entity..")
            .should().dependOnClassesThat().resideInAnyPackage("de.ropa.*.boundary..", "de.ropa.*.control..",
                    "de.ropa.platform.faces..")
            .because("entities are the stored data: they know other entities, never logic, services or screens");

    @ArchTest
    static final ArchRule controlDoesNotReachUpIntoItsBoundary = classes().that().resideInAPackage("de.ropa.*.control..")
            .should(new ArchCondition<JavaClass>("not depend on the boundary of its own component") {
                @Override
                public void check(JavaClass item, ConditionEvents events) {
                    String boundary = item.getPackageName().replaceFirst("\\.control(\\..*)?$", ".boundary");
                    item.getDirectDependenciesFromSelf().stream()
                            .filter(d -> d.getTargetClass().getPackageName().startsWith(boundary))
                            .forEach(d -> events.add(SimpleConditionEvent.violated(d, d.getDescription())));
                }
            })
            .because("inside a component, boundary (REST, screens, services) uses control (rules, logic), never the reverse");
}
