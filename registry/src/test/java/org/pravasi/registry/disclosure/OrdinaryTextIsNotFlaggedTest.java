package org.pravasi.registry.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Ordinary story text and cells must pass the personal-data screen untouched. */
class OrdinaryTextIsNotFlaggedTest {

    private final PersonalDataScreen screen = PersonalDataScreen.standard();

    @ParameterizedTest
    @ValueSource(strings = {
        "The Migrant Rights Centre in Katihar supported 6,500 families in 2024.",
        "Between 2024-05-10 and 2024-06-30, 1,245 wage claims were filed.",
        "Registrations rose in 2024-Q1 across LGD codes 201, 202 and 203.",
        "See https://example.org/reports/Dr.Sharma-2024.pdf for the method.",
        "Read more at www.example.org/Mr.Singh/profile or [the report](https://example.org/Smt.Devi).",
        "Workers from Sri Ganganagar and Sri Lanka returned home.",
        "Students of Shri Ram College of Commerce volunteered.",
        "The camp was held at Dr. Ambedkar Nagar.",
        "Dr. B.R. Ambedkar Konaseema district joined the network.",
        "A district named Katihar saw the most cases.",
        "The scheme's name is Shramik Setu.",
        "Call the national helpline 14434 or 1800-11-4000.",
        "Helpline calls: 9,876 in 2023 and 12,345 in 2024; over 65,00,000 workers migrated from Bihar.",
        "The figures are at state level (LGD 10) for 2023-24, quarter 2024-Q3, month 2024-03.",
        "Mobile clinics reached 4,200 workers; phone counselling reached 980.",
        "Kanyakumari and Srinagar districts reported fewer cases.",
        "Mr. and Mrs. are not used in our forms.",
        "कटिहार जिले में 2024 में 6,500 परिवारों को सहायता मिली।",
        "श्रीनगर और कन्याकुमारी से कम मामले आए।",
        "जिले का नाम कटिहार है।",
        "पहचान की रक्षा के लिए नाम गोपनीय है।",
        "श्रमिकों के नाम दर्ज हैं।",
        "श्री गंगानगर में प्रवासी मजदूरों के लिए शिविर लगा।",
        "माइग्रेंट राइट्स सेंटर ने 2024-Q1 में 1,245 मामले दर्ज किए।",
    })
    void storySentencesPass(String sentence) {
        assertEquals(List.of(), screen.checkText(sentence));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-Q1", "201", "_T", "0", "1,234", "2,92,66,161", "wage-theft", "2024-03", "IND",
        "NPL", "2024", "Katihar", "Migrant Rights Centre", "कटिहार", "कुल"})
    void tableCellsPass(String value) {
        assertEquals(List.of(), screen.checkCell(7, "value", value));
    }
}
