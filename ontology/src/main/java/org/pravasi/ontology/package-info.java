/**
 * The Pravasi vocabulary, SKOS code lists and SHACL shapes, with a small Java API: vocabulary constants
 * ({@link org.pravasi.ontology.PV}, {@link org.pravasi.ontology.QB}, {@link org.pravasi.ontology.SDMX},
 * {@link org.pravasi.ontology.PROV}, {@link org.pravasi.ontology.DCAT3}, {@link org.pravasi.ontology.SCHEMA},
 * {@link org.pravasi.ontology.GEO}; everything else from Jena's vocabulary classes), URI makers
 * ({@link org.pravasi.ontology.PravasiUris}), the classpath loader ({@link org.pravasi.ontology.Ontology}), code-list
 * lookups ({@link org.pravasi.ontology.CodeLists}) and reference periods ({@link org.pravasi.ontology.Period}).
 *
 * <p>Reference geography lives in {@code org.pravasi.ontology.geo}. The implementations behind the interfaces (the
 * classpath loader and the code-list index) are package-private here, so no package depends back on its user.
 */
package org.pravasi.ontology;
