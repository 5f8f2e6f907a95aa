# tolland-libraries-2026-review: Assessment Services Ltd first annual review that assessed only a
# SAMPLE of 21 elements; the element table lists all 57 and marks the rest "Not assessed at this
# visit"; codes written "1.2 (3)"; Compliance Plus shown as "Compliant ★" with a key; a visit
# spanning two months ("30 June – 1 July 2026"). Markdown too: pipe tables WITHOUT an alignment row.
from common import *
SAMPLE = ['1.1.3', '1.2.3', '1.3.2', '1.3.4', '2.1.2', '2.1.4', '2.2.1', '2.2.5', '3.1.2', '3.2.1', '3.3.1',
          '3.4.2', '4.1.1', '4.2.2', '4.3.2', '4.3.4', '5.1.1', '5.2.2', '5.2.3', '5.3.1', '5.3.2']
assert len(SAMPLE) == 21
CP = ['1.2.3', '3.2.1', '4.3.2']
PC = ['5.2.2']
R = {c: ('CP' if c in CP else 'PC' if c in PC else 'C') for c in SAMPLE}
def n(crit=None):
    v = [r for c, r in R.items() if crit is None or c.startswith(crit + '.')]
    return (len(v), v.count('CP'), v.count('C'), v.count('PC'), v.count('NC'))
assert n() == (21, 3, 17, 1, 0)
code = lambda c: f'{c[:3]} ({c[4]})'
WORD = {'CP': 'Compliant ★', 'C': 'Compliant', 'PC': 'Partial', 'NC': 'Non-compliant'}
def res(c):
    return WORD[R[c]] if c in R else 'Not assessed at this visit'
WHY = {
 '1.2.3': 'The "Tolland Reads" reader panel now includes young people from the two secondary schools and residents of the Eastfield care home; the panel\'s suggestions drove the new mobile library timetable.',
 '3.2.1': 'Every leaflet and web page is checked by the Easy Read group before publication; the library guide is available in nine languages and in audio.',
 '4.3.2': 'Feedback can be given at the desk, on a postcard, by text or online; staff can resolve complaints of up to £50 on the spot.',
 '5.2.2': 'Standards for answering e-mails (three working days) are set, but a third of e-mails sampled in May 2026 were answered late and this was not picked up.',
}
def table():
    out = ['<table class="e"><tr><th>Element</th><th>Requirement</th><th>Result</th></tr>']
    for c in CODES:
        if c.endswith('.1.1'):
            out.append(f'<tr><td colspan="3" class="cr">Criterion {c[0]} &ndash; {CRIT[c[0]]}</td></tr>')
        cls = ' class="na"' if c not in R else ''
        out.append(f'<tr{cls}><td>{code(c)}</td><td>{short(c, 100)}</td><td>{res(c)}</td></tr>')
    out.append('</table>')
    return '\n'.join(out)
def crit_table():
    out = ['<table class="s"><tr><th>Criterion</th><th>Elements assessed</th><th>Compliant ★</th><th>Compliant</th><th>Partial</th><th>Non-compliant</th></tr>']
    for k in '12345':
        out.append(f'<tr><td class="l">{k}. {CRIT[k]}</td>' + ''.join(f'<td>{x}</td>' for x in n(k)) + '</tr>')
    out.append('<tr><td class="l"><b>This visit</b></td>' + ''.join(f'<td><b>{x}</b></td>' for x in n()) + '</tr></table>')
    return '\n'.join(out)

INTRO = ('Tolland Libraries and Archives is the county library service, with 14 branch libraries, two mobile libraries, the county record office and a home library service. '
         'It was reassessed in June 2025. This first annual review followed the Assessment Services Ltd surveillance model: the assessor examined a sample of 21 elements, '
         'chosen to include every element rated Partial or Compliance Plus at the reassessment and a rotating selection of the rest. The remaining 36 elements were not assessed at this visit '
         'and will be sampled at the second annual review or the next reassessment.')
HIST = ('At the June 2025 reassessment, 2.1 (1) and 4.2 (2) were rated Compliant ★ and 3.3 (1) was Partial. 3.3 (1) was sampled and is now Compliant: the Orchard Street branch has a ramp and automatic doors. '
        '4.2 (2) was sampled and is Compliant; the assessor did not find evidence that the practice is still exceptional. 2.1 (1) was not sampled this year.')

