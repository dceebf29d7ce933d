"""The Python peer: rdflib-endpoint serving the same data (BENCH_NQ, an N-Quads file) at /sparql."""

import os

import rdflib
from rdflib_endpoint import SparqlEndpoint

dataset = rdflib.Dataset(default_union=True)
dataset.parse(os.environ["BENCH_NQ"], format="nquads")
app = SparqlEndpoint(graph=dataset, path="/sparql", cors_enabled=True)
