package org.pravasi.registry.publish;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** PROV-O and DCAT 3 terms that Jena's vocabulary classes lack. */
final class Terms {
    static final String PROV = "http://www.w3.org/ns/prov#";
    static final String DCAT = "http://www.w3.org/ns/dcat#";

    static final Node PROV_ACTIVITY = uri(PROV + "Activity");
    static final Node PROV_WAS_GENERATED_BY = uri(PROV + "wasGeneratedBy");
    static final Node PROV_WAS_ASSOCIATED_WITH = uri(PROV + "wasAssociatedWith");
    static final Node PROV_USED = uri(PROV + "used");
    static final Node PROV_STARTED = uri(PROV + "startedAtTime");
    static final Node PROV_ENDED = uri(PROV + "endedAtTime");
    static final Node PROV_WAS_INVALIDATED_BY = uri(PROV + "wasInvalidatedBy");
    static final Node PROV_ENTITY = uri(PROV + "Entity");
    static final Node PROV_VALUE = uri(PROV + "value");
    static final Node PROV_WAS_QUOTED_FROM = uri(PROV + "wasQuotedFrom");
    static final Node PROV_AGENT = uri(PROV + "Agent");

    static final Node DCAT_VERSION = uri(DCAT + "version");
    static final Node DCAT_HAS_VERSION = uri(DCAT + "hasVersion");
    static final Node DCAT_HAS_CURRENT_VERSION = uri(DCAT + "hasCurrentVersion");
    static final Node DCAT_PREVIOUS_VERSION = uri(DCAT + "previousVersion");
    static final Node DCAT_IS_VERSION_OF = uri(DCAT + "isVersionOf");

    private Terms() {
    }

    private static Node uri(String u) {
        return NodeFactory.createURI(u);
    }
}
