/** Web plumbing shared by the portal's features: health, headers, static assets. */
package org.pravasi.portal.web;
