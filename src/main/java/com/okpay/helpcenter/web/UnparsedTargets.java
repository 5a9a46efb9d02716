package com.okpay.helpcenter.web;

import java.util.Optional;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.internal.HttpConnection;

/**
 * HTTP/1.1 connections that keep a request target Jetty could not parse ({@code /en/articles/%ZZ}).
 * Jetty refuses such a request before any route sees it, with a stand-in request that has lost
 * the path, so its error page could not tell the visitor's language from the locale prefix. The
 * target is kept for that alone, never echoed; Jetty closes the connection after the refusal.
 */
public final class UnparsedTargets extends HttpConnectionFactory {
    private UnparsedTargets(HttpConfiguration configuration) {
        super(configuration);
    }

    /** The server's one connector, on {@code port} of every interface (0: any free port), with these connections. */
    public static ServerConnector connector(Server server, HttpConfiguration configuration, int port) {
        ServerConnector connector = new ServerConnector(server, new UnparsedTargets(configuration));
        connector.setPort(port);
        return connector;
    }

    @Override
    public Connection newConnection(Connector connector, EndPoint endPoint) {
        KeepingConnection connection = new KeepingConnection(getHttpConfiguration(), connector, endPoint);
        connection.setTransferEncodingChunkMaxLength(getTransferEncodingChunkMaxLength());
        return configure(connection, connector, endPoint);
    }

    /** The path of the target Jetty could not parse on {@code request}'s connection, as sent, if there was one. */
    static Optional<String> path(Request request) {
        if (!(request.getConnectionMetaData().getConnection() instanceof KeepingConnection connection)
                || connection.unparsed == null) {
            return Optional.empty();
        }
        String target = connection.unparsed;
        // absolute form (http://host/en/...) as well as the usual /en/...
        int scheme = target.indexOf("://");
        int start = scheme < 0 ? 0 : target.indexOf('/', scheme + 3);
        if (start < 0) {
            return Optional.empty();
        }
        int end = target.indexOf('?', start);
        return Optional.of(target.substring(start, end < 0 ? target.length() : end));
    }

    private static final class KeepingConnection extends HttpConnection {
        private volatile String unparsed;

        KeepingConnection(HttpConfiguration configuration, Connector connector, EndPoint endPoint) {
            super(configuration, connector, endPoint);
        }

        @Override
        protected HttpStreamOverHTTP1 newHttpStream(String method, String uri, HttpVersion version) {
            try {
                return super.newHttpStream(method, uri, version);
            } catch (RuntimeException e) {
                unparsed = uri;
                throw e;
            }
        }
    }
}
