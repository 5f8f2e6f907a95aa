# penhallow-npa-2026-record: SGS; one document, two completed stages in separate Parts
from common import *

def table(rows, caption):
    # rows: per criterion (cp, c, pc, nc); criteria as columns, ratings as rows, a Total column
    names = ['Compliance Plus', 'Compliance', 'Partial Compliance', 'Non-Compliance']
    h = [f'<p class="cap">{caption}</p><table class="s"><tr><th class="l">Rating</th>' + ''.join(f'<th>Criterion {i}</th>' for i in range(1, 6)) + '<th>Total</th></tr>']
    for k, n in enumerate(names):
        vals = [r[k] for r in rows]
        h.append(f'<tr><td class="l">{n}</td>' + ''.join(f'<td>{v}</td>' for v in vals) + f'<td><b>{sum(vals)}</b></td></tr>')
    h.append('</table>')
    return '\n'.join(h)

def lst(items):
    return '<table class="s"><tr><th>Element</th><th class="l">Reason</th></tr>' + ''.join(f'<tr><td>{c}</td><td class="l">{w}</td></tr>' for c, w in items) + '</table>'

P1 = [(2, 9, 0, 0), (0, 11, 0, 0), (1, 11, 0, 0), (0, 12, 1, 0), (0, 9, 1, 0)]
P2 = [(2, 9, 0, 0), (1, 10, 0, 0), (1, 11, 0, 0), (1, 12, 0, 0), (0, 9, 1, 0)]

html = f'''<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Penhallow National Park Authority – CSE Assessment Record 2025–2026</title>
<style>body {{ font-family: Georgia, "DejaVu Serif", serif; font-size: 10pt; }} h1 {{ font-size: 17pt; color: #2f5d3a; }}
h2 {{ font-size: 13.5pt; color: #fff; background: #2f5d3a; padding: 3px 6px; margin-top: 20px; }} h3 {{ font-size: 11pt; color: #2f5d3a; }}
table.s {{ border-collapse: collapse; margin: 4px 0 8px 0; }} table.s td, table.s th {{ border: 1px solid #777; padding: 2px 6px; text-align: center; font-size: 9pt; }} .l {{ text-align: left !important; }}
.cap {{ font-weight: bold; margin-bottom: 0; }} .pb {{ page-break-before: always; }}</style></head>
<body>
<p>SGS United Kingdom Ltd – Customer Service Excellence Certification</p>
<h1>Assessment Record<br>Penhallow National Park Authority</h1>
<p>This record holds the report of every visit in the Authority&rsquo;s current certification cycle (2025–2028). Each Part is added after the visit it reports; earlier Parts are not changed.</p>
<table class="s">
<tr><th class="l">Part</th><th class="l">Visit</th><th class="l">Dates on site</th><th class="l">Report issued</th><th class="l">Assessor</th></tr>
<tr><td class="l">1</td><td class="l">Reassessment</td><td class="l">14–16 January 2025</td><td class="l">03/02/2025</td><td class="l">Dawn Ferreira</td></tr>
<tr><td class="l">2</td><td class="l">Annual Review 1</td><td class="l">20 January 2026</td><td class="l">05/02/2026</td><td class="l">Dawn Ferreira</td></tr>
<tr><td class="l">3</td><td class="l">Annual Review 2</td><td class="l">(to be added)</td><td class="l"></td><td class="l"></td></tr>
</table>

<h2>Part 1 – Reassessment, January 2025</h2>
<p>Assessor: Dawn Ferreira &nbsp;·&nbsp; On site: 14–16 January 2025 &nbsp;·&nbsp; Report issued: 03/02/2025</p>
<h3>Overview</h3>
<p>The Authority was first certified in 2013. This full reassessment covered the visitor centres at Penhallow Bridge and Carn Wartha, the planning service, ranger services, the volunteer programme and the Authority&rsquo;s customer contact by phone, e-mail and social media. I met 38 staff, 22 volunteers, five Authority members, 31 visitors and residents, and nine partners. The Authority continues to meet the standard and re-certification is recommended.</p>
{table(P1, 'Table 1.1 – Results of the reassessment, January 2025')}
<h3>Compliance Plus</h3>
{lst([('1.1.1', 'Visitor and resident profiling combining the visitor survey, the parish survey and mobile-phone footfall data.'), ('1.2.1', 'The engagement strategy reaches farmers, young people and visitors from deprived urban areas alike.'), ('3.4.3', 'The Authority&rsquo;s support for its communities, from the community fund to the rural skills programme.')])}
<h3>Partial Compliance</h3>
{lst([('4.2.3', 'Benchmarking with other national parks is informal and has not led to changes.'), ('5.3.3', 'No comparison of timeliness (for example of planning advice) with other planning authorities.')])}
<p>All other elements: Compliance.</p>

<h2 class="pb">Part 2 – Annual Review 1, January 2026</h2>
<p>Assessor: Dawn Ferreira &nbsp;·&nbsp; Observer: Ian Pike (SGS trainee assessor, not assessing) &nbsp;·&nbsp; On site: 20 January 2026 &nbsp;·&nbsp; Report issued: 05/02/2026</p>
<h3>Overview</h3>
<p>A one-day review at the Penhallow Bridge headquarters and the Carn Wartha centre. The Authority has acted on both partial compliances from the reassessment: 4.2.3 is now rated Compliance, after the Authority joined the National Parks benchmarking group and changed its pre-application advice as a result; 5.3.3 remains Partial Compliance. Two new Compliance Plus ratings were awarded, and the three from the reassessment were retained.</p>
{table(P2, 'Table 2.1 – Results of Annual Review 1, January 2026')}
<h3>Compliance Plus</h3>
{lst([('1.1.1', 'Retained.'), ('1.2.1', 'Retained.'), ('2.1.1', 'New: members and the Chief Executive lead the “Park for All” commitment in person.'), ('3.4.3', 'Retained.'), ('4.2.4', 'New: the Authority&rsquo;s accessible-trails work is published and has been copied by two other parks.')])}
<h3>Partial Compliance</h3>
{lst([('5.3.3', 'Comparison of timeliness with other authorities has started for planning only.')])}
<p>All other elements remain at Compliance.</p>

<h2>Part 3 – Annual Review 2</h2>
<p>To be added after the visit due in January 2027.</p>
</body></html>
'''
write('penhallow-npa-2026-record.html', html)
