package org.pravasi.registry.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.pravasi.registry.accounts.Account;
import org.pravasi.registry.accounts.AccountException;
import org.pravasi.registry.accounts.AccountStore;
import org.pravasi.registry.config.ConfigException;
import org.pravasi.registry.config.Flags;

/**
 * {@code accounts add-admin|list --data DIR ...}: creates an organisation's first workspace admin (who then adds the
 * other members in the portal at {@code /publish}) and lists accounts; works while the node runs. The password is read
 * from the terminal without echo, or as the first line of standard input, never from a flag (flags show in {@code ps}).
 */
public final class AccountsCommand {
    /** Usage of the command. */
    public static final String USAGE = "Usage: pravasi-registry accounts add-admin --data DIR --org SLUG --email EMAIL"
            + " --name NAME  (password from the terminal or standard input) | list --data DIR";

    /** Reads a password for a prompt. */
    @FunctionalInterface
    public interface PasswordPrompt {
        /** The password typed for {@code prompt}. */
        char[] read(String prompt);

        /** From the terminal without echo when there is one, else the next line of {@code in}. */
        static PasswordPrompt standard(InputStream in, PrintStream err) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return prompt -> {
                Console console = System.console();
                if (console != null && in == System.in && isTerminal(console)) {
                    char[] typed = console.readPassword("%s", prompt);
                    return typed == null ? new char[0] : typed;
                }
                err.print(prompt);
                try {
                    String line = reader.readLine();
                    return line == null ? new char[0] : line.toCharArray();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            };
        }
    }

    /**
     * Whether the console is a terminal: from Java 22 {@code System.console()} is also non-null when the streams are
     * redirected, and {@code Console.isTerminal()} (absent in 21, our baseline) tells them apart.
     */
    static boolean isTerminal(Console console) {
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    private final PasswordPrompt prompt;
    private final PrintStream out;

    /** A command reading passwords through {@code prompt} and writing to {@code out}. */
    public AccountsCommand(PasswordPrompt prompt, PrintStream out) {
        this.prompt = prompt;
        this.out = out;
    }

    /** Runs the sub-command in {@code args}; returns the exit code (0 done, 2 refused). */
    public int run(List<String> args) {
        if (args.isEmpty()) {
            throw new ConfigException(USAGE);
        }
        Flags flags = Flags.parse(args.subList(1, args.size()), List.of("data", "org", "email", "name"));
        AccountStore accounts = AccountStore.open(Path.of(flags.last("data").orElse("data")));
        switch (args.getFirst()) {
            case "add-admin" -> {
                String org = flags.required("org", "name the organisation, e.g. --org mrc-alliance");
                String email =
                        flags.required("email", "the admin's email, used to sign in, e.g. --email a@example.org");
                String name = flags.required("name", "the admin's name as shown to colleagues, e.g. --name 'A. Rao'");
                char[] password = prompt.read("Password for " + email + " (12 to 256 characters): ");
                try {
                    Account a = accounts.addAdmin(org, email, name, password);
                    out.println("Account " + a.id() + " (" + a.email() + ") is an admin of '" + org
                            + "'. Sign in at /publish to add members and keys. Only a hash of the password is kept.");
                } catch (AccountException e) {
                    throw new ConfigException(e.getMessage());
                } finally {
                    Arrays.fill(password, '\0');
                }
            }
            case "list" -> {
                out.printf("%-18s %-40s %s%n", "ID", "EMAIL", "ORGANISATIONS");
                for (Account a : accounts.list()) {
                    out.printf(
                            "%-18s %-40s %s%n",
                            a.id(),
                            a.email(),
                            a.memberships().stream()
                                    .map(m -> m.org() + ":" + m.role().code())
                                    .collect(Collectors.joining(" ")));
                }
            }
            default ->
                throw new ConfigException(
                        "Unknown accounts command '" + args.getFirst() + "': use add-admin or list. " + USAGE);
        }
        return 0;
    }
}
