# castlegate-homes-2021-review: SGS United Kingdom first annual review (remote) of a housing ALMO,
# 2021. The review SAMPLED Criteria 2 and 4 in full plus the 2020 partial 1.3.2. The element tables
# cover ALL 57 with the columns "Ref | Element | 2020 reassessment | 2021 review | Direction" (↑ ↓ →);
# for the criteria NOT ASSESSED at this visit the "2021 review" cell REPEATS the 2020 rating IN GREY
# ITALICS (carried forward, not re-rated) and the Direction cell is empty; a banner row above each
# unsampled criterion says so. 1.3.2 (in unsampled Criterion 1) is black with ↑. Counts of the
# sample (25 elements), a per-criterion table for Criteria 2 and 4 only, and a "certificate
# position" with the carried ratings (5 / 50 / 2 / 0) that is NOT this visit's result.
from common import *
PREV = ratings(cp=['1.1.2', '2.1.1', '4.3.2', '5.2.1'], pc=['1.3.2', '3.2.2', '4.1.3'])
SAMPLED = [c for c in CODES if c[0] in '24'] + ['1.3.2']
NOW = ratings(cp=['1.1.2', '2.1.1', '2.2.4', '4.3.2', '5.2.1'], pc=['3.2.2', '4.2.3'])  # certificate position
R = {c: NOW[c] for c in SAMPLED}
v = list(R.values())
assert len(R) == 25 and (v.count('CP'), v.count('C'), v.count('PC'), v.count('NC')) == (3, 21, 1, 0)
assert counts(NOW) == (5, 50, 2, 0)
for c in CODES:
    if c not in SAMPLED: assert NOW[c] == PREV[c]
def rc(k):
    x = [R[c] for c in R if c.startswith(k + '.')]
    return (x.count('CP'), x.count('C'), x.count('PC'), x.count('NC'))
assert rc('2') == (2, 9, 0, 0) and rc('4') == (1, 11, 1, 0)
ORDER = {'CP': 3, 'C': 2, 'PC': 1, 'NC': 0}
AB = {'CP': 'C+', 'C': 'C', 'PC': 'PC', 'NC': 'NC'}
def arrow(c):
    a, b = ORDER[PREV[c]], ORDER[NOW[c]]
    return '&uarr;' if b > a else ('&darr;' if b < a else '&rarr;')
DETAILS = [('Client', 'Castlegate Homes Ltd (arm&rsquo;s-length management organisation for Braddon City Council)'),
           ('Visit type', 'Annual Review 1 (first annual review, cycle 2) &ndash; remote'),
           ('Scope of this visit', 'Criterion 2 and Criterion 4 in full; follow-up of the 2020 partial compliances'),
           ('Visit dates', '16 and 17 March 2021 (Microsoft Teams)'), ('Assessor', 'Deborah Fairclough-Nwosu'),
           ('Client contact', 'Ms Lorraine Hebden, Customer Insight Manager'), ('Report date', '6 April 2021'),
           ('SGS job number', 'GB21/CSE/0318')]
NOTE = {'2.2.4': 'New C+: the tenant-led &ldquo;Walk in my shoes&rdquo; training is now part of every induction.',
        '4.2.3': 'Repairs satisfaction fell during lockdown and the ALMO has not yet explained the fall to tenants.',
        '4.1.3': '2020 partial: standards now reviewed with the Tenants&rsquo; Scrutiny Panel.',
        '1.3.2': '2020 partial re-examined: satisfaction results are now published quarterly.'}
CSS = '''
@page { size: A4; margin: 18mm 16mm; }
body { font-family: Arial, "Liberation Sans", sans-serif; font-size: 9.5pt; color: #1d1d1b; }
h1 { font-size: 22pt; color: #e4002b; margin-top: 36mm; font-weight: normal; }
h2 { font-size: 13pt; color: #e4002b; margin-top: 16px; }
p { margin: 0 0 7px 0; }
table { border-collapse: collapse; width: 100%; }
td, th { border: 1px solid #b5b5b5; padding: 2px 5px; vertical-align: top; text-align: left; font-size: 8.5pt; }
th { background: #58595b; color: #fff; }
tr.ban td { background: #ececec; font-weight: bold; }
td.cf { color: #9a9a9a; font-style: italic; }
td.l { width: 28%; background: #f3f3f3; font-weight: bold; }
td.d { text-align: center; font-size: 10pt; }
.pb { page-break-after: always; }
'''
def el_rows():
    out = []
    for k in '12345':
        if k in '24':
            out.append(f'<tr class="ban"><td colspan="6">Criterion {k} &ndash; {CRIT[k]} (assessed at this visit)</td></tr>')
        else:
            out.append(f'<tr class="ban"><td colspan="6">Criterion {k} &ndash; {CRIT[k]} &ndash; not assessed at this visit; 2020 ratings carried forward (grey)' +
                       (', except 1.3.2, re-examined' if k == '1' else '') + '</td></tr>')
        for c in CODES:
            if not c.startswith(k + '.'): continue
            if c in R:
                out.append(f'<tr><td>{c}</td><td>{short(c, 95)}</td><td>{AB[PREV[c]]}</td><td><b>{AB[NOW[c]]}</b></td><td class="d">{arrow(c)}</td><td>{NOTE.get(c, "")}</td></tr>')
            else:
                out.append(f'<tr><td>{c}</td><td>{short(c, 95)}</td><td>{AB[PREV[c]]}</td><td class="cf"><i><font color="#9a9a9a">{AB[NOW[c]]}</font></i></td><td class="d"></td><td></td></tr>')
    return ''.join(out)
