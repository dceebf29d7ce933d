"""Paragraph analysis: from a document's text to its facts, each with its evidence span.

- :mod:`loaders.extract.operative`: operative paragraphs of resolutions — actions, assignees and
  the mandates (deliverables, recipients, due sessions, recurrence, resources) they give;
- :mod:`loaders.extract.prose`: prose documents — activities, mandate links, roles, events and
  parts, read sentence by sentence;
- shared by both: dates of events (:mod:`loaders.extract.event_dates`), ordinals
  (:mod:`loaders.extract.ordinals`) and regexes guarded by a cheap test
  (:mod:`loaders.extract.guarded`).
"""
