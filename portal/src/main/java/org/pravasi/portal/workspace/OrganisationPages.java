package org.pravasi.portal.workspace;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.NodeFactory;
import org.pravasi.portal.pages.Ui;
import org.pravasi.registry.accounts.AccountStore;
import org.pravasi.registry.accounts.NewMember;
import org.pravasi.registry.accounts.Role;
import org.pravasi.registry.catalog.CatalogView;
import org.pravasi.registry.catalog.DatasetRecord;
import org.pravasi.registry.catalog.Labels;
import org.pravasi.registry.keys.ApiKey;
import org.pravasi.registry.keys.IssuedKey;
import org.pravasi.registry.keys.KeyStore;
import org.pravasi.registry.publish.InstanceUris;

/**
 * An organisation's workspace: its page (role, datasets; members and API keys for admins), the page for publishing
 * (editors and admins: datasets with their versions and how to publish a new one), and the admins' actions on members
 * and keys. Each route checks the member's role in the organisation of its path before reading or changing anything.
 */
final class OrganisationPages {
    private static final String ORG = "/publish/org/:org";

    private final Workspace workspace;
    private final AccountStore accounts;
    private final KeyStore keys;
    private final CatalogView catalogue;
    private final InstanceUris uris;

    OrganisationPages(
            Workspace workspace, AccountStore accounts, KeyStore keys, CatalogView catalogue, InstanceUris uris) {
        this.workspace = workspace;
        this.accounts = accounts;
        this.keys = keys;
        this.catalogue = catalogue;
        this.uris = uris;
    }

    void mount(Router router) {
        router.get(ORG).handler(this::overview);
        router.get(ORG + "/datasets").handler(this::datasets);
        router.post(ORG + "/members").handler(this::addMember);
        router.post(ORG + "/members/:id/role").handler(this::setRole);
        router.post(ORG + "/members/:id/remove").handler(this::removeMember);
        router.post(ORG + "/keys").handler(this::createKey);
        router.post(ORG + "/keys/:id/revoke").handler(this::revokeKey);
    }

    private void overview(RoutingContext ctx) {
        Ui ui = workspace.ui(ctx);
        String org = ctx.pathParam("org");
        Session s = Workspace.session(ctx).orElse(null);
        Optional<String> notice = s == null ? Optional.empty() : s.takeNotice().map(n -> n.in(ui));
        workspace.answer(ctx, () -> {
            Member m = workspace.require(ctx, org, Need.SEE);
            Map<String, Object> p = new HashMap<>();
            p.put("org", org);
            p.put("role", m.role().code());
            p.put("roleLabel", ui.t("ws.role." + m.role().code()));
            p.put("canPublish", m.role().canPublish());
            p.put("canManage", m.role().canManage());
            p.put("csrf", s.csrf());
            p.put("me", m.account().id());
            p.put("notice", notice.orElse(""));
            p.put("datasets", datasets(org, ui.lang()));
            p.put("members", m.role().canManage() ? members(org, ui) : List.of());
            p.put("keys", m.role().canManage() ? keys(org) : List.of());
            return new Answer.Page(200, ui.f("ws.org.title", org), "organisation.jte", p);
        });
    }

    private void datasets(RoutingContext ctx) {
        Ui ui = workspace.ui(ctx);
        String org = ctx.pathParam("org");
        workspace.answer(ctx, () -> {
            workspace.require(ctx, org, Need.PUBLISH);
            return new Answer.Page(
                    200,
                    ui.f("ws.publish.title", org),
                    "datasets.jte",
                    Map.of("org", org, "datasets", datasets(org, ui.lang())));
        });
    }

    private void addMember(RoutingContext ctx) {
        Ui ui = workspace.ui(ctx);
        String org = ctx.pathParam("org");
        String email = form(ctx, "email");
        String name = form(ctx, "name");
        Optional<Role> role = Role.parse(form(ctx, "role"));
        workspace.answer(ctx, () -> {
            workspace.require(ctx, org, Need.MANAGE);
            NewMember added = accounts.addMember(org, email, name, role.orElse(null));
            if (added.initialPassword().isEmpty()) {
                notice(
                        ctx,
                        Notice.of("ws.members.addedExisting", added.account().email(), org));
                return back(org);
            }
            return new Answer.Page(
                    201,
                    ui.t("ws.members.added"),
                    "secret.jte",
                    Map.of(
                            "org", org,
                            "heading", ui.t("ws.members.added"),
                            "label", ui.f("ws.members.password", added.account().email()),
                            "secret", added.initialPassword().get(),
                            "note", ui.t("ws.members.passwordNote")));
        });
    }

    private void setRole(RoutingContext ctx) {
        Ui ui = workspace.ui(ctx);
        String org = ctx.pathParam("org");
        String id = ctx.pathParam("id");
        Optional<Role> role = Role.parse(form(ctx, "role"));
        workspace.answer(ctx, () -> {
            workspace.require(ctx, org, Need.MANAGE);
            var changed = accounts.setRole(org, id, role.orElse(null));
            if (role.isPresent() && !role.get().canPublish()) {
                // A viewer may not publish: nor may the keys this member issued.
                keys.revokeIssuedBy(org, id);
            }
            notice(
                    ctx,
                    Notice.of(
                            "ws.members.roleChanged",
                            changed.email(),
                            Notice.of("ws.role." + role.get().code())));
            return back(org);
        });
    }

