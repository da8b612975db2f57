package org.pravasi.portal.linkeddata;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A download's bytes are the same from one start of the portal to the next, so its checksum can be cited: its JSON
 * objects keep the order their members are written in.
 */
@DisplayName("JSON download and CSVW metadata: members in the order written, in every JVM")
class DownloadBytesTest {
    private static final Cube CUBE = new Cube(
            "urn:ds",
            "urn:ds/v1",
            List.of(new Cube.Component("urn:dim", "thing", "Thing")),
            new Cube.Component("urn:m", "cases", "Cases"),
            List.of(new Cube.Row("urn:ds/v1/obs/1", List.of(new Cube.Term("urn:t/x", "x", "X")), OptionalLong.of(12))));
    private static final DownloadMeta META =
            new DownloadMeta("urn:ds", "Title", "urn:licence", "urn:org", "Org", "Source");

    @Test
    @DisplayName("each column of the JSON download lists name, property, label, role; the publisher uri, name")
    void jsonMembersKeepTheirOrder() throws Exception {
        StringWriter out = new StringWriter();
        JsonDownload.write(CUBE, META, out);
        String json = out.toString().replaceAll("\\s+", "");
        assertTrue(
                json.contains(
                        "{\"name\":\"thing\",\"property\":\"urn:dim\",\"label\":\"Thing\",\"role\":\"dimension\"}"),
                json);
        assertTrue(json.contains("\"publisher\":{\"uri\":\"urn:org\",\"name\":\"Org\"}"), json);
    }

    @Test
    @DisplayName("the CSVW metadata's virtual columns and publisher keep their order")
    void csvwMembersKeepTheirOrder() {
        String json = CsvwMetadata.write(CUBE, META, "download.csv", "en").replaceAll("\\s+", "");
        assertTrue(
                json.contains("{\"virtual\":true,\"propertyUrl\":\"rdf:type\",\"valueUrl\":"
                        + "\"http://purl.org/linked-data/cube#Observation\"}"),
                json);
        assertTrue(json.contains("\"dc:publisher\":{\"@id\":\"urn:org\",\"schema:name\":\"Org\"}"), json);
    }
}
