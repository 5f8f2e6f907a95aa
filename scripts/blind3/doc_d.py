# redbrook-police-2016-annual: Assessment Services Ltd, Surveillance Year 2; codes split across
# Crit / Sub / Elem columns with blanks where the value repeats; counts in words
from common import *
R = ratings(cp=['1.1.1', '2.1.5', '3.2.4', '5.2.5'], pc=['4.1.2', '5.3.2'])
WORD = {'CP': 'Compliance Plus (C+)', 'C': 'Compliant', 'PC': 'Partial Compliance (PC)'}
WHY = {'1.1.1': 'The force&rsquo;s neighbourhood profiles combine census, crime and call data and are refreshed quarterly; officers use them to plan patrols and engagement.',
       '2.1.5': 'Privacy is protected to an exemplary standard: the new front counters have sound-proofed booths, and the data-handling audit found no breaches in the year.',
       '3.2.4': 'Victims are told within 24 hours if information they were promised is delayed, and the Victim Care Unit records and checks every promise made (see 3.2.1 for the wider information review, which is compliant).',
       '5.2.5': 'The 101 service&rsquo;s call-back promise is kept for 97% of callers and delays are announced on the line and on social media.',
       '4.1.2': 'Performance against the local standards is monitored but has not been published since the website changed in 2015.',
       '5.3.2': 'Standards for replying to letters and e-mails are not being met (71% within ten working days against 90%) and performance is not publicised.'}

def rows():
    h = []
    lc = ls = None
    for code in CODES:
        c, s, e = code.split('.')
        sub = f'{c}.{s}'
        ctd = c if c != lc else ''
        std = sub if sub != ls else ''
        lc, ls = c, sub
        h.append(f'<tr><td>{ctd}</td><td>{std}</td><td>{e}</td><td class="l">{short(code, 60)}</td><td class="l">{WORD[R[code]]}</td></tr>')
    return '\n'.join(h)

def just(kind):
    out = []
    for code, why in WHY.items():
        if (R[code] == 'CP') == (kind == 'CP'):
            out.append(f'<tr><td>{code}</td><td class="l">{why}</td></tr>')
    return '\n'.join(out)

html = f'''<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Redbrook and Vale Police – CSE Surveillance Report 2016</title>
<style>
body {{ font-family: Calibri, Carlito, "Liberation Sans", sans-serif; font-size: 10.5pt; }}
h1 {{ font-size: 16pt; background: #003b5c; color: #fff; padding: 6px; }}
h2 {{ font-size: 12pt; color: #003b5c; }}
table.g {{ border-collapse: collapse; margin: 6px 0; }}
table.g td, table.g th {{ border: 1px solid #888; padding: 2px 5px; text-align: center; font-size: 9.5pt; }}
table.g th {{ background: #d6e4ee; }}
.l {{ text-align: left !important; }}
.conf {{ font-size: 8pt; text-align: center; color: #777; }}
</style></head>
<body>
<p class="conf">COMMERCIAL IN CONFIDENCE</p>
<h1>Customer Service Excellence – Surveillance Visit – Year 2</h1>
<table class="g">
<tr><th class="l">Organisation assessed</th><td class="l">Redbrook and Vale Police</td></tr>
<tr><th class="l">Certification body</th><td class="l">Assessment Services Ltd (formerly G4S Assessment Services)</td></tr>
<tr><th class="l">Assessor</th><td class="l">Graham Whitlock MCIM</td></tr>
<tr><th class="l">Visit dates</th><td class="l">Wednesday 13 and Thursday 14 April 2016</td></tr>
<tr><th class="l">Report signed off</th><td class="l">29/04/2016</td></tr>
<tr><th class="l">Quality assured by</th><td class="l">Janet Lowe (Technical Reviewer)</td></tr>
</table>

<h2>Executive summary</h2>
<p>This was the second surveillance visit of the force&rsquo;s current certification cycle, which began with its reassessment in April 2014. Of the fifty-seven elements of the standard, fifty-one were assessed as compliant, four as compliance plus and two as partially compliant; there were no non-compliances. The force therefore continues to meet the standard, and continued certification is recommended. Full reassessment will be due in spring 2017.</p>
<p>At the Year 1 visit in 2015 the force had three compliance plus ratings and three partial compliances. Elements 1.3.2 and 2.2.3, partially compliant in 2015, are now compliant, and 3.2.4 has improved to compliance plus. Element 4.1.2 remains partially compliant.</p>

<h2>Scope and method</h2>
<p>The visit covered the Force Contact Centre at Redbrook, the front counters at Redbrook, Valebridge and Stoneleigh, the Victim Care Unit and the Professional Standards Department&rsquo;s public complaints function. The assessor interviewed 27 officers and staff, two members of the Police and Crime Panel, 14 members of the public and five partner agencies, and observed calls at the contact centre for half a day.</p>

<h2>Findings</h2>
<p>The force continues to understand the communities it serves in depth and has used that understanding to re-shape neighbourhood policing after the loss of 180 posts since 2011. Leadership of customer service is strong; the Chief Constable&rsquo;s monthly “open door” sessions were mentioned by many staff. Information for victims is much improved. The main weakness is publishing performance: the public cannot easily find out whether the force keeps its promises, and performance on written correspondence has slipped.</p>

<h3>Compliance Plus</h3>
<table class="g"><tr><th>Element</th><th class="l">Reason</th></tr>
{just('CP')}
</table>
<h3>Partial Compliance</h3>
<table class="g"><tr><th>Element</th><th class="l">Reason</th></tr>
{just('PC')}
</table>

<h2>Compliance against the standard</h2>
<table class="g">
<tr><th>Crit</th><th>Sub</th><th>Elem</th><th class="l">Element (abridged)</th><th class="l">Assessment</th></tr>
{rows()}
</table>
<p class="conf">Customer Service Excellence is a trade mark of the Cabinet Office and is used under licence. Assessment Services Ltd, Redbrook and Vale Police, Surveillance Year 2, April 2016.</p>
</body></html>
'''
write('redbrook-police-2016-surveillance.html', html)
