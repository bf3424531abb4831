package com.huoke.engine.camunda8.fake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An in-memory stand-in for a Camunda 8.8 cluster's Orchestration Cluster REST API (v2), on a free
 * loopback port. It speaks the real paths, JSON field names, status codes and problem details,
 * checks request bodies against the API schema (a misspelt field is a 400), keeps state across
 * requests and records every request for assertions.
 *
 * <p>It is no engine: nothing runs a model. Tests seed what a model would have produced (a waiting
 * user task, a job) through {@link #state()}, and the endpoints change that state as the broker
 * would (completing a job merges its variables; failing its last retry raises an incident).
 */
public final class FakeCamundaServer implements AutoCloseable {

  private final HttpServer http;
  private final ExecutorService executor;
  private final FakeEngineState state = new FakeEngineState();
  private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
  private final List<Route> routes = new ArrayList<>();

  private FakeCamundaServer() throws IOException {
    http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    // one thread: requests see the state one at a time, as a single partition would
    executor =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread thread = new Thread(r, "fake-camunda");
              thread.setDaemon(true);
              return thread;
            });
    http.setExecutor(executor);
    http.createContext("/", this::handle);
    DeploymentEndpoints.register(this, state);
    ProcessInstanceEndpoints.register(this, state);
    UserTaskEndpoints.register(this, state);
    JobEndpoints.register(this, state);
  }

  /** Starts a fresh fake on a free port. */
  public static FakeCamundaServer start() {
    try {
      FakeCamundaServer server = new FakeCamundaServer();
      server.http.start();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What {@code camunda.client.rest-address} should be. */
  public URI restAddress() {
    return URI.create("http://127.0.0.1:" + http.getAddress().getPort());
  }

  public FakeEngineState state() {
    return state;
  }

  /** Every request received so far, oldest first. */
  public List<RecordedRequest> requests() {
    return List.copyOf(requests);
  }

  /** The requests with this method and path. */
  public List<RecordedRequest> requests(String method, String path) {
    return requests.stream()
        .filter(r -> r.method().equals(method) && r.path().equals(path))
        .toList();
  }

  /** The last request with this method and path; fails when there is none. */
  public RecordedRequest lastRequest(String method, String path) {
    List<RecordedRequest> matching = requests(method, path);
    if (matching.isEmpty()) {
      throw new AssertionError(
          "Expected a %s %s, but the fake received only %s"
              .formatted(
                  method, path, requests.stream().map(r -> r.method() + " " + r.path()).toList()));
    }
    return matching.get(matching.size() - 1);
  }

  public void clearRequests() {
    requests.clear();
  }

  @Override
  public void close() {
    http.stop(0);
    executor.shutdownNow();
  }

  /** Registers an endpoint; {@code template} names path parameters in braces. */
  void route(String method, String template, Endpoint endpoint) {
    List<String> names = new ArrayList<>();
    Matcher parameter = Pattern.compile("\\{(\\w+)}").matcher(template);
    StringBuilder regex = new StringBuilder();
    int last = 0;
    while (parameter.find()) {
      regex.append(Pattern.quote(template.substring(last, parameter.start()))).append("([^/]+)");
      names.add(parameter.group(1));
      last = parameter.end();
    }
    regex.append(Pattern.quote(template.substring(last)));
    routes.add(new Route(method, Pattern.compile(regex.toString()), names, endpoint));
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    RecordedRequest request =
        new RecordedRequest(
            exchange.getRequestMethod(),
            path,
            exchange.getRequestURI().getRawQuery(),
            exchange.getRequestHeaders().getFirst("Content-Type"),
            exchange.getRequestBody().readAllBytes());
    requests.add(request);
    FakeResponse response;
    try {
      synchronized (state) {
        response = dispatch(request);
      }
    } catch (FakeProblem problem) {
      response = FakeResponse.problem(problem.status, problem.title, problem.getMessage(), path);
    } catch (RuntimeException e) {
      response = FakeResponse.problem(500, "INTERNAL_ERROR", String.valueOf(e), path);
    }
    if (response.contentType() != null) {
      exchange.getResponseHeaders().set("Content-Type", response.contentType());
    }
    exchange.sendResponseHeaders(
        response.status(), response.body().length == 0 ? -1 : response.body().length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(response.body());
    }
  }

  private FakeResponse dispatch(RecordedRequest request) {
    boolean pathKnown = false;
    for (Route route : routes) {
      Matcher matcher = route.path().matcher(request.path());
      if (!matcher.matches()) {
        continue;
      }
      pathKnown = true;
      if (route.method().equals(request.method())) {
        Map<String, String> parameters = new HashMap<>();
        for (int i = 0; i < route.parameters().size(); i++) {
          parameters.put(route.parameters().get(i), matcher.group(i + 1));
        }
        return route.endpoint().handle(new FakeRequest(request, parameters));
      }
    }
    if (pathKnown) {
      throw new FakeProblem(
          405,
          "Method Not Allowed",
          "Request method '%s' is not supported".formatted(request.method()));
    }
    throw FakeProblem.notFound("No endpoint %s %s".formatted(request.method(), request.path()));
  }

  /** Handles one kind of request. */
  @FunctionalInterface
  interface Endpoint {
    FakeResponse handle(FakeRequest request);
  }

  private record Route(String method, Pattern path, List<String> parameters, Endpoint endpoint) {}
}
