/**
 * Limits shared by every SPARQL endpoint of a node (the portal's {@code /sparql} and the optional embedded Fuseki):
 * REGEX and REPLACE in linear time (RE2/J), bounded string sizes, an allow-list of extension functions, no property
 * functions, no {@code SERVICE} unless enabled, and the query timeout. See docs/sparql.md.
 */
package org.pravasi.registry.sparql;
