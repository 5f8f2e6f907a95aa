# moorhen-housing-2020-self-assessment: NOT a report. A housing association's own SELF-ASSESSMENT
# workbook before its emqc initial assessment: every element with the association's OWN rating
# ("Our rating": C+ / C / PC), evidence references and owners, self-assessed totals, and empty
# "Assessor validation (emqc use only)" columns.
from common import *
CP = ['1.2.1', '2.2.3', '4.3.2', '5.1.1']
PC = ['1.3.4', '3.3.3', '5.3.3']
R = ratings(cp=CP, pc=PC)
assert counts(R) == (4, 50, 3, 0)
AB = {'CP': 'C+', 'C': 'C', 'PC': 'PC', 'NC': 'NC'}
OWN = {'1': 'Head of Insight', '2': 'HR Business Partner', '3': 'Communications Manager', '4': 'Head of Housing Services', '5': 'Performance Lead'}
def rows():
    out = []
    for i, c in enumerate(CODES):
        if c.endswith('.1.1'):
            out.append(f'<tr><td colspan="7" class="cr">Criterion {c[0]}: {CRIT[c[0]]}</td></tr>')
        out.append(f'<tr><td>{c}</td><td>{short(c, 90)}</td><td class="c">{AB[R[c]]}</td><td>EV-{c.replace(".", "")}-01{"; EV-" + c.replace(".", "") + "-02" if i % 3 == 0 else ""}</td><td>{OWN[c[0]]}</td><td></td><td></td></tr>')
    return '\n'.join(out)
x = counts(R)
html = f'''<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Moorhen Housing – CSE Self-Assessment Workbook – January 2020</title>
<style>
@page {{ size: A4 landscape; margin: 12mm; }}
body {{ font-family: Calibri, Carlito, sans-serif; font-size: 9.5pt; }}
h1 {{ font-size: 16pt; color: #00707a; }}
h2 {{ font-size: 12pt; color: #00707a; }}
table {{ border-collapse: collapse; width: 100%; }}
td, th {{ border: 1px solid #999; padding: 2px 4px; font-size: 8.5pt; vertical-align: top; }}
th {{ background: #d9eef0; }}
td.c {{ text-align: center; font-weight: bold; }}
td.cr {{ background: #eef7f8; font-weight: bold; }}
</style></head>
<body>
<p style="font-size:8.5pt;color:#777">INTERNAL &ndash; WORKING DOCUMENT &ndash; version 0.7, 24 January 2020</p>
<h1>Moorhen Housing: Customer Service Excellence Self-Assessment Workbook</h1>
<p><b>Prepared by:</b> Customer Experience Team (lead: Nadia Fernandes, Customer Experience Manager)<br>
<b>Purpose:</b> to test our readiness for the Customer Service Excellence initial assessment by emqc, booked for 17&ndash;19 March 2020 (assessor to be confirmed by emqc)<br>
<b>Status:</b> draft for the Customer Excellence Steering Group, 3 February 2020</p>

<h2>How to use this workbook</h2>
<p>For every element, the element owner has given our own rating, using the same scale as the assessors: C+ (Compliance Plus), C (Compliance), PC (Partial Compliance), NC (Non-Compliance). These are <b>our judgements, not the assessor&rsquo;s</b>. The last two columns are for the assessor to record whether the evidence is accepted at the document review; they are blank until then. Evidence references point to the shared evidence library (folder CSE2020).</p>

<h2>Our self-assessed position</h2>
<table style="width:55%">
<tr><th>Our rating</th><th>Elements</th></tr>
<tr><td>C+ (we think we may be exemplary)</td><td class="c">{x[0]}</td></tr>
<tr><td>C</td><td class="c">{x[1]}</td></tr>
<tr><td>PC (gaps we know about)</td><td class="c">{x[2]}</td></tr>
<tr><td>NC</td><td class="c">{x[3]}</td></tr>
<tr><td><b>Total</b></td><td class="c">57</td></tr>
</table>
<p>We think we can evidence Compliance Plus for 1.2.1, 2.2.3, 4.3.2 and 5.1.1. The three gaps (1.3.4, 3.3.3, 5.3.3) have actions in the readiness plan; the aim is to close them before the document review in February.</p>

<h2>Element workbook</h2>
<table>
<tr><th style="width:6%">Element</th><th>Requirement (abridged)</th><th style="width:6%">Our rating</th><th style="width:16%">Evidence ref.</th><th style="width:13%">Owner</th><th style="width:9%">Assessor validation (emqc use only)</th><th style="width:12%">Assessor comment</th></tr>
{rows()}
</table>

<h2>Next steps</h2>
<p>Element owners to upload final evidence by 14 February 2020. The Steering Group will agree the submission on 3 February. Any questions to Nadia Fernandes.</p>
</body></html>
'''
write('moorhen-housing-2020-self-assessment.html', html)
