package org.pravasi.portal.pages;

/**
 * A resource with its label, for rendering as a link.
 *
 * @param uri the resource URI
 * @param label its label in the page's language
 */
public record Link(String uri, String label) {}
