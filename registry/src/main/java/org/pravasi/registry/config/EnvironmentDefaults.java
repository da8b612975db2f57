package org.pravasi.registry.config;

import java.lang.reflect.AnnotatedElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Defaults from {@code PRAVASI_*} environment variables for the options marked {@link Env}, and an "Environment"
 * section in each command's help that lists them. A blank variable counts as unset.
 */
public final class EnvironmentDefaults implements CommandLine.IDefaultValueProvider {
    /** Prefix of every environment variable the command lines read. */
    public static final String PREFIX = "PRAVASI_";
    /** Key of the help section that lists a command's environment variables. */
    public static final String SECTION = "environment";

    private final Map<String, String> env;

    /** Reads defaults from {@code env} (use {@code System.getenv()}). */
    public EnvironmentDefaults(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    /** The environment variable of {@code option}, if it has one: {@code --base-uri} ⇔ {@code PRAVASI_BASE_URI}. */
    public static Optional<String> variable(OptionSpec option) {
        if (!(option.userObject() instanceof AnnotatedElement e) || !e.isAnnotationPresent(Env.class)) {
            return Optional.empty();
        }
        return Optional.of(PREFIX
                + option.longestName()
                        .replaceFirst("^-+", "")
                        .toUpperCase(Locale.ROOT)
                        .replace('-', '_'));
    }

    @Override
    public String defaultValue(ArgSpec arg) {
        if (arg instanceof OptionSpec option) {
            return variable(option).map(env::get).filter(v -> !v.isBlank()).orElse(null);
        }
        return null;
    }

    /**
     * Installs these defaults on {@code cmd} and its sub-commands, and adds the help section listing each command's
     * variables just before the footer.
     */
    public void install(CommandLine cmd) {
        cmd.setDefaultValueProvider(this);
        addHelpSection(cmd);
    }

    private static void addHelpSection(CommandLine cmd) {
        List<String> lines = new ArrayList<>();
        for (OptionSpec o : cmd.getCommandSpec().options()) {
            variable(o).ifPresent(v -> lines.add(String.format("  %-26s %s", v, o.longestName())));
        }
        if (!lines.isEmpty() && !cmd.getHelpSectionKeys().contains(SECTION)) {
            cmd.getHelpSectionMap()
                    .put(
                            SECTION,
                            help -> "%nEnvironment (a flag on the command line wins):%n".formatted()
                                    + String.join(System.lineSeparator(), lines)
                                    + System.lineSeparator());
            List<String> keys = new ArrayList<>(cmd.getHelpSectionKeys());
            keys.add(keys.indexOf(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER_HEADING), SECTION);
            cmd.setHelpSectionKeys(keys);
        }
        cmd.getSubcommands().values().stream().distinct().forEach(EnvironmentDefaults::addHelpSection);
    }
}
