/** The registry's command line: serve a node, publish or withdraw a dataset, manage API keys, back up and restore. */
package org.pravasi.registry.cli;
