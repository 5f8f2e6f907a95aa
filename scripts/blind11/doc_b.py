# ellan-vannin-housing-2023-reassessment: emqc reassessment of an Isle of Man public housing board,
# 2023. Findings are given at TWO LEVELS: a VERDICT PER SUB-CRITERION on the body's own scale
# ("Fully met / Substantially met / Partially met") and a RATING PER ELEMENT; three verdicts
# CONFLICT with the element ratings on purpose and are explained (5.1 "Partially met" and 4.3
# "Substantially met" though every element in them is Compliance; 3.3 "Substantially met" though
# 3.3.1 is Partial Compliance). Counts by SUBTRACTION: "All but four of the 57 elements were rated
# Compliance". Markdown as a DOCUSAURUS MDX page (front matter, imports, <Tabs>/<TabItem> per
# criterion, a custom <Verdict /> component, ::: admonitions, MDX comments).
from common import *
CP = ['2.2.3', '4.2.2']
PC = ['1.2.3', '3.3.1']
R = ratings(cp=CP, pc=PC)
assert counts(R) == (2, 53, 2, 0)
VERDICT = {'1.1': 'Fully met', '1.2': 'Partially met', '1.3': 'Fully met', '2.1': 'Fully met', '2.2': 'Fully met',
           '3.1': 'Fully met', '3.2': 'Fully met', '3.3': 'Substantially met', '3.4': 'Fully met', '4.1': 'Fully met',
           '4.2': 'Fully met', '4.3': 'Substantially met', '5.1': 'Partially met', '5.2': 'Fully met', '5.3': 'Fully met'}
WHY = {
 '1.2': 'Consultation with tenants is regular, but the Board has not reviewed which methods reach its tenants in Ramsey and Peel (1.2.3, Partial Compliance).',
 '3.3': 'Access is good across the estate offices and online; the verdict is &ldquo;substantially met&rdquo; because of one element, 3.3.1, where the Board has not yet consulted tenants on the new opening hours of the Douglas office (Partial Compliance).',
 '4.3': 'Every element of 4.3 is compliant on its own evidence. The sub-criterion is judged &ldquo;substantially met&rdquo; because complaint handling is not yet consistent between the three estate offices; this does not change any element rating.',
 '5.1': 'Both elements of 5.1 are compliant: standards for timeliness are set and were agreed with the Tenants&rsquo; Forum. The sub-criterion is judged &ldquo;partially met&rdquo; because the standards for repairs and for housing applications are set by different teams and are not joined up; this is a judgement on the sub-criterion as a whole, not a rating of either element.',
}
COMMENT = {
 '2.2.3': 'Estate officers hold tenancy sustainment qualifications and are praised by name in tenant feedback; a model for other Government departments.',
 '4.2.2': 'The Board publishes its performance alongside two comparable social landlords in Jersey and Guernsey and explains the differences.',
 '1.2.3': 'Methods of consultation not reviewed for the northern and western estates.',
 '3.3.1': 'Tenants not consulted on the revised opening hours of the Douglas office.',
 '5.1.1': 'Now compliant: repair time standards published.',
}
DETAILS = [('Organisation', 'Ellan Vannin Housing Services'), ('Status', 'Statutory board of the Isle of Man Government'),
           ('Assessment type', 'Reassessment (end of three-year cycle)'),
           ('Document review', 'Remote, Monday 23 January 2023'),
           ('On-site assessment', 'Monday 6 to Wednesday 8 February 2023 (Douglas, Ramsey and Peel estate offices)'),
           ('Assessment team', 'Dr Rhona Kinvig (Lead Assessor); Paul Skillicorn (Assessor)'),
           ('Organisation contact', 'Mr Juan Cregeen, Housing Services Manager'),
           ('Report date', '24 February 2023'), ('emqc reference', 'EMQC-CSE-IOM-0093')]
SUMMARY = ('All but four of the 57 elements were rated Compliance. Of the four, two are rated Compliance Plus (2.2.3 and 4.2.2) and two Partial Compliance '
           '(1.2.3 and 3.3.1); none is Non-Compliance. We recommend that certification is renewed for a further three years.')
