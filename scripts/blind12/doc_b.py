# northern-parking-adjudication-2018-reassessment: emqc reassessment of a parking and bus lane
# ADJUDICATION TRIBUNAL service (joint committee of local authorities), 2018. The 57-row element
# tables show EXCEPTIONS ONLY: the "Rating (exceptions only)" cell is filled for Compliance Plus and
# Partial Compliance and LEFT BLANK for every compliant element, with a key ("A blank rating cell
# means the element was assessed as Compliance"). Traps: the comment of some BLANK rows names an
# earlier rating ("Partial Compliance at the 2017 annual review; now met"), so a rating word stands
# on a row whose rating cell is empty. Per-criterion table with all four counts.
# Markdown as a MYST page (Jupyter Book / Sphinx): front matter, (label)= targets, {note} and
# {admonition} directives, and the element tables as ```{list-table} directives (nested bullet
# lists, an empty "  -" item for a blank rating).
from common import *
CP = ['2.1.1', '4.3.3', '5.2.2']
PC = ['3.2.2', '4.2.3']
R = ratings(cp=CP, pc=PC)
assert counts(R) == (3, 52, 2, 0)
CRITC = {'1': (0, 11, 0, 0), '2': (1, 10, 0, 0), '3': (0, 11, 1, 0), '4': (1, 11, 1, 0), '5': (1, 9, 0, 0)}
for k, v in CRITC.items(): assert counts(R, k) == v, k
COMMENT = {
 '2.1.1': 'The Joint Committee&rsquo;s chair and the Chief Adjudicator champion appellants&rsquo; experience; a lay user sits on the Service Board.',
 '4.3.3': 'Staff may correct an administrative error and reissue a decision the same day without referral; every case is logged and reviewed.',
 '5.2.2': 'Triage at first contact routes each appeal by type; 93% of calls resolved by the first person spoken to.',
 '3.2.2': 'Hearing notices are sent but there is no check that appellants understood the choice of a telephone or in-person hearing.',
 '4.2.3': 'No comparison with the two other adjudication services since 2015.',
 '1.3.4': 'Partial Compliance at the 2017 annual review; now met (targets set and exceeded).',
 '3.3.2': 'Was Partial Compliance in 2016; channel data now drive improvements.',
 '4.3.5': 'Compliance Plus in 2015, not retained: the review of the procedure is sound but no longer exceptional.',
}
def ab(c):
    return {'CP': 'Compliance Plus', 'PC': 'Partial Compliance', 'NC': 'Non-Compliance'}.get(R[c], '')
DETAILS = [('Client', 'Northern Parking and Bus Lane Adjudication Service'),
           ('Constituted by', 'the Northern Parking Adjudication Joint Committee of 41 local authorities'),
           ('Assessment type', 'Reassessment (end of the second three-year cycle)'),
           ('Remote evidence review', '30/10/2018'),
           ('On-site assessment', '13/11/2018 &ndash; 15/11/2018 (Manchester hearing centre and Leeds office)'),
           ('Assessment team', 'Anjali Ferreira-Holt (Lead Assessor)<br>Tom Brackley (Assessor)'),
           ('Service contact', 'Ms Rachel Dunworth, Head of Tribunal Administration'),
           ('Date of report', '3rd December 2018'),
           ('emqc reference', 'EMQC/CSE/18/2291')]
CSS = '''
@page { size: A4; margin: 18mm 17mm; }
body { font-family: Calibri, Carlito, "Liberation Sans", sans-serif; font-size: 10pt; color: #1a1a1a; }
h1 { font-size: 23pt; color: #0b4f8a; margin-top: 38mm; }
h2 { font-size: 13pt; color: #0b4f8a; margin-top: 16px; }
h3 { font-size: 11pt; margin: 10px 0 3px 0; }
p { margin: 0 0 7px 0; line-height: 1.35; }
table { border-collapse: collapse; width: 100%; }
td, th { border: 1px solid #8aa9c6; padding: 2px 5px; vertical-align: top; text-align: left; font-size: 8.5pt; }
th { background: #dbe7f3; }
td.rt { font-weight: bold; }
.key { border: 1px solid #0b4f8a; padding: 5px 8px; background: #f1f6fb; }
.pb { page-break-after: always; }
'''
def el_table(k):
    rows = ''.join(f'<tr><td>{c}</td><td>{short(c, 110)}</td><td class="rt">{ab(c)}</td><td>{COMMENT.get(c, "")}</td></tr>'
                   for c in CODES if c[0] == k)
    return (f'<h3>Criterion {k} &ndash; {CRIT[k]}</h3><table><thead><tr><th width="7%">Element</th><th width="44%">Requirement (abridged)</th>'
            f'<th width="15%">Rating (exceptions only)</th><th>Assessor comment</th></tr></thead><tbody>{rows}</tbody></table>')
