# hollinsclough-rpa-2015-reassessment: reassessment of a regional park authority by an invented body
# (Trueline Certification Ltd -> null). Landscape A4; the findings are TWO-COLUMN PAGES: a layout
# table whose left cell holds the element table (Ref | Rating) and whose right cell holds the
# assessor's comments, one page for criteria 1-2 and one for criteria 3-5, the element table's
# header repeated on the second page. Codes in the element table written WITHOUT DOTS "1 1 1";
# ratings as the body's own words "Compliant+" / "Fully Compliant" / "Part Compliant", and
# "Complaint Plus" misspelt in a comment; "El. 4.1.2" and "see 1.3.5" in the comments.
from common import *
CP = ['1.2.3', '2.2.4', '4.1.2']
PC = ['3.2.2', '4.3.6', '5.3.3']
R = ratings(cp=CP, pc=PC)
assert counts(R) == (3, 51, 3, 0)
WORD = {'CP': 'Compliant+', 'C': 'Fully Compliant', 'PC': 'Part Compliant', 'NC': 'Non Compliant'}
sp = lambda c: c.replace('.', ' ')

def left(crits):
    out = ['<table class="e"><thead><tr><th width="11%">Ref</th><th>Element</th><th width="25%">Rating</th></tr></thead><tbody>']
    for c in CODES:
        if c[0] not in crits:
            continue
        if c.endswith('.1.1'):
            out.append(f'<tr><td colspan="3" class="cr">{c[0]}. {CRIT[c[0]]}</td></tr>')
        b = ' class="b"' if R[c] != 'C' else ''
        out.append(f'<tr><td class="ref">{sp(c)}</td><td>{short(c, 40)}</td><td{b}>{WORD[R[c]]}</td></tr>')
    out.append('</tbody></table>')
    return '\n'.join(out)

COM1 = [
 '<b>Strengths.</b> The Authority knows its visitors unusually well: the 2014 visitor survey (3,100 responses) is segmented by activity and by postcode, and the rangers\' "people counts" are used to plan car-park opening.',
 '<b>El. 1.2.3 &ndash; Compliant+.</b> The Authority reviews every consultation with the Access Forum and the Youth Ranger group and drops methods that do not reach people; the change from public meetings to on-site pop-ups doubled responses from families. This is exemplary.',
 '<b>El. 2.2.4 &ndash; Complaint Plus.</b> Rangers and visitor-centre staff can issue refunds, waive parking charges and reopen paths on their own judgement; the staff survey and the visitors we met both confirm it.',
 '<b>Satisfaction.</b> Satisfaction is measured at all four visitor centres and the results are improving; changes after complaints about the Edge Lane path are recorded (see 1.3.5). The Authority told us it aims for 10 Compliance Plus at its next reassessment in 2018.',
]
COM2 = [
 '<b>El. 3.2.2 &ndash; Part Compliant.</b> Trail leaflets and the website give different distances and gradings for several routes, and the "easy access" trails are not described in enough detail for wheelchair users to judge them.',
 '<b>El. 4.1.2 &ndash; Compliant+.</b> The Authority\'s standards for path condition, toilets and car parks were set with the Access Forum and are published at every site entrance with the date of the last inspection. We have not seen this done better.',
 '<b>El. 4.3.6 &ndash; Part Compliant.</b> Complaints are logged at the visitor centres but those received by the rangers in the field are not, so the Authority cannot be sure that it learns from all of them.',
 '<b>El. 5.3.3 &ndash; Part Compliant.</b> Response times to enquiries by e-mail are not monitored, so the Authority cannot show where it falls short or what it does about it.',
 '<b>Previous assessment.</b> At the 2014 annual review 3 2 2 was already Part Compliant; 5 1 2 was Part Compliant then and is now Fully Compliant.',
]
TOT = 'Totals, all criteria: Compliant+ 3 &nbsp;|&nbsp; Fully Compliant 51 &nbsp;|&nbsp; Part Compliant 3 &nbsp;|&nbsp; Non Compliant 0'

