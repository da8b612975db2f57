package org.pravasi.registry.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An organisation's saved choices: merged into what it saved before, never lost to a save at the same moment. */
class SavedMappingsTest {
    private static final String ORG = "mrc-alliance";
    private static final int ROUNDS = 60;

    @TempDir
    Path dir;

    @Test
    void aSaveAddsToWhatWasSavedBefore() {
        SavedMappings saved = SavedMappings.in(dir);
        saved.save(ORG, Map.of("district", Map.of("Katihar", "201")));
        saved.save(ORG, Map.of("district", Map.of("Purnea", "214")));
        assertEquals(Optional.of("201"), saved.find(ORG, "district", "KATIHAR"));
        assertEquals(Optional.of("214"), saved.find(ORG, "district", "purnea"));
    }

    @Test
    void twoSavesAtTheSameMomentThroughTwoInstancesBothSurvive() throws Exception {
        // The portal's screens and the node's API each had their own instance over the same folder.
        SavedMappings first = SavedMappings.in(dir);
        SavedMappings second = SavedMappings.in(dir.resolve(".").resolve("..").resolve(dir.getFileName()));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                CountDownLatch go = new CountDownLatch(1);
                String a = "a" + round;
                String b = "b" + round;
                List<Future<?>> saves = new ArrayList<>();
                saves.add(pool.submit(() -> {
                    go.await();
                    first.save(ORG, Map.of("district", Map.of(a, "201")));
                    return null;
                }));
                saves.add(pool.submit(() -> {
                    go.await();
                    second.save(ORG, Map.of("district", Map.of(b, "214")));
                    return null;
                }));
                go.countDown();
                for (Future<?> f : saves) {
                    f.get();
                }
                assertEquals(Optional.of("201"), SavedMappings.in(dir).find(ORG, "district", a), "round " + round);
                assertEquals(Optional.of("214"), SavedMappings.in(dir).find(ORG, "district", b), "round " + round);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anOrganisationKeepsAtMostTheCapOfChoices() {
        SavedMappings saved = SavedMappings.in(dir);
        Map<String, String> many = new java.util.LinkedHashMap<>();
        for (int i = 0; i < SavedMappings.MAX_ENTRIES - 1; i++) {
            many.put("place " + i, "201");
        }
        saved.save(ORG, Map.of("district", many));
        saved.save(ORG, Map.of("district", Map.of("one more", "201", "and another", "201")));
        assertEquals(Optional.empty(), saved.find(ORG, "district", "one more"), "a save past the cap is refused whole");
        assertEquals(Optional.empty(), saved.find(ORG, "district", "and another"));
        saved.save(ORG, Map.of("district", Map.of("place 7", "214", "the last", "201")));
        assertEquals(Optional.of("201"), saved.find(ORG, "district", "the last"), "a save up to the cap is kept");
        assertEquals(Optional.of("214"), saved.find(ORG, "district", "place 7"), "overriding a choice adds none");
    }

    @Test
    void anOrganisationOverTheCapFromBeforeItCanStillOverrideAChoice() throws Exception {
        // Saved before the cap existed: 10,001 choices.
        StringBuilder json = new StringBuilder("{\"district\": {");
        for (int i = 0; i <= SavedMappings.MAX_ENTRIES; i++) {
            json.append(i == 0 ? "" : ", ")
                    .append("\"")
                    .append(NameKey.of("place " + i))
                    .append("\": \"201\"");
        }
        java.nio.file.Path file = dir.resolve(ORG).resolve("mappings.json");
        java.nio.file.Files.createDirectories(file.getParent());
        java.nio.file.Files.writeString(file, json.append("}}"));
        SavedMappings saved = SavedMappings.in(dir);
        assertEquals(Optional.of("201"), saved.find(ORG, "district", "place 7"), "the file is where it is read");

        saved.save(ORG, Map.of("district", Map.of("place 7", "214")));
        saved.save(ORG, Map.of("district", Map.of("one more", "214")));

        assertEquals(Optional.of("214"), saved.find(ORG, "district", "place 7"), "an override adds no choice");
        assertEquals(Optional.empty(), saved.find(ORG, "district", "one more"), "a new choice past the cap is not");
    }
}