KEY = ('Key to the element tables: the Rating column shows exceptions only, that is Compliance Plus, Partial Compliance or '
       'Non-Compliance. A blank rating cell means the element was assessed as Compliance. The comment column may refer to '
       'ratings given at earlier visits; these are history, not ratings of this reassessment.')
crit_rows = ''.join(f'<tr><td>{k}. {CRIT[k]}</td>' + ''.join(f'<td>{n}</td>' for n in CRITC[k]) + '</tr>' for k in '12345')
SUMMARY = ('Three elements were rated Compliance Plus (2.1.1, 4.3.3 and 5.2.2) and two Partial Compliance (3.2.2 and 4.2.3); '
           'no element was rated Non-Compliance. The remaining 52 elements were rated Compliance.')
body = f'''
<div class="pb">
<p style="font-size:14pt;color:#0b4f8a"><b>emqc</b> &nbsp;|&nbsp; Customer Service Excellence</p>
<h1>Reassessment Report</h1>
<p style="font-size:15pt">Northern Parking and Bus Lane Adjudication Service</p>
<p>November 2018</p>
</div>
<h2 style="page-break-before:always">Contents</h2>
<p>1. Assessment details<br>2. Executive summary<br>3. The Service<br>4. Findings<br>5. Results by criterion<br>6. Element tables (exceptions only)<br>7. Recommendation and sign-off</p>
<h2>1. Assessment details</h2>
<table>{''.join(f'<tr><td width="30%"><b>{a}</b></td><td>{b}</td></tr>' for a, b in DETAILS)}</table>
<h2>2. Executive summary</h2>
<p>The Service has held Customer Service Excellence since 2012 and was reassessed against all 57 elements of the standard.</p>
<p>{SUMMARY}</p>
<p>Both partial compliances from the 2017 annual review (1.3.4 and 3.3.2, the latter carried since 2016) have been resolved. 4.3.5, rated Compliance Plus at the 2015 reassessment, is now Compliance.</p>
<h2>3. The Service</h2>
<p>The Service hears appeals against penalty charge notices for parking, bus lane and moving traffic contraventions issued by 41 councils in the north of England. In 2017&ndash;18 it received 18,600 appeals, 71% of them online. Adjudicators are independent judicial office holders; the Service&rsquo;s 34 staff administer the appeals.</p>
<h2>4. Findings</h2>
<p><b>Customer insight.</b> Appellants are profiled by council, contravention and channel; a survey of unrepresented appellants is run every year and its results are published. Satisfaction targets, absent in 2017, are now set and exceeded (1.3.4).</p>
<p><b>Culture.</b> Leadership is exceptional: the Chief Adjudicator and the Joint Committee&rsquo;s chair have put the appellant at the centre of the Service&rsquo;s plan, and a lay user sits on the Service Board (2.1.1, Compliance Plus).</p>
<p><b>Information and access.</b> Information is clear and the online appeal system is well used. However, the Service does not check that appellants understand the choice between a telephone hearing and an in-person hearing, and several appellants we spoke to did not (3.2.2, Partial Compliance).</p>
<p><b>Delivery.</b> Decisions are delivered within the published standards. Staff are trusted to put things right at once (4.3.3, Compliance Plus). The Service has not compared its performance with the other two adjudication services since 2015 (4.2.3, Partial Compliance).</p>
<p><b>Timeliness and quality.</b> First-contact triage is excellent (5.2.2, Compliance Plus).</p>
<h2>5. Results by criterion</h2>
<table style="width:80%"><tr><th>Criterion</th><th>Compliance Plus</th><th>Compliance</th><th>Partial Compliance</th><th>Non-Compliance</th></tr>{crit_rows}
<tr><td><b>Total</b></td><td><b>3</b></td><td><b>52</b></td><td><b>2</b></td><td><b>0</b></td></tr></table>
<h2 style="page-break-before:always">6. Element tables (exceptions only)</h2>
<p class="key">{KEY}</p>
{''.join(el_table(k) for k in '12345')}
<h2>7. Recommendation and sign-off</h2>
<p>We recommend that the Service&rsquo;s certification is renewed for a further three years. The partial compliances are to be addressed in an action plan by 31st January 2019. The first annual review of the new cycle is due in November 2019.</p>
<p>Anjali Ferreira-Holt, Lead Assessor &middot; Tom Brackley, Assessor<br>emqc Ltd, 3rd December 2018</p>
'''
write('northern-parking-adjudication-2018-reassessment.html', page('emqc – Customer Service Excellence Reassessment Report – Northern Parking and Bus Lane Adjudication Service – 2018', CSS, body))

