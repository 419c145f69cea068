"""Korean for every message Gapboard writes: English message → Korean text, grouped by where it appears.

Written as a Korean analyst would write it, not word for word: 오픈 웨이트 and 프로프라이어터리 as the launch article
says them, units ($, %, tokens/s, Elo) and benchmark and harness names in their usual form, sentences ending in
the plain report style (…입니다 / …습니다) in notices and the terse noun style in labels, headers and axes.
Placeholders (`{name}`, `{gap:+.1f}`) are the English ones; `tests/core/test_i18n.py` checks both.
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Final

_FRAME = {
    # pages and their intros (gapboard/ui/registry.py)
    "Overview": "개요",
    "Benchmarks": "벤치마크",
    "Harnesses": "하네스",
    "Cost": "비용",
    "Timeline": "타임라인",
    "Sources": "출처",
    "Is the gap between open-weight and proprietary LLMs really at its smallest? Four figures, all from sourced data.":
        "오픈 웨이트와 프로프라이어터리 LLM의 격차는 정말 역대 최소일까? 출처가 확인된 데이터로 계산한 네 가지 지표로 답합니다.",
    "Reported scores per model and benchmark, the open-vs-proprietary gap today and over time, and the launch "
    "claims checked against the data. Select a cell to see every value behind it.":
        "모델·벤치마크별 보고 점수, 오픈 웨이트와 프로프라이어터리 모델의 현재 격차와 그 추이, 그리고 출시 당시의 주장을 "
        "데이터로 검증한 결과입니다. 셀을 선택하면 그 값의 근거가 된 수치를 모두 볼 수 있습니다.",
    "How much does the agent scaffold (Claude Code, Droid, OpenCode, OpenHands, mini-SWE-agent, …) move a model's "
    "score, and does the ranking flip? ":
        "에이전트 스캐폴드(Claude Code, Droid, OpenCode, OpenHands, mini-SWE-agent 등)에 따라 모델 점수는 얼마나 "
        "달라지고, 순위는 뒤집히는가? ",
    "What your workload costs on each model — per month, per hour of continuous agent work and per resolved task — "
    "from sourced API prices, with the arithmetic shown.":
        "내 워크로드를 모델별로 돌리면 드는 비용 — 월 비용, 에이전트를 쉬지 않고 돌릴 때의 시간당 비용, 해결한 태스크당 "
        "비용 — 을 출처가 있는 API 가격으로 계산하고, 계산 과정까지 보여줍니다.",
    "A model family's versions on a true date axis — score, price and speed per release — and how fast "
    "families improve, in the vendor's own chart and in independent data.":
        "한 모델 패밀리의 버전을 실제 날짜 축에 놓고 릴리스별 점수·가격·속도를 비교하고, 패밀리마다 얼마나 빨리 "
        "개선되는지를 벤더 자체 차트와 독립 데이터로 나란히 봅니다.",
    "Where every number comes from, who reported it, its licence and its date — and your own results beside them.":
        "모든 수치의 출처, 보고 주체, 라이선스와 기준일 — 그리고 그 옆에 내가 올린 결과까지.",
    # tabs
    "Table": "표",
    "Gap today": "현재 격차",
    "Gap over time": "격차 추이",
    "Claims check": "주장 검증",
    "Monthly cost": "월 비용",
    "Per hour of agent work": "에이전트 작업 시간당",
    "Per resolved task": "해결 태스크당",
    "Score vs cost": "점수 대비 비용",
    "Self-hosting": "셀프 호스팅",
    "How this was computed": "계산 방법",
    "Datasets": "데이터셋",
    "What changed": "변경 사항",
    "Look up a number": "수치 조회",
    "Your results": "내 결과",
    "Downloads": "다운로드",
    # sidebar and fault page (gapboard/ui/frame.py)
    "Language": "언어",
    "**Gapboard** — open-weight vs proprietary LLMs, every number sourced.":
        "**Gapboard** — 오픈 웨이트 vs 프로프라이어터리 LLM, 모든 수치에 출처를 답니다.",
    "Data build `{version}` · built {built} UTC": "데이터 빌드 `{version}` · {built} UTC 빌드",
    "Rebuilt from changed sources: {why}": "소스가 바뀌어 다시 빌드했습니다: {why}",
    "The data could not be loaded": "데이터를 불러오지 못했습니다",
    "Gapboard found {count} problem(s) with its data, so no page is shown rather than a stale or partial one. "
    "Fix what is listed below, then run the command shown.":
        "데이터에서 문제 {count}건이 발견되어, 오래되거나 일부만 맞는 화면을 보여주는 대신 페이지를 표시하지 않습니다. "
        "아래 문제를 고친 뒤 안내된 명령을 실행하세요.",
    "The build was being remade because: {why}": "다시 빌드하던 이유: {why}",
    "Fix, then run: `{command}`": "고친 다음 실행: `{command}`",
    # link notices and widgets (gapboard/ui/widgets.py)
    "Ignored {key} = {values} from the link: {why}.": "링크의 {key} = {values} 값은 무시했습니다: {why}.",
    "not one of the choices": "선택지에 없는 값입니다",
    "not one of the choices, using the default": "선택지에 없는 값이라 기본값을 씁니다",
    "not a number from {low:g} to {high:g}, using the default": "{low:g}~{high:g} 범위의 숫자가 아니라 기본값을 씁니다",
    "not true or false, using the default": "true/false가 아니라 기본값을 씁니다",
    "not a date from {low} to {high}, using the default": "{low}~{high} 사이의 날짜가 아니라 기본값을 씁니다",
    "not one of the tabs, showing the first": "없는 탭이라 첫 번째 탭을 보여줍니다",
    "Ignored link parameter(s) this page does not use: {keys}.": "이 페이지가 쓰지 않는 링크 매개변수는 무시했습니다: {keys}.",
    "not true or false, showing it closed": "true/false가 아니라 닫힌 상태로 보여줍니다",
    "not a language Gapboard is written in (en, ko)": "Gapboard가 지원하는 언어(en, ko)가 아닙니다",
    "Choose options": "선택하세요",
    "Weights": "유형",
    "Both": "전체",
    "Open": "오픈 웨이트",
    "Proprietary": "프로프라이어터리",
    # how numbers and dates are written (gapboard/ui/format.py)
    "not reported": "보고 없음",
    "“not reported” means no source gives that number — it is never shown as zero.":
        "“보고 없음”은 그 수치를 제시한 출처가 없다는 뜻이며, 0으로 표시하지 않습니다.",
    "no dated number": "날짜가 있는 수치 없음",
    "as of {month}": "{month} 기준",
    "source": "출처",
}

_CHARTS_AND_TABLES = {
    # words table cells and chart legends hold (gapboard/ui/tables.py, gapboard/views/charts/theme.py)
    "open": "오픈 웨이트",
    "proprietary": "프로프라이어터리",
    "vendor": "벤더",
    "third_party": "서드파티",
    "high": "높음",
    "medium": "중간",
    "low": "낮음",
    "text": "본문",
    "chart": "차트",
    "derived": "계산값",
    "estimated": "추정값",
    "yes": "예",
    "no": "아니요",
    "tie": "동률",
    "harness not stated": "하네스 미기재",
    # provenance columns every data table carries
    "Source": "출처",
    "Where the number was published": "수치가 공개된 곳",
    "Reported by": "보고 주체",
    "vendor = the model's own developer": "벤더 = 모델을 직접 개발한 회사",
    "As of": "기준일",
    "Date of the source version the number was read from": "수치를 가져온 출처 버전의 날짜",
    "Note": "비고",
    "Where in the source, and any caveat": "출처 내 위치와 유의 사항",
    "Confidence": "신뢰도",
    "Not shown in {what}: {reasons}.": "{what}에서 빠진 항목: {reasons}.",
    # chart titles, axes and tooltips
    "Setting": "조건",
    "Model": "모델",
    "Value": "값",
    "Version": "버전",
    "Release date": "출시일",
    "Harness": "하네스",
    "Setup": "비교 조건",
    "{benchmark}, best score": "{benchmark} 최고 점수",
    "Output price, USD per million tokens": "출력 가격(100만 토큰당 USD)",
    "Price list": "가격표",
    "Output $/M": "출력 $/M",
    "Times the subject's price": "대상 모델 가격 대비 배수",
}

_OVERVIEW = {
    # the four cards (gapboard/core/cards.py, gapboard/ui/sections/overview.py)
    "1 · The gap today": "1 · 현재 격차",
    "2 · Harness robustness": "2 · 하네스별 견고성",
    "3 · The cost ratio": "3 · 비용 비율",
    "4 · The pace of releases": "4 · 릴리스 속도",
    "points": "포인트",
    "(unit not stated)": "(단위 미기재)",
    "cheapest current output price, USD per million tokens: ": "현재 가장 싼 출력 가격(100만 토큰당 USD): ",
    "{name} +{days} days": "{name} +{days}일",
    "release date": "출시일",
    "The models and benchmark this story features": "이 분석에서 다루는 모델과 벤치마크",
    "Open-weight model": "오픈 웨이트 모델",
    "Compared with": "비교 대상",
    "Benchmark": "벤치마크",
    "Newest number behind this card: {as_of}": "이 카드의 가장 최근 수치: {as_of}",
    "Not enough data for {what} with this choice.": "{what}: 이 선택으로는 데이터가 부족합니다.",
    "How far behind, over time: the two frontiers": "시간에 따른 격차: 두 프런티어 비교",
    "Every model under every harness": "모든 모델 × 모든 하네스",
    "Price your own workload": "내 워크로드로 비용 계산하기",
    "Every version on the timeline": "타임라인에서 모든 버전 보기",
    "Data updated {day}: {summary}. See what changed": "{day} 데이터 갱신: {summary}. 변경 사항 보기",
    "The newest {benchmark} number here is {month}.": "여기 있는 {benchmark} 수치 중 가장 최근 것은 {month} 수치입니다.",
    "{count} model(s) released since {model} ({day}) have no {benchmark} score in any source here: {models}.":
        "{model}({day}) 이후 출시된 모델 {count}개는 여기 있는 어떤 출처에도 {benchmark} 점수가 없습니다: {models}.",
    "{count} earlier model(s) have none either: {models}.": "그 이전 모델 {count}개도 점수가 없습니다: {models}.",
    "the gap": "격차",
    "Best proprietary minus best open, {benchmark}, {harness}": "프로프라이어터리 최고점 − 오픈 웨이트 최고점, {benchmark}, {harness}",
    "**Honest caveat:** the gap depends on the harness: from {low:+.1f} to {high:+.1f} points across {count} setups. "
    "“harness not stated” values may not be comparable.":
        "**유의할 점:** 격차는 하네스에 따라 달라집니다. 비교 조건 {count}개에서 {low:+.1f}~{high:+.1f}포인트입니다. "
        "“하네스 미기재” 값은 서로 비교할 수 없을 수도 있습니다.",
    "{subject} ahead of {comparator}, {benchmark}": "{subject} 우세 vs {comparator}, {benchmark}",
    "{ahead} of {total} setups": "{total}개 조건 중 {ahead}개",
    "{subject} against {comparator}": "{subject} 대 {comparator}",
    "A setup compares the two under the same harness, or side by side in one published chart.":
        "비교 조건이란 같은 하네스에서 잰 두 값, 또는 한 공개 차트에 나란히 실린 두 값을 말합니다.",
    "{subject} output price vs {comparator}": "{comparator} 대비 {subject} 출력 가격",
    "the cost ratio": "비용 비율",
    "${subject:.2f} vs ${comparator:.2f} per million output tokens": "출력 100만 토큰당 ${subject:.2f} 대 ${comparator:.2f}",
    "Each model's cheapest current list price for output tokens; input and caching are on the Cost page.":
        "모델별로 현재 가장 싼 출력 토큰 정가입니다. 입력과 캐싱 가격은 비용 페이지에서 볼 수 있습니다.",
    "the price chart": "가격 차트",
    "no current output price": "현재 출력 가격 없음",
    "the pace of {model}'s line": "{model} 계열의 릴리스 속도",
    "{count} releases in {months:.1f} months": "{months:.1f}개월간 {count}회 릴리스",
    "the pace chart": "릴리스 속도 차트",
    "no {benchmark} result under this harness": "이 하네스로 잰 {benchmark} 결과 없음",
    "Released since: {models}.": "이후 출시: {models}.",
    "Where the four figures come from: every row behind them, with its source": "네 가지 지표의 근거: 바탕이 된 모든 행과 출처",
    "Card": "카드",
    "Figure": "지표",
    # the claims check (gapboard/ui/sections/claims.py)
    "The launch claims, checked": "출시 당시 주장 검증",
    "**On the day each claim was made** (only numbers published and models released by then)":
        "**주장이 나온 날 기준** (그날까지 공개된 수치와 출시된 모델만 반영)",
    "**Against today's data** (a later model or number can change this verdict, never the first)":
        "**오늘 데이터 기준** (이후 나온 모델이나 수치가 이 판정을 바꿀 수 있으며, 첫 번째 판정은 바뀌지 않습니다)",
    "On its date": "당일 기준",
    "Today": "오늘 기준",
    "Claim": "주장",
    "In the launch article": "출시 기사 원문",
    "The Korean launch article's own sentence, where it states the claim": "한국어 출시 기사가 이 주장을 담은 원래 문장",
    "Claimed": "주장한 값",
    "Why, today (computed from the data)": "오늘 기준 근거 (데이터로 계산)",
    "Every claim with its evidence rows and sources": "모든 주장의 근거 행과 출처 보기",
    "On the day each claim was made": "주장이 나온 날 기준",
    "Against today's data": "오늘 데이터 기준",
    "{shown} of {count} priced models drawn, from the cheapest to the dearest; the page has them all.":
        "가격이 있는 모델 {count}개 중 가장 싼 것부터 가장 비싼 것까지 {shown}개만 그렸습니다. 전체는 페이지에서 볼 수 있습니다.",
    # presentation mode (gapboard/ui/sections/slides.py)
    "Present this story as slides": "슬라이드로 발표하기",
    "Slide {number} of {count}": "슬라이드 {number} / {count}",
    "Leave the slides": "슬라이드 닫기",
    "Previous": "이전",
    "Next": "다음",
    "Not enough data for this figure with the featured models and benchmark.":
        "선택한 모델과 벤치마크로는 이 지표를 계산할 데이터가 부족합니다.",
    "… and {count} more.": "… 외 {count}건.",
    "not 1 or 0, showing the page": "1이나 0이 아니라 일반 페이지를 보여줍니다",
    "not a slide from 1 to {count}, showing the first": "1~{count} 사이의 슬라이드 번호가 아니라 첫 슬라이드를 보여줍니다",
    # what a build changed (gapboard/views/sources.py)
    "model added": "모델 추가",
    "model removed": "모델 삭제",
    "score added": "점수 추가",
    "score changed": "점수 변경",
    "score removed": "점수 삭제",
    "price added": "가격 추가",
    "price changed": "가격 변경",
    "price removed": "가격 삭제",
    "{count} {change}": "{change} {count}건",
}

_VERDICTS = {
    # verdicts and their explanations (gapboard/core/claims.py, gapboard/core/gap.py)
    "supported": "확인됨",
    "partly": "부분 확인",
    "contradicted": "반박됨",
    "not verifiable": "검증 불가",
    "agrees": "일치",
    "differs": "불일치",
    "context": "참고",
    "not counted": "제외",
    "input $/M tokens": "입력 $/M 토큰",
    "output $/M tokens": "출력 $/M 토큰",
    "tokens/s": "tokens/s",
    "total parameters (B)": "전체 파라미터(B)",
    "active parameters (B)": "활성 파라미터(B)",
    "context window": "컨텍스트 윈도",
    "No source in the data gives this value.": "데이터 속 어떤 출처도 이 값을 제시하지 않습니다.",
    "{agree} of {total} sources give {claimed}.": "출처 {total}곳 중 {agree}곳이 주장과 같은 값({claimed})을 제시합니다.",
    "{agree} of {total} sources give {claimed}; the values found are {found}.":
        "출처 {total}곳 중 {agree}곳이 주장과 같은 값({claimed})을 제시합니다. 확인된 값: {found}.",
    "No comparable setting (same harness, or side by side in one source) has both.":
        "두 모델이 함께 있는 비교 가능한 조건(같은 하네스, 또는 한 출처에 나란히 실린 값)이 없습니다.",
    "Ahead in {ahead} of {total} comparable settings. {settings}.": "비교 가능한 조건 {total}개 중 {ahead}개에서 앞섭니다. {settings}.",
    "${cost} per hour ({tps} × 3600 × ${price}/M)": "시간당 ${cost} ({tps} × 3600 × ${price}/M)",
    "No output price is known for this tier.": "이 등급의 출력 가격을 알 수 없습니다.",
    "Output tokens alone at {tps} tokens/s cost {spread} per hour against the claimed ${claimed}; the rest would have to be "
    "input tokens, and the source does not say how many.":
        "{tps} tokens/s로 출력 토큰만 계산해도 시간당 {spread}로, 주장한 ${claimed}에 못 미칩니다. 나머지는 입력 토큰 비용이어야 "
        "하는데, 출처는 입력 토큰이 얼마인지 밝히지 않습니다.",
    "Output tokens alone at {tps} tokens/s cost {spread} per hour against the claimed ${claimed}.":
        "{tps} tokens/s로 출력 토큰만 계산하면 시간당 {spread}이며, 주장한 값은 ${claimed}입니다.",
    "An output price is missing for one of the two models.": "두 모델 중 하나의 출력 가격이 없습니다.",
    "By output price the model costs {ratios} of the comparator (claimed {claimed}).":
        "출력 가격 기준으로 비교 대상의 {ratios} 수준입니다 (주장: {claimed}).",
    "The data holds no value for this.": "데이터에 이 값이 없습니다.",
    "The model record gives {value} (claimed {claimed}).": "모델 기록상 값은 {value}입니다 (주장: {claimed}).",
    " (month only)": " (월만 확인)",
    "The data holds no release date for this model.": "데이터에 이 모델의 출시일이 없습니다.",
    "Released {released}; claimed {claimed} ({start} to {end}).": "출시일 {released}, 주장은 {claimed}({start}~{end})입니다.",
    "A release date is missing.": "출시일이 빠져 있습니다.",
    "{first} to {last}: {days} days = {months:.1f} months (claimed {claimed}).":
        "{first}부터 {last}까지 {days}일 = {months:.1f}개월 (주장: {claimed}).",
    "The data holds no download count for this model.": "데이터에 이 모델의 다운로드 수가 없습니다.",
    "{count:,} (as of {date})": "{count:,} ({date} 기준)",
    "downloads last month": "지난달 다운로드 수",
    "The only count held is {count}, outside {start}–{end}: not comparable with the claim.":
        "보유한 다운로드 수는 {count}뿐이며 {start}–{end} 기간 밖이라 주장과 비교할 수 없습니다.",
    "Count held: {count}; claimed {claimed}.": "보유한 다운로드 수: {count}, 주장: {claimed}.",
    "A per-task figure is missing for one of the two models.": "두 모델 중 하나의 태스크당 수치가 없습니다.",
    "{setting}: {old} → {new} per task, {speedup:.1f}% faster": "{setting}: 태스크당 {old} → {new}, {speedup:.1f}% 빠름",
    "{settings} (claimed {claimed}).": "{settings} (주장: {claimed}).",
    "{harness} · side by side in {source}": "{harness} · {source}에 나란히 게재",
    "{months:.1f} months": "{months:.1f}개월",
    "level": "동률",
    "ahead": "앞섬",
    "not enough data": "데이터 부족",
    "{benchmark}: the frontier needs dated results of both open and proprietary models.":
        "{benchmark}: 프런티어를 그리려면 오픈 웨이트와 프로프라이어터리 모델 모두 날짜가 있는 결과가 필요합니다.",
    "The open frontier's best on {benchmark}, {reached}, has not been reached by any dated proprietary model.":
        "{benchmark}에서 오픈 웨이트 프런티어의 최고 기록 {reached}에 도달한 프로프라이어터리 모델(출시일 기준)은 아직 없습니다.",
    "The open frontier reached {reached} first; proprietary models got there {months:.1f} months later "
    "({model}, {date:%Y-%m-%d}).":
        "오픈 웨이트 프런티어가 {reached}에 먼저 도달했고, 프로프라이어터리 모델은 {months:.1f}개월 뒤에 도달했습니다 "
        "({model}, {date:%Y-%m-%d}).",
    "Proprietary models first reached the open frontier's best, {reached}, on {date:%Y-%m-%d} ({model}, {value:g}): "
    "{months:.1f} months earlier.":
        "오픈 웨이트 프런티어의 최고 기록 {reached}에 프로프라이어터리 모델은 {date:%Y-%m-%d}에 처음 도달했습니다 "
        "({model}, {value:g}). {months:.1f}개월 먼저입니다.",
    "Gap = best proprietary score − best open score under the same harness (positive: proprietary ahead). "
    "The main setting of a benchmark is the stated harness with the most models of both kinds.":
        "격차 = 같은 하네스에서 프로프라이어터리 최고 점수 − 오픈 웨이트 최고 점수 (양수면 프로프라이어터리가 앞섬). "
        "벤치마크의 주 조건은 두 유형의 모델이 가장 많이 측정된, 하네스가 명시된 조건입니다.",
    "Each line is the best score reached by any model of that kind released on or before each date. "
    "Months behind = time from the day the proprietary frontier first reached the open frontier's current best "
    "to the day the open frontier reached it.":
        "각 선은 해당 날짜까지 출시된 같은 유형 모델들이 도달한 최고 점수입니다. 뒤처진 개월 수 = 프로프라이어터리 "
        "프런티어가 오픈 웨이트 프런티어의 현재 최고 기록에 처음 도달한 날부터 오픈 웨이트 프런티어가 그 기록에 도달한 "
        "날까지의 기간.",
}

_BENCHMARKS = {
    # the Benchmarks page (gapboard/ui/sections/benchmarks.py, gapboard/views/benchmarks.py)
    "Benchmark categories": "벤치마크 분야",
    "Coding": "코딩",
    "Agentic": "에이전트",
    "Search": "검색",
    "Office": "오피스",
    "Knowledge": "지식",
    "Reasoning": "추론",
    "Composite": "종합",
    "More filters: vendor, family, harness, reporter, release date, confidence, dataset":
        "추가 필터: 벤더, 패밀리, 하네스, 보고 주체, 출시일, 신뢰도, 데이터셋",
    "Vendor": "벤더",
    "all vendors": "전체 벤더",
    "Family": "패밀리",
    "all families": "전체 패밀리",
    "all harnesses": "전체 하네스",
    "Only values produced under these agent harnesses. “harness not stated”: the source does not say.":
        "선택한 에이전트 하네스로 측정한 값만 보여줍니다. “하네스 미기재”는 출처가 하네스를 밝히지 않은 값입니다.",
    "Vendor-reported": "벤더 발표",
    "Third-party": "서드파티",
    "Minimum confidence": "최소 신뢰도",
    "Low": "낮음",
    "Medium": "중간",
    "High": "높음",
    "Released since": "이 날짜 이후 출시",
    "Models without a release date are kept while this is the earliest date, and left out (and listed) otherwise.":
        "가장 이른 날짜로 두면 출시일이 없는 모델도 포함하고, 그 밖의 날짜에서는 제외한 뒤 목록으로 알려줍니다.",
    "Dataset": "데이터셋",
    "all datasets": "전체 데이터셋",
    "Where the rows were collected (see the Sources page for each dataset's origin and licence).":
        "행을 수집한 곳입니다 (데이터셋별 출처와 라이선스는 출처 페이지 참고).",
    "Only models with results for every selected benchmark": "선택한 모든 벤치마크에 결과가 있는 모델만",
    "One column per benchmark and harness": "벤치마크·하네스 조합마다 열 하나",
    "Instead of one column per benchmark (cells from another harness marked ≠).":
        "벤치마크마다 열 하나로 보는 대신 나눠 봅니다 (기본 보기에서는 다른 하네스의 값에 ≠ 표시).",
    "all": "전체",
    "both": "전체",
    "Gapboard Benchmarks export": "Gapboard 벤치마크 내보내기",
    "benchmarks: {names}": "벤치마크: {names}",
    "weights: {weights}; reported by: {reporter}; minimum confidence: {confidence}":
        "유형: {weights}; 보고 주체: {reporter}; 최소 신뢰도: {confidence}",
    "vendors: {vendors}; families: {families}": "벤더: {vendors}; 패밀리: {families}",
    "harnesses: {harnesses}; datasets: {datasets}": "하네스: {harnesses}; 데이터셋: {datasets}",
    "released since: {since}; complete rows only: {complete}; one column per harness: {split}":
        "출시일 이후: {since}; 모든 벤치마크에 결과가 있는 행만: {complete}; 하네스별 열: {split}",
    "any (undated included)": "전체 (출시일 없는 모델 포함)",
    "Headline value per cell: printed text beats a chart label, which beats a derived or estimated number; "
    "then higher confidence; then the newest source.":
        "셀마다 대표값을 고르는 규칙: 본문에 적힌 수치가 차트 라벨보다, 차트 라벨이 계산·추정값보다 우선하고, "
        "그다음 신뢰도가 높은 값, 그다음 가장 최근 출처 순입니다.",
    "Harnesses are never mixed silently: each benchmark column has a main harness (the stated harness that "
    "the most models in the column were run with). A model's cell shows its value under that harness when it "
    "has one; otherwise its value under the harness the most models share, marked ≠.":
        "하네스를 몰래 섞지 않습니다. 벤치마크 열마다 주 하네스(열에 있는 모델이 가장 많이 쓴, 명시된 하네스)가 있고, "
        "모델의 셀은 그 하네스로 잰 값이 있으면 그 값을, 없으면 모델이 가장 많이 공유하는 하네스의 값을 ≠ 표시와 함께 보여줍니다.",
    "V (tinted): reported by the model's own developer; cells without it are third-party numbers · "
    "≠ from another harness than the column's main one · "
    "⚠n: n different values reported for this model, benchmark and harness (select the cell to see them all)":
        "V (음영): 모델 개발사가 직접 발표한 값, 표시가 없으면 서드파티 수치 · ≠ 열의 주 하네스가 아닌 다른 하네스의 값 · "
        "⚠n: 이 모델·벤치마크·하네스에 서로 다른 값이 n개 보고됨 (셀을 선택하면 모두 볼 수 있음)",
    "No model has a value for every selected benchmark": "선택한 모든 벤치마크에 값이 있는 모델이 없습니다",
    "Main harness: {harness} ({under} of {total} models); others marked {mark}":
        "주 하네스: {harness} (모델 {total}개 중 {under}개), 나머지는 {mark} 표시",
    "no release date, and a release-date filter is set": "출시일이 없는데 출시일 필터가 걸려 있음",
    "Released": "출시",
    "Pick at least one benchmark to see the table.": "표를 보려면 벤치마크를 하나 이상 고르세요.",
    "No reported scores match these filters.": "이 필터에 맞는 보고 점수가 없습니다.",
    "No model has a value for every selected benchmark: turn off “Only models with results for "
    "every selected benchmark” or pick fewer benchmarks.":
        "선택한 모든 벤치마크에 값이 있는 모델이 없습니다. “선택한 모든 벤치마크에 결과가 있는 모델만”을 끄거나 "
        "벤치마크를 줄여 보세요.",
    "not a model:benchmark cell": "모델:벤치마크 형식의 셀이 아닙니다",
    "{models} models, {values} reported values behind these cells, the newest {as_of}.":
        "모델 {models}개, 이 셀들의 근거가 된 보고값 {values}개, 가장 최근 값은 {as_of}.",
    "the table": "표",
    "Download this table as CSV (with sources and filters)": "이 표를 CSV로 내려받기 (출처와 필터 포함)",
    "Select a score cell to see every value behind it: source, reporter, harness, note, confidence, as-of.":
        "점수 셀을 선택하면 그 값의 근거를 모두 볼 수 있습니다: 출처, 보고 주체, 하네스, 비고, 신뢰도, 기준일.",
    "Conflicts: {count} cells where sources give different values": "충돌: 출처마다 값이 다른 셀 {count}개",
    "Headline": "대표값",
    "Other values": "다른 값",
    "Rows": "행 수",
    "Every value behind the table, with its source": "표의 근거가 된 모든 값과 출처",
    "No value is recorded for this model on this benchmark.": "이 모델의 이 벤치마크 값은 기록된 것이 없습니다.",
    "This cell is not in the table under the current filters; every value held is listed.":
        "현재 필터에서는 이 셀이 표에 없습니다. 보유한 값을 모두 나열합니다.",
    "not the column's main harness: it has none under it": "열의 주 하네스가 아님: 주 하네스로 잰 값이 없음",
    "the column's harness": "열의 주 하네스",
    "Shown in the table: **{value}** under {harness} ({where}); {count} distinct value(s) under that harness.":
        "표에 표시된 값: {harness} 하네스로 잰 **{value}** ({where}), 이 하네스에서 서로 다른 값 {count}개.",
    "Shown": "표시",
    "The value the table shows under the current filters": "현재 필터에서 표에 표시되는 값",
    "Form": "형태",
    "text / chart / derived / estimated": "본문 / 차트 / 계산값 / 추정값",
    "Unit": "단위",
    "Runs": "실행 횟수",
    "Read from": "읽어 온 파일",
    "Line": "줄",
    "The weights filter does not apply here: a gap needs both kinds.": "격차는 두 유형이 모두 있어야 하므로 여기서는 유형 필터를 적용하지 않습니다.",
    "Pick at least one benchmark to see the gap.": "격차를 보려면 벤치마크를 하나 이상 고르세요.",
    "No selected benchmark has both open and proprietary results under one harness with these filters.":
        "이 필터에서는 한 하네스 아래 오픈 웨이트와 프로프라이어터리 결과가 모두 있는 벤치마크가 없습니다.",
    "the gap chart": "격차 차트",
    "no harness with both open and proprietary results": "오픈 웨이트와 프로프라이어터리 결과가 모두 있는 하네스 없음",
    "Best open model": "최고 오픈 웨이트 모델",
    "Best proprietary model": "최고 프로프라이어터리 모델",
    "Gap (points)": "격차(포인트)",
    "Positive: proprietary ahead": "양수: 프로프라이어터리가 앞섬",
    "Models compared": "비교한 모델 수",
    "Main setting": "주 조건",
    "“harness not stated” rows are grouped together but are not known to be comparable with each other.":
        "“하네스 미기재” 행은 한데 묶었지만 서로 비교할 수 있는지는 알 수 없습니다.",
    "Best score": "최고 점수",
    "no setting with both kinds": "두 유형이 모두 있는 조건 없음",
    "{months:.1f} months behind": "{months:.1f}개월 뒤처짐",
    "{benchmark} (best so far)": "{benchmark} (그때까지의 최고 기록)",
    "Main setting (the stated harness with most models of both kinds)": "주 조건 (두 유형의 모델이 가장 많은, 명시된 하네스)",
    "Any harness (mixed: not comparable)": "모든 하네스 (섞여 있어 비교 불가)",
    "**{benchmark}**, results under **{setting}**": "**{benchmark}**, **{setting}** 조건의 결과",
    "No dated results under this setting. Choose another harness.": "이 조건에는 날짜가 있는 결과가 없습니다. 다른 하네스를 고르세요.",
    "Open frontier behind the proprietary one": "오픈 웨이트 프런티어가 뒤처진 정도",
    "Shaded: the gap between the two frontiers.": "음영: 두 프런티어 사이의 격차.",
    "the frontier": "프런티어",
    "no release date": "출시일 없음",
    "Claims from the MiniMax-M2.5 launch and its coverage, each checked twice against the data: once with only "
    "the numbers published and the models released by the day it was made, and once with everything held today. "
    "Each verdict is computed from the rows that decide it. Select a claim to see those rows.":
        "MiniMax-M2.5 출시와 관련 보도에서 나온 주장을 데이터로 두 번 검증합니다. 한 번은 주장이 나온 날까지 공개된 "
        "수치와 출시된 모델만으로, 한 번은 오늘 보유한 모든 데이터로 검증합니다. 판정은 그 판정을 결정한 행에서 "
        "계산하며, 주장을 선택하면 해당 행을 볼 수 있습니다.",
    "Claimed by": "주장한 곳",
    "Made on": "주장한 날",
    "Select a claim to see its evidence rows and their sources.": "주장을 선택하면 근거 행과 출처를 볼 수 있습니다.",
    "**In the launch article:** “{sentence}”": "**출시 기사 원문:** “{sentence}”",
    "**Claimed:** {claimed} · **by** {claimant} · {day:%Y-%m-%d}": "**주장한 값:** {claimed} · **주장한 곳:** {claimant} · {day:%Y-%m-%d}",
    "Where it was claimed": "주장이 나온 곳",
    "On its date ({day:%Y-%m-%d})": "당일 기준 ({day:%Y-%m-%d})",
    "Evidence": "근거",
    "Counts as": "판정 반영",
    "agrees / differs with the claim; context; not counted (and why)": "주장과 일치 / 불일치, 참고, 제외(와 그 이유)",
}

_HARNESSES = {
    # the Harnesses page (gapboard/ui/sections/harnesses.py, gapboard/core/harness.py, gapboard/views/charts/harnesses.py)
    "One value per model and harness: printed text beats a chart label, then higher confidence, then the newest "
    "run or source, then the higher value; the cell says how many values were reported.":
        "모델·하네스마다 값 하나: 본문 수치가 차트 라벨보다 우선하고, 그다음 신뢰도가 높은 값, 가장 최근 실행이나 출처, "
        "더 높은 값 순으로 고릅니다. 셀에는 보고된 값이 몇 개였는지 함께 적습니다.",
    "Licences of the numbers on this page — {licences}.": "이 페이지 수치의 라이선스 — {licences}.",
    "**non-commercial use only**": "**비상업적 이용만 허용**",
    "non-commercial use only": "비상업적 이용만 허용",
    "No source selected.": "선택한 출처가 없습니다.",
    "Model × harness": "모델 × 하네스",
    "Show models with at least this many named harnesses": "명시된 하네스가 이 개수 이상인 모델만 표시",
    "No harness-attributed values match these filters. Pick another benchmark or more sources.":
        "이 필터에 맞는, 하네스가 명시된 값이 없습니다. 다른 벤치마크를 고르거나 출처를 늘려 보세요.",
    "Sources (licence)": "출처(라이선스)",
    "{models} models × {columns} harness columns; newest value {as_of}.": "모델 {models}개 × 하네스 열 {columns}개, 가장 최근 값은 {as_of}.",
    "{hidden} models with fewer than {min} named harnesses are not shown (lower the slider to see them).":
        "명시된 하네스가 {min}개 미만인 모델 {hidden}개는 표시하지 않았습니다 (슬라이더를 낮추면 보입니다).",
    "Download the matrix (CSV)": "행렬 내려받기 (CSV)",
    "Download every cell with its source (CSV)": "모든 셀과 출처 내려받기 (CSV)",
    "Every cell with its source, reporter, date, cost and licence": "모든 셀과 출처, 보고 주체, 날짜, 비용, 라이선스",
    "Scaffold version": "스캐폴드 버전",
    "Values reported": "보고된 값 수",
    "How many values this cell was chosen from": "이 셀의 값을 고른 후보 수",
    "Date": "날짜",
    "Run date where the leaderboard gives one, else the source's date": "리더보드에 실행일이 있으면 실행일, 없으면 출처의 날짜",
    "Cost per task": "태스크당 비용",
    "Attempts": "시도 횟수",
    "Split / leaderboard": "분할 / 리더보드",
    "Licence": "라이선스",
    "Licence of the dataset the value comes from": "값이 나온 데이터셋의 라이선스",
    "**Not comparable as they stand:**": "**그대로는 비교할 수 없는 점:**",
    "{harness}: scaffold versions differ between models ({versions}).": "{harness}: 모델마다 스캐폴드 버전이 다릅니다 ({versions}).",
    "Values come from different splits or leaderboards: {splits}.": "값의 출처인 분할이나 리더보드가 서로 다릅니다: {splits}.",
    "Run counts differ: {runs}.": "실행 횟수가 다릅니다: {runs}.",
    "not stated": "미기재",
    "Attempts per task differ (more attempts can raise a score): {attempts}.":
        "태스크당 시도 횟수가 다릅니다 (시도가 많으면 점수가 오를 수 있음): {attempts}.",
    "Vendor-reported and third-party values are mixed.": "벤더 발표 값과 서드파티 값이 섞여 있습니다.",
    "{count} value(s) have no stated harness; they are shown apart and left out of the spread.":
        "값 {count}개는 하네스가 명시되지 않아 따로 표시하고 편차 계산에서 뺐습니다.",
    "Harness sensitivity: spread per model": "하네스 민감도: 모델별 편차",
    "Sort by": "정렬 기준",
    "Spread": "편차",
    "Name": "이름",
    "No model has values under two named harnesses with these filters.": "이 필터에서는 명시된 하네스 두 개 이상에 값이 있는 모델이 없습니다.",
    "Bar: lowest to highest value across named harnesses; number: the spread in points. "
    "{model} moves {spread:.1f} points between {low} and {high}.":
        "막대: 명시된 하네스들에서의 최저값~최고값, 숫자: 편차(포인트). {model}의 편차는 {spread:.1f}포인트입니다 "
        "(최저 {low}, 최고 {high}).",
    "the spread chart": "편차 차트",
    "fewer than two named harnesses": "명시된 하네스가 두 개 미만",
    "Rank flips: does the harness change who wins?": "순위 역전: 하네스가 승자를 바꾸는가?",
    "No harness-attributed values match these filters.": "이 필터에 맞는, 하네스가 명시된 값이 없습니다.",
    "Any two models, open or proprietary (the weights filter applies to the matrix and the spread).":
        "오픈 웨이트든 프로프라이어터리든 아무 두 모델이나 고를 수 있습니다 (유형 필터는 행렬과 편차에만 적용).",
    "Model A": "모델 A",
    "Model B": "모델 B",
    "Pick two different models.": "서로 다른 두 모델을 고르세요.",
    "{a} and {b} have no value under a common harness on this benchmark.":
        "이 벤치마크에는 {a}, {b} 두 모델을 함께 측정한 하네스가 없습니다.",
    "Ahead": "앞선 모델",
    "Same harness": "같은 하네스",
    "False: one value has no stated harness": "False: 한쪽 값에 하네스가 명시되지 않음",
    "Caveats": "유의 사항",
    "compared with a value whose source states no harness (as vendor charts often do) — not like for like.":
        "하네스를 밝히지 않은 값과 비교함 (벤더 차트에서 흔함) — 같은 조건의 비교가 아닙니다.",
    "{side}: value with no stated harness": "{side}: 하네스 미기재 값",
    "only one model has a value": "한 모델에만 값이 있음",
    "scaffold versions differ ({a} vs {b})": "스캐폴드 버전이 다름 ({a} 대 {b})",
    "runs differ ({a} vs {b})": "실행 횟수가 다름 ({a} 대 {b})",
    "attempts not stated": "시도 횟수 미기재",
    "attempts differ ({a} vs {b})": "시도 횟수가 다름 ({a} 대 {b})",
    "splits differ ({a} vs {b})": "분할이 다름 ({a} 대 {b})",
    "reported by {a} vs {b}": "보고 주체가 다름 ({a} 대 {b})",
    "runs not stated": "실행 횟수 미기재",
    "1 run": "1회 실행",
    "average of {n} runs": "{n}회 실행 평균",
    "the vendor": "벤더",
    "a third party": "서드파티",
    "unknown": "알 수 없음",
    "{a} and {b} share no harness.": "{a}, {b} 두 모델을 함께 측정한 하네스가 없습니다.",
    "ahead of {b} under {harnesses}": "{harnesses}에서 {b}보다 앞섬",
    "behind under {harnesses}": "{harnesses}에서 뒤처짐",
    "level under {harnesses}": "{harnesses}에서 동률",
    "The ranking flips with the harness: {a} is {parts}.": "하네스에 따라 순위가 뒤집힙니다. {a}: {parts}.",
    "No flip: {a} is {parts}.": "순위 역전 없음. {a}: {parts}.",
    "Per instance, same scaffold: what do open-weight models solve that proprietary ones don't?":
        "같은 스캐폴드, 인스턴스 단위 비교: 오픈 웨이트 모델은 풀고 프로프라이어터리 모델은 못 푼 문제는?",
    "Left out: the per-instance results of {model} ({run}) — {note}": "제외: {model}({run})의 인스턴스별 결과 — {note}",
    "This build was made with --exclude-noncommercial: it leaves out the SWE-bench leaderboard and its "
    "per-instance results (CC BY-NC 4.0).":
        "이 빌드는 --exclude-noncommercial로 만들어져 SWE-bench 리더보드와 인스턴스별 결과(CC BY-NC 4.0)를 뺐습니다.",
    "This build holds no per-instance results.": "이 빌드에는 인스턴스별 결과가 없습니다.",
    "Runs to compare": "비교할 실행",
    "{benchmark}: {runs} runs with per-instance results, under {scaffolds}, up to {instances} instances each ({licences}). "
    "The runs under {scaffold} are selected at first: the scaffold with the most runs of both open-weight and proprietary models.":
        "{benchmark}: 인스턴스별 결과가 있는 실행 {runs}개, 스캐폴드는 {scaffolds}, 실행당 최대 {instances}개 인스턴스 "
        "({licences}). 처음에는 오픈 웨이트와 프로프라이어터리 실행이 가장 많은 스캐폴드인 {scaffold}의 실행을 선택해 둡니다.",
    "The selected runs use different scaffolds ({scaffolds}): a difference on one instance may be the scaffold's, not the model's.":
        "선택한 실행들의 스캐폴드가 서로 다릅니다 ({scaffolds}). 인스턴스 하나의 차이는 모델이 아니라 스캐폴드 때문일 수 있습니다.",
    "{harness} versions differ between the selected runs: {versions}.": "선택한 실행들의 {harness} 버전이 서로 다릅니다: {versions}.",
    "Scaffold changes between versions can move results.": "스캐폴드 버전이 바뀌면 결과도 달라질 수 있습니다.",
    "Pick at least one open-weight and one proprietary run to compare the two groups.":
        "두 그룹을 비교하려면 오픈 웨이트 실행과 프로프라이어터리 실행을 하나 이상씩 고르세요.",
    "Open-weight only": "오픈 웨이트만",
    "Proprietary only": "프로프라이어터리만",
    "Both groups": "두 그룹 모두",
    "Neither": "둘 다 못 풂",
    "Instances solved by at least one selected run of that group only": "해당 그룹의 선택한 실행 중 하나 이상만 푼 인스턴스",
    "Counts are instances with an outcome in every selected run; {count} instances lack one in some run and are not counted.":
        "선택한 모든 실행에 결과가 있는 인스턴스만 셉니다. 일부 실행에 결과가 없는 인스턴스 {count}개는 세지 않았습니다.",
    "List the instances solved by": "다음 그룹이 푼 인스턴스 보기",
    "Instance": "인스턴스",
    "Runs solving it": "푼 실행 수",
    "Solved by": "푼 실행",
    "**Solves, unique solves and cost per solved instance** (unique: no other selected run solves it)":
        "**해결 수, 단독 해결 수, 해결 인스턴스당 비용** (단독: 선택한 다른 실행은 못 푼 인스턴스)",
    "Run": "실행",
    "Instances": "인스턴스 수",
    "With an outcome": "결과 있음",
    "Solved": "해결",
    "Unique solves": "단독 해결",
    "Run cost": "실행 비용",
    "Cost per solved instance": "해결 인스턴스당 비용",
    "API calls per instance": "인스턴스당 API 호출",
    "Costs are the run's own API spend at the prices the leaderboard recorded; a run missing any instance's cost shows none.":
        "비용은 리더보드에 기록된 가격으로 계산한 해당 실행의 API 지출이며, 비용이 빠진 인스턴스가 하나라도 있으면 표시하지 않습니다.",
    "Run A": "실행 A",
    "Run B": "실행 B",
    "Both solve": "둘 다 풂",
    "Only A": "A만 풂",
    "Only B": "B만 풂",
    "Build notes for these datasets (unmapped names, skipped or inconsistent runs)":
        "이 데이터셋들의 빌드 메모 (매핑되지 않은 이름, 건너뛰었거나 일관되지 않은 실행)",
    "No notes.": "메모가 없습니다.",
    "Like for like": "같은 조건",
    "SWE-bench Verified instances": "SWE-bench Verified 인스턴스",
}

_TIMELINE = {
    # the Timeline page (gapboard/ui/sections/timeline.py, gapboard/core/pace.py, gapboard/views/charts/timeline.py)
    " pts": "포인트",
    " min": "분",
    "M tokens": "M 토큰",
    " ≠ harness": " ≠ 하네스",
    "win rate %": "승률 %",
    "minutes": "분",
    "million tokens": "100만 토큰",
    "USD per task": "태스크당 USD",
    "index points": "지수 포인트",
    "score": "점수",
    "{month} (month only)": "{month} (월만 확인)",
    "no sourced release date": "출처가 있는 출시일 없음",
    "no version has a value": "값이 있는 버전 없음",
    "no version has a value under {harness}": "{harness} 하네스로 잰 값이 있는 버전 없음",
    "no reported value on {benchmarks}": "{benchmarks} 보고값 없음",
    "no reported value on {benchmarks} under {harness}": "{harness} 하네스로 잰 {benchmarks} 보고값 없음",
    "Price per version: the lowest listed output price in USD; where several lists give it, the input "
    "price most of them agree on, then the newest list. Every list entry is in the table below.":
        "버전별 가격: 가장 낮은 출력 정가(USD)를 쓰고, 그 가격을 제시한 가격표가 여럿이면 가장 많은 가격표가 일치하는 입력 "
        "가격, 그다음 가장 최근 가격표를 씁니다. 모든 가격표 항목은 아래 표에 있습니다.",
    "fewer than two versions with different release dates in the window": "기간 안에 출시일이 다른 버전이 두 개 미만",
    "no value on this benchmark": "이 벤치마크 값 없음",
    "no value on this benchmark under {harness}": "{harness} 하네스로 잰 이 벤치마크 값 없음",
    "no dated version with a value": "값과 출시일이 모두 있는 버전 없음",
    "released outside the window": "기간 밖에 출시됨",
    "{then} on its date, {now} today": "당일 {then}, 오늘 {now}",
    "points per month": "월별 포인트 변화",
    "versions": "버전 수",
    "first → last": "처음 → 마지막",
    "Versions of one family": "한 패밀리의 버전",
    "Family or vendor": "패밀리 또는 벤더",
    "A vendor shows all its model families; a family shows only its own versions":
        "벤더를 고르면 그 벤더의 모든 모델 패밀리를, 패밀리를 고르면 그 패밀리의 버전만 보여줍니다",
    "Only values measured under this agent scaffold; the headline value may mix harnesses":
        "이 에이전트 스캐폴드로 잰 값만 씁니다. 대표값은 여러 하네스가 섞일 수 있습니다",
    "Any harness (headline value)": "모든 하네스 (대표값)",
    "The change is from the previous version with a value on that benchmark; “≠ harness” marks a change between values "
    "measured under different harnesses, which are not comparable.":
        "변화량은 같은 벤치마크에 값이 있는 직전 버전과 비교한 것이며, “≠ 하네스”는 서로 다른 하네스로 잰 값 사이의 변화라 "
        "비교할 수 없다는 표시입니다.",
    "hollow marker = only the month of release is known; the bar spans that month": "속이 빈 표시 = 출시 월만 알려짐, 막대는 그 달 전체",
    "Pick at least one benchmark to see the versions' scores.": "버전별 점수를 보려면 벤치마크를 하나 이상 고르세요.",
    "No version of {family} has a dated value on the chosen benchmarks.": "{family}에는 선택한 벤치마크에 날짜가 있는 값을 가진 버전이 없습니다.",
    "Newest value on the chart: {as_of}.": "차트의 가장 최근 값: {as_of}.",
    "the version chart": "버전 차트",
    "Runtime, tokens and cost per task": "태스크당 실행 시간, 토큰, 비용",
    "Every value per version, with its source": "버전별 모든 값과 출처",
    "Metric": "지표",
    "From version": "비교 버전",
    "Change": "변화",
    "Change %": "변화율 %",
    "Harness differs": "하네스 다름",
    "Not comparable: another harness": "비교 불가: 다른 하네스",
    "All values reported": "보고된 모든 값",
    "Download this table (CSV)": "이 표 내려받기 (CSV)",
    "Scores reported differently by different sources": "출처마다 다르게 보고된 점수",
    "The same version, benchmark and harness with different values: every one is shown with its source.":
        "같은 버전·벤치마크·하네스인데 값이 다른 경우로, 모두 출처와 함께 보여줍니다.",
    "Price, speed and downloads per version": "버전별 가격, 속도, 다운로드",
    "Tier": "등급",
    "Output $/Mtok across lists": "가격표별 출력 $/Mtok",
    "Tokens/s tier": "Tokens/s 등급",
    "Params (B)": "파라미터(B)",
    "Active (B)": "활성(B)",
    "Input $/Mtok": "입력 $/Mtok",
    "Output $/Mtok": "출력 $/Mtok",
    "Price entries": "가격 항목 수",
    "Tokens/s (fastest stated)": "Tokens/s (명시된 최고 속도)",
    "HF downloads last month": "지난달 HF 다운로드",
    "Downloads as of": "다운로드 기준일",
    "Published claims checked": "검증한 공개 주장",
    "Price source": "가격 출처",
    "Model source": "모델 출처",
    "Download version facts (CSV)": "버전 정보 내려받기 (CSV)",
    "Published claims about these versions, checked against the data": "이 버전들에 관한 공개 주장과 데이터 검증 결과",
    "What the data says": "데이터가 말하는 것",
    "Every claim and its evidence rows": "모든 주장과 근거 행 보기",
    "Where each version's date, parameters and downloads come from": "버전별 출시일, 파라미터, 다운로드 수의 출처",
    "Date precision": "날짜 정밀도",
    "LMArena overall score of this family's models": "이 패밀리 모델들의 LMArena 종합 점수",
    "{models} models, snapshots {first} to {last}; a model is drawn only at snapshots where it was on the leaderboard.":
        "모델 {models}개, 스냅숏 {first}~{last}. 모델은 리더보드에 있던 스냅숏에만 그립니다.",
    "Pace of improvement across families": "패밀리별 개선 속도",
    "Harness for the independent view": "독립 데이터에 쓸 하네스",
    "Families": "패밀리",
    "Vendors or model families; the same choice drives the LMArena chart below": "벤더나 모델 패밀리. 아래 LMArena 차트에도 같은 선택이 적용됩니다",
    "Window from": "기간 시작",
    "Window to": "기간 끝",
    "The window ends before it starts, so it holds no versions; swap the two dates.":
        "기간의 끝이 시작보다 앞서서 해당하는 버전이 없습니다. 두 날짜를 바꾸세요.",
    "Pick at least one family to compare.": "비교할 패밀리를 하나 이상 고르세요.",
    "under {harness} only, so every family is measured the same way.": "{harness} 하네스로 잰 값만 써서 모든 패밀리를 같은 방식으로 잽니다.",
    "headline values: harnesses may differ between models, so the points are not strictly comparable.":
        "대표값: 모델마다 하네스가 다를 수 있어 점들을 엄밀하게 비교할 수는 없습니다.",
    "Points per month, side by side": "월별 포인트 변화 비교",
    "Points per month: least-squares slope of the value on release date over the versions released in the window "
    "({start} to {end}; a month = 30.44 days; a month-only release date counts as the middle of its month). It needs two "
    "versions with different dates. Dashed lines in the charts draw that fit.":
        "월별 포인트 변화: 기간({start}~{end}) 안에 출시된 버전들의 값을 출시일에 대해 최소제곱으로 구한 기울기입니다 "
        "(한 달 = 30.44일, 월만 알려진 출시일은 그달 중간으로 계산). 날짜가 다른 버전이 두 개 이상 필요하며, 차트의 점선이 "
        "그 추세선입니다.",
    "Independent view": "독립 데이터",
    "The vendor's view": "벤더 자체 차트",
    "No dated values in this window.": "이 기간에는 날짜가 있는 값이 없습니다.",
    "{view}: every point, with its source": "{view}: 모든 점과 출처",
    "A longer independent series: LMArena overall score": "더 긴 독립 시계열: LMArena 종합 점수",
    "Arena window from": "Arena 기간 시작",
    "Arena window to": "Arena 기간 끝",
    "None of the chosen families has LMArena history in this window.": "선택한 패밀리 중 이 기간에 LMArena 기록이 있는 곳이 없습니다.",
    "Arena points": "Arena 포인트",
    "Snapshots in window": "기간 내 스냅숏 수",
    "First": "처음",
    "Last": "마지막",
    "Points per month": "월별 포인트 변화",
    "Least-squares slope of value on date in the window": "기간 안에서 날짜에 대한 값의 최소제곱 기울기",
    "Months": "개월",
    "Change ({unit})": "변화 ({unit})",
    "the LMArena chart": "LMArena 차트",
    "not in the LMArena history ({first} to {last})": "LMArena 기록({first}~{last})에 없음",
    "Each line is the family's best overall Arena score at each of {snapshots} leaderboard snapshots; a "
    "dot marks a new model taking the lead (hover for its name) and the latest leader is named at the end of the line. "
    "Arena scores are relative (Elo-style) ratings from human preference votes, so the scale drifts as models join; "
    "compare slopes, not levels across years. A snapshot where a model was not on the leaderboard is missing, never "
    "zero. Source: nakasyou/lmarena-history (MIT), converted from LMArena's published results.":
        "각 선은 리더보드 스냅숏 {snapshots}개 시점마다 패밀리가 기록한 최고 Arena 종합 점수입니다. 점은 새 모델이 선두에 오른 "
        "시점(마우스를 올리면 이름 표시)이고, 선 끝에는 최신 선두 모델 이름을 적었습니다. Arena 점수는 사람의 선호 투표로 "
        "매기는 상대 평점(Elo 방식)이라 모델이 추가될수록 척도가 움직이므로, 해가 다른 점수의 수준이 아니라 기울기를 비교하세요. "
        "모델이 리더보드에 없던 스냅숏은 0이 아니라 빈 값으로 둡니다. 출처: nakasyou/lmarena-history (MIT), LMArena 공개 결과를 변환.",
    "Between the {previous} and {snapshot} snapshots the median score of the {models} models on both moved by "
    "{change:+.0f} points: the rating scale changed, not the models. A slope across that date mixes two scales, so the "
    "window starts after the last such change unless you move it.":
        "{previous} 스냅숏과 {snapshot} 스냅숏 사이에 양쪽에 모두 있는 모델 {models}개의 점수 중앙값이 {change:+.0f}포인트 "
        "움직였습니다. 모델이 아니라 평점 척도가 바뀐 것입니다. 그 날짜를 가로지르는 기울기는 두 척도를 섞게 되므로, 직접 "
        "옮기지 않는 한 기간은 마지막 척도 변경 이후부터 시작합니다.",
    "Leader": "선두 모델",
    "New leader": "새 선두 모델",
    "Snapshot": "스냅숏",
    "Score": "점수",
    "rating scale changed": "평점 척도 변경",
    "LMArena snapshot": "LMArena 스냅숏",
    "Best overall Arena score in the family": "패밀리 내 최고 Arena 종합 점수",
    "Overall Arena score": "Arena 종합 점수",
    "From": "비교 버전",
}

_SOURCES = {
    # the Sources page (gapboard/ui/sections/sources.py, gapboard/core/provenance.py, gapboard/views/sources.py)
    "Dataset registry": "데이터셋 목록",
    "Id": "ID",
    "Ships": "포함 여부",
    "Whether its data is in Gapboard and its download": "Gapboard와 다운로드 파일에 데이터가 들어 있는지 여부",
    "Licence text": "라이선스 원문",
    "Commercial use": "상업적 이용",
    "Records": "레코드 수",
    "Rows it contributed to the built tables": "빌드된 테이블에 들어간 행 수",
    "First record": "첫 레코드",
    "Oldest as-of date of its records": "레코드 중 가장 오래된 기준일",
    "Newest record": "최신 레코드",
    "Snapshot as of": "스냅숏 기준일",
    "Records per table": "테이블별 레코드 수",
    "Origin (repository and commit, or release)": "원본 (저장소와 커밋, 또는 릴리스)",
    "Origin URL": "원본 URL",
    "Attribution": "저작자 표시",
    "What it holds": "담고 있는 내용",
    "A dataset that does not ship is listed so you can see why its data is absent: its licence does not let "
    "Gapboard redistribute it. Every row of every table names its dataset in the `dataset` column.":
        "포함되지 않은 데이터셋도 데이터가 왜 없는지 알 수 있도록 목록에 올렸습니다. 라이선스상 Gapboard가 재배포할 수 없는 "
        "데이터셋입니다. 모든 테이블의 모든 행은 `dataset` 열에 자신의 데이터셋을 밝힙니다.",
    "Attribution ({name}): {attribution}": "저작자 표시 ({name}): {attribution}",
    "Freshness": "최신성",
    "{name}: not shipped, licence {licence}": "{name}: 포함하지 않음, 라이선스 {licence}",
    "{name}: no dated records in this build": "{name}: 이 빌드에 날짜가 있는 레코드 없음",
    "{name} ends {month} (newest record {newest}; snapshot as of {as_of})": "{name}: {month}까지 (최신 레코드 {newest}, 스냅숏 기준일 {as_of})",
    "Freshness as a table": "최신성 표로 보기",
    "Months since newest record": "최신 레코드 이후 개월 수",
    "Coverage per vendor": "벤더별 커버리지",
    "Per vendor, the newest model Gapboard knows beside the newest one any source here gives a score for. A gap "
    "between them means newer models are listed (from a price list or a dataset) before anyone has scored them.":
        "벤더마다 Gapboard가 아는 가장 새 모델과, 여기 있는 출처 중 하나라도 점수를 제시한 가장 새 모델을 나란히 보여줍니다. "
        "둘이 다르면 새 모델이 (가격표나 데이터셋을 통해) 목록에는 올랐지만 아직 누구도 점수를 매기지 않았다는 뜻입니다.",
    "Newest model known": "알려진 최신 모델",
    "Newest model with scores": "점수가 있는 최신 모델",
    "Models": "모델 수",
    "With scores": "점수 있음",
    "Newer, no score": "더 새롭고 점수 없음",
    "Models released after the vendor's newest scored model that have no score yet": "벤더의 점수 있는 최신 모델 이후 출시되어 아직 점수가 없는 모델",
    "Build notes": "빌드 메모",
    "What the build of version {version} wants you to know, e.g. names no mapping table covers.":
        "버전 {version} 빌드가 알리는 내용입니다 (예: 어떤 매핑 테이블에도 없는 이름).",
    "No notes: every external name was mapped.": "메모 없음: 외부 이름이 모두 매핑되었습니다.",
    "This build (made {built} UTC) has no earlier build to compare with, or nothing changed since it: a refresh or a "
    "data edit lists its changes here.":
        "이 빌드({built} UTC)에는 비교할 이전 빌드가 없거나 그 뒤로 바뀐 것이 없습니다. 갱신하거나 데이터를 수정하면 변경 "
        "사항이 여기 나옵니다.",
    "Since the build of {built} UTC: {summary}.": "{built} UTC 빌드 이후: {summary}.",
    "Benchmark · harness, or provider · tier": "벤치마크 · 하네스, 또는 제공처 · 등급",
    "Before": "이전",
    "Now": "현재",
    "Date of the number": "수치의 날짜",
    "A source link is compared without its line number or pinned commit, so a refreshed snapshot only lists what "
    "really changed.":
        "출처 링크는 줄 번호와 고정 커밋을 빼고 비교하므로, 스냅숏을 갱신해도 실제로 바뀐 것만 나옵니다.",
    "{name} (yours)": "{name} (내 결과)",
    "All benchmarks": "전체 벤치마크",
    "Scores held for {model}": "{model}의 보유 점수",
    "No scores are held for this choice.": "이 선택에 해당하는 점수가 없습니다.",
    "How the number appears in its source": "수치가 출처에 나온 형태",
    "Your $/task": "내 $/태스크",
    "Your tokens/task": "내 토큰/태스크",
    "vs headline": "대표값과 차이",
    "This value minus the headline value (same unit)": "이 값 − 대표값 (같은 단위)",
    "Agreement": "일치 여부",
    "conflict: {count} sources give {values} under this harness": "충돌: 이 하네스에서 출처 {count}곳의 값이 다름 ({values})",
    "{count} sources agree": "출처 {count}곳 일치",
    "yours": "내 결과",
    "{count} values.": "값 {count}개.",
    "A value under a different harness is not comparable with the headline even when the benchmark is the same.":
        "하네스가 다르면 벤치마크가 같아도 대표값과 비교할 수 없습니다.",
    "Model facts, by source": "출처별 모델 정보",
    "Gapboard holds no facts for this model (it is one of yours).": "Gapboard에는 이 모델의 정보가 없습니다 (직접 올린 모델입니다).",
    "Fact": "항목",
    "Compared with models.csv": "models.csv와 비교",
    "models.csv": "models.csv",
    "missing in models.csv": "models.csv에 없음",
    "fills a gap in models.csv": "models.csv의 빈칸을 채움",
    "agrees with models.csv": "models.csv와 일치",
    "differs from models.csv": "models.csv와 다름",
    "External catalogues never overwrite models.csv: their values are shown beside it and fill its gaps here.":
        "외부 카탈로그는 models.csv를 덮어쓰지 않습니다. 그 값은 옆에 나란히 보여주고, 여기서 빈칸만 채웁니다.",
    "Prices, by price list": "가격표별 가격",
    "No prices are held for this model.": "이 모델의 가격 정보가 없습니다.",
    "Provider": "제공처",
    "Valid from": "적용 시작",
    "Valid to": "적용 끝",
    "Input $/M": "입력 $/M",
    "Cached input $/M": "캐시 입력 $/M",
    "Tokens/s": "Tokens/s",
    "Attribution — {credit}": "저작자 표시 — {credit}",
    "Bring your own results": "내 결과 올리기",
    "Upload a CSV (UTF-8) or Parquet file of your own evaluation results, up to {mb} MB and {rows:,} rows. Your rows appear "
    "as **yours** beside the public values, **in this browser session only**: nothing is written to Gapboard's data and no "
    "other session can see them. Bad rows are listed with their line and reason; good rows are kept.":
        "직접 평가한 결과를 CSV(UTF-8)나 Parquet 파일로 올리세요. 최대 {mb} MB, {rows:,}행까지입니다. 올린 행은 공개 값 옆에 "
        "**내 결과**로 표시되며 **이 브라우저 세션에서만** 보입니다. Gapboard 데이터에는 아무것도 기록하지 않고 다른 세션도 볼 "
        "수 없습니다. 잘못된 행은 줄 번호와 이유를 알려주고, 올바른 행은 그대로 씁니다.",
    "Column": "열",
    "Required": "필수 여부",
    "Meaning": "의미",
    "Example": "예시",
    "required": "필수",
    "optional": "선택",
    "A Gapboard model id or name (e.g. minimax-m2.5), or the name of your own model": "Gapboard 모델 ID나 이름(예: minimax-m2.5), 또는 직접 만든 모델의 이름",
    "A Gapboard benchmark id or name (e.g. swe-bench-verified)": "Gapboard 벤치마크 ID나 이름(예: swe-bench-verified)",
    "A Gapboard harness id or name, or your own scaffold's name; blank if none": "Gapboard 하네스 ID나 이름, 또는 직접 쓴 스캐폴드 이름. 없으면 빈칸",
    "The result, in `unit`": "결과값 (`unit` 단위)",
    "percent, win_rate, elo, index_points, score, usd, usd_per_task, minutes or million_tokens; blank = the benchmark's own unit":
        "percent, win_rate, elo, index_points, score, usd, usd_per_task, minutes, million_tokens 중 하나. 빈칸이면 벤치마크의 기본 단위",
    "When you measured it, YYYY-MM-DD": "측정한 날짜, YYYY-MM-DD",
    "Anything a reader should know: runs, settings, caveats": "읽는 사람이 알아야 할 내용: 실행 횟수, 설정, 유의 사항",
    "Average USD spent per task": "태스크당 평균 비용(USD)",
    "Average tokens used per task (a count, not millions)": "태스크당 평균 사용 토큰 (100만 단위가 아닌 개수)",
    "open or proprietary; required for a model Gapboard does not list": "open 또는 proprietary. Gapboard 목록에 없는 모델이면 필수",
    "Download the template (CSV)": "템플릿 내려받기 (CSV)",
    "Your results (CSV or Parquet)": "내 결과 (CSV 또는 Parquet)",
    "Could not read {file}: {error}": "{file} 파일을 읽지 못했습니다: {error}",
    "Nothing changed: your {rows} from {file} are still in use.": "바뀐 것은 없습니다. {file}에서 올린 {rows}을 계속 씁니다.",
    "{kept} kept from {file}; {rejected} rejected.": "{file}에서 {kept} 반영, {rejected} 제외.",
    "{n} row": "{n}행",
    "{n} rows": "{n}행",
    "Row": "행",
    "**Rows not kept** (row numbers as in your file)": "**반영하지 않은 행** (행 번호는 파일 기준)",
    "**Rows not kept** (line numbers as in your file)": "**반영하지 않은 행** (줄 번호는 파일 기준)",
    "Reason": "이유",
    "**Your rows**": "**내 행**",
    "Notes": "메모",
    "Tokens/task": "토큰/태스크",
    "Download your rows (CSV)": "내 행 내려받기 (CSV)",
    "Remove my rows": "내 행 삭제",
    "“yours” = your upload, this session only": "“내 결과” = 직접 올린 값, 이 세션에서만 보임",
    "The file in Gapboard's data it was read from": "Gapboard 데이터에서 이 값을 읽어 온 파일",
    "Download": "다운로드",
    "Download {table} as CSV ({rows} rows)": "{table} CSV로 내려받기 ({rows}행)",
    "Every table carries its source columns (dataset, source URL where the source has one, and the file "
    "and line each row was read from). Cells that start like a spreadsheet formula are prefixed with ' so "
    "they can never run.":
        "모든 테이블에는 출처 열(데이터셋, 출처 URL이 있으면 그 URL, 각 행을 읽어 온 파일과 줄)이 들어 있습니다. 스프레드시트 "
        "수식처럼 시작하는 셀은 실행되지 않도록 앞에 '를 붙였습니다.",
    "Download the whole build (Parquet, zip)": "빌드 전체 내려받기 (Parquet, zip)",
    "The zip is laid out like data/built/: manifest.json, one Parquet file per table, and LICENCES.md "
    "with every dataset's licence, origin and attribution.":
        "zip 파일은 data/built/와 같은 구조입니다: manifest.json, 테이블마다 Parquet 파일 하나, 그리고 모든 데이터셋의 "
        "라이선스·원본·저작자 표시를 담은 LICENCES.md.",
    "Including {included} of your {total} uploaded row from {file}, marked “(yours)” — only you see them, in this browser "
    "session. Each is its own row beside the public ones: your values never replace a public value.":
        "{file}에서 올린 {total}행 중 {included}행을 “(내 결과)”로 표시해 포함했습니다. 이 브라우저 세션에서 나만 볼 수 "
        "있습니다. 각 행은 공개 값 옆의 별도 행이며, 내 값이 공개 값을 대신하는 일은 없습니다.",
    "Including {included} of your {total} uploaded rows from {file}, marked “(yours)” — only you see them, in this browser "
    "session. Each is its own row beside the public ones: your values never replace a public value.":
        "{file}에서 올린 {total}행 중 {included}행을 “(내 결과)”로 표시해 포함했습니다. 이 브라우저 세션에서 나만 볼 수 "
        "있습니다. 각 행은 공개 값 옆의 별도 행이며, 내 값이 공개 값을 대신하는 일은 없습니다.",
    "Your results on the Sources page (see or remove them)": "출처 페이지의 내 결과 (확인하거나 삭제)",
    "This view had {count} row of your own uploaded results. Uploaded rows are kept only in the browser session "
    "that uploaded them, on the server that held it, and that session has ended (the page was reloaded, or its "
    "server restarted or was replaced), so they are not shown here. Upload the file again to see them.":
        "이 화면에는 직접 올린 결과 {count}행이 있었습니다. 올린 행은 그 파일을 올린 브라우저 세션과 그 세션을 맡은 서버에만 "
        "보관되는데, 그 세션이 끝났기 때문에(페이지를 새로 고쳤거나 서버가 재시작·교체됨) 여기에는 표시하지 않습니다. 다시 "
        "보려면 파일을 다시 올리세요.",
    "This view had {count} rows of your own uploaded results. Uploaded rows are kept only in the browser session "
    "that uploaded them, on the server that held it, and that session has ended (the page was reloaded, or its "
    "server restarted or was replaced), so they are not shown here. Upload the file again to see them.":
        "이 화면에는 직접 올린 결과 {count}행이 있었습니다. 올린 행은 그 파일을 올린 브라우저 세션과 그 세션을 맡은 서버에만 "
        "보관되는데, 그 세션이 끝났기 때문에(페이지를 새로 고쳤거나 서버가 재시작·교체됨) 여기에는 표시하지 않습니다. 다시 "
        "보려면 파일을 다시 올리세요.",
    "Upload your results again": "내 결과 다시 올리기",
    # upload messages (gapboard/core/uploads.py)
    "The file is empty. Start from the template: a header row, then one result per line.":
        "빈 파일입니다. 템플릿처럼 머리글 행 다음에 결과를 한 줄에 하나씩 적으세요.",
    "The file is {size:.1f} MB; the limit is {limit} MB. Split it into smaller files.":
        "파일 크기가 {size:.1f} MB로 한도 {limit} MB를 넘습니다. 더 작은 파일로 나누세요.",
    "This is a zip or Excel workbook, not CSV or Parquet. In your spreadsheet, save as “CSV UTF-8”.":
        "CSV나 Parquet가 아니라 zip 또는 Excel 통합 문서입니다. 스프레드시트에서 “CSV UTF-8”로 저장하세요.",
    "The file starts like UTF-16 text but is not: {reason}. Save it as “CSV UTF-8”.":
        "UTF-16 텍스트처럼 시작하지만 그렇지 않습니다: {reason}. “CSV UTF-8”로 저장하세요.",
    "The file is not UTF-8 text (byte 0x{byte:02x} at position {position}). If it is a CSV, save it as “CSV UTF-8”; "
    "binary files cannot be read.":
        "UTF-8 텍스트가 아닙니다 (위치 {position}의 바이트 0x{byte:02x}). CSV라면 “CSV UTF-8”로 저장하세요. 바이너리 파일은 "
        "읽을 수 없습니다.",
    "The file contains binary data (NUL bytes), not CSV text.": "CSV 텍스트가 아니라 바이너리 데이터(NUL 바이트)가 들어 있습니다.",
    "header (line 1)": "머리글(1행)",
    "Parquet schema": "Parquet 스키마",
    "The {where} repeats column(s) {columns}.": "{where}에 같은 열이 반복됩니다: {columns}.",
    "Unknown column(s) in the {where}: {unknown}. The columns are: {columns}.": "{where}에 알 수 없는 열이 있습니다: {unknown}. 쓸 수 있는 열: {columns}.",
    " (did you mean {name!r}?)": " (혹시 {name!r}?)",
    "The {where} lacks the required column(s) {missing}. The columns are: {columns}.":
        "{where}에 필수 열이 없습니다: {missing}. 쓸 수 있는 열: {columns}.",
    "The file has more than {limit:,} rows. Split it into smaller files.": "{limit:,}행을 넘습니다. 더 작은 파일로 나누세요.",
    "Line {line} is not valid CSV ({problem}). Check its quotes.": "{line}번째 줄이 올바른 CSV가 아닙니다 ({problem}). 따옴표를 확인하세요.",
    "The file has {rows:,} rows; the limit is {limit:,}. Split it into smaller files.": "{rows:,}행으로 한도 {limit:,}행을 넘습니다. 더 작은 파일로 나누세요.",
    "Column(s) {columns} hold lists or structures; each cell must be one value.": "{columns} 열에 목록이나 구조체가 들어 있습니다. 셀마다 값이 하나여야 합니다.",
    "This is not a readable Parquet file ({problem}).": "읽을 수 있는 Parquet 파일이 아닙니다 ({problem}).",
    "The Parquet data expands to {size:.0f} MB; the limit is {limit} MB.": "Parquet 데이터를 풀면 {size:.0f} MB로 한도 {limit} MB를 넘습니다.",
    "The file has a header but no rows.": "머리글만 있고 행이 없습니다.",
    "{count} values but the header has fewer columns": "값이 {count}개인데 머리글의 열은 그보다 적습니다",
    "repeats row {line}": "{line}번째 행과 같음",
    "repeats line {line}": "{line}번째 줄과 같음",
    "required, but blank": "필수 값인데 비어 있음",
    "not a number": "숫자가 아님",
    "must be at least {ge}": "{ge} 이상이어야 함",
    "must be at most {le}": "{le} 이하여야 함",
    "longer than {max_length} characters": "{max_length}자보다 김",
    "must not be empty": "비어 있으면 안 됨",
    "must be one of {expected}": "다음 중 하나여야 함: {expected}",
    "must be a date written YYYY-MM-DD": "YYYY-MM-DD 형식의 날짜여야 함",
    "must be a date without a time of day": "시각 없이 날짜만 있어야 함",
    "contains control characters": "제어 문자가 들어 있음",
    "must be a finite number": "유한한 숫자여야 함",
    "must be between {earliest} and today ({today})": "{earliest}부터 오늘({today}) 사이여야 함",
    "{model!r} is not a Gapboard model{hint}; to add it as your own, give its weights (open or proprietary)":
        "Gapboard에 없는 모델입니다: {model!r}{hint}. 직접 만든 모델로 추가하려면 weights(open 또는 proprietary)를 적으세요",
    "Gapboard lists {model} as {weights}": "Gapboard 목록의 {model}: {weights} 모델",
    "unknown benchmark {benchmark!r}{hint}": "알 수 없는 벤치마크 {benchmark!r}{hint}",
    "{benchmark} is measured in {units}, not {unit}": "{benchmark}의 단위는 {units} ({unit} 아님)",
    "{score:g} is out of range for {unit} ({low:g} to {high:g})": "{score:g}: {unit}의 범위({low:g}~{high:g}) 밖",
}

_COST = {
    # the Cost page (gapboard/ui/sections/cost.py, gapboard/core/cost.py, gapboard/views/cost.py)
    "Rows with a cost per task appear under Score vs cost, Published run cost; Gapboard has no price for them.":
        "태스크당 비용이 있는 행은 ‘점수 대비 비용’ 탭의 ‘공개된 실행 비용’에 나옵니다. Gapboard에는 이 모델들의 가격이 없습니다.",
    "Pick at least one model with a USD price.": "USD 가격이 있는 모델을 하나 이상 고르세요.",
    "Models to compare": "비교할 모델",
    "Baseline for ratios": "비율의 기준 모델",
    "Prices": "가격 기준",
    "Latest": "최신",
    "At launch": "출시 당시",
    "Auto price choice": "가격 자동 선택",
    "Vendor's API": "벤더 API",
    "Cheapest provider": "가장 싼 제공처",
    "At launch: per provider and tier, the earliest-dated USD row (valid-from date, else the date the list was read); a row "
    "with no valid-from date is the earliest we hold, not necessarily the launch price.":
        "출시 당시: 제공처·등급마다 날짜가 가장 이른 USD 행(적용 시작일, 없으면 가격표를 읽은 날짜)을 씁니다. 적용 시작일이 "
        "없는 행은 보유한 것 중 가장 이른 가격일 뿐 출시 가격이라는 보장은 없습니다.",
    "Latest: per provider and tier, the newest USD row that has not ended (valid-to blank); on the same date the vendor's own "
    "list beats a third-party copy.":
        "최신: 제공처·등급마다 아직 끝나지 않은(적용 끝 날짜가 빈칸인) 가장 새 USD 행을 씁니다. 날짜가 같으면 벤더 자체 "
        "가격표가 서드파티 사본보다 우선합니다.",
    "Auto picks the model's own developer's API (cheapest of its tiers for this workload); a model with no first-party USD "
    "price falls back to the cheapest listed provider.":
        "자동 선택은 모델 개발사의 자체 API(이 워크로드에서 가장 싼 등급)를 고르고, 자체 USD 가격이 없는 모델은 목록에서 "
        "가장 싼 제공처를 씁니다.",
    "Auto picks whichever listed provider and tier is cheapest for this workload.": "자동 선택은 이 워크로드에서 가장 싼 제공처와 등급을 고릅니다.",
    "Price per model: provider and tier": "모델별 가격: 제공처와 등급",
    "Auto": "자동",
    "**No USD price — not costed, not ranked:**": "**USD 가격 없음 — 비용 계산과 순위에서 제외:**",
    "no price list we hold covers it": "보유한 어떤 가격표에도 없음",
    "only price lists without a USD figure ({lists}); no sourced exchange rate is applied":
        "USD 금액이 없는 가격표뿐임 ({lists}). 출처가 있는 환율이 없어 환산하지 않음",
    "Requests": "요청",
    "Requests per day": "하루 요청 수",
    "Input tokens per request": "요청당 입력 토큰",
    "Output tokens per request": "요청당 출력 토큰",
    "Share of input served from cache (%)": "캐시에서 처리하는 입력 비율 (%)",
    "Working days per month": "월 근무일",
    "Agents running continuously": "쉬지 않고 도는 에이전트",
    "Agents running": "에이전트 수",
    "Hours per day": "하루 가동 시간",
    "Input tokens per output token (assumption)": "출력 토큰당 입력 토큰 (가정)",
    "Output tokens/s where no speed is sourced (assumption)": "출처가 있는 속도가 없을 때의 출력 tokens/s (가정)",
    "Use each model's sourced speed where known": "출처가 있는 모델별 속도를 알면 그 값 사용",
    "Monthly cost · {model}": "월 비용 · {model}",
    "Cheapest · {model}": "최저 비용 · {model}",
    "Cheapest vs baseline": "기준 모델 대비 최저 비용",
    "Monthly cost per model, cheapest first": "모델별 월 비용, 저렴한 순",
    "The figures above follow the sliders as they move; the tabs below follow when a slider is released.":
        "위 수치는 슬라이더를 움직이는 동안 바로 바뀌고, 아래 탭은 슬라이더를 놓으면 따라 바뀝니다.",
    "no ratio at zero cost": "비용이 0이라 비율 없음",
    "Prices used: the newest {as_of}.": "적용한 가격: 가장 최근 것은 {as_of}.",
    "Price used": "적용 가격",
    "Provider · tier": "제공처 · 등급",
    "Why this price": "이 가격을 쓴 이유",
    "The dated list the figure comes from": "수치가 나온, 날짜가 있는 가격표",
    "Total $/month": "합계 $/월",
    "vs {name}": "{name} 대비",
    "Requests $/month": "요청 $/월",
    "Agents $/month": "에이전트 $/월",
    "Effective input $/M": "실효 입력 $/M",
    "Sorted cheapest first. A model with no listed cached-input price is charged its full input price for cached tokens.":
        "싼 순서로 정렬했습니다. 캐시 입력 가격이 없는 모델은 캐시된 토큰에도 입력 정가를 매깁니다.",
    "same as {name}": "동일 ({name} 대비)",
    "same": "같음",
    "$0 vs {name}": "$0 ({name} 대비)",
    "{share} of {name}": "{name}의 {share}",
    "{times} {name}": "{name}의 {times}",
    "auto: cheapest listed for this workload": "자동: 이 워크로드에서 가장 싼 가격",
    "auto: first-party API, cheapest tier for this workload": "자동: 자체 API, 이 워크로드에서 가장 싼 등급",
    "auto: no first-party USD price; cheapest listed for this workload": "자동: 자체 USD 가격이 없어 이 워크로드에서 가장 싼 가격",
    "your choice": "직접 선택",
    "sourced: {note}": "출처 있음: {note}",
    "assumption (your setting)": "가정 (직접 설정한 값)",
    "{tps:g} tokens/s in this price list": "이 가격표의 {tps:g} tokens/s",
    "{tps:g} tokens/s from {list}": "{list}의 {tps:g} tokens/s",
    "Output tokens/s": "출력 tokens/s",
    "Speed from": "속도 출처",
    "$/hour, output only": "$/시간, 출력만",
    "$/hour with {ratio:g} input per output token": "$/시간 (출력 토큰당 입력 {ratio:g})",
    "Your agents $/month": "내 에이전트 $/월",
    "Vendor claims beside the arithmetic": "벤더 주장과 계산 결과 비교",
    "**{model} · {tier}** — {reporter} claim: “{claim}” ({source}, {day}).": "**{model} · {tier}** — {reporter}의 주장: “{claim}” ({source}, {day}).",
    "No USD price for this tier in the chosen price lists, so nothing to compare.": "선택한 가격표에 이 등급의 USD 가격이 없어 비교할 것이 없습니다.",
    "Computed with {list} ({source}; input {input}/M, output {output}/M): output alone {tps:g} × 3,600 × {output}/M = "
    "**{hourly}/hour**.":
        "{list} 기준 계산 ({source}, 입력 {input}/M, 출력 {output}/M): 출력만 {tps:g} × 3,600 × {output}/M = **시간당 {hourly}**.",
    "The input price is 0, so no input assumption changes the figure.": "입력 가격이 0이라 입력을 어떻게 가정해도 값은 그대로입니다.",
    "Output alone already costs more than the claim: no input volume reconciles them.":
        "출력만으로도 주장보다 비쌉니다. 어떤 입력량으로도 맞출 수 없습니다.",
    "The source does not state its input assumption; the claim holds if every output token comes with "
    "**{ratio:.2f} input tokens** ({per_second:,.0f} input tokens/s).":
        "출처는 입력을 어떻게 가정했는지 밝히지 않습니다. 출력 토큰마다 **입력 토큰 {ratio:.2f}개**(입력 {per_second:,.0f} "
        "tokens/s)가 따라온다면 주장이 맞습니다.",
    "No source gives tokens or cost per task for any benchmark.": "어떤 벤치마크에도 태스크당 토큰이나 비용을 제시한 출처가 없습니다.",
    "Tokens per task where no source gives them (millions) — assumption": "출처가 없을 때의 태스크당 토큰 (100만 단위) — 가정",
    "Tokens/task (M)": "토큰/태스크 (M)",
    "Tokens source": "토큰 출처",
    "Tokens basis": "토큰 근거",
    "sourced": "출처 있음",
    "Success %": "성공률 %",
    "Score source": "점수 출처",
    "Computed $/task": "계산 $/태스크",
    "Computed $/resolved task": "계산 $/해결 태스크",
    "Published $/task": "공개 $/태스크",
    "Published source": "공개 출처",
    "Published $/resolved task": "공개 $/해결 태스크",
    "Published run": "공개된 실행",
    "score from the same run": "같은 실행의 점수",
    "headline score": "대표 점수",
    "Input tokens per output token: {ratio:g} (the agent setting), cache share {share:.0%}. Published cost comes from "
    "the benchmark run's own bill and is divided by the success rate of the same run where the source gives it. "
    "Computed and published figures use different harnesses and runs: compare them as orders of magnitude.":
        "출력 토큰당 입력 토큰: {ratio:g} (에이전트 설정), 캐시 비율 {share:.0%}. 공개 비용은 벤치마크 실행 자체의 청구액이며, "
        "출처가 같은 실행의 성공률을 제시하면 그 값으로 나눕니다. 계산값과 공개값은 하네스와 실행이 다르므로 자릿수 수준으로만 "
        "비교하세요.",
    "Cost axis": "비용 축",
    "Your workload": "내 워크로드",
    "Published run cost": "공개된 실행 비용",
    "No source publishes a cost per task together with a {benchmark} score. Benchmarks with published task costs or "
    "tokens: {benchmarks}.":
        "{benchmark} 점수와 함께 태스크당 비용을 공개한 출처가 없습니다. 태스크 비용이나 토큰이 공개된 벤치마크: {benchmarks}.",
    "On the Pareto frontier": "파레토 프런티어",
    "No other point is both cheaper and better": "이보다 싸면서 더 나은 점이 없음",
    "Run (harness, edit format, settings)": "실행 (하네스, 편집 형식, 설정)",
    "the chart": "차트",
    "no {benchmark} score": "{benchmark} 점수 없음",
    "costs $0 at this workload (set a workload above zero)": "이 워크로드에서 비용이 $0 (0보다 큰 워크로드를 설정하세요)",
    "Your workload, USD per month (log)": "내 워크로드, 월 USD (로그)",
    "Published cost per task, USD (log)": "공개된 태스크당 비용, USD (로그)",
    "Scores are each model's headline value.": "점수는 모델별 대표값입니다.",
    "Scores from different harnesses are not strictly comparable; the Harnesses page shows how much the scaffold moves them.":
        "하네스가 다른 점수는 엄밀하게 비교할 수 없습니다. 스캐폴드가 점수를 얼마나 움직이는지는 하네스 페이지에서 볼 수 있습니다.",
    "Each point is one published run: its score and its cost come from the same source. Aider costs are the run's total "
    "cost ÷ its test cases; runs with no recorded cost are not drawn. Points named “(yours)” are your upload: your score "
    "with your cost per task.":
        "점 하나가 공개된 실행 하나이며, 점수와 비용은 같은 출처에서 나온 것입니다. Aider 비용은 실행 총비용 ÷ 테스트 케이스 "
        "수이고, 비용 기록이 없는 실행은 그리지 않습니다. “(내 결과)”라고 적힌 점은 직접 올린 점수와 태스크당 비용입니다.",
    "Pick an open-weight model to compare self-hosting with the APIs.": "셀프 호스팅과 API를 비교하려면 오픈 웨이트 모델을 고르세요.",
    "Open-weight model to self-host": "셀프 호스팅할 오픈 웨이트 모델",
    "its own defaults": "모델별 기본값",
    "the generic fallback — no source for this model": "일반 기본값 — 이 모델에 대한 출처 없음",
    "Defaults for {model} come from {basis}: {note}": "{model}의 기본값 출처: {basis} — {note}",
    "assumption, no source": "가정, 출처 없음",
    "GPUs ({gpu})": "GPU 수 ({gpu})",
    "Default {value}: {source}": "기본값 {value}: {source}",
    "$ per GPU-hour": "GPU 시간당 $",
    "Sustained output tokens/s": "지속 출력 tokens/s",
    "Self-hosted $/M output tokens": "셀프 호스팅 출력 토큰 $/M",
    "GPU cost per day": "하루 GPU 비용",
    "Capacity, output tokens/day": "처리 용량, 하루 출력 토큰",
    "Your output tokens/day": "내 하루 출력 토큰",
    "API model": "API 모델",
    "API $/M output (incl. its input)": "API 출력 $/M (입력 포함)",
    "Self-hosted $/M output": "셀프 호스팅 출력 $/M",
    "Break-even output tokens/day": "손익분기 하루 출력 토큰",
    "At these settings": "이 설정에서",
    "the API costs nothing at this mix": "이 입출력 비율에서는 API 비용이 0",
    "API cheaper at any volume one deployment can serve": "배포 하나가 감당하는 어떤 양에서도 API가 더 쌈",
    "self-hosting cheaper at your volume": "내 사용량에서는 셀프 호스팅이 더 쌈",
    "API cheaper at your volume": "내 사용량에서는 API가 더 쌈",
    "Input tokens per output token: {ratio:g} (your request mix), cache share {share:.0%}. GPUs are rented around the clock; "
    "one deployment serves at most its capacity, so a break-even above it means the API is cheaper at any volume. Every "
    "default above is an editable assumption.":
        "출력 토큰당 입력 토큰: {ratio:g} (내 요청 구성), 캐시 비율 {share:.0%}. GPU는 24시간 빌린다고 보며, 배포 하나는 처리 "
        "용량까지만 감당하므로 손익분기점이 용량보다 높으면 어떤 사용량에서도 API가 더 쌉니다. 위의 기본값은 모두 바꿀 수 있는 "
        "가정입니다.",
    "**Your inputs**: {requests:,.0f} requests/day × {days:g} working days; {input:,.0f} input and {output:,.0f} output tokens "
    "per request; {share:.0%} of input from cache; {agents:g} agents × {hours:g} hours/day at {ratio:g} input tokens per "
    "output token.":
        "**입력한 값**: 하루 요청 {requests:,.0f}건 × 근무일 {days:g}일, 요청당 입력 토큰 {input:,.0f}개와 출력 토큰 "
        "{output:,.0f}개, 입력의 {share:.0%}를 캐시에서 처리, 에이전트 {agents:g}개 × 하루 {hours:g}시간, 출력 토큰당 입력 "
        "토큰 {ratio:g}개.",
    "{price} (no cached price listed)": "{price} (캐시 가격 없음)",
    "**Worked example, {model}** ({option}, {list}): effective input = {input} × {uncached:.2f} + {cached} × {share:.2f} = "
    "{effective}/M; requests = {requests:,.0f} × {days:g} × ({input_tokens:,.0f} × {effective} + {output_tokens:,.0f} × {output}) "
    "÷ 1,000,000 = **{request_cost}**; agents = {agents:g} × {hours:g} h × {agent_days:g} days × {hourly}/hour = **{agent_cost}**; "
    "total **{total}** per month.":
        "**계산 예시, {model}** ({option}, {list}): 실효 입력 = {input} × {uncached:.2f} + {cached} × {share:.2f} = "
        "{effective}/M, 요청 = {requests:,.0f} × {days:g} × ({input_tokens:,.0f} × {effective} + {output_tokens:,.0f} × {output}) "
        "÷ 1,000,000 = **{request_cost}**, 에이전트 = {agents:g} × {hours:g}시간 × {agent_days:g}일 × 시간당 {hourly} = "
        "**{agent_cost}**, 합계 월 **{total}**.",
    "Catalogue key": "카탈로그 키",
    "File": "파일",
    "On the frontier": "프런티어 위",
    "Score vs cost — dashed: Pareto frontier": "점수 대비 비용 — 점선: 파레토 프런티어",
    # the formulas (gapboard/core/cost.py FORMULAS)
    "effective input price": "실효 입력 가격",
    "input price × (1 − cache share) + cached-input price × cache share "
    "(a model with no listed cached price is charged its full input price for cached tokens)":
        "입력 가격 × (1 − 캐시 비율) + 캐시 입력 가격 × 캐시 비율 (캐시 가격이 없는 모델은 캐시된 토큰에도 입력 정가 적용)",
    "request workload per month": "월 요청 워크로드",
    "requests/day × working days/month × (input tokens × effective input price + output tokens × output price) ÷ 1,000,000":
        "하루 요청 수 × 월 근무일 × (입력 토큰 × 실효 입력 가격 + 출력 토큰 × 출력 가격) ÷ 1,000,000",
    "$ per hour of generation": "생성 시간당 $",
    "output tokens/s × 3,600 × (output price + input tokens per output token × effective input price) ÷ 1,000,000":
        "출력 tokens/s × 3,600 × (출력 가격 + 출력 토큰당 입력 토큰 × 실효 입력 가격) ÷ 1,000,000",
    "agent workload per month": "월 에이전트 워크로드",
    "agents × hours/day × working days/month × $ per hour of generation": "에이전트 수 × 하루 가동 시간 × 월 근무일 × 생성 시간당 $",
    "cost per task": "태스크당 비용",
    "tokens per task × (share of output × output price + share of input × effective input price) ÷ 1,000,000, "
    "where input tokens per output token = r gives an output share of 1 ÷ (1 + r)":
        "태스크당 토큰 × (출력 비중 × 출력 가격 + 입력 비중 × 실효 입력 가격) ÷ 1,000,000, 출력 토큰당 입력 토큰이 r이면 출력 "
        "비중은 1 ÷ (1 + r)",
    "cost per resolved task": "해결 태스크당 비용",
    "cost per task ÷ success rate (score ÷ 100)": "태스크당 비용 ÷ 성공률 (점수 ÷ 100)",
    "self-hosted $ per million output tokens": "셀프 호스팅 출력 100만 토큰당 $",
    "GPUs × $/GPU-hour ÷ (sustained output tokens/s × 3,600) × 1,000,000": "GPU 수 × GPU 시간당 $ ÷ (지속 출력 tokens/s × 3,600) × 1,000,000",
    "break-even output tokens/day": "손익분기 하루 출력 토큰",
    "GPUs × $/GPU-hour × 24 ÷ API $ per output token (API $ per output token counts "
    "the input sent with it at the workload's input:output ratio)":
        "GPU 수 × GPU 시간당 $ × 24 ÷ API 출력 토큰당 $ (API 출력 토큰당 $에는 워크로드의 입력:출력 비율로 함께 보내는 입력도 포함)",
    "reconciling input": "주장을 맞추는 입력량",
    "input tokens per output token r that makes output tokens/s × 3,600 × (output price + r × input price) "
    "÷ 1,000,000 equal the claimed $ per hour":
        "출력 tokens/s × 3,600 × (출력 가격 + r × 입력 가격) ÷ 1,000,000이 주장한 시간당 $와 같아지는, 출력 토큰당 입력 토큰 r",
}

KO: Final[Mapping[str, str]] = {**_FRAME, **_CHARTS_AND_TABLES, **_OVERVIEW, **_VERDICTS, **_BENCHMARKS, **_HARNESSES, **_TIMELINE,
                                **_SOURCES, **_COST}
