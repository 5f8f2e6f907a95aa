# avonmere-police-2026-sv1: SGS United Kingdom surveillance audit of a police force's contact
# centre against CSE, 2026, written in SGS's MANAGEMENT-SYSTEM AUDIT TEMPLATE: "Audit type:
# Surveillance 1 (SV1)", audit team leader, ISO dates, a FINDINGS REGISTER in ISO vocabulary
# (NC-01 (Minor) / OFI-01 / GP-01, with a "Summary of findings" table Major NC 0 / Minor NC 2 /
# OFI 4 / GP 3) beside the CSE ratings: a key maps a minor nonconformity to Partial Compliance, a
# major to Non-Compliance, good practice to Compliance Plus; a "clause-by-clause" table of all 57
# elements with a CSE rating column (C+ / C / PC / NC) and a finding reference. "NC" thus names
# nonconformity references, not Non-Compliance. A closed NC-03 from the 2025 recertification audit.
# Markdown as a GitLab wiki page ([[_TOC_]], <details>, a mermaid pie chart of the counts).
from common import *
CP = ['1.2.1', '2.2.4', '4.1.3']
PC = ['3.3.2', '5.2.2']
R = ratings(cp=CP, pc=PC)
assert counts(R) == (3, 52, 2, 0)
FIND = [
 ('NC-01', 'Minor nonconformity', '3.3.2', 'The force&rsquo;s non-emergency web chat is closed at weekends and the force has not consulted users or set out alternatives for deaf and hard-of-hearing callers.', 'Partial Compliance'),
 ('NC-02', 'Minor nonconformity', '5.2.2', 'Callers are not told when a crime report will take longer than the 5-working-day contact standard, and the reason is not recorded.', 'Partial Compliance'),
 ('OFI-01', 'Opportunity for improvement', '1.3.2', 'Publish victim satisfaction by protected characteristic, not only overall.', 'Compliance'),
 ('OFI-02', 'Opportunity for improvement', '3.1.1', 'Bring the &ldquo;Track my crime&rdquo; help pages into line with the Victims&rsquo; Code wording.', 'Compliance'),
 ('OFI-03', 'Opportunity for improvement', '4.3.1', 'Record the reason when a complaint is not resolved at first contact.', 'Compliance'),
 ('OFI-04', 'Opportunity for improvement', '5.3.2', 'Show the trend of 101 answer times on the public performance page.', 'Compliance'),
 ('GP-01', 'Good practice', '1.2.1', 'Community contact panels in all six districts, with a youth panel and a panel of disabled callers, shaping the contact strategy.', 'Compliance Plus'),
 ('GP-02', 'Good practice', '2.2.4', 'Call handlers trained with people with lived experience of domestic abuse; exemplary empathy observed on live calls.', 'Compliance Plus'),
 ('GP-03', 'Good practice', '4.1.3', 'Local contact standards co-written with the panels and reviewed every six months.', 'Compliance Plus'),
]
REF = {f[2]: f[0] for f in FIND}
assert sorted(f[2] for f in FIND if f[4] == 'Partial Compliance') == PC and sorted(f[2] for f in FIND if f[4] == 'Compliance Plus') == CP
AB = {'CP': 'C+', 'C': 'C', 'PC': 'PC', 'NC': 'NC'}
HEAD = [('Client', 'Avonmere Constabulary &ndash; Force Contact Centre'), ('Client reference', 'SGS 74102'),
        ('Standard', 'Customer Service Excellence (CSE)'), ('Audit type', 'Surveillance 1 (SV1)'),
        ('Remote document review', '2026-01-06'), ('Audit dates (on site)', '2026-01-13 to 2026-01-15'),
        ('Audit team leader', 'Olusegun Bankole-Hart'), ('Auditor', 'Ffion Pritchard'),
        ('Client representative', 'Chief Inspector Martin Keane, Head of Contact Management'),
        ('Technical reviewer', 'Grace Lindqvist (report review, 2026-01-29)'), ('Report date', '2026-02-02'),
        ('Recommendation', 'Continued certification')]
