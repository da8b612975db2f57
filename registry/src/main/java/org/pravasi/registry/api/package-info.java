/**
 * The node's HTTP API on Vert.x Web: publishing, withdrawal (with a reason), earlier versions for their publisher,
 * catalogue and change feed, rate limits, problem details.
 */
package org.pravasi.registry.api;
