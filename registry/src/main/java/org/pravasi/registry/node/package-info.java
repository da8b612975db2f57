/** A registry node, wired from its configuration: store, reference data, pipeline, keys, Fuseki. */
package org.pravasi.registry.node;
