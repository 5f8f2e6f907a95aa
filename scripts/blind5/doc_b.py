# calderbrook-housing-2011-reassessment: SGS reassessment. Ratings abbreviated CP / C / P / N
# (P = partial, N = non; "CP" is Compliance Plus, not "Compliant/Partial"); element codes written
# with hyphens "1-2-3"; counts only as "x out of 57" in prose; assessors by initial only
# ("Assessed by: A. Patel and R. O'Neill"); a certification decision maker who is not an assessor.
from common import *
CP = ['1.1.2', '2.2.3', '3.4.1', '4.3.2']
PC = ['1.3.4', '5.3.1']
R = ratings(cp=CP, pc=PC)
assert counts(R) == (4, 51, 2, 0)
AB = {'CP': 'CP', 'C': 'C', 'PC': 'P', 'NC': 'N'}
h = lambda c: c.replace('.', '-')
WHY = {
 '1.1.2': 'Tenancy sustainment officers use a profile of every household, refreshed at each home visit, to tailor contact (large print, interpreters, visits at home).',
 '2.2.3': 'Staff designed the "Calderbrook Way" behaviours themselves, and tenants sit on the panel that recognises staff each quarter.',
 '3.4.1': 'The Trust leads the Calder Valley Money Advice Partnership with the CAB and two credit unions; shared referral saved tenants an estimated £410,000 in 2010/11.',
 '4.3.2': 'Complaints can be made in any way the tenant likes, including through a tenant "complaints champion"; the process was redesigned with the Tenants\' Forum.',
 '1.3.4': 'Satisfaction targets exist for repairs only. Targets for lettings and estate services are promised in the 2012 business plan.',
 '5.3.1': 'Performance against the repairs timescales is reported, but the timescales for returning calls and answering letters are not monitored.',
}
def table():
    out = ['<table class="e"><thead><tr><th width="10%">Ref</th><th width="80%">Element</th><th width="10%">Rating</th></tr></thead><tbody>']
    for c in CODES:
        if c.endswith('.1.1'):
            out.append(f'<tr><td colspan="3" class="cr">Criterion {c[0]}: {CRIT[c[0]]}</td></tr>')
        out.append(f'<tr><td style="white-space:nowrap">{h(c)}</td><td>{STMT[c]}</td><td class="r">{AB[R[c]]}</td></tr>')
    out.append('</tbody></table>')
    return '\n'.join(out)

html = f'''<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>SGS – CSE Reassessment – Calderbrook Housing Trust – November 2011</title>
<style>
@page {{ size: A4; margin: 18mm 16mm 20mm 16mm; }}
body {{ font-family: Arial, "Liberation Sans", sans-serif; font-size: 10pt; }}
h1 {{ font-size: 17pt; color: #e35205; }}
h2 {{ font-size: 12pt; color: #e35205; margin-top: 18px; }}
table.e {{ border-collapse: collapse; width: 100%; }}
table.e td, table.e th {{ border: 1px solid #999; padding: 2px 5px; font-size: 8.5pt; vertical-align: top; }}
table.e thead {{ display: table-header-group; }}
td.cr {{ background: #fde3d3; font-weight: bold; }}
td.r {{ text-align: center; font-weight: bold; width: 8%; }}
table.f td {{ padding: 2px 10px 2px 0; vertical-align: top; }}
</style></head>
<body>
<p style="font-size:9pt">SGS United Kingdom Ltd &middot; Systems &amp; Services Certification &middot; Rossmore Business Park, Ellesmere Port CH65 3EN</p>
<h1>Customer Service Excellence<br>Reassessment Report</h1>
<table class="f">
<tr><td><b>Client:</b></td><td>Calderbrook Housing Trust, Mill House, Canal Wharf, Todbridge OL14 6BE</td></tr>
<tr><td><b>Visit type:</b></td><td>Reassessment (end of three-year certificate)</td></tr>
<tr><td><b>Dates on site:</b></td><td>15.11.2011 &ndash; 17.11.2011</td></tr>
<tr><td><b>Assessed by:</b></td><td>A. Patel and R. O&rsquo;Neill</td></tr>
<tr><td><b>Report date:</b></td><td>2.12.2011</td></tr>
<tr><td><b>Certification decision:</b></td><td>Continued certification approved by S. Whitlock, Certification Decision Maker, 9.12.2011</td></tr>
<tr><td><b>Certificate no.:</b></td><td>GB08/74410</td></tr>
</table>

<h2>1. Introduction</h2>
<p>Calderbrook Housing Trust owns and manages 6,300 homes in the upper Calder valley. It was first certified against Customer Service Excellence in December 2008, one of the first housing associations to move to the new standard from Charter Mark. This reassessment closes the first three-year cycle. The assessors interviewed 41 staff, 19 tenants and residents, and representatives of six partner organisations, and visited the Todbridge and Hebble Bridge offices and two sheltered schemes.</p>

<h2>2. Key to ratings</h2>
<p>In this report: <b>CP</b> = Compliance Plus; <b>C</b> = Compliance; <b>P</b> = Partial Compliance; <b>N</b> = Non-Compliance.</p>

<h2>3. Summary</h2>
<p>The Trust continues to meet the standard and is recommended for continued certification. Compliance Plus was awarded for 4 out of 57 elements, against 2 out of 57 at the 2008 initial assessment. 51 out of 57 elements are compliant and 2 out of 57 are partially compliant. No element is non-compliant.</p>
<p>At the 2010 annual review the Trust was rated P on 1-3-4, 4-1-3 and 5-3-1. 4-1-3 has been addressed through the new service standards launched in April 2011 and is now rated C; 1-3-4 and 5-3-1 remain P, and the assessors have agreed dates for the actions with the Director of Housing.</p>

<h2>4. Compliance Plus</h2>
''' + ''.join(f'<p><b>{h(c)}</b> &ndash; {WHY[c]}</p>\n' for c in CP) + f'''
<h2>5. Partial compliance</h2>
''' + ''.join(f'<p><b>{h(c)}</b> &ndash; {WHY[c]}</p>\n' for c in PC) + f'''
<h2>6. Observations</h2>
<p>The Trust&rsquo;s use of tenant profiles (see 1-1-2) would support a stronger approach to measuring satisfaction by customer group, which is the gap in 1-3-4. The Money Advice Partnership could be extended to the two neighbouring housing associations; the assessors discussed this with the Chief Executive.</p>
<p>The assessors noted the Trust&rsquo;s ambition to achieve CP on six elements at the next reassessment in 2014.</p>

<h2>7. Element ratings</h2>
{table()}

<h2>8. Next steps</h2>
<p>The first annual review of the new cycle is planned for November 2012. Please send the action plan for the two P elements to SGS within 30 days of this report.</p>
<p>A. Patel, Lead Assessor &middot; R. O&rsquo;Neill, Assessor &middot; SGS United Kingdom Ltd</p>
</body></html>
'''
write('calderbrook-housing-2011-reassessment.html', html)
