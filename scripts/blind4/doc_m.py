# mercia-probation-2014-review: G4S Assessment Services (= Assessment Services Ltd) "12-month review"
# of a probation trust; the per-criterion table gives PERCENTAGES only (no counts); overall counts
# in one sentence; C+ / PC cited in prose as "element 2.1.2"; footnotes (one cites a 2013 partial).
from common import *
CP = ['2.1.2', '4.2.1']
PC = ['1.1.3', '5.3.1']
R = ratings(cp=CP, pc=PC)
assert counts(R) == (2, 53, 2, 0)

def pct():
    rows = []
    for k in '12345':
        n = counts(R, k)
        t = sum(n)
        rows.append((f'{k}. {CRIT[k]}', [f'{round(100 * x / t)}%' for x in n[:3]]))
    return rows

P = pct()
FIELDS = [('Organisation', 'Mercia Valley Probation Trust'), ('Assessment', '12-month review'),
          ('Site visit', '10–11 June 2014'), ('Report', '30 June 2014'), ('Assessor', 'Keith Dunmore'),
          ('Certification body', 'G4S Assessment Services')]
PARAS = [
 'Mercia Valley Probation Trust was reassessed against the Customer Service Excellence standard in May 2013. This 12-month review took place at a time of great change: from 1 June 2014 the Trust&rsquo;s work has been divided between the new National Probation Service and the Mercia Community Rehabilitation Company, and the Trust itself will close in 2015.[1] The review therefore looked at how customer service had been protected during the transition.',
 'Of the 57 elements, two are rated compliance plus, 53 compliant and two partially compliant, with no non-compliance. Element 2.1.2, the use of offender and victim insight to shape policy, is rated compliance plus for the Trust&rsquo;s use of service-user councils in designing the transition plan; element 4.2.1, agreeing at the outset what service users can expect, for the new &ldquo;first appointment agreement&rdquo;, signed by every offender and explained in plain English.',
 'Two elements are partially compliant. The Trust has not refreshed its analysis of hard-to-reach groups since 2012, and Gypsy and Traveller communities and foreign national offenders are not identified in its data (element 1.1.3). Performance against the timeliness standards for victim contact is monitored, but action has not been taken on the fall in the number of victims contacted within 40 days of sentence (element 5.3.1).[2] All other elements are compliant.',
]
NOTES = ['Offender Rehabilitation Act 2014 and the Ministry of Justice &ldquo;Transforming Rehabilitation&rdquo; programme.',
         'Element 5.3.1 was also partially compliant at the 2013 reassessment; 3.3.3, partially compliant in 2013, is now compliant.']

def sup(s):
    import re
    return re.sub(r'\[(\d)\]', r'<sup>\1</sup>', s)

html = f'''<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Mercia Valley Probation Trust – CSE 12-month review – June 2014</title>
<style>
body {{ font-family: Arial, "Liberation Sans", sans-serif; font-size: 10pt; }}
h1 {{ font-size: 14pt; color: #c00; }}
h2 {{ font-size: 11pt; }}
table.g {{ border-collapse: collapse; }}
table.g td, table.g th {{ border: 1px solid #888; padding: 3px 8px; text-align: center; }}
.l {{ text-align: left !important; }}
.fn {{ font-size: 8pt; border-top: 1px solid #888; }}
</style></head>
<body>
<p style="font-size:8pt">G4S Assessment Services &middot; Customer Service Excellence &middot; Commercial in confidence</p>
<h1>Customer Service Excellence: 12-month review</h1>
<table class="g">
{''.join(f'<tr><th class="l">{a}</th><td class="l">{b}</td></tr>' for a, b in FIELDS)}
</table>
<h2>Findings</h2>
{''.join(f'<p>{sup(p)}</p>' for p in PARAS)}
<h2>Profile by criterion</h2>
<table class="g">
<tr><th class="l">Criterion</th><th>% Compliance Plus</th><th>% Compliant</th><th>% Partial</th></tr>
{''.join(f'<tr><td class="l">{n}</td>' + ''.join(f'<td>{x}</td>' for x in v) + '</tr>' for n, v in P)}
</table>
<h2>Recommendation</h2>
<p>Certification should continue. Because the Trust will close before its next review, G4S Assessment Services will discuss with the National Probation Service and the Community Rehabilitation Company whether either wishes to apply for certification in its own right.</p>
<div class="fn">
{''.join(f'<p><sup>{i}</sup> {n}</p>' for i, n in enumerate(NOTES, 1))}
</div>
</body></html>
'''
write('mercia-probation-2014-review.html', html)

def plain(s):
    for a, b in [('&rsquo;', "'"), ('&ldquo;', '"'), ('&rdquo;', '"')]:
        s = s.replace(a, b)
    return s

md = ('*G4S Assessment Services · Customer Service Excellence · Commercial in confidence*\n\n'
      'Customer Service Excellence: 12-month review\n============================================\n\n'
      + ''.join(f'- **{a}** — {b}\n' for a, b in FIELDS) +
      '\nFindings\n--------\n\n' + '\n\n'.join(plain(p).replace('[1]', '[^1]').replace('[2]', '[^2]') for p in PARAS) +
      '\n\nProfile by criterion\n--------------------\n\n'
      '| Criterion | % Compliance Plus | % Compliant | % Partial |\n|:--|--:|--:|--:|\n'
      + ''.join(f'| {n} | ' + ' | '.join(v) + ' |\n' for n, v in P) +
      '\nRecommendation\n--------------\n\nCertification should continue. Because the Trust will close before its next review, G4S Assessment Services will discuss with the National Probation Service and the Community Rehabilitation Company whether either wishes to apply for certification in its own right.\n\n'
      + ''.join(f'[^{i}]: {plain(n)}\n' for i, n in enumerate(NOTES, 1)))
write('mercia-probation-2014-review.md', md)
