package org.pravasi.registry.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code pravasi-registry}: the registry's commands. A new command is a class annotated {@code @Command} added to
 * {@code subcommands} below; a constructor taking {@link Streams} gets the output streams and the environment.
 */
@Command(
        name = "pravasi-registry",
        mixinStandardHelpOptions = true,
        scope = ScopeType.INHERIT,
        versionProvider = VersionProvider.class,
        usageHelpAutoWidth = true,
        description =
                "Runs a registry node, publishes and withdraws datasets, manages API keys, backs up and restores.",
        subcommands = {
            ServeCommand.class,
            PublishCommand.class,
            WithdrawCommand.class,
            KeysCommand.class,
            AccountsCommand.class,
            BackupCommand.class,
            RestoreCommand.class,
            CompletionCommand.class
        })
final class RegistryCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(
                spec.commandLine(),
                "Missing command: name one of " + spec.subcommands().keySet());
    }
}
