package com.huoke.lead.imports;

/**
 * Why a row was rejected.
 *
 * @param row the row number as a spreadsheet shows it (the header is row 1)
 * @param column the file's column header, when the problem is one column's
 * @param field the lead field that column maps to
 */
public record RowError(int row, String column, String field, String message) {}
