/**
 * The portal's view of federation: the peers page. Harvesting itself lives in {@code org.pravasi.registry.federation}.
 */
package org.pravasi.portal.federation;
