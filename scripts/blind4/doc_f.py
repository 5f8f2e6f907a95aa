# orchard-vale-university-2010-initial: an invented body (Quadrant Certification Ltd) "Initial /
# Certification Review" of a university library service; landscape page, small type; the 57-element
# table has a two-row header (a "Compliance level" group over C+ / C / PC / NC, marked "X") and is
# broken by the author into two tables at a forced page break, the second with no header row and the
# Total row at its foot; one non-compliance; a typo code "4.5.4" in the prose.
from common import *
CP = ['1.3.1', '3.3.1']
PC = ['1.1.3', '2.2.5', '4.3.4']
NC = ['5.1.2']
R = ratings(cp=CP, pc=PC, nc=NC)
assert counts(R) == (2, 51, 3, 1)
COL = ['CP', 'C', 'PC', 'NC']
EV = {
 '1.1.3': 'Part-time, distance and disabled learners identified; no work yet on care leavers or carers.',
 '1.3.1': 'LibQUAL+ every two years plus a termly pulse survey with 3,000+ responses; methods validated by the planning office.',
 '2.2.5': 'Staff recognition scheme exists but front-line staff in the branch libraries were unaware of it.',
 '3.3.1': 'Twenty-four-hour opening at the Hub in term time, live chat, text a librarian, postal loans for distance learners.',
 '4.3.4': 'Complaints logged but comments and informal feedback not analysed for patterns.',
 '5.1.2': 'No standards for the quality of service (as opposed to speed) have been set for any channel.',
}
GEN = ['Interviews with the customer services team; documents CS1–CS4.', 'Strategy and minutes seen; confirmed by students&rsquo; union.',
       'Website, leaflets and staff interviews.', 'Survey reports 2008–2010; action log.', 'Observation at the Hub and Fenwick Library.']

def row(i, code):
    marks = ''.join(f'<td>{"X" if R[code] == k else ""}</td>' for k in COL)
    ev = EV.get(code, GEN[i % len(GEN)])
    return f'<tr><td>{code}</td><td class="l">{STMT[code]}</td>{marks}<td class="l">{ev}</td></tr>'

HEADER = '''<tr><th rowspan="2">Ref</th><th rowspan="2" class="l">Element</th><th colspan="4">Compliance level</th><th rowspan="2" class="l">Evidence summary</th></tr>
<tr><th>C+</th><th>C</th><th>PC</th><th>NC</th></tr>'''
SPLIT = CODES.index('3.3.1')
first = '\n'.join(row(i, c) for i, c in enumerate(CODES[:SPLIT]))
second = '\n'.join(row(i, c) for i, c in enumerate(CODES[SPLIT:], SPLIT))
tot = counts(R)
TOTAL = f'<tr class="t"><td colspan="2" class="l">Total</td>' + ''.join(f'<td>{n}</td>' for n in tot) + '<td></td></tr>'

html = f'''<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Orchard Vale University – Initial / Certification Review</title>
<style>
@page {{ size: A4 landscape; margin: 15mm; }}
body {{ font-family: "Trebuchet MS", "DejaVu Sans", sans-serif; font-size: 8pt; }}
h1 {{ font-size: 13pt; }}
h2 {{ font-size: 10pt; }}
table.e {{ border-collapse: collapse; width: 100%; }}
table.e td, table.e th {{ border: 1px solid #333; padding: 1px 3px; text-align: center; vertical-align: top; font-size: 7.5pt; }}
table.e th {{ background: #dde; }}
table.e .l {{ text-align: left; }}
tr.t td {{ font-weight: bold; background: #eee; }}
table.i td {{ padding: 1px 12px 1px 0; }}
</style></head>
<body>
<p><b>QUADRANT CERTIFICATION LTD</b> &mdash; licensed certification body for the Customer Service Excellence standard</p>
<h1>Initial / Certification Review</h1>
<table class="i">
<tr><td>Applicant</td><td><b>Orchard Vale University &ndash; Library and Learning Services</b></td></tr>
<tr><td>Pre-assessment document review</td><td>October 2010</td></tr>
<tr><td>On-site assessment</td><td>16&ndash;18 November 2010</td></tr>
<tr><td>Assessment team</td><td>Graham Pettifer (Lead); Amina Chowdhury</td></tr>
<tr><td>Report date</td><td>13th December 2010</td></tr>
<tr><td>Decision</td><td>Certification deferred pending a follow-up visit</td></tr>
</table>

<h2>Summary</h2>
<p>Library and Learning Services applied for certification in June 2010. The team found a service with excellent access and a strong record of measuring satisfaction, both rated compliance plus. Three elements were partially compliant. One element, the setting of standards for the quality of service (5.1.2), was non-compliant: the service has timeliness targets but no quality standards of any kind. Certification cannot be recommended until this is put right. A follow-up visit, limited to 5.1.2 and any related evidence, can be arranged once standards have been agreed and published, and must take place within six months.</p>
<p>The partial compliance on learning from complaints (4.5.4) is linked to the non-compliance: once quality standards exist, complaints and comments can be analysed against them.</p>

<h2>Assessment of each element</h2>
<table class="e">
{HEADER}
{first}
</table>
<p style="page-break-before: always; font-size:7pt">Quadrant Certification Ltd &middot; Orchard Vale University &ndash; Library and Learning Services &middot; Initial / Certification Review &middot; page 3</p>
<table class="e">
{second}
{TOTAL}
</table>

<h2>Next steps</h2>
<p>The service should send the lead assessor its proposed quality standards and its plans for the three partial compliances (1.1.3, 2.2.5, 4.3.4) by the end of January 2011.</p>
<p>Graham Pettifer, Lead Assessor, for Quadrant Certification Ltd</p>
</body></html>
'''
write('orchard-vale-university-2010-initial.html', html)
