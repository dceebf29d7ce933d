"""Paragraph analysis: from a paragraph's text to its actions, addressees and mandates."""
