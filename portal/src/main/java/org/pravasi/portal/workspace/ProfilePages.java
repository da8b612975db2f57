package org.pravasi.portal.workspace;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pravasi.portal.pages.Ui;
import org.pravasi.registry.ingest.Finding;
import org.pravasi.registry.org.Organisation;
import org.pravasi.registry.org.Profile;
import org.pravasi.registry.org.ProfileOutcome;
import org.pravasi.registry.org.Profiles;

/**
 * The organisation's profile (name and description in English and Hindi, centres with their districts), edited by its
 * admins through {@link Profiles}, which checks and screens it like an {@code organisation.json}.
 */
final class ProfilePages {
    private static final String PROFILE = "/publish/org/:org/profile";
    /** Empty centre rows offered below the existing ones. */
    static final int SPARE_CENTRES = 3;

    private final Workspace workspace;
    private final Profiles profiles;
    private final Pickers pickers;

    ProfilePages(Workspace workspace, Profiles profiles, Pickers pickers) {
        this.workspace = workspace;
        this.profiles = profiles;
        this.pickers = pickers;
    }

    void mount(Router router) {
        router.get(PROFILE).handler(this::show);
        router.post(PROFILE).handler(this::save);
    }

    private void show(RoutingContext ctx) {
        Ui ui = workspace.ui(ctx);
        String org = ctx.pathParam("org");
        Optional<String> notice =
                Workspace.session(ctx).flatMap(Session::takeNotice).map(n -> n.in(ui));
        workspace.answer(ctx, () -> {
            workspace.require(ctx, org, Need.MANAGE);
            Organisation o = profiles.current(org).orElseThrow(() -> unknown(org));
            Profile p = new Profile(o.name(), o.description(), o.centres());
            return page(ctx, ui, org, p, 200, List.of(), notice.orElse(""));
        });
    }

    private void save(RoutingContext ctx) {
        Ui ui = workspace.ui(ctx);
        String org = ctx.pathParam("org");
        Profile p = fromForm(ctx);
        workspace.answer(ctx, () -> {
            workspace.require(ctx, org, Need.MANAGE);
            ProfileOutcome o = profiles.edit(org, p);
            if (!o.saved()) {
                return page(ctx, ui, org, p, 422, o.findings(), ui.t("ws.profile.refused"));
            }
            Workspace.session(ctx).ifPresent(s -> s.notice(Notice.of("ws.profile.saved")));
            return new Answer.Redirect("/publish/org/" + org + "/profile");
        });
    }

    private static Profile fromForm(RoutingContext ctx) {
        Map<String, String> name = new LinkedHashMap<>();
        Map<String, String> description = new LinkedHashMap<>();
        for (String lang : List.of("en", "hi")) {
            name.put(lang, field(ctx, "name-" + lang));
            description.put(lang, field(ctx, "description-" + lang));
        }
        List<Organisation.Centre> centres = new ArrayList<>();
        List<String> names = ctx.request().formAttributes().getAll("centre-name");
        List<String> districts = ctx.request().formAttributes().getAll("centre-district");
        for (int i = 0; i < Math.max(names.size(), districts.size()); i++) {
            String n = i < names.size() ? names.get(i).strip() : "";
            String d = i < districts.size() ? districts.get(i).strip() : "";
            if (!n.isEmpty() || !d.isEmpty()) {
                centres.add(new Organisation.Centre(n, d));
            }
        }
        return new Profile(name, description, centres);
    }

    private Answer page(
            RoutingContext ctx, Ui ui, String org, Profile p, int status, List<Finding> findings, String notice) {
        List<Organisation.Centre> rows = new ArrayList<>(p.centres());
        for (int i = 0; i < SPARE_CENTRES; i++) {
            rows.add(new Organisation.Centre("", ""));
        }
        Map<String, Object> m = new HashMap<>();
        m.put("owner", org);
        m.put("csrf", Workspace.session(ctx).map(Session::csrf).orElse(""));
        m.put("nameEn", p.name().getOrDefault("en", ""));
        m.put("nameHi", p.name().getOrDefault("hi", ""));
        m.put("descriptionEn", p.description().getOrDefault("en", ""));
        m.put("descriptionHi", p.description().getOrDefault("hi", ""));
        m.put("centres", rows);
        m.put("districts", pickers.districts(ui.lang()));
        m.put("findings", FindingRow.of(findings));
        m.put("notice", notice);
        m.put("error", status != 200);
        return new Answer.Page(status, ui.f("ws.profile.title", org), "profile.jte", m);
    }

    private static Refusal unknown(String org) {
        return new Refusal(404, "ws.refused.title", "ws.profile.unknown", "/publish/org/" + org, org);
    }

    private static String field(RoutingContext ctx, String name) {
        return Optional.ofNullable(ctx.request().getFormAttribute(name)).orElse("");
    }
}
