package org.pravasi.registry.federation;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.lang.LabelToNode;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.pravasi.registry.store.ThreadCpu;

/**
 * Parses a large download, written to a file, into memory as strictly as {@link BundleParser#parse}, while its graphs
 * fit a share of the {@link HeldMemory} (each statement estimated by {@link ParsedSize} before it is added): empty as
 * soon as one does not fit, and the caller parses the download again straight into the store.
 *
 * <p>A file of {@link #SPLIT} bytes or more is parsed in two halves on two threads, cut at a line end: N-Quads holds
 * one statement per line (its strings cannot hold a raw line break), the two parsers name blank nodes from one seed, so
 * a label used in both halves is one node, and they add to one dataset under its lock, a batch at a time. An error in
 * the second half names its line in the whole document.
 */
final class MemoryParse {
    /** Files from this size up are parsed on two threads. */
    static final long SPLIT = 16L * 1024 * 1024;
    /** Taken from the held memory at a time, so that harvest threads rarely meet on the shared counter. */
    static final long CHUNK = 1L << 20;

    private static final int BATCH = 1_024;

    /** Every warning or error stops the parse, keeping its line, so that the second half's can be moved on. */
    private static final ErrorHandler STRICT = new ErrorHandler() {
        @Override
        public void warning(String message, long line, long col) {
            throw new RiotParseException(message, line, col);
        }

        @Override
        public void error(String message, long line, long col) {
            throw new RiotParseException(message, line, col);
        }

        @Override
        public void fatal(String message, long line, long col) {
            throw new RiotParseException(message, line, col);
        }
    };

    private final DatasetGraph dsg = DatasetGraphFactory.create();
    private final HeldMemory.Share share;
    private final UUID scope = UUID.randomUUID();
    /** Estimated heap of the statements added, and taken from the share; guarded by {@code dsg}. */
    private long used;

    private long taken;
    private volatile boolean outside;
    private volatile boolean stopped;

    private MemoryParse(HeldMemory.Share share) {
        this.share = share;
    }

    /**
     * The graphs of {@code file}, or empty when they do not fit {@code share}, which keeps what it took until the
     * caller closes it.
     *
     * @throws HarvestException when the file is not valid N-Quads or holds a statement outside a named graph
     */
    static Optional<DatasetGraph> parse(
            Peer peer, String identifier, Path file, HeldMemory.Share share, LongConsumer helpers) {
        return parse(peer, identifier, file, share, helpers, SPLIT);
    }

    /**
     * As {@link #parse(Peer, String, Path, HeldMemory.Share, LongConsumer)}, on two threads from {@code split} bytes
     * up; {@code helpers} receives the CPU time of the second thread, work done for the caller.
     */
    static Optional<DatasetGraph> parse(
            Peer peer, String identifier, Path file, HeldMemory.Share share, LongConsumer helpers, long split) {
        MemoryParse parse = new MemoryParse(share);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            long cut = size >= split ? lineAfter(channel, size / 2) : size;
            AtomicReference<RuntimeException> secondFailed = new AtomicReference<>();
            AtomicLong secondCpu = new AtomicLong();
            Thread second = null;
            if (cut < size) {
                second = Thread.ofPlatform()
                        .name("pravasi-harvest-parse")
                        .daemon()
                        .priority(Thread.currentThread().getPriority())
                        .start(() -> {
                            try {
                                parse.run(file, cut, size);
                            } catch (RuntimeException x) {
                                secondFailed.set(x);
                                parse.stopped = true;
                            } finally {
                                secondCpu.set(ThreadCpu.now());
                            }
                        });
            }
            RuntimeException firstFailed = null;
            try {
                parse.run(file, 0, cut);
            } catch (RuntimeException x) {
                firstFailed = x;
                parse.stopped = true;
            }
            if (second != null) {
                second.join();
                helpers.accept(secondCpu.get());
            }
            RuntimeException other = secondFailed.get();
            if (other instanceof RiotParseException e && e.getLine() > 0 && !(firstFailed instanceof RiotException)) {
                other = new RiotParseException(e.getOriginalMessage(), e.getLine() + lines(channel, cut), e.getCol());
            }
            // Invalid syntax in either half refuses the download (the first half's comes first in the document);
            // a half stopped because the other failed says nothing of its own.
            RuntimeException failed = firstFailed instanceof RiotException
                    ? firstFailed
                    : other instanceof RiotException
                            ? other
                            : firstFailed != null && !(firstFailed instanceof Stopped) ? firstFailed : other;
            if (failed instanceof RiotException e) {
                throw BundleParser.invalid(peer, identifier, e);
            }
            if (failed instanceof OverBudget) {
                return Optional.empty();
            }
            if (failed != null) {
                throw failed;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HarvestException("Interrupted while parsing the graphs of " + identifier + " from " + peer.url());
        }
        if (parse.outside) {
            throw BundleParser.outsideGraphs(peer, identifier);
        }
        return Optional.of(parse.dsg);
    }

