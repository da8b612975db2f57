package org.pravasi.registry.cli;

import java.io.PrintStream;
import java.util.List;
import org.pravasi.registry.config.ConfigException;

/** Dispatches the registry's sub-commands and turns errors into messages and exit codes (2 = error). */
public final class Cli {
    static final String USAGE = """
            Usage: pravasi-registry <command> [flags]
              serve    [--port 8080] [--data DIR] [--fuseki-port PORT] [--base-uri URI] [--geo DIR] [--threshold 10]
                       [--rate-publish 30,60 (per key, per IP; per minute)]
              publish  --node URL --key KEY --descriptor d.json --csv f.csv [--dry-run]
              withdraw --node URL --key KEY --dataset ORG/SLUG --reason TEXT
              keys     create --data DIR --org SLUG | list --data DIR | revoke --data DIR --id ID
              accounts add-admin --data DIR --org SLUG --email EMAIL --name NAME | list --data DIR
              backup   --data DIR [--out FILE]        consistent snapshot, also while the node runs
              restore  --data DIR --from FILE [--force]
            """;
    private final PrintStream out;
    private final PrintStream err;

    /** Creates the CLI writing to the given streams. */
    public Cli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Runs {@code args} and returns the exit code. */
    public int run(List<String> args) {
        if (args.isEmpty()
                || args.getFirst().equals("--help")
                || args.getFirst().equals("help")) {
            out.print(USAGE);
            return args.isEmpty() ? 2 : 0;
        }
        List<String> rest = args.subList(1, args.size());
        try {
            return switch (args.getFirst()) {
                case "serve" -> new ServeCommand().run(rest);
                case "publish" -> new PublishCommand(out, err).run(rest);
                case "withdraw" -> new WithdrawCommand(out).run(rest);
                case "keys" -> new KeysCommand(out).run(rest);
                case "accounts" ->
                    new AccountsCommand(AccountsCommand.PasswordPrompt.standard(System.in, err), out).run(rest);
                case "backup" -> new BackupCommand(out).backup(rest);
                case "restore" -> new BackupCommand(out).restore(rest);
                default -> {
                    err.println("Unknown command '" + args.getFirst() + "'.");
                    err.print(USAGE);
                    yield 2;
                }
            };
        } catch (ConfigException | org.pravasi.registry.backup.BackupException e) {
            err.println("Error: " + e.getMessage());
            return 2;
        } catch (java.net.ConnectException e) {
            err.println("Error: cannot reach the node (" + e.getMessage()
                    + "). Check --node and that the node is running.");
            return 2;
        } catch (Exception e) {
            err.println("Error: " + e);
            return 2;
        }
    }
}
