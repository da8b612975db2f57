package org.pravasi.portal.workspace;

import io.vertx.core.WorkerExecutor;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.pravasi.portal.pages.Layout;
import org.pravasi.portal.pages.PageContent;
import org.pravasi.portal.pages.Pages;
import org.pravasi.portal.pages.Templates;
import org.pravasi.portal.pages.Ui;
import org.pravasi.registry.accounts.Account;
import org.pravasi.registry.accounts.AccountException;
import org.pravasi.registry.accounts.AccountStore;
import org.pravasi.registry.api.RateLimiter;
import org.pravasi.registry.catalog.CatalogView;
import org.pravasi.registry.keys.KeyStore;
import org.pravasi.registry.publish.InstanceUris;
import org.pravasi.registry.web.ProblemException;

/**
 * The publishing workspace under {@code /publish}, wired: a signed-in browser's requests get its session (cookie
 * {@link SessionCookie}), every POST is refused unless it carries the session's CSRF token (the sign-in form: the token
 * of its own cookie, {@link SignInTokens}), and every organisation route checks the member's role ({@link #require})
 * before reading or changing anything. Anonymous requests keep nothing on the server. No form body is read for a
 * request without its token's source, and a larger form ({@link #mountLargeForm}) only for a member whose role allows
 * it; a form's token is checked as its body arrives ({@link FormBody}), so a forged form is refused before the rest of
 * it is read. Mount before the pages' 404 route.
 */
public final class Workspace {
    /** The paths of the workspace: {@code /publish} and everything under it. */
    public static final String PATHS = "^/publish(/.*)?$";
    /** Largest form body accepted. */
    public static final int MAX_FORM_BYTES = 16 * 1024;
    /** Uploads of drafts: streamed to disk by their own handler, which checks the CSRF token itself. */
    static final String UPLOADS = "^/publish/org/[^/]+/drafts$";
    /** Every path of the workspace but {@link #UPLOADS}: forms, read into memory up to {@link #MAX_FORM_BYTES}. */
    private static final String FORMS = "^/publish(?!/org/[^/]+/drafts$)(/.*)?$";
    /**
     * The forms under the publishing rate limits, per address and per session: every POST in an organisation's
     * workspace (uploads, mappings, cell fixes, publishing, withdrawals, stories, members, keys) but the story editor's
     * live preview, which stores nothing, reads at most {@link #MAX_FORM_BYTES} and is posted as the officer types.
     */
    public static final RateLimiter.Forms RATE_LIMITED_FORMS = new RateLimiter.Forms(
            path -> path.startsWith("/publish/org/") && !path.endsWith("/stories/preview"), SessionCookie::read);
    /** Name of the form field carrying the CSRF token. */
    public static final String CSRF_FIELD = "csrf";

    private static final String SESSION = "workspace.session";
    /** The {@link ExpectedToken} of the request's form. */
    private static final String EXPECTED = "workspace.expectedToken";
    /** The body limit of the request's form, for the refusal of a larger one. */
    private static final String BODY_LIMIT = "workspace.bodyLimit";

    private final AccountStore accounts;
    private final Sessions sessions;
    private final SignInTokens signInTokens;
    private final WorkerExecutor workers;
    private final Pages pages;
    private final AccountPages accountPages;
    private final OrganisationPages organisationPages;

    /** Creates the workspace over the node's accounts and keys; file and store work runs on {@code workers}. */
    public Workspace(
            AccountStore accounts,
            KeyStore keys,
            CatalogView catalogue,
            InstanceUris uris,
            WorkerExecutor workers,
            Pages pages) {
        this.accounts = accounts;
        this.sessions = new Sessions(Clock.systemUTC());
        this.signInTokens = SignInTokens.withRandomKey(Clock.systemUTC());
        this.workers = workers;
        this.pages = pages;
        this.accountPages = new AccountPages(this, accounts, sessions, signInTokens, new SignInLimiter());
        this.organisationPages = new OrganisationPages(this, accounts, keys, catalogue, uris);
    }

    /** Adds the workspace's routes. */
    public void mount(Router router) {
        router.routeWithRegex(PATHS).handler(this::loadSession).failureHandler(this::refused);
        // Where the form's token comes from is checked before any byte of the body is read: the sign-in cookie for the
        // sign-in form, the session for every other; the token itself as the body arrives (FormBody).
        router.post(AccountPages.SIGN_IN).handler(this::signInCookieBeforeBody);
        router.routeWithRegex(HttpMethod.POST, FORMS).handler(this::sessionBeforeBody);
        router.routeWithRegex(HttpMethod.POST, FORMS)
                .handler(ctx -> FormBody.read(ctx, MAX_FORM_BYTES, max -> tooLarge(ctx, max)));
        accountPages.mount(router);
        organisationPages.mount(router);
    }

