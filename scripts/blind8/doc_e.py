# marshfield-heritage-2017-review: second annual surveillance visit (review-2) of a museums and
# archives trust by an invented body (Pennant Certification Services Ltd). All 57 ratings are in a
# LANDSCAPE APPENDIX table that runs over pages with its header row repeated, and the rating cells
# carry FOOTNOTE MARKERS: "C+*" (changed since 2016), "C+†" / "PC†" (same as in 2016), "C*" (was
# partial in 2016), and superscript numbers "C¹" / "C²" (which a PDF text layer reads "C1" / "C2").
# The key to the markers is under the table; the overall-result table also has markers ("3*", "2†").
# Dates "w/e 14/07/17", "Tues 1st & Weds 2nd Aug. 2017", "18.08.17".
from common import *
CP = ['1.2.2', '2.2.3', '3.1.2']
PC = ['4.3.3', '5.3.1']
R = ratings(cp=CP, pc=PC)
assert counts(R) == (3, 52, 2, 0)
R2016 = ratings(cp=['1.2.2', '2.2.3'], pc=['1.3.4', '3.3.3', '4.3.3'])
BY = {'1': (1, 10, 0, 0), '2': (1, 10, 0, 0), '3': (1, 11, 0, 0), '4': (0, 12, 1, 0), '5': (0, 9, 1, 0)}
for k, v in BY.items():
    assert counts(R, k) == v, k
AB = {'CP': 'C+', 'C': 'C', 'PC': 'PC', 'NC': 'NC'}
SUP = {'2.1.5': 1, '4.1.2': 2}

def marker(c):
    if c in SUP:
        return f'<sup>{SUP[c]}</sup>'
    if R[c] != R2016[c]:
        return '*'
    if R[c] in ('CP', 'PC'):
        return '†'
    return ''

def rating_cell(c):
    return AB[R[c]] + marker(c)

EVID = ['D-004, D-011', 'D-012', 'D-015, D-016', 'D-019', 'D-021, D-022', 'D-023', 'D-027', 'D-030, D-031', 'D-033', 'D-034, D-040']

def evid(c):
    return EVID[CODES.index(c) % len(EVID)]

DETAILS = [
    ('Organisation', 'Marshfield Heritage Trust'),
    ('Services in scope', 'Marshfield Museum, the Old Gaol, Marshfield Archives and the learning and outreach service'),
    ('Certification', 'First certified July 2015 (certificate PCS/CSE/0417)'),
    ('Visit', 'Second annual surveillance visit (Year 2)'),
    ('Evidence submitted', 'w/e 14/07/17'),
    ('On site', 'Tues 1st &amp; Weds 2nd Aug. 2017'),
    ('Lead Assessor', 'Catriona Mackinlay'),
    ('Trust contact', 'Dr Elspeth Gormley, Director of Collections and Engagement'),
    ('Report', '18.08.17'),
]
BACKGROUND = [
    'Marshfield Heritage Trust is an independent charitable trust that has run the museums and archives service for Marshfield County Council since 2012. It welcomes 210,000 visitors a year, answers 6,500 archive enquiries and works with 140 schools.',
    'At the initial assessment in July 2015 the Trust had one Compliance Plus rating (1.2.2) and four partial compliances. At the first annual review in July 2016 it had two Compliance Plus ratings (1.2.2 and 2.2.3) and three partial compliances (1.3.4, 3.3.3 and 4.3.3).',
    'The Trust sent its updated self-assessment and 44 documents in the week ending 14/07/17 (the documents are listed in Appendix A). On Tues 1st and Weds 2nd Aug. 2017 I met 27 staff and volunteers, five trustees, 22 visitors and archive users, two teachers and the County Council\'s client officer, and visited the Museum, the Old Gaol and the Archives. The archive search room was closed for building work on the second day.',
]
SUMMARY = [
    'The Trust continues to meet the standard and has made good progress since 2016. It now has three Compliance Plus ratings, one of them new at this visit (3.1.2), and two partial compliances; the other 52 elements are compliant and no element is non-compliant.',
    'Two of the three partial compliances recorded in 2016 have been cleared (1.3.4 and 3.3.3). 4.3.3 is still partial, and 5.3.1 is a new partial compliance. Appendix B gives the rating of every element; the markers in its Rating column are explained beneath it.',
]
FINDINGS = [
    ('3.1.2', 'Compliance Plus', 'new', 'The Trust explains its charges better than any heritage organisation I have assessed: admission, archive research, copying and school-session charges are published with what each pays for, the free-entry and concession rules were tested with users on low incomes, and the "pay what you can" Tuesdays are explained on every ticket.'),
    ('1.2.2', 'Compliance Plus', 'retained', 'Consultation continues to drive change: the Old Gaol redisplay was co-curated with 60 residents and former prison officers, and every exhibition ends with a "what you told us" panel.'),
    ('2.2.3', 'Compliance Plus', 'retained', 'Customer focus runs through the whole organisation, volunteers included: every one of the 180 volunteers has a customer-care induction, and front-of-house feedback is discussed at every trustees\' meeting.'),
    ('4.3.3', 'Partial Compliance', 'also partial in 2016', 'Complaints training has still not reached volunteers, who staff the Old Gaol at weekends and handle most complaints there (see also 4.3.2, which is compliant).'),
    ('5.3.1', 'Partial Compliance', 'new', 'Performance against the timeliness standards for archive enquiries is no longer monitored: the monthly report stopped when the enquiries database was replaced in March 2017, and the Trust could not say how many enquiries were answered within 10 working days.'),
]
DEVELOP = [
    'Extend complaints training to volunteers (4.3.3) and restart monitoring of archive-enquiry response times (5.3.1).',
    'The Trust\'s aim is to be rated Compliance Plus for 1.1.3 (its outreach to young people not in education) at the reassessment in 2018.',
    'Publish the new service standards introduced in June 2017 (4.1.2, see footnote 2 of Appendix B).',
]
DOCS = [('D-004', 'Customer Insight Report 2016/17'), ('D-011', 'Audience Development Plan 2016–2019'), ('D-015', 'Visitor survey results, summer 2016 and spring 2017'),
        ('D-021', 'Volunteer handbook (2017 edition)'), ('D-027', 'Charges and concessions policy, April 2017'), ('D-033', 'Complaints log 2016/17'), ('D-040', 'Service standards (revised June 2017)')]
