/** The public, read-only SPARQL endpoint of the portal. */
package org.pravasi.portal.sparql;
