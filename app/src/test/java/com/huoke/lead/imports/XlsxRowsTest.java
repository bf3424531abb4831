package com.huoke.lead.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxRowsTest {

  @TempDir Path dir;

  @Test
  void readsTheFirstSheetRowByRowAsExcelShowsTheCells() throws IOException {
    Path file =
        Workbooks.write(
            dir.resolve("leads.xlsx"),
            List.of(
                List.of("姓名", "手机号", "公司"),
                List.of("王芳", 13812345678L, "杭州云启软件"),
                List.of("", "", ""),
                List.of("李四", "", "深圳云帆")));
    List<List<String>> rows = new ArrayList<>();
    List<Integer> numbers = new ArrayList<>();

    new XlsxRows()
        .read(
            file,
            (rowNumber, cells) -> {
              numbers.add(rowNumber);
              rows.add(cells);
            });

    assertThat(numbers).containsExactly(1, 2, 4);
    assertThat(rows.get(1)).containsExactly("王芳", "13812345678", "杭州云启软件");
    // an empty cell in the middle keeps the columns after it in place
    assertThat(rows.get(2)).containsExactly("李四", "", "深圳云帆");
  }

  @Test
  void refusesAFileThatIsNoWorkbook() throws IOException {
    Path file = Files.writeString(dir.resolve("leads.xlsx"), "姓名,手机号\n");

    assertThatThrownBy(() -> new XlsxRows().read(file, (n, c) -> {}))
        .isInstanceOf(ImportFileException.class)
        .hasMessageContaining("Expected an Excel workbook (.xlsx)");
  }
}
