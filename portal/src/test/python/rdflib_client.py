"""Queries a Pravasi portal's /sparql with rdflib's SPARQLStore, as a Python researcher would.

Usage: python3 rdflib_client.py ENDPOINT. Prints one line per check ("ok ..." or "FAIL ...") and exits 1 if any failed.
"""
import sys

from rdflib import Graph, URIRef
from rdflib.namespace import SKOS
from rdflib.plugins.stores.sparqlstore import SPARQLStore

WAGE_THEFT = URIRef("https://w3id.org/pravasi/code/violation-type/wage-theft")
SELECT = "PREFIX qb: <http://purl.org/linked-data/cube#> SELECT ?d { ?d a qb:DataSet } ORDER BY ?d"
ASK = "PREFIX qb: <http://purl.org/linked-data/cube#> ASK { ?d a qb:DataSet }"
CONSTRUCT = ("PREFIX skos: <http://www.w3.org/2004/02/skos/core#> CONSTRUCT { ?c skos:prefLabel ?l } "
             "{ ?c skos:inScheme <https://w3id.org/pravasi/code/violation-type> ; skos:prefLabel ?l }")
DESCRIBE = "DESCRIBE <https://w3id.org/pravasi/code/violation-type/wage-theft>"


def checks(endpoint):
    for fmt in ("json", "xml", "csv"):
        for method in ("GET", "POST"):
            store = SPARQLStore(endpoint, returnFormat=fmt, method=method)
            label = f"returnFormat={fmt} method={method}"
            if fmt != "csv":
                yield f"SELECT {label}", lambda s=store: len(list(s.query(SELECT))) > 0
                yield f"ASK {label}", lambda s=store: s.query(ASK).askAnswer is True
            yield f"CONSTRUCT {label}", lambda s=store: (WAGE_THEFT, SKOS.prefLabel, None) in s.query(CONSTRUCT).graph
            yield f"DESCRIBE {label}", lambda s=store: (WAGE_THEFT, SKOS.notation, None) in s.query(DESCRIBE).graph
    graph = Graph(store=SPARQLStore(endpoint))
    yield "Graph over SPARQLStore: triples()", lambda: len(list(graph.triples((WAGE_THEFT, SKOS.notation, None)))) == 1


def main(endpoint):
    failed = 0
    for name, check in checks(endpoint):
        try:
            ok = check()
            detail = "" if ok else " (wrong answer)"
        except Exception as e:  # report every failure, not only the first
            ok, detail = False, f" ({type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''})"
        failed += 0 if ok else 1
        print(("ok " if ok else "FAIL ") + name + detail, flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
