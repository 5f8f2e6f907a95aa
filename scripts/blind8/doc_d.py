# hexley-bereavement-2020-reassessment: Assessment Services Ltd reassessment (remote, 2020) of a
# borough council's bereavement service. Every table has its columns IN REVERSE ORDER: the element
# table is "Assessor's judgement | Assessor's comments | Requirement | Ref" (the rating first, the
# code in the LAST column), and the per-criterion table is "Non-Compliance | Partial Compliance |
# Compliance | Compliance Plus | Criterion" (the criterion label last). Names are written
# "Surname, Forename" in the key information ("Adebisi, Dr Folake (Lead Assessor)"), for the
# assessors AND for people who are not assessors (client contact, technical reviewer).
from common import *
CP = ['1.3.5', '2.1.3', '4.2.2', '4.3.4']
PC = ['3.3.2', '5.1.2']
R = ratings(cp=CP, pc=PC)
assert counts(R) == (4, 51, 2, 0)
BY = {'1': (1, 10, 0, 0), '2': (1, 10, 0, 0), '3': (0, 11, 1, 0), '4': (2, 11, 0, 0), '5': (0, 9, 1, 0)}
for k, v in BY.items():
    assert counts(R, k) == v, k
WORD = {'CP': 'Compliance Plus', 'C': 'Compliance', 'PC': 'Partial Compliance', 'NC': 'Non-Compliance'}
COMMENT = {
 '1.1.1': 'Profile of service users (funeral directors, bereaved families, faith groups, memorial-rights holders) drawn from the booking system and the 2011 census.',
 '1.1.2': 'Insight into the needs of families arranging direct cremations led to the "simple service" option.',
 '1.1.3': 'Links with the hospital bereavement team, the coroner\'s officers and the Jewish and Muslim burial societies; public health funerals handled with dignity.',
 '1.2.1': 'Engagement plan covers funeral directors (quarterly forum), faith leaders and families.',
 '1.2.2': 'The funeral directors\' forum shaped the 2020 COVID-19 arrangements; results fed back in the forum newsletter.',
 '1.2.3': 'Methods reviewed in 2019; an online family survey added.',
 '1.3.1': 'Post-service survey of families and an annual funeral directors\' survey.',
 '1.3.2': 'Results analysed by service type and published on the Council website.',
 '1.3.3': 'Questions cover timeliness, information, staff and the chapel environment.',
 '1.3.4': 'Satisfaction targets set (95% good or excellent); 97% in 2019/20.',
 '1.3.5': 'An outstanding response to what families said during the pandemic: webcasting of every service at no charge within two weeks of lockdown, outdoor committals with amplified sound, and a "memory box" for families who could not attend. 1,460 families watched services online; several neighbouring councils copied the approach. See also 4.3.4.',
 '2.1.1': 'The Cabinet member and the Head of Environmental Services champion the bereaved; customer results reported to Cabinet annually.',
 '2.1.2': 'Customer insight used in the Bereavement Services Strategy 2019–2024.',
 '2.1.3': 'Policies and procedures are exceptional in the way they put families first: the infant and child funeral policy (no fees, a named officer throughout), the pandemic operating procedures written with faith leaders, and the cremated-remains policy rewritten after complaints. Staff could explain each one.',
 '2.1.4': 'Equality analysis of charges and of the new burial ground completed.',
 '2.1.5': 'Records of burials and cremations held securely; the register office link is encrypted.',
 '2.1.6': 'Staff are trusted to waive fees in hardship cases within clear limits.',
 '2.2.1': 'Recruitment and induction include bereavement-awareness training from Cruse.',
 '2.2.2': 'Funeral directors described staff as "unfailingly kind".',
 '2.2.3': 'Customer focus in appraisal and team meetings.',
 '2.2.4': 'Grounds staff proposed the woodland burial area layout.',
 '2.2.5': 'Staff recognition through the Council\'s awards; the team won "Team of the Year" 2019.',
 '3.1.1': 'Service guide, website and funeral-director pack describe the full range of services.',
 '3.1.2': 'Fees published annually with the reasons for changes.',
 '3.2.1': 'Information in print, online and in Urdu, Polish and Gujarati.',
 '3.2.2': 'Staff check understanding with families at the booking meeting.',
 '3.2.3': 'The memorial-rights leaflet was rewritten after families found it confusing.',
 '3.2.4': 'Information checked by the office manager every six months.',
 '3.3.1': 'Access by telephone, e-mail, the online booking system for funeral directors and in person at the cemetery office; chapel accessible.',
 '3.3.2': 'The Service moved most contact online in 2020 without evaluating how families and funeral directors use its channels; usage data exists but has not been analysed, and the out-of-hours arrangements for Muslim and Jewish burials have not been reviewed with the communities concerned.',
 '3.3.3': 'The crematorium and the two cemeteries are clean and safe; the site visit on 22/09/2020 confirmed this.',
 '3.4.1': 'Partnership arrangements with funeral directors, the coroner and the hospital are in place and working (see 1.1.3).',
 '3.4.2': 'Responsibilities agreed with the coroner and the Register Office.',
 '3.4.3': 'Support for the local Cruse branch and the annual service of remembrance.',
 '4.1.1': 'Service standards in the Charter for the Bereaved.',
 '4.1.2': 'Performance against the standards monitored monthly and reported to funeral directors.',
 '4.1.3': 'Standards reviewed with the funeral directors\' forum in 2019.',
 '4.2.1': 'Families receive written confirmation of what has been arranged.',
 '4.2.2': 'The Service does what it says to an exceptional degree: not one service was cancelled or delayed in 2019/20 or during the first wave of the pandemic, every family received cremated remains on the date promised, and the webcasting promise was kept for all 1,460 services.',
 '4.2.3': 'Benchmarking with APSE and the ICCM.',
 '4.2.4': 'Good practice from other authorities adopted, e.g. the memorial-safety programme.',
 '4.3.1': 'Dips in performance identified and explained to funeral directors.',
 '4.3.2': 'Complaints procedure is the Council\'s corporate procedure, clearly explained.',
 '4.3.3': 'Staff trained in resolving complaints at the first point.',
 '4.3.4': 'Learning from complaints is exceptional: every complaint and compliment is reviewed at a monthly "what families told us" meeting, and the changes (the cremated-remains policy, the new chapel music system, signage at Hexley Cemetery) are published. Complaints have fallen from 31 in 2017/18 to 9 in 2019/20.',
 '4.3.5': 'The corporate complaints procedure was reviewed in 2019.',
 '4.3.6': 'Remedies for upheld complaints are appropriate.',
 '5.1.1': 'Timeliness standards for bookings, cremations, burials and enquiries.',
 '5.1.2': 'The Service has no quality standards other than timeliness: it measures how quickly it acts but has set no standard for, for example, the condition of the grounds or the accuracy of records. The Partial Compliance given at the 2017 reassessment is therefore unchanged.',
 '5.2.1': 'Families are told when to expect each stage.',
 '5.2.2': 'Most needs met at the booking meeting.',
 '5.2.3': 'Information shared with the coroner and funeral directors, with consent.',
 '5.2.4': 'Families are told of delays and next steps.',
 '5.2.5': 'Calls answered promptly; e-mails within one working day.',
 '5.3.1': 'Performance monitored monthly.',
 '5.3.2': 'Standards met in 2019/20 and published.',
 '5.3.3': 'Timeliness compared with APSE family group; in the top quartile.',
}
assert set(COMMENT) == set(CODES)

