/** Implementations behind the interfaces of {@code org.pravasi.ontology}: the classpath loader and the code-list index. */
package org.pravasi.ontology.impl;
