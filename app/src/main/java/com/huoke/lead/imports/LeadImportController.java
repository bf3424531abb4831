package com.huoke.lead.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.huoke.lead.InvalidLeadRequestException;
import com.huoke.lead.SourcePlatform;
import com.huoke.web.InvalidField;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /api/v1/leads/imports}: upload a CSV or Excel file of leads (multipart: {@code file},
 * optional {@code sourcePlatform}, {@code charset} and {@code mapping}); the import runs in the
 * background and its resource says how far it got.
 */
@RestController
@RequestMapping("/api/v1/leads/imports")
class LeadImportController {

  private static final TypeReference<Map<String, String>> MAPPING = new TypeReference<>() {};

  private final LeadImports imports;
  private final ObjectMapper json;

  LeadImportController(LeadImports imports, ObjectMapper json) {
    this.imports = imports;
    this.json = json;
  }

  /**
   * @param sourcePlatform platform of rows without a platform column (default {@code OTHER})
   * @param charset of a CSV file (default UTF-8, or the file part's {@code charset}); e.g. GBK
   * @param mapping JSON object header → lead field (or {@code "ignore"}), e.g. {@code {"客户电话":
   *     "contactPhone"}}; other headers are recognised by name
   */
  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<LeadImportStatus> upload(
      @RequestPart(name = "file", required = false) MultipartFile file,
      @RequestParam(required = false) String sourcePlatform,
      @RequestParam(required = false) String charset,
      @RequestParam(required = false) String mapping,
      UriComponentsBuilder uri) {
    List<InvalidField> errors = new ArrayList<>();
    Optional<ImportFormat> format = Optional.empty();
    if (file == null || file.isEmpty()) {
      errors.add(new InvalidField("file", "must be a non-empty .csv or .xlsx file"));
    } else {
      format = ImportFormat.ofFileName(file.getOriginalFilename());
      if (format.isEmpty()) {
        errors.add(
            new InvalidField(
                "file",
                "must be a .csv or .xlsx file (save .xls workbooks as .xlsx), but is '%s'"
                    .formatted(file.getOriginalFilename())));
      }
    }
    SourcePlatform platform = platform(sourcePlatform, errors);
    Charset declared = charset(charset, file, errors);
    Map<String, String> columns = mapping(mapping, errors);
    if (!errors.isEmpty()) {
      throw new InvalidLeadRequestException(errors);
    }
    UUID id;
    try (InputStream content = file.getInputStream()) {
      id =
          imports.receive(
              new LeadImports.Upload(
                  fileName(file), format.orElseThrow(), content, platform, declared, columns));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ResponseEntity.accepted()
        .location(uri.path("/api/v1/leads/imports/{id}").buildAndExpand(id).toUri())
        .body(imports.status(id));
  }

  @GetMapping("/{id}")
  LeadImportStatus status(@PathVariable UUID id) {
    return imports.status(id);
  }

  @GetMapping
  LeadImportPage list(
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
    return imports.list(page, size);
  }

  private static SourcePlatform platform(String value, List<InvalidField> errors) {
    if (value == null || value.isBlank()) {
      return SourcePlatform.OTHER;
    }
    try {
      return SourcePlatform.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      errors.add(
          new InvalidField(
              "sourcePlatform",
              "must be one of %s, but got '%s'"
                  .formatted(Arrays.toString(SourcePlatform.values()), value)));
      return null;
    }
  }

  /** The form field wins over the file part's own {@code Content-Type: text/csv; charset=…}. */
  private static Charset charset(String value, MultipartFile file, List<InvalidField> errors) {
    String name = value;
    if ((name == null || name.isBlank()) && file != null && file.getContentType() != null) {
      try {
        Charset fromPart = MediaType.parseMediaType(file.getContentType()).getCharset();
        name = fromPart == null ? null : fromPart.name();
      } catch (IllegalArgumentException e) {
        name = null;
      }
    }
    if (name == null || name.isBlank()) {
      return StandardCharsets.UTF_8;
    }
    try {
      Charset charset = Charset.forName(name.strip());
      // GB2312 files in the wild use GBK's characters too; GBK reads both
      return charset.name().equals("GB2312") ? Charset.forName("GBK") : charset;
    } catch (IllegalArgumentException e) {
      errors.add(
          new InvalidField(
              "charset", "must be a charset such as UTF-8 or GBK, but got '%s'".formatted(name)));
      return null;
    }
  }

  private Map<String, String> mapping(String value, List<InvalidField> errors) {
    if (value == null || value.isBlank()) {
      return Map.of();
    }
    try {
      Map<String, String> columns = json.readValue(value, MAPPING);
      errors.addAll(ColumnMapping.check(columns));
      return columns;
    } catch (JsonProcessingException e) {
      errors.add(
          new InvalidField(
              "mapping",
              "must be a JSON object of column header to lead field, e.g."
                  + " {\"客户电话\": \"contactPhone\"}"));
      return Map.of();
    }
  }

  private static String fileName(MultipartFile file) {
    String name = file.getOriginalFilename();
    if (name == null || name.isBlank()) {
      return "upload";
    }
    String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    return base.length() <= 255 ? base : base.substring(base.length() - 255);
  }
}
