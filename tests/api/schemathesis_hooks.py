"""schemathesis hooks for the API's schema: a SPARQL query body (``application/sparql-query``)
is text, sent as schemathesis sends ``text/plain``."""

import schemathesis

schemathesis.serializer.alias("application/sparql-query", "text/plain")
