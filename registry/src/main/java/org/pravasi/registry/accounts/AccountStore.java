package org.pravasi.registry.accounts;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.pravasi.registry.store.OwnerOnlyJsonList;
import tools.jackson.core.type.TypeReference;

/**
 * Workspace accounts in {@code dataDir/accounts.json} (owner-only, written atomically, re-read when the CLI changes it
 * while the node runs), apart from the public store like the API keys. Every change is checked first; a refused change
 * throws {@link AccountException} and stores nothing.
 */
public final class AccountStore {
    /** The file name in the data folder. */
    public static final String FILE_NAME = "accounts.json";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final OwnerOnlyJsonList<Account> file;
    private final PasswordHasher hasher;
    private final String decoy;
    private List<Account> accounts;

    private AccountStore(Path file, PasswordHasher hasher) {
        this.file = new OwnerOnlyJsonList<>(file, new TypeReference<List<Account>>() {}, "accounts");
        this.hasher = hasher;
        this.accounts = this.file.current();
        // Checked against for unknown emails, so that a sign-in takes as long whether the account exists or not.
        this.decoy = hasher.hash("decoy-password-never-used".toCharArray());
    }

    /**
     * Opens the accounts of the node whose data folder is {@code dataDir}, hashing with {@link PasswordHasher#DEFAULT}.
     */
    public static AccountStore open(Path dataDir) {
        return open(dataDir, PasswordHasher.DEFAULT);
    }

    /** Opens the accounts in {@code dataDir}, hashing new passwords with {@code hasher}. */
    public static AccountStore open(Path dataDir, PasswordHasher hasher) {
        return new AccountStore(dataDir.resolve(FILE_NAME), hasher);
    }

    /**
     * Makes {@code email} an admin of {@code org} (the command line's way to create an organisation's first admin):
     * creates the account with {@code password}, or, when the account exists, gives it the admin role if
     * {@code password} is its password (its holder's consent; whoever created it may know another). Refused otherwise:
     * an account created by another organisation's admin, who saw its password, would make that admin this one's.
     */
    public synchronized Account addAdmin(String org, String email, String name, char[] password) {
        reloadIfChanged();
        String o = AccountRules.org(org);
        String e = AccountRules.email(email);
        String n = AccountRules.name(name);
        Optional<Account> existing = byEmail(e);
        if (existing.isPresent()) {
            if (!hasher.verify(password, existing.get().password())) {
                throw new AccountException(
                        "password",
                        e + " already has an account, and the password given is not its password; nothing was"
                                + " changed. Have its holder type their own password, or choose another e-mail.");
            }
            Account updated = withRole(existing.get(), o, Role.ADMIN);
            return replace(updated);
        }
        AccountRules.password(password);
        Account created = new Account(
                newId(), e, n, hasher.hash(password), List.of(new Membership(o, Role.ADMIN)), Instant.now(), null);
        return append(created);
    }

    /**
     * Adds {@code email} to {@code org} with {@code role}: a new account gets a generated password, returned once; a
     * person with an account already keeps it. Refused if the person is already a member of {@code org}, or if their
     * account was created by another organisation's admin (who was shown its password and may hold it still).
     */
    public synchronized NewMember addMember(String org, String email, String name, Role role) {
        reloadIfChanged();
        String o = AccountRules.org(org);
        String e = AccountRules.email(email);
        if (role == null) {
            throw new AccountException("role", "Choose a role: admin, editor or viewer.");
        }
        Optional<Account> existing = byEmail(e);
        if (existing.isPresent()) {
            if (existing.get().roleIn(o).isPresent()) {
                throw new AccountException(
                        "member", e + " is already a member of " + o + "; change the role in the list instead.");
            }
            if (existing.get().passwordIssuedBy().filter(by -> !by.equals(o)).isPresent()) {
                // Another organisation's admin created this account and was shown its password; they may hold it
                // still, even after setting a password of their own on it. Joined to this organisation, it would be
                // theirs here too.
                throw new AccountException(
                        "member",
                        e + " already has an account, created by another organisation's admin, who may still hold it;"
                                + " nothing was changed. Ask the node's operator to add them after checking with the"
                                + " person that they hold it (on the command line: accounts add-admin, with the"
                                + " person typing their own password).");
            }
            return new NewMember(replace(withRole(existing.get(), o, role)), Optional.empty());
        }
        String n = AccountRules.name(name);
        String password = newPassword();
        Account created = new Account(
                newId(), e, n, hasher.hash(password.toCharArray()), List.of(new Membership(o, role)), Instant.now(), o);
        return new NewMember(append(created), Optional.of(password));
    }

    /** Changes the role of account {@code id} in {@code org}; an organisation always keeps at least one admin. */
    public synchronized Account setRole(String org, String id, Role role) {
        reloadIfChanged();
        if (role == null) {
            throw new AccountException("role", "Choose a role: admin, editor or viewer.");
        }
        Account a = member(org, id);
        if (a.roleIn(org).orElseThrow() == Role.ADMIN && role != Role.ADMIN) {
            keepAnAdmin(org);
        }
        return replace(withRole(a, org, role));
    }

