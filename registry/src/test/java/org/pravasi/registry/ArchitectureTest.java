package org.pravasi.registry;

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
    static final ArchRule packagesAreFreeOfCycles = slices().matching("org.pravasi.registry.(*)..").should().beFreeOfCycles();
}
