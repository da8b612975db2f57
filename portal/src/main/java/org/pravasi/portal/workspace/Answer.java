package org.pravasi.portal.workspace;

import java.util.Map;

/**
 * What a workspace action answers: a page, or a redirect after a change (so a reload does not repeat it), possibly with
 * a new session cookie.
 */
sealed interface Answer {
    /**
     * A page.
     *
     * @param status the HTTP status
     * @param title the page title, already in the visitor's language
     * @param template the jte template under {@code workspace/}
     * @param params the template's parameters
     */
    record Page(int status, String title, String template, Map<String, Object> params) implements Answer {}

    /**
     * A 303 redirect.
     *
     * @param location the path to go to
     */
    record Redirect(String location) implements Answer {}

    /**
     * A 303 redirect that also gives the browser its new session's cookie and has it forget the sign-in form's (after
     * sign-in).
     *
     * @param session the new session
     * @param location the path to go to
     */
    record SignedIn(Session session, String location) implements Answer {}
}
