# eastmere-fire-2024-reassessment: invented body; element codes "E1.1.1"; ratings as inline runs per sub-criterion
from common import *
R = ratings(cp=['1.2.2', '1.3.5', '2.1.6', '3.3.2', '4.3.4', '5.1.2'], pc=['4.1.3'])
AB = {'CP': 'C+', 'C': 'C', 'PC': 'PC', 'NC': 'NC'}
subs = []
for s, title in SUBS.items():
    codes = [c for c in CODES if c.startswith(s + '.')]
    subs.append((s, title, codes))

def html_runs():
    out = []
    last = None
    for s, title, codes in subs:
        if s[0] != last:
            out.append(f'<h3>Criterion {s[0]}: {CRIT[s[0]]}</h3>')
            last = s[0]
        run = ' &nbsp;·&nbsp; '.join(f'<b>E{c}</b> {AB[R[c]]}' for c in codes)
        out.append(f'<p><i>{s} {title}</i><br>{run}</p>')
    return '\n'.join(out)

def md_runs():
    out = []
    last = None
    for s, title, codes in subs:
        if s[0] != last:
            out.append(f'### Criterion {s[0]}: {CRIT[s[0]]}\n')
            last = s[0]
        run = ' · '.join(f'**E{c}** {AB[R[c]]}' for c in codes)
        out.append(f'*{s} {title}*  \n{run}\n')
    return '\n'.join(out)

NARR = [
 ('Context', 'Eastmere Fire and Rescue Service protects 780,000 people across a largely rural county with two cities. It has held Customer Service Excellence since 2012; this is its third full reassessment. Since the last reassessment in 2021 the Service has merged its two control rooms, opened a shared station with the ambulance trust at Harrowgate, and launched a new online home fire safety check.'),
 ('Method', 'The assessment was carried out by two assessors on site over two days, Tuesday 4 June 2024 – Wednesday 5 June 2024, preceded by a review of the Service&rsquo;s self-assessment and evidence portfolio. We met 52 staff (including on-call firefighters), eight members of the Fire Authority, 17 members of the public and seven partners.'),
 ('Overall conclusion', 'The Service meets the standard in full except for one element (E4.1.3, consulting customers and partners on setting local standards), which is partially met. Six elements exceed the standard. We recommend that certification is renewed for three years.'),
 ('Strengths', 'Engagement with seldom-heard groups through the “Safe and Well” partnership; exemplary customer journey mapping after fatal fires (E1.3.5); a culture in which every firefighter sees prevention as part of the job (E2.1.6); a genuinely useful analysis of how the public contact the Service (E3.3.2); learning from complaints that is published quarterly (E4.3.4); and comprehensive quality standards for every contact (E5.1.2).'),
 ('Development', 'Involve the public and partners when the Integrated Risk Management Plan standards are next reviewed (E4.1.3). Consider whether the home fire safety check could be rated against E1.2.2 and E1.2.3 at the next visit (E1.2.2 is already Compliance Plus; E1.2.3 is compliant).'),
]

html = f'''<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Eastmere Fire and Rescue Service – Customer Service Excellence Reassessment 2024</title>
<style>body {{ font-family: "Gill Sans", "DejaVu Sans", sans-serif; font-size: 10pt; line-height: 1.35; }}
h1 {{ font-size: 18pt; color: #8a1c1c; }} h2 {{ font-size: 12pt; color: #8a1c1c; }} h3 {{ font-size: 10.5pt; margin-bottom: 2px; }}
.box {{ border: 2px solid #8a1c1c; padding: 6px 10px; width: 70%; }} .sum {{ font-size: 12pt; font-weight: bold; }}</style></head>
<body>
<p>Meridian Standards Ltd &nbsp;—&nbsp; licensed Customer Service Excellence assessment body</p>
<h1>Reassessment Report<br>Eastmere Fire and Rescue Service</h1>
<div class="box">
<p>Assessment: Reassessment (third certification cycle)<br>
On site: Tuesday 4 June 2024 – Wednesday 5 June 2024<br>
Lead: Sunita Rao<br>
Second assessor: Liam O&rsquo;Connor<br>
Issued: 2 July 2024</p>
</div>
<p class="sum">Summary: 6 CP | 50 C | 1 PC | 0 NC</p>
{''.join(f'<h2>{h}</h2><p>{t}</p>' for h, t in NARR)}
<h2>Element ratings</h2>
<p>Key: C+ compliance plus &nbsp; C compliance &nbsp; PC partial compliance &nbsp; NC non-compliance</p>
{html_runs()}
<p style="font-size:8pt;color:#666">Meridian Standards Ltd · report MSL-CSE-24-118 · Eastmere FRS · Reassessment · 2 July 2024</p>
</body></html>
'''
write('eastmere-fire-2024-reassessment.html', html)

import re
def strip(t):
    t = t.replace('&rsquo;', "'").replace('&mdash;', '—').replace('&nbsp;', ' ')
    return re.sub(r'[“”]', '"', t)
md = f'''Meridian Standards Ltd — licensed Customer Service Excellence assessment body

# Reassessment Report: Eastmere Fire and Rescue Service

> Assessment: Reassessment (third certification cycle)  
> On site: Tuesday 4 June 2024 – Wednesday 5 June 2024  
> Lead: Sunita Rao  
> Second assessor: Liam O'Connor  
> Issued: 2 July 2024

**Summary: 6 CP | 50 C | 1 PC | 0 NC**

{chr(10).join(f'## {h}{chr(10)}{chr(10)}{strip(t)}{chr(10)}' for h, t in NARR)}
## Element ratings

Key: C+ compliance plus, C compliance, PC partial compliance, NC non-compliance

{md_runs()}
---
Meridian Standards Ltd · report MSL-CSE-24-118 · Eastmere FRS · Reassessment · 2 July 2024
'''
write('eastmere-fire-2024-reassessment.md', md)