html = f'''<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Tolland Libraries and Archives – CSE Annual Review 1 – 2026</title>
<style>
@page {{ size: A4; margin: 20mm; }}
body {{ font-family: "Trebuchet MS", "DejaVu Sans", sans-serif; font-size: 10pt; }}
h1 {{ font-size: 16pt; color: #00539b; }}
h2 {{ font-size: 12pt; color: #00539b; }}
table.e, table.s {{ border-collapse: collapse; width: 100%; }}
table.e td, table.e th, table.s td, table.s th {{ border: 1px solid #9aa; padding: 2px 5px; font-size: 8.5pt; }}
table.s td {{ text-align: center; }}
td.l {{ text-align: left !important; }}
td.cr {{ background: #d6e6f5; font-weight: bold; }}
tr.na td {{ color: #888; }}
</style></head>
<body>
<p style="text-align:right;font-size:9pt">Assessment Services Ltd<br>Customer Service Excellence</p>
<h1>Annual Review 1 &ndash; Surveillance Report</h1>
<p><b>Organisation:</b> Tolland Libraries and Archives<br>
<b>Dates of visit:</b> 30 June &ndash; 1 July 2026<br>
<b>Assessor:</b> Dr Priya Raman-Hughes MCMI<br>
<b>Date of this report:</b> 17 July 2026<br>
<b>Outcome:</b> Certification maintained</p>

<h2>1. Scope of the review</h2>
<p>{INTRO}</p>
<p>Key: <b>Compliant ★</b> = Compliance Plus. Compliant = Compliance. Partial = Partial Compliance. Non-compliant = Non-Compliance. &ldquo;Not assessed at this visit&rdquo; = outside this year&rsquo;s sample; no rating is given.</p>

<h2>2. Summary</h2>
<p>Of the 21 elements assessed, 3 were Compliant ★, 17 Compliant and 1 Partial; none was non-compliant.</p>
{crit_table()}
<p>{HIST}</p>

<h2>3. Compliance Plus</h2>
''' + ''.join(f'<p><b>{code(c)}</b> &ndash; {WHY[c]}</p>\n' for c in CP) + f'''
<h2>4. Partial compliance</h2>
<p><b>{code("5.2.2")}</b> &ndash; {WHY["5.2.2"]} This links to 5.3 (1), which is compliant: the service does publish its performance against the telephone standard.</p>

<h2>5. Element results</h2>
{table()}

<h2>6. Next visit</h2>
<p>Annual Review 2 is due in June or July 2027. The sample will include 5.2 (2) and at least 20 of the elements not assessed at this visit.</p>
<p>Dr Priya Raman-Hughes MCMI, Assessor</p>
</body></html>
'''
write('tolland-libraries-2026-review.html', html)

md = ['Tolland Libraries and Archives: Annual Review 1 - Surveillance Report', '', 'Assessment Services Ltd, Customer Service Excellence', '',
      '| Item | Detail |', '| Organisation | Tolland Libraries and Archives |', '| Dates of visit | 30 June - 1 July 2026 |',
      '| Assessor | Dr Priya Raman-Hughes MCMI |', '| Date of this report | 17 July 2026 |', '| Outcome | Certification maintained |', '',
      '**1. Scope of the review**', '', INTRO, '',
      'Key: Compliant ★ = Compliance Plus; Compliant = Compliance; Partial = Partial Compliance; Non-compliant = Non-Compliance; "Not assessed at this visit" = outside this year\'s sample.', '',
      '**2. Summary**', '', 'Of the 21 elements assessed, 3 were Compliant ★, 17 Compliant and 1 Partial; none was non-compliant.', '',
      '| Criterion | Elements assessed | Compliant ★ | Compliant | Partial | Non-compliant |']
for k in '12345':
    md.append(f'| {k}. {CRIT[k]} | ' + ' | '.join(str(x) for x in n(k)) + ' |')
md += ['| This visit | ' + ' | '.join(str(x) for x in n()) + ' |', '', HIST, '', '**3. Compliance Plus**', '']
md += [f'- {code(c)}: {WHY[c]}' for c in CP]
md += ['', '**4. Partial compliance**', '', f'- {code("5.2.2")}: {WHY["5.2.2"]}', '', '**5. Element results**', '', '| Element | Requirement | Result |']
for c in CODES:
    md.append(f'| {code(c)} | {short(c, 70)} | {res(c)} |')
md += ['', '**6. Next visit**', '', 'Annual Review 2 is due in June or July 2027.', '', 'Dr Priya Raman-Hughes MCMI, Assessor', '']
write('tolland-libraries-2026-review.md', '\n'.join(md))
