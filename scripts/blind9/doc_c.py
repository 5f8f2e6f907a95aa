# dunmere-pct-2008-initial: SGS United Kingdom initial assessment of a primary care trust, 2008
# (the first year of the standard; the Trust held Charter Mark). The 57 ratings are in ONE LONG
# TABLE whose element code is SPLIT OVER MERGED ROWS: a criterion banner row spanning every
# column ("CRITERION 1 – CUSTOMER INSIGHT"), a sub-criterion row spanning every column
# ("1.1  Customer Identification"), then element rows numbered only "1", "2", "3" in the El.
# column. The table runs over several pages (header repeated), so the element rows at the top of
# a page have no sub-criterion row above them on that page.
from common import *
CP = ['2.1.1', '4.3.4']
PC = ['1.1.3', '3.3.1', '3.4.3', '5.1.2']
R = ratings(cp=CP, pc=PC)
assert counts(R) == (2, 51, 4, 0)
WORD = {'CP': 'Compliance Plus', 'C': 'Compliance', 'PC': 'Partial Compliance', 'NC': 'Non-Compliance'}
EVID = {
 '1.1': ['Joint Strategic Needs Assessment 2008 draft; practice population profiles', 'PALS contact analysis 2007/08', None],
 '1.2': ['Patient and Public Involvement strategy 2007–2010', 'Minutes of Patients\' Forum; "Your Health, Your Say" event report', 'Review of involvement methods, March 2008'],
 '1.3': ['Annual patient survey (Healthcare Commission) and local surveys', 'Survey results published in "Dunmere Health News"', 'Local survey questionnaire', 'Satisfaction targets in the PCT Annual Plan', 'Staff survey 2007 and team meeting notes'],
 '2.1': ['Board minutes; Chief Executive\'s "Patients First" pledge', 'Customer insight in the Commissioning Strategic Plan', 'Policies seen; interviews', 'Equality Impact Assessments (6 seen)', 'Information Governance Toolkit return 2008', 'Front-line staff empowerment; PALS officers\' authority to resolve'],
 '2.2': ['Induction programme; KSF outlines', 'Interviews with patients and staff', 'Appraisal records sampled', 'Staff suggestion scheme', 'Chairman\'s awards 2008'],
 '3.1': ['Patient information catalogue; website', 'Information on what patients can expect'],
 '3.2': ['Leaflets in six languages; Easy Read', 'Interviews', 'Patient panel reading group', 'Information review schedule'],
 '3.3': [None, 'Opening hours of clinics and PALS; telephone and e-mail', 'Facilities inspected at three health centres'],
 '3.4': ['Partnership agreements with Dunmere County Council', 'Information-sharing protocol', None],
 '4.1': ['Service standards in the PCT\'s patient charter', 'Monitoring reports to the Board', 'Standards reviewed with the Patients\' Forum'],
 '4.2': ['Patients told outcomes; letters sampled', 'Outcome measures', 'Benchmarking with neighbouring PCTs', 'Good practice adopted from other PCTs'],
 '4.3': ['Performance dips explained', 'Complaints procedure (NHS two-stage procedure)', 'Staff training on complaints', None, 'Complaints policy reviewed 2007', 'Redress policy'],
 '5.1': ['Timeliness standards (18-week referral to treatment)', None],
 '5.2': ['Patients told of timescales', 'First-contact resolution in PALS', 'Information shared with consent', 'Delays communicated', 'Telephone answering standards'],
 '5.3': ['Performance monitored monthly', 'Results published', 'Comparisons with other PCTs'],
}
NOTE = {
 '1.1.3': 'Work with travellers and homeless people is good, but the Trust has not identified other groups who do not use its services (for example young carers and Eastern European migrant workers) or shown how services have changed for them.',
 '2.1.1': 'Exceptional commitment from the top: the Chief Executive and Chair spend a day a month in front-line services, every Board meeting opens with a patient\'s story, and the "Patients First" pledge is in every job description.',
 '3.3.1': 'Access is good in the towns but the Trust has not evaluated access for patients in the rural west of the county, where the mobile clinic has been withdrawn.',
 '3.4.3': 'Support for community groups is informal and not recorded; the Trust could not show how it contributes to the wider community.',
 '4.3.4': 'Learning from complaints is outstanding: each complaint is reviewed by a panel including a patient representative, and the Trust publishes a quarterly "You told us" report; the changes to the podiatry booking system followed directly.',
 '5.1.2': 'Quality standards other than waiting times have not been set for most services.',
}

def evid(c):
    sub, n = c.rsplit('.', 1)
    e = EVID[sub][int(n) - 1]
    return NOTE.get(c) or e or 'Interviews; observation'

rows = []
for k in '12345':
    rows.append(f'<tr class="cr"><td colspan="4">CRITERION {k} &ndash; {CRIT[k].upper()}</td></tr>')
    for s in subs_of(k):
        rows.append(f'<tr class="sc"><td colspan="4">{s}&nbsp;&nbsp;{SUBS[s]}</td></tr>')
        for c in codes_of(s):
            n = c.rsplit('.', 1)[1]
            rows.append(f'<tr><td class="el">{n}</td><td>{STMT[c]}</td><td class="r">{WORD[R[c]]}</td><td>{evid(c)}</td></tr>')

BY = {k: counts(R, k) for k in '12345'}
crit_rows = ''.join(f'<tr><td>Criterion {k}</td>' + ''.join(f'<td class="n">{x}</td>' for x in BY[k]) + f'<td class="n">{sum(BY[k])}</td></tr>' for k in '12345')

