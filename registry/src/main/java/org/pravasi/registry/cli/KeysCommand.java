package org.pravasi.registry.cli;

import java.util.concurrent.Callable;
import org.pravasi.registry.config.ConfigException;
import org.pravasi.registry.ingest.DescriptorReader;
import org.pravasi.registry.keys.ApiKey;
import org.pravasi.registry.keys.IssuedKey;
import org.pravasi.registry.keys.KeyStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code keys create|list|revoke --data DIR ...}: manages organisation API keys (works while the node runs). */
@Command(
        name = "keys",
        description = "Manages organisations' API keys (also while the node runs); only their hashes are kept.",
        subcommands = {KeysCommand.Create.class, KeysCommand.ListKeys.class, KeysCommand.Revoke.class})
final class KeysCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: name one of create, list, revoke");
    }

    @Command(name = "create", description = "Creates a key for an organisation and prints it, once.")
    static final class Create implements Callable<Integer> {
        private final Streams streams;

        @Mixin
        DataFolder folder;

        @Option(
                names = "--org",
                required = true,
                paramLabel = "SLUG",
                description = "the organisation the key publishes for, e.g. mrc-alliance")
        String org;

        Create(Streams streams) {
            this.streams = streams;
        }

        @Override
        public Integer call() {
            if (!DescriptorReader.SLUG.matcher(org).matches()) {
                throw new ConfigException(
                        "--org '" + org + "' is not a valid slug: use lowercase letters, digits and hyphens");
            }
            IssuedKey k = KeyStore.open(folder.data).create(org);
            streams.out().println(k.secret());
            streams.err()
                    .println("Key " + k.id() + " for organisation '" + org
                            + "' created. It is shown only now: store it safely. Only its hash is kept.");
            return ExitCode.OK.code();
        }
    }

    @Command(name = "list", description = "Lists the keys, never their secrets.")
    static final class ListKeys implements Callable<Integer> {
        private final Streams streams;

        @Mixin
        DataFolder folder;

        ListKeys(Streams streams) {
            this.streams = streams;
        }

        @Override
        public Integer call() {
            var out = streams.out();
            out.printf("%-14s %-32s %-26s %s%n", "ID", "ORGANISATION", "CREATED", "STATUS");
            for (ApiKey k : KeyStore.open(folder.data).list()) {
                out.printf(
                        "%-14s %-32s %-26s %s%n",
                        k.id(), k.org(), k.created(), k.active() ? "active" : "revoked " + k.revoked());
            }
            return ExitCode.OK.code();
        }
    }

    @Command(name = "revoke", description = "Revokes a key: the node refuses it from the next request on.")
    static final class Revoke implements Callable<Integer> {
        private final Streams streams;

        @Mixin
        DataFolder folder;

        @Option(names = "--id", required = true, paramLabel = "ID", description = "the key id shown by 'keys list'")
        String id;

        Revoke(Streams streams) {
            this.streams = streams;
        }

        @Override
        public Integer call() {
            if (!KeyStore.open(folder.data).revoke(id)) {
                streams.err().println("No active key with id " + id + ": 'keys list' shows the keys and their state.");
                return ExitCode.REFUSED.code();
            }
            streams.out().println("Key " + id + " revoked.");
            return ExitCode.OK.code();
        }
    }
}