def page(title, crits, comments, extra=''):
    return f'''<h2>{title}</h2>
<table class="lay" width="100%"><tr>
<td class="lc" width="50%">{left(crits)}{extra}</td>
<td class="rc" width="50%"><p class="rh">Assessor&rsquo;s comments</p>{''.join(f'<p>{c}</p>' for c in comments)}</td>
</tr></table>'''

html = f'''<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Hollinsclough Valley Regional Park Authority – CSE Reassessment – June 2015</title>
<style>
@page {{ size: A4 landscape; margin: 12mm 15mm; }}
body {{ font-family: Tahoma, "DejaVu Sans", sans-serif; font-size: 9pt; }}
h1 {{ font-size: 16pt; color: #2f6b2f; }}
h2 {{ font-size: 11.5pt; color: #2f6b2f; page-break-before: always; }}
h2.first {{ page-break-before: auto; }}
table {{ border-collapse: collapse; }}
table.lay {{ width: 100%; }}
table.lay td.lc {{ width: 48%; vertical-align: top; padding-right: 8px; }}
table.lay td.rc {{ width: 52%; vertical-align: top; border-left: 2px solid #2f6b2f; padding-left: 10px; }}
table.e {{ width: 100%; }}
table.e td, table.e th {{ border: 1px solid #aaa; padding: 1px 4px; font-size: 7.5pt; }}
table.e th {{ background: #e3efe3; }}
table.e thead {{ display: table-header-group; }}
td.ref {{ white-space: nowrap; }}
td.b {{ font-weight: bold; }}
td.cr {{ background: #f0f6f0; font-weight: bold; }}
p.rh {{ font-weight: bold; font-size: 10pt; margin-top: 0; }}
table.f td {{ padding: 2px 8px; }}
</style></head>
<body>
<p style="font-size:9pt;color:#2f6b2f">Trueline Certification Ltd &middot; Customer Service Excellence assessment services</p>
<h1>Hollinsclough Valley Regional Park Authority &ndash; Reassessment Report</h1>
<table class="f">
<tr><td><b>Assessment type</b></td><td>Reassessment (end of second three-year cycle)</td></tr>
<tr><td><b>On site</b></td><td>24&ndash;26 June 2015</td></tr>
<tr><td><b>Assessor</b></td><td>Dr Miriam Castellano-Hart</td></tr>
<tr><td><b>Authority contact</b></td><td>Mr Rhys Penhaligon, Visitor Services Manager</td></tr>
<tr><td><b>Report date</b></td><td>20 July 2015</td></tr>
<tr><td><b>Outcome</b></td><td>Recertified</td></tr>
</table>
<p>The Authority manages 96 square kilometres of moorland, reservoirs and woodland, four visitor centres and 140 km of public paths. It was first certified in 2009. I visited all four centres, walked two of the access trails with members of the Access Forum and met 38 staff and volunteers and 27 visitors.</p>
<p>The findings are set out over the next two pages: the rating of every element on the left, my comments on the right. Ratings: Compliant+ (Compliance Plus), Fully Compliant (Compliance), Part Compliant (Partial Compliance), Non Compliant (Non-Compliance).</p>
{page('Summary of findings &ndash; Criteria 1 and 2', '12', COM1)}
{page('Summary of findings &ndash; Criteria 3, 4 and 5', '345', COM2, f'<p style="font-size:8pt"><b>{TOT}</b></p>')}
<p>The Authority is recommended for recertification. An action plan for the three Part Compliant elements is due within one month. Annual reviews will follow in June 2016 and June 2017.</p>
<p>Dr Miriam Castellano-Hart, Assessor, Trueline Certification Ltd, 20 July 2015</p>
</body></html>
'''
write('hollinsclough-rpa-2015-reassessment.html', html)
