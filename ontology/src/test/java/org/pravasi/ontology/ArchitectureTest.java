package org.pravasi.ontology;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The ontology module's architecture rules, checked on its compiled classes (tests excluded). */
@AnalyzeClasses(packages = "org.pravasi.ontology", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    /** The vocabulary API and the geography package use each other in one direction only. */
    @ArchTest
    static final ArchRule packagesAreFreeOfCycles =
            slices().matching("org.pravasi.(**)").should().beFreeOfCycles();
}
