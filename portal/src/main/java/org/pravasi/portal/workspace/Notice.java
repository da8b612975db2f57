package org.pravasi.portal.workspace;

import java.util.List;
import java.util.Objects;
import org.pravasi.portal.pages.Ui;

/**
 * A message one form leaves for the next page shown: an interface text's key and its arguments, put into words only by
 * the page that shows it, in that page's language (the form may have been sent in another).
 *
 * @param key the interface text's key
 * @param args its arguments: text as given (names, identifiers), or a {@code Notice} itself put into words
 */
record Notice(String key, List<Object> args) {
    /** Checks the key and copies the arguments. */
    Notice {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
        for (Object a : args) {
            if (!(a instanceof String) && !(a instanceof Notice)) {
                throw new IllegalArgumentException("a notice's argument is text or a notice, not "
                        + a.getClass().getName() + " (" + key + ")");
            }
        }
    }

    /** The text {@code key} with {@code args}. */
    static Notice of(String key, Object... args) {
        return new Notice(key, List.of(args));
    }

    /** The message in the language of {@code ui}. */
    String in(Ui ui) {
        return ui.f(
                key,
                args.stream().map(a -> a instanceof Notice n ? n.in(ui) : a).toArray());
    }
}
