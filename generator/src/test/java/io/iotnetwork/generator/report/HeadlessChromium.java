package io.iotnetwork.generator.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iotnetwork.generator.OutputFolder;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A headless Chromium driven over the DevTools protocol with the JDK's own HTTP and WebSocket
 * clients: opens a page, evaluates JavaScript in it and takes screenshots. No browser download, no
 * driver.
 */
final class HeadlessChromium implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
      "/usr/bin/google-chrome");

  private final Process process;
  private final Path profile;
  private final WebSocket socket;
  private final URI page;
  private final StringBuilder partial = new StringBuilder();
  private volatile CompletableFuture<JsonNode> pending;
  private int nextId = 1;

  private HeadlessChromium(Process process, Path profile, WebSocket socket, URI page) {
    this.process = process;
    this.profile = profile;
    this.socket = socket;
    this.page = page;
  }

  /** The browser binary: {@code $CHROMIUM}, else Debian's or Google's usual paths. */
  static Optional<Path> find() {
    String configured = System.getenv("CHROMIUM");
    if (configured != null && Files.isExecutable(Path.of(configured))) {
      return Optional.of(Path.of(configured));
    }
    return CANDIDATES.stream().map(Path::of).filter(Files::isExecutable).findFirst();
  }

  /** Starts {@code browser} on {@code page}, with flags that keep it off the network. */
  static HeadlessChromium open(Path browser, URI page) throws Exception {
    Path profile = Files.createTempDirectory("iot-network-chromium");
    Process process = new ProcessBuilder(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--window-size=1600,1200", "--remote-debugging-port=0", "--user-data-dir=" + profile,
        page.toString())
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    Path portFile = profile.resolve("DevToolsActivePort");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!Files.isRegularFile(portFile) || Files.readAllLines(portFile).isEmpty()) {
      if (System.nanoTime() > deadline || !process.isAlive()) {
        process.destroyForcibly();
        throw new IllegalStateException("Chromium did not start its DevTools endpoint");
      }
      Thread.sleep(100);
    }
    int port = Integer.parseInt(Files.readAllLines(portFile).get(0).strip());
    HttpClient http = HttpClient.newHttpClient();
    String pageSocket = null;
    while (pageSocket == null) {
      JsonNode targets = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
          .build(), HttpResponse.BodyHandlers.ofString()).body());
      for (JsonNode target : targets) {
        if (target.path("type").asText().equals("page")) {
          pageSocket = target.path("webSocketDebuggerUrl").asText();
        }
      }
      if (pageSocket == null) {
        Thread.sleep(100);
      }
    }
    HeadlessChromium[] self = new HeadlessChromium[1];
    WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(pageSocket), new WebSocket.Listener() {
      @Override
      public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        self[0].receive(data, last);
        webSocket.request(1);
        return null;
      }
    }).get(30, TimeUnit.SECONDS);
    self[0] = new HeadlessChromium(process, profile, socket, page);
    return self[0];
  }

  /** Evaluates {@code expression} in the page and returns its JSON-serialisable value. */
  JsonNode evaluate(String expression) throws Exception {
    ObjectNode params = JSON.createObjectNode().put("expression", expression).put("returnByValue", true);
    JsonNode response = send("Runtime.evaluate", params);
    if (response.at("/result/exceptionDetails").isObject()) {
      throw new IllegalStateException("page threw: " + response);
    }
    return response.at("/result/result/value");
  }

  /**
   * Saves a PNG of the page's area {@code x, y, width, height} (CSS pixels of the whole page, not
   * only the window) to {@code file}.
   */
  void screenshot(Path file, double x, double y, double width, double height) throws Exception {
    ObjectNode params = JSON.createObjectNode().put("format", "png").put("captureBeyondViewport", true);
    params.putObject("clip").put("x", x).put("y", y).put("width", width).put("height", height).put("scale", 1);
    JsonNode response = send("Page.captureScreenshot", params);
    Files.write(file, Base64.getDecoder().decode(response.at("/result/data").asText()));
  }

  /** Sends one DevTools command and waits for its answer; fails on a protocol error. */
  private synchronized JsonNode send(String method, ObjectNode params) throws Exception {
    int id = nextId++;
    ObjectNode request = JSON.createObjectNode().put("id", id).put("method", method);
    request.set("params", params);
    pending = new CompletableFuture<>();
    socket.sendText(JSON.writeValueAsString(request), true).get(10, TimeUnit.SECONDS);
    JsonNode response = pending.get(30, TimeUnit.SECONDS);
    if (response.has("error") || response.has("exceptionDetails")) {
      throw new IllegalStateException(method + " failed: " + response);
    }
    return response;
  }

  /** Waits until the page given to {@link #open} has loaded (not the blank page the browser starts on). */
  void awaitLoaded() throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    String loaded = "document.readyState === 'complete' && document.URL === " + JSON.writeValueAsString(page.toString());
    while (!evaluate(loaded).asBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("page did not finish loading");
      }
      Thread.sleep(100);
    }
  }

  private void receive(CharSequence data, boolean last) {
    partial.append(data);
    if (!last) {
      return;
    }
    try {
      JsonNode message = JSON.readTree(partial.toString());
      partial.setLength(0);
      if (message.has("id") && pending != null) {
        pending.complete(message);
      }
    } catch (IOException e) {
      pending.completeExceptionally(e);
    }
  }

  @Override
  public void close() throws IOException {
    socket.abort();
    // Chromium's own processes (network service, renderers) write to the profile too: stop them all
    List<ProcessHandle> processes = new ArrayList<>(process.descendants().toList());
    processes.add(process.toHandle());
    processes.forEach(ProcessHandle::destroy);
    for (ProcessHandle handle : processes) {
      try {
        handle.onExit().get(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        handle.destroyForcibly();
      } catch (ExecutionException | TimeoutException e) {
        handle.destroyForcibly();
      }
    }
    OutputFolder.deleteRecursively(profile);
  }
}
