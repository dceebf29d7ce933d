"""The one place that writes quads: every fact of a parsed document, each with its evidence."""
