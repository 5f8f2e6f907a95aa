# kellingford-community-health-2012-initial: Centre for Assessment initial assessment of a community
# health NHS trust, written in the body's Word FORM with CHECKBOXES. Every element's judgement is a
# cell holding all four rating words, one of them checked: "☐ Compliance Plus / ☒ Compliance /
# ☐ Partial Compliance / ☐ Non-Compliance". The form's other fields are checkboxes too (type of
# assessment, logo use, recommendation), so a rating word is on every row four times and the only
# thing that tells them apart is ☒ against ☐. Markdown too: GitHub-flavoured, every element a
# heading with a TASK LIST ("- [x] Compliance", "- [ ] Compliance Plus").
from common import *
CP = ['1.2.2', '3.4.1', '4.3.2']
PC = ['1.3.4', '3.2.3', '5.3.2']
R = ratings(cp=CP, pc=PC)
assert counts(R) == (3, 51, 3, 0)
BY = {'1': (1, 9, 1, 0), '2': (0, 11, 0, 0), '3': (1, 10, 1, 0), '4': (1, 12, 0, 0), '5': (0, 9, 1, 0)}
for k, v in BY.items():
    assert counts(R, k) == v, k
OPTS = [('CP', 'Compliance Plus'), ('C', 'Compliance'), ('PC', 'Partial Compliance'), ('NC', 'Non-Compliance')]
ON, OFF = '\u2612', '\u2610'   # ☒ ☐

def box(flag):
    return ON if flag else OFF

COMMENT = {
 '1.1.1': 'Trust-wide population profile by locality (2011 JSNA data, GP registers, community nursing caseloads) refreshed annually.',
 '1.1.2': 'Insight work on housebound patients and carers led to the evening district-nursing line.',
 '1.1.3': 'Good work with homeless health and Gypsy and Traveller liaison. The Trust aims to reach Compliance Plus here at the 12-month review; it is not there yet.',
 '1.2.1': 'Patient and Public Involvement Strategy 2011–14 sets out methods for each customer group.',
 '1.2.2': 'Consultation is built into every service redesign: the 2011 podiatry review involved 640 patients, the "You said, we did" boards are in every clinic and the changes are reported back by letter to everyone who took part. Other trusts in the region have adopted the Trust\'s co-design toolkit. An exemplar.',
 '1.2.3': 'Engagement methods reviewed by the Patient Experience Group in October 2011.',
 '1.3.1': 'Real-time feedback devices in 38 clinics plus an annual postal survey.',
 '1.3.2': 'Results analysed by service and locality and published quarterly on the website.',
 '1.3.3': 'Survey questions cover the key drivers. See 1.3.4, which is only partly met.',
 '1.3.4': 'No satisfaction targets have been set for community services other than podiatry and dental, and there is no comparison with other community providers. Partly met.',
 '1.3.5': 'Changes to clinic booking came from the 2011 survey.',
 '2.1.1': 'Board receives a patient story at every meeting; the Chief Executive chairs the Patient Experience Group.',
 '2.1.2': 'Insight is used in the Integrated Business Plan.',
 '2.1.3': '',
 '2.1.4': 'Equality Delivery System self-assessment seen; staff understood fair treatment.',
 '2.1.5': 'Information governance toolkit score 83%; private areas in clinics.',
 '2.1.6': '',
 '2.2.1': 'Customer care module in mandatory induction since 2010.',
 '2.2.2': 'Patients met on the visit spoke highly of staff.',
 '2.2.3': '',
 '2.2.4': 'Staff suggestions led to the single referral form.',
 '2.2.5': '',
 '3.1.1': 'Service directory in print and online.',
 '3.1.2': 'Charges (dental, some equipment) set out clearly.',
 '3.2.1': 'Leaflets in the six main community languages and Easy Read.',
 '3.2.2': '',
 '3.2.3': 'The Trust could not show that it had improved its information in response to feedback: the leaflet review in 2011 was a re-brand only and patients\' comments about appointment letters have not been acted on.',
 '3.2.4': '',
 '3.3.1': 'Telephone, online and walk-in access; single point of access for referrals.',
 '3.3.2': '',
 '3.3.3': 'Health centres visited (Kellingford, Marlow Lane, Eastwick) clean and accessible.',
 '3.4.1': 'The integrated care arrangements with the two councils, the acute trust and the voluntary sector are outstanding: a shared care record, joint discharge teams and a single number for patients and carers. Evaluated with patients in 2011 and cited by the Department of Health as good practice. See also 3.4.2.',
 '3.4.2': 'Clear lines of accountability with partners.',
 '3.4.3': '',
 '4.1.1': 'Service standards in the Patient Charter.',
 '4.1.2': 'Monitored monthly; published in the quarterly Patient Experience Report.',
 '4.1.3': '',
 '4.2.1': '',
 '4.2.2': '18-week referral to treatment met in all services.',
 '4.2.3': 'Benchmarked with the Community Health Services Benchmarking Club.',
 '4.2.4': '',
 '4.3.1': '',
 '4.3.2': 'An accessible, fast and personal complaints process: every complainant is telephoned within 24 hours, 92% of complaints are resolved locally within 10 days, and the PALS team run drop-ins in every health centre. Complainants we spoke to praised it.',
 '4.3.3': 'Complaints training for all band 5 and above.',
 '4.3.4': 'Lessons from complaints reported to the Board (see 4.3.2).',
 '4.3.5': '',
 '4.3.6': '',
 '5.1.1': 'Timeliness standards for each service in the Patient Charter.',
 '5.1.2': '',
 '5.2.1': '',
 '5.2.2': '',
 '5.2.3': '',
 '5.2.4': '',
 '5.2.5': 'Calls to the single point of access answered in 20 seconds on average.',
 '5.3.1': 'Timeliness monitored monthly.',
 '5.3.2': 'The Trust does not yet publish its performance against its timeliness standards to patients; waiting times for podiatry and speech and language therapy are above standard and patients are not told.',
 '5.3.3': '',
}
assert set(COMMENT) == set(CODES)

