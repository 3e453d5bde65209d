package org.newsgraph.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The SPARQL endpoint and browser workbench: an embedded Fuseki serving one dataset at
 * {@code /newsgraph}, read-only by default, with the workbench UI at {@code /}.
 *
 * <p>The dataset is always served from TDB2 (an in-memory one for an in-memory dataset) so
 * that the default graph is the union of the named graphs in one way for both cases.
 *
 * <pre>
 * NewsgraphServer server = NewsgraphServer.create().dataset(dsg).port(0).build().start();
 * try {
 *   String url = server.sparqlUrl();   // http://127.0.0.1:PORT/newsgraph/sparql
 * } finally {
 *   server.stop();
 * }
 * </pre>
 */
public final class NewsgraphServer {
  /** The dataset's name in URLs. */
  public static final String DATASET = "/newsgraph";

  /** The named graph that receives triples given in an input's default graph. */
  public static final Node DEFAULT_CONTENT =
      NodeFactory.createURI("https://w3id.org/newsgraph/graph/default");

  private final FusekiServer fuseki;
  private final String host;

  private NewsgraphServer(FusekiServer fuseki, String host) {
    this.fuseki = fuseki;
    this.host = host;
  }

  /** A builder with the defaults: 127.0.0.1:3030, 30 s timeout, 100000 rows, read-only. */
  public static Builder create() {
    return new Builder();
  }

  /** Whether the query uses SERVICE (federation), which the server refuses unless allowed. */
  public static boolean usesService(org.apache.jena.query.Query query) {
    return GuardedQueryProcessor.hasService(query);
  }

  /** Shortcut: serves {@code dsg} read-only on {@code port} with the defaults, not started. */
  public static NewsgraphServer make(int port, DatasetGraph dsg) {
    return create().port(port).dataset(dsg).build();
  }

  /** Starts the server; returns this. */
  public NewsgraphServer start() {
    fuseki.start();
    return this;
  }

  /** Stops the server; safe to call twice. */
  public void stop() {
    fuseki.stop();
  }

  /** Blocks until the server stops. */
  public void join() {
    fuseki.join();
  }

  /** The port actually bound (useful with port 0), once started. */
  public int port() {
    return fuseki.getHttpPort();
  }

  /** The host name used in the printed URLs. */
  public String host() {
    return host;
  }

  /** The server's base URL, ending in "/". */
  public String baseUrl() {
    String h = host.contains(":") ? "[" + host + "]" : host;
    return "http://" + h + ":" + port() + "/";
  }

  /** The SPARQL query endpoint. */
  public String sparqlUrl() {
    return baseUrl() + "newsgraph/sparql";
  }

  /** The lines printed on start: the endpoint and the workbench. */
  public String banner() {
    return "SPARQL endpoint: " + sparqlUrl() + System.lineSeparator() + "Workbench: " + baseUrl();
  }

  /** Builds a {@link NewsgraphServer}; {@link #build()} validates the settings. */
  public static final class Builder {
    private DatasetGraph dataset;
    private Path tdbLocation;
    private int port = 3030;
    private String host = "127.0.0.1";
    private long timeoutMillis = 30_000;
    private long maxRows = 100_000;
    private boolean allowService;
    private boolean allowUpdate;
    private Path passwordFile;
    private Path queriesDir;

    private Builder() {}

    /** Serves this dataset (copied into an in-memory TDB2 unless it is TDB2 already). */
    public Builder dataset(DatasetGraph dsg) {
      this.dataset = Objects.requireNonNull(dsg);
      return this;
    }

    /** Serves the TDB2 store in this directory. */
    public Builder tdb2(Path dir) {
      this.tdbLocation = Objects.requireNonNull(dir);
      return this;
    }

