"""An accessibility check in the page: axe-core (vendored from npm, tests/assets/axe-core) run in
Chromium, and a keyboard-only pass over the page's links and controls."""

from __future__ import annotations

from pathlib import Path

AXE_JS = Path(__file__).resolve().parent / "assets" / "axe-core" / "axe.min.js"

#: Impacts that fail a page.
BLOCKING = ("serious", "critical")


def axe_violations(page) -> list[dict]:
    """axe-core's violations of ``page`` (WCAG 2 A and AA rules and best practices) that are
    serious or critical, each as {id, impact, help, targets}."""
    page.add_script_tag(content=AXE_JS.read_text(encoding="utf-8"))
    result = page.evaluate("""async () => {
        const r = await axe.run(document, {resultTypes: ["violations"],
                                           runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21aa", "best-practice"]}});
        return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                                       targets: v.nodes.map(n => n.target.join(" "))}));
    }""")
    return [v for v in result if v["impact"] in BLOCKING]


def tab_through(page, limit: int = 400) -> list[dict]:
    """Press Tab from the top of the page until focus leaves it (or ``limit`` presses): each
    stop's element (tag, text, href) and whether its focus is visible (an outline or a shadow)."""
    page.evaluate("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0)")
    stops: list[dict] = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        stop = page.evaluate("""() => {
            const e = document.activeElement;
            if (!e || e === document.body) return null;
            const s = getComputedStyle(e);
            const visible = (s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== "none";
            return {tag: e.tagName.toLowerCase(), text: (e.innerText || e.value || e.getAttribute("aria-label") || "").trim(),
                    href: e.getAttribute("href"), index: [...document.querySelectorAll("*")].indexOf(e), visible};
        }""")
        if stop is None or (stops and stop["index"] == stops[0]["index"]):
            break
        stops.append(stop)
    return stops


def focusable_in_order(page) -> list[int]:
    """The document positions of every link and control a keyboard should reach."""
    return page.evaluate("""() => {
        const all = [...document.querySelectorAll("*")];
        return [...document.querySelectorAll("a[href], button, input:not([type=hidden]), select, textarea, summary")]
            .filter(e => !e.disabled && e.getAttribute("tabindex") !== "-1"
                         && (e.checkVisibility() || e.classList.contains("skip")))
            .map(e => all.indexOf(e));
    }""")
