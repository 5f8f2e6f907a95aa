# Checks the hand-written truth (truth.py) against the ratings each doc script typed: every element
# in the truth has the typed rating, the typed C+/PC/NC all appear, and the stated counts (per
# criterion where not null, overall where not null) equal the typed counts.
import runpy
from truth import T
from common import CODES
DOCS = {'ravensholt-bc-2015-initial': 'doc_a.py', 'calderbrook-housing-2011-reassessment': 'doc_b.py',
        'tolland-libraries-2026-review': 'doc_c.py', 'westerleigh-dc-2019-review': 'doc_d.py',
        'brenmouth-university-2024-reassessment': 'doc_e.py', 'fenwick-idb-2017-initial': 'doc_f.py',
        'kirkholme-registration-2008-initial': 'doc_g.py', 'kilnsea-harbour-2013-review': 'doc_h.py'}
NAME = {'compliance-plus': 'CP', 'compliance': 'C', 'partial-compliance': 'PC', 'non-compliance': 'NC'}
KEYS = [('compliancePlus', 'CP'), ('compliance', 'C'), ('partialCompliance', 'PC'), ('nonCompliance', 'NC')]
bad = 0
for stem, script in DOCS.items():
    R = runpy.run_path(script)['R']
    a = T[stem]['assessments'][0]
    got = {e['code']: NAME[e['rating']] for e in a['elements']}
    for c, r in got.items():
        if R.get(c) != r: print(stem, 'element', c, 'truth', r, 'typed', R.get(c)); bad += 1
    for c, r in R.items():
        if r != 'C' and got.get(c) != r: print(stem, 'typed', c, r, 'missing from truth'); bad += 1
    def cnt(crit=None):
        v = [r for c, r in R.items() if crit is None or c.startswith(crit + '.')]
        return {k: v.count(x) for k, x in KEYS}
    st = a['statedTotals']
    if st['overall']:
        for k, _ in KEYS:
            if st['overall'][k] is not None and st['overall'][k] != cnt()[k]: print(stem, 'overall', k); bad += 1
    if st['byCriterion']:
        for cr in '12345':
            for k, _ in KEYS:
                v = st['byCriterion'][cr][k]
                if v is not None and v != cnt(cr)[k]: print(stem, 'crit', cr, k, v, cnt(cr)[k]); bad += 1
    print(stem, 'ok' if not bad else 'PROBLEMS', len(got), 'elements')
