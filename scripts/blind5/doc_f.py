# fenwick-idb-2017-initial: SGS initial assessment in a Word-style layout: the holder's name only in a
# bordered TEXT BOX on the cover (the text says "the Board"); a front-page TABLE OF CONTENTS with page
# numbers whose lines name the criteria; assessors with post-nominals and roles; a technical
# reviewer and a certification decision maker who are NOT assessors (sign-off table); long
# justifications that quote other element codes.
from common import *
CP = ['1.2.1', '3.4.2']
PC = ['1.3.3', '4.3.4', '5.3.2']
R = ratings(cp=CP, pc=PC)
assert counts(R) == (2, 52, 3, 0)
WHY = {
 '1.2.1': 'The Board has gone well beyond what the standard asks of an organisation of its size. Before each annual drainage rate is set, it holds open "drain days" in each of its six parishes, walking the main drains with landowners and residents; it runs an online panel of 340 ratepayers; and since 2016 it has co-opted two residents\' representatives on to its Operations Committee. The assessors saw three examples where works programmes were changed as a result, including the re-timing of weed cutting on the Fenwick Lode to protect nesting birds after residents raised it. This engagement also feeds the Board\'s customer insight (1.1.2), which is compliant.',
 '3.4.2': 'The Board\'s flood-response partnership with the county council, the Environment Agency and the two district councils is exemplary. A single flood line number, shared incident logs and joint door-knocking after the December 2015 floods meant that 96% of affected households were contacted within 24 hours. Partners interviewed described the Board as "the glue" of local flood response.',
 '1.3.3': 'Satisfaction is measured after every planning consultation response and every complaint, but the Board does not yet measure the satisfaction of ratepayers generally; the 2016 ratepayer survey (see 1.2.1) asked about priorities, not satisfaction. The assessors accept that the Board intends to add satisfaction questions to the 2018 survey.',
 '4.3.4': 'Complaints are few (eleven in 2016/17) and each was handled properly, but the Board does not analyse them, or the informal concerns recorded by its operatives, to find the causes. This partly overlaps with 4.3.3, which is compliant because the individual complaints were put right, and with 5.3.2, below.',
 '5.3.2': 'The Board has set a standard of ten working days for replying to letters and e-mails (see 5.1.1, compliant) but it does not monitor performance against it. A sample of 30 items showed that 24 were answered on time; the Board did not know this.',
}
WORDS = {'CP': 'Compliance Plus', 'C': 'Compliance', 'PC': 'Partial Compliance', 'NC': 'Non-Compliance'}
NARR = {
 '1': 'The Board knows its ratepayers and the wider community well, using the rating list, the parish profiles and the flood-risk register. Engagement is outstanding (1.2.1). Satisfaction measurement is the gap.',
 '2': 'The Chair and the Clerk lead the customer focus personally. Operatives are trained in dealing with the public and are proud of their work.',
 '3': 'Information on rates, consents and flood risk is clear and up to date. The flood partnership is an exemplar (3.4.2).',
 '4': 'Standards for the Board\'s main services are set and largely met. Complaints are handled properly one by one but not analysed.',
 '5': 'Timeliness standards are set, but performance against the correspondence standard is not monitored.',
}
TOC = [('1', 'Executive summary', 3), ('2', 'Criterion 1 – Customer Insight', 4), ('3', 'Criterion 2 – The Culture of the Organisation', 4),
       ('4', 'Criterion 3 – Information and Access', 5), ('5', 'Criterion 4 – Delivery', 5), ('6', 'Criterion 5 – Timeliness and Quality of Service', 6),
       ('7', 'Compliance Plus and Partial Compliance in detail', 6), ('8', 'Summary of ratings by criterion', 8), ('9', 'Report approval', 9)]
def summ():
    out = ['<table class="s"><tr><th>Criterion</th><th>Elements</th><th>Compliance Plus</th><th>Compliance</th><th>Partial Compliance</th><th>Non-Compliance</th></tr>']
    for k in '12345':
        x = counts(R, k)
        out.append(f'<tr><td class="l">{k}. {CRIT[k]}</td><td>{sum(x)}</td>' + ''.join(f'<td>{v}</td>' for v in x) + '</tr>')
    x = counts(R)
    out.append('<tr><td class="l"><b>Total</b></td><td><b>57</b></td>' + ''.join(f'<td><b>{v}</b></td>' for v in x) + '</tr></table>')
    return '\n'.join(out)

