/**
 * The publishing workspace at {@code /publish}: sign-in, sessions, CSRF tokens, and each organisation's page for its
 * members (roles checked on every route and action), members and API keys for admins.
 */
package org.pravasi.portal.workspace;
