package org.pravasi.portal.feeds;

import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.pravasi.registry.ingest.XmlCharacters;

/** Writes a feed as an Atom 1.0 document (RFC 4287); text is escaped by the XML writer, never pasted. */
final class AtomWriter {
    /** The Atom namespace. */
    static final String ATOM = "http://www.w3.org/2005/Atom";
    /** The media type of an Atom feed. */
    static final String MEDIA_TYPE = "application/atom+xml";
    /** The {@code updated} of a feed with no entry: the feed has not changed since the epoch. */
    static final OffsetDateTime NEVER = OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    /**
     * What a feed says about itself.
     *
     * @param id its permanent IRI
     * @param title its title
     * @param lang the language of its text ({@code xml:lang})
     * @param self its absolute URL
     * @param alternate the absolute URL of the HTML page it follows
     * @param author the site, the feed's author when an entry names none
     */
    record Head(String id, String title, String lang, String self, String alternate, String author) {}

    private AtomWriter() {}

    /** The Atom document of {@code entries} under {@code head}; {@code origin} makes entry links absolute. */
    static String write(Head head, List<FeedEntry> entries, String origin) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter x = XML.createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("feed");
            x.writeDefaultNamespace(ATOM);
            x.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", head.lang());
            text(x, "id", head.id());
            text(x, "title", head.title());
            OffsetDateTime updated = entries.stream()
                    .map(FeedEntry::updated)
                    .max(OffsetDateTime::compareTo)
                    .orElse(NEVER);
            text(x, "updated", time(updated));
            link(x, "self", head.self(), MEDIA_TYPE);
            link(x, "alternate", head.alternate(), "text/html");
            x.writeStartElement("author");
            text(x, "name", head.author());
            x.writeEndElement();
            for (FeedEntry e : entries) {
                x.writeStartElement("entry");
                text(x, "id", e.id());
                text(x, "title", e.title().isBlank() ? e.id() : e.title());
                text(x, "updated", time(e.updated()));
                if (e.published() != null) {
                    text(x, "published", time(e.published()));
                }
                link(x, "alternate", e.path().startsWith("/") ? origin + e.path() : e.path(), "text/html");
                x.writeStartElement("author");
                text(x, "name", e.author());
                x.writeEndElement();
                x.writeEmptyElement("category");
                x.writeAttribute("term", e.kind());
                if (!e.summary().isBlank()) {
                    text(x, "summary", e.summary());
                }
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write an Atom feed", e);
        }
        return out.toString();
    }

    /** An RFC 3339 date-time, as Atom asks. */
    static String time(OffsetDateTime t) {
        return t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static void text(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(XmlCharacters.strip(value));
        x.writeEndElement();
    }

    private static void link(XMLStreamWriter x, String rel, String href, String type) throws XMLStreamException {
        x.writeEmptyElement("link");
        x.writeAttribute("rel", rel);
        x.writeAttribute("type", type);
        x.writeAttribute("href", href);
    }
}