KEYTXT = 'In this report each CSE element receives a CSE rating (C+ Compliance Plus, C Compliance, PC Partial Compliance, NC Non-Compliance). In addition, findings are raised in the audit findings register: a minor nonconformity is raised for every element rated Partial Compliance and a major nonconformity for every element rated Non-Compliance; good practice (GP) is recorded for every element rated Compliance Plus; an opportunity for improvement (OFI) may be recorded against a compliant element. Finding references (NC-01, OFI-01, GP-01) are not ratings.'
SUMMARY = ['The Force Contact Centre handles 999 and 101 calls, web chat and online crime reports for Avonmere Constabulary. It was recertified against CSE in January 2025 (RC audit, 2025-01-14 to 2025-01-16). This first surveillance audit of the new cycle sampled all five criteria on site at Avonmere Police Headquarters, including live call observation.',
           'The management of customer service continues to be effective and the audit team recommends continued certification. Two minor nonconformities were raised (NC-01 and NC-02), four opportunities for improvement and three examples of good practice. No major nonconformity was raised.',
           'NC-03 (minor), raised at the 2025 recertification audit against 4.3.5, was verified as closed: 4.3.5 is now rated Compliance.']
CSS = '''
@page { size: A4; margin: 16mm 15mm 18mm 15mm; }
body { font-family: Arial, "Liberation Sans", sans-serif; font-size: 9pt; color: #000; }
.brand { color: #f36f21; font-weight: bold; font-size: 20pt; }
h1 { font-size: 17pt; margin: 25mm 0 6mm 0; }
h2 { font-size: 11.5pt; background: #4d4d4d; color: #fff; padding: 3px 6px; margin-top: 14px; }
p { margin: 0 0 6px 0; }
table { border-collapse: collapse; width: 100%; }
td, th { border: 1px solid #999; padding: 2px 5px; vertical-align: top; text-align: left; font-size: 8.5pt; }
th { background: #d9d9d9; }
td.l { width: 30%; background: #f2f2f2; font-weight: bold; }
td.c { text-align: center; }
.pb { page-break-after: always; }
'''
def sumtable():
    kinds = [('Major nonconformity', 'Major NC', 0), ('Minor nonconformity', 'Minor NC', 2), ('Opportunity for improvement', 'OFI', 4), ('Good practice', 'GP', 3)]
    for full, _, n in kinds:
        assert sum(1 for f in FIND if f[1] == full) == n
    return '<table style="width:60%"><tr><th>Finding type</th><th>Abbrev.</th><th>Number</th></tr>' + ''.join(f'<tr><td>{a}</td><td>{b}</td><td class="c">{n}</td></tr>' for a, b, n in kinds) + '</table>'
def ratetable():
    cp, c, pc, nc = counts(R)
    return ('<table style="width:60%"><tr><th>CSE rating</th><th>Elements</th></tr>'
            f'<tr><td>Compliance Plus (C+)</td><td class="c">{cp}</td></tr><tr><td>Compliance (C)</td><td class="c">{c}</td></tr>'
            f'<tr><td>Partial Compliance (PC)</td><td class="c">{pc}</td></tr><tr><td>Non-Compliance (NC)</td><td class="c">{nc}</td></tr>'
            '<tr><td><b>Total</b></td><td class="c"><b>57</b></td></tr></table>')
def register():
    return ('<table width="100%"><thead><tr><th width="8%">Ref.</th><th width="17%">Type</th><th width="7%">Clause</th><th width="50%">Finding</th><th width="18%">CSE rating</th></tr></thead><tbody>'
            + ''.join(f'<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td><td>{e}</td></tr>' for a, b, c, d, e in FIND) + '</tbody></table>')
def clauses():
    rows = []
    for k in '12345':
        rows.append(f'<tr><td colspan="4" style="background:#f2f2f2"><b>Criterion {k} &ndash; {CRIT[k]}</b></td></tr>')
        for c in codes_of_crit(k):
            rows.append(f'<tr><td>{c}</td><td>{short(c, 80)}</td><td class="c">{AB[R[c]]}</td><td>{REF.get(c, "&ndash;")}</td></tr>')
    return '<table><thead><tr><th style="width:8%">Clause</th><th>Requirement</th><th style="width:10%">CSE rating</th><th style="width:12%">Finding ref.</th></tr></thead><tbody>' + ''.join(rows) + '</tbody></table>'
def codes_of_crit(k):
    return [c for c in CODES if c.startswith(k + '.')]

