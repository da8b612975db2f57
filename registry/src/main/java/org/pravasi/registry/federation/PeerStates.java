package org.pravasi.registry.federation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pravasi.registry.store.OwnerOnly;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The peers' harvest states in one small JSON file, rewritten atomically after every change. The file holds no secret.
 * It is not in the store because the store is public through SPARQL and the cursor is bookkeeping; a lost or stale file
 * only makes the next harvest re-read the feed, which is idempotent.
 */
final class PeerStates {
    /**
     * Largest state file read at start. A peer's state holds at most {@link HarvestLimits#maxRefused()} refusals (200
     * by default) of bounded texts ({@link PeerTexts}, {@link DatasetRefusal#MAX_REASON}: under 5 KB each, about 500
     * bytes as a rule), so under 1 MB a peer; a file many times that was not written by this release, and reading it
     * whole would cost the start its memory.
     */
    static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path file;
    private final Map<String, PeerState> states = new LinkedHashMap<>();

    PeerStates(Path dataDir) {
        this(dataDir, MAX_FILE_BYTES);
    }

    /** The states kept under {@code dataDir}, read at start if the file is at most {@code maxFileBytes}. */
    PeerStates(Path dataDir, long maxFileBytes) {
        this.file = dataDir.resolve("federation").resolve("peers.json");
        if (Files.isRegularFile(file)) {
            try {
                long size = Files.size(file);
                if (size > maxFileBytes) {
                    throw new IOException("it is " + size + " bytes, over the " + maxFileBytes
                            + " a state file of this release can reach; move it aside to keep it");
                }
                List<PeerState> read =
                        JSON.readValue(Files.readAllBytes(file), new TypeReference<List<PeerState>>() {});
                // A refusal stored by an earlier release kept the check's whole text: shown as its rule only.
                read.forEach(s -> states.put(
                        s.url(),
                        new PeerState(
                                s.url(),
                                s.base(),
                                s.cursor(),
                                s.lastAttempt(),
                                s.lastSuccess(),
                                s.lastError(),
                                s.failures(),
                                s.refused().stream()
                                        .map(DatasetRefusal::withoutDetail)
                                        .toList())));
            } catch (IOException | JacksonException e) {
                org.slf4j.LoggerFactory.getLogger(PeerStates.class)
                        .warn("Cannot read {} ({}); peers are harvested from the start", file, e.getMessage());
            }
        }
    }

    synchronized PeerState get(Peer peer) {
        return states.computeIfAbsent(peer.url(), u -> PeerState.fresh(peer));
    }

    /** Pins {@code declared} as the peer's base unless {@link BaseRules} refuses it; atomic across peers. */
    synchronized void claimBase(Peer peer, String declared, String portalBase) {
        PeerState state = get(peer);
        BaseRules.refusal(peer, declared, state.base(), portalBase, states.values())
                .ifPresent(why -> {
                    throw new HarvestException("Peer " + peer.url() + " refused: " + why + ".");
                });
        if (state.base().isEmpty()) {
            put(state.advanced(declared, java.util.Optional.empty()));
        }
    }

    /**
     * Replaces the peer's state by {@code change} applied to it, atomically; the file is not rewritten when nothing
     * changed (accepting a dataset that was never refused, as most are).
     */
    synchronized PeerState update(Peer peer, java.util.function.UnaryOperator<PeerState> change) {
        PeerState current = get(peer);
        PeerState next = change.apply(current);
        if (!next.equals(current)) {
            put(next);
        }
        return next;
    }

    synchronized void put(PeerState state) {
        states.put(state.url(), state);
        try {
            OwnerOnly.replace(
                    file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(List.copyOf(states.values())));
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Cannot write the peers' harvest state to " + file + ": " + e.getMessage(), e);
        }
    }
}
