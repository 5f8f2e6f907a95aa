# blackwater-ambulance-2013-reassessment: SGS "C3 Reassessment" (third certification cycle) of an
# ambulance trust; the whole report inside one layout table whose thead / tfoot (a running header
# and footer) repeat on every page, and a large
# "CONFIDENTIAL" watermark; score table with criteria as columns named only (no numbers) and ratings
# as rows "C+ / C / PC / NC", no totals; C+ and PC listed as "3.4.3 (Information and Access)";
# footnotes; dates 04/11/2013 and 15/10/2013 – 17/10/2013.
from common import *
CP = ['1.3.1', '2.1.4', '3.4.3', '4.3.1', '5.1.1']
PC = ['3.2.4', '4.2.3']
R = ratings(cp=CP, pc=PC)
assert counts(R) == (5, 50, 2, 0)
SHORT = {'1': 'Customer Insight', '2': 'Culture of the Organisation', '3': 'Information and Access', '4': 'Delivery', '5': 'Timeliness and Quality of Service'}

def score():
    h = ['<tr><th></th>' + ''.join(f'<th>{SHORT[k]}</th>' for k in '12345') + '</tr>']
    for i, k in enumerate(['C+', 'C', 'PC', 'NC']):
        h.append(f'<tr><th>{k}</th>' + ''.join(f'<td>{counts(R, c)[i]}</td>' for c in '12345') + '</tr>')
    return '\n'.join(h)

NARR = {
 '1': 'The Trust&rsquo;s patient experience team combines incident data, 111 and 999 call data and patient survey results into a quarterly &ldquo;Patient Insight Report&rdquo; for each of its three divisions. Satisfaction is measured by a rolling telephone survey of patients conveyed and not conveyed, run by an independent research company, with results weighted and tested for reliability; this is the most robust approach the assessor has seen in the ambulance sector<sup>1</sup>.',
 '2': 'Board members take part in &ldquo;ride-outs&rdquo; each quarter. Equality analysis of response times by postcode, age and ethnicity is published, and the Trust acted when it found that rural patients over 75 waited longer for non-emergency transport, with a measurable improvement.',
 '3': 'Information for patients is good, and the Trust works closely with community first responders, mountain rescue teams and the county&rsquo;s voluntary car scheme. Its support for community defibrillator schemes, with 212 public-access defibrillators installed and mapped since 2011, is outstanding. However, the Trust could not show that it checks the accuracy of information given to patients about non-emergency transport eligibility, and several patients had been given conflicting advice.',
 '4': 'Performance dips against national response standards are explained openly on the Trust&rsquo;s website and in local media, with the recovery actions. The Trust benchmarks its ambulance response performance nationally but could not show that it uses benchmarking to improve patient transport or complaint handling<sup>2</sup>.',
 '5': 'Standards for timeliness cover 999, 111, patient transport bookings, letters and complaints, and were agreed with the Patients&rsquo; Forum; they are among the most comprehensive seen.',
}

def lst(kind):
    return '<ul>' + ''.join(f'<li>{c} ({CRIT[c[0]]})</li>' for c in CODES if R[c] == kind) + '</ul>'

html = f'''<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Blackwater Ambulance Service NHS Trust – CSE C3 Reassessment</title>
<style>
@page {{ margin: 15mm 18mm; }}
body {{ font-family: Cambria, "Liberation Serif", serif; font-size: 11pt; }}
.runhead {{ font-size: 8pt; color: #666; border-bottom: 1px solid #ccc; font-weight: normal; text-align: left; }}
.runfoot {{ font-size: 8pt; color: #666; text-align: center; border-top: 1px solid #ccc; }}
table.page {{ width: 100%; border-collapse: collapse; }}
.wm {{ position: fixed; top: 40%; left: 5%; font-size: 80pt; color: rgba(200,0,0,0.08); transform: rotate(-35deg); }}
h1 {{ font-size: 18pt; }}
h2 {{ font-size: 12pt; color: #0b5; }}
table.s {{ border-collapse: collapse; }}
table.s td, table.s th {{ border: 1px solid #555; padding: 3px 8px; text-align: center; font-size: 9.5pt; }}
.fn {{ font-size: 8.5pt; border-top: 1px solid #999; margin-top: 16px; }}
</style></head>
<body>
<div class="wm">CONFIDENTIAL</div>
<table class="page">
<thead><tr><th class="runhead">SGS United Kingdom Ltd &nbsp;&middot;&nbsp; Customer Service Excellence &nbsp;&middot;&nbsp; C3 Reassessment &nbsp;&middot;&nbsp; Blackwater Ambulance Service NHS Trust</th></tr></thead>
<tfoot><tr><td class="runfoot">CONFIDENTIAL &ndash; for the client and SGS only &nbsp;&middot;&nbsp; Issue 1 &nbsp;&middot;&nbsp; 04/11/2013</td></tr></tfoot>
<tbody><tr><td>

<p style="font-size:9pt">SGS United Kingdom Ltd, Rossmore Business Park, Ellesmere Port, Cheshire CH65 3EN</p>
<h1>Customer Service Excellence<br>C3 Reassessment Report</h1>
<p><b>BLACKWATER AMBULANCE SERVICE NHS TRUST</b><br>Trust Headquarters, Fordingbridge Road, Blackwater</p>
<p>Certificate no. GB07/71830 &nbsp;&middot;&nbsp; Cycle: C3 (third three-year cycle, first certified 2007)</p>
<p>Assessment dates: 15/10/2013 &ndash; 17/10/2013<br>
Report date: 04/11/2013<br>
Lead Assessor: Bernard Fitzgerald<br>
Assessor: Kerry-Ann Walsh<br>
Trust lead: Dr Nicola Stannard, Director of Nursing and Quality</p>

<h2>1. Outcome</h2>
<p>The assessment team recommends that the Trust&rsquo;s certification is renewed for a further three-year cycle. Five elements are rated Compliance Plus and two Partial Compliance; there is no Non-Compliance. All other elements were assessed as compliant.</p>
<table class="s">
{score()}
</table>

<h2>2. Compliance Plus elements</h2>
{lst('CP')}
<h2>3. Partial Compliance elements</h2>
{lst('PC')}

<h2>4. Findings by criterion</h2>
{''.join(f'<p><b>{CRIT[k]}.</b> {NARR[k]}</p>' for k in '12345')}

<h2>5. Since the last reassessment</h2>
<p>The C2 reassessment in October 2010 found two partial compliances (1.3.2 and 4.3.6). Both were resolved by the first annual review and remain compliant. The Trust&rsquo;s merger with Severnside Patient Transport Services in 2012 has been absorbed well, although the partial compliance on accurate information (3.2.4) relates mainly to the merged service.</p>

<h2>6. Next visit</h2>
<p>Annual Review 1 of cycle C4 is due in October 2014. The Trust should send an action plan for 3.2.4 and 4.2.3 within 30 days.</p>

<div class="fn">
<p><sup>1</sup> The assessor compared the method with those of four other ambulance trusts assessed by SGS between 2011 and 2013.</p>
<p><sup>2</sup> The Trust is a member of the National Ambulance Benchmarking Club, but uses its reports only for 999 response.</p>
</div>
</td></tr></tbody></table>
</body></html>
'''
write('blackwater-ambulance-2013-reassessment.html', html)
