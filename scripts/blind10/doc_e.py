# lowater-hospitals-2022-reassessment: emqc reassessment of an NHS foundation trust's outpatient
# services, 2022. The 57 elements are in ONE TABLE GROUPED BY RATING: a banner row per rating
# ("COMPLIANCE PLUS – 5 elements", "COMPLIANCE – 49 elements", "PARTIAL COMPLIANCE – 3 elements",
# "NON-COMPLIANCE – none") and under each banner the elements in code order (Ref / Element /
# Evidence noted), with NO rating cell in the element rows: the rating is the banner's. The
# Compliance group runs over page breaks (header row repeated, no banner on the new page). A
# per-criterion table follows. Markdown as an Obsidian note (YAML properties, callouts, foldable
# callouts per rating group, wikilinks with aliases, an Obsidian %% comment %%, ==highlight==).
from common import *
CP = ['1.1.3', '2.2.2', '3.3.1', '4.2.4', '5.3.3']
PC = ['1.3.4', '3.2.4', '4.3.6']
R = ratings(cp=CP, pc=PC)
assert counts(R) == (5, 49, 3, 0)
EVID = {
 '1.1.3': 'Outpatient users mapped by specialty, travel distance and language; the "Did Not Attend" analysis has changed clinic times for three specialties.',
 '2.2.2': 'Clinic reception staff trained in dementia awareness and BSL basics; patient stories used in every team meeting.',
 '3.3.1': 'Patient-initiated follow-up and video clinics chosen by 41% of eligible patients; access audit with the Healthwatch panel.',
 '4.2.4': 'Benchmarked with the Shelford Group and two peer trusts on waiting times and patient experience; results published.',
 '5.3.3': 'Clinic letter turnaround monitored by consultant and published monthly; 96% within seven days.',
 '1.3.4': 'Friends and Family Test results are published, but the Trust has not set targets for improvement in the outpatient areas with the lowest scores.',
 '3.2.4': 'Appointment letters have not been reviewed with patients since 2018; two templates give conflicting parking information.',
 '4.3.6': 'Learning from complaints is not shared with the volunteers and partner organisations who run the help desks.',
}
DEFAULT = 'Evidence seen and confirmed at interview.'
CSS = '''
@page { size: A4; margin: 20mm 16mm; }
body { font-family: "Frutiger", Arial, "Liberation Sans", sans-serif; font-size: 9.5pt; color: #231f20; }
h1 { font-size: 22pt; color: #005eb8; margin-top: 35mm; }
h2 { font-size: 13pt; color: #005eb8; margin-top: 16px; }
p { margin: 0 0 7px 0; }
table { border-collapse: collapse; width: 100%; }
td, th { border: 1px solid #a6c4e3; padding: 3px 5px; vertical-align: top; text-align: left; }
th { background: #005eb8; color: #fff; }
table.g td { font-size: 8.5pt; }
tr.band td { font-weight: bold; font-size: 9.5pt; color: #fff; }
tr.b-cp td { background: #007f3b; } tr.b-c td { background: #005eb8; } tr.b-pc td { background: #ed8b00; } tr.b-nc td { background: #da291c; }
table.kv td.l { width: 33%; background: #e8f0f9; font-weight: bold; }
.pb { page-break-after: always; }
'''
BANDS = [('CP', 'b-cp', 'COMPLIANCE PLUS'), ('C', 'b-c', 'COMPLIANCE'), ('PC', 'b-pc', 'PARTIAL COMPLIANCE'), ('NC', 'b-nc', 'NON-COMPLIANCE')]

def nwords(n):
    return 'none' if n == 0 else (f'{n} element' if n == 1 else f'{n} elements')

