/** Publishing organisations: their descriptions and centres, each in its own graph. */
package org.pravasi.registry.org;
