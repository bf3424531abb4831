package com.huoke.lead.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.huoke.lead.QueueCounts;
import com.huoke.lead.SourcePlatform;
import com.huoke.testsupport.SecuredSlice;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** An upload is checked before anything is stored: a bad one is answered with 400 naming why. */
@SecuredSlice
@WebMvcTest(LeadImportController.class)
class LeadImportControllerTest {

  static final UUID ID = UUID.fromString("0b8f4a7e-2f6d-4c1b-9e5a-7d3c2b1a0f9e");
  static final byte[] CSV = "手机号\n13800000000\n".getBytes(StandardCharsets.UTF_8);

  @Autowired MockMvc mvc;
  @MockitoBean LeadImports imports;

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "no file            |           |                             | file",
        "old Excel format   | leads.xls |                             | file",
        "unknown platform   | leads.csv | sourcePlatform=MYSPACE      | sourcePlatform",
        "unknown charset    | leads.csv | charset=NOPE-42             | charset",
        "mapping not JSON   | leads.csv | mapping={broken             | mapping",
        "mapping to nowhere | leads.csv | mapping={\"手机\": \"phone\"} | mapping.手机"
      })
  void rejectsAnInvalidUploadNamingTheParameter(
      String name, String fileName, String parameter, String invalid) throws Exception {
    MockMultipartHttpServletRequestBuilder upload = multipart("/api/v1/leads/imports");
    if (fileName != null) {
      upload.file(new MockMultipartFile("file", fileName, null, CSV));
    }
    if (parameter != null) {
      int equals = parameter.indexOf('=');
      upload.param(parameter.substring(0, equals), parameter.substring(equals + 1));
    }

    mvc.perform(upload)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("invalid_request"))
        .andExpect(jsonPath("$.errors[0].field").value(invalid));
    verifyNoInteractions(imports);
  }

  @Test
  void acceptsAnUploadWith202AndTheLocationOfItsStatus() throws Exception {
    when(imports.receive(any())).thenReturn(ID);
    when(imports.status(ID)).thenReturn(received());

    mvc.perform(
            multipart("/api/v1/leads/imports")
                .file(new MockMultipartFile("file", "线索.csv", "text/csv", CSV))
                .param("sourcePlatform", "douyin"))
        .andExpect(status().isAccepted())
        .andExpect(header().string("Location", "http://localhost/api/v1/leads/imports/" + ID))
        .andExpect(jsonPath("$.state").value("RECEIVED"));

    LeadImports.Upload upload = captured();
    assertThat(upload.fileName()).isEqualTo("线索.csv");
    assertThat(upload.format()).isEqualTo(ImportFormat.CSV);
    assertThat(upload.sourcePlatform()).isEqualTo(SourcePlatform.DOUYIN);
    assertThat(upload.charset()).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void takesTheCharsetFromTheFilePartUnlessTheFormNamesOne() throws Exception {
    when(imports.receive(any())).thenReturn(ID);
    when(imports.status(ID)).thenReturn(received());

    mvc.perform(
            multipart("/api/v1/leads/imports")
                .file(new MockMultipartFile("file", "leads.csv", "text/csv; charset=GBK", CSV)))
        .andExpect(status().isAccepted());

    assertThat(captured().charset()).isEqualTo(Charset.forName("GBK"));
  }

  @Test
  void readsGb2312AsGbkWhichCoversWhatSuchFilesReallyHold() throws Exception {
    when(imports.receive(any())).thenReturn(ID);
    when(imports.status(ID)).thenReturn(received());

    mvc.perform(
            multipart("/api/v1/leads/imports")
                .file(new MockMultipartFile("file", "leads.csv", null, CSV))
                .param("charset", "gb2312")
                .param("mapping", "{\"手机号\": \"contactPhone\"}"))
        .andExpect(status().isAccepted());

    LeadImports.Upload upload = captured();
    assertThat(upload.charset()).isEqualTo(Charset.forName("GBK"));
    assertThat(upload.columnMapping()).isEqualTo(Map.of("手机号", "contactPhone"));
  }

  private LeadImports.Upload captured() {
    ArgumentCaptor<LeadImports.Upload> upload = ArgumentCaptor.forClass(LeadImports.Upload.class);
    verify(imports).receive(upload.capture());
    return upload.getValue();
  }

  private static LeadImportStatus received() {
    return new LeadImportStatus(
        ID,
        "线索.csv",
        ImportFormat.CSV,
        ImportState.RECEIVED,
        SourcePlatform.DOUYIN,
        0,
        0,
        0,
        0,
        List.of(),
        null,
        QueueCounts.NONE,
        Instant.now(),
        null,
        null);
  }
}
