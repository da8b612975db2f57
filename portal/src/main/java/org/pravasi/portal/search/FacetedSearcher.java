package org.pravasi.portal.search;

import java.io.IOException;
import java.util.Optional;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/** A searcher with the facet ordinals of its reader, built once per refresh rather than once per query. */
final class FacetedSearcher extends IndexSearcher {
    private final Optional<SortedSetDocValuesReaderState> facets;

    private FacetedSearcher(IndexReader reader, Optional<SortedSetDocValuesReaderState> facets) {
        super(reader);
        this.facets = facets;
    }

    /** The facet state; empty while the index holds no faceted document. */
    Optional<SortedSetDocValuesReaderState> facets() {
        return facets;
    }

    /** Makes a faceted searcher for every reader a {@code SearcherManager} opens. */
    static SearcherFactory factory(FacetsConfig config) {
        return new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
                String field = config.getDimConfig(Fields.TYPE).indexFieldName;
                FieldInfo info = FieldInfos.getMergedFieldInfos(reader).fieldInfo(field);
                Optional<SortedSetDocValuesReaderState> state = info == null ? Optional.empty()
                        : Optional.of(new DefaultSortedSetDocValuesReaderState(reader, config));
                return new FacetedSearcher(reader, state);
            }
        };
    }
}