    private void removeMember(RoutingContext ctx) {
        Ui ui = workspace.ui(ctx);
        String org = ctx.pathParam("org");
        String id = ctx.pathParam("id");
        workspace.answer(ctx, () -> {
            workspace.require(ctx, org, Need.MANAGE);
            accounts.removeMember(org, id);
            keys.revokeIssuedBy(org, id);
            notice(ctx, Notice.of("ws.members.removed"));
            return back(org);
        });
    }

    private void createKey(RoutingContext ctx) {
        Ui ui = workspace.ui(ctx);
        String org = ctx.pathParam("org");
        workspace.answer(ctx, () -> {
            Member admin = workspace.require(ctx, org, Need.MANAGE);
            IssuedKey key = keys.create(org, admin.account().id());
            return new Answer.Page(
                    201,
                    ui.t("ws.keys.created"),
                    "secret.jte",
                    Map.of(
                            "org", org,
                            "heading", ui.t("ws.keys.created"),
                            "label", ui.f("ws.keys.secret", key.id()),
                            "secret", key.secret(),
                            "note", ui.t("ws.keys.secretNote")));
        });
    }

    private void revokeKey(RoutingContext ctx) {
        Ui ui = workspace.ui(ctx);
        String org = ctx.pathParam("org");
        String id = ctx.pathParam("id");
        workspace.answer(ctx, () -> {
            workspace.require(ctx, org, Need.MANAGE);
            boolean own = keys.list().stream()
                    .anyMatch(k -> k.id().equals(id) && k.org().equals(org) && k.active());
            if (!own || !keys.revoke(id)) {
                throw new Refusal(404, "ws.refused.title", "ws.keys.unknown", "/publish/org/" + org, id, org);
            }
            notice(ctx, Notice.of("ws.keys.revoked", id));
            return back(org);
        });
    }

    /** The organisation's own datasets (not harvested copies), by identifier, with their versions. */
    private List<DatasetRow> datasets(String org, String lang) {
        String publisher = uris.org(org).getURI();
        Labels labels = catalogue.labels(lang);
        return catalogue.records().stream()
                .filter(r -> r.publisher().equals(publisher))
                .sorted(Comparator.comparing(DatasetRecord::identifier))
                .map(r -> new DatasetRow(
                        labels.label(NodeFactory.createURI(r.uri())),
                        r.identifier(),
                        "/id/dataset/" + r.identifier(),
                        r.current().map(v -> v.number()).orElse(0),
                        r.modified(),
                        r.withdrawn(),
                        catalogue.versions(r.uri()).stream()
                                .map(v -> new VersionRow(
                                        v.ref().number(), v.issued(), v.observations(), v.current(), v.invalidated()))
                                .toList()))
                .toList();
    }

    private List<MemberRow> members(String org, Ui ui) {
        return accounts.members(org).stream()
                .map(a -> new MemberRow(
                        a.id(), a.name(), a.email(), a.roleIn(org).orElseThrow().code()))
                .toList();
    }

    private List<KeyRow> keys(String org) {
        return keys.list().stream()
                .filter(k -> k.org().equals(org))
                .sorted(Comparator.comparing(ApiKey::created).reversed())
                .map(k -> new KeyRow(k.id(), k.created().toString(), k.active(), String.valueOf(k.revoked())))
                .toList();
    }

    private static void notice(RoutingContext ctx, Notice n) {
        Workspace.session(ctx).ifPresent(s -> s.notice(n));
    }

    private static Answer back(String org) {
        return new Answer.Redirect("/publish/org/" + org);
    }

    private static String form(RoutingContext ctx, String name) {
        return Optional.ofNullable(ctx.request().getFormAttribute(name)).orElse("");
    }

    /**
     * A dataset of the organisation.
     *
     * @param title its title in the visitor's language
     * @param identifier {@code org/slug}
     * @param href its public page
     * @param current the current version's number (0 when withdrawn)
     * @param modified last change as stored
     * @param withdrawn whether it was withdrawn
     * @param versions its versions, newest first
     */
    record DatasetRow(
            String title,
            String identifier,
            String href,
            int current,
            String modified,
            boolean withdrawn,
            List<VersionRow> versions) {}

    /**
     * A version of a dataset.
     *
     * @param number its number
     * @param issued when it was published
     * @param observations its observations, as stored
     * @param current whether it is the current version
     * @param invalidated whether a withdrawal invalidated it
     */
    record VersionRow(int number, String issued, String observations, boolean current, boolean invalidated) {}

    /**
     * A member, as admins see the list.
     *
     * @param id the account id (used in forms)
     * @param name the display name
     * @param email the sign-in email
     * @param role the role's code
     */
    record MemberRow(String id, String name, String email, String role) {}

    /**
     * An API key of the organisation (never its secret).
     *
     * @param id its public id
     * @param created when it was issued
     * @param active whether it still works
     * @param revoked when it was revoked
     */
    record KeyRow(String id, String created, boolean active, String revoked) {}
}
