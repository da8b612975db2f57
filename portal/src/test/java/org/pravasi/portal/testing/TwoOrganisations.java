package org.pravasi.portal.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.pravasi.registry.accounts.AccountStore;
import org.pravasi.registry.accounts.NewMember;
import org.pravasi.registry.accounts.Role;

/**
 * Two organisations for workspace tests, A ({@code mrc-alliance}) and B ({@code four-state-network}), with one demo
 * dataset each (seeding all of them takes minutes on a busy machine) and their members on a real portal.
 *
 * @param portal the portal, on port 0
 * @param accounts its accounts
 * @param editorA the initial password of {@code editor@a.example.org}
 * @param viewerA the initial password of {@code viewer@a.example.org}
 * @param editorB the initial password of {@code editor@b.example.org}
 */
public record TwoOrganisations(
        DemoPortal portal, AccountStore accounts, String editorA, String viewerA, String editorB) {
    /** Organisation A. */
    public static final String A = "mrc-alliance";
    /** Organisation B. */
    public static final String B = "four-state-network";
    /** A's demo dataset. */
    public static final String DATASET_A = "case-resolution-by-district-year";
    /** B's demo dataset. */
    public static final String DATASET_B = "annual-outcomes-families";
    /** The password of {@code admin@a.example.org} and {@code admin@b.example.org}. */
    public static final String ADMIN_PASSWORD = "admin-of-a-long-phrase";

    /** Copies A's and B's demo dataset into {@code dir/datasets}, and returns that folder (for {@code --datasets}). */
    public static Path datasets(Path dir) throws IOException {
        Path demo = DemoPortal.datasetsFolder();
        Path small = dir.resolve("datasets");
        for (String[] pick : List.of(new String[] {A, DATASET_A}, new String[] {B, DATASET_B})) {
            Path org = Files.createDirectories(small.resolve(pick[0]));
            for (String file : List.of("organisation.json", pick[1] + ".json", pick[1] + ".csv")) {
                Files.copy(demo.resolve(pick[0]).resolve(file), org.resolve(file));
            }
        }
        return small;
    }

    /**
     * A portal with data in {@code dir/data} over {@link #datasets}, with the reference geography or without; admins of
     * A and B, an editor and a viewer of A, and an editor of B.
     */
    public static TwoOrganisations start(Path dir, Optional<Path> geography) throws IOException {
        DemoPortal portal = DemoPortal.start(dir.resolve("data"), Optional.of(datasets(dir)), geography);
        AccountStore accounts = AccountStore.open(portal.data());
        accounts.addAdmin(A, "admin@a.example.org", "Admin A", ADMIN_PASSWORD.toCharArray());
        accounts.addAdmin(B, "admin@b.example.org", "Admin B", ADMIN_PASSWORD.toCharArray());
        return new TwoOrganisations(
                portal,
                accounts,
                password(accounts.addMember(A, "editor@a.example.org", "Editor A", Role.EDITOR)),
                password(accounts.addMember(A, "viewer@a.example.org", "Viewer A", Role.VIEWER)),
                password(accounts.addMember(B, "editor@b.example.org", "Editor B", Role.EDITOR)));
    }

    private static String password(NewMember m) {
        return m.initialPassword().orElseThrow();
    }
}
