package com.huoke.connectors.weixin;

import com.huoke.connectors.inbound.InboundRequest;
import com.huoke.connectors.inbound.UnsupportedContentTypeException;
import com.huoke.connectors.inbound.support.Texts;
import java.io.IOException;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads the flat {@code <xml><Field>value</Field>…</xml>} documents WeChat and WeCom send. The
 * parser refuses any DTD, so neither external entities (XXE) nor entity expansion can happen.
 */
public final class WeixinXml {

  /**
   * Far above any callback the platforms send (a long text message is a few KiB); larger documents
   * are refused before parsing.
   */
  public static final int MAX_DOCUMENT_CHARS = 256 * 1024;

  /** Neither platform documents a content type; both send text/xml, which is also what we check. */
  private static final String ACCEPTED_TYPES = "text/xml or application/xml";

  private static final DocumentBuilderFactory FACTORY = hardenedFactory();

  /** Rethrows instead of printing "[Fatal Error]" lines to stderr, as the default handler does. */
  private static final ErrorHandler FAIL_FAST =
      new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) throws SAXException {
          throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
          throw e;
        }
      };

  private WeixinXml() {}

  /** Parses a document into its top-level fields; a repeated field is refused as ambiguous. */
  public static WeixinFields parse(String xml) {
    if (xml == null || xml.isBlank()) {
      throw new WeixinPayloadException("Expected an XML document, but the body is empty");
    }
    if (xml.length() > MAX_DOCUMENT_CHARS) {
      throw new WeixinPayloadException(
          "Expected an XML document of at most "
              + MAX_DOCUMENT_CHARS
              + " characters, but it has "
              + xml.length());
    }
    Element root = read(xml).getDocumentElement();
    if (!"xml".equals(root.getTagName())) {
      throw new WeixinPayloadException(
          "Expected the root element <xml>, but it is <"
              + Texts.abbreviate(root.getTagName())
              + ">");
    }
    Map<String, String> fields = new LinkedHashMap<>();
    for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child.getNodeType() == Node.ELEMENT_NODE
          && fields.putIfAbsent(child.getNodeName(), child.getTextContent()) != null) {
        throw new WeixinPayloadException(
            "Expected field "
                + Texts.abbreviate(child.getNodeName())
                + " once, but it is repeated");
      }
    }
    return new WeixinFields(fields);
  }

  /**
   * Refuses a body that says it is something other than XML. A missing Content-Type is accepted:
   * neither platform documents the header and WxJava's receivers do not check it; the body still
   * has to be a signed, well-formed document.
   */
  public static void requireXmlContentType(InboundRequest request) {
    String mediaType = request.mediaType();
    if (mediaType != null
        && !mediaType.equals("text/xml")
        && !mediaType.equals("application/xml")) {
      throw new UnsupportedContentTypeException(ACCEPTED_TYPES, Texts.abbreviate(mediaType));
    }
  }

  private static Document read(String xml) {
    try {
      // A builder is not thread-safe; a fully configured factory hands out new ones safely.
      DocumentBuilder builder = FACTORY.newDocumentBuilder();
      builder.setErrorHandler(FAIL_FAST);
      return builder.parse(new InputSource(new StringReader(xml)));
    } catch (SAXException e) {
      throw new WeixinPayloadException(
          "Expected a well-formed XML document without a DTD, but: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new WeixinPayloadException(
          "Expected a readable XML document, but: " + e.getMessage(), e);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("The XML parser cannot be configured", e);
    }
  }

  private static DocumentBuilderFactory hardenedFactory() {
    // The JDK's own parser, whatever else is on the class path, so the features below are known.
    DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
    try {
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("The XML parser cannot be hardened", e);
    }
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    factory.setNamespaceAware(false);
    factory.setValidating(false);
    return factory;
  }
}
