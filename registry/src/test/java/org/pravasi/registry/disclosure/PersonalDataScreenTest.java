package org.pravasi.registry.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalDataScreenTest {

    private final PersonalDataScreen screen = PersonalDataScreen.standard();

    @Test
    void maskedKeepsTheTextAndMasksWhatTheScreenFinds() {
        String text = "e.g. <https://elsewhere.example.org/worker/9876543210> in graph <https://node.example.org/g>;"
                + " contact ramesh.kumar@gmail.com; Mr Ramesh Kumar; 3 women aged 16-17";
        String masked = PersonalDataScreen.withThreshold(10).masked(text);

        assertFalse(
                masked.contains("9876543210") || masked.contains("ramesh.kumar@") || masked.contains("Ramesh"), masked);
        assertFalse(masked.contains("3 women"), masked);
        assertTrue(masked.startsWith("e.g. <98******10> in graph <https://node.example.org/g>; contact "), masked);
        assertEquals("nothing to mask in 40 cases", screen.masked("nothing to mask in 40 cases"));
    }

    @Test
    void messageSaysWhatWhereAndHowToFix() {
        List<PersonalDataFinding> findings = screen.checkCell(14, "remarks", "call 9876543221");

        assertEquals(1, findings.size());
        assertEquals(
                "Row 14, column 'remarks': looks like a phone number (98******21). Remove personal"
                        + " contact details; publish only counts.",
                findings.getFirst().message());
        assertEquals(5, findings.getFirst().offset());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "9876543210",
                "+91 98765 43210",
                "+91-98765-43210",
                "098765 43210",
                "98765-43210",
                "0091 9876543210",
                "987-654-3210",
                "7654321098"
            })
    void findsMobileNumbers(String number) {
        assertKinds(PersonalDataKind.PHONE, screen.checkCell(1, "contact", "Reach him at " + number + "."));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "011-2345 6789",
                "011 23456789",
                "0120-2345678",
                "(011) 2345 6789",
                "+91 11 2345 6789",
                "(011) 2345/6789",
                "011 23 45 67 89",
                "011.2345.6789",
                "(0120) 234/5678"
            })
    void findsLandlinesWithStdCode(String number) {
        assertKinds(PersonalDataKind.PHONE, screen.checkText("Office: " + number));
    }

    @Test
    void findsEmailAddresses() {
        List<PersonalDataFinding> findings = screen.checkText("Write to ramesh.kumar@gmail.com today.");

        assertKinds(PersonalDataKind.EMAIL, findings);
        assertEquals("ra****.*****@*****.*om", findings.getFirst().maskedExcerpt());
    }

    @Test
    void reportsVerhoeffValidTwelveDigitsAsAadhaar() {
        String valid = withVerhoeffCheckDigit("23456789012");

        assertKinds(PersonalDataKind.AADHAAR, screen.checkCell(3, "id", valid));
        String grouped = valid.substring(0, 4) + " " + valid.substring(4, 8) + " " + valid.substring(8);
        assertKinds(PersonalDataKind.AADHAAR, screen.checkText("Aadhaar " + grouped + " was shared."));
    }

    @Test
    void reportsOtherTwelveDigitGroupsAsPossibleIdNumbers() {
        String valid = withVerhoeffCheckDigit("23456789012");
        String invalid = valid.substring(0, 11) + (char) ('0' + (valid.charAt(11) - '0' + 1) % 10);

        assertKinds(PersonalDataKind.POSSIBLE_ID_NUMBER, screen.checkCell(3, "id", invalid));
        assertKinds(PersonalDataKind.POSSIBLE_ID_NUMBER, screen.checkCell(3, "id", "1234-5678-9012"));
    }

    @Test
    void verhoeffAcceptsTheTextbookExampleOnly() {
        assertTrue(Verhoeff.isValid("2363"));
        assertFalse(Verhoeff.isValid("2364"));
    }

    @Test
    void findsPanAndPassportNumbers() {
        assertKinds(PersonalDataKind.PAN, screen.checkCell(2, "remarks", "PAN ABCPE1234F"));
        assertKinds(PersonalDataKind.PASSPORT, screen.checkCell(2, "remarks", "passport J8369854"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Smt. Sunita Devi came to the centre.",
                "Mr Ramesh Kumar returned from Surat.",
                "We met Dr. Sharma's team.",
                "Md. Rafiq Alam was paid late.",
                "Shri Mohan Lal filed a claim.",
                "Kumari Pooja joined.",
                "Sri Venkatesh spoke.",
                "A woman named Sunita spoke to us.",
                "Her name is Asha.",
                "श्रीमती सुनीता देवी ने शिकायत दर्ज की।",
                "श्री रमेश ने बताया।",
                "सुश्री पूजा आईं।",
                "कुमारी अनीता ने बताया।",
                "उसका नाम रमेश है।",
                "मजदूर का नाम सुरेश कुमार है।"
            })
    void findsNamesOfPeople(String sentence) {
        assertKinds(PersonalDataKind.PERSON_NAME, screen.checkText(sentence));
    }

    @Test
    void findingsNeverEchoTheFullValue() {
        String text = "Smt. Sunita Devi, 9876543221, sunita@example.org, ABCPE1234F, J8369854";

        for (PersonalDataFinding finding : screen.checkText(text)) {
            for (String secret : List.of("Sunita", "Devi", "9876543221", "sunita@", "ABCPE1234F", "J8369854")) {
                assertFalse(finding.message().contains(secret), finding.message());
                assertFalse(finding.maskedExcerpt().contains(secret), finding.maskedExcerpt());
            }
        }
        assertEquals(5, screen.checkText(text).size());
    }

    @Test
    void textFindingsGiveLineAndColumn() {
        List<PersonalDataFinding> findings = screen.checkText("# A story\n\nShe called 9876543221 twice.");

        assertEquals("Line 3, column 12", findings.getFirst().location());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "name",
                "Full Name",
                "worker_name",
                "Father's Name",
                "husband name",
                "name of worker",
                "phone",
                "Mobile No.",
                "contact number",
                "E-mail ID",
                "aadhaar_no",
                "Residential Address",
                "Date of Birth",
                "DOB",
                "photo",
                "passport_number",
                "Voter ID",
                "PAN",
                "नाम",
                "पिता का नाम",
                "मोबाइल नंबर",
                "फ़ोन",
                "फोन",
                "आधार संख्या",
                "पता",
                "जन्म तिथि"
            })
    void flagsHeadersNamingPersonalFields(String header) {
        assertKinds(PersonalDataKind.PERSONAL_FIELD, screen.checkHeader(4, header));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "district",
                "district_name",
                "state name",
                "quarter",
                "cases",
                "families",
                "mobile_clinics",
                "calls_to_phone_helpline",
                "aadhaar_seeded_accounts",
                "name_of_scheme",
                "violation",
                "जिला",
                "जिले का नाम",
                "तिमाही",
                "मामले",
                "आधार से जुड़े खाते"
            })
    void allowsHeadersThatDescribePlacesAndCounts(String header) {
        assertEquals(List.of(), screen.checkHeader(1, header));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Her name: smt. sunita devi, Barsoi.",
                "Her name: SMT. SUNITA DEVI, Barsoi.",
                "Her name: SMT SUNITA DEVI, Barsoi.",
                "His name: shri ramesh kumar, Barsoi.",
                "Her name: ms. sunita devi, Barsoi.",
                "Her name: MS. SUNITA DEVI, Barsoi.",
                "His name: MR RAMESH KUMAR, Barsoi.",
                "His doctor: dr. anil sharma, Barsoi.",
                "Her name: kumari sunita, Barsoi."
            })
    void findsANameAfterAnHonorificInAnyCase(String sentence) {
        assertKinds(PersonalDataKind.PERSON_NAME, screen.checkText(sentence));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Smt.\n\nSunita Devi spoke.", "Her name is noted: Smt.\n\n\nSunita Devi, Barsoi."})
    void findsANamePartedFromItsHonorificByABlankLine(String text) {
        assertKinds(PersonalDataKind.PERSON_NAME, screen.checkText(text));
    }

    @Test
    void aLowerCaseNameEndsAtAWordNoNameHas() {
        List<PersonalDataFinding> findings = screen.checkText("We met smt. sunita devi at the school.");

        assertEquals(1, findings.size(), findings::toString);
        assertEquals("smt. s***** d***", findings.getFirst().maskedExcerpt());
    }

    @Test
    void findsTheNameAfterTheSecondOfTwoHonorifics() {
        List<PersonalDataFinding> findings = screen.checkText("Mr. and Mrs. Sharma left.");

        assertEquals(1, findings.size(), findings::toString);
        assertEquals("Mrs. S*****", findings.getFirst().maskedExcerpt());
    }

    private static void assertKinds(PersonalDataKind expected, List<PersonalDataFinding> findings) {
        assertFalse(findings.isEmpty(), "nothing found");
        findings.forEach(f -> assertEquals(expected, f.kind(), f.message()));
    }

    /** Appends the one digit that makes the Verhoeff check pass. */
    private static String withVerhoeffCheckDigit(String digits) {
        for (char c = '0'; c <= '9'; c++) {
            if (Verhoeff.isValid(digits + c)) {
                return digits + c;
            }
        }
        throw new AssertionError("Verhoeff admits a check digit for every number");
    }
}
