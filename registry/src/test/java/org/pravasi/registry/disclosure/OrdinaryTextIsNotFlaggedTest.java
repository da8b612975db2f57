package org.pravasi.registry.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Ordinary story text and cells must pass the personal-data screen untouched. */
class OrdinaryTextIsNotFlaggedTest {

    private final PersonalDataScreen screen = PersonalDataScreen.withThreshold(10);

    @ParameterizedTest
    @ValueSource(
            strings = {
                "The Migrant Rights Centre in Katihar supported 6,500 families in 2024.",
                "Between 2024-05-10 and 2024-06-30, 1,245 wage claims were filed.",
                "Registrations rose in 2024-Q1 across LGD codes 201, 202 and 203.",
                "See https://example.org/reports/Dr.Sharma-2024.pdf for the method.",
                "Read more at www.example.org/Mr.Singh/profile or [the report](https://example.org/Dr.Devi).",
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
                "Section 3 of the Act covers 12 districts; the helpline 1800-11-4000 opened in 2024.",
                "With k = 10, 3 centres reported; 16-year-old girls were referred to 2 shelters.",
                "1 in 3 women and 2 out of 5 workers had no written contract; 3 lakh workers migrated.",
                "Meet at 5 pm at the labour chowk; the camp ran from 01.03.2024 to 15.03.2024.",
                "Wages rose 6.1 per cent; Rs. 9,876.50 was recovered at version 2.0.1 of the app.",
                "Write to the centre at the address on our website.",
                "The survey covered 2,92,66,161 migrants in 2023-24 across 4 states.",
                "Each of the 8 facilitation centres runs 2 camps a month for migrant workers.",
                "Workers at gmail-free kiosks registered on e-Shram.",
                "चार प्रवासी अधिकार केंद्रों ने 2024 में 6,500 परिवारों की मदद की।",
                "एक महिला ने बताया कि ठेकेदार ने मज़दूरी नहीं दी।",
                "धारा 3 के तहत 12 ज़िलों में शिविर लगे।",
                "See https://pib.gov.in/PressReleasePage.aspx?PRID=2036940 and https://example.org/search?q=migrant+workers&page=2.",
                "Data collected at 12 facilitation centres in 2024.\n\nKatihar 2024-Q1 figures follow.",
                "Data are available at data.gov.in, and Katihar 2024-Q1 at labour.bihar.gov.in.",
                "Figures updated in 2024 at eshram.gov.in; version 2 at pib.gov.in.",
                "Wages were paid at the rate of Rs. 300 per day.",
                "Sheets come in MS Excel and MS Word; the page answers in 200 ms per request.",
                "workers from sri lanka met at dr. ambedkar nagar and shri ram college.",
                "Order 011/2023/2024 of the Labour Department; camps on 9/10/2023 and 8/10/2023.",
                "Orders 011 2023 2024 and (011) 2019/2020; the 0 11 2345 rows; file 011/20/10/2023.",
                "Section 3 (three) of the Act covers 12 (twelve) districts.",
                "Registrations rose in 2024.\n\n3 centres opened; Phase\n\n2 covered 40 workers.",
                "The helpline\u2028opened in 2024\u2029with 12\u2800centres.",
                "Camps ran 9/10/2023 - 8/10/2023 and 9.10.2023 8.10.2023; see v2.0 at github.com, FY24 at pib.gov.in.",
                "mr. and mrs. are not used in our forms.",
            })
    void storySentencesPass(String sentence) {
        assertEquals(List.of(), screen.checkText(sentence));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2024-Q1",
                "201",
                "_T",
                "0",
                "1,234",
                "2,92,66,161",
                "wage-theft",
                "2024-03",
                "IND",
                "NPL",
                "2024",
                "Katihar",
                "Migrant Rights Centre",
                "कटिहार",
                "कुल"
            })
    void tableCellsPass(String value) {
        assertEquals(List.of(), screen.checkCell(7, "value", value));
    }
}
