package org.pravasi.registry;

import java.util.Arrays;
import java.util.List;
import org.pravasi.registry.cli.Cli;
import org.pravasi.registry.cli.Streams;

/** Entry point of {@code pravasi-registry.jar}. */
public final class RegistryMain {
    private RegistryMain() {}

    /** Runs a sub-command: serve, publish, withdraw, keys, backup, restore, completion ({@code --help} lists them). */
    public static void main(String[] args) {
        System.exit(new Cli(Streams.system()).run(List.copyOf(Arrays.asList(args))));
    }
}