body = f'''
<div class="pb">
<p class="brand">SGS</p>
<p>SGS United Kingdom Ltd &ndash; Certification Services</p>
<h1>AUDIT REPORT<br>Customer Service Excellence</h1>
<p style="font-size:13pt">Avonmere Constabulary<br>Force Contact Centre</p>
<p>Surveillance 1 (SV1) &middot; 2026-01-13 to 2026-01-15</p>
</div>
<h2 style="page-break-before:always">Contents</h2>
<p>1 Audit details<br>2 Executive summary<br>3 How to read this report<br>4 Summary of findings<br>5 CSE rating summary<br>6 Audit findings register<br>7 Clause-by-clause results<br>8 Declaration</p>
<h2>1 Audit details</h2>
<table>{''.join(f'<tr><td class="l">{a}</td><td>{b}</td></tr>' for a, b in HEAD)}</table>
<h2>2 Executive summary</h2>
{''.join(f'<p>{p}</p>' for p in SUMMARY)}
<h2>3 How to read this report</h2>
<p>{KEYTXT}</p>
<h2>4 Summary of findings</h2>
{sumtable()}
<h2>5 CSE rating summary</h2>
{ratetable()}
<h2 style="page-break-before:always">6 Audit findings register</h2>
<p>Minor nonconformities must be closed, with evidence submitted to SGS, within 90 days of the report date (by 2026-05-03).</p>
{register()}
<h2 style="page-break-before:always">7 Clause-by-clause results</h2>
{clauses()}
<h2>8 Declaration</h2>
<p>This audit was based on a sample of the available information. The audit team confirms that the audit objectives were met and recommends continued certification. The next audit, Surveillance 2 (SV2), is planned for January 2027.</p>
<table><tr><td class="l">Audit team leader</td><td>Olusegun Bankole-Hart, 2026-02-02</td></tr><tr><td class="l">Auditor</td><td>Ffion Pritchard</td></tr></table>
'''
write('avonmere-police-2026-sv1.html', page('SGS Audit Report – Customer Service Excellence – Avonmere Constabulary Force Contact Centre – SV1 2026', CSS, body))

# Markdown: a GitLab wiki page
def plain(s):
    return (s.replace('&rsquo;', '’').replace('&ndash;', '–').replace('&ldquo;', '“').replace('&rdquo;', '”'))
clause_md = []
for k in '12345':
    clause_md.append(f'<details><summary>Criterion {k} – {CRIT[k]}</summary>\n\n| Clause | Requirement | CSE rating | Finding ref. |\n|--------|-------------|:----------:|--------------|')
    for c in codes_of_crit(k):
        clause_md.append(f'| {c} | {short(c, 80)} | {AB[R[c]]} | {REF.get(c, "–")} |')
    clause_md.append('\n</details>\n')
MD = f'''[[_TOC_]]

# Audit Report – Customer Service Excellence

**Avonmere Constabulary – Force Contact Centre** · SGS United Kingdom Ltd · Surveillance 1 (SV1)

> Copied from the SGS PDF report for the CSE working group. The PDF in SharePoint is the master copy.

## 1 Audit details

| Item | Detail |
|------|--------|
{chr(10).join(f"| {a} | {plain(b)} |" for a, b in HEAD)}

## 2 Executive summary

{(chr(10) + chr(10)).join(plain(p) for p in SUMMARY)}

## 3 How to read this report

{plain(KEYTXT)}

## 4 Summary of findings

| Finding type | Abbrev. | Number |
|--------------|---------|-------:|
| Major nonconformity | Major NC | 0 |
| Minor nonconformity | Minor NC | 2 |
| Opportunity for improvement | OFI | 4 |
| Good practice | GP | 3 |

## 5 CSE rating summary

```mermaid
pie showData
    title CSE ratings, SV1 2026 (57 elements)
    "Compliance Plus (C+)" : 3
    "Compliance (C)" : 52
    "Partial Compliance (PC)" : 2
    "Non-Compliance (NC)" : 0
```

## 6 Audit findings register

Minor nonconformities must be closed, with evidence submitted to SGS, within 90 days of the report date (by 2026-05-03).

| Ref. | Type | Clause | Finding | CSE rating |
|------|------|--------|---------|------------|
{chr(10).join(f"| {a} | {b} | {c} | {plain(d)} | {e} |" for a, b, c, d, e in FIND)}

## 7 Clause-by-clause results

{chr(10).join(clause_md)}
## 8 Declaration

This audit was based on a sample of the available information. The audit team confirms that the audit objectives were met and recommends continued certification. The next audit, Surveillance 2 (SV2), is planned for January 2027.

Audit team leader: Olusegun Bankole-Hart, 2026-02-02  
Auditor: Ffion Pritchard

'''
write('avonmere-police-2026-sv1.md', MD)
