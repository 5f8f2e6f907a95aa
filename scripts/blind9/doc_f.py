# coombe-marsh-housing-options-2017-2018-combined: Centre for Assessment COMBINED REPORT of two
# visits to a district council's housing options service, in two separate parts, each with its
# own assessor, dates and ratings: Part A the Annual Review 2 of 7–8 November 2017 (one
# Non-Compliance, two partials: certification suspended), Part B the PARTIAL REASSESSMENT of
# Criterion 4 on 13 March 2018 (the 13 elements of Criterion 4 re-rated; the NC and one partial
# cleared). Part B's table shows the AR2 rating beside the new one; a closing "combined position"
# merges both visits.
from common import *
CP1 = ['1.1.2', '2.2.3']
PC1 = ['1.2.3', '4.1.2']
NC1 = ['4.3.2']
R1 = ratings(cp=CP1, pc=PC1, nc=NC1)
assert counts(R1) == (2, 52, 2, 1)
C4 = [c for c in CODES if c.startswith('4.')]
R2 = {c: 'C' for c in C4}
R2['4.3.4'] = 'CP'
assert counts(R2) == (1, 12, 0, 0)
RS = [R1, R2]
WORD = {'CP': 'Compliance Plus', 'C': 'Compliance', 'PC': 'Partial Compliance', 'NC': 'Non-Compliance'}
BY1 = {k: counts(R1, k) for k in '12345'}
# position after both visits (Part C): AR2 ratings with Criterion 4 replaced by Part B's
COMB = dict(R1); COMB.update(R2)
assert counts(COMB) == (3, 53, 1, 0)
B_NOTE = {
 '4.1.1': 'Standards for homelessness decisions, temporary accommodation and housing register applications in place.',
 '4.1.2': 'Performance against every standard is now reported monthly to the Housing Management Team and published quarterly on the website (first report January 2018).',
 '4.1.3': 'Standards reviewed with the Tenants\' and Residents\' Forum in December 2017.',
 '4.2.1': 'Decision letters sampled (12) are clear about outcomes.',
 '4.2.2': 'Prevention outcomes tracked for six months after closure.',
 '4.2.3': 'Benchmarking through the Kent and Sussex housing options group.',
 '4.2.4': 'Good practice adopted from two neighbouring councils.',
 '4.3.1': 'Dips in performance explained to customers and Members.',
 '4.3.2': 'A clear complaints procedure for housing decisions, separate from statutory reviews, was introduced in December 2017; it is publicised in every decision letter and on the website, and staff could explain it.',
 '4.3.3': 'Staff resolve most complaints informally at first contact.',
 '4.3.4': 'Exceptional learning from complaints since November: each complaint is reviewed with the officer and a customer panel member, and the changes are published as "What we changed this month".',
 '4.3.5': 'The procedure will be reviewed after its first year; the Service has asked customers about it.',
 '4.3.6': 'Remedies appropriate.',
}
assert set(B_NOTE) == set(C4)

CSS = '''
@page { size: A4; margin: 20mm 18mm; }
body { font-family: Cambria, "Liberation Serif", serif; font-size: 10pt; }
h1 { font-size: 22pt; color: #005a4e; margin-top: 35mm; }
h2 { font-size: 14pt; color: #005a4e; margin-top: 18px; border-top: 3px solid #005a4e; padding-top: 4px; }
h3 { font-size: 11pt; color: #005a4e; }
table { border-collapse: collapse; width: 100%; }
td, th { border: 1px solid #7a9; padding: 3px 5px; font-size: 9pt; vertical-align: top; }
th { background: #dcebe8; text-align: left; }
td.l { width: 32%; background: #f0f6f5; font-weight: bold; }
td.n { text-align: center; }
.pb { page-break-after: always; }
.part { font-size: 16pt; color: #fff; background: #005a4e; padding: 6px 10px; }
'''
KEY_A = [('Organisation', 'Coombe Marsh District Council – Housing Options Service'), ('Assessment type', 'Annual Review 2 (AR2)'),
         ('Assessor', 'Mrs Lorraine Ebbw-Davies, Lead Assessor'), ('Visit dates', '7th &amp; 8th November 2017'),
         ('Report date (Part A)', '24th November 2017'), ('Service contact', 'Mr Nathan Oyelaran, Housing Options Manager')]
