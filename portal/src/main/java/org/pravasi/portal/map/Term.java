package org.pravasi.portal.map;

/**
 * A resource with its labels: an organisation, a measure.
 *
 * @param uri the resource
 * @param label its labels
 */
public record Term(String uri, LangText label) {}
