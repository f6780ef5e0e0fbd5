package dev.wsconsole.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A loopback TCP relay to a server that a test can cut (every connection dropped, new ones refused, as when a
 * database server dies) and restore on the same port (as when it comes back).
 */
public final class TcpProxy implements AutoCloseable {
  private final String targetHost;
  private final int targetPort;
  private final int port;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private ServerSocket listener;

  private TcpProxy(String targetHost, int targetPort) throws IOException {
    this.targetHost = targetHost;
    this.targetPort = targetPort;
    this.listener = bind(0);
    this.port = listener.getLocalPort();
    acceptFrom(listener);
  }

  /** Relays a free loopback port to {@code host:port}. */
  public static TcpProxy to(String host, int port) throws IOException {
    return new TcpProxy(host, port);
  }

  public int port() {
    return port;
  }

  /** Drops every relayed connection and refuses new ones. */
  public synchronized void cut() throws IOException {
    listener.close();
    for (Socket s : open) {
      s.close();
    }
    open.clear();
  }

  /** Accepts connections on the same port again. */
  public synchronized void restore() throws IOException {
    listener = bind(port);
    acceptFrom(listener);
  }

  private static ServerSocket bind(int port) throws IOException {
    ServerSocket socket = new ServerSocket();
    socket.setReuseAddress(true);
    socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    return socket;
  }

  private void acceptFrom(ServerSocket server) {
    daemon(() -> {
      while (!server.isClosed()) {
        try {
          Socket client = server.accept();
          Socket upstream = new Socket(targetHost, targetPort);
          open.add(client);
          open.add(upstream);
          daemon(() -> pump(client, upstream));
          daemon(() -> pump(upstream, client));
        } catch (IOException e) {
          return; // closed by cut() or close()
        }
      }
    });
  }

  private void pump(Socket from, Socket to) {
    byte[] buffer = new byte[16 * 1024];
    try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        out.write(buffer, 0, n);
        out.flush();
      }
    } catch (IOException e) {
      // one side went away: close both below
    } finally {
      quietly(from);
      quietly(to);
    }
  }

  private static void quietly(Socket s) {
    try {
      s.close();
    } catch (IOException ignored) {
      // closing anyway
    }
  }

  private static void daemon(Runnable work) {
    Thread t = new Thread(work, "tcp-proxy");
    t.setDaemon(true);
    t.start();
  }

  @Override
  public void close() throws IOException {
    cut();
  }
}
