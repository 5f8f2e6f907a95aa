# Checks the hand-written truth (truth.py) against the ratings each doc script typed: every element
# in the truth has the typed rating, the typed C+/PC/NC all appear, the truth has no element the
# script did not rate (for a sampled review), and the stated counts (per criterion where not null,
# overall where not null) equal the typed counts. A script with several visits (RS) is checked
# visit by visit against the truth's assessments in order.
import runpy
from truth import T
DOCS = {'northfold-school-admissions-2009-initial': 'doc_a.py', 'raventhorpe-university-accommodation-2019-reassessment': 'doc_b.py',
        'saltmead-visitor-information-2012-review': 'doc_c.py', 'hartsmere-waste-recycling-2017-review': 'doc_d.py',
        'kelsingham-botanic-gardens-2015-initial': 'doc_e.py', 'tamesbury-youth-justice-2024-review': 'doc_f.py',
        'west-harrowdale-coroners-2011-review': 'doc_g.py', 'lowmoor-urgent-care-2026-press-release': 'doc_h.py'}
NAME = {'compliance-plus': 'CP', 'compliance': 'C', 'partial-compliance': 'PC', 'non-compliance': 'NC'}
KEYS = [('compliancePlus', 'CP'), ('compliance', 'C'), ('partialCompliance', 'PC'), ('nonCompliance', 'NC')]
total_bad = 0
for stem, script in DOCS.items():
    bad = 0
    g = runpy.run_path(script)
    t = T[stem]
    if 'error' in t:
        assert 'R' not in g and 'RS' not in g, stem
        print(stem, t['error'])
        continue
    RS = g.get('RS') or [g['R']]
    if len(RS) != len(t['assessments']):
        print(stem, 'visits', len(RS), 'truth', len(t['assessments'])); bad += 1
    for R, a in zip(RS, t['assessments']):
        got = {e['code']: NAME[e['rating']] for e in a['elements']}
        for c, r in got.items():
            if R.get(c) != r: print(stem, a['stage'], 'element', c, 'truth', r, 'typed', R.get(c)); bad += 1
        for c, r in R.items():
            if r != 'C' and got.get(c) != r: print(stem, a['stage'], 'typed', c, r, 'missing from truth'); bad += 1
        def cnt(crit=None):
            v = [r for c, r in R.items() if crit is None or c.startswith(crit + '.')]
            return {k: v.count(x) for k, x in KEYS}
        st = a['statedTotals']
        if st['overall']:
            for k, _ in KEYS:
                if st['overall'][k] is not None and st['overall'][k] != cnt()[k]: print(stem, a['stage'], 'overall', k); bad += 1
        if st['byCriterion']:
            for cr in '12345':
                for k, _ in KEYS:
                    v = st['byCriterion'][cr][k]
                    if v is not None and v != cnt(cr)[k]: print(stem, a['stage'], 'crit', cr, k, v, cnt(cr)[k]); bad += 1
        print(stem, a['stage'], 'ok' if not bad else 'PROBLEMS', len(got), 'elements')
    total_bad += bad
print('ALL OK' if not total_bad else f'{total_bad} PROBLEMS')