def judgement_cell(c):
    return '<br>'.join(f'{box(R[c] == k)} {w}' for k, w in OPTS)

def crit_table(k):
    out = [f'<h3>Criterion {k} &ndash; {CRIT[k]}</h3>',
           '<table class="e"><thead><tr><th style="width:8%">Element</th><th style="width:36%">Requirement</th>'
           '<th style="width:22%">Judgement (tick one)</th><th>Assessor\'s comments</th></tr></thead><tbody>']
    for s in subs_of(k):
        out.append(f'<tr><td colspan="4" class="sub">{s} {SUBS[s]}</td></tr>')
        for c in codes_of(s):
            out.append(f'<tr><td>{c}</td><td>{STMT[c]}</td><td class="j">{judgement_cell(c)}</td><td>{COMMENT[c]}</td></tr>')
    out.append('</tbody></table>')
    return '\n'.join(out)

DETAILS = [
    ('Organisation', 'Kellingford Community Health NHS Trust'),
    ('Address', 'Trust Headquarters, Marlow Lane Health Centre, Kellingford KG4 7PD'),
    ('Scope of assessment', 'All community health services provided by the Trust (adult community nursing, therapies, podiatry, community dental, children\'s services, health visiting and school nursing)'),
    ('Type of assessment', f'{ON} Initial assessment &nbsp; {OFF} 12-month review &nbsp; {OFF} 24-month review &nbsp; {OFF} Reassessment &nbsp; {OFF} Other'),
    ('Previous accreditation', f'{OFF} Charter Mark &nbsp; {ON} None'),
    ('Document review (desk) completed', '16/01/2012'),
    ('On-site assessment', '7, 8 and 9 February 2012'),
    ('Lead assessor', 'Morwenna Castleton'),
    ('Assessor', 'Idris Wexley-Price'),
    ('Trust contact', 'Sunita Raval, Head of Patient Experience'),
    ('Quality check of this report', f'{ON} Completed &nbsp; by Centre for Assessment Quality Team (J. Ferreira), 22/02/2012'),
    ('Date of report', '24/02/2012'),
]
SUMMARY = [
    'Kellingford Community Health NHS Trust was formed in April 2011 from the provider arm of Kellingford Primary Care Trust. It employs 2,300 staff and provides community health services to a population of 410,000 from 31 sites. This is the Trust\'s first assessment against Customer Service Excellence.',
    'The assessment began with a desk review of the Trust\'s online self-assessment and 212 items of evidence, completed on 16 January 2012. The on-site assessment took place on 7, 8 and 9 February 2012 and included interviews with 74 staff, 11 partner organisations, four governors and 38 patients and carers, and visits to three health centres and two patients\' homes with the district nursing team.',
    'The Trust has a strong and genuine commitment to its patients. Involvement and consultation (1.2.2), joint working with partners (3.4.1) and the handling of complaints (4.3.2) are exceptional and are judged Compliance Plus. Three elements are partly met: satisfaction targets and comparison with others (1.3.4), improving information in response to customers (3.2.3) and publishing performance against timeliness standards (5.3.2). No element was judged non-compliant.',
    'Patient feedback collected by the Trust since 2010 shows overall satisfaction of 94%; the Trust\'s own target for 2012/13 is 95%.',
]
RECOMMEND = [f'{ON} Certification recommended', f'{OFF} Certification recommended subject to an action plan (partial compliance above the tolerance)', f'{OFF} Certification not recommended']
LOGO = [f'{OFF} Used correctly', f'{OFF} Used incorrectly', f'{ON} Not applicable (not yet certified)']