body = f'''
<div class="pb">
<p style="font-size:16pt;color:#e4002b"><b>SGS</b></p>
<h1>Customer Service Excellence<br>Annual Review Report</h1>
<p style="font-size:14pt">Castlegate Homes Ltd</p>
<p>for Braddon City Council &middot; March 2021</p>
</div>
<h2 style="page-break-before:always">Contents</h2>
<p>1. Visit details<br>2. Summary<br>3. Scope and sampling<br>4. Findings: Criterion 2<br>5. Findings: Criterion 4<br>6. Follow-up of the 2020 partial compliances<br>7. Element ratings<br>8. Certificate position<br>9. Sign-off</p>
<h2>1. Visit details</h2>
<table>{''.join(f'<tr><td class="l">{a}</td><td>{b}</td></tr>' for a, b in DETAILS)}</table>
<h2>2. Summary</h2>
<p>Castlegate Homes manages 14,200 council homes for Braddon City Council. It was reassessed in March 2020, a week before the first lockdown, and this first annual review of the new cycle was held remotely.</p>
<p>Of the 25 elements assessed at this visit, three were rated Compliance Plus (2.1.1, 2.2.4 and 4.3.2), 21 Compliance and one Partial Compliance (4.2.3); none was rated Non-Compliance. The partial compliances from 2020 at 1.3.2 and 4.1.3 have been resolved; 3.2.2 was not in the scope of this visit and remains open. Continued certification is recommended.</p>
<h2>3. Scope and sampling</h2>
<p>SGS annual reviews sample the standard. This visit assessed every element of Criterion 2 (11 elements) and Criterion 4 (13 elements), and re-examined 1.3.2 from Criterion 1: 25 elements in all. The other 32 elements were not assessed; their 2020 ratings are shown in grey in section 7 for completeness and stand until they are next assessed. Criteria 1, 3 and 5 will be assessed in full at the second annual review in 2022.</p>
<h2>4. Findings: Criterion 2 &ndash; {CRIT["2"]}</h2>
<p>The Board and the Council&rsquo;s housing portfolio holder receive a customer report every quarter, and the commitment to tenants&rsquo; views is evident in the corporate plan; 2.1.1 remains Compliance Plus. Staff moved to home working in a week without losing the personal touch; the tenant-led &ldquo;Walk in my shoes&rdquo; induction is exceptional and 2.2.4 is rated Compliance Plus for the first time.</p>
<h2>5. Findings: Criterion 4 &ndash; {CRIT["4"]}</h2>
<p>Standards are clear and were reviewed with the Tenants&rsquo; Scrutiny Panel. Complaint handling remains excellent (4.3.2 Compliance Plus). Satisfaction with repairs fell from 88% to 79% during lockdown; the ALMO knows why but has not told tenants, so 4.2.3 is rated Partial Compliance.</p>
<h2>6. Follow-up of the 2020 partial compliances</h2>
<p>1.3.2 (publishing satisfaction results) is now compliant. 4.1.3 (reviewing standards with customers) is now compliant. 3.2.2 was not examined and will be followed up in 2022.</p>
<h2 style="page-break-before:always">7. Element ratings</h2>
<p>Key: C+ Compliance Plus, C Compliance, PC Partial Compliance, NC Non-Compliance. Direction compares this visit with the 2020 reassessment: &uarr; higher, &darr; lower, &rarr; unchanged. Ratings in grey italics were not assessed at this visit and are carried forward from 2020; they are not ratings of this visit.</p>
<table><thead><tr><th width="6%">Ref</th><th width="44%">Element</th><th width="10%">2020 reassessment</th><th width="10%">2021 review</th><th width="8%">Direction</th><th>Note</th></tr></thead><tbody>{el_rows()}</tbody></table>
<h2>Results of this visit by criterion</h2>
<table style="width:75%"><tr><th>Criterion</th><th>C+</th><th>C</th><th>PC</th><th>NC</th><th>Assessed</th></tr>
<tr><td>2 &ndash; {CRIT["2"]}</td><td>2</td><td>9</td><td>0</td><td>0</td><td>11</td></tr>
<tr><td>4 &ndash; {CRIT["4"]}</td><td>1</td><td>11</td><td>1</td><td>0</td><td>13</td></tr>
<tr><td>1.3.2 (follow-up)</td><td>0</td><td>1</td><td>0</td><td>0</td><td>1</td></tr>
<tr><td><b>This visit</b></td><td><b>3</b></td><td><b>21</b></td><td><b>1</b></td><td><b>0</b></td><td><b>25</b></td></tr></table>
<h2>8. Certificate position</h2>
<p>Taking this visit&rsquo;s ratings together with the 2020 ratings carried forward, Castlegate Homes&rsquo; position across the whole standard is five Compliance Plus, 50 Compliance and two Partial Compliance (3.2.2 and 4.2.3). This is a summary for the certificate file, not the result of this visit.</p>
<h2>9. Sign-off</h2>
<p>Deborah Fairclough-Nwosu, Lead Assessor, SGS United Kingdom Ltd<br>6 April 2021</p>
'''
write('castlegate-homes-2021-review.html', page('SGS – Customer Service Excellence Annual Review Report – Castlegate Homes Ltd – March 2021', CSS, body))
