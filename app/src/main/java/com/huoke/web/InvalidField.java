package com.huoke.web;

/**
 * One entry of a problem's {@code errors} list: the request field (JSON path) and what is wrong.
 */
public record InvalidField(String field, String message) {}
