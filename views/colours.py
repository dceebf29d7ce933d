"""Readable label colours for the graph view: WCAG contrast between a label and what is behind it."""

from __future__ import annotations

__all__ = ["CANVAS", "DARK_INK", "LIGHT_INK", "contrast_ratio", "label_colour"]

DARK_INK = "#1b1f24"
LIGHT_INK = "#ffffff"
#: The page's background, behind labels drawn outside their node (dots, diamonds, stars...).
CANVAS = "#ffffff"


def _luminance(colour: str) -> float:
    """WCAG relative luminance of ``#rrggbb``."""
    channels = [int(colour.lstrip("#")[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG contrast ratio of two ``#rrggbb`` colours, from 1 (none) to 21 (black on white).

    >>> round(contrast_ratio("#000000", "#ffffff"), 1)
    21.0
    """
    light, dark = sorted((_luminance(foreground), _luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def label_colour(background: str) -> str:
    """The ink, dark or light, that reads best on ``background``.

    >>> label_colour("#1f4e9c"), label_colour("#edae49")
    ('#ffffff', '#1b1f24')
    """
    return max((DARK_INK, LIGHT_INK), key=lambda ink: contrast_ratio(ink, background))
