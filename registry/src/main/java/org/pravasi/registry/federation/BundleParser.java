package org.pravasi.registry.federation;

import java.io.InputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * Parses a peer's N-Quads strictly: any syntax error, bad IRI or triple outside a named graph refuses the whole
 * document.
 */
final class BundleParser {
    private BundleParser() {}

    static DatasetGraph parse(Peer peer, String identifier, InputStream in) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        try {
            RDFParser.source(in)
                    .lang(Lang.NQUADS)
                    .checking(true)
                    .errorHandler(ErrorHandlerFactory.errorHandlerStrict)
                    .parse(dsg);
        } catch (RiotException e) {
            throw new HarvestException("Peer " + peer.url() + " sent graphs for " + identifier
                    + " that are not valid N-Quads: " + PeerClient.clip(e.getMessage())
                    + ". Nothing of this dataset was stored; the peer must fix its export.");
        }
        if (!dsg.getDefaultGraph().isEmpty()) {
            throw new HarvestException("Peer " + peer.url() + " sent triples outside any named graph for " + identifier
                    + ": every harvested triple must belong to the dataset's record, version or organisation graph.");
        }
        return dsg;
    }
}
