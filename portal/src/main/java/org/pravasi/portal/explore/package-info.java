/**
 * The data explorer: {@code /explore/{org}/{slug}} (a server-rendered table, chart and map of one selection) and
 * {@code GET /api/data/{org}/{slug}} (the same selection as JSON, CSV with CSVW metadata). Filters are query
 * parameters, so every URL is a permalink. Totals over periods follow the registry's one rule ({@code Rollup}): a year
 * is shown only when every quarter or month of it is published.
 */
package org.pravasi.portal.explore;