KEY = [('*', 'rating changed since the first annual review (July 2016)'),
       ('†', 'rating the same as at the first annual review (July 2016) – shown for Compliance Plus and Partial Compliance only'),
       ('1', '2.1.5 was assessed from documents and interviews only: the archive search room was closed on the second day of the visit'),
       ('2', 'the Trust\'s service standards were revised in June 2017; the revised standards were assessed')]

def overall_table():
    rows = [('Compliance Plus (C+)', '3*'), ('Compliance (C)', '52'), ('Partial Compliance (PC)', '2†'), ('Non-Compliance (NC)', '0')]
    return ('<table class="t" style="width:55%"><tr><th>Rating</th><th>Number of elements</th></tr>' +
            ''.join(f'<tr><td>{a}</td><td class="n">{b}</td></tr>' for a, b in rows) +
            '<tr><td><b>Total</b></td><td class="n"><b>57</b></td></tr></table>'
            '<p class="fn">* of which one (3.1.2) is new at this visit. † of which one (4.3.3) was also partial at the first annual review.</p>')

def crit_table():
    out = ['<table class="t" style="width:85%"><tr><th>Criterion</th><th>C+</th><th>C</th><th>PC</th><th>NC</th></tr>']
    for k in '12345':
        out.append(f'<tr><td>{k}. {CRIT[k]}</td>' + ''.join(f'<td class="n">{x}</td>' for x in BY[k]) + '</tr>')
    out.append('</table>')
    return '\n'.join(out)

def appendix_b():
    out = ['<table class="e"><thead><tr><th style="width:5%">Ref</th><th>Element</th><th style="width:6%">Rating</th><th style="width:11%">Evidence</th></tr></thead><tbody>']
    for c in CODES:
        out.append(f'<tr><td>{c}</td><td>{STMT[c]}</td><td class="r">{rating_cell(c)}</td><td>{evid(c)}</td></tr>')
    out.append('</tbody></table>')
    out.append('<p class="fn"><b>Key:</b> C+ Compliance Plus &middot; C Compliance &middot; PC Partial Compliance &middot; NC Non-Compliance</p>')
    out.append('<p class="fn">' + '<br>'.join((f'<sup>{m}</sup> {t}' if m.isdigit() else f'{m} {t}') for m, t in KEY) + '</p>')
    return '\n'.join(out)

