package org.pravasi.portal.workspace;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pravasi.portal.pages.Ui;
import org.pravasi.registry.accounts.Account;
import org.pravasi.registry.accounts.AccountStore;
import org.pravasi.registry.web.Requests;

/**
 * Signing in and out, the workspace's home (your organisations and roles) and changing one's password. The sign-in page
 * keeps nothing on the server (its token is signed, {@link SignInTokens}); sign-in is rate limited per account and per
 * address, answers the same for an unknown email and a wrong password, and starts a new session (new id, new CSRF
 * token).
 */
final class AccountPages {
    /** Where the sign-in form posts. */
    static final String SIGN_IN = "/publish/sign-in";
    /** The longest email address there can be (RFC 5321's path limit, less its brackets). */
    static final int MAX_EMAIL_CHARS = 254;

    private final Workspace workspace;
    private final AccountStore accounts;
    private final Sessions sessions;
    private final SignInTokens tokens;
    private final SignInLimiter limiter;

    AccountPages(
            Workspace workspace, AccountStore accounts, Sessions sessions, SignInTokens tokens, SignInLimiter limiter) {
        this.workspace = workspace;
        this.accounts = accounts;
        this.sessions = sessions;
        this.tokens = tokens;
        this.limiter = limiter;
    }

    void mount(Router router) {
        router.get("/publish").handler(this::home);
        router.post(SIGN_IN).handler(this::signIn);
        router.post("/publish/sign-out").handler(this::signOut);
        router.get("/publish/password").handler(this::passwordForm);
        router.post("/publish/password").handler(this::changePassword);
    }

    /**
     * Signed out: the sign-in form, its token in a cookie and nowhere on the server. Signed in: the home page; a
     * session whose account was removed ends, and the browser is sent to the sign-in form.
     */
    private void home(RoutingContext ctx) {
        Ui ui = workspace.ui(ctx);
        Optional<Session> session = Workspace.session(ctx);
        if (session.isEmpty()) {
            workspace.send(ctx, signInPage(ui, signInToken(ctx), 200, "", ""));
            return;
        }
        Session s = session.get();
        Optional<String> notice = s.takeNotice().map(n -> n.in(ui));
        workspace.answer(ctx, () -> {
            Optional<Account> account = accounts.byId(s.accountId());
            if (account.isEmpty()) {
                sessions.end(s);
                return new Answer.Redirect("/publish");
            }
            Account a = account.get();
            List<OrganisationRow> orgs = a.memberships().stream()
                    .map(m -> new OrganisationRow(
                            m.org(), ui.t("ws.role." + m.role().code())))
                    .sorted(java.util.Comparator.comparing(OrganisationRow::org))
                    .toList();
            Map<String, Object> p = new HashMap<>();
            p.put("csrf", s.csrf());
            p.put("name", a.name());
            p.put("email", a.email());
            p.put("orgs", orgs);
            p.put("notice", notice.orElse(""));
            return new Answer.Page(200, ui.t("ws.home.title"), "home.jte", p);
        });
    }

    /**
     * Signs in. The form's token was checked against its cookie before the body was read (Workspace, FormBody); a
     * refused attempt shows the form again with the same token, which the browser's cookie still holds.
     */
    private void signIn(RoutingContext ctx) {
        Ui ui = workspace.ui(ctx);
        Optional<Session> before = Workspace.session(ctx);
        String token = Workspace.expectedToken(ctx).orElseThrow().value();
        String email =
                Optional.ofNullable(ctx.request().getFormAttribute("email")).orElse("");
        String password =
                Optional.ofNullable(ctx.request().getFormAttribute("password")).orElse("");
        long wait = limiter.take(email, Requests.client(ctx));
        if (wait > 0) {
            ctx.response().putHeader("Retry-After", Long.toString(wait));
            workspace.send(ctx, signInPage(ui, token, 429, email, ui.f("ws.signin.tooMany", minutes(wait))));
            return;
        }
        if (email.length() > MAX_EMAIL_CHARS) {
            // No account has such an address (RFC 5321): refused at once, without the password hash's CPU and memory.
            workspace.send(ctx, signInPage(ui, token, 401, "", ui.t("ws.signin.failed")));
            return;
        }
        workspace.answer(ctx, () -> {
            char[] typed = password.toCharArray();
            try {
                Optional<Account> a = accounts.authenticate(email, typed);
                if (a.isEmpty()) {
                    return signInPage(ui, token, 401, email, ui.t("ws.signin.failed"));
                }
                limiter.succeeded(email);
                return new Answer.SignedIn(sessions.signIn(before, a.get().id()), "/publish");
            } finally {
                Arrays.fill(typed, '\0');
            }
        });
    }

