package org.pravasi.registry.federation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Why this portal refused a peer dataset: the rules it broke, which are shown publicly ({@link #shown()}), and the
 * detail, which may name cells, bounds, IRIs and what the peer sent, and goes to the operator's log only. Only the
 * rules ever reach {@link DatasetRefusal}, so a check that words its detail carelessly cannot make a public page say
 * more.
 *
 * @param rules the rules broken, at least one
 * @param detail what broke them, where, and how the peer can fix it (for the operator)
 * @param sameBytes whether the peer sent the bytes refused before, which were not checked again
 */
record Refusal(List<RefusalRule> rules, String detail, boolean sameBytes) {
    /** Added to a refusal repeated without a check, because the peer sent the bytes refused before. */
    static final String SAME_BYTES =
            " (The peer sent the same bytes as the copy refused before; they were not checked again.)";

    /** Keeps the rules, in order, without repeats; none reads as {@link RefusalRule#OTHER}. */
    Refusal {
        rules = rules == null || rules.isEmpty()
                ? List.of(RefusalRule.OTHER)
                : rules.stream().distinct().toList();
        detail = detail == null ? "" : detail;
    }

    /** The refusal of one rule. */
    Refusal(RefusalRule rule, String detail) {
        this(List.of(rule), detail, false);
    }

    /** This refusal, repeated for the same bytes sent again. */
    Refusal repeated() {
        return new Refusal(rules, detail, true);
    }

    /** The rules' stable names. */
    List<String> ruleNames() {
        return rules.stream().map(RefusalRule::id).toList();
    }

    /** The public text: that the dataset was refused and under which rules; never the detail. */
    String shown() {
        return "Refused: " + rules.stream().map(RefusalRule::sentence).collect(Collectors.joining("; and "))
                + ". Nothing of it was stored. Which cells or values broke the rule is not shown here; this portal's"
                + " operator has the detail in its log." + (sameBytes ? SAME_BYTES : "");
    }

    /** The detail for the operator's log. */
    String logged() {
        return detail + (sameBytes ? SAME_BYTES : "");
    }
}
