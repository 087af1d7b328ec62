package io.github.jishi.cli;

import io.github.jishi.Jishi;
import io.github.jishi.JishiException;
import io.github.jishi.index.TimelineIndex;
import io.github.jishi.internal.view.TimelineServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code jishi serve}: the timeline page and a JSON search API over the index, on this machine. */
@Command(name = "serve", description = "Serve the timeline page and a JSON search API (/api/search, /api/event/ID) on 127.0.0.1.",
    mixinStandardHelpOptions = true)
final class ServeCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  @Mixin IndexOptions indexOptions;

  @Option(names = "--port", paramLabel = "N", description = "port to listen on, 0 for any free one (default: ${DEFAULT-VALUE})")
  int port = 8765;

  @Option(names = "--bind", paramLabel = "ADDR", description = "address to listen on (default: ${DEFAULT-VALUE}, this machine only)")
  String bind = "127.0.0.1";

  @Override
  public Integer call() throws Exception {
    if (port < 0 || port > 65535) {
      throw new JishiException("bad port " + port + " (expected 0 to 65535)");
    }
    PrintWriter err = spec.commandLine().getErr();
    Jishi jishi = indexOptions.forReading(err);
    try (TimelineIndex index = jishi.openIndex()) {
      TimelineServer server;
      try {
        server = TimelineServer.start(index, new InetSocketAddress(bind, port));
      } catch (IOException e) {
        throw new JishiException("cannot listen on " + bind + ":" + port + ": " + e.getMessage(), e);
      }
      CountDownLatch stopped = new CountDownLatch(1);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        server.close();
        stopped.countDown();
      }, "jishi-serve-stop"));
      err.println("jishi: serving " + server.uri() + " (index " + jishi.indexDirectory() + "; Ctrl-C stops)");
      err.flush();
      stopped.await();
    }
    return ExitCodes.OK;
  }
}
