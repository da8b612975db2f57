package org.pravasi.registry.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.pravasi.registry.config.EnvironmentDefaults;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The README's command-line tables, rendered from the picocli model so that they cannot drift from the code: the
 * portal's flags, the registry's commands, the exit codes. Each sits in the README between {@code <!-- BEGIN NAME -->}
 * and {@code <!-- END NAME -->}; the README tests compare, and rewrite the README with {@code -Dpravasi.readme.write}.
 */
public final class ReadmeTables {
    private ReadmeTables() {}

    /** One row per flag: name, default, meaning (the option's description). */
    public static String flags(CommandSpec spec) {
        StringBuilder sb = new StringBuilder("| flag | default | meaning |\n| --- | --- | --- |\n");
        for (OptionSpec o : ownOptions(spec)) {
            String def = o.defaultValue();
            sb.append("| `")
                    .append(o.longestName())
                    .append("` | ")
                    .append(def == null ? "—" : "`" + def + "`")
                    .append(" | ")
                    .append(cell(String.join(" ", o.description())))
                    .append(" |\n");
        }
        return sb.toString();
    }

    /** One row per command that runs (sub-commands by their full name): flags and environment variables. */
    public static String commands(CommandSpec root) {
        StringBuilder sb = new StringBuilder("| command | flags | environment |\n| --- | --- | --- |\n");
        for (CommandSpec c : leaves(root)) {
            String name = c.qualifiedName(" ").substring(root.name().length()).strip();
            List<OptionSpec> options = ownOptions(c);
            String flags = options.stream()
                    .map(o -> o.required() ? "`" + o.longestName() + "`" : "`[" + o.longestName() + "]`")
                    .collect(Collectors.joining(", "));
            String env = options.stream()
                    .flatMap(o -> EnvironmentDefaults.variable(o).stream())
                    .map(v -> "`" + v + "`")
                    .collect(Collectors.joining(", "));
            sb.append("| `")
                    .append(name)
                    .append("` | ")
                    .append(flags.isEmpty() ? "—" : flags)
                    .append(" | ")
                    .append(env.isEmpty() ? "—" : env)
                    .append(" |\n");
        }
        return sb.toString();
    }

    /** One row per {@link ExitCode}. */
    public static String exitCodes() {
        StringBuilder sb = new StringBuilder("| code | meaning |\n| --- | --- |\n");
        for (ExitCode c : ExitCode.values()) {
            sb.append("| ")
                    .append(c.code())
                    .append(" | ")
                    .append(cell(c.meaning()))
                    .append(" |\n");
        }
        return sb.toString();
    }

    /** The text between the markers of table {@code name} in {@code readme}, or empty if the markers are missing. */
    public static String section(String readme, String name) {
        int begin = readme.indexOf(begin(name));
        int end = readme.indexOf(end(name));
        return begin < 0 || end < begin
                ? ""
                : readme.substring(begin + begin(name).length(), end).strip() + "\n";
    }

    /** {@code readme} with table {@code name} replaced by {@code table}. */
    public static String replace(String readme, String name, String table) {
        int begin = readme.indexOf(begin(name));
        int end = readme.indexOf(end(name));
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("README has no markers for table " + name);
        }
        return readme.substring(0, begin + begin(name).length()) + "\n" + table + readme.substring(end);
    }

    private static String begin(String name) {
        return "<!-- BEGIN " + name + " -->";
    }

    private static String end(String name) {
        return "<!-- END " + name + " -->";
    }

    private static List<OptionSpec> ownOptions(CommandSpec spec) {
        return spec.options().stream()
                .filter(o -> !o.usageHelp() && !o.versionHelp())
                .toList();
    }

    private static List<CommandSpec> leaves(CommandSpec spec) {
        List<CommandSpec> all = new ArrayList<>();
        for (CommandLine sub : spec.subcommands().values()) {
            CommandSpec s = sub.getCommandSpec();
            if (s.subcommands().isEmpty()) {
                all.add(s);
            } else {
                all.addAll(leaves(s));
            }
        }
        return all;
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