KEY_B = [('Assessment type', 'Partial Reassessment (Criterion 4), following the Non-Compliance at AR2'),
         ('Assessor', 'Mr Declan Fairweather MCIM'), ('Visit date', 'Tuesday 13th March 2018'),
         ('Evidence submitted', '26th February 2018'), ('Report date (Part B)', '29th March 2018')]

def crit_tab(BY, label):
    rows = ''.join(f'<tr><td>{k}. {CRIT[k]}</td>' + ''.join(f'<td class="n">{x}</td>' for x in BY[k]) + '</tr>' for k in '12345')
    t = tuple(sum(BY[k][i] for k in '12345') for i in range(4))
    return (f'<table><tr><th>{label}</th><th>Compliance Plus</th><th>Compliance</th><th>Partial Compliance</th><th>Non-Compliance</th></tr>{rows}'
            f'<tr><td><b>Total</b></td>' + ''.join(f'<td class="n"><b>{x}</b></td>' for x in t) + '</tr></table>')

b_rows = ''.join(f'<tr><td>{c}</td><td>{STMT[c]}</td><td>{WORD[R1[c]]}</td><td><b>{WORD[R2[c]]}</b></td><td>{B_NOTE[c]}</td></tr>' for c in C4)

html = f'''<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Centre for Assessment – Customer Service Excellence – Combined Report – Coombe Marsh District Council Housing Options Service – AR2 November 2017 and Partial Reassessment March 2018</title>
<style>{CSS}</style></head><body>
<div class="pb">
<p style="font-size:13pt;color:#005a4e"><b>Centre for Assessment</b></p>
<h1>Customer Service Excellence<br>Combined Report</h1>
<p style="font-size:14pt">Coombe Marsh District Council<br>Housing Options Service</p>
<p>Part A &ndash; Annual Review 2, November 2017<br>Part B &ndash; Partial Reassessment (Criterion 4), March 2018</p>
<p style="margin-top:70mm;font-size:8.5pt">This combined report brings together the report of the second annual review and the report of the partial reassessment that followed it, so that the Service has a single record of the year. Each part keeps its own date.</p>
</div>
<div class="pb">
<h2 style="page-break-before:always">Contents</h2>
<p>Part A &ndash; Annual Review 2 (November 2017)<br>&nbsp;&nbsp;A1 Visit details<br>&nbsp;&nbsp;A2 Summary<br>&nbsp;&nbsp;A3 Compliance Plus<br>&nbsp;&nbsp;A4 Partial Compliance and Non-Compliance<br>&nbsp;&nbsp;A5 Results by criterion<br>&nbsp;&nbsp;A6 Outcome<br>
Part B &ndash; Partial Reassessment (March 2018)<br>&nbsp;&nbsp;B1 Visit details<br>&nbsp;&nbsp;B2 Scope<br>&nbsp;&nbsp;B3 Findings for Criterion 4<br>&nbsp;&nbsp;B4 Outcome<br>
Part C &ndash; Position after both visits</p>
</div>
<p class="part" style="page-break-before:always">Part A &ndash; Annual Review 2 (November 2017)</p>
<h2>A1 Visit details</h2>
<table>{''.join(f'<tr><td class="l">{a}</td><td>{b}</td></tr>' for a, b in KEY_A)}</table>
<h2>A2 Summary</h2>
<p>This was the second annual review of the Service&rsquo;s current certification (reassessment November 2015, Annual Review 1 November 2016). The Service has many strengths, but the way it handles complaints about housing decisions does not meet the standard.</p>
<p>Two elements were rated Compliance Plus, two Partial Compliance and one Non-Compliance. All other elements were assessed as Compliance.</p>
<h2>A3 Compliance Plus</h2>
<table><tr><th style="width:10%">Element</th><th>Reason</th></tr>
<tr><td>1.1.2</td><td>Customer insight from the homelessness prevention data is used to target help before crisis: the &ldquo;early warning&rdquo; work with private landlords came directly from it.</td></tr>
<tr><td>2.2.3</td><td>Staff show an exceptional customer-focused attitude in difficult circumstances; customers and partners were unanimous about it.</td></tr></table>
<h2>A4 Partial Compliance and Non-Compliance</h2>
<table><tr><th style="width:10%">Element</th><th style="width:18%">Rating</th><th>Finding</th></tr>
<tr><td>1.2.3</td><td>Partial Compliance</td><td>Consultation methods have not been reviewed since 2014 and reach few single homeless people.</td></tr>
<tr><td>4.1.2</td><td>Partial Compliance</td><td>Performance against the Service&rsquo;s standards is monitored but not reported to customers.</td></tr>
<tr><td>4.3.2</td><td>Non-Compliance</td><td>There is no clear, well-publicised complaints procedure for customers unhappy with the service they receive: customers and staff confused complaints with statutory reviews of homelessness decisions, and several complaints had not been recorded. (See also 4.3.4, which is compliant.)</td></tr></table>
<h2>A5 Results by criterion</h2>
{crit_tab(BY1, 'Criterion (AR2, November 2017)')}
<h2>A6 Outcome</h2>
<p>Because of the Non-Compliance in 4.3.2, certification is suspended. The Service must put in place a complaints procedure that meets the standard, and Centre for Assessment will carry out a partial reassessment of Criterion 4 within four months. The partial compliance in 1.2.3 is to be addressed by the reassessment in November 2018.</p>
<p>Lorraine Ebbw-Davies, Lead Assessor &ndash; 24th November 2017</p>
<p class="part" style="page-break-before:always">Part B &ndash; Partial Reassessment (March 2018)</p>
<h2>B1 Visit details</h2>
<table>{''.join(f'<tr><td class="l">{a}</td><td>{b}</td></tr>' for a, b in KEY_B)}</table>
<h2>B2 Scope</h2>
<p>The partial reassessment covered the thirteen elements of Criterion 4, Delivery, including 4.3.2 (Non-Compliance at AR2) and 4.1.2 (Partial Compliance at AR2). Criteria 1, 2, 3 and 5 were not reassessed and their AR2 ratings stand; 1.2.3 remains partially compliant until the reassessment.</p>
<h2>B3 Findings for Criterion 4</h2>
<table><tr><th style="width:7%">Element</th><th style="width:30%">Requirement</th><th style="width:12%">AR2 rating (Nov 2017)</th><th style="width:13%">Rating at this visit</th><th>Assessor&rsquo;s comments</th></tr>{b_rows}</table>
<p>Of the 13 elements of Criterion 4: Compliance Plus 1, Compliance 12, Partial Compliance 0, Non-Compliance 0.</p>
<h2>B4 Outcome</h2>
<p>The Non-Compliance in 4.3.2 and the partial compliance in 4.1.2 have been resolved, and 4.3.4 is now rated Compliance Plus. I recommend that the suspension is lifted and certification reinstated.</p>
<p>Declan Fairweather MCIM, Assessor &ndash; 29th March 2018</p>
<h2 style="page-break-before:always">Part C &ndash; Position after both visits</h2>
<p>Taken together, the Service&rsquo;s position going into the reassessment in November 2018 is: three elements at Compliance Plus (1.1.2, 2.2.3 and 4.3.4), one Partial Compliance (1.2.3) and 53 at Compliance. Certification reinstated by the Centre for Assessment Certification Panel on 6th April 2018.</p>
</body></html>
'''
write('coombe-marsh-housing-options-2017-2018-combined.html', html)
