package org.pravasi.portal.pages;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Story Markdown")
class MarkdownTest {

    @Test
    @DisplayName("keeps headings, emphasis, lists and http links")
    void rendersFormatting() {
        String html = Markdown.toSafeHtml(
                "## Steps\n\n*Wages* were **recovered**.\n\n- one\n- two\n\n[Act](https://labour.gov.in/)");
        assertTrue(html.contains("<h2>Steps</h2>"), html);
        assertTrue(html.contains("<em>Wages</em>"), html);
        assertTrue(html.contains("<strong>recovered</strong>"), html);
        assertTrue(html.contains("<li>one</li>"), html);
        assertTrue(html.contains("href=\"https://labour.gov.in/\""), html);
    }

    @Test
    @DisplayName("removes script elements")
    void removesScript() {
        String html = Markdown.toSafeHtml("Text\n\n<script>alert(1)</script>\n\nMore <script src=\"x.js\"></script>");
        assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), html);
    }

    @Test
    @DisplayName("removes event-handler attributes such as onerror")
    void removesEventHandlers() {
        String html = Markdown.toSafeHtml(
                "<img src=x onerror=\"alert(1)\">\n\n![pic](x \"t\")<a href=\"/\" onclick=\"alert(1)\">x</a>");
        assertFalse(html.toLowerCase(Locale.ROOT).contains("onerror="), html);
        assertFalse(html.toLowerCase(Locale.ROOT).contains("onclick="), html);
        assertFalse(html.toLowerCase(Locale.ROOT).contains("<img"), html);
    }

    @Test
    @DisplayName("removes javascript: and data: link targets")
    void removesJavascriptLinks() {
        String html = Markdown.toSafeHtml(
                "[click](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=) <a href=\"javascript:alert(2)\">raw</a>");
        String lower = html.toLowerCase(Locale.ROOT);
        assertFalse(lower.contains("href=\"javascript:"), html);
        assertFalse(lower.contains("href=\"data:"), html);
        assertFalse(lower.contains("<a href=\"javascript"), "raw HTML is shown as text, never as a link: " + html);
    }
}
