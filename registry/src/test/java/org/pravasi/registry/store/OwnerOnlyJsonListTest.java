package org.pravasi.registry.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.registry.keys.KeyStore;
import tools.jackson.core.type.TypeReference;

/** The owner-only JSON list file behind the API keys and the workspace accounts. */
class OwnerOnlyJsonListTest {
    record Item(String name) {}

    @TempDir
    Path dir;

    private OwnerOnlyJsonList<Item> items() {
        return new OwnerOnlyJsonList<>(dir.resolve("items.json"), new TypeReference<List<Item>>() {}, "items");
    }

    @Test
    void anAbsentFileIsAnEmptyList() {
        assertEquals(List.of(), items().current());
    }

    @Test
    void whatIsSavedIsReadBackAndTheFileIsOwnerOnly() throws Exception {
        assumeTrue(OwnerOnly.posix(dir));
        items().save(List.of(new Item("a"), new Item("b")));
        assertEquals(List.of(new Item("a"), new Item("b")), items().current());
        assertEquals(
                "rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("items.json"))));
    }

    @Test
    void aChangeByAnotherProcessIsPickedUp() {
        OwnerOnlyJsonList<Item> node = items();
        assertEquals(List.of(), node.current());
        items().save(List.of(new Item("from the command line")));
        assertEquals(List.of(new Item("from the command line")), node.current());
    }

    @Test
    void aChangeOfTheSameSizeInTheSameTickOfTheFileClockIsPickedUp() throws Exception {
        // The file system keeps times coarsely: two saves in one tick, of the same size and (once the old file is
        // freed) the same file key, look alike by their attributes. Was flaky in AccountStoreTest before.
        Path file = dir.resolve("items.json");
        OwnerOnlyJsonList<Item> node = items();
        items().save(List.of(new Item("a")));
        FileTime tick = Files.getLastModifiedTime(file);
        assertEquals(List.of(new Item("a")), node.current());

        Files.writeString(file, Files.readString(file).replace("\"a\"", "\"b\""));
        Files.setLastModifiedTime(file, tick);

        assertEquals(List.of(new Item("b")), node.current());
    }

    @Test
    void aDamagedFileIsRefusedNamingTheFileAndWhatItHolds() throws Exception {
        Files.writeString(dir.resolve("items.json"), "[{\"name\": ");
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> items().current());
        assertTrue(e.getMessage().startsWith("Cannot read items from " + dir.resolve("items.json")), e.getMessage());
    }

    @Test
    void aDamagedKeyFileIsRefusedWithTheSameClearMessage() throws Exception {
        Files.writeString(dir.resolve("keys.json"), "not json");
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> KeyStore.open(dir));
        assertTrue(e.getMessage().startsWith("Cannot read API keys from "), e.getMessage());
    }
}
