package org.pravasi.registry.publish;

import java.util.Objects;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** URIs of a node's own things (organisations, datasets, versions, stories), under its configurable base. */
public record InstanceUris(String base) {
    /** Checks the base. */
    public InstanceUris {
        Objects.requireNonNull(base, "base");
        if (!base.endsWith("/")) {
            throw new IllegalArgumentException("base URI must end with '/': " + base);
        }
    }

    /** An organisation. */
    public Node org(String org) {
        return uri("id/org/" + org);
    }

    /** A dataset across its versions; also the name of the graph holding its catalogue record. */
    public Node dataset(String org, String slug) {
        return uri("id/dataset/" + org + "/" + slug);
    }

    /** One version of a dataset; also the name of the graph holding its observations. */
    public Node version(String org, String slug, int version) {
        if (version < 1 || version > VersionNumbers.MAX) {
            throw new IllegalArgumentException("Version " + version + " of " + org + "/" + slug + " is not a version"
                    + " number (1 to " + VersionNumbers.MAX + ", VersionNumbers); nothing names it.");
        }
        return uri("id/dataset/" + org + "/" + slug + "/v" + version);
    }

    /** A story; also the name of the graph holding it. */
    public Node story(String org, String slug) {
        return uri("id/story/" + org + "/" + slug);
    }

    /** A publishing activity. */
    public Node activity(String id) {
        return uri("id/activity/" + id);
    }

    /** The graph holding the catalogue resource and the organisations. */
    public Node catalogGraph() {
        return uri("graph/catalog");
    }

    /** The node's DCAT catalogue. */
    public Node catalog() {
        return uri("id/catalog");
    }

    private Node uri(String path) {
        return NodeFactory.createURI(base + path);
    }
}
