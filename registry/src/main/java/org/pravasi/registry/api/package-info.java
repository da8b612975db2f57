/** The node's HTTP API on Vert.x Web: publishing, withdrawal, catalogue and change feed, problem details. */
package org.pravasi.registry.api;