def details_table():
    return '<table class="k">' + ''.join(f'<tr><td class="l">{a}</td><td>{b}</td></tr>' for a, b in DETAILS) + '</table>'

def count_table():
    out = ['<table class="t"><tr><th>Criterion</th><th>Compliance Plus</th><th>Compliance</th><th>Partial Compliance</th><th>Non-Compliance</th></tr>']
    for k in '12345':
        out.append(f'<tr><td>{k}. {CRIT[k]}</td>' + ''.join(f'<td class="n">{x}</td>' for x in BY[k]) + '</tr>')
    tot = counts(R)
    out.append('<tr><td><b>Total</b></td>' + ''.join(f'<td class="n"><b>{x}</b></td>' for x in tot) + '</tr></table>')
    return '\n'.join(out)

html = f'''<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Customer Service Excellence Assessment Report – Kellingford Community Health NHS Trust – February 2012</title>
<style>
@page {{ size: A4; margin: 17mm; }}
body {{ font-family: Calibri, Carlito, "DejaVu Sans", sans-serif; font-size: 10pt; }}
h1 {{ font-size: 20pt; color: #00573f; margin-top: 30mm; }}
h2 {{ font-size: 13pt; color: #00573f; border-bottom: 1px solid #00573f; margin-top: 18px; }}
h3 {{ font-size: 11pt; color: #00573f; }}
table {{ border-collapse: collapse; }}
table.k {{ width: 100%; }}
table.k td, table.e td, table.e th, table.t td, table.t th {{ border: 1px solid #7a7a7a; padding: 3px 5px; vertical-align: top; font-size: 9pt; }}
table.k td.l {{ width: 32%; background: #e6f0ec; font-weight: bold; }}
table.e {{ width: 100%; }}
table.e thead {{ display: table-header-group; }}
table.e th, table.t th {{ background: #00573f; color: #fff; text-align: left; }}
table.e td.sub {{ background: #e6f0ec; font-weight: bold; }}
table.e td.j {{ white-space: nowrap; font-size: 8.5pt; line-height: 1.35; }}
table.t td.n {{ text-align: center; }}
.pb {{ page-break-after: always; }}
p.small {{ font-size: 8pt; color: #555; }}
</style></head>
<body>
<div class="pb">
<p style="font-size:11pt;letter-spacing:2px;color:#00573f"><b>CENTRE FOR ASSESSMENT</b></p>
<h1>Customer Service Excellence<br>Assessment Report</h1>
<p style="font-size:15pt">Kellingford Community Health NHS Trust</p>
<p style="font-size:11pt">Initial assessment &middot; February 2012</p>
<p class="small" style="margin-top:90mm">Form CSE-AR3 (Word form, version 2011/2). Complete every field. Tick one box only in each judgement field. Comments are required for every element judged Compliance Plus, Partial Compliance or Non-Compliance.</p>
</div>
<div class="pb">
<h2>Contents</h2>
<p>Section 1 &ndash; Assessment details<br>Section 2 &ndash; Summary of judgements<br>Section 3 &ndash; Executive summary<br>Section 4 &ndash; Assessment against the standard (Criteria 1 to 5)<br>Section 5 &ndash; Use of the Customer Service Excellence logo<br>Section 6 &ndash; Recommendation and next steps</p>
</div>
<h2>Section 1 &ndash; Assessment details</h2>
{details_table()}
<h2>Section 2 &ndash; Summary of judgements</h2>
<p>Number of elements at each level of compliance (from the judgements ticked in Section 4):</p>
{count_table()}
<h2>Section 3 &ndash; Executive summary</h2>
''' + ''.join(f'<p>{p}</p>' for p in SUMMARY) + f'''
<h2 style="page-break-before:always">Section 4 &ndash; Assessment against the standard</h2>
<p>For each element the assessor has ticked one judgement. &#9746; = ticked; &#9744; = not ticked.</p>
''' + '\n'.join(crit_table(k) for k in '12345') + f'''
<h2>Section 5 &ndash; Use of the Customer Service Excellence logo</h2>
<p>{' &nbsp; '.join(LOGO)}</p>
<h2>Section 6 &ndash; Recommendation and next steps</h2>
<p>{'<br>'.join(RECOMMEND)}</p>
<p>The three partly met elements (1.3.4, 3.2.3 and 5.3.2) are within the tolerance for each criterion. The Trust should send an action plan for them to the Centre for Assessment within one month; progress will be checked at the 12-month review, due in February 2013.</p>
<table class="k" style="width:70%">
<tr><td class="l">Lead assessor</td><td>Morwenna Castleton</td></tr>
<tr><td class="l">Signed (electronic)</td><td>M. Castleton</td></tr>
<tr><td class="l">Date</td><td>24/02/2012</td></tr>
</table>
</body></html>
'''
write('kellingford-community-health-2012-initial.html', html)

