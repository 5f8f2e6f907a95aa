# ravensholt-bc-2015-initial: Centre for Assessment initial assessment. Every element rated by a
# RAG COLOUR WORD ("Green+" / "Green" / "Amber" / "Red") with a key; sections headed "Criterion
# One" .. "Criterion Five"; dates written out ("Tuesday the 3rd of March 2015"); per-criterion RAG
# count table. Markdown too (ATX headings closed with #'s, "+" bullets, RAG words in lists).
from common import *
CP = ['1.2.2', '2.1.3', '4.2.3']
PC = ['1.3.4', '3.3.3', '5.3.2']
R = ratings(cp=CP, pc=PC)
assert counts(R) == (3, 51, 3, 0)
RAG = {'CP': 'Green+', 'C': 'Green', 'PC': 'Amber', 'NC': 'Red'}
COL = {'CP': '#0a7d2c', 'C': '#5cb85c', 'PC': '#f0ad4e', 'NC': '#d9534f'}
WORD = {'1': 'One', '2': 'Two', '3': 'Three', '4': 'Four', '5': 'Five'}
NOTE = {
 '1.2.2': 'The &ldquo;Ravensholt Listens&rdquo; panel of 1,200 residents is consulted quarterly and every consultation ends with a published &ldquo;you said, we did&rdquo; note.',
 '2.1.3': 'The Chief Executive and every Head of Service spend a day a quarter on the front line; what they learn is a standing item at Corporate Management Team.',
 '4.2.3': 'Performance against the customer promise is reported monthly to residents, with commentary written in plain English.',
 '1.3.4': 'Satisfaction targets have been set for the contact centre only; other services have none yet.',
 '3.3.3': 'The Market Street reception has no private interview space and the hearing loop was not working on the day.',
 '5.3.2': 'Responses to letters and e-mails are not monitored outside Revenues and Benefits.',
}

def crit_table(k):
    h = [f'<table class="e"><tr><th style="width:12%">Element</th><th>Requirement</th><th style="width:11%">RAG</th><th style="width:35%">Assessor comment</th></tr>']
    for s in subs_of(k):
        h.append(f'<tr><td colspan="4" class="sub">{s} {SUBS[s]}</td></tr>')
        for c in codes_of(s):
            r = R[c]
            h.append(f'<tr><td>{c}</td><td>{short(c, 110)}</td><td style="color:{COL[r]};font-weight:bold">{RAG[r]}</td><td>{NOTE.get(c, "")}</td></tr>')
    h.append('</table>')
    return '\n'.join(h)

def summary():
    h = ['<table class="s"><tr><th>Criterion</th><th>Green+</th><th>Green</th><th>Amber</th><th>Red</th></tr>']
    for k in '12345':
        n = counts(R, k)
        h.append(f'<tr><td class="l">Criterion {WORD[k]}: {CRIT[k]}</td>' + ''.join(f'<td>{x}</td>' for x in n) + '</tr>')
    n = counts(R)
    h.append('<tr><td class="l"><b>Whole standard</b></td>' + ''.join(f'<td><b>{x}</b></td>' for x in n) + '</tr></table>')
    return '\n'.join(h)

NARR = {
 '1': 'The Council has a good understanding of its customers, built from the 2011 census, the Ravensholt Residents&rsquo; Survey and its own contact data. The consultation panel is outstanding. Satisfaction is measured across the Council, but targets for improvement have so far been set only by the contact centre.',
 '2': 'Leadership commitment is visible and sustained. The &ldquo;back to the floor&rdquo; programme for senior managers is an example others could follow. Staff spoke warmly of the customer service training introduced in 2014.',
 '3': 'Information is clear, accurate and available in the formats customers ask for. The website was rebuilt in 2014 with residents&rsquo; help. Access at the Market Street office falls short: there is no private space and the hearing loop was faulty.',
 '4': 'The customer promise is well publicised and performance against it is reported to residents every month, which the assessor judged to be exemplary. Complaints are handled promptly and learning is shared. The Council also runs its own red-amber-green performance dashboard for service targets, which residents can see online.',
 '5': 'Timeliness standards are set for every main service. Answering times on the telephone are monitored in real time; replies to letters and e-mails are monitored only in Revenues and Benefits.',
}

