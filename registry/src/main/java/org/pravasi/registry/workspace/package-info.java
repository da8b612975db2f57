/**
 * The publishing workspace's logic: read a partner's spreadsheet (CSV or .xlsx), propose what each column holds,
 * reconcile its districts, states, periods and categories to our identifiers (nothing guessed silently), remember the
 * organisation's choices, and hand the result to the publishing pipeline's dry run. No web pages live here; the entry
 * point is {@link org.pravasi.registry.workspace.Workspace}.
 */
package org.pravasi.registry.workspace;
