/** Demo data: found in a folder or the jar, published through the real pipeline on first start. */
package org.pravasi.portal.seed;
