package org.pravasi.portal.map;

/**
 * The form that chooses what the map shows ({@code map/form.jte}); a plain GET form, so it works without JavaScript.
 */
final class MapForm {
    private MapForm() {}

    /** {@code s} with its first letter in upper case (a dimension's or measure's label as a field label or heading). */
    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
