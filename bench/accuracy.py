#!/usr/bin/env python3
"""Score `reecheck check` against every answer key we have, with the project's own scorer.

Usage: python bench/accuracy.py
Keys: data/ (the demo corpus), bench/corpus_other/ (an independent dev set on copper, nickel, uranium and
graphite, written without reading the code), bench/corpus_news/ (oil, wheat, power, a budget and a vaccine
drive, written by a helper who never read the code), bench/corpus_third/ (cocoa, an airport and its airline, a zinc
mine, also written before reading the code),
bench/corpus_fourth/ (salmon exports, a steel mill, a rail tunnel; key written before reading the code),
bench/corpus_fifth/ (tea exports, a hydropower dam, a city water utility; key written without reading the code),
bench/corpus_sixth/ (a lithium brine operation, a container port, a drought-hit rice harvest; key written without
reading the code, rules or tests), bench/corpus_seventh/ (a cobalt mine's royalty dispute, electric-car sales and
charging points, a city's hospital waiting lists and budget; key written without reading the code, rules or tests),
bench/corpus_eighth/ (a phosphate mine's water use, an offshore wind farm's overrun, a river flood's toll; key
written without reading the code, rules or tests), bench/corpus_ninth/ (a copper smelter, a tram network, a
wildfire), bench/corpus_tenth/ (a graphite mine, a city's housing numbers, a heatwave's toll),
bench/corpus_eleventh/ (a nickel mine, a measles outbreak, a data-centre campus), bench/corpus_twelfth/ (a
manganese pit, ambulance response times, a hydropower project's costs), bench/corpus_thirteenth/ (a uranium
mine, prison overcrowding, a toll motorway), bench/corpus_fourteenth/ (a bauxite mine, teacher vacancies, a
desalination plant), bench/corpus_fifteenth/ (a gold mine, city bus cuts, a bridge rebuild),
bench/corpus_sixteenth/ (a tin mine, hospital beds, a solar park), bench/corpus_seventeenth/ (an iron-ore mine's
dust and water, a crab season, a university's enrolment), bench/corpus_eighteenth/ (an Indian coal mine's
expansion, a city's court backlog, a cane harvest and its fires), bench/corpus_nineteenth/ (a potash mine's water,
road deaths, a cotton harvest), bench/corpus_twentieth/ (a chrome mine's water, a city's snow-clearing bill,
a cashew crop), bench/corpus_twentyfirst/ (a limestone quarry's groundwater, an island ferry's fares and crews, a
milk glut), bench/corpus_twentysecond/ (a pulp mill, a city's rubbish collection, a banana export season),
bench/corpus_twentythird/ (a tungsten mine, a city's leaking water mains, a beef export season; written blind in
round 20, scored, then studied), bench/corpus_twentyfourth/ (a magnesia kiln, a river dike programme, a tobacco
auction season; written blind late in round 20, studied in round 21), bench/corpus_twentyfifth/ (a salmon farm,
a city's district-heating mains, a coffee crop; written blind in round 21, studied in round 22),
bench/corpus_twentysixth/ (an oil pipeline spill, a cruise-passenger cap, a solar plant; written blind in round 22,
studied in round 23), bench/corpus_twentyseventh/ (a wildfire in mastic groves, an oil-shale plant's closing units, a
sugar-cane harvest; written blind in round 23, studied in round 24), bench/corpus_twentyeighth/ (peat extraction
closing, a seaweed farm's heatwave, a glacier ski lift; written blind in round 24, studied in round 25),
bench/corpus_twentyninth/ (a bear cull after sheep losses, white spot disease on shrimp farms, a spring frost in
vineyards; written blind in round 25, studied in round 26), bench/corpus_thirtieth/ (a rose harvest after a heat
spell, honeybee colony losses, charcoal exports from cleared bush; written blind in round 26, scored and not
studied; all twenty-two written the same way), and
../shared/corpus/seeds/ when it is present.
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reecheck import check  # noqa: E402
from reecheck.evaluate import score  # noqa: E402

KEYS = [ROOT / "data", ROOT / "bench" / "corpus_other", ROOT / "bench" / "corpus_news", ROOT / "bench" / "corpus_third",
        ROOT / "bench" / "corpus_fourth", ROOT / "bench" / "corpus_fifth", ROOT / "bench" / "corpus_sixth",
        ROOT / "bench" / "corpus_seventh", ROOT / "bench" / "corpus_eighth", ROOT / "bench" / "corpus_ninth",
        ROOT / "bench" / "corpus_tenth", ROOT / "bench" / "corpus_eleventh",
        ROOT / "bench" / "corpus_twelfth", ROOT / "bench" / "corpus_thirteenth",
        ROOT / "bench" / "corpus_fourteenth", ROOT / "bench" / "corpus_fifteenth",
        ROOT / "bench" / "corpus_sixteenth", ROOT / "bench" / "corpus_seventeenth",
        ROOT / "bench" / "corpus_eighteenth", ROOT / "bench" / "corpus_nineteenth",
        ROOT / "bench" / "corpus_twentieth", ROOT / "bench" / "corpus_twentyfirst",
        ROOT / "bench" / "corpus_twentysecond", ROOT / "bench" / "corpus_twentythird",
        ROOT / "bench" / "corpus_twentyfourth", ROOT / "bench" / "corpus_twentyfifth",
        ROOT / "bench" / "corpus_twentysixth", ROOT / "bench" / "corpus_twentyseventh",
        ROOT / "bench" / "corpus_twentyeighth",
        ROOT / "bench" / "corpus_twentyninth", ROOT / "bench" / "corpus_thirtieth",
        ROOT.parent / "shared" / "corpus" / "seeds"]
METRICS = ("figures", "attribution", "grouping_recall", "grouping_purity", "conflict_recall", "conflict_precision")


def main() -> int:
    print(f"{'answer key':28}" + "".join(f"{m[:14]:>16}" for m in METRICS) + f"{'seconds':>10}")
    for key in KEYS:
        if not (key / "gold.json").is_file():
            continue
        t0 = time.perf_counter()
        report = check(key / "sources").as_dict()
        dt = time.perf_counter() - t0
        s = score(report, json.loads((key / "gold.json").read_text(encoding="utf-8")))
        name = str(key.relative_to(ROOT.parent)) if key.is_relative_to(ROOT.parent) else str(key)
        print(f"{name[-28:]:28}" + "".join(f"{s[m]:>16.2f}" for m in METRICS) + f"{dt:>10.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
