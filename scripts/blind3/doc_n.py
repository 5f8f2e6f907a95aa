# marlow-vale-ccg-2012-initial: one small key-value table per element (a Word "form" report);
# an invented body whose name contains "Assessment Services"
from common import *
R = ratings(cp=['1.2.2', '2.1.4'], pc=['1.3.2', '4.3.1', '5.2.4'])
WORD = {'CP': 'Compliant Plus', 'C': 'Compliant', 'PC': 'Partially Compliant'}
EV = {
 '1.2.2': 'The Patient Reference Group and the 14 practice participation groups shaped the urgent care review; “You said, we did” reports go to every practice and the local paper.',
 '2.1.4': 'Equality monitoring of every engagement event and of complaints, and a mystery-shopper programme run by the local disability forum, confirm fair treatment.',
 '1.3.2': 'Satisfaction is analysed for commissioned acute services but not for community services; results are not yet published.',
 '4.3.1': 'Dips in performance (for example 18-week waits in orthopaedics) are reported to the Board but not explained to patients.',
 '5.2.4': 'Patients referred for continuing healthcare assessments were not consistently told how long the process would take.',
}

def blocks():
    out = []
    last = None
    for c in CODES:
        if c[0] != last:
            out.append(f'<h2>Criterion {c[0]}: {CRIT[c[0]]}</h2>')
            last = c[0]
        ev = EV.get(c, 'Evidence seen and discussed with staff; meets the requirement.')
        out.append(f'''<table class="f">
<tr><td class="k">Element</td><td>{c}</td></tr>
<tr><td class="k">Requirement</td><td>{STMT[c]}</td></tr>
<tr><td class="k">Assessment</td><td><b>{WORD[R[c]]}</b></td></tr>
<tr><td class="k">Evidence / comment</td><td>{ev}</td></tr>
</table>''')
    return '\n'.join(out)

html = f'''<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>NHS Marlow Vale CCG – Customer Service Excellence Initial Assessment 2012</title>
<style>body {{ font-family: Tahoma, "DejaVu Sans", sans-serif; font-size: 9.5pt; }} h1 {{ font-size: 15pt; color: #005eb8; }} h2 {{ font-size: 12pt; color: #005eb8; margin-top: 14px; }}
table.f {{ border-collapse: collapse; width: 100%; margin: 0 0 6px 0; page-break-inside: avoid; }} table.f td {{ border: 1px solid #9ab; padding: 2px 5px; vertical-align: top; }} td.k {{ width: 22%; background: #eef3fa; font-weight: bold; }}
table.kv td {{ padding: 1px 8px 1px 0; }}</style></head>
<body>
<p style="font-size:8.5pt">Quality Assessment Services Partnership LLP &nbsp;·&nbsp; Licensed by the Cabinet Office to assess against Customer Service Excellence</p>
<h1>Customer Service Excellence – Initial Assessment</h1>
<table class="kv">
<tr><td><b>Applicant</b></td><td>NHS Marlow Vale Clinical Commissioning Group</td></tr>
<tr><td><b>Assessment stage</b></td><td>Initial assessment</td></tr>
<tr><td><b>Day 1 on site</b></td><td>17 April 2012</td></tr>
<tr><td><b>Day 2 on site</b></td><td>18 April 2012</td></tr>
<tr><td><b>Assessor(s)</b></td><td>Dr Nadia Hussain; Robert Tennant</td></tr>
<tr><td><b>Report completed</b></td><td>2 May 2012</td></tr>
</table>
<h2>Summary</h2>
<p>NHS Marlow Vale Clinical Commissioning Group, authorised in shadow form in 2011, commissions health services for 310,000 people. It applied for Customer Service Excellence to test its patient and public engagement ahead of full authorisation. The CCG meets the standard and we recommend certification. Two elements are Compliant Plus and three are Partially Compliant, within the tolerances of the scheme.</p>
<p>Each element is reported below in the order of the standard.</p>
{blocks()}
<h2>Recommendation</h2>
<p>Certification is recommended. The first annual review will be due in April 2013.</p>
<p style="font-size:8.5pt">Quality Assessment Services Partnership LLP · QASP/CSE/2012/044 · NHS Marlow Vale CCG</p>
</body></html>
'''
write('marlow-vale-ccg-2012-initial.html', html)
