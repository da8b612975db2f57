package org.pravasi.portal.workspace;

import org.pravasi.registry.accounts.Account;
import org.pravasi.registry.accounts.Role;

/**
 * The signed-in person acting in one organisation, with their role there (read from the accounts file on each request,
 * so a changed role or a removal takes effect at once).
 *
 * @param account the account
 * @param org the organisation's slug
 * @param role the role in {@code org}
 */
public record Member(Account account, String org, Role role) {}
