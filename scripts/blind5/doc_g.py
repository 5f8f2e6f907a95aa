# kirkholme-registration-2008-initial: an invented body (Northgate Quality Assurance Ltd) in the
# first year of CSE. Criteria written "C1" .. "C5"; each element split into lettered EVIDENCE
# POINTS "El 1.1.1(a)", "El 1.1.1(b)" (sub-rows, not elements) with the element's rating in a cell
# merged down both rows (rowspan); dates "23.9.2008"; per-criterion counts as "C1: 11 elements –
# 10 Compliant, 1 Partially Compliant" lines; "Compliant Plus" wording.
from common import *
CP = ['2.2.1', '4.1.2']
PC = ['1.3.4', '4.3.4']
R = ratings(cp=CP, pc=PC)
assert counts(R) == (2, 53, 2, 0)
WORD = {'CP': 'Compliant Plus', 'C': 'Compliant', 'PC': 'Partially Compliant', 'NC': 'Not Compliant'}
EVA = 'Documents and records examined'
EVB = 'Interviews with staff and customers; observation'
SPECIAL = {
 '2.2.1': ('Ceremony officers\' training programme, accredited by the Local Registration Services Association.', 'Couples and families spoke of officers going "above and beyond"; observed two ceremonies. Exemplary.'),
 '4.1.2': ('Ceremony standards agreed with couples in writing at booking, with a named officer.', 'Every couple interviewed had the standards and the officer\'s name; standards are reviewed annually with couples. Exemplary.'),
 '1.3.4': ('Satisfaction survey of couples only.', 'No satisfaction measurement for births and deaths registration; no targets for improvement.'),
 '4.3.4': ('Complaints log (14 complaints 2007/08).', 'Complaints are resolved but not analysed for causes or trends.'),
}
def crit_table(k):
    out = [f'<table class="e"><tr><th style="width:14%">Ref</th><th>Evidence point</th><th style="width:16%">Element rating</th></tr>']
    for c in [c for c in CODES if c.startswith(k + '.')]:
        a, b = SPECIAL.get(c, (EVA, EVB))
        out.append(f'<tr><td>El {c}(a)</td><td>{a}</td><td rowspan="2" class="r">{WORD[R[c]]}</td></tr>')
        out.append(f'<tr><td>El {c}(b)</td><td>{b}</td></tr>')
    out.append('</table>')
    return '\n'.join(out)
def count_line(k):
    x = counts(R, k)
    parts = [f'{x[0]} Compliant Plus'] if x[0] else []
    parts.append(f'{x[1]} Compliant')
    if x[2]: parts.append(f'{x[2]} Partially Compliant')
    return f'C{k}: {sum(x)} elements &ndash; ' + ', '.join(parts)
NARR = {
 '1': 'The Service knows who uses it: parents registering births, families registering deaths, couples, and people seeking certificates. It consults couples well, but has not measured the satisfaction of bereaved families.',
 '2': 'The Superintendent Registrar leads by example. Ceremony officers\' training is outstanding.',
 '3': 'Information about registering and about ceremonies is clear and available in the five most used community languages.',
 '4': 'Standards for ceremonies are agreed with every couple and met; this is exemplary. Complaints are resolved one by one.',
 '5': 'Appointment availability standards (births within five days, deaths within two) are set and monitored weekly.',
}
html = f'''<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Northgate Quality Assurance – Customer Service Excellence Assessment – Kirkholme Registration Service</title>
<style>
@page {{ size: A4; margin: 15mm 15mm 18mm 15mm; }}
body {{ font-family: Verdana, "DejaVu Sans", sans-serif; font-size: 9pt; }}
h1 {{ font-size: 15pt; }}
h2 {{ font-size: 11pt; background: #223b5a; color: #fff; padding: 3px 6px; }}
table {{ border-collapse: collapse; width: 100%; }}
td, th {{ border: 1px solid #555; padding: 2px 4px; vertical-align: top; font-size: 8pt; }}
td.r {{ text-align: center; vertical-align: middle; font-weight: bold; }}
table.f td {{ border: none; font-size: 9pt; }}
</style></head>
<body>
<table class="f"><tr><td><b>NORTHGATE QUALITY ASSURANCE LTD</b><br>Certification of management systems and service standards<br>Unit 4, Riverside Court, Darlington DL1 1GH</td><td style="text-align:right">Report ref: NQA/CSE/08/031<br>Issue 1</td></tr></table>
<h1>Customer Service Excellence &ndash; Assessment Report</h1>
<table class="f">
<tr><td style="width:30%"><b>Organisation</b></td><td>Kirkholme County Council &ndash; Registration and Celebratory Service</td></tr>
<tr><td><b>Assessment type</b></td><td>Initial assessment (Stage 2, on site)</td></tr>
<tr><td><b>Stage 1 (document review)</b></td><td>2.9.2008</td></tr>
<tr><td><b>Stage 2 (on site)</b></td><td>23.9.2008 &ndash; 24.9.2008</td></tr>
<tr><td><b>Assessor</b></td><td>Geoffrey Lindqvist</td></tr>
<tr><td><b>Report date</b></td><td>10.10.2008</td></tr>
</table>

<h2>1 Background</h2>
<p>The Registration and Celebratory Service registers about 9,000 births, deaths, marriages and civil partnerships a year from offices in Kirkholme, Sedby and Thornwick, and conducts some 1,400 ceremonies. It held Charter Mark from 2003 and is among the first services to be assessed against Customer Service Excellence, which replaced Charter Mark in 2008. Northgate Quality Assurance assesses each element against two or more evidence points, lettered (a), (b) and so on; the element rating takes account of all its evidence points.</p>

<h2>2 Summary</h2>
<p>The Service meets the standard and certification is recommended. Results by criterion:</p>
<p>''' + '<br>\n'.join(count_line(k) for k in '12345') + f'''</p>
<table style="width:60%">
<tr><th>Rating</th><th>Number of elements</th></tr>
''' + ''.join(f'<tr><td>{WORD[k]}</td><td style="text-align:center">{v}</td></tr>' for k, v in zip(['CP', 'C', 'PC', 'NC'], counts(R))) + f'''
<tr><td><b>Total</b></td><td style="text-align:center"><b>57</b></td></tr>
</table>
<p>Compliant Plus: El 2.2.1 and El 4.1.2. Partially Compliant: El 1.3.4 and El 4.3.4 (see El 1.3.4(b) and El 4.3.4(b) below).</p>

''' + '\n'.join(f'<h2>3.{k} C{k} {CRIT[k]}</h2>\n<p>{NARR[k]}</p>\n{crit_table(k)}' for k in '12345') + f'''

<h2>4 Corrective actions</h2>
<p>CAR 1 (El 1.3.4): extend satisfaction measurement to births and deaths registration and set improvement targets.<br>
CAR 2 (El 4.3.4): analyse complaints quarterly for causes and trends.<br>
Both are to be closed by the first annual surveillance visit, due September 2009.</p>
<p>Signed: Geoffrey Lindqvist, Assessor, 10.10.2008</p>
</body></html>
'''
write('kirkholme-registration-2008-initial.html', html)
