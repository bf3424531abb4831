package com.huoke.web;

/** A feature has no resource of {@code kind} with {@code id}: answered with 404 problem details. */
public class ResourceNotFoundException extends RuntimeException {

  private final String kind;
  private final String id;

  public ResourceNotFoundException(String kind, String id) {
    super("Expected to find %s '%s', but none exists".formatted(kind, id));
    this.kind = kind;
    this.id = id;
  }

  public String kind() {
    return kind;
  }

  public String id() {
    return id;
  }
}
