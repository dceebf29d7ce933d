"""``mandates lineage`` as text: each paragraph's change, amended words marked (coloured on a
terminal, ``[-removed-] {+added+}`` otherwise)."""

from __future__ import annotations

__all__ = ["print_lineage"]

_COLOURS = {"unchanged": "", "amended": "\033[33m", "new": "\033[32m", "dropped": "\033[31m"}
_RESET = "\033[0m"


def _paint(text: str, change: str | None, colour: bool) -> str:
    code = _COLOURS.get(change or "", "")
    return f"{code}{text}{_RESET}" if colour and code else text


def _diff_line(diff: list, colour: bool) -> str:
    parts = []
    for op, words in diff:
        if op == "equal":
            parts.append(words)
        elif colour:
            parts.append(f"\033[9;31m{words}{_RESET}" if op == "delete" else f"\033[4;32m{words}{_RESET}")
        else:
            parts.append(f"[-{words}-]" if op == "delete" else f"{{+{words}+}}")
    return " ".join(parts)


def print_lineage(symbol: str, lineage: dict, *, colour: bool) -> None:
    predecessor = lineage["predecessor"]
    print(f"{symbol}: " + (f"follows {predecessor['symbol']} (text similarity {predecessor['similarity']:.2f}, "
                            f"by {predecessor['basis']})" if predecessor else "no predecessor in the corpus"))
    for paragraph in lineage["paragraphs"]:
        label = f"{'PP' if paragraph['kind'] == 'preambular' else 'OP'} {paragraph['number']}"
        change = paragraph["change"] or "first"
        similarity = f" {paragraph['similarity']:.2f}" if paragraph["similarity"] is not None else ""
        origin = f" <- {paragraph['predecessor']['symbol']} ¶{paragraph['predecessor']['number']}" \
            if paragraph["predecessor"] else ""
        print(_paint(f"{label:7} {change}{similarity}{origin}  (since {paragraph['firstSeen']})", paragraph["change"], colour))
        if paragraph["change"] == "amended":
            print(f"        {_diff_line(paragraph['diff'], colour)}")
        elif paragraph["change"] == "new":
            print(_paint(f"        {paragraph['text']}", "new", colour))
    for paragraph in lineage["dropped"]:
        label = f"{'PP' if paragraph['kind'] == 'preambular' else 'OP'} {paragraph['number']}"
        print(_paint(f"{label:7} dropped from {paragraph['symbol']}: {paragraph['text']}", "dropped", colour))
