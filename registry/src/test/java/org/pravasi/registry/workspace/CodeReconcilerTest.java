package org.pravasi.registry.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.pravasi.ontology.Ontology;
import org.pravasi.registry.workspace.Reconciled.Status;

/** An organisation's words to code-list notations: labels in both languages resolve, near words only suggest. */
class CodeReconcilerTest {
    private final CodeReconciler codes = new CodeReconciler(Ontology.load().codeLists());

    @Test
    void englishPrefLabelResolves() {
        Reconciled r = codes.code("violation-type", "Wage theft");
        assertEquals("wage-theft", r.match().get().id());
        assertEquals(
                "withheld-wages",
                codes.code("violation-type", "WITHHELD  wages").match().get().id());
    }

    @Test
    void altLabelAndHindiLabelResolve() {
        assertEquals(
                "wage-theft",
                codes.code("violation-type", "unpaid wages").match().get().id());
        assertEquals(
                "wage-theft",
                codes.code("violation-type", "मज़दूरी की चोरी").match().get().id());
        assertEquals(
                "wage-theft",
                codes.code("violation-type", "wage-theft").match().get().id());
    }

    @Test
    void theOrganisationsOwnWordsAreOnlySuggested() {
        Reconciled r = codes.code("violation-type", "Wages not paid by employer");
        assertEquals(Status.UNRESOLVED, r.status());
        assertTrue(r.candidates().stream().anyMatch(c -> c.id().equals("wage-theft")), r::toString);
        assertTrue(r.candidates().get(0).why().startsWith("suggestion"));
    }

    @Test
    void aValueLongerThanAnyCategoryNameIsAnsweredAtOnceNotMatched() {
        Reconciled r = codes.code("violation-type", "wage theft ".repeat(5_000));
        assertEquals(Reconciled.Status.UNRESOLVED, r.status());
        assertTrue(r.reason().contains("no category name is longer than 100"), r::reason);
        assertTrue(r.candidates().isEmpty());
    }
}
