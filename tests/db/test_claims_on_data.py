"""The launch claims on the curated data: each gets the verdict its rows decide (moved from the old
tests/test_claims.py)."""
from gapboard.core import claims
from gapboard.db import catalogue, prices, scores
from gapboard.views import cache

EXPECTED = {
    "m25-swe-verified-80-2": "supported",
    "m25-beats-opus-4-6-swe-verified": "contradicted",  # 80.2 vs Opus 4.6 80.8 in the same MiniMax chart
    "m25-sota-swe-verified": "contradicted",  # Opus 4.5 80.9
    "m25-beats-opus-4-6-droid": "supported",  # 79.7 vs 78.9
    "m25-beats-opus-4-6-opencode": "supported",  # 76.1 vs 75.9
    "m25-ahead-whatever-harness": "partly",  # ahead on Droid and OpenCode only
    "m25-multi-swe-51-3": "supported",
    "m25-browsecomp-76-3": "partly",  # 75.1 and 72 in MiniMax's own detailed charts
    "m25-browsecomp-top": "contradicted",  # Opus 4.6 84 in the same chart
    "m25-lightning-input": "partly",  # later MiniMax lists say $0.60
    "m25-lightning-output": "supported",
    "m25-lightning-speed": "supported",
    "m25-standard-input": "contradicted",  # $0.15 appears in no price list: they say $0.30
    "m25-standard-output": "supported",
    "m25-standard-speed": "partly",  # a later MiniMax list says ~60 tokens/s
    "m25-lightning-hour": "partly",  # output alone: $0.864
    "m25-standard-hour": "partly",  # output alone: $0.216
    "m25-price-vs-opus-4-6": "supported",  # 1/20.8
    "m25-price-vs-gemini-3-pro": "supported",  # 1/10
    "m25-price-vs-gpt-5": "contradicted",  # about 1/8
    "m25-229b-params": "supported",
    "m2-release-late-oct": "supported",
    "m21-release-dec": "supported",
    "m25-release-feb": "supported",
    "m2-to-m25-span": "supported",
    "m25-faster-than-m21": "supported",
    "m2-downloads": "not verifiable",
    "m21-downloads": "not verifiable",
}


def _curated(frame):
    return frame[frame["dataset"] == "gapboard-curated"]


def test_the_launch_claims_get_the_verdicts_their_rows_decide():
    con = cache.connection()
    results = claims.check_all(
        catalogue.claims(con), _curated(scores.claim_scores(con)), _curated(prices.price_rows(con)), catalogue.model_rows(con)
    )
    assert {r.claim["id"]: r.verdict for r in results} == EXPECTED
    by_id = {r.claim["id"]: r for r in results}
    assert "80.2 vs 80.8 (Claude Opus 4.6)" in by_id["m25-beats-opus-4-6-swe-verified"].reason
    assert "80.2 vs 80.9 (Claude Opus 4.5)" in by_id["m25-sota-swe-verified"].reason
    assert "Ahead in 2 of 4" in by_id["m25-ahead-whatever-harness"].reason
    assert "$0.864 per hour" in by_id["m25-lightning-hour"].reason and "$0.216 per hour" in by_id["m25-standard-hour"].reason
    assert "1/8.3" in by_id["m25-price-vs-gpt-5"].reason and "1/20.8" in by_id["m25-price-vs-opus-4-6"].reason
    for result in results:  # every counted evidence row names its source
        counted = result.evidence[result.evidence["counts"] != "context"]
        assert counted["source_url"].str.match(r"^https?://").all(), result.claim["id"]
