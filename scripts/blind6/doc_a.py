# quarrendon-bc-2022-reassessment: SGS United Kingdom Ltd reassessment of a borough council. All 57
# ratings are given ONLY as a GRID: a row per sub-criterion (1.1 .. 5.3), a column per element
# number (1 .. 6), each cell an abbreviation (C+ / C / PC / NC) or BLANK (shaded) where the
# sub-criterion has no element of that number. Per-criterion count table. Markdown too: the grid as
# a GitHub pipe table with colon alignment and empty cells.
from common import *
CP = ['1.2.2', '2.1.1', '2.2.3', '4.3.2']
PC = ['1.3.4', '3.3.2', '5.3.1']
R = ratings(cp=CP, pc=PC)
assert counts(R) == (4, 50, 3, 0)
# per criterion, typed: (C+, C, PC, NC)
BY = {'1': (1, 9, 1, 0), '2': (2, 9, 0, 0), '3': (0, 11, 1, 0), '4': (1, 12, 0, 0), '5': (0, 9, 1, 0)}
for k, v in BY.items():
    assert counts(R, k) == v, k
AB = {'CP': 'C+', 'C': 'C', 'PC': 'PC', 'NC': 'NC'}

def cell(sub, n):
    c = f'{sub}.{n}'
    return AB[R[c]] if c in R else ''

def grid():
    out = ['<table class="g" width="92%"><thead><tr><th rowspan="2" class="l" width="40%">Sub-criterion</th><th colspan="6">Element</th></tr>',
           '<tr>' + ''.join(f'<th width="10%">{n}</th>' for n in range(1, 7)) + '</tr></thead><tbody>']
    for sub, name in SUBS.items():
        if sub.endswith('.1'):
            out.append(f'<tr><td colspan="7" class="cr">Criterion {sub[0]}: {CRIT[sub[0]]}</td></tr>')
        tds = []
        for n in range(1, 7):
            v = cell(sub, n)
            cls = ' class="x"' if v == '' else (' class="p"' if v == 'C+' else (' class="w"' if v in ('PC', 'NC') else ''))
            tds.append(f'<td{cls}>{v}</td>')
        out.append(f'<tr><td class="l">{sub} {name}</td>' + ''.join(tds) + '</tr>')
    out.append('</tbody></table>')
    return '\n'.join(out)

def crit_table():
    out = ['<table class="s"><tr><th class="l">Criterion</th><th>C+</th><th>C</th><th>PC</th><th>NC</th><th>Elements</th></tr>']
    for k in '12345':
        v = BY[k]
        out.append(f'<tr><td class="l">{k} {CRIT[k]}</td>' + ''.join(f'<td>{x}</td>' for x in v) + f'<td>{sum(v)}</td></tr>')
    out.append('<tr><td class="l"><b>Overall</b></td><td><b>4</b></td><td><b>50</b></td><td><b>3</b></td><td><b>0</b></td><td><b>57</b></td></tr></table>')
    return '\n'.join(out)

WHY_CP = {
 '1.2.2': ('Engagement and Consultation', 'The "You Said, We Did" programme now runs through the ward forums and the tenants\' panel, and every consultation since 2020 has a published response. Residents we met could name two changes that came from their own comments (the bulky-waste booking slots and the Saturday opening of the Customer Hub).'),
 '2.1.1': ('Leadership, Policy and Culture', 'The Chief Executive chairs the Customer Board each month and every Cabinet report carries a customer impact section. Front-line staff described senior managers spending a day a quarter on the phones; this is unusual and it shows.'),
 '2.2.3': ('Staff Professionalism and Attitude', 'Customer focus is one of four behaviours in every appraisal, from the Chief Executive down, and the Council can show how the behaviour scores moved after the 2021 refresher training.'),
 '4.3.2': ('Deal Effectively with Problems', 'Complaints can be made by any channel, including through the ward councillor, and 91% of stage-one complaints are resolved within five working days. The learning log is published on the website (see also 1.3.5, on changes made after complaints).'),
}
WHY_PC = {
 '1.3.4': 'The Council sets satisfaction targets only for the Customer Hub. Services such as Planning and Environmental Health have no targets, and the corporate satisfaction measure fell from 78% to 74% in 2021.',
 '3.3.2': 'The Customer Hub is open 9 to 5 on weekdays and on Saturday mornings, but the Hollins Road office has reduced its hours without telling customers; the website still shows the old times.',
 '5.3.1': 'Performance against the service standards is collected, but the Council could not show that it compares its results with similar councils or with its own published standards in all services.',
}

