package org.pravasi.registry.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pravasi.registry.node.RegistryNode;
import org.pravasi.registry.testing.TestNode;

/** Organisation files are screened in every text and URL field, and refused before anything is written. */
class PersonalDataInOrganisationsTest {

    @TempDir
    Path dir;

    RegistryNode node;

    @BeforeEach
    void start() {
        node = TestNode.start(dir);
    }

    @AfterEach
    void stop() {
        node.close();
    }

    private static Organisation read(String fields) {
        String json = "{\"slug\": \"new-org\", \"name\": {\"en\": \"New Org\"}, " + fields + "}";
        return OrganisationReader.read("organisation.json", json.getBytes(StandardCharsets.UTF_8));
    }

    private void assertRefused(Organisation o, String field) {
        long before = TestNode.quads(node);
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> node.organisations().upsert(o));
        assertTrue(e.getMessage().contains("field '" + field + "'"), e.getMessage());
        assertFalse(e.getMessage().contains("9876543210"), e.getMessage());
        assertEquals(before, TestNode.quads(node), "a refused organisation changes nothing stored");
    }

    @Test
    void refusesWhatAProfileEditOrAHarvestingPortalWouldRefuse() {
        String centres = "\"centres\": ["
                + String.join(
                        ",",
                        java.util.Collections.nCopies(101, "{\"name\": \"Katihar centre\", \"district\": \"201\"}"))
                + "]";
        assertTrue(assertThrows(IllegalArgumentException.class, () -> read(centres))
                .getMessage()
                .contains("'centres' lists 101 centres; at most 100"));
        String longDescription = "\"description\": {\"en\": \"" + "Migrant workers. ".repeat(300) + "\"}";
        assertTrue(assertThrows(IllegalArgumentException.class, () -> read(longDescription))
                .getMessage()
                .contains("'description' (en) has 5100 characters; at most 4000"));
    }

    @Test
    void refusesAPhoneInTheDescription() {
        assertRefused(read("\"description\": {\"en\": \"Call our coordinator on 98765.43210.\"}"), "description");
    }

    @Test
    void refusesACountOfPeopleInTheDescription() {
        assertRefused(
                read("\"description\": {\"hi\": \"हमने तीन मज़दूरों को छुड़ाया।\", \"en\": \"Rescues.\"}"),
                "description");
    }

    @Test
    void refusesACountOfPeoplePartedByABlankLineInTheDescription() {
        assertRefused(read("\"description\": {\"en\": \"We rescued 3\\n\\nwomen from Barsoi block.\"}"), "description");
    }

    @Test
    void refusesAPersonalWebmailContactPoint() {
        assertRefused(read("\"contactPoint\": \"mailto:coordinator.9876543210@gmail.com\""), "contactPoint");
    }

    @Test
    void refusesANameInACentre() {
        assertRefused(
                read("\"centres\": [{\"name\": \"Centre run by Smt. Sunita Devi\", \"district\": \"201\"}]"),
                "centres[0].name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"hi-x-sunita-devi", "en-x-98765-43210", "sunitadevi"})
    void refusesATextUnderAKeyThatIsNotALanguage(String key) {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> read("\"description\": {\"en\": \"Rescues.\", \"" + key + "\": \"Rescues.\"}"));

        assertTrue(e.getMessage().contains("a key of 'description' is not a language code"), e.getMessage());
        assertFalse(e.getMessage().contains(key), e.getMessage());
    }

    @Test
    void refusesAPhoneInTheSlugThatBecomesItsAddress() {
        String json = "{\"slug\": \"ramesh-9876543210\", \"name\": {\"en\": \"New Org\"}}";

        Organisation o = OrganisationReader.read("organisation.json", json.getBytes(StandardCharsets.UTF_8));

        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> node.organisations().upsert(o));
        assertTrue(e.getMessage().contains("field 'slug'"), e.getMessage());
        assertFalse(node.organisations().exists("ramesh-9876543210"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/a|b", "example.org", "https://example.org/a b"})
    void refusesAHomepageThatIsNotAnAbsoluteHttpIri(String homepage) {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> read("\"homepage\": \"" + homepage + "\""));
        assertTrue(e.getMessage().contains("'homepage'"), e.getMessage());
    }

    @Test
    void registersAnOrdinaryOrganisation() {
        node.organisations()
                .upsert(
                        read(
                                "\"contactPoint\": \"mailto:data@new-org.example.org\", \"homepage\":"
                                        + " \"https://new-org.example.org\", \"description\": {\"en\": \"Eight centres help 6,500 families.\"}"));

        assertTrue(node.organisations().exists("new-org"));
    }
}
