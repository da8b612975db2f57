package org.pravasi.registry.disclosure;

import java.util.Locale;
import java.util.Set;

/**
 * Tells free-mail domains (anyone can open an address there, so it belongs to a person) from an organisation's own
 * domain. A contact point must reach the organisation, not one of its people.
 */
final class FreeMail {

    /** Providers by the label before the public suffix: gmail.com, yahoo.co.in, outlook.in, rediffmail.com. */
    private static final Set<String> PROVIDERS = Set.of(
            "gmail",
            "googlemail",
            "yahoo",
            "ymail",
            "rocketmail",
            "outlook",
            "hotmail",
            "live",
            "msn",
            "windowslive",
            "rediffmail",
            "rediff",
            "aol",
            "icloud",
            "protonmail",
            "proton",
            "tutanota",
            "tutamail",
            "tuta",
            "gmx",
            "yandex",
            "zohomail",
            "mail",
            "inbox",
            "lycos",
            "fastmail",
            "hushmail",
            "sify",
            "indiatimes",
            "email",
            "me",
            "mac",
            "pm",
            "duck",
            "mailinator",
            "qq",
            "163",
            "126");
    /** Second-level labels under which a country suffix sits: co.in, org.in, com.au. */
    private static final Set<String> SECOND_LEVEL =
            Set.of("co", "com", "org", "net", "gov", "ac", "edu", "gen", "firm", "ind", "nic", "res");

    private FreeMail() {}

    /** Whether {@code domain} is a free-mail provider's. */
    static boolean isFreeMail(String domain) {
        String[] labels = domain.toLowerCase(Locale.ROOT).replaceAll("\\.$", "").split("\\.");
        if (labels.length < 2) {
            return false;
        }
        int suffix = labels.length >= 3 && SECOND_LEVEL.contains(labels[labels.length - 2]) ? 2 : 1;
        int registrable = labels.length - suffix - 1;
        return registrable >= 0 && PROVIDERS.contains(labels[registrable]);
    }
}