KEY = [
    ('Organisation', 'Hexley Borough Council – Bereavement Services'),
    ('Assessment type', 'Reassessment (end of the 2017–2020 certification cycle)'),
    ('Assessor(s)', 'Adebisi, Dr Folake (Lead Assessor)<br>Rudd, Simon (Assessor)'),
    ('Client contact', 'Hassan, Yusuf (Bereavement Services Manager)'),
    ('Technical review', 'Whitgift, Lorna (report review only)'),
    ('Pre-assessment document review', '01/09/2020'),
    ('Assessment dates', '15/09/2020 – 17/09/2020 (remote, by Microsoft Teams)<br>22/09/2020 (site visit to Hexley Crematorium, half day)'),
    ('Report date', '09/10/2020'),
]
CONTEXT = [
    'Hexley Borough Council\'s Bereavement Services run Hexley Crematorium, two cemeteries and the Council\'s public health funeral service, carrying out about 2,600 cremations and 380 burials a year with 24 staff. The Service was first certified to Customer Service Excellence in 2014.',
    'Because of COVID-19 the reassessment was carried out remotely, as allowed by the arrangements for 2020, with a short site visit to the Crematorium once restrictions allowed. The assessors interviewed 19 staff, 8 funeral directors, 3 faith leaders, the coroner\'s officer, the Cabinet member and 12 families (by telephone).',
    'The Service also holds the Gold award under the ICCM Charter for the Bereaved (2019) and its crematorium is compliant with the Environmental Permitting Regulations (2020 inspection); neither is part of this assessment.',
]
PREVIOUS = ('At the 2017 reassessment the Service had five Compliance Plus ratings (1.3.5, 2.1.3, 3.4.1, 4.2.2 and 4.3.4) and one Partial Compliance (5.1.2). '
            'The partial compliance was still open at the 2019 annual review. 3.4.1 is now Compliance; 5.1.2 remains partial and 3.3.2 is a new partial compliance.')
SUMMARY = [
    'The Service continues to put bereaved families at the centre of everything it does, and it adapted quickly and compassionately to the pandemic. We found four elements of Compliance Plus (1.3.5, 2.1.3, 4.2.2 and 4.3.4) and two of Partial Compliance (3.3.2 and 5.1.2); there is no Non-Compliance.',
    'The two partial compliances are within the tolerance for criteria 3 and 5, and we recommend that certification is renewed for a further three years.',
]
DEVELOP = ['Evaluate the online and telephone channels with families and funeral directors, and review out-of-hours arrangements with the Muslim and Jewish communities (3.3.2).',
           'Set quality standards for the grounds, the chapel and the accuracy of records, and report on them (5.1.2).',
           'Consider whether the work with partners could again reach the level of Compliance Plus (3.4.1).']

