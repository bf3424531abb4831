package com.huoke.customer;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/customers/fields}: custom field definitions. */
@RestController
@RequestMapping("/api/v1/customers/fields")
class CustomFieldController {

  private final CustomFields fields;

  CustomFieldController(CustomFields fields) {
    this.fields = fields;
  }

  @GetMapping
  List<CustomFieldView> list() {
    return fields.definitions();
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  CustomFieldView define(@Valid @RequestBody NewCustomField field) {
    return fields.define(field);
  }
}
