package com.huoke.engine.camunda8.fake;

/** A request the fake refuses: answered as an RFC 7807 problem detail, as the real gateway does. */
final class FakeProblem extends RuntimeException {

  final int status;
  final String title;

  FakeProblem(int status, String title, String detail) {
    super(detail);
    this.status = status;
    this.title = title;
  }

  static FakeProblem notFound(String detail) {
    return new FakeProblem(404, "NOT_FOUND", detail);
  }

  static FakeProblem invalidArgument(String detail) {
    return new FakeProblem(400, "INVALID_ARGUMENT", detail);
  }

  static FakeProblem invalidState(String detail) {
    return new FakeProblem(409, "INVALID_STATE", detail);
  }

  static FakeProblem alreadyExists(String detail) {
    return new FakeProblem(409, "ALREADY_EXISTS", detail);
  }
}
