package org.pravasi.registry.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pravasi.registry.testing.TestNode;

/** The one rule for organisations' names: no name reads as another organisation's, and no word mixes look-alikes. */
class OrganisationNamesTest {
    private static final Node JAN_SAHAS = org("https://portal.example.org/pravasi/id/org/jan-sahas");
    private static final Node B_TRUST = org("https://portal.example.org/pravasi/id/org/b-trust");
    private static final Node PEER_ORG = org("https://peer.example.org/pravasi/id/org/b-trust");
    private static final String PEER = "https://peer.example.org/";

    private static Node org(String uri) {
        return NodeFactory.createURI(uri);
    }

    private static List<OrganisationNames.Held> janSahas() {
        return List.of(
                new OrganisationNames.Held(JAN_SAHAS, "Jan Sahas", Optional.empty()),
                new OrganisationNames.Held(JAN_SAHAS, "जन साहस", Optional.empty()),
                new OrganisationNames.Held(B_TRUST, "B Trust", Optional.empty()));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Jan Sahas",
                "jan  sahas",
                "JAN SAHAS",
                "JanSahas",
                " Jan\u00a0Sahas ",
                "जन  साहस",
                "Jan Sahas.",
                "Jan-Sahas",
                "Jan_Sahas",
                "Jan\u00b7Sahas",
                "Jan Sa\u1e25as",
                "Jan Saha\u0219",
                "J\u00e1n Sahas!",
                "जन साहस।"
            })
    @DisplayName("a name another organisation holds is refused, whatever its case, spacing, punctuation and accents")
    void refusesAnotherOrganisationsNameWhateverCaseAndSpacing(String name) {
        OrganisationNames.Refusal r =
                OrganisationNames.check(B_TRUST, false, name, janSahas()).orElseThrow();
        assertTrue(r.problem().contains("'jan-sahas' of this portal"), r.problem());
        assertTrue(r.fix().contains("Choose a name"), r.fix());
    }

    @Test
    @DisplayName("a word mixing Cyrillic with Latin letters is refused, naming the word and its scripts")
    void refusesACyrillicLookAlikeWithinAWord() {
        OrganisationNames.Refusal r = OrganisationNames.check(B_TRUST, false, "J\u0430n Sahas", janSahas())
                .orElseThrow();
        assertTrue(r.problem().contains("'J\u0430n'") && r.problem().contains("Cyrillic, Latin"), r.problem());
    }

    @Test
    @DisplayName("a name all in Cyrillic look-alikes of another's Latin letters is refused as that name")
    void refusesAWholeScriptLookAlike() {
        OrganisationNames.Refusal r = OrganisationNames.check(
                        B_TRUST, false, "J\u0430n \u0405\u0430\u04bb\u0430\u0455", janSahas())
                .orElseThrow();
        assertTrue(r.problem().contains("mixes scripts"), r.problem());
        r = OrganisationNames.check(
                        B_TRUST,
                        false,
                        "\u0405\u0430\u04bb\u0430\u0455",
                        List.of(new OrganisationNames.Held(JAN_SAHAS, "Sahas", Optional.empty())))
                .orElseThrow();
        assertTrue(r.problem().contains("reads as 'Sahas'"), r.problem());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"जन साहस ट्रस्ट", "Jan Sahas Trust", "Aajeevika Bureau", "प्रवासी Help", "Jan-Sahaj", "जान साहस"
            })
    @DisplayName("names that differ, Hindi beside English, or scripts in separate words, pass")
    void passesNamesThatDiffer(String name) {
        assertEquals(Optional.empty(), OrganisationNames.check(B_TRUST, false, name, janSahas()));
    }

    @Test
    @DisplayName("an organisation keeps its own names: saved again unchanged, in either language, they pass")
    void passesAnOrganisationsOwnNames() {
        assertEquals(Optional.empty(), OrganisationNames.check(JAN_SAHAS, false, "Jan Sahas", janSahas()));
        assertEquals(Optional.empty(), OrganisationNames.check(JAN_SAHAS, false, "जन साहस", janSahas()));
        assertEquals(Optional.empty(), OrganisationNames.check(JAN_SAHAS, false, "jan sahas", janSahas()));
    }

    @Test
    @DisplayName("a peer's organisation may take neither a local organisation's name nor one another peer's holds")
    void aPeerTakesNoNameHeldHere() {
        assertTrue(OrganisationNames.check(PEER_ORG, true, "Jan Sahas", janSahas())
                .orElseThrow()
                .problem()
                .contains("of this portal"));
        List<OrganisationNames.Held> harvested = List.of(new OrganisationNames.Held(
                org("https://other.example.org/id/org/x"), "Jan Sahas", Optional.of("https://other.example.org/")));
        assertTrue(OrganisationNames.check(PEER_ORG, true, "Jan Sahas", harvested)
                .orElseThrow()
                .problem()
                .contains("harvested from https://other.example.org/"));
    }

    @Test
    @DisplayName("a name a peer's organisation holds locks no local organisation out, held before or taken new")
    void localOrganisationsKeepTheirNames() {
        List<OrganisationNames.Held> held = List.of(
                new OrganisationNames.Held(JAN_SAHAS, "Jan Sahas", Optional.empty()),
                new OrganisationNames.Held(PEER_ORG, "Jan Sahas", Optional.of(PEER)),
                new OrganisationNames.Held(PEER_ORG, "Aajeevika", Optional.of(PEER)));
        assertEquals(Optional.empty(), OrganisationNames.check(JAN_SAHAS, false, "Jan Sahas", held));
        assertEquals(Optional.empty(), OrganisationNames.check(JAN_SAHAS, false, "Aajeevika", held));
        assertTrue(
                OrganisationNames.check(PEER_ORG, true, "Jan Sahas", held).isPresent(),
                "the peer's organisation is refused the local name at its next harvest");
    }

    @Test
    @DisplayName("the demo organisations' names pass, and none reads as another's")
    void demoOrganisationsPass() throws Exception {
        List<OrganisationNames.Held> held = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(TestNode.DATASETS)) {
            for (Path d : dirs.filter(d -> Files.isRegularFile(d.resolve("organisation.json")))
                    .toList()) {
                Organisation o = OrganisationReader.read(
                        "organisation.json", Files.readAllBytes(d.resolve("organisation.json")));
                o.name()
                        .values()
                        .forEach(n -> held.add(new OrganisationNames.Held(
                                org("https://portal.example.org/pravasi/id/org/" + o.slug()), n, Optional.empty())));
            }
        }
        assertTrue(held.size() >= 8, held::toString);
        for (OrganisationNames.Held h : held) {
            assertEquals(Optional.empty(), OrganisationNames.check(h.organisation(), false, h.name(), held), h.name());
        }
    }
}
