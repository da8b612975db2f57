package org.pravasi.portal.linkeddata;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Terms of DCAT 3, PROV-O, FOAF and schema.org that Jena's vocabulary classes lack, as nodes. */
public final class Vocab {
    /** The DCAT namespace. */
    public static final String DCAT = "http://www.w3.org/ns/dcat#";
    /** The PROV-O namespace. */
    public static final String PROV = "http://www.w3.org/ns/prov#";
    /** The FOAF namespace. */
    public static final String FOAF = "http://xmlns.com/foaf/0.1/";
    /** The schema.org namespace as used in the store. */
    public static final String SCHEMA = "http://schema.org/";

    public static final Node HAS_CURRENT_VERSION = uri(DCAT + "hasCurrentVersion");
    public static final Node HAS_VERSION = uri(DCAT + "hasVersion");
    public static final Node VERSION = uri(DCAT + "version");
    public static final Node IS_VERSION_OF = uri(DCAT + "isVersionOf");
    public static final Node WAS_GENERATED_BY = uri(PROV + "wasGeneratedBy");
    public static final Node STARTED = uri(PROV + "startedAtTime");
    public static final Node ENDED = uri(PROV + "endedAtTime");
    public static final Node FOAF_NAME = uri(FOAF + "name");
    public static final Node FOAF_HOMEPAGE = uri(FOAF + "homepage");
    public static final Node HEADLINE = uri(SCHEMA + "headline");
    public static final Node ABSTRACT = uri(SCHEMA + "abstract");
    public static final Node ARTICLE_BODY = uri(SCHEMA + "articleBody");
    public static final Node DATE_PUBLISHED = uri(SCHEMA + "datePublished");
    public static final Node IN_LANGUAGE = uri(SCHEMA + "inLanguage");

    private Vocab() {
    }

    private static Node uri(String u) {
        return NodeFactory.createURI(u);
    }
}
