# lyndale-mbc-2021-cumulative: Assessment Services Ltd second annual review of a metropolitan
# borough council, written as a CUMULATIVE RECORD: one 57-row table with a rating column per visit
# ("2019 Initial | 2020 AR1 | 2021 AR2"), a visit history table (dates, assessor, report issued per
# visit), a totals block per visit, and a per-criterion table for 2021 only. The long table runs
# over page breaks with its header row repeated (thead). Trap: a fourth column "Council target
# 2022" with aims, which is not a visit.
from common import *
V = ['2019 Initial', '2020 AR1', '2021 AR2']
R19 = ratings(cp=['1.2.1', '4.3.1'], pc=['1.3.4', '3.3.2', '4.3.6', '5.2.3'])
R20 = ratings(cp=['1.2.1', '2.2.5', '4.3.1'], pc=['1.3.4', '5.2.3'])
R21 = ratings(cp=['1.2.1', '2.2.5', '3.2.3', '4.3.1'], pc=['5.2.3'])
RS = [R19, R20, R21]
R = R21
TOT = [(2, 51, 4, 0), (3, 52, 2, 0), (4, 52, 1, 0)]   # typed
for r, t in zip(RS, TOT):
    assert counts(r) == t
BY21 = {'1': (1, 10, 0, 0), '2': (1, 10, 0, 0), '3': (1, 11, 0, 0), '4': (1, 12, 0, 0), '5': (0, 9, 1, 0)}
for k, t in BY21.items():
    assert counts(R21, k) == t
TARGET = {'1.3.1': 'C+', '1.3.5': 'C+', '2.1.1': 'C+', '3.3.1': 'C+', '5.2.3': 'C', '5.1.1': 'C+', '4.2.2': 'C+'}
AB = {'CP': 'C+', 'C': 'C', 'PC': 'PC', 'NC': 'NC'}

def big():
    out = ['<table class="e"><thead><tr><th style="width:7%">Ref</th><th>Element (abridged)</th>' + ''.join(f'<th style="width:9%">{v}</th>' for v in V) +
           '<th style="width:10%" class="t">Council target 2022</th></tr></thead><tbody>']
    for c in CODES:
        if c.endswith('.1.1'):
            out.append(f'<tr><td colspan="6" class="cr">Criterion {c[0]} &ndash; {CRIT[c[0]]}</td></tr>')
        cells = ''.join(f'<td class="r{" hi" if r[c] != "C" else ""}">{AB[r[c]]}</td>' for r in RS)
        out.append(f'<tr><td>{c}</td><td>{short(c, 75)}</td>{cells}<td class="t">{TARGET.get(c, "")}</td></tr>')
    out.append('</tbody></table>')
    return '\n'.join(out)

def totals():
    out = ['<table class="s"><tr><th>Rating</th>' + ''.join(f'<th>{v}</th>' for v in V) + '</tr>']
    for i, lab in enumerate(['Compliance Plus', 'Compliance', 'Partial Compliance', 'Non-Compliance']):
        out.append(f'<tr><td class="l">{lab}</td>' + ''.join(f'<td>{t[i]}</td>' for t in TOT) + '</tr>')
    out.append('<tr><td class="l"><b>Elements</b></td><td><b>57</b></td><td><b>57</b></td><td><b>57</b></td></tr></table>')
    return '\n'.join(out)

def by21():
    out = ['<table class="s"><tr><th>2021 AR2</th><th>C+</th><th>C</th><th>PC</th><th>NC</th></tr>']
    for k in '12345':
        out.append(f'<tr><td class="l">Criterion {k}</td>' + ''.join(f'<td>{x}</td>' for x in BY21[k]) + '</tr>')
    out.append('</table>')
    return '\n'.join(out)

html = f'''<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Lyndale MBC – Customer Service Excellence cumulative record – Annual Review 2, February 2021</title>
<style>
@page {{ size: A4; margin: 16mm; }}
body {{ font-family: Calibri, Carlito, sans-serif; font-size: 10pt; }}
h1 {{ font-size: 16pt; color: #7a1f5c; }}
h2 {{ font-size: 12pt; color: #7a1f5c; }}
table {{ border-collapse: collapse; }}
table.e {{ width: 100%; }}
table.e td, table.e th, table.s td, table.s th, table.h td, table.h th {{ border: 1px solid #999; padding: 2px 5px; font-size: 8.5pt; }}
table.e th, table.s th, table.h th {{ background: #f1e4ec; }}
table.e thead {{ display: table-header-group; }}
td.r, table.s td {{ text-align: center; }}
td.l {{ text-align: left !important; }}
td.hi {{ font-weight: bold; }}
td.t, th.t {{ color: #777; font-style: italic; text-align: center; }}
td.cr {{ background: #f7eef3; font-weight: bold; }}
</style></head>
<body>
<p style="font-size:9pt">Assessment Services Ltd &ndash; Customer Service Excellence</p>
<h1>Lyndale Metropolitan Borough Council<br>Cumulative Assessment Record &ndash; Annual Review 2</h1>
<p>This record is updated at every visit in the certification cycle. It now reports the second annual review (AR2), held remotely on 9 and 10 February 2021, and keeps the results of the initial assessment (2019) and the first annual review (2020) beside it. At each visit the assessor rated every element, so each column below is a complete result for that visit.</p>

<h2>1. Visit history</h2>
<table class="h" style="width:100%">
<tr><th>Visit</th><th>Type</th><th>Date(s)</th><th>Assessor</th><th>Report issued</th></tr>
<tr><td>2019 Initial</td><td>Initial assessment</td><td>12&ndash;14 February 2019</td><td>Alan Cresswell</td><td>8 March 2019</td></tr>
<tr><td>2020 AR1</td><td>Annual review 1</td><td>11 February 2020</td><td>Alan Cresswell</td><td>26 February 2020</td></tr>
<tr><td>2021 AR2</td><td>Annual review 2 (remote, Microsoft Teams)</td><td>9&ndash;10 February 2021</td><td>Yvonne Asquith</td><td>1 March 2021</td></tr>
</table>
<p>Council lead throughout: Ms Farah Iqbal, Customer Access Manager.</p>

<h2>2. Summary of results</h2>
{totals()}
<p>At this review (AR2) the Council gained Compliance Plus for 3.2.3 and cleared the partial compliance in 1.3.4. 5.2.3 remains partial, as it has been since 2019. By criterion, the 2021 result is:</p>
{by21()}

<h2>3. Comments on this review (AR2)</h2>
<p><b>3.2.3 (Compliance Plus).</b> The Council&rsquo;s &ldquo;Lyndale Direct&rdquo; information hub was rebuilt with residents during the pandemic and now gives tailored information for each of the 20 wards; partners use it as their own.</p>
<p><b>1.3.4 (now Compliance).</b> Satisfaction targets are set for every service and most have improved.</p>
<p><b>5.2.3 (Partial Compliance).</b> Telephone waiting times in Council Tax remain well outside the Council&rsquo;s standard at peak periods and customers are not told how long they may wait.</p>
<p>The last column of the record below shows where the Council intends to be at its reassessment in February 2022; it is the Council&rsquo;s ambition and not a rating.</p>

<h2>4. Cumulative element record</h2>
<p>Key: C+ Compliance Plus, C Compliance, PC Partial Compliance, NC Non-Compliance.</p>
{big()}

<p>Yvonne Asquith, Assessor, Assessment Services Ltd, 1 March 2021</p>
</body></html>
'''
write('lyndale-mbc-2021-cumulative.html', html)
