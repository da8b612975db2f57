package org.pravasi.portal.map;

/**
 * Where a map's figures come from, for the credit line under every figure.
 *
 * @param dataset  the dataset
 * @param version  the version the figures were read from
 * @param org      the publishing organisation
 * @param title    the dataset's title
 * @param orgName  the organisation's name
 */
public record Source(String dataset, String version, String org, LangText title, LangText orgName) {
}
