package org.homeward;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.homeward.places.GeoPoint;
import org.junit.jupiter.api.Test;

/**
 * The rule that keeps the engines plain Java: the linkage, allocation and scheduling engines take plain records in
 * and give plain records out, so they import nothing from Spring, JDBC, the servlet API, Jackson or
 * another Homeward package, and can be tested, benchmarked and reused alone. The one exception is the
 * places' {@link GeoPoint}, the point with Homeward's one great-circle distance, which the allocation
 * engine measures with: it is held to the same rule, depending on nothing but Java itself.
 */
class EngineIsolationTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.homeward");

    private static final String[] FRAMEWORKS = {
        "org.springframework..",
        "java.sql..",
        "javax.sql..",
        "jakarta..",
        "javax.servlet..",
        "tools.jackson..",
        "com.fasterxml..",
        "org.thymeleaf..",
        "org.postgresql.."
    };

    @Test
    void linkageEngineUsesNoFramework() {
        engineRule("org.homeward.linkage.engine..", FRAMEWORKS).check(MAIN);
    }

    @Test
    void linkageEngineUsesNoOtherHomewardPackage() {
        noClasses()
                .that()
                .resideInAPackage("org.homeward.linkage.engine..")
                .and()
                .doNotHaveSimpleName("package-info")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages("org.homeward.linkage.engine..", "java..")
                .because("the engine only knows its own records")
                .check(MAIN);
    }

    @Test
    void allocationEngineUsesNoFramework() {
        engineRule("org.homeward.allocation.engine..", FRAMEWORKS).check(MAIN);
    }

    @Test
    void allocationEngineUsesNoOtherHomewardPackage() {
        noClasses()
                .that()
                .resideInAPackage("org.homeward.allocation.engine..")
                .and()
                .doNotHaveSimpleName("package-info")
                .should()
                .dependOnClassesThat(resideOutsideOfPackages(
                                "org.homeward.allocation.engine..",
                                "java..",
                                "com.google.ortools..",
                                "com.google.protobuf..")
                        .and(not(equivalentTo(GeoPoint.class))))
                .because("the engine only knows its own records, the solver and the places' point and distance")
                .check(MAIN);
    }

    @Test
    void geoPointTheAllocationEngineMeasuresWithIsPlainJavaToo() {
        noClasses()
                .that(equivalentTo(GeoPoint.class))
                .should()
                .dependOnClassesThat(resideOutsideOfPackages("java..").and(not(equivalentTo(GeoPoint.class))))
                .because("an engine may use it only while it stays as plain as the engine")
                .check(MAIN);
    }

    @Test
    void deadlineEngineUsesNoFramework() {
        engineRule("org.homeward.documentation.deadline..", FRAMEWORKS).check(MAIN);
    }

    @Test
    void deadlineEngineUsesNoOtherHomewardPackage() {
        noClasses()
                .that()
                .resideInAPackage("org.homeward.documentation.deadline..")
                .and()
                .doNotHaveSimpleName("package-info")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages("org.homeward.documentation.deadline..", "java..")
                .because("the engine only knows its own records")
                .check(MAIN);
    }

    @Test
    void schedulingEngineUsesNoFramework() {
        engineRule("org.homeward.movements.scheduling..", FRAMEWORKS).check(MAIN);
    }

    @Test
    void schedulingEngineUsesNoOtherHomewardPackage() {
        noClasses()
                .that()
                .resideInAPackage("org.homeward.movements.scheduling..")
                .and()
                .doNotHaveSimpleName("package-info")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages("org.homeward.movements.scheduling..", "java..")
                .because("the engine only knows its own records")
                .check(MAIN);
    }

    private static ArchRule engineRule(String enginePackage, String... forbidden) {
        // package-info carries the module's metadata annotation, which is not engine code.
        return noClasses()
                .that()
                .resideInAPackage(enginePackage)
                .and()
                .doNotHaveSimpleName("package-info")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(forbidden)
                .because("engines are plain Java (docs/architecture.md)");
    }
}
