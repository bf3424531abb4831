package com.huoke.engine.translation;

import com.huoke.engine.UnsupportedBpmnException;
import com.huoke.engine.UnsupportedBpmnException.Rejection;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads BPMN safely (no DTDs, no external entities: deployed files come from users) and writes the
 * translated document back, indented.
 */
final class BpmnXml {

  private static final byte[] XML_DECLARATION =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n".getBytes(StandardCharsets.UTF_8);

  private BpmnXml() {}

  static Document parse(String resourceName, byte[] xml) {
    try {
      DocumentBuilder builder = documentBuilderFactory().newDocumentBuilder();
      builder.setErrorHandler(RETHROW);
      return builder.parse(new ByteArrayInputStream(xml));
    } catch (SAXParseException malformed) {
      throw new UnsupportedBpmnException(
          resourceName,
          List.of(
              new Rejection(
                  resourceName,
                  "Expected well-formed XML, but line %d, column %d: %s"
                      .formatted(
                          malformed.getLineNumber(),
                          malformed.getColumnNumber(),
                          malformed.getMessage()))));
    } catch (SAXException | IOException unreadable) {
      throw new UnsupportedBpmnException(
          resourceName,
          List.of(
              new Rejection(
                  resourceName,
                  "Expected well-formed XML, but it cannot be read: " + unreadable.getMessage())));
    } catch (ParserConfigurationException misconfigured) {
      throw new IllegalStateException(
          "The JDK's XML parser lacks a required feature", misconfigured);
    }
  }

  static byte[] serialize(Document document) {
    removeIndentation(document.getDocumentElement());
    try {
      TransformerFactory factory = TransformerFactory.newInstance();
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
      Transformer transformer = factory.newTransformer();
      transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      // the JDK writes the declaration and the root on one line; write the declaration ourselves
      transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
      transformer.setOutputProperty(OutputKeys.INDENT, "yes");
      transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.writeBytes(XML_DECLARATION);
      transformer.transform(new DOMSource(document), new StreamResult(out));
      return out.toByteArray();
    } catch (TransformerException failed) {
      throw new IllegalStateException("Cannot write the translated BPMN", failed);
    }
  }

  private static DocumentBuilderFactory documentBuilderFactory()
      throws ParserConfigurationException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
    factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    return factory;
  }

  /**
   * Drops whitespace between elements so that the writer indents old and new elements alike; text
   * content (conditions, documentation) is untouched.
   */
  private static void removeIndentation(Element element) {
    Node child = element.getFirstChild();
    boolean hasElementChildren = !Dom.children(element).isEmpty();
    while (child != null) {
      Node next = child.getNextSibling();
      if (hasElementChildren && child instanceof Text text && text.getData().isBlank()) {
        element.removeChild(child);
      } else if (child instanceof Element nested) {
        removeIndentation(nested);
      }
      child = next;
    }
  }

  /** The default handler prints to stderr and carries on; a deploy must fail instead. */
  private static final ErrorHandler RETHROW =
      new ErrorHandler() {
        @Override
        public void warning(SAXParseException exception) {}

        @Override
        public void error(SAXParseException exception) throws SAXException {
          throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
          throw exception;
        }
      };
}