html = f'''<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Marshfield Heritage Trust – Customer Service Excellence Surveillance Report Year 2 – August 2017</title>
<style>
@page {{ size: A4; margin: 20mm; }}
@page land {{ size: A4 landscape; margin: 14mm 16mm; }}
div.land {{ page: land; }}
body {{ font-family: Georgia, "DejaVu Serif", serif; font-size: 10pt; }}
h1 {{ font-size: 20pt; color: #7b3f00; margin-top: 30mm; }}
h2 {{ font-size: 12.5pt; color: #7b3f00; margin-top: 18px; }}
table {{ border-collapse: collapse; }}
table.k td, table.t td, table.t th, table.e td, table.e th, table.j td, table.j th {{ border: 1px solid #999; padding: 3px 5px; vertical-align: top; font-size: 9pt; }}
table.k {{ width: 100%; }}
table.k td.l {{ width: 30%; font-weight: bold; }}
table.t th, table.e th, table.j th {{ background: #f1e4d3; text-align: left; }}
table.e {{ width: 100%; }}
table.e thead {{ display: table-header-group; }}
table.e td {{ font-size: 8pt; padding: 1px 4px; }}
table.e td.r {{ text-align: center; font-weight: bold; }}
table.j {{ width: 100%; }}
td.n {{ text-align: center; }}
p.fn {{ font-size: 8pt; }}
.pb {{ page-break-after: always; }}
</style></head>
<body>
<div class="pb">
<p style="font-size:11pt;color:#7b3f00"><b>Pennant Certification Services Ltd</b><br><span style="font-size:9pt">Licensed certification body for Customer Service Excellence</span></p>
<h1>Customer Service Excellence<br>Surveillance Report &ndash; Year 2</h1>
<p style="font-size:15pt">Marshfield Heritage Trust</p>
<p>Second annual surveillance visit &middot; Tues 1st &amp; Weds 2nd Aug. 2017</p>
</div>
<div class="pb">
<h2>Contents</h2>
<p>1. Visit details<br>2. Background and previous visits<br>3. Summary<br>4. Overall result<br>5. Compliance Plus and Partial Compliance<br>6. Areas for development<br>7. Recommendation<br>Appendix A &ndash; Documents reviewed<br>Appendix B &ndash; Element ratings (landscape)</p>
</div>
<h2>1. Visit details</h2>
<table class="k">''' + ''.join(f'<tr><td class="l">{a}</td><td>{b}</td></tr>' for a, b in DETAILS) + '''</table>
<h2>2. Background and previous visits</h2>
''' + ''.join(f'<p>{p}</p>' for p in BACKGROUND) + '''
<h2>3. Summary</h2>
''' + ''.join(f'<p>{p}</p>' for p in SUMMARY) + f'''
<h2>4. Overall result</h2>
{overall_table()}
<p>By criterion:</p>
{crit_table()}
<h2>5. Compliance Plus and Partial Compliance</h2>
<table class="j"><tr><th style="width:8%">Element</th><th style="width:16%">Rating</th><th style="width:13%">Since 2016</th><th>Reason</th></tr>
''' + ''.join(f'<tr><td>{c}</td><td>{r}</td><td>{s}</td><td>{t}</td></tr>' for c, r, s, t in FINDINGS) + '''</table>
<h2>6. Areas for development</h2>
<ul>''' + ''.join(f'<li>{p}</li>' for p in DEVELOP) + '''</ul>
<h2>7. Recommendation</h2>
<p>I recommend that the Trust\'s certification continues. Its reassessment is due in July 2018.</p>
<p>Catriona Mackinlay, Lead Assessor, Pennant Certification Services Ltd, 18.08.17</p>
<h2 style="page-break-before:always">Appendix A &ndash; Documents reviewed</h2>
<table class="t" style="width:80%"><tr><th>Ref</th><th>Document</th></tr>
''' + ''.join(f'<tr><td>{a}</td><td>{b}</td></tr>' for a, b in DOCS) + f'''
<tr><td colspan="2">(and 37 further documents, listed in the evidence log held by the Trust)</td></tr></table>
<div class="land" style="page-break-before:always">
<h2>Appendix B &ndash; Element ratings</h2>
{appendix_b()}
</div>
</body></html>
'''
write('marshfield-heritage-2017-review.html', html)
