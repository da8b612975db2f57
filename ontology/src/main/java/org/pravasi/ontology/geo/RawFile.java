package org.pravasi.ontology.geo;

import java.net.URI;
import java.util.EnumMap;
import java.util.Map;

/** The three public raw files the geography is built from, each pinned to a commit and a SHA-256. */
public enum RawFile {
    /**
     * District boundaries (Census 2011 layer, GeoJSON keyed by Census 2011 code), DataMeet via Hindustan Times Labs.
     */
    DISTRICT_BOUNDARIES(
            "india_district.json",
            "district boundaries (GeoJSON keyed by Census 2011 code)",
            "https://raw.githubusercontent.com/HindustanTimesLabs/shapefiles/e41de80ed6abdc45a4636301ec94f70731a6ef6b/india/district/india_district.json",
            "6a1e752ff27ea9ea1aec934980acc87ceb525f65ce5418d656dcbdea2ec33e2a"),
    /** LGD districts with state code and Census 2001 and 2011 codes (Local Government Directory, December 2022). */
    LGD_DISTRICTS(
            "lgd-2-district.csv",
            "LGD district list (CSV with LGD and Census 2011 codes)",
            "https://raw.githubusercontent.com/planemad/india-local-government-directory/6d3d8399813406a0dca398de6298ecfb6001836b/administrative/2-district.csv",
            "3adf79c6ad6037eb90ccb1f02c7a39d32e21d5f1368c913fdd975db2d53fc2d7"),
    /** LGD states and union territories with Census codes. */
    LGD_STATES(
            "lgd-1-state.csv",
            "LGD state list (CSV with LGD and Census codes)",
            "https://raw.githubusercontent.com/planemad/india-local-government-directory/6d3d8399813406a0dca398de6298ecfb6001836b/administrative/1-state.csv",
            "e355f4179744d36813031fa75e08e2e72e9b1009b7c3e4604031ffb909eef500");

    private final String fileName;
    private final String description;
    private final URI url;
    private final String sha256;

    RawFile(String fileName, String description, String url, String sha256) {
        this.fileName = fileName;
        this.description = description;
        this.url = URI.create(url);
        this.sha256 = sha256;
    }

    /** The file's name in a folder source, e.g. {@code india_district.json}. */
    public String fileName() {
        return fileName;
    }

    /** What the file holds, for error messages. */
    public String description() {
        return description;
    }

    /** The pinned public URL of the file. */
    public URI url() {
        return url;
    }

    /** The SHA-256 (lower-case hex) of the pinned version. */
    public String sha256() {
        return sha256;
    }

    /** The pinned SHA-256 of every file, for {@link GeographySource#folder(java.nio.file.Path, Map)}. */
    public static Map<RawFile, String> pinnedChecksums() {
        Map<RawFile, String> sums = new EnumMap<>(RawFile.class);
        for (RawFile f : values()) {
            sums.put(f, f.sha256);
        }
        return Map.copyOf(sums);
    }
}