    /** Parses bytes {@code from} to {@code to} of {@code file} into the dataset. */
    private void run(Path file, long from, long to) {
        Sink sink = new Sink();
        try (InputStream in = range(file, from, to)) {
            RDFParser.source(in)
                    .lang(Lang.NQUADS)
                    .checking(true)
                    .labelToNode(LabelToNode.createScopeByDocumentHash(scope))
                    .errorHandler(STRICT)
                    .parse(sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RiotException e) {
            // The sink's own stops may reach here wrapped.
            if (e.getCause() instanceof OverBudget || e.getCause() instanceof Stopped) {
                throw (RuntimeException) e.getCause();
            }
            throw e;
        }
        sink.flush();
    }

    /** Adds the parsed statements a batch at a time, under the dataset's lock, within the share. */
    private final class Sink extends StreamRDFBase {
        private final List<Quad> batch = new ArrayList<>(BATCH);

        @Override
        public void triple(Triple t) {
            outside = true;
        }

        @Override
        public void quad(Quad q) {
            if (stopped) {
                throw new Stopped();
            }
            if (q.isDefaultGraph()) {
                outside = true;
                return;
            }
            batch.add(q);
            if (batch.size() == BATCH) {
                flush();
            }
        }

        void flush() {
            synchronized (dsg) {
                for (Quad q : batch) {
                    Node g = q.getGraph();
                    used += (dsg.containsGraph(g) ? 0 : ParsedSize.GRAPH) + ParsedSize.of(dsg.getGraph(g), q);
                    if (used > taken) {
                        long more = Math.max(CHUNK, used - taken);
                        if (!share.grow(more)) {
                            throw new OverBudget();
                        }
                        taken += more;
                    }
                    dsg.add(q);
                }
            }
            batch.clear();
        }
    }

    /** The start of the line after byte {@code at}, or the file's size when no line ends after it. */
    private static long lineAfter(FileChannel channel, long at) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
        long position = at;
        while (channel.read(buffer.clear(), position) > 0) {
            buffer.flip();
            while (buffer.hasRemaining()) {
                position++;
                if (buffer.get() == '\n') {
                    return position;
                }
            }
        }
        return channel.size();
    }

    /** Line breaks in the first {@code bytes} bytes: the lines before the second half. */
    private static long lines(FileChannel channel, long bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(1024 * 1024);
        long position = 0;
        long lines = 0;
        while (position < bytes) {
            buffer.clear().limit((int) Math.min(buffer.capacity(), bytes - position));
            int n = channel.read(buffer, position);
            if (n <= 0) {
                break;
            }
            for (int i = 0; i < n; i++) {
                if (buffer.get(i) == '\n') {
                    lines++;
                }
            }
            position += n;
        }
        return lines;
    }

    private static InputStream range(Path file, long from, long to) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        channel.position(from);
        return new FilterInputStream(Channels.newInputStream(channel)) {
            private long left = to - from;

            @Override
            public int read() throws IOException {
                if (left <= 0) {
                    return -1;
                }
                int b = super.read();
                left -= b < 0 ? 0 : 1;
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (left <= 0) {
                    return -1;
                }
                int n = super.read(b, off, (int) Math.min(len, left));
                left -= Math.max(0, n);
                return n;
            }
        };
    }

    /** Thrown by a sink to stop a parse whose graphs do not fit the held memory. */
    private static final class OverBudget extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OverBudget() {
            super(null, null, false, false);
        }
    }

    /** Thrown by a sink to stop its half once the other half failed. */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super(null, null, false, false);
        }
    }
}
