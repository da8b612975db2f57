package org.pravasi.registry.web;

import io.netty.channel.Channel;
import io.netty.channel.ChannelOutboundBuffer;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.net.impl.ConnectionBase;

/** What Vert.x does not tell of a connection: whether a client left bytes unread, and how to end it at once. */
final class Connections {
    private Connections() {}

    /**
     * Closes {@code connection}'s socket now. Vert.x's own {@code close()}, and a close sent down its channel, both
     * wait until every byte already queued is written (Vert.x 5's connection handler queues the close behind them),
     * which a client that reads nothing never lets happen: the socket, its queued bytes and whatever the server keeps
     * for the connection would stay. The socket is closed beneath that handler instead; the connection's close handlers
     * run as for any closed connection.
     */
    static void closeNow(HttpConnection connection) {
        if (connection instanceof ConnectionBase base) {
            Channel channel = base.channel();
            channel.eventLoop()
                    .execute(() -> channel.unsafe().close(channel.unsafe().voidPromise()));
        } else {
            connection.close();
        }
    }

    /** Whether bytes already sent on {@code connection} still wait for the client to read them. */
    static boolean unread(HttpConnection connection) {
        if (connection instanceof ConnectionBase base) {
            Channel channel = base.channel();
            ChannelOutboundBuffer queued = channel.unsafe().outboundBuffer();
            return !channel.isWritable() || (queued != null && queued.totalPendingWriteBytes() > 0);
        }
        return false;
    }
}
