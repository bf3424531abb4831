package com.huoke.lead.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Writes .xlsx test files with POI's streaming writer; empty strings leave the cell out. */
final class Workbooks {

  private Workbooks() {}

  static Path write(Path file, List<List<Object>> rows) throws IOException {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = workbook.createSheet("线索");
      for (int r = 0; r < rows.size(); r++) {
        List<Object> values = rows.get(r);
        if (values.stream().allMatch(v -> v instanceof String s && s.isEmpty())) {
          continue;
        }
        Row row = sheet.createRow(r);
        for (int c = 0; c < values.size(); c++) {
          Object value = values.get(c);
          if (value instanceof Number number) {
            row.createCell(c).setCellValue(number.doubleValue());
          } else if (!value.toString().isEmpty()) {
            row.createCell(c).setCellValue(value.toString());
          }
        }
      }
      workbook.write(out);
      workbook.dispose();
    }
    return file;
  }
}
