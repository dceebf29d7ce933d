# Refresh the index graph mg:index: one copy of the facts many documents repeat.
# The union of named graphs keeps a copy per document (A/RES/70/1's symbol is asserted by
# every resolution that cites it); lookups read this graph instead, so they stay point reads.
# Everything here is derived from evidenced facts in the documents' graphs.
DROP SILENT GRAPH mg:index ;
INSERT { GRAPH mg:index { ?node mg:indexedType ?type } } WHERE {
  SELECT DISTINCT ?node ?type WHERE {
    GRAPH ?g { ?node a ?type }
    FILTER (?type NOT IN (mg:Evidence, mg:SourceDocument, mg:ActionClause, mg:Expression, mg:Footnote))
  }
} ;
INSERT { GRAPH mg:index { ?node mg:symbol ?symbol } } WHERE {
  SELECT ?node (SAMPLE(?value) AS ?symbol) WHERE { GRAPH ?g { ?node mg:symbol ?value } } GROUP BY ?node
} ;
INSERT { GRAPH mg:index { ?node dct:title ?title } } WHERE {
  SELECT ?node (SAMPLE(?value) AS ?title) WHERE { GRAPH ?g { ?node dct:title ?value } BIND (LANG(?value) AS ?lang) } GROUP BY ?node ?lang
} ;
INSERT { GRAPH mg:index { ?node mg:adoptionDate ?date } } WHERE {
  SELECT ?node (SAMPLE(?value) AS ?date) WHERE { GRAPH ?g { ?node mg:adoptionDate ?value } } GROUP BY ?node
}
