/**
 * How crawlers and harvesters find the portal: {@code /robots.txt} (pages allowed, expensive endpoints not) and
 * {@code /sitemap.xml} (every dataset, organisation, story and district page with its last change).
 */
package org.pravasi.portal.discovery;
