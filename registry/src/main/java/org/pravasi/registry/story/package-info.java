/** Best-practice stories: Markdown with front matter, screened for personal data, each in its own graph. */
package org.pravasi.registry.story;
