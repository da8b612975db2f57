package org.pravasi.registry.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises column headers that name a per-person field, in English or Hindi: "worker_name", "Father's Name", "mobile
 * no", "पिता का नाम", "आधार संख्या", but not "district_name", "mobile_clinics" or "aadhaar_seeded_accounts", which
 * describe places or counts.
 */
final class PersonalFieldHeaders {

    /** Fields that are personal wherever they end a header (after qualifiers like "no" are dropped). */
    private static final List<List<String>> PERSONAL_FIELDS = phrases(
            "phone",
            "telephone",
            "mobile",
            "contact",
            "contact person",
            "whatsapp",
            "email",
            "e mail",
            "aadhaar",
            "aadhar",
            "adhaar",
            "uid",
            "address",
            "date of birth",
            "birth date",
            "birthdate",
            "dob",
            "d o b",
            "photo",
            "photograph",
            "passport",
            "voter",
            "epic",
            "pan",
            "surname",
            "signature",
            "bank account",
            "account",
            "fingerprint",
            "मोबाइल",
            "फोन",
            "टेलीफोन",
            "ईमेल",
            "ई मेल",
            "आधार",
            "पता",
            "जन्म तिथि",
            "जन्मतिथि",
            "जन्म दिनांक",
            "फोटो",
            "पासपोर्ट",
            "मतदाता",
            "वोटर",
            "पैन",
            "हस्ताक्षर");

    private static final Set<String> QUALIFIERS = ScriptText.words(
            "no", "nos", "number", "num", "id", "ids", "details", "detail", "card", "नंबर", "संख्या", "सं", "क्रमांक",
            "कार्ड");
    private static final Set<String> NAME = ScriptText.words("name", "names", "नाम");
    private static final Set<String> OF = ScriptText.words("of", "का", "की", "के");
    /** Words that make "… name" a person's name; "district name" stays allowed. */
    private static final Set<String> PEOPLE = ScriptText.words(
            "worker",
            "workers",
            "person",
            "beneficiary",
            "applicant",
            "migrant",
            "labourer",
            "laborer",
            "employee",
            "father",
            "fathers",
            "husband",
            "husbands",
            "mother",
            "mothers",
            "wife",
            "spouse",
            "guardian",
            "full",
            "first",
            "last",
            "middle",
            "given",
            "family",
            "sur",
            "respondent",
            "victim",
            "survivor",
            "complainant",
            "member",
            "child",
            "contractor",
            "caller",
            "patient",
            "student",
            "owner",
            "informant",
            "her",
            "his",
            "their",
            "उसका",
            "उसकी",
            "उनका",
            "उनकी",
            "पिता",
            "पति",
            "माता",
            "मां",
            "माँ",
            "पत्नी",
            "श्रमिक",
            "मजदूर",
            "कामगार",
            "कर्मचारी",
            "लाभार्थी",
            "आवेदक",
            "प्रवासी",
            "व्यक्ति",
            "पूरा",
            "अभिभावक",
            "शिकायतकर्ता",
            "पीड़ित");

    private PersonalFieldHeaders() {}

    /** The personal field {@code header} names, in normalised words, or empty if it names none. */
    static Optional<String> personalField(String header) {
        List<String> words = withoutQualifiers(tokens(header));
        int of = words.indexOf("of");
        List<String> head = of > 0 ? withoutQualifiers(words.subList(0, of)) : words;
        List<String> tail = of > 0 ? words.subList(of + 1, words.size()) : List.of();
        for (List<String> field : PERSONAL_FIELDS) {
            if (endsWith(words, field) || of > 0 && endsWith(head, field)) {
                return Optional.of(String.join(" ", field));
            }
        }
        if (!words.isEmpty() && NAME.contains(words.getLast())) {
            List<String> before = words.subList(0, words.size() - 1).stream()
                    .filter(w -> !OF.contains(w))
                    .toList();
            if (before.isEmpty() || isPeople(before.getLast())) {
                return Optional.of(String.join(" ", words.subList(Math.max(0, words.size() - 3), words.size())));
            }
        }
        if (of > 0 && NAME.contains(head.getLast()) && tail.stream().anyMatch(PersonalFieldHeaders::isPeople)) {
            return Optional.of(String.join(" ", words));
        }
        return Optional.empty();
    }

    /** A word for people, or its plural or possessive ("victims", "victim's" once normalised). */
    private static boolean isPeople(String word) {
        return PEOPLE.contains(word) || word.endsWith("s") && PEOPLE.contains(word.substring(0, word.length() - 1));
    }

    private static List<String> tokens(String header) {
        String words = ScriptText.normalize(header)
                .replaceAll("[^\\p{L}\\p{M}\\p{N}]+", " ")
                .strip();
        return words.isEmpty() ? List.of() : Arrays.asList(words.split(" "));
    }

    private static List<String> withoutQualifiers(List<String> words) {
        int end = words.size();
        while (end > 1 && QUALIFIERS.contains(words.get(end - 1))) {
            end--;
        }
        return words.subList(0, end);
    }

    private static boolean endsWith(List<String> words, List<String> suffix) {
        int from = words.size() - suffix.size();
        return from >= 0 && words.subList(from, words.size()).equals(suffix);
    }

    private static List<List<String>> phrases(String... phrases) {
        List<List<String>> result = new ArrayList<>();
        for (String phrase : phrases) {
            result.add(List.of(ScriptText.normalize(phrase).split(" ")));
        }
        return List.copyOf(result);
    }
}