CSS = '''
@page { size: A4; margin: 18mm 16mm 20mm 16mm; }
body { font-family: Tahoma, "DejaVu Sans", sans-serif; font-size: 9pt; }
h1 { font-size: 20pt; color: #d3531a; margin-top: 30mm; }
h2 { font-size: 12pt; color: #d3531a; margin-top: 16px; }
table { border-collapse: collapse; width: 100%; }
td, th { border: 1px solid #999; padding: 3px 4px; vertical-align: top; font-size: 8.5pt; }
th { background: #4d4d4d; color: #fff; text-align: left; }
thead { display: table-header-group; }
tr.cr td { background: #d3531a; color: #fff; font-weight: bold; font-size: 9.5pt; }
tr.sc td { background: #f6dccf; font-weight: bold; }
td.el { text-align: center; width: 5%; font-weight: bold; }
td.r { width: 14%; }
td.n { text-align: center; }
table.k td.l { width: 30%; background: #eee; font-weight: bold; }
.pb { page-break-after: always; }
'''
KEY = [('Organisation', 'Dunmere Primary Care Trust'), ('Address', 'Trust Headquarters, Kingsway House, Dunmere DN4 2QT'),
       ('Scope', 'All directly provided and commissioned services of the Trust, including the Patient Advice and Liaison Service (PALS)'),
       ('Assessment type', 'Initial Assessment (transfer from Charter Mark)'),
       ('Lead Assessor', 'Robin Halloran BSc MCIM'), ('Assessor', 'Dr Ngozi Eze-Whitfield'),
       ('Pre-assessment (desk review)', '10 November 2008'), ('On-site assessment', '2nd – 4th December 2008'),
       ('Report date', '19 December 2008'), ('SGS job number', 'GB08/41187')]

html = f'''<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>SGS – Customer Service Excellence Assessment Report – Dunmere Primary Care Trust – December 2008</title>
<style>{CSS}</style></head><body>
<div class="pb">
<p style="font-size:18pt;color:#d3531a"><b>SGS</b></p>
<p>SGS United Kingdom Ltd &middot; Systems &amp; Services Certification</p>
<h1>Customer Service Excellence<br>Assessment Report</h1>
<p style="font-size:14pt">Dunmere Primary Care Trust</p>
<p>Initial Assessment &middot; December 2008</p>
</div>
<div class="pb">
<h2 style="page-break-before:always">Contents</h2>
<p>1. Assessment details<br>2. Background<br>3. Summary of findings<br>4. Results by criterion<br>5. Detailed findings (all elements)<br>6. Areas for improvement<br>7. Recommendation</p>
</div>
<h2 style="page-break-before:always">1. Assessment details</h2>
<table class="k">{''.join(f'<tr><td class="l">{a}</td><td>{b}</td></tr>' for a, b in KEY)}</table>
<h2>2. Background</h2>
<p>Dunmere Primary Care Trust serves a population of 410,000 and held Charter Mark from 2005 until 2008. Customer Service Excellence replaced Charter Mark in 2008 and this initial assessment is the Trust&rsquo;s first against the new standard. The Trust&rsquo;s Annual Health Check rating for quality of services in 2007/08 was &ldquo;Good&rdquo;.</p>
<p>The assessors interviewed 54 staff, 21 patients and carers, members of the Patients&rsquo; Forum and the Local Involvement Network, and partners from Dunmere County Council, and visited three health centres and the PALS office.</p>
<h2>3. Summary of findings</h2>
<p>The Trust has a strong commitment to patients, led from the top. Compliance Plus was awarded for 2.1.1 and 4.3.4. Four elements were found to be partially compliant: 1.1.3, 3.3.1, 3.4.3 and 5.1.2. All other elements were compliant. No element was non-compliant.</p>
<h2>4. Results by criterion</h2>
<table><tr><th>Criterion</th><th>Compliance Plus</th><th>Compliance</th><th>Partial Compliance</th><th>Non-Compliance</th><th>Elements</th></tr>
{crit_rows}
<tr><td><b>Total</b></td><td class="n"><b>2</b></td><td class="n"><b>51</b></td><td class="n"><b>4</b></td><td class="n"><b>0</b></td><td class="n"><b>57</b></td></tr></table>
<h2 style="page-break-before:always">5. Detailed findings (all elements)</h2>
<p>Elements are numbered within their sub-criterion: element 3 under &ldquo;1.1 Customer Identification&rdquo; is element 1.1.3 of the standard.</p>
<table><thead><tr><th>El.</th><th>Requirement</th><th>Compliance level</th><th>Evidence / comments</th></tr></thead><tbody>
{''.join(rows)}
</tbody></table>
<h2>6. Areas for improvement</h2>
<ul><li>Identify the groups who do not use the Trust&rsquo;s services and show how services have been changed for them (1.1.3).</li>
<li>Evaluate access for rural patients (3.3.1).</li><li>Record the Trust&rsquo;s support for community groups (3.4.3).</li>
<li>Set quality standards beyond waiting times (5.1.2).</li></ul>
<p>The partial compliances will be followed up at the first annual review in December 2009.</p>
<h2>7. Recommendation</h2>
<p>We recommend that Dunmere Primary Care Trust is certified to the Customer Service Excellence standard.</p>
<p>Robin Halloran BSc MCIM<br>Lead Assessor, SGS United Kingdom Ltd<br>19 December 2008</p>
</body></html>
'''
write('dunmere-pct-2008-initial.html', html)
