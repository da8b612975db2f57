package org.pravasi.portal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The portal's architecture rules, checked on its compiled classes (tests excluded). */
@AnalyzeClasses(packages = "org.pravasi.portal", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    /** Each feature package may use others, but no chain of uses leads back to where it started. */
    @ArchTest
    static final ArchRule packagesAreFreeOfCycles =
            slices().matching("org.pravasi.portal.(*)..").should().beFreeOfCycles();

    /** The store's index layout belongs to the registry ({@code registry.store}); the portal reads typed records. */
    @ArchTest
    static final ArchRule noClassReachesIntoTheStoresInternals = noClasses()
            .that()
            .resideInAPackage("org.pravasi.portal..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.apache.jena.tdb2..", "org.apache.jena.dboe..");
}