    /**
     * Gives the forms at {@code paths} (a regular expression naming the organisation in a group {@code org}) a body
     * limit of {@code maxBytes} instead of {@link #MAX_FORM_BYTES}, read only for a signed-in member of that
     * organisation whose role meets {@code need}: anyone else, and a body announced larger than the limit, is refused
     * before a byte of it is kept. Mount before {@link #mount}.
     */
    void mountLargeForm(Router router, String paths, Need need, int maxBytes) {
        router.postWithRegex(paths).handler(ctx -> memberBeforeBody(ctx, need, maxBytes));
        router.postWithRegex(paths).handler(ctx -> FormBody.read(ctx, maxBytes, max -> tooLarge(ctx, max)));
    }

    /**
     * The signed-in member of {@code org} whose role meets {@code need}, for every route under {@code /publish} (call
     * on a worker thread: it reads the accounts file, so a removal or role change counts at once).
     *
     * @throws RuntimeException a refusal (not signed in, not a member, role too low) that the workspace renders as a
     *     page
     */
    public Member require(RoutingContext ctx, String org, Need need) {
        Account account =
                signedIn(ctx).orElseThrow(() -> new Refusal(401, "ws.signin.title", "ws.signin.needed", "/publish"));
        var role = account.roleIn(org)
                .orElseThrow(() -> new Refusal(403, "ws.refused.title", "ws.refused.notMember", "/publish", org));
        if (!need.metBy(role)) {
            throw new Refusal(
                    403,
                    "ws.refused.title",
                    need == Need.PUBLISH ? "ws.refused.cannotPublish" : "ws.refused.notAdmin",
                    "/publish/org/" + org,
                    org);
        }
        return new Member(account, org, role);
    }

    /** The signed-in account of the request, if any (call on a worker thread). */
    Optional<Account> signedIn(RoutingContext ctx) {
        return session(ctx).map(Session::accountId).flatMap(accounts::byId);
    }

    /** The request's live session, if any. */
    static Optional<Session> session(RoutingContext ctx) {
        return Optional.ofNullable(ctx.get(SESSION));
    }

    /** The token the request's form must carry, once known (before its body is read). */
    static Optional<ExpectedToken> expectedToken(RoutingContext ctx) {
        return Optional.ofNullable(ctx.get(EXPECTED));
    }

    /** Runs {@code work} off the event loop and sends its answer; a {@link Refusal} or bad input becomes a page. */
    void answer(RoutingContext ctx, Callable<Answer> work) {
        workers.executeBlocking(work, false).onSuccess(a -> send(ctx, a)).onFailure(e -> refused(ctx, e));
    }

    /** Sends a page or a redirect. */
    void send(RoutingContext ctx, Answer answer) {
        if (ctx.response().ended()) {
            return;
        }
        switch (answer) {
            case Answer.Redirect r ->
                ctx.response()
                        .setStatusCode(303)
                        .putHeader("Location", r.location())
                        .end();
            case Answer.SignedIn s -> {
                SessionCookie.set(ctx, s.session());
                SignInCookie.clear(ctx);
                ctx.response()
                        .setStatusCode(303)
                        .putHeader("Location", s.location())
                        .end();
            }
            case Answer.Page p -> {
                Ui ui = ui(ctx);
                Map<String, Object> params = new HashMap<>(p.params());
                params.put("ui", ui);
                ctx.response()
                        .setStatusCode(p.status())
                        .putHeader("Content-Type", "text/html; charset=utf-8")
                        .end(Layout.render(
                                ui, PageContent.of(p.title(), "", Templates.of("workspace/" + p.template(), params))));
            }
        }
    }

    /** The request's interface texts (call on the event loop: it may set the language cookie). */
    Ui ui(RoutingContext ctx) {
        return Ui.of(ctx, pages.messages());
    }

    private void loadSession(RoutingContext ctx) {
        attachSession(ctx);
        // Workspace pages are personal: never cached, never shared between cookies. They carry the CSRF token (and
        // once-shown keys and passwords) beside text the user typed, so they are never compressed: compression would
        // let an attacker who can inject text guess the secret from response sizes (BREACH).
        ctx.addHeadersEndHandler(v -> ctx.response()
                .putHeader("Cache-Control", "no-store")
                .putHeader("Vary", "Cookie, Accept-Language")
                .putHeader("Content-Encoding", "identity"));
        ctx.next();
    }

    /** Finds the request's live session once (a large form's check may have found it before the workspace's route). */
    private void attachSession(RoutingContext ctx) {
        if (ctx.get(SESSION) == null) {
            SessionCookie.read(ctx).flatMap(sessions::find).ifPresent(s -> ctx.put(SESSION, s));
        }
    }

