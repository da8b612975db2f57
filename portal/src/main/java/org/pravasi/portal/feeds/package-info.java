/**
 * Atom feeds (RFC 4287) of new and updated datasets and stories: site-wide, per organisation and per district, on
 * {@code /feeds/*}.
 */
package org.pravasi.portal.feeds;