def grouped():
    rows = []
    for key, cls, label in BANDS:
        cs = [c for c in CODES if R[c] == key]
        rows.append(f'<tr class="band {cls}"><td colspan="3">{label} &ndash; {nwords(len(cs))}</td></tr>')
        for c in cs:
            rows.append(f'<tr><td>{c}</td><td>{STMT[c]}</td><td>{EVID.get(c, DEFAULT)}</td></tr>')
    return '<table class="g"><thead><tr><th style="width:8%">Ref</th><th style="width:52%">Element</th><th>Evidence noted</th></tr></thead><tbody>' + ''.join(rows) + '</tbody></table>'

def crit_table():
    rows = ''
    for k in '12345':
        cp, c, pc, nc = counts(R, k)
        rows += f'<tr><td>{k} {CRIT[k]}</td><td>{cp}</td><td>{c}</td><td>{pc}</td><td>{nc}</td></tr>'
    cp, c, pc, nc = counts(R)
    rows += f'<tr><td><b>Total</b></td><td><b>{cp}</b></td><td><b>{c}</b></td><td><b>{pc}</b></td><td><b>{nc}</b></td></tr>'
    return '<table><tr><th>Criterion</th><th>Compliance Plus</th><th>Compliance</th><th>Partial Compliance</th><th>Non-Compliance</th></tr>' + rows + '</table>'

KV = [('Organisation', 'Lowater Hospitals NHS Foundation Trust &ndash; Outpatient Services'), ('Assessment type', 'Reassessment (end of three-year cycle)'),
      ('Document review (remote)', '17 January 2022'), ('On-site assessment', '25&ndash;27 January 2022 (Lowater General Hospital and Penfold Community Hospital)'),
      ('Lead Assessor', 'Catriona Delahunt FCIM'), ('Assessor', 'Marcus Oyinlola-Price'),
      ('Trust lead', 'Mrs Aisha Rahman, Head of Patient Experience'), ('Report date', '11 February 2022'), ('emqc reference', 'EMQC/CSE/2201/LHT')]
SUMMARY = ['Lowater Hospitals NHS Foundation Trust has held Customer Service Excellence for its outpatient services since 2016. This reassessment, the second of the Trust&rsquo;s certification, was carried out in January 2022 with a remote document review and three days on site.',
           'The Trust continues to meet the standard, and we recommend that certification is renewed. Five elements are rated Compliance Plus, 49 Compliance and three Partial Compliance; no element is non-compliant. Appendix A lists every element under its rating.',
           'At the 2021 annual review the Trust was partially compliant at 3.3.2; this has been addressed and 3.3.2 is compliant. 4.2.4 was Compliance Plus in 2021 and remains so.']
FIND = [('Customer Insight', 'The Trust&rsquo;s understanding of its outpatients is excellent (1.1.3). It measures satisfaction widely, but has not set improvement targets for the clinics with the lowest Friends and Family Test scores (1.3.4).'),
        ('The Culture of the Organisation', 'Staff attitude and professionalism were praised by every patient we met; training for reception staff is outstanding (2.2.2).'),
        ('Information and Access', 'Choice of access, including patient-initiated follow-up and video clinics, is well beyond the requirement (3.3.1). Appointment letters need review with patients (3.2.4).'),
        ('Delivery', 'The Trust benchmarks its outcomes widely and publishes the results (4.2.4). Learning from complaints is not yet shared with partners and volunteers (4.3.6).'),
        ('Timeliness and Quality of Service', 'Clinic letter turnaround is monitored and published by consultant (5.3.3).')]
