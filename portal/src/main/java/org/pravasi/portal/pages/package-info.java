/**
 * The public web pages, rendered on the server: a shared layout (English and Hindi, one
 * stylesheet), home, search, dataset list and pages, organisations, stories, district profiles, the SPARQL
 * page with examples, about, and an HTML view of every other entity URI.
 */
package org.pravasi.portal.pages;
