package org.pravasi.registry.federation;

import java.util.List;

/**
 * One peer dataset this portal refused, shown at {@code GET /api/peers} and on the peers page until the peer publishes
 * a newer change of it that passes. Nothing of a refused change is stored; the peer's other datasets are harvested as
 * usual. It says that the dataset was refused and under which rules, never which cells or what bound: a refused table
 * is one this portal judged unsafe to show, and the detail of a check (kept in the operator's log) may state facts
 * about its withheld cells, or about earlier versions no longer served (docs/security.md, "Decision — refusals show
 * rules").
 *
 * @param dataset the dataset URI this portal builds from the peer's base and the identifier ("" when the identifier is
 *     not {@code org/slug}): never the URI the peer sent ({@link PeerTexts})
 * @param identifier {@code org/slug}, or {@code (invalid identifier, N characters)}
 * @param modified the peer's change that was refused (its {@code modified} instant)
 * @param reason the rules it broke, in words
 * @param refusedAt when this portal refused it
 * @param retryAfter when this portal fetches it again at the earliest, whatever change the peer announces before (""
 *     when not known)
 * @param rules the stable names of the rules it broke ({@code download}, {@code disclosure}, {@code read-together}, …;
 *     empty for a refusal stored before rules were kept)
 */
public record DatasetRefusal(
        String dataset,
        String identifier,
        String modified,
        String reason,
        String refusedAt,
        String retryAfter,
        List<String> rules) {
    /** Longest reason kept. */
    static final int MAX_REASON = 2_000;

    /** Shortens the reason; holds the dataset and the identifier to {@link PeerTexts}' bounds. */
    public DatasetRefusal {
        dataset = PeerTexts.boundedDataset(dataset == null ? "" : dataset);
        identifier = PeerTexts.boundedIdentifier(identifier == null ? "" : identifier);
        reason = reason == null ? "" : reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON) + "…";
        retryAfter = retryAfter == null ? "" : retryAfter;
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    /** A refusal with its reason as given and no rules named. */
    public DatasetRefusal(
            String dataset, String identifier, String modified, String reason, String refusedAt, String retryAfter) {
        this(dataset, identifier, modified, reason, refusedAt, retryAfter, List.of());
    }

    /** A refusal whose next retry is not known. */
    public DatasetRefusal(String dataset, String identifier, String modified, String reason, String refusedAt) {
        this(dataset, identifier, modified, reason, refusedAt, "");
    }

    /** The public form of {@code refusal}: its rules, never its detail. */
    static DatasetRefusal of(
            String dataset, String identifier, String modified, Refusal refusal, String refusedAt, String retryAfter) {
        return new DatasetRefusal(
                dataset, identifier, modified, refusal.shown(), refusedAt, retryAfter, refusal.ruleNames());
    }

    /**
     * This refusal as shown after an upgrade: one stored before refusals named their rules kept the check's whole text,
     * which may name withheld cells, so it shows {@link RefusalRule#OTHER} instead.
     */
    DatasetRefusal withoutDetail() {
        if (!rules.isEmpty()) {
            return this;
        }
        return of(dataset, identifier, modified, new Refusal(RefusalRule.OTHER, ""), refusedAt, retryAfter);
    }
}
