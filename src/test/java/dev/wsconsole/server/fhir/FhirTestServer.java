package dev.wsconsole.server.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.server.FifoMemoryPagingProvider;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.RestfulServer;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Resource;

/**
 * A real HAPI FHIR R4 RestfulServer in this process, on a random loopback port, serving the resources
 * it is given (searchable by type, paged through its own next links); it records each request's
 * Authorization header.
 */
final class FhirTestServer implements AutoCloseable {
  private final Server jetty;
  final List<String> authorizations = Collections.synchronizedList(new ArrayList<>());

  /** Serves every resource of {@code resources} under its type. */
  FhirTestServer(FhirContext ctx, List<? extends Resource> resources) throws Exception {
    this(ctx, resources, resources.stream().map(Resource::fhirType).distinct().toList(), new CountDownLatch(0));
  }

  /**
   * Serves {@code types} (empty when no resource has the type); every request first waits for
   * {@code gate} to open (at most a minute), so a test can hold a sync in flight.
   */
  FhirTestServer(FhirContext ctx, List<? extends Resource> resources, List<String> types, CountDownLatch gate)
      throws Exception {
    RestfulServer fhir = new RestfulServer(ctx);
    fhir.setPagingProvider(new FifoMemoryPagingProvider(50));
    List<IResourceProvider> providers = new ArrayList<>();
    for (String type : types) {
      providers.add(new MemoryProvider(ctx.getResourceDefinition(type).getImplementingClass(),
          resources.stream().filter(r -> r.fhirType().equals(type)).map(r -> (IBaseResource) r).toList()));
    }
    fhir.setResourceProviders(providers);
    jetty = new Server();
    ServerConnector connector = new ServerConnector(jetty);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    jetty.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler();
    context.addServlet(new ServletHolder(fhir), "/fhir/*");
    Filter recorder = (req, res, chain) -> {
      String auth = ((HttpServletRequest) req).getHeader("Authorization");
      authorizations.add(auth == null ? "" : auth);
      try {
        gate.await(1, TimeUnit.MINUTES);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      chain.doFilter(req, res);
    };
    context.addFilter(new FilterHolder(recorder), "/*", EnumSet.of(DispatcherType.REQUEST));
    jetty.setHandler(context);
    jetty.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + ((ServerConnector) jetty.getConnectors()[0]).getLocalPort() + "/fhir";
  }

  @Override
  public void close() throws Exception {
    jetty.stop();
  }

  /** All resources of one type, returned by a search without parameters. */
  public static final class MemoryProvider implements IResourceProvider {
    private final Class<? extends IBaseResource> type;
    private final List<IBaseResource> items;

    MemoryProvider(Class<? extends IBaseResource> type, List<IBaseResource> items) {
      this.type = type;
      this.items = items;
    }

    @Override
    public Class<? extends IBaseResource> getResourceType() {
      return type;
    }

    @Search
    public List<IBaseResource> all() {
      return items;
    }
  }
}