    private void signOut(RoutingContext ctx) {
        Workspace.session(ctx).ifPresent(sessions::end);
        SessionCookie.clear(ctx);
        workspace.send(ctx, new Answer.Redirect("/publish"));
    }

    private void passwordForm(RoutingContext ctx) {
        Ui ui = workspace.ui(ctx);
        workspace.answer(ctx, () -> {
            workspace
                    .signedIn(ctx)
                    .orElseThrow(() -> new Refusal(401, "ws.signin.title", "ws.signin.needed", "/publish"));
            return passwordPage(ui, Workspace.session(ctx).orElseThrow(), 200, "");
        });
    }

    private void changePassword(RoutingContext ctx) {
        Ui ui = workspace.ui(ctx);
        String current =
                Optional.ofNullable(ctx.request().getFormAttribute("current")).orElse("");
        String next =
                Optional.ofNullable(ctx.request().getFormAttribute("next")).orElse("");
        Optional<Session> session = Workspace.session(ctx);
        long wait = session.map(Session::accountId)
                .map(limiter::takeCurrentPassword)
                .orElse(0L);
        if (wait > 0) {
            ctx.response().putHeader("Retry-After", Long.toString(wait));
            workspace.send(
                    ctx, passwordPage(ui, session.orElseThrow(), 429, ui.f("ws.password.tooMany", minutes(wait))));
            return;
        }
        workspace.answer(ctx, () -> {
            Account a = workspace
                    .signedIn(ctx)
                    .orElseThrow(() -> new Refusal(401, "ws.signin.title", "ws.signin.needed", "/publish"));
            Session s = Workspace.session(ctx).orElseThrow();
            accounts.changePassword(a.id(), current.toCharArray(), next.toCharArray());
            limiter.currentPasswordRight(a.id());
            sessions.endOthers(a.id(), s);
            s.notice(Notice.of("ws.password.changed"));
            return new Answer.Redirect("/publish");
        });
    }

    /** The browser's sign-in token while it may be given again (another tab's form then stays good), else a new one. */
    private String signInToken(RoutingContext ctx) {
        return SignInCookie.read(ctx).filter(tokens::reusable).orElseGet(() -> {
            String fresh = tokens.issue();
            SignInCookie.set(ctx, fresh);
            return fresh;
        });
    }

    private static Answer.Page signInPage(Ui ui, String token, int status, String email, String error) {
        Map<String, Object> p = new HashMap<>();
        p.put("csrf", token);
        p.put("email", email);
        p.put("error", error);
        return new Answer.Page(status, ui.t("ws.signin.title"), "signIn.jte", p);
    }

    private static Answer.Page passwordPage(Ui ui, Session s, int status, String error) {
        return new Answer.Page(
                status, ui.t("ws.password.title"), "password.jte", Map.of("csrf", s.csrf(), "error", error));
    }

    private static long minutes(long seconds) {
        return Math.max(1, (seconds + 59) / 60);
    }

    /**
     * An organisation on the home page.
     *
     * @param org its slug
     * @param role the member's role there, in the visitor's language
     */
    record OrganisationRow(String org, String role) {}
}
