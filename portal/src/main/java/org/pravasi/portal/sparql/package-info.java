/**
 * The public, read-only SPARQL 1.1 Protocol endpoint of the portal ({@code /sparql}): format negotiation, the query
 * timeout and result cap, a few queries at once per client, refusal of updates and (unless enabled) {@code SERVICE}.
 * See docs/sparql.md.
 */
package org.pravasi.portal.sparql;