# Markdown: MyST (Jupyter Book / Sphinx) with {list-table} directives
def plain(s):
    return (s.replace('&rsquo;', '’').replace('&ndash;', '–').replace('&amp;', '&').replace('&middot;', '·').replace('<br>', '; '))
def md_table(k):
    out = [f'```{{list-table}} Criterion {k} – {CRIT[k]}', ':header-rows: 1', ':widths: 8 52 15 25', f':name: table-criterion-{k}', '',
           '* - Element', '  - Requirement (abridged)', '  - Rating (exceptions only)', '  - Assessor comment']
    for c in CODES:
        if c[0] != k: continue
        out.append(f'* - {c}')
        out.append(f'  - {short(c, 110)}')
        out.append(f'  - {ab(c)}'.rstrip())
        out.append(f'  - {plain(COMMENT.get(c, ""))}'.rstrip())
    out.append('```')
    return '\n'.join(out)
MD = f'''---
title: Northern Parking and Bus Lane Adjudication Service – CSE reassessment 2018
authors:
  - name: Anjali Ferreira-Holt
  - name: Tom Brackley
date: 2018-12-03
exports:
  - format: pdf
---

(cse-2018-summary)=
# Customer Service Excellence – Reassessment Report

:::{{note}}
Converted from the emqc report of 3rd December 2018 for the Service's intranet book. See {{ref}}`cse-2018-tables` for the element tables.
:::

## Assessment details

| Item | Detail |
| :-- | :-- |
{chr(10).join(f"| {a} | {plain(b)} |" for a, b in DETAILS)}

## Executive summary

The Service has held Customer Service Excellence since 2012 and was reassessed against all 57 elements of the standard.

{SUMMARY}

Both partial compliances from the 2017 annual review (1.3.4 and 3.3.2, the latter carried since 2016) have been resolved. 4.3.5, rated Compliance Plus at the 2015 reassessment, is now Compliance.

## Results by criterion

| Criterion | Compliance Plus | Compliance | Partial Compliance | Non-Compliance |
| :-- | --: | --: | --: | --: |
{chr(10).join(f"| {k}. {CRIT[k]} | " + ' | '.join(str(n) for n in CRITC[k]) + ' |' for k in '12345')}
| **Total** | **3** | **52** | **2** | **0** |

(cse-2018-tables)=
## Element tables (exceptions only)

:::{{admonition}} Key
:class: tip
{KEY}
:::

{(chr(10) + chr(10)).join(md_table(k) for k in '12345')}

## Recommendation

We recommend that the Service’s certification is renewed for a further three years. The partial compliances are to be addressed in an action plan by 31st January 2019. The first annual review of the new cycle is due in November 2019.

Anjali Ferreira-Holt, Lead Assessor · Tom Brackley, Assessor — emqc Ltd, 3rd December 2018
'''
write('northern-parking-adjudication-2018-reassessment.md', MD)
