# corvedale-police-2019-reassessment: Assessment Services Ltd "Full reassessment"; key facts in a
# two-column table with the VALUE on the left and the label on the right; score table with criteria
# as columns headed "1 – Customer Insight" etc., ratings as rows, a Total row and a Total column;
# C+ / PC elements coded "El. 1.2.2".
from common import *
CP = ['1.2.2', '2.1.1', '3.2.3', '4.2.4', '4.3.2', '5.2.1']
PC = ['1.3.4', '3.3.3']
R = ratings(cp=CP, pc=PC)
assert counts(R) == (6, 49, 2, 0)
NAMES = ['CP', 'C', 'PC', 'NC']
LAB = {'CP': 'Compliance Plus', 'C': 'Compliance', 'PC': 'Partial Compliance', 'NC': 'Non Compliance'}

def score():
    h = ['<tr><th class="l">Rating</th>' + ''.join(f'<th>{k} – {CRIT[k]}</th>' for k in '12345') + '<th>Total</th></tr>']
    for i, k in enumerate(NAMES):
        cells = [counts(R, c)[i] for c in '12345']
        h.append(f'<tr><td class="l">{LAB[k]}</td>' + ''.join(f'<td>{n}</td>' for n in cells) + f'<td><b>{sum(cells)}</b></td></tr>')
    tot = [sum(counts(R, c)) for c in '12345']
    h.append('<tr><td class="l"><b>Total</b></td>' + ''.join(f'<td><b>{n}</b></td>' for n in tot) + f'<td><b>{sum(tot)}</b></td></tr>')
    return '\n'.join(h)

WHY = {
 '1.2.2': 'Every consultation is logged on the force&rsquo;s “Have Your Say” register, and the results, with what changed, are published on the neighbourhood pages within six weeks of closing.',
 '2.1.1': 'The Chief Constable chairs the Customer Board; members of the public sit on it and report directly to the Police and Crime Commissioner&rsquo;s panel.',
 '3.2.3': 'The new victims&rsquo; information pack was co-designed with Victim Support and tested with 60 victims before launch; the easy-read version is exemplary.',
 '4.2.4': 'The force has shared its call-handling “triage at first contact” model with four other forces and published the evaluation.',
 '4.3.2': 'The complaints procedure is simple to use, available in seven languages and by video relay for deaf callers; 88% of complaints are resolved locally within 15 days.',
 '5.2.1': 'The “Our Promise to You” standards are on every contact card, website page and 101 recorded message, and were recognised as exemplary practice.',
 '1.3.4': 'Satisfaction targets are set, but satisfaction with being kept informed has fallen for two years running (from 79% to 71%).',
 '3.3.3': 'The front counters at Ludwell and Ashby Parva are cramped and have no private space; the estates plan does not address this until 2021.',
}

def els(kind):
    return '\n'.join(f'<tr><td>El.&nbsp;{c}</td><td class="l">{WHY[c]}</td></tr>' for c in CODES if R[c] == kind)

html = f'''<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>CSE Full Reassessment – Corvedale Constabulary – 2019</title>
<style>
body {{ font-family: "Segoe UI", "DejaVu Sans", sans-serif; font-size: 9pt; }}
h1 {{ font-size: 15pt; border-bottom: 3px solid #7a003c; }}
h2 {{ font-size: 11pt; color: #7a003c; }}
table.k {{ border-collapse: collapse; }}
table.k td {{ border-bottom: 1px dotted #999; padding: 3px 10px; }}
table.k td.lab {{ text-align: right; color: #555; font-style: italic; }}
table.s {{ border-collapse: collapse; width: 100%; }}
table.s td, table.s th {{ border: 1px solid #666; padding: 3px; text-align: center; font-size: 8.5pt; }}
table.s th {{ background: #f0e0e8; }}
.l {{ text-align: left !important; }}
.foot {{ font-size: 7.5pt; color: #666; margin-top: 20px; }}
</style></head>
<body>
<p style="font-size:8pt;color:#666">Assessment Services Ltd &nbsp;|&nbsp; Customer Service Excellence Certification &nbsp;|&nbsp; Ref ASL/CSE/19/0457</p>
<h1>Customer Service Excellence<br>Full reassessment report</h1>
<table class="k">
<tr><td>Corvedale Constabulary</td><td class="lab">Organisation</td></tr>
<tr><td>Force Headquarters, Market Lane, Ludwell LD4 2PQ</td><td class="lab">Address</td></tr>
<tr><td>Full reassessment (triennial)</td><td class="lab">Type of assessment</td></tr>
<tr><td>2019-05-14 to 2019-05-16</td><td class="lab">Date(s) of assessment</td></tr>
<tr><td>Dr Helen Achterberg (Lead Assessor)<br>Ravi Sandhu (Team Assessor)</td><td class="lab">Assessment team</td></tr>
<tr><td>Colin Marsh, Certification Manager</td><td class="lab">Report reviewed by</td></tr>
<tr><td>2019-06-03</td><td class="lab">Report issued</td></tr>
<tr><td>Recommended for continued certification</td><td class="lab">Recommendation</td></tr>
</table>

<h2>1. Summary</h2>
<p>Corvedale Constabulary has held the Customer Service Excellence standard since 2010 and this was its third full reassessment. The team found a force in which customer service is firmly embedded in leadership, training and performance management. Six elements are rated Compliance Plus, two more than at the 2016 reassessment, and two are Partial Compliance. There are no non-compliances, and continued certification is recommended.</p>
<p>The two partial compliances found at the second annual review in 2018 (El. 4.1.2 and El. 5.3.2) have been resolved and both are now Compliance.</p>

<h2>2. Results by criterion</h2>
<table class="s">
{score()}
</table>

<h2>3. Compliance Plus</h2>
<table class="s"><tr><th>Element</th><th class="l">Reason for the rating</th></tr>
{els('CP')}
</table>

<h2>4. Partial Compliance</h2>
<table class="s"><tr><th>Element</th><th class="l">Shortfall</th></tr>
{els('PC')}
</table>
<p>All remaining elements: Compliance.</p>

<h2>5. Observations</h2>
<p>The force might consider whether the “Have Your Say” register (El. 1.2.2) could also record the demographic make-up of respondents, which would strengthen its evidence for El. 1.2.3. Complaints data are well analysed (El. 4.3.4) but the learning is not always shared with the public.</p>

<h2>6. Next steps</h2>
<p>The first annual review will take place in May 2020. The force should send its action plan for the two partial compliances to the lead assessor within one month of this report.</p>

<p class="foot">Assessment Services Ltd (formerly G4S Assessment Services) is licensed by the Cabinet Office to certify against the Customer Service Excellence standard. This report is confidential to the client.</p>
</body></html>
'''
write('corvedale-police-2019-reassessment.html', html)
