/**
 * Node and portal configuration: one record and the rate limits, read from flags, {@code PRAVASI_*} variables and the
 * peers file.
 */
package org.pravasi.registry.config;