    /** The port; 0 picks a free one. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("Port out of range: " + port);
      }
      this.port = port;
      return this;
    }

    /** The address to bind; 127.0.0.1 (the default) or localhost keep it to this machine. */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host);
      return this;
    }

    /** The query timeout in milliseconds; 0 or less means none. */
    public Builder timeoutMillis(long millis) {
      this.timeoutMillis = millis;
      return this;
    }

    /** The most rows (solutions) one query returns; 0 or less means no limit. */
    public Builder maxRows(long rows) {
      this.maxRows = rows;
      return this;
    }

    /** Allows SERVICE (federated) calls from queries; off by default. */
    public Builder allowService(boolean allow) {
      this.allowService = allow;
      return this;
    }

    /** Adds a SPARQL Update endpoint at /newsgraph/update, for the users of the password file. */
    public Builder allowUpdate(boolean allow) {
      this.allowUpdate = allow;
      return this;
    }

    /** A Jetty password file ({@code user: password}) for HTTP basic auth on updates. */
    public Builder passwordFile(Path file) {
      this.passwordFile = file;
      return this;
    }

    /** The folder of research questions (*.rq) for the workbench; default ./queries. */
    public Builder queriesDir(Path dir) {
      this.queriesDir = dir;
      return this;
    }

    /** Validates the settings and assembles the server (not started). */
    public NewsgraphServer build() {
      if ((dataset == null) == (tdbLocation == null)) {
        throw new IllegalStateException("Exactly one source allowed: a dataset or a TDB2 store.");
      }
      if (allowUpdate && passwordFile == null) {
        throw new IllegalStateException(
            "Updates need credentials: give --password-file with --allow-update.");
      }
      if (passwordFile != null && !Files.isReadable(passwordFile)) {
        throw new IllegalStateException("Password file not readable: " + passwordFile);
      }
      DatasetGraph dsg = servedDataset();
      configureContext(dsg.getContext());

      DataService.Builder service =
          DataService.newBuilder(dsg)
              .addEndpoint(Operation.Query, "sparql")
              .addEndpoint(Operation.Query, "query")
              .addEndpoint(Operation.GSP_R, "data")
              .addEndpoint(Operation.GSP_R, "get");
      if (allowUpdate) {
        service.addEndpoint(Operation.Update, "update", Auth.ANY_USER);
      }

      FusekiServer.Builder fb =
          FusekiServer.create()
              .port(port)
              .loopback(isLoopback(host))
              .enableCors(true, null)
              .enablePing(true)
              .enableMetrics(true)
              .registerOperation(Operation.Query, new GuardedQueryProcessor(maxRows, allowService, timeoutMillis))
              .add(DATASET, service)
              .addServlet("/health", new HealthServlet())
              .addServlet("/queries/*", new QueryLibraryServlet(queriesDir()))
              .addServlet("/*", new StaticResourceServlet());
      if (passwordFile != null) {
        fb.passwordFile(passwordFile.toString())
            .auth(AuthScheme.BASIC)
            .realm("newsgraph")
            // Reading stays open to everyone; only the update endpoint asks for a login.
            .serverAuthPolicy(Auth.ANY_ANON);
      }
      FusekiServer fuseki = fb.build();
      if (!isLoopback(host) && !isWildcard(host)) {
        for (Connector c : fuseki.getJettyServer().getConnectors()) {
          if (c instanceof ServerConnector sc) {
            sc.setHost(host);
          }
        }
      }
      return new NewsgraphServer(fuseki, host);
    }

    private Path queriesDir() {
      return queriesDir != null ? queriesDir : Path.of("queries");
    }

    private DatasetGraph servedDataset() {
      if (tdbLocation != null) {
        return DatabaseMgr.connectDatasetGraph(tdbLocation.toString());
      }
      if (TDBInternal.isTDB2(dataset)) {
        return dataset;
      }
      DatasetGraph mem = DatabaseMgr.createDatasetGraph();
      // The default graph is replaced by the union of the named graphs, so triples loaded
      // into the real default graph (say from a Turtle file) move to a named graph of their own.
      mem.executeWrite(
          () ->
              dataset.executeRead(
                  () ->
                      dataset
                          .find()
                          .forEachRemaining(
                              q ->
                                  mem.add(
                                      q.isDefaultGraph()
                                          ? Quad.create(DEFAULT_CONTENT, q.asTriple())
                                          : q))));
      return mem;
    }

    private void configureContext(Context cxt) {
      cxt.set(TDB2.symUnionDefaultGraph, true);
      if (timeoutMillis > 0) {
        cxt.set(ARQ.queryTimeout, Long.toString(timeoutMillis));
      }
      if (!allowService) {
        cxt.set(ARQ.httpServiceAllowed, false);
        // An empty registry: no executor accepts any SERVICE, whatever the IRI scheme.
        ServiceExecutorRegistry.set(cxt, new ServiceExecutorRegistry());
      }
    }

    private static boolean isLoopback(String h) {
      return h.equals("127.0.0.1") || h.equals("localhost") || h.equals("::1");
    }

    private static boolean isWildcard(String h) {
      return h.equals("0.0.0.0") || h.equals("::") || h.equals("*");
    }
  }
}
