/** Web plumbing shared by the portal's features: the health route. */
package org.pravasi.portal.web;