html = f'''<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Customer Service Excellence – Initial Assessment – Ravensholt Borough Council</title>
<style>
@page {{ size: A4; margin: 20mm 18mm 22mm 18mm; }}
body {{ font-family: Calibri, Carlito, "Liberation Sans", sans-serif; font-size: 10.5pt; }}
h1 {{ font-size: 20pt; color: #1f3864; margin-top: 60px; }}
h2 {{ font-size: 13pt; color: #1f3864; border-bottom: 1px solid #1f3864; page-break-before: always; }}
h2.first {{ page-break-before: auto; }}
table {{ border-collapse: collapse; width: 100%; }}
table.e td, table.e th, table.s td, table.s th {{ border: 1px solid #8a8a8a; padding: 2px 5px; font-size: 9pt; vertical-align: top; }}
table.s td, table.s th {{ text-align: center; }}
td.l {{ text-align: left !important; }}
td.sub {{ background: #dde4f0; font-weight: bold; }}
table.key td {{ padding: 2px 8px; border: 1px solid #8a8a8a; }}
.cover p {{ font-size: 12pt; }}
</style></head>
<body>
<div class="cover">
<p style="font-size:10pt;color:#555">Centre for Assessment Ltd &middot; Customer Service Excellence</p>
<h1>Initial Assessment Report</h1>
<p><b>Ravensholt Borough Council</b><br>Town Hall, Market Street, Ravensholt RV1 2HL</p>
<table class="key" style="width:auto">
<tr><td>Assessment</td><td>Initial Assessment</td></tr>
<tr><td>Desk review of evidence</td><td>Monday the 9th of February 2015</td></tr>
<tr><td>On-site assessment</td><td>Tuesday the 3rd of March 2015 to Thursday the 5th of March 2015</td></tr>
<tr><td>Assessor</td><td>Margaret Ellison FCIM, Lead Assessor</td></tr>
<tr><td>Report issued</td><td>Friday the 27th of March 2015</td></tr>
<tr><td>Council contact</td><td>Mr Daniel Okafor, Customer Services Manager</td></tr>
</table>
</div>

<h2>Contents</h2>
<p>1. Introduction<br>2. How to read this report (the RAG key)<br>3. Summary of findings<br>4. Criterion One to Criterion Five: findings and ratings<br>5. Recommendation and next steps</p>

<h2 class="first">1. Introduction</h2>
<p>Ravensholt Borough Council serves 118,000 residents from its Town Hall, two customer service centres and a contact centre. It applied for Customer Service Excellence for the whole Council in 2014 after several years of holding the standard in its Revenues and Benefits service alone. This report records the initial assessment of the whole Council. The assessor met 64 staff, 11 partners and 23 residents over three days and examined the evidence submitted for the desk review.</p>

<h2>2. How to read this report</h2>
<p>Centre for Assessment reports for local authorities show each element&rsquo;s rating as a colour, so that it can be read across to the Council&rsquo;s own performance reports. The words are printed as well as the colour so that the report can be read in black and white.</p>
<table class="key" style="width:auto">
<tr><th>RAG</th><th>Meaning</th></tr>
<tr><td style="color:{COL['CP']};font-weight:bold">Green+</td><td>Compliance Plus &ndash; behaviours or practices which exceed the requirements of the standard and are viewed as exceptional or as an exemplar to others</td></tr>
<tr><td style="color:{COL['C']};font-weight:bold">Green</td><td>Compliance &ndash; the element is fully met</td></tr>
<tr><td style="color:{COL['PC']};font-weight:bold">Amber</td><td>Partial Compliance &ndash; some evidence, but gaps that must be addressed before the first annual review</td></tr>
<tr><td style="color:{COL['NC']};font-weight:bold">Red</td><td>Non-Compliance &ndash; the element is not met; certification cannot be recommended while any element is Red</td></tr>
</table>

<h2>3. Summary of findings</h2>
<p>Ravensholt is a council that knows its residents and listens to them. The assessor found three areas of exemplary practice (Green+), 51 elements fully met (Green) and three elements where further work is needed (Amber). No element is rated Red.</p>
{summary()}
<p>The Council&rsquo;s own &ldquo;red-amber-green&rdquo; performance dashboard, mentioned under Criterion Four, is a separate thing: it reports service targets, not the standard.</p>

<h2>4. Findings and ratings</h2>
''' + '\n'.join(f'<h3>Criterion {WORD[k]} &ndash; {CRIT[k]}</h3>\n<p>{NARR[k]}</p>\n{crit_table(k)}' for k in '12345') + f'''

<h2>5. Recommendation and next steps</h2>
<p>The assessor recommends that Ravensholt Borough Council is certified as meeting the Customer Service Excellence standard. The three Amber elements (1.3.4, 3.3.3 and 5.3.2) should be addressed in an action plan sent to Centre for Assessment within one month; they will be looked at again at the first annual review, expected in March 2016.</p>
<p style="margin-top:30px">Margaret Ellison FCIM<br>Lead Assessor, Centre for Assessment Ltd<br>27.03.2015</p>
</body></html>
'''
write('ravensholt-bc-2015-initial.html', html)

