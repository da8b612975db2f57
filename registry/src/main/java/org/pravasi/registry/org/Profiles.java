package org.pravasi.registry.org;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.pravasi.registry.events.ChangeBus;
import org.pravasi.registry.events.ChangeEvent;
import org.pravasi.registry.ingest.Finding;
import org.pravasi.registry.ingest.Findings;
import org.pravasi.registry.publish.InstanceUris;
import org.pravasi.registry.publish.ReferenceData;

/**
 * Edits of organisations' profiles from the workspace: checked (names, lengths, known districts, no name another
 * organisation holds: {@link OrganisationNames}), screened for personal data like an {@code organisation.json}, then
 * written through {@link Organisations#upsert} and announced. A refused edit changes nothing.
 */
public final class Profiles {
    /** Languages a profile's texts may be in. */
    public static final Set<String> LANGUAGES = Set.of("en", "hi");
    /** Longest name accepted, in characters. */
    public static final int MAX_NAME = 200;
    /** Longest description accepted, in characters. */
    public static final int MAX_DESCRIPTION = 4_000;
    /** Most centres accepted. */
    public static final int MAX_CENTRES = 100;

    private static final String FILE = "profile";

    private final Organisations organisations;
    private final ReferenceData reference;
    private final InstanceUris uris;
    private final ChangeBus bus;

    /** Edits through {@code organisations}, checking districts against {@code reference}. */
    public Profiles(Organisations organisations, ReferenceData reference, InstanceUris uris, ChangeBus bus) {
        this.organisations = Objects.requireNonNull(organisations);
        this.reference = Objects.requireNonNull(reference);
        this.uris = Objects.requireNonNull(uris);
        this.bus = Objects.requireNonNull(bus);
    }

    /** The organisation's current profile, if it is registered. */
    public Optional<Organisation> current(String slug) {
        return organisations.read(slug);
    }

    /** Replaces the profile of organisation {@code slug}, or says why not. */
    public ProfileOutcome edit(String slug, Profile profile) {
        Optional<Organisation> now = organisations.read(slug);
        if (now.isEmpty()) {
            return new ProfileOutcome(
                    false,
                    List.of(Finding.error(
                            FILE,
                            "organisation",
                            "The organisation '" + slug + "' is not registered on this node.",
                            "Register it first with its organisation.json.")));
        }
        Findings findings = new Findings();
        texts(profile.name(), "name", MAX_NAME, true, findings);
        texts(profile.description(), "description", MAX_DESCRIPTION, false, findings);
        if (profile.name().getOrDefault("en", "").isBlank()) {
            findings.add(Finding.error(
                    FILE, "name", "The organisation needs an English name.", "Write its name in English."));
        }
        if (profile.centres().size() > MAX_CENTRES) {
            findings.add(Finding.error(
                    FILE,
                    "centres",
                    "The profile lists " + profile.centres().size() + " centres; at most " + MAX_CENTRES + " are kept.",
                    "List the centres that publish or serve workers."));
        }
        for (int i = 0; i < profile.centres().size(); i++) {
            Organisation.Centre c = profile.centres().get(i);
            String field = "centres[" + i + "]";
            if (c.name().isBlank() || c.name().length() > MAX_NAME || c.name().contains("\n")) {
                findings.add(Finding.error(
                        FILE,
                        0,
                        field + ".name",
                        "",
                        "Centre " + (i + 1) + " needs a name of one line, at most " + MAX_NAME + " characters.",
                        "Name the centre by its place, e.g. 'Katihar centre'."));
            }
            if (reference.area("district", c.district()).isEmpty()) {
                findings.add(Finding.error(
                        FILE,
                        0,
                        field + ".district",
                        c.district(),
                        "Centre " + (i + 1) + ": '" + c.district() + "' is not a known district LGD code.",
                        "Choose the centre's district from the list."));
            }
        }
        if (findings.hasErrors()) {
            return new ProfileOutcome(false, findings.list());
        }
        Organisation old = now.get();
        Organisation edited = new Organisation(
                slug,
                nonBlank(profile.name()),
                old.type(),
                nonBlank(profile.description()),
                old.homepage(),
                old.contactPoint(),
                old.states(),
                profile.centres().stream()
                        .map(c -> new Organisation.Centre(c.name().strip(), c.district()))
                        .toList(),
                old.illustrative());
        List<Finding> screened = new ArrayList<>(organisations.screen(edited, FILE));
        screened.addAll(organisations.checkNames(edited, FILE));
        if (screened.stream().anyMatch(Finding::isError)) {
            return new ProfileOutcome(false, screened);
        }
        organisations.upsert(edited);
        bus.announce(new ChangeEvent(
                ChangeEvent.Kind.ORGANISATION_CHANGED, uris.org(slug).getURI(), "", slug, Instant.now()));
        return new ProfileOutcome(true, List.of());
    }

    private static void texts(Map<String, String> texts, String field, int max, boolean oneLine, Findings findings) {
        texts.forEach((lang, t) -> {
            if (!LANGUAGES.contains(lang)) {
                findings.add(Finding.error(
                        FILE,
                        field,
                        "Texts in '" + lang + "' are not kept; the profile is in English and Hindi.",
                        "Give the " + field + " in English (en) and Hindi (hi)."));
            } else if (t.length() > max) {
                findings.add(Finding.error(
                        FILE,
                        field,
                        "The " + field + " (" + lang + ") has " + t.length() + " characters; at most " + max
                                + " are kept.",
                        "Shorten it."));
            } else if (oneLine && (t.contains("\n") || t.contains("\r"))) {
                findings.add(Finding.error(
                        FILE, field, "The " + field + " (" + lang + ") must be one line.", "Remove the line breaks."));
            }
        });
    }

    private static Map<String, String> nonBlank(Map<String, String> texts) {
        return texts.entrySet().stream()
                .filter(e -> !e.getValue().isBlank())
                .collect(java.util.stream.Collectors.toMap(
                        Map.Entry::getKey, e -> e.getValue().strip()));
    }
}
