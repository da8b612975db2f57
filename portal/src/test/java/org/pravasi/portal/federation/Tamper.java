package org.pravasi.portal.federation;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * How a hostile peer rewrites the N-Quads it relays, as data, so that it can be passed to {@link AttackerMain} on its
 * command line: {@link #encode()} is one argument (base64url parts, no spaces), {@link #decode} reads it back.
 *
 * @param kind what is done: {@code none}, {@code replace} (every {@code from} by {@code to}), {@code object} (the
 *     object of every line starting with subject and predicate {@code prefix} by {@code object}), {@code append} (a
 *     quad at the end of every answer containing {@code marker}; "" for every answer)
 * @param args the kind's arguments, in that order
 */
record Tamper(String kind, List<String> args) implements UnaryOperator<String> {
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final List<String> KINDS = List.of("none", "replace", "object", "append");

    Tamper {
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("Unknown tamper '" + kind + "': one of " + KINDS);
        }
        args = List.copyOf(args);
    }

    /** Relays unchanged. */
    static Tamper none() {
        return new Tamper("none", List.of());
    }

    /** Replaces every {@code from} with {@code to}. */
    static Tamper replace(String from, String to) {
        return new Tamper("replace", List.of(from, to));
    }

    /** Gives the triple {@code <subject> <predicate> ...} of every graph the object {@code object} instead. */
    static Tamper object(String subject, String predicate, String object) {
        return new Tamper("object", List.of("<" + subject + "> <" + predicate + "> ", object));
    }

    /** Appends {@code quad} (an N-Quads line with its final newline) to every answer containing {@code marker}. */
    static Tamper appendIf(String marker, String quad) {
        return new Tamper("append", List.of(marker, quad));
    }

    /** Appends {@code quad} to every answer. */
    static Tamper append(String quad) {
        return appendIf("", quad);
    }

    @Override
    public String apply(String nq) {
        return switch (kind) {
            case "replace" -> nq.replace(args.get(0), args.get(1));
            case "object" -> {
                String prefix = args.get(0);
                yield nq.lines()
                        .map(l -> l.startsWith(prefix)
                                ? prefix + args.get(1) + l.substring(l.indexOf(" <", prefix.length() + 1))
                                : l)
                        .collect(Collectors.joining("\n", "", "\n"));
            }
            case "append" -> nq.contains(args.get(0)) ? nq + args.get(1) : nq;
            default -> nq;
        };
    }

    /** One command-line argument: the kind, then each argument in base64url, separated by dots. */
    String encode() {
        return args.stream()
                .map(a -> B64.encodeToString(a.getBytes(StandardCharsets.UTF_8)))
                .collect(Collectors.joining(".", kind + (args.isEmpty() ? "" : "."), ""));
    }

    /** The tamper {@link #encode()} wrote. */
    static Tamper decode(String encoded) {
        String[] parts = encoded.split("\\.", -1);
        return new Tamper(
                parts[0],
                Arrays.stream(parts, 1, parts.length)
                        .map(p -> new String(Base64.getUrlDecoder().decode(p), StandardCharsets.UTF_8))
                        .toList());
    }
}
