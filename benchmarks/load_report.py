"""The load test's counts and its Markdown tables.

A request counts as **ok** when its status is the one expected for it, as **503** when the
server refused it for lack of room (a 503 that was not expected; counted apart) and as an
**error** otherwise: any other status, a 5xx, a timeout or a broken connection.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["Tally", "print_report"]


def _percentile(sorted_values: list[float], share: float) -> float:
    if not sorted_values:
        return float("nan")
    return sorted_values[min(len(sorted_values) - 1, int(len(sorted_values) * share))]


@dataclass
class _Route:
    latencies: list[float] = field(default_factory=list)  # seconds
    errors: int = 0
    refused: int = 0  # 503 not expected


@dataclass
class Tally:
    routes: dict[str, _Route] = field(default_factory=dict)
    error_samples: list[str] = field(default_factory=list)
    #: What the first unexpected 503s said (waited too long for a worker, or ran past the limit).
    refusal_samples: list[str] = field(default_factory=list)

    def add(self, request, status: int | None, seconds: float, detail: str) -> None:
        """One answer (``status`` None: no answer at all) to ``request`` after ``seconds``."""
        route = self.routes.setdefault(request.route, _Route())
        route.latencies.append(seconds)
        if status in request.expected:
            return
        if status == 503:
            route.refused += 1
            if len(self.refusal_samples) < 10:
                self.refusal_samples.append(f"{request.route} {request.path} after {seconds:.1f} s: {detail}")
            return
        route.errors += 1
        if len(self.error_samples) < 10:
            self.error_samples.append(f"{request.route} {request.path}: {status} {detail}")

    @staticmethod
    def _figures(latencies: list[float], errors: int, refused: int) -> dict:
        ordered = sorted(latencies)
        return {"requests": len(ordered), "errors": errors, "503": refused,
                "p50_ms": _percentile(ordered, 0.50) * 1000, "p99_ms": _percentile(ordered, 0.99) * 1000}

    def per_route(self) -> dict[str, dict]:
        return {name: self._figures(r.latencies, r.errors, r.refused) for name, r in sorted(self.routes.items())}

    def overall(self) -> dict:
        return self._figures([s for r in self.routes.values() for s in r.latencies],
                             sum(r.errors for r in self.routes.values()), sum(r.refused for r in self.routes.values()))

    def summary(self) -> dict:
        return self.overall()


def _row(*cells: object) -> None:
    print("| " + " | ".join(str(c) for c in cells) + " |")


def print_report(figures: dict) -> None:
    overall = figures["overall"]
    swap = figures.get("swap")
    mode = "with a store generation swap (`mandates add`) halfway" if swap else "steady store"
    print(f"Mandate Graph load test — {figures['cores']} cores — {figures['date']} — {figures['data']} "
          f"({figures['triples']:,} triples) — {mode}\n")
    print(f"### {figures['clients']} clients × {figures['seconds']:g} s (after {figures['warmup_seconds']:g} s of warm-up):"
          f" {overall['requests']:,} requests, {overall['requests'] / figures['elapsed']:.0f} requests/s\n")
    print("| route | requests | errors | 503 | p50 ms | p99 ms |\n|---|---|---|---|---|---|")
    for name, r in figures["routes"].items():
        _row(name, r["requests"], r["errors"], r["503"], f"{r['p50_ms']:.1f}", f"{r['p99_ms']:.1f}")
    _row("**all**", overall["requests"], overall["errors"], overall["503"], f"{overall['p50_ms']:.1f}",
         f"{overall['p99_ms']:.1f}")
    warm = figures["warmup"]
    print(f"\nWarm-up: {warm['requests']:,} requests, {warm['errors']} errors, {warm['503']} 503.")
    for sample in figures["error_samples"]:
        print(f"- error: {sample}")
    for sample in figures.get("refusal_samples", []):
        print(f"- 503: {sample}")
    rss, health = figures["rss_mib"], figures["health"]
    print("\n| server RSS (process and query workers) | MiB |\n|---|---|")
    _row("after warm-up", f"{rss['after_warmup']:.0f}")
    _row("at the end", f"{rss['end']:.0f}")
    _row("end ÷ after warm-up", f"{rss['ratio']:.2f}×")
    if "server_end" in rss:  # the server process alone (its kept answers), the rest being its query workers
        _row("of which the server process: after warm-up → end", f"{rss['server_after_warmup']:.0f} → {rss['server_end']:.0f}")
    if "anonymous_end" in rss:  # heaps and caches, without the store's files mapped in (RssFile)
        anonymous = rss["anonymous_end"] / rss["anonymous_after_warmup"] if rss["anonymous_after_warmup"] else 0
        _row("anonymous (`RssAnon`, no mapped files): after warm-up → end",
             f"{rss['anonymous_after_warmup']:.0f} → {rss['anonymous_end']:.0f} ({anonymous:.2f}×)")
    print("\n| `/health`, every 0.5 s throughout | value |\n|---|---|")
    _row("samples", health["samples"])
    _row("p50 ms", f"{health['p50'] * 1000:.1f}" if health["p50"] is not None else "n/a")
    _row("max ms", f"{health['max'] * 1000:.1f}")
    if swap:
        print("\n| generation swap | value |\n|---|---|")
        _row("`mandates add` exit code", swap["exit_code"])
        _row("`mandates add` wall time (s)", f"{swap['seconds']:.1f}")
        _row("triples served before → after", f"{swap['triples_before']:,} → {swap['triples_after']:,}")
        _row("the added resolution's page", swap["added_resolution_status"])