html = f'''<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Quarrendon Borough Council – Customer Service Excellence Reassessment Report 2022</title>
<style>
@page {{ size: A4; margin: 18mm; }}
body {{ font-family: Arial, "Liberation Sans", sans-serif; font-size: 10pt; }}
h1 {{ font-size: 17pt; color: #e3001b; }}
h2 {{ font-size: 12.5pt; color: #333; border-bottom: 1px solid #e3001b; }}
h3 {{ font-size: 10.5pt; margin-bottom: 2px; }}
table {{ border-collapse: collapse; }}
table.g {{ width: 92%; }}
table.g td, table.g th, table.s td, table.s th, table.k td {{ border: 1px solid #777; padding: 3px 6px; text-align: center; font-size: 9.5pt; }}
table.g th {{ background: #f2f2f2; }}
td.l, th.l {{ text-align: left !important; }}
td.x {{ background: #d0d0d0; }}
td.p {{ font-weight: bold; color: #0a6b2d; }}
td.w {{ font-weight: bold; color: #b35c00; }}
td.cr {{ background: #fbe3e5; font-weight: bold; text-align: left !important; }}
</style></head>
<body>
<p style="font-size:9pt">SGS United Kingdom Ltd &middot; Certification and Business Enhancement &middot; Customer Service Excellence</p>
<h1>Customer Service Excellence<br>Reassessment Report</h1>
<table class="k" style="width:80%">
<tr><td class="l" style="width:35%"><b>Organisation</b></td><td class="l">Quarrendon Borough Council</td></tr>
<tr><td class="l"><b>Scope</b></td><td class="l">All customer-facing services of the Council</td></tr>
<tr><td class="l"><b>Type of assessment</b></td><td class="l">Reassessment (three-year cycle)</td></tr>
<tr><td class="l"><b>On-site dates</b></td><td class="l">8, 9 and 10 March 2022</td></tr>
<tr><td class="l"><b>Lead Assessor</b></td><td class="l">Helen Marchetti</td></tr>
<tr><td class="l"><b>Assessor</b></td><td class="l">David Osei</td></tr>
<tr><td class="l"><b>Council contact</b></td><td class="l">Karen Whitlow, Customer Experience Manager</td></tr>
<tr><td class="l"><b>Report date</b></td><td class="l">4 April 2022</td></tr>
<tr><td class="l"><b>Technical review</b></td><td class="l">Sunil Varma, SGS (report review only), 11 April 2022</td></tr>
<tr><td class="l"><b>Recommendation</b></td><td class="l">Continued certification for a further three years</td></tr>
</table>

<h2>1. Introduction</h2>
<p>Quarrendon Borough Council has held the Customer Service Excellence standard since 2013. This report records the reassessment that closes the third cycle. The assessment team spent three days on site, at the Customer Hub in Market Square, the Hollins Road office and the depot, and met 74 staff, 18 partners and 31 customers.</p>
<p>At the first annual review in March 2020 the Council held 3 Compliance Plus and 4 Partial Compliance; at the second annual review in March 2021 it held 3 Compliance Plus and 2 Partial Compliance.</p>

<h2>2. Results</h2>
<p>The grid below gives the rating of every element of the standard. Each row is a sub-criterion and each column the number of the element within it: the cell in row 2.1 under column 3 is element 2.1.3. A shaded cell means the sub-criterion has no element with that number.</p>
<p>Key: C+ = Compliance Plus &nbsp; C = Compliance &nbsp; PC = Partial Compliance &nbsp; NC = Non-Compliance</p>
{grid()}
<p></p>
<p>Summary by criterion:</p>
{crit_table()}

<h2>3. Compliance Plus</h2>
''' + ''.join(f'<h3>{c} &ndash; {sub}</h3><p>{t}</p>\n' for c, (sub, t) in WHY_CP.items()) + '''
<h2>4. Partial Compliance</h2>
''' + ''.join(f'<h3>{c}</h3><p>{t}</p>\n' for c, t in WHY_PC.items()) + '''
<h2>5. Conclusion</h2>
<p>The Council continues to meet the standard and is recommended for continued certification. An action plan for the three partial compliances is to be sent to SGS within 28 days. The first annual review of the new cycle is due in March 2023.</p>
<p>Helen Marchetti, Lead Assessor, for SGS United Kingdom Ltd &ndash; 4 April 2022</p>
</body></html>
'''
write('quarrendon-bc-2022-reassessment.html', html)

