package org.pravasi.registry.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Command-line flags of the form {@code --name value} or {@code --name=value}; boolean flags may omit the value. */
public record Flags(Map<String, List<String>> values, List<String> positional) {

    /** Parses {@code args}, accepting only the given flag names. */
    public static Flags parse(List<String> args, List<String> known) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                positional.add(arg);
                continue;
            }
            String name = arg.substring(2);
            String value;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                value = args.get(++i);
            } else {
                value = "true";
            }
            if (!known.contains(name)) {
                throw new ConfigException("Unknown flag --" + name + ". Known flags: --" + String.join(", --", known));
            }
            values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return new Flags(values, positional);
    }

    /** The last value given for a flag. */
    public Optional<String> last(String name) {
        List<String> v = values.get(name);
        return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.getLast());
    }

    /** Every value given for a repeatable flag. */
    public List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    /** The value of a required flag, or a clear error. */
    public String required(String name, String why) {
        return last(name).orElseThrow(() -> new ConfigException("Missing --" + name + ": " + why));
    }
}
