/**
 * The registry's command line on picocli: serve a node, publish or withdraw a dataset, manage API keys, back up and
 * restore, print a shell completion script. {@link org.pravasi.registry.cli.RegistryCommand} lists the commands (add a
 * new one there); {@link org.pravasi.registry.cli.CommandLines} sets up any Pravasi command line (the portal's too):
 * {@code PRAVASI_*} defaults, errors as messages with an {@link org.pravasi.registry.cli.ExitCode}.
 */
package org.pravasi.registry.cli;
