# stourmere-nhs-2012-review: emqc second annual review of a community health NHS trust. Counts in
# the notations real reports use: a bordered summary box "CP: 5 / C: 49 / PC: 3 / NC: 0"; a score
# table with the criteria abbreviated "Crit 1" .. "Crit 5" ACROSS, the ratings DOWN and an "Overall"
# column; "C+ x 5" and "3 x PC" in headings and prose. Elements only for C+ and PC, with "The
# remaining 49 elements were rated C".
from common import *
CP = ['1.1.3', '2.2.2', '3.2.4', '4.2.1', '5.1.2']
PC = ['1.3.2', '4.3.5', '5.2.4']
R = ratings(cp=CP, pc=PC)
assert counts(R) == (5, 49, 3, 0)
# score table typed by hand: rows C+, C, PC, NC; columns Crit 1..5, Overall
SCORE = [('C+', [1, 1, 1, 1, 1], 5), ('C', [9, 10, 11, 11, 8], 49), ('PC', [1, 0, 0, 1, 1], 3), ('NC', [0, 0, 0, 0, 0], 0)]
for i, k in enumerate('12345'):
    assert tuple(row[1][i] for row in SCORE) == counts(R, k), k
for j, (lab, v, tot) in enumerate(SCORE):
    assert sum(v) == tot and tot == counts(R)[j]

WHY_CP = {
 '1.1.3': 'The Trust has mapped its housebound patients, travellers\' sites and homeless hostels with the local authorities and has a named nurse for each; the health-inclusion team was shaped by this work.',
 '2.2.2': 'Patients and carers we met spoke warmly and specifically of staff; the district nursing teams\' compliments log (1,140 compliments in 2011) is analysed by theme.',
 '3.2.4': 'Patient information is tested with the readers\' panel before use, and leaflets for the podiatry service were rewritten after the panel found them "too clinical".',
 '4.2.1': 'The Trust publishes outcomes for each service in its quarterly "How are we doing?" bulletin and can show sustained delivery against its main standards for three years.',
 '5.1.2': 'Appointment standards were set with the patient forum and go beyond the national requirement (e.g. a named therapist within 48 hours of discharge).',
}
WHY_PC = {
 '1.3.2': 'Satisfaction results are analysed for the Trust as a whole but not for all main service areas; the sexual-health and dental services had no results for 2011. This was also partial at the first annual review.',
 '4.3.5': 'The Trust reviews complaints, but could not show that it reviews how well it handles them from the complainant\'s point of view (for example, satisfaction with the handling of complaints). See 1.3.3 for the survey questions that could be used.',
 '5.2.4': 'Where an appointment cannot be kept, patients are not always told why or given a new time promptly; three of the eight patients we spoke to in the podiatry clinic had not been contacted.',
}

html = f'''<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Stourmere Community Health NHS Trust – CSE 2nd Annual Review – January 2012</title>
<style>
@page {{ size: A4; margin: 20mm; }}
body {{ font-family: Verdana, "DejaVu Sans", sans-serif; font-size: 9.5pt; }}
h1 {{ font-size: 15pt; color: #005eb8; }}
h2 {{ font-size: 11.5pt; color: #005eb8; }}
table {{ border-collapse: collapse; }}
td, th {{ border: 1px solid #888; padding: 3px 8px; }}
th {{ background: #e8eef7; }}
td.n {{ text-align: center; }}
div.box {{ border: 2px solid #005eb8; padding: 6px 12px; width: 60%; margin: 10px 0; background: #f4f8fc; }}
</style></head>
<body>
<p style="text-align:right"><b>emqc</b><br><span style="font-size:8pt">Customer Service Excellence certification body</span></p>
<h1>Customer Service Excellence<br>2nd Annual Review &ndash; Assessment Report</h1>
<table style="width:100%">
<tr><th style="width:30%;text-align:left">Client</th><td>Stourmere Community Health NHS Trust</td></tr>
<tr><th style="text-align:left">Assessment</th><td>2nd Annual Review (year two of the first three-year cycle)</td></tr>
<tr><th style="text-align:left">Date(s) on site</th><td>17 &amp; 18 January 2012</td></tr>
<tr><th style="text-align:left">Assessor</th><td>Graham Twelvetrees</td></tr>
<tr><th style="text-align:left">Trust lead</th><td>Mrs Lorna Beattie, Head of Patient Experience</td></tr>
<tr><th style="text-align:left">Report issued</th><td>6 February 2012</td></tr>
</table>

<div class="box"><b>RESULT AT A GLANCE</b><br>
Elements assessed: 57<br>
<b>CP: 5 / C: 49 / PC: 3 / NC: 0</b><br>
Certification: maintained</div>

<h2>1. Background</h2>
<p>The Trust provides district nursing, health visiting, therapies, podiatry, dental and sexual-health services across Stourmere and the Wyre valley, from 31 sites. It was first certified in January 2010. At the 1st Annual Review in January 2011 the result was C+ x 4, C x 50, PC x 3 (partials in 1.3.2, 3.3.1 and 4.3.5). 3.3.1 is now rated C: the Trust has extended the evening clinics. The Trust&rsquo;s stated ambition is 8 x C+ by the reassessment in January 2013.</p>

<h2>2. Scores</h2>
<table>
<tr><th></th><th>Crit 1</th><th>Crit 2</th><th>Crit 3</th><th>Crit 4</th><th>Crit 5</th><th>Overall</th></tr>
''' + '\n'.join(f'<tr><th>{lab}</th>' + ''.join(f'<td class="n">{x}</td>' for x in v) + f'<td class="n"><b>{tot}</b></td></tr>' for lab, v, tot in SCORE) + f'''
</table>
<p style="font-size:8.5pt">Crit 1 Customer Insight; Crit 2 The Culture of the Organisation; Crit 3 Information and Access; Crit 4 Delivery; Crit 5 Timeliness and Quality of Service. C+ = Compliance Plus, C = Compliance, PC = Partial Compliance, NC = Non-Compliance.</p>

<h2>3. Compliance Plus (C+ x 5)</h2>
<p>The following elements were rated C+:</p>
<ul>
''' + '\n'.join(f'<li><b>{c}</b> &ndash; {t}</li>' for c, t in WHY_CP.items()) + f'''
</ul>

<h2>4. Partial Compliance (3 x PC)</h2>
<ul>
''' + '\n'.join(f'<li><b>{c}</b> &ndash; {t}</li>' for c, t in WHY_PC.items()) + f'''
</ul>
<p>The remaining 49 elements were rated C.</p>

<h2>5. Next steps</h2>
<p>The Trust should send emqc an action plan for the 3 x PC within one month. The reassessment is due in January 2013; it will look again at all 57 elements.</p>
<p>Graham Twelvetrees<br>Assessor, emqc<br>6 February 2012</p>
</body></html>
'''
write('stourmere-nhs-2012-review.html', html)
