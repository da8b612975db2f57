/** Web plumbing shared by the portal's features: the health route and the versioned static assets. */
package org.pravasi.portal.web;
