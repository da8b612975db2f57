package org.pravasi.portal.workspace;

import java.util.Map;

/**
 * A workspace request refused: rendered as a page with the status, a title and a message in the visitor's language, and
 * a link back. Nothing was changed.
 */
final class Refusal extends RuntimeException {
    final int status;
    final String titleKey;
    final String messageKey;
    final Object[] args;
    final String back;
    final Map<String, String> headers;

    Refusal(int status, String titleKey, String messageKey, String back, Object... args) {
        this(status, titleKey, messageKey, back, Map.of(), args);
    }

    Refusal(int status, String titleKey, String messageKey, String back, Map<String, String> headers, Object... args) {
        super(messageKey, null, false, false);
        this.status = status;
        this.titleKey = titleKey;
        this.messageKey = messageKey;
        this.back = back;
        this.headers = headers;
        this.args = args.clone();
    }
}