# Markdown: GitHub-flavoured, each element a heading with a task list.
def md_tick(flag):
    return '[x]' if flag else '[ ]'

md = ['**CENTRE FOR ASSESSMENT**', '', '# Customer Service Excellence Assessment Report', '',
      '**Kellingford Community Health NHS Trust** — Initial assessment, February 2012', '',
      '> Form CSE-AR3 (Word form, version 2011/2). Tick one box only in each judgement field.', '',
      '## Contents', '', '1. [Assessment details](#section-1--assessment-details)', '2. [Summary of judgements](#section-2--summary-of-judgements)',
      '3. [Executive summary](#section-3--executive-summary)', '4. [Assessment against the standard](#section-4--assessment-against-the-standard)',
      '5. [Use of the logo](#section-5--use-of-the-customer-service-excellence-logo)', '6. [Recommendation and next steps](#section-6--recommendation-and-next-steps)', '',
      '## Section 1 – Assessment details', '']
for a, b in DETAILS:
    if a == 'Type of assessment':
        md += ['**Type of assessment**', '', '- [x] Initial assessment', '- [ ] 12-month review', '- [ ] 24-month review', '- [ ] Reassessment', '- [ ] Other', '']
    elif a == 'Previous accreditation':
        md += ['**Previous accreditation**', '', '- [ ] Charter Mark', '- [x] None', '']
    elif a == 'Quality check of this report':
        md += ['**Quality check of this report**', '', '- [x] Completed by Centre for Assessment Quality Team (J. Ferreira), 22/02/2012', '']
    else:
        md += [f'**{a}:** {b}', '']
md += ['## Section 2 – Summary of judgements', '', 'Number of elements at each level of compliance (from the judgements ticked in Section 4):', '',
       '| Criterion | Compliance Plus | Compliance | Partial Compliance | Non-Compliance |', '|---|:-:|:-:|:-:|:-:|']
for k in '12345':
    md.append(f'| {k}. {CRIT[k]} | ' + ' | '.join(str(x) for x in BY[k]) + ' |')
md.append('| **Total** | ' + ' | '.join(f'**{x}**' for x in counts(R)) + ' |')
md += ['', '## Section 3 – Executive summary', '']
for p in SUMMARY:
    md += [p, '']
md += ['## Section 4 – Assessment against the standard', '', 'For each element the assessor has ticked one judgement.', '']
for k in '12345':
    md += [f'### Criterion {k} – {CRIT[k]}', '']
    for s in subs_of(k):
        md += [f'**{s} {SUBS[s]}**', '']
        for c in codes_of(s):
            md += [f'#### {c}', '', f'> {STMT[c]}', '', 'Judgement:', '']
            md += [f'- {md_tick(R[c] == key)} {w}' for key, w in OPTS]
            md += ['', f'Comments: {COMMENT[c] or "—"}', '']
md += ['## Section 5 – Use of the Customer Service Excellence logo', '', '- [ ] Used correctly', '- [ ] Used incorrectly', '- [x] Not applicable (not yet certified)', '',
       '## Section 6 – Recommendation and next steps', '',
       '- [x] Certification recommended', '- [ ] Certification recommended subject to an action plan (partial compliance above the tolerance)', '- [ ] Certification not recommended', '',
       'The three partly met elements (1.3.4, 3.2.3 and 5.3.2) are within the tolerance for each criterion. The Trust should send an action plan for them to the Centre for Assessment within one month; progress will be checked at the 12-month review, due in February 2013.', '',
       '**Lead assessor:** Morwenna Castleton  ', '**Signed (electronic):** M. Castleton  ', '**Date:** 24/02/2012', '']
write('kellingford-community-health-2012-initial.md', '\n'.join(md))
