# phla-2017-annual-review: Centre for Assessment "Annual Review 1" of a central government agency
# (the Pilotage and Harbour Licensing Agency), 2017. No element table: the Compliance Plus elements
# are named in a sentence, the counts in a sentence, "all other elements are compliant", and the
# PARTIAL COMPLIANCES ARE NAMED ONLY IN THE ACTION PLAN (Appendix A: Ref / Element / Type / Finding /
# Action agreed / Owner / Due date), which also holds two "DP" (development point) rows for elements
# that are compliant. The narrative describes the weaknesses without codes. Markdown as a MkDocs
# Material page (front matter, admonitions "!!!" and collapsible "???", content tabs "===" with
# indented content, attribute lists).
from common import *
CP = ['1.1.2', '2.1.3', '4.2.1']
PC = ['3.2.3', '4.1.2', '5.3.1']
DP = ['1.3.4', '4.3.2']
R = ratings(cp=CP, pc=PC)
assert counts(R) == (3, 51, 3, 0)
PLAN = [
 ('1.3.4', 'DP', 'Satisfaction results are published on the intranet but not yet to pilots and harbour authorities.', 'Publish the quarterly satisfaction summary on the Agency website.', 'Head of Communications', '30/06/2017'),
 ('3.2.3', 'PC', 'The Agency has not evaluated its guidance notes with the people who use them; two notes still refer to the 2012 fee scale.', 'Test the six licensing guidance notes with a user panel; withdraw or correct out-of-date notes.', 'Licensing Policy Manager', '29/09/2017'),
 ('4.1.2', 'PC', 'Turnaround standards for licence renewals were set internally; pilots and harbour authorities were not consulted.', 'Consult the Pilots&rsquo; Forum and the harbour authority liaison group on the renewal standards; publish the revised standards.', 'Director of Operations', '31/10/2017'),
 ('4.3.2', 'DP', 'Complaint outcomes are logged but the reasons for escalation are not analysed.', 'Add escalation reasons to the complaints log.', 'Customer Relations Lead', '30/09/2017'),
 ('5.3.1', 'PC', 'Performance against the 15-working-day standard for examinations is reported internally only and shows a fall to 71% in Q3 2016/17 without explanation to customers.', 'Publish performance against all timeliness standards quarterly, with an explanation where a standard is missed.', 'Performance and Planning Manager', '31/07/2017'),
]
assert sorted(p[0] for p in PLAN if p[1] == 'PC') == PC
TITLE = 'Customer Service Excellence – Annual Review 1 – Pilotage and Harbour Licensing Agency – March 2017'
DETAILS = [('Organisation', 'Pilotage and Harbour Licensing Agency'), ('Sponsoring department', 'Department for Transport'),
           ('Type of assessment', 'Annual Review 1 (first annual review of the three-year cycle)'),
           ('Dates of assessment', 'Tuesday 7 and Wednesday 8 March 2017'), ('Locations', 'Agency headquarters, Southampton; licensing examination centre, Hull'),
           ('Assessor', 'Gwen Thackeray MCIM'), ('Agency contact', 'Mr Daniel Oakes-Whitley, Customer Excellence Lead'),
           ('Date of report', '24 March 2017'), ('Certificate number', 'CFA-CSE-16-0712')]
SUMMARY1 = 'The Pilotage and Harbour Licensing Agency (the Agency) licenses marine pilots and authorises harbour authorities in England and Wales. It was first certified in March 2016. This annual review looked at every criterion, with particular attention to the areas for development recorded in 2016.'
SUMMARY2 = 'The Agency continues to meet the standard. Of the 57 elements, three are rated Compliance Plus, 51 Compliance and three Partial Compliance; none is Non-Compliance. Compliance Plus was awarded for 1.1.2, 2.1.3 and 4.2.1. The three partial compliances are set out, with the actions the Agency has agreed, in the action plan at Appendix A. All other elements are compliant.'
SUMMARY3 = 'The partial compliance recorded at the initial assessment (the Agency&rsquo;s complaints procedure did not set out how to escalate a complaint) has been addressed.'
CRITTXT = {
 '1': ['The Agency knows its customers well: 412 licensed pilots, 96 harbour authorities and a growing number of recreational applicants. The pilot survey of 2016 was segmented by port size and length of service, and the Agency used it to understand why renewals were late; this insight is exceptional and 1.1.2 is rated Compliance Plus.',
       'Satisfaction is measured after every examination and every renewal. The results are used well internally but are not yet shared with customers (see the action plan).'],
 '2': ['The Chief Executive and the board hold customer service as a standing item, and the board has a non-executive member who is a serving pilot. Customer focus runs through the Agency&rsquo;s corporate plan, its staff objectives and its induction; 2.1.3 is rated Compliance Plus.',
       'Staff are professional and well trained; the technical examiners were praised by every pilot I spoke to.'],
 '3': ['Information is comprehensive and available on GOV.UK and through the licensing helpline. However, the Agency has not checked its guidance notes with the people who use them, and two were out of date at the time of the review.',
       'Access arrangements are good, including examinations at Hull for pilots in the north-east; partnership working with the harbour authorities&rsquo; association is strong.'],
 '4': ['The Agency has standards for every licensing transaction, but the standards for renewals were set internally without asking pilots or harbour authorities what mattered to them.',
       'The Agency has achieved its main delivery standards for three years running and can show that it benchmarks its licensing performance against two comparable regulators, well beyond what is required; 4.2.1 is rated Compliance Plus.',
       'Complaints are handled promptly and the revised procedure now explains escalation clearly.'],
 '5': ['Timeliness standards are set for every transaction and customers are told about them. Performance is monitored weekly, but performance against the examination standard is not reported to customers and a fall in the third quarter was not explained to them.'],
}

