/**
 * Workspace accounts: people, their organisations and roles, Argon2id password hashes, kept in the node's private
 * {@code accounts.json} (never in the public store).
 */
package org.pravasi.registry.accounts;
