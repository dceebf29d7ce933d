"""Prose documents: activities, mandate links, roles, events and parts read sentence by sentence."""
