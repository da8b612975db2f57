/** The registry's command line: serve a node, publish a dataset, manage API keys. */
package org.pravasi.registry.cli;
