package org.pravasi.registry.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.pravasi.registry.accounts.Account;
import org.pravasi.registry.accounts.AccountException;
import org.pravasi.registry.accounts.AccountStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code accounts add-admin|list --data DIR ...}: creates an organisation's first workspace admin (who then adds the
 * other members in the portal at {@code /publish}) and lists accounts; works while the node runs. The password is read
 * from the terminal without echo, or as the first line of standard input, never from a flag (flags show in {@code ps}).
 */
@Command(
        name = "accounts",
        description = "Manages workspace accounts (also while the node runs): an organisation's first admin, a list.",
        subcommands = {AccountsCommand.AddAdmin.class, AccountsCommand.ListAccounts.class})
public final class AccountsCommand implements Runnable {

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

    @Spec
    CommandSpec spec;

    /** The command as the CLI runs it: passwords from the terminal, or standard input when piped. */
    AccountsCommand(Streams streams) {
        this(PasswordPrompt.standard(System.in, streams.err()));
    }

    /** A command reading passwords through {@code prompt}. */
    public AccountsCommand(PasswordPrompt prompt) {
        this.prompt = prompt;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: name one of add-admin, list");
    }

    @Command(
            name = "add-admin",
            description = "Creates an organisation's first workspace admin; the password is asked for, never a flag.")
    static final class AddAdmin implements Callable<Integer> {
        private final Streams streams;

        @ParentCommand
        AccountsCommand parent;

        @Mixin
        DataFolder folder;

        @Option(
                names = "--org",
                required = true,
                paramLabel = "SLUG",
                description = "the organisation, e.g. mrc-alliance")
        String org;

        @Option(
                names = "--email",
                required = true,
                paramLabel = "EMAIL",
                description = "the admin's email, used to sign in, e.g. a@example.org")
        String email;

        @Option(
                names = "--name",
                required = true,
                paramLabel = "NAME",
                description = "the admin's name as shown to colleagues, e.g. 'A. Rao'")
        String name;

        AddAdmin(Streams streams) {
            this.streams = streams;
        }

        @Override
        public Integer call() {
            char[] password = parent.prompt.read("Password for " + email + " (12 to 256 characters): ");
            try {
                Account a = AccountStore.open(folder.data).addAdmin(org, email, name, password);
                streams.out()
                        .println("Account " + a.id() + " (" + a.email() + ") is an admin of '" + org
                                + "'. Sign in at /publish to add members and keys. Only a hash of the password is"
                                + " kept.");
                return ExitCode.OK.code();
            } catch (AccountException e) {
                throw new CliException(ExitCode.BAD_INPUT, e.getMessage());
            } finally {
                Arrays.fill(password, '\0');
            }
        }
    }

    @Command(name = "list", description = "Lists the accounts and their roles, never their password hashes.")
    static final class ListAccounts implements Callable<Integer> {
        private final Streams streams;

        @Mixin
        DataFolder folder;

        ListAccounts(Streams streams) {
            this.streams = streams;
        }

        @Override
        public Integer call() {
            PrintStream out = streams.out();
            out.printf("%-18s %-40s %s%n", "ID", "EMAIL", "ORGANISATIONS");
            for (Account a : AccountStore.open(folder.data).list()) {
                out.printf(
                        "%-18s %-40s %s%n",
                        a.id(),
                        a.email(),
                        a.memberships().stream()
                                .map(m -> m.org() + ":" + m.role().code())
                                .collect(Collectors.joining(" ")));
            }
            return ExitCode.OK.code();
        }
    }
}
