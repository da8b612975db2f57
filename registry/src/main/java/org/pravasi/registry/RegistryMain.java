package org.pravasi.registry;

import java.util.Arrays;
import java.util.List;
import org.pravasi.registry.cli.Cli;

/** Entry point of {@code pravasi-registry.jar}. */
public final class RegistryMain {
    private RegistryMain() {}

    /** Runs a sub-command: serve, publish, keys, backup, restore. */
    public static void main(String[] args) {
        System.exit(new Cli(System.out, System.err).run(List.copyOf(Arrays.asList(args))));
    }
}
