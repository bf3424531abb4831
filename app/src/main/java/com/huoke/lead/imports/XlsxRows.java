package com.huoke.lead.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The first sheet of an Excel workbook (.xlsx), read with POI's event API: the sheet's XML is
 * parsed as a stream and each row handed on as it ends, so the workbook is never built in memory.
 * Cells come formatted as Excel shows them (a phone stored as a number stays its digits).
 */
final class XlsxRows implements SheetRows {

  @Override
  public void read(Path file, Handler handler) {
    try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(workbook);
      XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
      if (!sheets.hasNext()) {
        throw new ImportFileException("Expected a worksheet in the workbook, but it has none");
      }
      XMLReader parser = SAXHelper.newXMLReader();
      parser.setContentHandler(
          new XSSFSheetXMLHandler(
              reader.getStylesTable(),
              null,
              new ReadOnlySharedStringsTable(workbook),
              new RowCollector(handler),
              new DataFormatter(),
              false));
      try (InputStream sheet = sheets.next()) {
        parser.parse(new InputSource(sheet));
      }
    } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException e) {
      throw new ImportFileException(
          "Expected an Excel workbook (.xlsx), but it cannot be read: " + e.getMessage(), e);
    } catch (org.apache.poi.UnsupportedFileFormatException e) {
      throw new ImportFileException(
          "Expected an Excel workbook (.xlsx), but the file is another format: " + e.getMessage(),
          e);
    }
  }

  /** Gathers a row's cells in column order, blanks where the sheet skips empty cells. */
  private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {

    private final Handler handler;
    private final List<String> cells = new ArrayList<>();

    RowCollector(Handler handler) {
      this.handler = handler;
    }

    @Override
    public void startRow(int rowIndex) {
      cells.clear();
    }

    @Override
    public void endRow(int rowIndex) {
      handler.row(rowIndex + 1, List.copyOf(cells));
    }

    @Override
    public void cell(String reference, String formattedValue, XSSFComment comment) {
      int column = reference == null ? cells.size() : new CellReference(reference).getCol();
      while (cells.size() < column) {
        cells.add("");
      }
      cells.add(formattedValue == null ? "" : formattedValue);
    }
  }
}