body = f'''
<div class="pb">
<p style="text-align:right;font-size:12pt;color:#005eb8"><b>emqc</b></p>
<h1>Customer Service Excellence<br>Reassessment Report</h1>
<p style="font-size:15pt">Lowater Hospitals NHS Foundation Trust<br>Outpatient Services</p>
<p>January 2022</p>
</div>
<h2 style="page-break-before:always">Contents</h2>
<p>1 Assessment details<br>2 Summary<br>3 Main findings<br>4 Results by criterion<br>5 Recommendation<br>Appendix A &ndash; Elements by rating</p>
<h2>1 Assessment details</h2>
<table class="kv">{''.join(f'<tr><td class="l">{a}</td><td>{b}</td></tr>' for a, b in KV)}</table>
<h2>2 Summary</h2>
{''.join(f'<p>{p}</p>' for p in SUMMARY)}
<h2>3 Main findings</h2>
{''.join(f'<p><b>{a}.</b> {b}</p>' for a, b in FIND)}
<h2>4 Results by criterion</h2>
{crit_table()}
<h2>5 Recommendation</h2>
<p>We recommend that the Trust&rsquo;s certification is renewed for a further three years. The first annual review of the new cycle will be in January 2023.</p>
<p>Catriona Delahunt FCIM, Lead Assessor<br>Marcus Oyinlola-Price, Assessor<br>emqc, 11 February 2022</p>
<h2 style="page-break-before:always">Appendix A &ndash; Elements by rating</h2>
<p>The elements are grouped by the rating given. Each group begins with a coloured heading row naming the rating and the number of elements; the elements follow in the order of the standard.</p>
{grouped()}
'''
write('lowater-hospitals-2022-reassessment.html',
      page('emqc – Customer Service Excellence Reassessment – Lowater Hospitals NHS Foundation Trust Outpatient Services – 2022', CSS, body))

# Markdown: an Obsidian note
def plain(s):
    return s.replace('&rsquo;', '’').replace('&ndash;', '–')
def link(c):
    return f'[[CSE elements/{c}|{c}]]'
CALL = {'CP': 'success', 'C': 'info', 'PC': 'warning', 'NC': 'failure'}
groups = []
for key, cls, label in BANDS:
    cs = [c for c in CODES if R[c] == key]
    fold = '-' if key == 'C' else '+'
    lines = [f'> [!{CALL[key]}]{fold} {label.title()} – {nwords(len(cs))}']
    for c in cs:
        lines.append(f'> - {link(c)} – {STMT[c]} *{plain(EVID.get(c, DEFAULT))}*')
    if not cs:
        lines.append('> No element was rated Non-Compliance.')
    groups.append('\n'.join(lines))
crit_rows = '\n'.join(f'| {k} {CRIT[k]} | ' + ' | '.join(str(x) for x in counts(R, k)) + ' |' for k in '12345')
MD = f'''---
aliases:
  - LHT CSE 2022
tags:
  - cse/reassessment
  - outpatients
organisation: "Lowater Hospitals NHS Foundation Trust – Outpatient Services"
assessor-body: emqc
report-date: 2022-02-11
cssclasses:
  - report
---

# CSE Reassessment Report – January 2022

> [!info] Assessment details
{chr(10).join(f"> - **{a}:** {plain(b)}" for a, b in KV)}

## Summary

{plain(SUMMARY[0])}

{plain(SUMMARY[1]).replace('Appendix A lists every element under its rating.', 'Every element is listed under its rating in [[#Elements by rating]].')}

{plain(SUMMARY[2])}

%% note to self: ask Catriona whether 3.2.4 was nearly non-compliant – she said no, partial was right %%

## Main findings

{chr(10).join(f"- **{a}.** {plain(b)}" for a, b in FIND)}

## Results by criterion

| Criterion | Compliance Plus | Compliance | Partial Compliance | Non-Compliance |
| --- | --- | --- | --- | --- |
{crit_rows}
| **Total** | **5** | **49** | **3** | **0** |

## Recommendation

==Certification renewed for a further three years.== The first annual review of the new cycle will be in January 2023.

Catriona Delahunt FCIM, Lead Assessor · Marcus Oyinlola-Price, Assessor · emqc, 11 February 2022

## Elements by rating

{(chr(10) + chr(10)).join(groups)}

Related: [[CSE annual review 2021]] · [[CSE action plan 2022-23]]
'''
write('lowater-hospitals-2022-reassessment.md', MD)