VKEY = ('emqc gives a verdict on each of the 15 sub-criteria as well as a rating for each element. The verdict (Fully met, Substantially met, Partially met, Not met) is the assessor&rsquo;s view of the sub-criterion as a whole. '
        'It is not a rating of the standard, it is not used for certification, and it can differ from the ratings of the elements beneath it: where it does, the reason is given.')

CSS = '''
@page { size: A4; margin: 20mm 18mm; }
body { font-family: Calibri, Carlito, Arial, sans-serif; font-size: 10.5pt; color: #222; }
h1 { font-size: 24pt; color: #7a0026; margin-top: 38mm; }
h2 { font-size: 14pt; color: #7a0026; margin-top: 16px; }
h3 { font-size: 11.5pt; color: #333; margin: 12px 0 4px 0; }
p { margin: 0 0 7px 0; }
table { border-collapse: collapse; width: 100%; }
td, th { border: 1px solid #bbb; padding: 3px 6px; vertical-align: top; text-align: left; font-size: 9.5pt; }
th { background: #f2e3e8; }
td.l { width: 30%; font-weight: bold; }
td.v { font-style: italic; }
.pb { page-break-after: always; }
'''
def sub_counts(s):
    v = [R[c] for c in codes_of(s)]
    parts = [f'{v.count(x)} {x.replace("CP", "C+")}' for x in ('CP', 'C', 'PC', 'NC') if v.count(x)]
    return ', '.join(parts)
sub_rows = ''.join(f'<tr><td>{s} {SUBS[s]}</td><td>{len(codes_of(s))}</td><td>{sub_counts(s)}</td><td class="v">{VERDICT[s]}</td></tr>' for s in SUBS)
def crit_sec(k):
    out = f'<h3>Criterion {k} &ndash; {CRIT[k]}</h3>'
    for s in subs_of(k):
        out += f'<p><b>{s} {SUBS[s]} &ndash; sub-criterion verdict: {VERDICT[s]}.</b> {WHY.get(s, "The evidence for every element of this sub-criterion was sound.")}</p>'
    out += ('<table><tr><th width="8%">Element</th><th width="48%">Requirement</th><th width="20%">Rating</th><th>Note</th></tr>' +
            ''.join(f'<tr><td>{c}</td><td>{STMT[c]}</td><td nowrap>{WORD[R[c]]}</td><td>{COMMENT.get(c, "")}</td></tr>' for s in subs_of(k) for c in codes_of(s)) + '</table>')
    return out
body = f'''
<div class="pb">
<p style="font-size:12pt"><b>emqc</b> &ndash; Customer Service Excellence</p>
<h1>Reassessment Report</h1>
<p style="font-size:15pt">Ellan Vannin Housing Services</p>
<p>Isle of Man &middot; February 2023</p>
</div>
<h2 style="page-break-before:always">Contents</h2>
<p>1. Assessment details<br>2. Overall outcome<br>3. Sub-criterion verdicts and element ratings<br>4. Findings by criterion<br>5. Progress since the last visit<br>6. Sign-off</p>
<h2>1. Assessment details</h2>
<table>{''.join(f'<tr><td class="l">{a}</td><td>{b}</td></tr>' for a, b in DETAILS)}</table>
<h2>2. Overall outcome</h2>
<p>Ellan Vannin Housing Services (the Board) manages about 3,900 public sector homes on the Isle of Man on behalf of the Department of Infrastructure and deals with housing applications for the whole Island. It was first certified in February 2020, after a remote initial assessment, and had annual reviews in 2021 and 2022.</p>
<p>{SUMMARY}</p>
<h2>3. Sub-criterion verdicts and element ratings</h2>
<p>{VKEY}</p>
<table><tr><th>Sub-criterion</th><th>Elements</th><th>Element ratings</th><th>Sub-criterion verdict</th></tr>{sub_rows}</table>
<p style="font-size:9pt">Three verdicts differ from the element ratings beneath them (3.3, 4.3 and 5.1); see section 4.</p>
<h2 style="page-break-before:always">4. Findings by criterion</h2>
{''.join(crit_sec(k) for k in '12345')}
<h2>5. Progress since the last visit</h2>
<p>At the 2022 annual review two elements were partially compliant, 1.2.3 and 5.1.1. 5.1.1 is now compliant; 1.2.3 remains partial. 4.2.2 was rated Compliance Plus for the first time at this visit.</p>
<h2>6. Sign-off</h2>
<p>Dr Rhona Kinvig, Lead Assessor, emqc<br>Paul Skillicorn, Assessor, emqc<br>24 February 2023</p>
<p style="font-size:9pt">The next visit, the first annual review of the new cycle, is expected in February 2024.</p>
'''
write('ellan-vannin-housing-2023-reassessment.html', page('emqc – Customer Service Excellence Reassessment Report – Ellan Vannin Housing Services – February 2023', CSS, body))

