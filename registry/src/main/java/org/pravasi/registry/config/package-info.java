/** Node and portal configuration: one record, read from flags and {@code PRAVASI_*} environment variables. */
package org.pravasi.registry.config;
