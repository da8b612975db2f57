/**
 * The node's HTTP API on Vert.x Web: publishing, withdrawal (with a reason), earlier versions for their publisher,
 * catalogue and change feed, harvest status and trigger, rate limits; refusals are thrown as
 * {@link org.pravasi.registry.web.ProblemException}.
 */
package org.pravasi.registry.api;
