package org.pravasi.portal.map;

import java.util.List;

/** The form that chooses what the map shows; a plain GET form, so it works without JavaScript. */
final class MapForm {
    private MapForm() {
    }

    /** The form for the page's selection, submitting to the page itself. */
    static String render(PageModel m) {
        MapTexts t = m.texts();
        Selection s = m.selection();
        PageModel.Params p = m.params();
        StringBuilder b = new StringBuilder("<form class=\"pv-map-form\" id=\"pv-map-form\" data-swap method=\"get\" action=\"")
                .append(Html.esc(m.path())).append("\">\n");
        b.append("<div class=\"pv-field\"><label for=\"pv-dataset\">").append(Html.esc(t.t("map.indicator")))
                .append("</label>\n<select id=\"pv-dataset\" name=\"dataset\">\n");
        for (Indicator i : m.indicators()) {
            option(b, i.dataset(), t.label(i.title(), i.dataset()) + " — " + t.label(i.org().label(), ""), i.dataset().equals(s.indicator().dataset()));
        }
        b.append("</select></div>\n");
        for (Selection.Choice c : s.choices()) {
            Dimension d = c.dimension();
            String id = "pv-dim-" + d.param();
            b.append("<div class=\"pv-field\"><label for=\"").append(Html.esc(id)).append("\">")
                    .append(Html.esc(capitalise(t.label(d.label(), d.param())))).append("</label>\n<select id=\"").append(Html.esc(id))
                    .append("\" name=\"").append(Html.esc(d.param())).append("\" data-dimension>\n");
            option(b, "", d.hasTotal() ? t.t("map.total") : t.t("map.allSummed"), c.mode() != Selection.Mode.CHOSEN);
            for (Code code : d.codes()) {
                if (!code.total()) {
                    boolean selected = c.mode() == Selection.Mode.CHOSEN && c.codes().getFirst().equals(code);
                    option(b, code.notation(), t.label(code.label(), code.notation()), selected);
                }
            }
            b.append("</select></div>\n");
        }
        b.append("<div class=\"pv-field\"><label for=\"pv-period\">").append(Html.esc(t.t("map.period")))
                .append("</label>\n<select id=\"pv-period\" name=\"period\">\n");
        List<PeriodInfo> periods = s.indicator().periods();
        for (PeriodInfo period : periods) {
            String label = period.label() + (period.equals(s.indicator().latest()) ? " (" + t.t("map.latest") + ")" : "");
            option(b, period.notation(), label, period.equals(s.period()));
        }
        b.append("</select></div>\n");
        List<DistrictDirectory.State> states = m.geography().states();
        if (!states.isEmpty()) {
            b.append("<div class=\"pv-field\"><label for=\"pv-state\">").append(Html.esc(t.t("map.zoom")))
                    .append("</label>\n<select id=\"pv-state\" name=\"state\">\n");
            option(b, "", t.t("map.allIndia"), p.state().isEmpty());
            states.forEach(st -> option(b, st.lgd(), st.name(), st.lgd().equals(p.state())));
            b.append("</select></div>\n");
        }
        if (!p.sort().equals(PageModel.Params.DEFAULT_SORT)) {
            b.append("<input type=\"hidden\" name=\"sort\" value=\"").append(Html.esc(p.sort())).append("\">\n");
        }
        return b.append("<div class=\"pv-field pv-submit\"><button type=\"submit\">").append(Html.esc(t.t("map.show")))
                .append("</button></div>\n</form>\n").toString();
    }

    private static void option(StringBuilder b, String value, String label, boolean selected) {
        b.append("<option value=\"").append(Html.esc(value)).append('"').append(selected ? " selected" : "").append('>')
                .append(Html.esc(label)).append("</option>\n");
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
