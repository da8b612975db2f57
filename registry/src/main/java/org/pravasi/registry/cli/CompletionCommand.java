package org.pravasi.registry.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code completion}: prints a bash and zsh completion script for every command and flag ({@code source <(...
 * completion)}).
 */
@Command(
        name = "completion",
        description = {
            "Prints a bash and zsh completion script for the command 'pravasi-registry'.",
            "Load it with: source <(java -jar pravasi-registry.jar completion)",
            "(zsh: run 'autoload -U +X bashcompinit && bashcompinit' first)."
        })
final class CompletionCommand implements Callable<Integer> {
    private final Streams streams;

    @Spec
    CommandSpec spec;

    CompletionCommand(Streams streams) {
        this.streams = streams;
    }

    @Override
    public Integer call() {
        var root = spec.root();
        streams.out().print(AutoComplete.bash(root.name(), root.commandLine()));
        streams.out().flush();
        return ExitCode.OK.code();
    }
}
