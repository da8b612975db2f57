package org.pravasi.registry;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The registry's architecture rules, checked on its compiled classes (tests excluded). */
@AnalyzeClasses(packages = "org.pravasi.registry", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    /** Each feature package may use others, but no chain of uses leads back to where it started. */
    @ArchTest
    static final ArchRule packagesAreFreeOfCycles =
            slices().matching("org.pravasi.registry.(*)..").should().beFreeOfCycles();

    /** The node's core (pipeline, store, federation, ...) knows nothing of HTTP: the API translates its findings. */
    @ArchTest
    static final ArchRule theCoreDoesNotDependOnTheHttpLayer = noClasses()
            .that()
            .resideInAPackage("org.pravasi.registry..")
            .and()
            .resideOutsideOfPackages(
                    "org.pravasi.registry.api..", "org.pravasi.registry.web..", "org.pravasi.registry.cli..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.pravasi.registry.api..", "org.pravasi.registry.web..", "io.vertx.ext.web..");

    /** The shared web layer sits below every feature: it uses Vert.x and Jackson, never a package of ours. */
    @ArchTest
    static final ArchRule theWebLayerDependsOnNoFeature = noClasses()
            .that()
            .resideInAPackage("org.pravasi.registry.web..")
            .should()
            .dependOnClassesThat()
            .resideOutsideOfPackages(
                    "org.pravasi.registry.web..",
                    "java..",
                    "io.vertx..",
                    "io.netty..",
                    "tools.jackson..",
                    "org.slf4j..");

    /** API routes are given the collaborators they use; only the wiring ({@code NodeRoutes}) sees the whole node. */
    @ArchTest
    static final ArchRule apiRoutesAreGivenCollaboratorsNotTheNode = noClasses()
            .that()
            .resideInAPackage("org.pravasi.registry.api..")
            .and()
            .doNotHaveSimpleName("NodeRoutes")
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("org.pravasi.registry.node.RegistryNode");
}