    /**
     * A sign-in whose cookie holds no genuine, unexpired token cannot carry its form's token: refused before its body
     * is read, whatever session the browser has.
     */
    private void signInCookieBeforeBody(RoutingContext ctx) {
        Optional<String> token = SignInCookie.read(ctx).filter(signInTokens::valid);
        if (token.isEmpty()) {
            refuseUnread(ctx, ExpectedToken.signInRefused());
            return;
        }
        ctx.put(EXPECTED, ExpectedToken.signIn(token.get()));
        ctx.next();
    }

    /** Any other form without a live session cannot carry its token: refused before its body is read. */
    private void sessionBeforeBody(RoutingContext ctx) {
        if (expectedToken(ctx).isPresent()) {
            ctx.next();
            return;
        }
        Optional<Session> s = session(ctx);
        if (s.isEmpty()) {
            refuseUnread(ctx, new Refusal(403, "ws.refused.title", "ws.refused.csrf", "/publish"));
            return;
        }
        ctx.put(EXPECTED, ExpectedToken.of(s.get()));
        ctx.next();
    }

    private void memberBeforeBody(RoutingContext ctx, Need need, int maxBytes) {
        attachSession(ctx);
        ctx.put(BODY_LIMIT, maxBytes);
        Optional<Session> s = session(ctx);
        if (s.isEmpty()) {
            refuseUnread(ctx, new Refusal(403, "ws.refused.title", "ws.refused.csrf", "/publish"));
            return;
        }
        ctx.put(EXPECTED, ExpectedToken.of(s.get()));
        String length = ctx.request().getHeader("Content-Length");
        if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > maxBytes) {
            refuseUnread(ctx, tooLarge(ctx, maxBytes));
            return;
        }
        // Paused until the role is known; the body handler after this one resumes it.
        ctx.request().pause();
        workers.executeBlocking(() -> require(ctx, ctx.pathParam("org"), need), false)
                .onSuccess(m -> ctx.next())
                .onFailure(e -> refuseUnread(ctx, e));
    }

    /** Refuses without keeping the body: what was sent is dropped as it arrives, never held or stored. */
    static void refuseUnread(RoutingContext ctx, Throwable why) {
        HttpServerRequest req = ctx.request();
        if (!req.isEnded()) {
            req.handler(b -> {});
            req.resume();
        }
        ctx.fail(why);
    }

    private static Refusal tooLarge(RoutingContext ctx, int maxBytes) {
        return new Refusal(413, "ws.refused.input", "ws.form.tooLarge", back(ctx), maxBytes / 1024);
    }

    private void refused(RoutingContext ctx) {
        refused(ctx, ctx.failure());
    }

    private void refused(RoutingContext ctx, Throwable failure) {
        Ui ui = ui(ctx);
        Refusal r;
        if (failure instanceof Refusal refusal) {
            r = refusal;
        } else if (failure instanceof AccountException e) {
            r = new Refusal(422, "ws.refused.input", "ws.error." + e.code(), back(ctx), e.getMessage());
        } else if (failure instanceof ProblemException p && p.status() == 429) {
            // Over the publishing rate limits (RATE_LIMITED_FORMS): said in the officer's language, with the wait.
            String wait = p.headers().getOrDefault("Retry-After", "60");
            r = new Refusal(
                    429, "ws.refused.input", "ws.refused.tooFast", back(ctx), Map.of("Retry-After", wait), wait);
        } else if (ctx.statusCode() == 413
                || failure instanceof io.vertx.ext.web.handler.HttpException h && h.getStatusCode() == 413) {
            // A body that grew past its form's limit as it arrived (no length announced): say which limit.
            Integer limit = ctx.get(BODY_LIMIT);
            r = tooLarge(ctx, limit == null ? MAX_FORM_BYTES : limit);
        } else {
            if (ctx.failed()) {
                ctx.next();
            } else {
                ctx.fail(failure);
            }
            return;
        }
        if (ctx.response().ended()) {
            return;
        }
        r.headers.forEach((k, v) -> ctx.response().putHeader(k, v));
        String message = ui.lang().equals("en") && failure instanceof AccountException
                ? failure.getMessage()
                : ui.f(r.messageKey, r.args);
        send(
                ctx,
                new Answer.Page(
                        r.status,
                        ui.t(r.titleKey),
                        "refused.jte",
                        Map.of("title", ui.t(r.titleKey), "message", message, "back", r.back)));
    }

    /** Where a refused form goes back to: the organisation's page it came from, else the workspace. */
    private static String back(RoutingContext ctx) {
        String org = ctx.pathParam("org");
        return org == null ? "/publish" : "/publish/org/" + org;
    }
}
