/**
 * The web layer shared by the node's API and the portal: problem details (RFC 9457) thrown as one
 * {@link org.pravasi.registry.web.ProblemException} and rendered by one
 * {@link org.pravasi.registry.web.ProblemHandler}, the JSON mapper, and small request helpers. It depends on Vert.x
 * Web, Jackson and SLF4J only, never on a feature package.
 */
package org.pravasi.registry.web;