def crit_table():
    out = ['<table class="t"><tr><th>Non-Compliance</th><th>Partial Compliance</th><th>Compliance</th><th>Compliance Plus</th><th style="width:38%">Criterion</th></tr>']
    for k in '12345':
        cp, c, pc, nc = BY[k]
        out.append(''.join(f'<td class="n">{x}</td>' for x in (nc, pc, c, cp)) + f'<td>{k}. {CRIT[k]}</td>')
        out[-1] = '<tr>' + out[-1] + '</tr>'
    cp, c, pc, nc = counts(R)
    out.append('<tr>' + ''.join(f'<td class="n"><b>{x}</b></td>' for x in (nc, pc, c, cp)) + '<td><b>Total</b></td></tr></table>')
    return '\n'.join(out)

def el_table(k):
    out = [f'<h3>Criterion {k} &ndash; {CRIT[k]}</h3>',
           '<table class="e"><thead><tr><th style="width:14%">Assessor\'s judgement</th><th style="width:40%">Assessor\'s comments</th><th>Requirement</th><th style="width:7%">Ref</th></tr></thead><tbody>']
    for c in CODES:
        if c.startswith(k + '.'):
            out.append(f'<tr><td>{WORD[R[c]]}</td><td>{COMMENT[c]}</td><td>{STMT[c]}</td><td>{c}</td></tr>')
    out.append('</tbody></table>')
    return '\n'.join(out)

html = f'''<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Assessment Services Ltd – Customer Service Excellence Reassessment Report – Hexley Borough Council Bereavement Services – October 2020</title>
<style>
@page {{ size: A4; margin: 18mm; }}
body {{ font-family: Arial, "Liberation Sans", sans-serif; font-size: 9.5pt; }}
h1 {{ font-size: 19pt; color: #1f3864; margin-top: 35mm; }}
h2 {{ font-size: 12pt; color: #1f3864; margin-top: 16px; }}
h3 {{ font-size: 10.5pt; color: #1f3864; }}
table {{ border-collapse: collapse; }}
table.k td, table.t td, table.t th, table.e td, table.e th {{ border: 1px solid #8a8a8a; padding: 3px 5px; vertical-align: top; font-size: 8.5pt; }}
table.k {{ width: 100%; }}
table.k td.l {{ width: 32%; background: #dfe6f1; font-weight: bold; }}
table.t {{ width: 100%; }}
table.e {{ width: 100%; }}
table.e thead {{ display: table-header-group; }}
table.t th, table.e th {{ background: #1f3864; color: #fff; text-align: left; }}
td.n {{ text-align: center; }}
.pb {{ page-break-after: always; }}
</style></head>
<body>
<div class="pb">
<p style="font-size:12pt;color:#1f3864"><b>Assessment Services Ltd</b></p>
<h1>Customer Service Excellence&reg;<br>Assessment Report</h1>
<p style="font-size:14pt">Hexley Borough Council &ndash; Bereavement Services</p>
<p style="font-size:11pt">Reassessment 2020 (remote assessment)</p>
<p style="margin-top:80mm;font-size:8pt">Assessment Services Ltd is licensed by the Cabinet Office to assess and certify organisations against the Customer Service Excellence standard. This report is the property of the client and may be published by them in full.</p>
</div>
<div class="pb">
<h2>Contents</h2>
<p>1. Key Information<br>2. Context of the Assessment<br>3. Previous Assessment<br>4. Summary of Findings<br>5. Results by Criterion<br>6. Areas for Development<br>7. Detailed Assessment<br>8. Conclusion</p>
</div>
<h2>1. Key Information</h2>
<table class="k">''' + ''.join(f'<tr><td class="l">{a}</td><td>{b}</td></tr>' for a, b in KEY) + '''</table>
<h2>2. Context of the Assessment</h2>
''' + ''.join(f'<p>{p}</p>' for p in CONTEXT) + f'''
<h2>3. Previous Assessment</h2>
<p>{PREVIOUS}</p>
<h2>4. Summary of Findings</h2>
''' + ''.join(f'<p>{p}</p>' for p in SUMMARY) + f'''
<h2>5. Results by Criterion</h2>
<p>Number of elements at each level, by criterion:</p>
{crit_table()}
<h2>6. Areas for Development</h2>
<ul>''' + ''.join(f'<li>{p}</li>' for p in DEVELOP) + '''</ul>
<h2 style="page-break-before:always">7. Detailed Assessment</h2>
<p>For each element, the assessors\' judgement is given first, followed by their comments and the requirement of the standard; the element reference is in the right-hand column.</p>
''' + '\n'.join(el_table(k) for k in '12345') + '''
<h2>8. Conclusion</h2>
<p>Hexley Borough Council Bereavement Services continues to meet the requirements of the Customer Service Excellence standard, and we recommend that its certification is renewed. The first annual review of the new cycle is due in September 2021.</p>
<p>F. Adebisi, Lead Assessor, for Assessment Services Ltd &ndash; 09/10/2020</p>
</body></html>
'''
write('hexley-bereavement-2020-reassessment.html', html)
