/**
 * Figures stated in free text (stories, dataset descriptions and change notes, organisation profiles, withdrawal
 * reasons), read as the equations they are: "In Katihar we handled 45 wage-theft cases in 2024-Q1" says that the sum of
 * some cells of the organisation's tables is 45. {@link org.pravasi.registry.stated.StatedFigureReader} finds such
 * figures and what they speak of (measure, places, periods, categories, from the words of
 * {@link org.pravasi.registry.stated.FigureTerms}); disclosure control reads them beside the tables
 * (docs/disclosure.md, "Figures stated in text").
 */
package org.pravasi.registry.stated;