# Markdown: GitHub pipe tables, the grid with colon alignment and empty cells
md = ['# Customer Service Excellence – Reassessment Report', '',
      '*SGS United Kingdom Ltd · Certification and Business Enhancement*', '',
      '* **Organisation:** Quarrendon Borough Council',
      '* **Scope:** All customer-facing services of the Council',
      '* **Type of assessment:** Reassessment (three-year cycle)',
      '* **On-site dates:** 8, 9 and 10 March 2022',
      '* **Lead Assessor:** Helen Marchetti',
      '* **Assessor:** David Osei',
      '* **Council contact:** Karen Whitlow, Customer Experience Manager',
      '* **Report date:** 4 April 2022',
      '* **Technical review:** Sunil Varma, SGS (report review only), 11 April 2022',
      '* **Recommendation:** Continued certification for a further three years', '',
      '## 1. Introduction', '',
      'Quarrendon Borough Council has held the Customer Service Excellence standard since 2013. This report records the reassessment that closes the third cycle. The assessment team spent three days on site and met 74 staff, 18 partners and 31 customers.', '',
      'At the first annual review in March 2020 the Council held 3 Compliance Plus and 4 Partial Compliance; at the second annual review in March 2021 it held 3 Compliance Plus and 2 Partial Compliance.', '',
      '## 2. Results', '',
      'Each row is a sub-criterion and each column the number of the element within it (row 2.1, column 3 is element 2.1.3). An empty cell means the sub-criterion has no element with that number.', '',
      'Key: C+ = Compliance Plus, C = Compliance, PC = Partial Compliance, NC = Non-Compliance', '',
      '| Sub-criterion | 1 | 2 | 3 | 4 | 5 | 6 |',
      '|:--------------|:-:|:-:|:-:|:-:|:-:|:-:|']
for sub, name in SUBS.items():
    md.append(f'| {sub} {name} | ' + ' | '.join(cell(sub, n) for n in range(1, 7)) + ' |')
md += ['', 'Summary by criterion:', '', '| Criterion | C+ | C | PC | NC | Elements |', '|:--|--:|--:|--:|--:|--:|']
for k in '12345':
    md.append(f'| {k} {CRIT[k]} | ' + ' | '.join(str(x) for x in BY[k]) + f' | {sum(BY[k])} |')
md += ['| **Overall** | **4** | **50** | **3** | **0** | **57** |', '', '## 3. Compliance Plus', '']
for c, (sub, t) in WHY_CP.items():
    md += [f'### {c} – {sub}', '', t, '']
md += ['## 4. Partial Compliance', '']
for c, t in WHY_PC.items():
    md += [f'### {c}', '', t, '']
md += ['## 5. Conclusion', '', 'The Council continues to meet the standard and is recommended for continued certification. The first annual review of the new cycle is due in March 2023.', '',
       'Helen Marchetti, Lead Assessor, for SGS United Kingdom Ltd – 4 April 2022', '']
write('quarrendon-bc-2022-reassessment.md', '\n'.join(md))
