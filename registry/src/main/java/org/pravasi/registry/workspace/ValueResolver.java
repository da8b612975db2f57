package org.pravasi.registry.workspace;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves one value of a column in order: the officer's choice in this preview, then the organisation's saved earlier
 * choice, then the reconcilers (exact matches only). A chosen or saved identifier is checked like any value. The
 * choices are normalised and the saved mappings read once, when it is made: a preview resolves many values with one
 * resolver.
 */
final class ValueResolver {
    /** The officer's choices by scope and normalised value (the first of each written form wins). */
    private final Map<String, Map<String, String>> chosen = new HashMap<>();

    private final SavedMappings.Snapshot saved;
    private final PlaceReconciler places;
    private final PeriodReconciler periods;
    private final CodeReconciler codes;

    ValueResolver(
            Choices choices,
            SavedMappings.Snapshot saved,
            PlaceReconciler places,
            PeriodReconciler periods,
            CodeReconciler codes) {
        choices.values().forEach((scope, values) -> {
            Map<String, String> byKey = chosen.computeIfAbsent(scope, k -> new HashMap<>());
            values.forEach((value, id) -> byKey.putIfAbsent(NameKey.of(value), id));
        });
        this.saved = saved;
        this.places = places;
        this.periods = periods;
        this.codes = codes;
    }

    /** The scope of a column's values in choices and saved mappings. */
    static String scope(ColumnRole role) {
        return switch (role.role()) {
            case AREA -> role.qualifier().equals("state") ? "state" : "district";
            case STATE -> "state";
            case PERIOD -> "period";
            case DIMENSION -> "code:" + role.qualifier();
            default -> "";
        };
    }

    Reconciled resolve(ColumnRole role, String value, Optional<String> state) {
        String scope = scope(role);
        if (value.isBlank()) {
            return Reconciled.unresolved(
                    value, List.of(), "The cell is empty; every row needs a " + scope.replace("code:", "") + ".");
        }
        String choice = chosen.getOrDefault(scope, Map.of()).get(NameKey.of(value));
        if (choice != null) {
            return checked(role, value, choice, "your choice");
        }
        Optional<String> earlier = saved.find(scope, value);
        if (earlier.isPresent()) {
            return checked(role, value, earlier.get(), "from your earlier choice");
        }
        return reconcile(role, value, state);
    }

    private Reconciled reconcile(ColumnRole role, String value, Optional<String> state) {
        return switch (role.role()) {
            case AREA -> role.qualifier().equals("state") ? places.state(value) : places.district(value, state);
            case STATE -> places.state(value);
            case PERIOD -> periods.period(value);
            case DIMENSION -> codes.code(role.qualifier(), value);
            default -> Reconciled.unresolved(value, List.of(), "not used");
        };
    }

    /** The column role whose values a scope holds ({@code district}, {@code state}, {@code period}, {@code code:X}). */
    static Optional<ColumnRole> roleFor(String scope, CodeReconciler codes) {
        return switch (scope) {
            case "district" -> Optional.of(ColumnRole.chosen("", ColumnRole.Role.AREA, "district"));
            case "state" -> Optional.of(ColumnRole.chosen("", ColumnRole.Role.AREA, "state"));
            case "period" -> Optional.of(ColumnRole.chosen("", ColumnRole.Role.PERIOD, ""));
            default ->
                scope.startsWith("code:") && codes.schemeIds().contains(scope.substring(5))
                        ? Optional.of(ColumnRole.chosen("", ColumnRole.Role.DIMENSION, scope.substring(5)))
                        : Optional.empty();
        };
    }

    /** Whether {@code id} is a valid identifier for values of {@code role}. */
    boolean valid(ColumnRole role, String id) {
        return checked(role, id, id, "").status() == Reconciled.Status.RESOLVED;
    }

    /** A chosen identifier, accepted when it is itself a valid identifier for the column. */
    private Reconciled checked(ColumnRole role, String value, String id, String why) {
        Reconciled r = reconcile(role, id, Optional.empty());
        if (r.status() != Reconciled.Status.RESOLVED || !r.match().get().id().equals(id)) {
            return Reconciled.unresolved(
                    value,
                    List.of(),
                    "The identifier '" + id + "' (" + why + ") is not a valid " + scope(role) + " identifier.");
        }
        Candidate c = r.match().get();
        return Reconciled.resolved(value, new Candidate(c.id(), c.label(), why, 1.0));
    }
}
