/** Reading the catalogue: dataset listings and the change feed. */
package org.pravasi.registry.catalog;
