package io.restwell.gateway.routing;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/**
 * A request body streamed to a service, cut off once it passes the gateway's limit. A declared
 * Content-Length is checked before anything is sent; this catches chunked bodies that grow too large.
 */
final class BodyLimit implements ReadStream<Buffer> {

    private final ReadStream<Buffer> body;
    private final long maxBytes;
    private long seen;
    private volatile boolean exceeded;
    private Handler<Throwable> exceptionHandler;

    BodyLimit(ReadStream<Buffer> body, long maxBytes) {
        this.body = body;
        this.maxBytes = maxBytes;
    }

    boolean exceeded() {
        return exceeded;
    }

    @Override
    public ReadStream<Buffer> handler(Handler<Buffer> handler) {
        if (handler == null) {
            body.handler(null);
            return this;
        }
        body.handler(buffer -> {
            if (exceeded) {
                return;
            }
            seen += buffer.length();
            if (seen > maxBytes) {
                exceeded = true;
                body.pause();
                if (exceptionHandler != null) {
                    exceptionHandler.handle(new IllegalStateException("request body over " + maxBytes + " bytes"));
                }
            } else {
                handler.handle(buffer);
            }
        });
        return this;
    }

    @Override
    public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
        this.exceptionHandler = handler;
        body.exceptionHandler(handler);
        return this;
    }

    @Override
    public ReadStream<Buffer> pause() {
        body.pause();
        return this;
    }

    @Override
    public ReadStream<Buffer> resume() {
        if (!exceeded) {
            body.resume();
        }
        return this;
    }

    @Override
    public ReadStream<Buffer> fetch(long amount) {
        if (!exceeded) {
            body.fetch(amount);
        }
        return this;
    }

    @Override
    public ReadStream<Buffer> endHandler(Handler<Void> endHandler) {
        body.endHandler(endHandler);
        return this;
    }
}
