package org.pravasi.registry.federation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentSkipListMap;
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
 * Parses a large download into memory as it is read, as strictly as {@link BundleParser#parse}, while its graphs fit a
 * share of the {@link HeldMemory} (each statement estimated by {@link ParsedSize} before it is added): empty as soon as
 * one does not fit, and the caller parses the download again straight into the store.
 *
 * <p>The calling thread reads the stream in pieces of about {@link #PIECE} bytes, each cut after a line end (N-Quads
 * holds one statement per line, and its strings cannot hold a raw line break), and {@link #PARSERS} threads parse the
 * pieces as they come, so that parsing keeps pace with a download instead of following it. The parsers name blank nodes
 * from one seed, so a label used in two pieces is one node; they add to one dataset under its lock, a batch at a time;
 * an error names its line in the whole document, and of several errors the first in the document is the one reported.
 * The stream is not read to its end when the parse stops early: the caller reads the rest.
 */
final class MemoryParse {
    /** Taken from the held memory at a time, so that harvest threads rarely meet on the shared counter. */
    static final long CHUNK = 1L << 20;
    /** Bytes read at a time and handed to a parser, about 10,000 statements of a harvested version. */
    static final int PIECE = 2 * 1024 * 1024;
    /** Threads that parse the pieces; the calling thread reads them. */
    static final int PARSERS = 2;

    private static final int BATCH = 1_024;
    /** Pieces read ahead of the parsers: the bytes in flight stay within a few pieces whatever the download's size. */
    private static final int QUEUED = 2 * PARSERS;

    private static final Piece END = new Piece(-1, new byte[0], 0, 0);

    /** Every warning or error stops the parse, keeping its line, so that a later piece's can be moved on. */
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
    /** What stopped each piece that failed, by the piece's index. */
    private final ConcurrentSkipListMap<Long, RuntimeException> failures = new ConcurrentSkipListMap<>();
    /** An error a parser thread met (out of memory, say), rethrown on the caller's thread. */
    private final AtomicReference<Error> fatal = new AtomicReference<>();
    /** Estimated heap of the statements added, and taken from the share; guarded by {@code dsg}. */
    private long used;

    private long taken;
    private volatile boolean outside;
    /** Pieces after this one are not parsed: an earlier one failed, or (at -1) the graphs do not fit. */
    private volatile long lastToParse = Long.MAX_VALUE;

    private MemoryParse(HeldMemory.Share share) {
        this.share = share;
    }

    /**
     * The graphs read from {@code in}, or empty when they do not fit {@code share}, which keeps what it took until the
     * caller closes it. {@code helpers} receives the parser threads' CPU time, work done for the caller.
     *
     * @throws HarvestException when the bytes are not valid N-Quads or hold a statement outside a named graph
     * @throws UncheckedIOException when {@code in} cannot be read
     */
    static Optional<DatasetGraph> parse(
            Peer peer, String identifier, InputStream in, HeldMemory.Share share, LongConsumer helpers) {
        return parse(peer, identifier, in, share, helpers, PIECE, StatementLength.MAX);
    }

    /**
     * As {@link #parse(Peer, String, InputStream, HeldMemory.Share, LongConsumer)}, in pieces of {@code piece},
     * refusing a line longer than {@code maxLine} bytes ({@link StatementLength}).
     */
    static Optional<DatasetGraph> parse(
            Peer peer,
            String identifier,
            InputStream in,
            HeldMemory.Share share,
            LongConsumer helpers,
            int piece,
            int maxLine) {
        MemoryParse parse = new MemoryParse(share);
        BlockingQueue<Piece> queue = new ArrayBlockingQueue<>(QUEUED);
        AtomicLong cpu = new AtomicLong();
        List<Thread> parsers = new ArrayList<>();
        for (int i = 0; i < PARSERS; i++) {
            parsers.add(Thread.ofPlatform()
                    .name("pravasi-harvest-parse")
                    .daemon()
                    .priority(Thread.currentThread().getPriority())
                    .start(() -> {
                        try {
                            parse.work(queue);
                        } finally {
                            cpu.addAndGet(ThreadCpu.now());
                        }
                    }));
        }
        boolean interrupted = false;
        try {
            parse.read(peer, identifier, in, queue, piece, maxLine);
        } catch (InterruptedException e) {
            interrupted = true;
        } finally {
            if (interrupted) {
                parse.stopAfter(-1);
            }
            for (int i = 0; i < PARSERS; i++) {
                interrupted |= !putUninterruptibly(queue, END);
            }
            for (Thread t : parsers) {
                interrupted |= !joinUninterruptibly(t);
            }
            helpers.accept(cpu.get());
            if (interrupted) {
                // set again here, so that it survives a read failure that leaves by this finally, too
                Thread.currentThread().interrupt();
            }
        }
        if (interrupted) {
            throw new HarvestException("Interrupted while parsing the graphs of " + identifier + " from " + peer.url());
        }
        if (parse.fatal.get() != null) {
            throw parse.fatal.get(); // as a parse on the caller's own thread would have
        }
        return parse.result(peer, identifier);
    }

    /**
     * Reads {@code in} in pieces cut after a line end, numbered, each with the lines before it, until done or stopped.
     */
    private void read(Peer peer, String identifier, InputStream in, BlockingQueue<Piece> queue, int size, int maxLine)
            throws InterruptedException {
        byte[] buffer = new byte[size];
        int filled = 0;
        long index = 0;
        long lines = 0;
        try {
            while (index <= lastToParse) {
                int n = in.read(buffer, filled, buffer.length - filled);
                if (n < 0) {
                    if (filled > 0) {
                        queue.put(new Piece(index, buffer, filled, lines));
                    }
                    return;
                }
                filled += n;
                if (filled < buffer.length) {
                    continue;
                }
                int end = lastLineEnd(buffer, filled);
                if (end < 0) { // one line longer than a piece: read on, up to the longest statement read
                    if (buffer.length > maxLine) {
                        stopAfter(-1);
                        throw StatementLength.tooLong(peer, identifier, lines + 1, maxLine);
                    }
                    buffer = Arrays.copyOf(buffer, Math.min(buffer.length * 2, maxLine + 1));
                    continue;
                }
                queue.put(new Piece(index++, buffer, end, lines));
                lines += lineEnds(buffer, end);
                byte[] next = new byte[Math.max(size, filled - end)];
                System.arraycopy(buffer, end, next, 0, filled - end);
                filled -= end;
                buffer = next;
            }
        } catch (IOException e) {
            stopAfter(-1);
            throw new UncheckedIOException(e);
        }
    }

    /** Parses pieces until {@link #END}; a piece past {@link #lastToParse} is dropped. */
    private void work(BlockingQueue<Piece> queue) {
        while (true) {
            Piece p = takeUninterruptibly(queue);
            if (p == END) {
                return;
            }
            if (p.index() > lastToParse) {
                continue;
            }
            try {
                parse(p);
            } catch (OverBudget x) {
                failures.put(p.index(), x);
                stopAfter(-1);
            } catch (Stopped x) {
                // a piece before it failed: it says nothing of its own
            } catch (RuntimeException x) {
                failures.put(p.index(), located(x, p));
                stopAfter(p.index());
            } catch (Error x) {
                // Kept for the caller, and the queue drained on: a parser that ended here would leave the reader
                // waiting for room in the queue forever.
                fatal.compareAndSet(null, x);
                stopAfter(-1);
            }
        }
    }

    /** Parses no piece after {@code index} (-1: none at all). */
    private synchronized void stopAfter(long index) {
        lastToParse = Math.min(lastToParse, index);
    }

    private void parse(Piece p) {
        Sink sink = new Sink(p.index());
        try {
            RDFParser.source(new ByteArrayInputStream(p.bytes(), 0, p.length()))
                    .lang(Lang.NQUADS)
                    .checking(true)
                    .labelToNode(LabelToNode.createScopeByDocumentHash(scope))
                    .errorHandler(STRICT)
                    .parse(sink);
        } catch (RiotException e) {
            // The sink's own stops may reach here wrapped.
            if (e.getCause() instanceof OverBudget || e.getCause() instanceof Stopped) {
                throw (RuntimeException) e.getCause();
            }
            throw e;
        }
        sink.flush();
    }

    /** A parse error with its line counted in the whole document rather than in its piece. */
    private static RuntimeException located(RuntimeException x, Piece p) {
        if (x instanceof RiotParseException e && e.getLine() > 0) {
            return new RiotParseException(e.getOriginalMessage(), e.getLine() + p.linesBefore(), e.getCol());
        }
        return x;
    }

    /**
     * What the parse came to: invalid syntax refuses the download (the first error in the document), graphs that do not
     * fit give empty, a statement outside a named graph refuses it.
     */
    private Optional<DatasetGraph> result(Peer peer, String identifier) {
        RuntimeException syntax = failures.values().stream()
                .filter(RiotException.class::isInstance)
                .findFirst()
                .orElse(null);
        if (syntax != null) {
            throw BundleParser.invalid(peer, identifier, (RiotException) syntax);
        }
        for (RuntimeException x : failures.values()) {
            if (!(x instanceof OverBudget)) {
                throw x;
            }
        }
        if (!failures.isEmpty()) {
            return Optional.empty();
        }
        if (outside) {
            throw BundleParser.outsideGraphs(peer, identifier);
        }
        return Optional.of(dsg);
    }

    /** Adds the parsed statements of one piece a batch at a time, under the dataset's lock, within the share. */
    private final class Sink extends StreamRDFBase {
        private final long piece;
        private final List<Quad> batch = new ArrayList<>(BATCH);

        Sink(long piece) {
            this.piece = piece;
        }

        @Override
        public void triple(Triple t) {
            outside = true;
        }

        @Override
        public void quad(Quad q) {
            if (piece > lastToParse) {
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

    /** Bytes {@code [0, length)} of {@code bytes}, the {@code index}th piece, after {@code linesBefore} line ends. */
    private record Piece(long index, byte[] bytes, int length, long linesBefore) {}

    /** The index after the last line end in the first {@code length} bytes, or -1 when they hold none. */
    private static int lastLineEnd(byte[] bytes, int length) {
        for (int i = length - 1; i >= 0; i--) {
            if (bytes[i] == '\n') {
                return i + 1;
            }
        }
        return -1;
    }

    private static long lineEnds(byte[] bytes, int length) {
        long n = 0;
        for (int i = 0; i < length; i++) {
            if (bytes[i] == '\n') {
                n++;
            }
        }
        return n;
    }

    private static Piece takeUninterruptibly(BlockingQueue<Piece> queue) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return queue.take();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Puts {@code p}, waiting as long as it takes; false when the caller was interrupted meanwhile. */
    private static boolean putUninterruptibly(BlockingQueue<Piece> queue, Piece p) {
        boolean interrupted = Thread.interrupted();
        while (true) {
            try {
                queue.put(p);
                return !interrupted;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
    }

    private static boolean joinUninterruptibly(Thread t) {
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                return !interrupted;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
    }

    /** Thrown by a sink to stop a parse whose graphs do not fit the held memory. */
    private static final class OverBudget extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OverBudget() {
            super(null, null, false, false);
        }
    }

    /** Thrown by a sink to stop a piece once an earlier one failed. */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super(null, null, false, false);
        }
    }
}
