package com.okpay.helpcenter.seo;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A thin wrapper over the JDK's streaming XML writer, which escapes every text and attribute, so no
 * article title can break a feed or sitemap.
 */
final class XmlOutput {
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final StringWriter buffer = new StringWriter();
    private final XMLStreamWriter out;

    XmlOutput() {
        try {
            out = FACTORY.createXMLStreamWriter(buffer);
            out.writeStartDocument("UTF-8", "1.0");
            out.writeCharacters("\n");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens an element; {@code attributes} are name, value pairs (a null value is left out). */
    XmlOutput start(String name, String... attributes) {
        return write(() -> {
            out.writeStartElement(name);
            attributes(attributes);
        });
    }

    /** An element with only attributes. */
    XmlOutput empty(String name, String... attributes) {
        return write(() -> {
            out.writeEmptyElement(name);
            attributes(attributes);
        });
    }

    private void attributes(String... attributes) throws XMLStreamException {
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.writeAttribute(attributes[i], attributes[i + 1]);
            }
        }
    }

    /** An element holding {@code text}, left out entirely when the text is null. */
    XmlOutput text(String name, String text, String... attributes) {
        if (text == null) {
            return this;
        }
        start(name, attributes);
        write(() -> out.writeCharacters(text));
        return end();
    }

    XmlOutput end() {
        return write(out::writeEndElement);
    }

    String finish() {
        write(out::writeEndDocument);
        return buffer.append('\n').toString();
    }

    private XmlOutput write(XmlStep step) {
        try {
            step.run();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private interface XmlStep {
        void run() throws XMLStreamException;
    }
}