html = f'''<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>SGS Customer Service Excellence Initial Assessment Report</title>
<style>
@page {{ size: A4; margin: 25mm 20mm; }}
body {{ font-family: Cambria, Caladea, "DejaVu Serif", serif; font-size: 10.5pt; }}
h1 {{ font-size: 22pt; color: #f26522; margin-top: 40px; }}
h2 {{ font-size: 13pt; color: #333; border-bottom: 1px solid #f26522; }}
.box {{ border: 2px solid #f26522; padding: 10px 14px; width: 60%; margin: 30px 0; font-size: 13pt; }}
.toc {{ width: 90%; border-collapse: collapse; }}
.toc td {{ padding: 2px 4px; border-bottom: 1px dotted #999; }}
.toc td.pg {{ text-align: right; width: 8%; }}
table.s, table.so {{ border-collapse: collapse; width: 100%; }}
table.s td, table.s th, table.so td, table.so th {{ border: 1px solid #777; padding: 3px 6px; font-size: 9.5pt; vertical-align: top; }}
table.s td {{ text-align: center; }}
td.l {{ text-align: left !important; }}
.pb {{ page-break-before: always; }}
p.just {{ text-align: justify; }}
</style></head>
<body>
<p style="font-size:9pt;color:#777">SGS United Kingdom Ltd &middot; Customer Service Excellence</p>
<h1>Initial Assessment Report</h1>
<div class="box">Fenwick Valley Internal Drainage Board<br><span style="font-size:10pt">Pumping Station House, Sluice Road, Fenwick St Mary PE14 8QT</span></div>
<p>Assessment dates: Tue 16 May 2017 &ndash; Thu 18 May 2017<br>Date of issue: 12 June 2017</p>

<h2>Contents</h2>
<table class="toc">
''' + ''.join(f'<tr><td>{n}</td><td>{t}</td><td class="pg">{p}</td></tr>\n' for n, t, p in TOC) + f'''</table>

<h2 class="pb">1. Executive summary</h2>
<p>The Board maintains 310 km of drains and 19 pumping stations and collects drainage rates from 4,100 ratepayers. It is one of the first internal drainage boards to seek Customer Service Excellence. The assessment team &mdash; Caroline Fairweather MCIM FInstCPD, Lead Assessor, and Dr Kwame Asante CMgr MCMI, Assessor &mdash; spent three days with the Board, interviewing 23 staff and board members, 17 ratepayers and residents, and seven partner organisations.</p>
<p>The team recommends that the Board is certified. Two elements are rated Compliance Plus and three Partial Compliance; all other elements are compliant. There are no non-compliances.</p>
''' + ''.join(f'<h2>{int(k) + 1}. Criterion {k} &ndash; {CRIT[k]}</h2>\n<p>{NARR[k]}</p>\n' for k in '12345') + f'''
<h2>7. Compliance Plus and Partial Compliance in detail</h2>
''' + ''.join(f'<h3>Element {c} &ndash; {WORDS[R[c]]}</h3>\n<p><i>{STMT[c]}</i></p>\n<p class="just">{WHY[c]}</p>\n' for c in CP + PC) + f'''
<h2>8. Summary of ratings by criterion</h2>
{summ()}

<h2>9. Report approval</h2>
<table class="so">
<tr><th>Role</th><th>Name</th><th>Date</th></tr>
<tr><td>Lead Assessor (author)</td><td>Caroline Fairweather MCIM FInstCPD</td><td>12 June 2017</td></tr>
<tr><td>Assessor</td><td>Dr Kwame Asante CMgr MCMI</td><td>12 June 2017</td></tr>
<tr><td>Technical Reviewer (did not take part in the assessment)</td><td>Philippa Stroud BSc (Hons)</td><td>20 June 2017</td></tr>
<tr><td>Certification Decision Maker</td><td>Mark Ellery</td><td>22 June 2017</td></tr>
</table>
<p style="font-size:8.5pt;margin-top:16px">The first annual review will take place in May 2018. This report is the property of SGS United Kingdom Ltd and is provided to the client in confidence.</p>
</body></html>
'''
write('fenwick-idb-2017-initial.html', html)
