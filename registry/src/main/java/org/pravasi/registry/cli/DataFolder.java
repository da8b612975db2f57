package org.pravasi.registry.cli;

import java.nio.file.Path;
import org.pravasi.registry.config.Env;
import picocli.CommandLine.Option;

/** {@code --data DIR}: the node's data folder, for commands that work on it directly. */
final class DataFolder {
    @Env
    @Option(
            names = "--data",
            paramLabel = "DIR",
            defaultValue = "data",
            description = "the node's data folder (default: ${DEFAULT-VALUE})")
    Path data;
}