CSS = '''
@page { size: A4; margin: 22mm 20mm; }
body { font-family: Arial, "Liberation Sans", sans-serif; font-size: 10pt; color: #222; }
h1 { font-size: 24pt; color: #6b2c91; margin-top: 40mm; font-weight: normal; }
h2 { font-size: 14pt; color: #6b2c91; margin-top: 18px; }
h3 { font-size: 11pt; color: #6b2c91; }
p { margin: 0 0 8px 0; line-height: 1.35; }
table { border-collapse: collapse; width: 100%; }
td, th { border: 1px solid #b9a3c9; padding: 4px 6px; vertical-align: top; font-size: 9.5pt; text-align: left; }
th { background: #6b2c91; color: #fff; }
td.l { background: #f1eaf6; font-weight: bold; width: 34%; }
table.ap td { font-size: 8.5pt; }
.pb { page-break-after: always; }
'''
crit_html = ''.join(f'<h3>Criterion {k} &ndash; {CRIT[k]}</h3>' + ''.join(f'<p>{p}</p>' for p in CRITTXT[k]) for k in '12345')
plan_rows = ''.join(f'<tr><td>{c}</td><td>{short(c, 60)}</td><td>{t}</td><td>{f}</td><td>{a}</td><td>{o}</td><td>{d}</td></tr>' for c, t, f, a, o, d in PLAN)
body = f'''
<div class="pb">
<p style="font-size:13pt;color:#6b2c91"><b>Centre for Assessment</b></p>
<h1>Customer Service Excellence<br>Annual Review Report</h1>
<p style="font-size:15pt">Pilotage and Harbour Licensing Agency</p>
<p>March 2017</p>
</div>
<h2 style="page-break-before:always">Contents</h2>
<p>1. Assessment details<br>2. Summary<br>3. Findings by criterion<br>4. Next steps<br>Appendix A &ndash; Action plan</p>
<h2>1. Assessment details</h2>
<table>{''.join(f'<tr><td class="l">{a}</td><td>{b}</td></tr>' for a, b in DETAILS)}</table>
<h2>2. Summary</h2>
<p>{SUMMARY1}</p><p>{SUMMARY2}</p><p>{SUMMARY3}</p>
<h2 style="page-break-before:always">3. Findings by criterion</h2>
{crit_html}
<h2>4. Next steps</h2>
<p>The Agency has agreed the action plan at Appendix A. Partial compliances must be addressed before the second annual review, due in March 2018; development points are for the Agency&rsquo;s consideration.</p>
<p>Gwen Thackeray MCIM<br>Assessor, Centre for Assessment<br>24 March 2017</p>
<h2 style="page-break-before:always">Appendix A &ndash; Action plan</h2>
<p>Type: PC = Partial Compliance (the element is partially compliant and must be addressed before the next visit); DP = development point (the element is compliant; the point is advisory).</p>
<table class="ap"><thead><tr><th>Ref</th><th>Element</th><th>Type</th><th>Finding</th><th>Action agreed</th><th>Owner</th><th>Due date</th></tr></thead>
<tbody>{plan_rows}</tbody></table>
'''
write('phla-2017-annual-review.html', page(TITLE, CSS, body))

# Markdown: MkDocs Material page
def md_tabs():
    out = []
    for k in '12345':
        out.append(f'=== "Criterion {k}"\n')
        out.append(f'    **{CRIT[k]}**\n')
        for p in CRITTXT[k]:
            out.append('    ' + p.replace('&rsquo;', '’') + '\n')
    return '\n'.join(out)
def md(s):
    return s.replace('&rsquo;', '’').replace('&ndash;', '–')
md_plan = '\n'.join(f'| {c} | {short(c, 60)} | {t} | {md(f)} | {md(a)} | {o} | {d} |' for c, t, f, a, o, d in PLAN)
MD = f'''---
title: Annual Review 1 – March 2017
description: Centre for Assessment report on the Agency's first CSE annual review
tags:
  - customer service excellence
  - annual review
hide:
  - navigation
---

# Customer Service Excellence – Annual Review Report

**Pilotage and Harbour Licensing Agency** · Centre for Assessment · March 2017
{{ .subtitle }}

[TOC]

## 1. Assessment details

| | |
|---|---|
{chr(10).join(f"| **{a}** | {md(b)} |" for a, b in DETAILS)}

## 2. Summary

{SUMMARY1}

!!! abstract "Result"
    {SUMMARY2}

{md(SUMMARY3)}

## 3. Findings by criterion

{md_tabs()}

## 4. Next steps

The Agency has agreed the action plan at Appendix A. Partial compliances must be addressed before the second annual review, due in March 2018; development points are for the Agency’s consideration.

Gwen Thackeray MCIM  
Assessor, Centre for Assessment  
24 March 2017

## Appendix A – Action plan

??? info "Type codes"
    PC = Partial Compliance (the element is partially compliant and must be addressed before the next visit); DP = development point (the element is compliant; the point is advisory).

| Ref | Element | Type | Finding | Action agreed | Owner | Due date |
|-----|---------|:----:|---------|---------------|-------|----------|
{md_plan}
{{ .compact }}
'''
write('phla-2017-annual-review.md', MD)
