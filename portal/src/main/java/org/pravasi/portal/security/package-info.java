/** Web security of every portal response: security headers, CORS for read-only endpoints only, rate limits. */
package org.pravasi.portal.security;
