/** Change events after each commit: an in-process bus, and the data behind the HTTP change feed. */
package org.pravasi.registry.events;
