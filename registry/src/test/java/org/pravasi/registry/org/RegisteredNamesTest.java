package org.pravasi.registry.org;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.registry.node.RegistryNode;
import org.pravasi.registry.testing.TestNode;

/** An organisation registered on a node ({@code organisation.json}) cannot take another organisation's name. */
class RegisteredNamesTest {
    @TempDir
    Path dir;

    RegistryNode node;

    @BeforeEach
    void start() {
        node = TestNode.start(dir);
        node.organisations().upsert(Organisation.named("jan-sahas", "Jan Sahas"));
    }

    @AfterEach
    void stop() {
        node.close();
    }

    private static Organisation named(String slug, Map<String, String> names) {
        return new Organisation(
                slug, names, "organisation", Map.of(), Optional.empty(), Optional.empty(), List.of(), List.of(), false);
    }

    @Test
    @DisplayName("a new organisation named as another, in any language and case, is refused and nothing is written")
    void refusesANewOrganisationWithAnothersName() {
        long before = TestNode.quads(node);
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> node.organisations().upsert(named("b-trust", Map.of("en", "B Trust", "hi", "JAN SAHAS"))));
        assertTrue(
                e.getMessage().contains("'JAN SAHAS' reads as 'Jan Sahas', the name of organisation 'jan-sahas'"),
                e.getMessage());
        assertTrue(e.getMessage().contains("Choose a name that tells the organisation apart"), e.getMessage());
        assertEquals(before, TestNode.quads(node), "a refused organisation changes nothing stored");
        assertTrue(node.organisations().read("b-trust").isEmpty());
    }

    @Test
    @DisplayName("an organisation renamed to another's look-alike is refused and keeps its name")
    void refusesARenameToALookAlike() {
        assertThrows(
                IllegalArgumentException.class,
                () -> node.organisations().upsert(Organisation.named("other-org", "J\u0430n Sahas")));
        assertEquals(
                "other-org",
                node.organisations().read("other-org").orElseThrow().name().get("en"));
    }

    @Test
    @DisplayName("an organisation registered again under its own name, or with its Hindi name, passes")
    void registersAgainUnderItsOwnName() {
        assertDoesNotThrow(
                () -> node.organisations().upsert(named("jan-sahas", Map.of("en", "Jan Sahas", "hi", "जन साहस"))));
        assertEquals(
                "जन साहस",
                node.organisations().read("jan-sahas").orElseThrow().name().get("hi"));
    }

    @Test
    @DisplayName("two registrations racing for one name: exactly one gets it")
    void twoRegistrationsRacingForOneNameOneWins() throws Exception {
        int taken = 0;
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            List<Future<Boolean>> tries = List.of("first-org", "second-org").stream()
                    .map(slug -> pool.submit(() -> {
                        try {
                            node.organisations().upsert(Organisation.named(slug, "Prayas Centre"));
                            return true;
                        } catch (IllegalArgumentException refused) {
                            return false;
                        }
                    }))
                    .toList();
            for (Future<Boolean> f : tries) {
                taken += f.get() ? 1 : 0;
            }
        }
        assertEquals(1, taken);
    }
}
