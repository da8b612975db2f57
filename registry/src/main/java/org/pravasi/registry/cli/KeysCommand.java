package org.pravasi.registry.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.pravasi.registry.config.ConfigException;
import org.pravasi.registry.config.Flags;
import org.pravasi.registry.ingest.DescriptorReader;
import org.pravasi.registry.keys.ApiKey;
import org.pravasi.registry.keys.IssuedKey;
import org.pravasi.registry.keys.KeyStore;

/** {@code keys create|list|revoke --data DIR ...}: manages organisation API keys (works while the node runs). */
final class KeysCommand {
    private final PrintStream out;

    KeysCommand(PrintStream out) {
        this.out = out;
    }

    int run(List<String> args) {
        if (args.isEmpty()) {
            throw new ConfigException(
                    "Usage: pravasi-registry keys create --data DIR --org SLUG | list --data DIR | revoke --data DIR --id ID");
        }
        Flags flags = Flags.parse(args.subList(1, args.size()), List.of("data", "org", "id"));
        KeyStore keys = KeyStore.open(Path.of(flags.last("data").orElse("data")));
        switch (args.getFirst()) {
            case "create" -> {
                String org =
                        flags.required("org", "name the organisation the key publishes for, e.g. --org mrc-alliance");
                if (!DescriptorReader.SLUG.matcher(org).matches()) {
                    throw new ConfigException(
                            "--org '" + org + "' is not a valid slug: use lowercase letters, digits and hyphens");
                }
                IssuedKey k = keys.create(org);
                out.println(k.secret());
                System.err.println("Key " + k.id() + " for organisation '" + org
                        + "' created. It is shown only now: store it safely. Only its hash is kept.");
            }
            case "list" -> {
                out.printf("%-14s %-32s %-26s %s%n", "ID", "ORGANISATION", "CREATED", "STATUS");
                for (ApiKey k : keys.list()) {
                    out.printf(
                            "%-14s %-32s %-26s %s%n",
                            k.id(), k.org(), k.created(), k.active() ? "active" : "revoked " + k.revoked());
                }
            }
            case "revoke" -> {
                String id = flags.required("id", "name the key id shown by 'keys list'");
                if (!keys.revoke(id)) {
                    System.err.println("No active key with id " + id + ".");
                    return 1;
                }
                out.println("Key " + id + " revoked.");
            }
            default ->
                throw new ConfigException("Unknown keys command '" + args.getFirst() + "': use create, list or revoke");
        }
        return 0;
    }
}
