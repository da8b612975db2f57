package org.pravasi.registry.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Review 41: identifying detail in the forms Indian records and messages write it, each refused in any text the screen
 * reads (stories, descriptions, profiles, withdrawal reasons, a peer's literals); and the ordinary wordings of
 * organisations, which pass.
 */
class IdentifyingDetailTest {
    private final PersonalDataScreen screen = PersonalDataScreen.standard();

    private void assertRefused(String text) {
        assertFalse(screen.checkText(text).isEmpty(), () -> "should be refused: " + text);
    }

    private void assertPasses(String text) {
        List<PersonalDataFinding> found = screen.checkText(text);
        assertEquals(List.of(), found.stream().map(PersonalDataFinding::message).toList(), text);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Sunita Devi W/o Ramesh Kumar came to the centre.",
                "Ramesh S/o Mohan Lal was paid late.",
                "The complaint came from the son of Ramesh Kumar.",
                "सुनीता देवी पत्नी रमेश कुमार ने शिकायत दर्ज की।",
                "Name: Sunita Devi, Barsoi.",
                "Father's name: Ram Prasad",
                "Her name: Sunita, from Barsoi.",
                "नाम: सुनीता देवी",
                "सुनीता नाम की एक लड़की ने बताया।",
                "A girl called Sunita spoke to us.",
                "Ramesh alias Munna left for Surat.",
                "रमेश उर्फ़ मुन्ना सूरत गया।",
                "| Worker name | Village |\n|---|---|\n| S | Barsoi |",
                // Review 41b: the layouts of records.
                "Case 1: Name: Sunita Devi",
                "Name of the migrant worker: Sunita Devi",
                "Victim's name: Sunita Devi",
                "Father: Ram Prasad",
                "Name (as per Aadhaar): Sunita Devi",
                "नामः सुनीता देवी",
                "Name- Sunita Devi",
                "| Name | Sunita Devi |\n| Village | Barsoi |",
                "सुनीता देवी, पत्नी रमेश कुमार ने बताया।",
                "Ramesh S/0 Mohan Lal was paid late.",
                "The complaint came from the son of late Ram Prasad.",
                "Her address: House 45, Ward 7, Rampur."
            })
    void namesWrittenAsRecordsWriteThemAreRefused(String text) {
        assertRefused(text);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Voter ID IBR1234567 was found with him.",
                "Wages went to A/c 30123456789, IFSC SBIN0001234.",
                "Her virtual ID is 9123456789012345.",
                "The contractor's vehicle BR01PA1234 took them.",
                "Licence BR01 20110012345 was seized.",
                "FIR No. 45/2024 was lodged at Barsoi.",
                "Grievance DOLAB/E/2024/0012345 is pending.",
                "PAN abcpk1234d",
                "PAN ABCPK 1234 D",
                "passport j8369854",
                "Aadhaar 2345 6789-0123 was shown.",
                "Case No. 45 of 2024 is pending.",
                "Cr. No. 45/24 was registered.",
                "एफआईआर संख्या 45/2024 दर्ज हुई।",
                "FIR 2024/123 was lodged.",
                "She was born on 12.03.2008 in Katihar."
            })
    void identityAndAccountNumbersAreRefused(String text) {
        assertRefused(text);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Join our workers' group: https://chat.whatsapp.com/Hd8s7F6gK2LmN0pQrStUv",
                "Message us at t.me/+AbCdEfGh",
                "wa.me/message/ABC123XYZ",
                "Our channel: https://t.me/sunitadevi87",
                "https://chat.whatsapp.com:443/Hd8s7F6gK2LmN0pQ",
                "https://api.whatsapp.com/message/ABC123XYZ",
                "Join discord.gg/abcd1234"
            })
    void chatAndMessengerLinksAreRefused(String text) {
        List<PersonalDataFinding> found = screen.checkText(text);
        assertTrue(found.stream().anyMatch(f -> f.kind() == PersonalDataKind.CHAT_LINK), () -> text + ": " + found);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Smt.Sunita Devi came to the centre.",
                "Smt-Sunita Devi came to the centre.",
                "Smt. sunita devi came to the centre.",
                "Smt. सुनीता देवी आईं।",
                "Mr. रमेश came.",
                "श्रीमती Sunita Devi came.",
                "श्री० रमेश ने बताया।",
                "कु. सुनीता ने बताया।",
                "Sh. Ram Prasad filed a claim.",
                "Km. Priya joined.",
                "Mst. Rubina Khatoon was paid late.",
                "Kumari Vijaya spoke.",
                "Dr. Sathya Rao treated her.",
                "Mr. Rahul Nagar paid them.",
                "Mrs.Sunita Devi came.",
                "Shree Ramesh Kumar came.",
                "Late Ramesh Kumar's family came.",
                "श्रीमति सुनीता ने बताया।",
                "Sri Venkateswara Rao spoke.",
                "Shri Jagannath Das spoke.",
                "Smt. Anna Mary spoke.",
                "Shr\u0131 Ramesh Kumar came."
            })
    void honorificsInEveryFormAreRead(String text) {
        assertRefused(text);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Call 9\uFE0F\u20E38\uFE0F\u20E37\uFE0F\u20E36\uFE0F\u20E35\uFE0F\u20E34\uFE0F\u20E33\uFE0F\u20E32\uFE0F\u20E3"
                        + "1\uFE0F\u20E30\uFE0F\u20E3",
                "Call 9\u03328\u03327\u03326\u03325\u03324\u03323\u03322\u03321\u03320\u0332",
                "Call \u277E\u277D\u277C\u277B\u277A\u2779\u2778\u2777\u2776\u24FF",
                "Call 98765_43210",
                "Call 98765\u00B743210",
                "Helpline: tel:98765/43210"
            })
    void phoneDigitsInEveryDressAreRead(String text) {
        assertRefused(text);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\u0405mt. Sunita Devi came.",
                "PAN \u0410\u0412\u0421\u0420\u041A1234D",
                "\u041Cr. Ramesh",
                "\u0405\u041C\u0422. Sunita Devi",
                "PAN \u0410\u0412\u0421\u0420\u041A1234\u0415",
                "Sunita W/\u043E Ramesh",
                "\u13B7r. Ramesh Kumar"
            })
    void lookAlikeLettersOfAnotherScriptAreRefused(String text) {
        assertRefused(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Write to sunita.devi@gmail", "ramesh(a)gmail.com", "ramesh एट जीमेल डॉट कॉम"})
    void eMailAddressesWrittenShortAreRefused(String text) {
        assertRefused(text);
    }

    @Test
    void onePersonSingledOutByDetailsIsRefused() {
        String story = "Rekha (name changed), a 14-year-old Musahar girl from Bhawanipur tola, Barsoi block, Katihar,"
                + " was taken to a Surat textile unit on 3 March 2024.";
        List<PersonalDataFinding> found = screen.checkText(story);
        assertTrue(found.stream().anyMatch(f -> f.kind() == PersonalDataKind.ONE_PERSON_DETAILS), found::toString);
        assertRefused("भवानीपुर टोला की 14 साल की एक मुसहर लड़की 3 मार्च 2024 को सूरत ले जाई गई।");
        // The same story told at the district, the month and an age band passes.
        assertPasses("A teenage girl from Katihar district was taken to a Surat textile unit in March 2024.");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Rekha, 14, from Bhawanipur tola in Barsoi block, was taken to Surat on 3 March 2024. She is Musahar.",
                "A person from Bhawanipur tola, aged 14, Musahar, went missing on 3 March 2024.",
                "एक 14 साल की मुसहर लड़की को 3 मार्च 2024 को भवानीपुर टोला से सूरत ले जाया गया।",
                "The complainant, 14 yrs, Musahar, of Bhawanipur tola, was taken on 3 March."
            })
    void onePersonIsReadInEveryWording(String text) {
        assertRefused(text);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "80G registered; PAN AAATJ1234K.",
                "Many migrants are employed in Sri City.",
                "Our centre in Shri Dungargarh opened in 2023.",
                "Shri Anna (millets) are grown here.",
                "We marked Shri Ram Navami with the families.",
                "श्री राम नवमी पर शिविर लगा।",
                "हमने अभियान का श्री गणेश किया।",
                "श्रीमान जी, निवेदन है कि शिविर कल लगेगा।",
                "Jan Sahas was named Best Grassroots NGO in 2023.",
                "The study, named Dignity at Work, covers 12 districts.",
                "A campaign, named Surakshit Pravas, reached 40 villages.",
                "Workers use the Dr YSR Aarogyasri scheme.",
                "District name: Katihar",
                "Name of the scheme: PMAY-G",
                "The 2019 2020 2021 surveys agree.",
                "Rs 1,00,00,00,000 was recovered.",
                "In March 2024 we held a camp in Barsoi block for 120 workers.",
                "In Katihar, one woman worker said wages were late in 2024.",
                "The site is 5 Km North of Katihar.",
                "His wife was ill, so he came back.",
                "उसकी पत्नी बीमार थी, इसलिए वह लौट आया।",
                "Read the report at https://www.thehindu.com/news/national/article67890123456.ece",
                "UP 2024 report",
                // Review 41b's false positives.
                "We run a skilling programme for youth aged 18-35 in Barsoi block.\n\nIt started on 2 October 2005;"
                        + " a migrant worker leads each batch.",
                "बेटी बचाओ बेटी पढ़ाओ अभियान में हम शामिल हुए।",
                "लाडली बेटी योजना से परिवारों को लाभ मिला।",
                "पति पत्नी मिलकर काम करते हैं।",
                "Write to us C/o Gram Vikas Trust, Patna.",
                "Families w/o ration cards were helped.",
                "NGO Darpan ID BR/2017/0123456",
                "We recovered INR 1500000 in wages.",
                "See ISBN 9788172234980 for the book.",
                "Bank account: opened for 120 workers.",
                "Aadhaar: update camps were held.",
                "The kilns are 40 km. outside Patna.",
                "The advance system, locally known as Dadan, binds families.",
                "Our village WhatsApp group meets weekly.",
                // Review 41c's: a programme report with a block and a date describes no one.
                "She leads our Barsoi block centre since 3 March 2019.",
                "On 3 March 2024 we held a camp in Barsoi block for migrant workers.",
                "जब पति परदेस जाते हैं तो पत्नी घर सँभालती है।",
                "Contact person: Data Officer",
                "The test statistic \u03C7\u00B2 and \u03B1 = 0.05 were used."
            })
    void ordinaryWordingsPass(String text) {
        assertPasses(text);
    }
}
