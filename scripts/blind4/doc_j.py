# stanmoor-cab-2009-initial: SGS initial assessment of a Citizens Advice Bureau, 2009; the holder
# named only on the cover, in capitals (the text says "the Bureau"); one bordered text box per
# criterion (a bordered block, one under another) with its counts and the C+ / PC codes; overall counts in words;
# "Complaint Plus" misspelt once in the prose.
from common import *
CP = ['1.2.1', '4.3.6']
PC = ['1.3.4', '3.2.2', '5.3.2']
R = ratings(cp=CP, pc=PC)
assert counts(R) == (2, 52, 3, 0)

def box(k):
    cp, c, pc, nc = counts(R, k)
    cpc = [x for x in CP if x[0] == k]
    pcc = [x for x in PC if x[0] == k]
    return (f'<div class="box"><p class="bt">Criterion {k}<br>{CRIT[k]}</p>'
            f'<p>Compliant Plus: {cp}{" (" + ", ".join(cpc) + ")" if cpc else ""}<br>'
            f'Compliant: {c}<br>'
            f'Partially Compliant: {pc}{" (" + ", ".join(pcc) + ")" if pcc else ""}<br>'
            f'Non-Compliant: {nc}</p></div>')

html = f'''<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Customer Service Excellence – Initial Assessment Report</title>
<style>
body {{ font-family: Verdana, "DejaVu Sans", sans-serif; font-size: 9.5pt; }}
.cover {{ text-align: center; padding: 60px 0 40px 0; page-break-after: always; }}
.cover .org {{ font-size: 20pt; font-weight: bold; letter-spacing: 2px; }}
h2 {{ font-size: 11pt; background: #004; color: #fff; padding: 3px 6px; clear: both; }}
.box {{ border: 1.5px solid #004; margin: 6px 30% 6px 0; padding: 4px 8px; }}
.bt {{ font-weight: bold; margin: 2px 0; }}
.clear {{ clear: both; }}
</style></head>
<body>
<div class="cover">
<p>SGS United Kingdom Ltd</p>
<p style="font-size:16pt">CUSTOMER SERVICE EXCELLENCE</p>
<p style="font-size:13pt">Initial Assessment Report</p>
<p class="org">STANMOOR AND DISTRICT<br>CITIZENS ADVICE BUREAU</p>
<p>Assessment dates: 3rd &amp; 4th February 2009<br>Report date: 27th Feb 2009<br>Assessor: Lorna Baptiste</p>
</div>

<h2>1. Introduction</h2>
<p>The Bureau provides free, independent and confidential advice on debt, benefits, housing, employment and consumer problems from its main office in Stanmoor, four outreach sessions in GP surgeries and a telephone line. It employs 11 staff and has 64 trained volunteers. It applied for Customer Service Excellence in 2008 as part of its local authority funding agreement, having previously held the Community Legal Service Quality Mark.</p>
<p>The assessment comprised a review of the Bureau&rsquo;s self-assessment and evidence in January 2009 and two days on site, during which the assessor met the manager, the chair of trustees, 14 staff and volunteers, 11 clients and representatives of Stanmoor Borough Council, the Primary Care Trust and Stanmoor Credit Union.</p>

<h2>2. Overall result</h2>
<p>The Bureau meets the standard and is recommended for certification. Overall, two elements achieved compliance plus, fifty-two are compliant and three are partially compliant. There are no non-compliant elements.</p>
<p>The two areas of Complaint Plus are the Bureau&rsquo;s strategy for involving clients, which uses outreach sessions, a client panel and exit interviews so that the views of people who would never fill in a form are heard; and its handling of upheld complaints, where every client whose complaint is upheld receives a personal apology from the manager, a remedy and a follow-up call a month later.</p>

<h2>3. Results by criterion</h2>
{box('1')}
{box('2')}
{box('3')}
{box('4')}
{box('5')}
<div class="clear"></div>

<h2>4. Areas for improvement</h2>
<p>The Bureau sets targets for client satisfaction but they are not stretching: the target of 80% has been exceeded by a wide margin for three years and has not been raised (1.3.4). Clients are given written advice letters but the Bureau does not check that clients, many of whom have low literacy, have understood them (3.2.2). The Bureau has timeliness standards for the telephone line and for appointments but is meeting neither consistently and does not publish its performance (5.3.2).</p>

<h2>5. Next steps</h2>
<p>The first annual review will be due in February 2010. SGS will issue the certificate once the Bureau has accepted this report.</p>
<p style="font-size:8pt; border-top: 1px solid #999">SGS United Kingdom Ltd &middot; Customer Service Excellence &middot; Initial Assessment &middot; February 2009 &middot; Page 2 of 2</p>
</body></html>
'''
write('stanmoor-cab-2009-initial.html', html)