# Markdown: Docusaurus MDX
def plain(s):
    return s.replace('&rsquo;', '’').replace('&ndash;', '–').replace('&ldquo;', '“').replace('&rdquo;', '”').replace('&middot;', '·')
def md_tab(k):
    out = [f'  <TabItem value="c{k}" label="Criterion {k}">', '', f'### Criterion {k} – {CRIT[k]}', '']
    for s in subs_of(k):
        out += [f'<Verdict sub="{s}" name="{SUBS[s]}" verdict="{VERDICT[s]}" />', '']
        if s in WHY:
            out += [plain(WHY[s]), '']
    out += ['| Element | Requirement | Rating | Note |', '|:--|:--|:--|:--|']
    out += [f'| {c} | {STMT[c]} | {WORD[R[c]]} | {plain(COMMENT.get(c, ""))} |' for s in subs_of(k) for c in codes_of(s)]
    out += ['', '  </TabItem>']
    return '\n'.join(out)
MD = f'''---
id: cse-reassessment-2023
title: Reassessment Report – February 2023
sidebar_label: CSE reassessment 2023
sidebar_position: 3
tags: [cse, emqc, reassessment]
---

import Tabs from '@theme/Tabs';
import TabItem from '@theme/TabItem';
import Verdict from '@site/src/components/Verdict';

{{/* Published on the Board's intranet handbook from emqc's report EMQC-CSE-IOM-0093. */}}

# Ellan Vannin Housing Services – CSE Reassessment

## Assessment details

| | |
|:--|:--|
{chr(10).join(f"| **{a}** | {plain(b)} |" for a, b in DETAILS)}

## Overall outcome

Ellan Vannin Housing Services (the Board) manages about 3,900 public sector homes on the Isle of Man on behalf of the Department of Infrastructure and deals with housing applications for the whole Island. It was first certified in February 2020, after a remote initial assessment, and had annual reviews in 2021 and 2022.

:::tip Outcome

{SUMMARY}

:::

## Sub-criterion verdicts and element ratings

:::note How to read the verdicts

{plain(VKEY)}

:::

| Sub-criterion | Elements | Element ratings | Sub-criterion verdict |
|:--|--:|:--|:--|
{chr(10).join(f"| {s} {SUBS[s]} | {len(codes_of(s))} | {sub_counts(s)} | *{VERDICT[s]}* |" for s in SUBS)}

## Findings by criterion

<Tabs groupId="criterion">
{chr(10).join(md_tab(k) for k in '12345')}
</Tabs>

## Progress since the last visit

At the 2022 annual review two elements were partially compliant, 1.2.3 and 5.1.1. 5.1.1 is now compliant; 1.2.3 remains partial. 4.2.2 was rated Compliance Plus for the first time at this visit.

## Sign-off

Dr Rhona Kinvig, Lead Assessor, emqc  
Paul Skillicorn, Assessor, emqc  
24 February 2023

:::info
The next visit, the first annual review of the new cycle, is expected in February 2024.
:::
'''
write('ellan-vannin-housing-2023-reassessment.md', MD)
