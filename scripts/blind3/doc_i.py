# kestrelford-council-2010-review: G4S Assessment Services 2010; one table per sub-criterion whose
# element column holds only the element's own number (1, 2, 3)
from common import *
R = ratings(cp=['1.1.2', '5.2.1'], pc=['2.2.3', '4.3.5'])
WORD = {'CP': 'Compliance Plus', 'C': 'Compliant', 'PC': 'Partial Compliance'}
COMMENT = {
 '1.1.1': 'Benefits caseload profiled by ward, age and household type; refreshed annually.',
 '1.1.2': 'Exceptional: the “customer journey” interviews with 60 claimants re-designed the claim form and the visiting service.',
 '1.3.4': 'Targets set; satisfaction with the benefits service rose from 78% to 84%.',
 '2.2.3': 'Customer focus is not yet part of individual appraisals outside the contact centre (see also 2.2.1, which is compliant).',
 '4.3.2': 'Clear, well-publicised complaints procedure.',
 '4.3.5': 'The complaints procedure has not been reviewed since 2007 and complainants&rsquo; views have not been sought (see also 4.3.2).',
 '5.2.1': 'Promises on timeliness are published on every letter, on the website and on screens in the offices, and customers could quote them.',
}

def tables():
    out = []
    last = None
    for s, title in SUBS.items():
        if s[0] != last:
            out.append(f'<h2>Criterion {s[0]} — {CRIT[s[0]]}</h2>')
            last = s[0]
        out.append(f'<h3>{s} {title}</h3>')
        out.append('<table class="e"><tr><th style="width:8%">Element</th><th style="width:20%">Rating</th><th class="l">Comments</th></tr>')
        for c in CODES:
            if c.startswith(s + '.'):
                out.append(f'<tr><td>{c.split(".")[2]}</td><td>{WORD[R[c]]}</td><td class="l">{COMMENT.get(c, "")}</td></tr>')
        out.append('</table>')
    return '\n'.join(out)

html = f'''<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Kestrelford City Council – Revenues and Benefits – CSE First Annual Review</title>
<style>body {{ font-family: "Times New Roman", "Liberation Serif", serif; font-size: 11pt; }}
h1 {{ font-size: 16pt; text-align: center; }} h2 {{ font-size: 12.5pt; margin-top: 16px; }} h3 {{ font-size: 11pt; font-style: italic; font-weight: normal; margin: 8px 0 2px 0; }}
table.e {{ border-collapse: collapse; width: 100%; }} table.e td, table.e th {{ border: 1px solid #000; padding: 2px 5px; text-align: center; font-size: 10pt; }} .l {{ text-align: left !important; }}
.c {{ text-align: center; }}</style></head>
<body>
<p class="c" style="font-size:9pt">G4S Assessment Services · Customer Service Excellence</p>
<h1>FIRST ANNUAL REVIEW REPORT</h1>
<p class="c"><b>Kestrelford City Council – Revenues and Benefits Service</b></p>
<p class="c">Visit: 7/8 October 2010 &nbsp;&nbsp;|&nbsp;&nbsp; Report date: 1st November 2010 &nbsp;&nbsp;|&nbsp;&nbsp; Assessor: Alan Whitcombe</p>
<h2>Summary</h2>
<p>The Revenues and Benefits Service achieved Customer Service Excellence in October 2009. This first annual review looked at all 57 elements. The service continues to meet the standard. Two elements are rated Compliance Plus (one more than in 2009), two are Partial Compliance, and there is no Non-Compliance. I recommend that certification continues.</p>
<p>The partial compliance recorded in 2009 for 1.3.4 (satisfaction targets) has been resolved.</p>
<h2>Ratings and comments</h2>
<p>Each table lists the elements of one sub-criterion by their number within it.</p>
{tables()}
<h2>Next visit</h2>
<p>The second annual review is due in October 2011.</p>
<p style="font-size:9pt">G4S Assessment Services, a division of G4S Security Services (UK) Ltd · Kestrelford CC R&amp;B · First Annual Review · 01/11/2010</p>
</body></html>
'''
write('kestrelford-council-2010-review.html', html)
