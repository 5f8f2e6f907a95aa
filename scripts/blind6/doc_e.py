# elmstead-trading-standards-2009-initial: Centre for Assessment initial assessment of a county
# council's trading standards service. Only the C+ and PC elements appear, each under its OWN
# HEADING in one of two styles ("Element 2.1.3 — Compliance Plus" / "3.3.1 (Partial)") followed by
# the justification; a closing line says all other elements are compliant; NO counts anywhere.
# Dates in ISO form (2009-11-17) on the cover and "17th Nov '09" in the text; assessors with titles
# and post-nominals; the body written in capitals with "LTD".
from common import *
CP = ['2.1.3', '4.2.2', '5.1.1']
PC = ['1.1.3', '3.3.1', '4.3.5']
R = ratings(cp=CP, pc=PC)
assert counts(R) == (3, 51, 3, 0)

SECT = [
 ('1.1.3', 'PC', 'The Service knows its business customers well, but its picture of vulnerable consumers rests on national data. It has not yet used the doorstep-crime referrals, the Citizens Advice data or the adult social care registers to identify who in Elmstead is most at risk, and the "Safe at Home" scheme was designed without that evidence.'),
 ('2.1.3', 'CP', 'The Service\'s enforcement policy, its consumer-protection charter and its procedures for vulnerable victims together set out, in plain language, what every customer can expect, whether a trader, a complainant or a victim of a scam. Officers we interviewed in three teams described the same standards without prompting. The policy was rewritten in 2009 with the county\'s consumer panel and the Federation of Small Businesses, and the assessors consider this exemplary.'),
 ('3.3.1', 'PC', 'The Service is reached through the national Consumer Direct helpline and by appointment at County Hall. There is no drop-in point in the east of the county, and the website does not explain how a consumer who cannot use the telephone can make contact.'),
 ('4.2.2', 'CP', 'Outcomes for victims of doorstep crime are tracked case by case, with money recovered (£212,000 in 2008/09) and repeat victimisation reported to the Cabinet Member each quarter. The Service can show that it achieves what it promises for the customers who need it most.'),
 ('4.3.5', 'PC', 'Complaints about the Service are handled under the corporate procedure and resolved in time, but the Service does not review how satisfied complainants are with the handling (see 1.3.5 for the Service\'s wider use of customer feedback, which is good).'),
 ('5.1.1', 'CP', 'Timeliness standards cover every route into the Service, including a same-day visit standard for doorstep-crime victims agreed with the police, and they are published on the back of every leaflet.'),
]
def heading(c, r):
    return f'Element {c} &mdash; Compliance Plus' if r == 'CP' else f'{c} (Partial)'
for c, r, _ in SECT:
    assert R[c] == r

html = f'''<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Elmstead County Council Trading Standards – Customer Service Excellence – Initial Assessment Report</title>
<style>
@page {{ size: A4; margin: 22mm; }}
body {{ font-family: "Times New Roman", "Liberation Serif", serif; font-size: 11pt; }}
h1 {{ font-size: 18pt; text-align: center; }}
h2 {{ font-size: 13pt; }}
h3 {{ font-size: 11pt; margin: 14px 0 2px 0; }}
p.c {{ text-align: center; }}
table.f td {{ padding: 2px 8px; vertical-align: top; }}
</style></head>
<body>
<p class="c" style="font-size:13pt;letter-spacing:2px"><b>CENTRE FOR ASSESSMENT LTD</b></p>
<h1>Customer Service Excellence<br>Initial Assessment Report</h1>
<p class="c">Elmstead County Council &ndash; Trading Standards Service</p>
<table class="f" style="margin:auto">
<tr><td>Document review</td><td>2009-10-27</td></tr>
<tr><td>On-site assessment</td><td>2009-11-17 to 2009-11-19</td></tr>
<tr><td>Report date</td><td>2009-12-04</td></tr>
<tr><td>Lead Assessor</td><td>Mr Jonathan P. Ashdown-Reeve MA FCIM MInstCPD</td></tr>
<tr><td>Assessor</td><td>Ms Bernadette Okoro-Whyte BSc (Hons) MCMI</td></tr>
<tr><td>Service contact</td><td>Mr Terence Gilligan DipTS, Head of Trading Standards</td></tr>
<tr><td>Report quality review</td><td>Mrs Hilary Stainton, Centre for Assessment Ltd (not a member of the assessment team)</td></tr>
</table>

<h2>1. Summary</h2>
<p>Elmstead County Council&rsquo;s Trading Standards Service held the Charter Mark from 2004 to 2009 and is one of the first services in the county to move to Customer Service Excellence. After the document review and three days on site (17th&ndash;19th Nov &rsquo;09), during which we interviewed 46 officers, 12 partners and 22 consumers and traders, we recommend that the Service is certified.</p>
<p>The Service is strongest in the clarity of its policies, in the outcomes it achieves for vulnerable victims and in its timeliness standards, where we found practice that goes beyond what the standard requires. There are also elements where the evidence falls short, set out below with the reasons. We have written headings only for the elements that are not simply compliant.</p>

<h2>2. Findings by element</h2>
''' + ''.join(f'<h3>{heading(c, r)}</h3>\n<p><i>{STMT[c]}</i></p>\n<p>{t}</p>\n' for c, r, t in SECT) + '''
<p><b>All other elements of the standard were assessed as compliant.</b></p>

<h2>3. Recommendation</h2>
<p>We recommend that Elmstead County Council &ndash; Trading Standards Service is awarded the Customer Service Excellence standard. An improvement plan for the partially compliant elements should be submitted within 30 days. The first annual review will take place in November 2010.</p>
<p>Jonathan P. Ashdown-Reeve MA FCIM MInstCPD<br>Lead Assessor, for and on behalf of CENTRE FOR ASSESSMENT LTD<br>2009-12-04</p>
</body></html>
'''
write('elmstead-trading-standards-2009-initial.html', html)
