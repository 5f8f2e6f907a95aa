# lowther-leisure-2021-combined: one emqc report covering TWO stages, the deferred first annual
# review (remote, March 2021) and the second annual review (November 2021); one element table with
# a rating column per visit ("AR1 Mar 2021" / "AR2 Nov 2021"); a totals table whose label cell
# "Totals" is merged down two rows (AR1 / AR2).
from common import *
R1 = ratings(cp=['1.2.1', '2.2.3'], pc=['3.2.1', '4.3.5', '5.3.3'])
R2 = ratings(cp=['1.2.1', '2.2.3', '4.2.1'], pc=['5.3.3'])
assert counts(R1) == (2, 52, 3, 0) and counts(R2) == (3, 53, 1, 0)
AB = {'CP': 'CP', 'C': 'C', 'PC': 'PC', 'NC': 'NC'}

def rows():
    h = []
    for code in CODES:
        if code.endswith('.1') and code[2] == '1':
            h.append(f'<tr><td colspan="4" class="c"><b>Criterion {code[0]} &ndash; {CRIT[code[0]]}</b></td></tr>')
        h.append(f'<tr><td>{code}</td><td class="l">{short(code, 90)}</td><td>{AB[R1[code]]}</td><td>{AB[R2[code]]}</td></tr>')
    return '\n'.join(h)

t1, t2 = counts(R1), counts(R2)
html = f'''<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Lowther Leisure Trust – CSE Annual Reviews 1 and 2 – 2021</title>
<style>
body {{ font-family: Helvetica, Arial, "Liberation Sans", sans-serif; font-size: 10pt; }}
h1 {{ font-size: 15pt; color: #2b6a3a; }}
h2 {{ font-size: 11pt; color: #2b6a3a; }}
table.g {{ border-collapse: collapse; }}
table.g td, table.g th {{ border: 1px solid #777; padding: 2px 6px; text-align: center; font-size: 9pt; }}
table.g .l {{ text-align: left; }}
td.c {{ background: #e3f0e6; text-align: left !important; }}
</style></head>
<body>
<p style="text-align:right">emqc Ltd<br>Customer Service Excellence Assessment</p>
<h1>Lowther Leisure Trust<br>Combined report: Annual Review 1 (deferred) and Annual Review 2</h1>
<table class="g">
<tr><th class="l"></th><th>Annual Review 1</th><th>Annual Review 2</th></tr>
<tr><td class="l">Visit</td><td>04/03/2021 (remote)</td><td>4th Nov 2021 (on site)</td></tr>
<tr><td class="l">Findings reported</td><td>22/03/2021</td><td>19 November 2021</td></tr>
<tr><td class="l">Assessor</td><td>Deborah Kinsella</td><td>Deborah Kinsella</td></tr>
</table>

<h2>Why this report covers two reviews</h2>
<p>The Trust was reassessed in February 2019 and its first annual review was due in February 2020. Because all of the Trust&rsquo;s leisure centres were closed from March 2020, the review was deferred with the agreement of emqc and carried out remotely on 4 March 2021. Its findings were reported to the Trust on 22 March 2021 by letter and are repeated here. The second annual review took place on site on 4 November 2021, at the Penrith, Keswick and Appleby centres. This combined report replaces the March letter, so that the Trust has one record of both reviews before its reassessment in 2022.</p>

<h2>Annual Review 1 (March 2021)</h2>
<p>With the centres closed, the review concentrated on how the Trust had kept in touch with its 14,000 members and how it planned to reopen safely. The assessor found excellent practice in engaging members (1.2.1) and in the way managers recognised staff who volunteered for the county&rsquo;s vaccination centres (2.2.3). Three elements were partially compliant: information about the reopening had been sent by e-mail only, leaving out many older members (3.2.1); the complaints procedure had not been reviewed since 2018 (4.3.5); and the Trust could not compare its timeliness with other leisure operators (5.3.3).</p>

<h2>Annual Review 2 (November 2021)</h2>
<p>Both compliance plus ratings were retained and a third was awarded for the &ldquo;Welcome Back&rdquo; agreement with every returning member, setting out what the centres could and could not offer while restrictions remained (4.2.1). Information is now sent by post and text as well as e-mail, and the complaints procedure was reviewed with members in the summer, so 3.2.1 and 4.3.5 are compliant. Benchmarking of timeliness (5.3.3) remains partial: the Trust has joined the Community Leisure UK benchmarking group but no comparison is yet available.</p>

<h2>Summary of ratings</h2>
<table class="g">
<tr><th colspan="2"></th><th>Compliance Plus</th><th>Compliance</th><th>Partial Compliance</th><th>Non-Compliance</th></tr>
<tr><th rowspan="2">Totals</th><td>AR1</td><td>{t1[0]}</td><td>{t1[1]}</td><td>{t1[2]}</td><td>{t1[3]}</td></tr>
<tr><td>AR2</td><td>{t2[0]}</td><td>{t2[1]}</td><td>{t2[2]}</td><td>{t2[3]}</td></tr>
</table>

<h2>Element ratings at each review</h2>
<p>CP = Compliance Plus, C = Compliance, PC = Partial Compliance, NC = Non-Compliance.</p>
<table class="g">
<tr><th>Element</th><th class="l">Requirement (abridged)</th><th>AR1<br>Mar 2021</th><th>AR2<br>Nov 2021</th></tr>
{rows()}
</table>
<p>Deborah Kinsella, Assessor, emqc Ltd, 19 November 2021</p>
</body></html>
'''
write('lowther-leisure-2021-combined.html', html)