# Markdown: ATX headings closed with #'s, "+" bullets, RAG words only (no tables for the elements)
md = ['# Customer Service Excellence: Initial Assessment Report #', '',
      '**Ravensholt Borough Council**  ', 'Centre for Assessment Ltd', '',
      '+ Assessment: Initial Assessment',
      '+ Desk review of evidence: Monday the 9th of February 2015',
      '+ On-site assessment: Tuesday the 3rd of March 2015 to Thursday the 5th of March 2015',
      '+ Assessor: Margaret Ellison FCIM, Lead Assessor',
      '+ Report issued: Friday the 27th of March 2015',
      '+ Council contact: Mr Daniel Okafor, Customer Services Manager', '',
      '## Introduction ##', '',
      'Ravensholt Borough Council serves 118,000 residents. This report records the initial assessment of the whole Council. The assessor met 64 staff, 11 partners and 23 residents over three days.', '',
      '## The RAG key ##', '',
      '+ Green+ = Compliance Plus', '+ Green = Compliance', '+ Amber = Partial Compliance', '+ Red = Non-Compliance', '',
      '## Summary of findings ##', '',
      'Three areas of exemplary practice (Green+), 51 elements fully met (Green) and three elements where further work is needed (Amber). No element is rated Red.', '']
for k in '12345':
    n = counts(R, k)
    md.append(f'+ Criterion {WORD[k]}: Green+ {n[0]}, Green {n[1]}, Amber {n[2]}, Red {n[3]}')
md.append('')
for k in '12345':
    md += [f'## Criterion {WORD[k]} - {CRIT[k]} ##', '', NARR[k].replace('&rsquo;', "'").replace('&ldquo;', '"').replace('&rdquo;', '"'), '']
    for c in [c for c in CODES if c.startswith(k + '.')]:
        note = NOTE.get(c, '').replace('&rsquo;', "'").replace('&ldquo;', '"').replace('&rdquo;', '"')
        md.append(f'+ {c} {short(c, 80)} -- **{RAG[R[c]]}**' + (f' ({note})' if note else ''))
    md.append('')
md += ['## Recommendation ##', '', 'The assessor recommends that Ravensholt Borough Council is certified. The three Amber elements (1.3.4, 3.3.3 and 5.3.2) will be looked at again at the first annual review, expected in March 2016.', '',
       'Margaret Ellison FCIM, Lead Assessor, Centre for Assessment Ltd, 27.03.2015', '']
write('ravensholt-bc-2015-initial.md', '\n'.join(md))
