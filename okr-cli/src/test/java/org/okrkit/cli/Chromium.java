package org.okrkit.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A headless Chromium driven over the Chrome DevTools Protocol, with the JDK's own WebSocket
 * client: opens a page, waits for it to load, and tells what a person would see (the rendered text,
 * the computed look of elements), every script error and console error, and every request the page
 * made. For tests only; every wait has a deadline.
 */
final class Chromium implements AutoCloseable {
  private static final Duration DEADLINE = Duration.ofSeconds(90);

  /**
   * The flags that work in containers and CI: no sandbox, GPU, QUIC, first-run or background
   * traffic.
   */
  static final List<String> FLAGS =
      List.of(
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--disable-dev-shm-usage",
          "--hide-scrollbars",
          "--window-size=1200,900");

  private final Process process;
  private final Path profile;
  private final WebSocket socket;
  private final List<String> stderr = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<Map<String, Object>>> replies =
      new ConcurrentHashMap<>();
  private final List<Map<String, Object>> events = new ArrayList<>();

  private Chromium(Path binary) throws IOException {
    profile = Files.createTempDirectory("okr-chromium-");
    List<String> command = new ArrayList<>();
    command.add(binary.toString());
    command.addAll(FLAGS);
    command.add("--user-data-dir=" + profile);
    command.add("--remote-debugging-port=0");
    command.add("about:blank");
    process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    CompletableFuture<String> endpoint = new CompletableFuture<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(
                      new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                  stderr.add(line);
                  int i = line.indexOf("DevTools listening on ");
                  if (i >= 0) {
                    endpoint.complete(line.substring(i + "DevTools listening on ".length()).trim());
                  }
                }
              } catch (IOException e) {
                endpoint.completeExceptionally(e);
              }
              endpoint.completeExceptionally(new IOException("Chromium ended before it listened"));
            },
            "chromium-stderr");
    reader.setDaemon(true);
    reader.start();
    String url = await(endpoint, "Chromium's DevTools endpoint");
    socket =
        await(
            HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .connectTimeout(DEADLINE)
                .buildAsync(URI.create(url), new Listener()),
            "a connection to " + url);
  }

  /**
   * The Chromium of this machine: {@code $CHROME}, else the first of chromium, chromium-browser,
   * google-chrome and google-chrome-stable on the PATH.
   */
  static Optional<Path> find() {
    String chrome = System.getenv("CHROME");
    if (chrome != null && Files.isExecutable(Path.of(chrome))) {
      return Optional.of(Path.of(chrome));
    }
    String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
    for (String name :
        List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")) {
      for (String dir : path.split(java.io.File.pathSeparator)) {
        if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
          return Optional.of(Path.of(dir, name));
        }
      }
    }
    return Optional.empty();
  }

  /** Starts a headless Chromium. */
  static Chromium start(Path binary) throws IOException {
    return new Chromium(binary);
  }

  /** Opens {@code file} in a new tab and waits until it has loaded. */
  Page open(Path file) {
    String target =
        (String)
            Json.at(call(null, "Target.createTarget", "{\"url\":\"about:blank\"}"), "targetId");
    String session =
        (String)
            Json.at(
                call(
                    null,
                    "Target.attachToTarget",
                    "{\"targetId\":" + Json.quote(target) + ",\"flatten\":true}"),
                "sessionId");
    Page page = new Page(session);
    for (String domain : List.of("Page", "Runtime", "Log", "Network")) {
      call(session, domain + ".enable", "{}");
    }
    call(session, "Page.navigate", "{\"url\":" + Json.quote(file.toUri().toString()) + "}");
    page.awaitEvent("Page.loadEventFired");
    return page;
  }

  /** The lines Chromium wrote on stderr, for messages. */
  List<String> stderr() {
    synchronized (stderr) {
      return List.copyOf(stderr);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      call(null, "Browser.close", "{}");
    } catch (RuntimeException e) {
      // it may go before it answers
    }
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  /** A tab: what it shows, and what happened while it loaded. */
  final class Page {
    private final String session;

    private Page(String session) {
      this.session = session;
    }

    /** Evaluates a JavaScript expression in the page and returns its value, as JSON values are. */
    Object evaluate(String expression) {
      Map<String, Object> reply =
          call(
              session,
              "Runtime.evaluate",
              "{\"expression\":" + Json.quote(expression) + ",\"returnByValue\":true}");
      Object exception = Json.at(reply, "exceptionDetails");
      if (exception != null) {
        throw new IllegalStateException("evaluating " + expression + " failed: " + exception);
      }
      return Json.at(reply, "result", "value");
    }

    /**
     * Lays the page out for a window {@code width} CSS pixels wide, as a phone ({@code mobile}) or
     * a desktop browser does, and waits for the new layout.
     */
    void resize(int width, int height, boolean mobile) {
      call(
          session,
          "Emulation.setDeviceMetricsOverride",
          "{\"width\":"
              + width
              + ",\"height\":"
              + height
              + ",\"deviceScaleFactor\":1,\"mobile\":"
              + mobile
              + "}");
      // reading the layout makes the browser lay the page out anew
      evaluate("document.documentElement.getBoundingClientRect().width");
    }

    /** The text a person sees on the page: {@code document.body.innerText}. */
    String text() {
      return (String) evaluate("document.body.innerText");
    }

    /** The page as a PNG, as the window shows it from the top, the whole page long. */
    byte[] screenshot() {
      Map<String, Object> reply =
          call(
              session,
              "Page.captureScreenshot",
              "{\"format\":\"png\",\"captureBeyondViewport\":true}");
      return Base64.getDecoder().decode((String) Json.at(reply, "data"));
    }

    /**
     * Uncaught exceptions, console errors and error log entries of this page, one line each (the
     * same events that {@code --enable-logging=stderr} prints as "Uncaught" and "ERROR:CONSOLE").
     */
    List<String> errors() {
      List<String> errors = new ArrayList<>();
      for (Map<String, Object> e : eventsOfSession()) {
        Object method = e.get("method");
        if ("Runtime.exceptionThrown".equals(method)) {
          errors.add(
              "Uncaught " + Json.at(e, "params", "exceptionDetails", "exception", "description"));
        } else if ("Runtime.consoleAPICalled".equals(method)
            && ("error".equals(Json.at(e, "params", "type"))
                || "assert".equals(Json.at(e, "params", "type")))) {
          errors.add("console error: " + Json.at(e, "params", "args"));
        } else if ("Log.entryAdded".equals(method)
            && "error".equals(Json.at(e, "params", "entry", "level"))) {
          errors.add("log error: " + Json.at(e, "params", "entry", "text"));
        } else if ("Network.loadingFailed".equals(method)) {
          errors.add("failed to load: " + Json.at(e, "params", "errorText"));
        }
      }
      return errors;
    }

    /** The URLs of every request the page made, its own first. */
    List<String> requests() {
      List<String> urls = new ArrayList<>();
      for (Map<String, Object> e : eventsOfSession()) {
        if ("Network.requestWillBeSent".equals(e.get("method"))) {
          urls.add((String) Json.at(e, "params", "request", "url"));
        }
      }
      return urls;
    }

    private List<Map<String, Object>> eventsOfSession() {
      synchronized (events) {
        return events.stream()
            .filter(e -> session.equals(e.get("sessionId")))
            .collect(java.util.stream.Collectors.toList());
      }
    }

    private void awaitEvent(String method) {
      Predicate<Map<String, Object>> wanted =
          e -> method.equals(e.get("method")) && session.equals(e.get("sessionId"));
      long end = System.nanoTime() + DEADLINE.toNanos();
      synchronized (events) {
        while (events.stream().noneMatch(wanted)) {
          long left = TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime());
          if (left <= 0) {
            throw new IllegalStateException(
                "no " + method + " within " + DEADLINE + "; Chromium said " + stderr());
          }
          try {
            events.wait(left);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for " + method, e);
          }
        }
      }
    }
  }

  private Map<String, Object> call(String session, String method, String params) {
    int id = ids.incrementAndGet();
    CompletableFuture<Map<String, Object>> reply = new CompletableFuture<>();
    replies.put(id, reply);
    String message =
        "{\"id\":"
            + id
            + (session == null ? "" : ",\"sessionId\":" + Json.quote(session))
            + ",\"method\":"
            + Json.quote(method)
            + ",\"params\":"
            + params
            + "}";
    await(socket.sendText(message, true), "sending " + method);
    Map<String, Object> answer = await(reply, "the answer to " + method);
    if (answer.get("error") != null) {
      throw new IllegalStateException(method + " failed: " + answer.get("error"));
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> result = (Map<String, Object>) answer.getOrDefault("result", Map.of());
    return result;
  }

  private <T> T await(CompletionStage<T> stage, String what) {
    try {
      return stage.toCompletableFuture().get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(
          "waiting for " + what + " failed; Chromium said " + stderr(), e);
    }
  }

  /** Gathers each message's frames, then hands it to its caller or to the events. */
  private final class Listener implements WebSocket.Listener {
    private final StringBuilder message = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      message.append(data);
      if (last) {
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) Json.parse(message.toString());
        message.setLength(0);
        Object id = json.get("id");
        if (id instanceof Double) {
          CompletableFuture<Map<String, Object>> reply = replies.remove(((Double) id).intValue());
          if (reply != null) {
            reply.complete(json);
          }
        } else {
          synchronized (events) {
            events.add(json);
            events.notifyAll();
          }
        }
      }
      ws.request(1);
      return null;
    }
  }
}
