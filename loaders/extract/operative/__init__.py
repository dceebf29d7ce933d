"""Operative paragraphs of resolutions: actions, assignees and the mandates they give."""
