package cn.gongkai.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The house's walls, read from the compiled classes of every module (main code only): the shared vocabulary is pure,
 * neither side reaches into the other, the platform serves both without knowing them, and each side's features
 * depend on one another one way down, so that a change to a feature's insides stays inside it.
 */
class ArchitectureTest {

    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("cn.gongkai");

    @Test
    void the_shared_vocabulary_knows_nothing_but_java_and_json() {
        ArchRule pure = classes().that().resideInAPackage("cn.gongkai.events..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "com.fasterxml.jackson..", "cn.gongkai.events..")
                .as("shared-events depends on nothing but Java, Jackson's annotations and itself "
                        + "(no JDBC, no Spring, no Axon, no side)");

        pure.check(MAIN);
    }

    @Test
    void the_command_side_never_reads_the_query_side() {
        noClasses().that().resideInAPackage("cn.gongkai.command..")
                .should().dependOnClassesThat().resideInAPackage("cn.gongkai.query..")
                .check(MAIN);
    }

    @Test
    void the_query_side_never_writes_through_the_command_side() {
        noClasses().that().resideInAPackage("cn.gongkai.query..")
                .should().dependOnClassesThat().resideInAPackage("cn.gongkai.command..")
                .check(MAIN);
    }

    @Test
    void the_platform_serves_both_sides_without_knowing_either() {
        noClasses().that().resideInAnyPackage("cn.gongkai.platform..", "cn.gongkai.security..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.gongkai.command..", "cn.gongkai.query..",
                        "cn.gongkai.local..")
                .check(MAIN);
    }

    @Test
    void no_side_depends_on_the_assembly_that_wires_them() {
        noClasses().that().resideInAnyPackage("cn.gongkai.command..", "cn.gongkai.query..", "cn.gongkai.events..",
                        "cn.gongkai.platform..", "cn.gongkai.security..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.gongkai.local..", "cn.gongkai.verifier..")
                .check(MAIN);
    }

    @Test
    void the_query_sides_features_depend_on_one_another_one_way_down() {
        slices().matching("cn.gongkai.query.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void the_command_sides_features_depend_on_one_another_one_way_down() {
        slices().matching("cn.gongkai.command.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void the_vocabulary_features_depend_on_one_another_one_way_down() {
        slices().matching("cn.gongkai.events.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    /**
     * A feature's inner packages are reached through the feature; the one published inner package, the projection's
     * bulk rebuild, is also run by the two that must fold the whole history: the auditor's replay verification and
     * the operator's rebuild; and the report's rendering is read back by the linter, which parses what it writes
     * (the national format's labels, the CSV dialect).
     */
    @Test
    void a_features_inner_packages_are_its_own() {
        Map<String, List<String>> alsoReachedFrom = Map.of(
                "cn.gongkai.query.projection.fold", List.of(),
                "cn.gongkai.query.projection.source", List.of(),
                "cn.gongkai.query.projection.rebuild", List.of("cn.gongkai.query.audit..", "cn.gongkai.query.operations.."),
                "cn.gongkai.query.report.render", List.of("cn.gongkai.query.lint.."));
        alsoReachedFrom.forEach((inner, others) -> {
            String feature = inner.substring(0, inner.lastIndexOf('.'));
            List<String> allowed = new ArrayList<>(List.of(feature + "..", "cn.gongkai.query.config..",
                    "cn.gongkai.local.."));
            allowed.addAll(others);
            classes().that().resideInAPackage(inner + "..")
                    .should().onlyBeAccessed().byClassesThat().resideInAnyPackage(allowed.toArray(String[]::new))
                    .as(inner + " is reached only through " + feature + (others.isEmpty() ? "" : " and " + others))
                    .check(MAIN);
        });
    }
}
