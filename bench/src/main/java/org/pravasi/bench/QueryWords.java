package org.pravasi.bench;

import java.util.List;

/** The words of {@code bench/wrk-queries.lua}, from which the search loads build their two-word queries. */
final class QueryWords {
    /** English: domain words and district and city names. */
    static final List<String> EN = List.of(("migrant workers wage theft brick kiln construction site helpline "
                    + "labour department complaint recovered wages contractor bonded rescue district task force welfare board "
                    + "registration ration card savings group remittance legal aid paralegal camp railway station textile mill "
                    + "domestic work seasonal migration corridor source village destination city purnia gurugram katihar surat "
                    + "mumbai")
            .split(" "));
    /** Hindi domain words. */
    static final List<String> HI = List.of(("प्रवासी श्रमिक मज़दूरी बकाया ईंट भट्ठा निर्माण हेल्पलाइन श्रम विभाग "
                    + "शिकायत ठेकेदार बंधुआ बचाव कल्याण पंजीकरण राशन बचत कानूनी सहायता")
            .split(" "));

    private QueryWords() {}
}