    /** Removes account {@code id} from {@code org} (the account stays for its other organisations). */
    public synchronized void removeMember(String org, String id) {
        reloadIfChanged();
        Account a = member(org, id);
        if (a.roleIn(org).orElseThrow() == Role.ADMIN) {
            keepAnAdmin(org);
        }
        replace(a.withMemberships(
                a.memberships().stream().filter(m -> !m.org().equals(org)).toList()));
    }

    /** Replaces the password of account {@code id} after checking its current one. */
    public void changePassword(String id, char[] current, char[] next) {
        AccountRules.password(next);
        Account a = byId(id).orElseThrow(() -> new AccountException("not-member", "No such account."));
        if (!hasher.verify(current, a.password())) {
            throw new AccountException("current-password", "The current password is not right; nothing was changed.");
        }
        String hash = hasher.hash(next);
        synchronized (this) {
            reloadIfChanged();
            byId(id).ifPresent(now -> replace(now.withPassword(hash)));
        }
    }

    /**
     * The account of {@code email} if {@code password} is its password. Takes about as long for an unknown email, so
     * the time does not tell which emails have accounts. Call off the event loop (Argon2id takes tens of ms).
     */
    public Optional<Account> authenticate(String email, char[] password) {
        String e = email == null ? "" : email.strip().toLowerCase(java.util.Locale.ROOT);
        if (password == null || password.length > AccountRules.MAX_PASSWORD) {
            return Optional.empty();
        }
        Optional<Account> found;
        synchronized (this) {
            reloadIfChanged();
            found = byEmail(e);
        }
        boolean ok = hasher.verify(password, found.map(Account::password).orElse(decoy));
        if (!ok || found.isEmpty()) {
            return Optional.empty();
        }
        if (hasher.outdated(found.get().password())) {
            String hash = hasher.hash(password);
            synchronized (this) {
                byId(found.get().id()).ifPresent(now -> replace(now.withPassword(hash)));
            }
        }
        return byId(found.get().id());
    }

    /** The account with id {@code id}, as stored now. */
    public synchronized Optional<Account> byId(String id) {
        reloadIfChanged();
        return accounts.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** The members of {@code org}, by email. */
    public synchronized List<Account> members(String org) {
        reloadIfChanged();
        return accounts.stream()
                .filter(a -> a.roleIn(org).isPresent())
                .sorted(java.util.Comparator.comparing(Account::email))
                .toList();
    }

    /** Every account. */
    public synchronized List<Account> list() {
        reloadIfChanged();
        return List.copyOf(accounts);
    }

    private Optional<Account> byEmail(String email) {
        return accounts.stream().filter(a -> a.email().equals(email)).findFirst();
    }

    private Account member(String org, String id) {
        return accounts.stream()
                .filter(a -> a.id().equals(id) && a.roleIn(org).isPresent())
                .findFirst()
                .orElseThrow(() -> new AccountException(
                        "not-member", "That person is not a member of " + org + "; reload the page."));
    }

    private void keepAnAdmin(String org) {
        long admins = accounts.stream()
                .filter(a -> a.roleIn(org).orElse(null) == Role.ADMIN)
                .count();
        if (admins <= 1) {
            throw new AccountException(
                    "last-admin", "An organisation needs at least one admin: make another member admin first.");
        }
    }

    private static Account withRole(Account a, String org, Role role) {
        List<Membership> next = new ArrayList<>();
        for (Membership m : a.memberships()) {
            if (!m.org().equals(org)) {
                next.add(m);
            }
        }
        next.add(new Membership(org, role));
        return a.withMemberships(next);
    }

    private Account replace(Account updated) {
        List<Account> next = new ArrayList<>(accounts.size());
        accounts.forEach(a -> next.add(a.id().equals(updated.id()) ? updated : a));
        return commit(next, updated);
    }

    private Account append(Account created) {
        List<Account> next = new ArrayList<>(accounts);
        next.add(created);
        return commit(next, created);
    }

    /** Makes {@code next} the accounts, on disk first: when writing fails, memory keeps the accounts as they were. */
    private Account commit(List<Account> next, Account result) {
        List<Account> before = accounts;
        accounts = next;
        try {
            save();
        } catch (RuntimeException e) {
            accounts = before;
            throw e;
        }
        return result;
    }

    private static String newId() {
        byte[] b = new byte[8];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    /** 120 random bits, 20 characters of base64url: typed once, then changed by its owner. */
    private static String newPassword() {
        byte[] b = new byte[15];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private void reloadIfChanged() {
        accounts = file.current();
    }

    private void save() {
        file.save(accounts);
        accounts = file.current();
    }
}
