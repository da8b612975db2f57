package org.pravasi.ontology;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each case is a data.ttl / expected.ttl pair under src/test/resources/shapes; see {@link ShapeCase}. */
class ShapesTest {

    @Nested
    class DataCube {
        @Test
        void aWellFormedCubeWithASuppressedCellConforms() {
            new ShapeCase("cube/conforming").check();
        }

        @Test
        void duplicateKeyFiresOnTwoObservationsWithTheSameDimensionValues() {
            new ShapeCase("cube/duplicate-key").check();
        }

        @Test
        void everyDeclaredDimensionNeedsAValue() {
            new ShapeCase("cube/missing-dimension").check();
        }

        @Test
        void aDimensionTakesOneValuePerObservation() {
            new ShapeCase("cube/repeated-dimension").check();
        }

        @Test
        void aCodeFromTheWrongSchemeFires() {
            new ShapeCase("cube/code-from-wrong-scheme").check();
        }

        @Test
        void anObservationNeedsACountOrConfidentialStatus() {
            new ShapeCase("cube/neither-value-nor-confidential").check();
        }

        @Test
        void aConfidentialObservationMustNotCarryItsCount() {
            new ShapeCase("cube/confidential-with-value").check();
        }

        @Test
        void countsAreNonNegativeIntegers() {
            new ShapeCase("cube/negative-count").check();
        }

        @Test
        void everyObservationBelongsToADataSet() {
            new ShapeCase("cube/observation-without-dataset").check();
        }
    }

    @Nested
    class CatalogueRecord {
        @Test
        void aCompleteRecordConforms() {
            new ShapeCase("catalogue/conforming").check();
        }

        @Test
        void aMissingTitleFires() {
            new ShapeCase("catalogue/missing-title").check();
        }

        @Test
        void aTitleOnlyInHindiFiresBecauseEnglishIsRequired() {
            new ShapeCase("catalogue/title-only-in-hindi").check();
        }

        @Test
        void theLicenceMustBeAnIri() {
            new ShapeCase("catalogue/licence-as-text").check();
        }

        @Test
        void thePublisherMustBeAnOrganisation() {
            new ShapeCase("catalogue/publisher-not-an-organisation").check();
        }

        @Test
        void theTemporalCoverageNeedsAnEndDate() {
            new ShapeCase("catalogue/temporal-without-end").check();
        }

        @Test
        void modifiedMustBeADate() {
            new ShapeCase("catalogue/modified-as-text").check();
        }

        @Test
        void aMissingSpatialCoverageFires() {
            new ShapeCase("catalogue/missing-spatial").check();
        }
    }

    @Nested
    class Story {
        @Test
        void aCompleteStoryConforms() {
            new ShapeCase("story/conforming").check();
        }

        @Test
        void aMissingHeadlineFires() {
            new ShapeCase("story/missing-headline").check();
        }

        @Test
        void aMissingPublisherFires() {
            new ShapeCase("story/missing-publisher").check();
        }

        @Test
        void aDistrictLinkMustBeADistrictUri() {
            new ShapeCase("story/district-link-not-a-district").check();
        }
    }

    @Nested
    class ReferencePeriod {
        @Test
        void aWellFormedPeriodConforms() {
            new ShapeCase("period/conforming").check();
        }

        @Test
        void aPeriodMustNotEndBeforeItStarts() {
            new ShapeCase("period/ends-before-it-starts").check();
        }

        @Test
        void aFinancialYearFromAprilToMarchConforms() {
            new ShapeCase("period/financial-year").check();
        }

        @Test
        void aFinancialYearMustRunFromTheFirstOfAprilToTheLastOfMarch() {
            new ShapeCase("period/financial-year-not-april-to-march").check();
        }
    }
}
