# sallowfield-planning-2019-reassessment: Assessment Services Ltd reassessment of a district
# council's planning and building control service, 2019. Every element is given a SCORE ON A
# FOUR-POINT SCALE with a key (4 = Compliance Plus, 3 = Compliance, 2 = Partial Compliance,
# 1 = Non-Compliance); the element tables hold only the number. The per-criterion table counts
# the elements at each score and adds a total score and a mean score; the overall "score profile"
# is "Score 4: 5 elements" etc. Markdown too: a Hugo page with TOML front matter (+++), a
# {{< note >}} shortcode and pipe tables with the score column right-aligned.
from common import *
CP = ['1.1.3', '1.2.2', '2.2.5', '4.2.4', '5.3.3']
PC = ['3.2.3', '5.2.4']
R = ratings(cp=CP, pc=PC)
assert counts(R) == (5, 50, 2, 0)
SCORE = {'CP': 4, 'C': 3, 'PC': 2, 'NC': 1}
BY = {k: counts(R, k) for k in '12345'}
assert BY == {'1': (2, 9, 0, 0), '2': (1, 10, 0, 0), '3': (0, 11, 1, 0), '4': (1, 12, 0, 0), '5': (1, 8, 1, 0)}

def tot(k=None):
    return sum(SCORE[r] for c, r in R.items() if k is None or c.startswith(k + '.'))
assert tot() == 5 * 4 + 50 * 3 + 2 * 2 == 174
N = {k: len(codes_of_crit) for k, codes_of_crit in ((k, [c for c in CODES if c.startswith(k + '.')]) for k in '12345')}

NOTE = {
 '1.1.3': 'Exemplary work with Gypsy and Traveller families, the farming community and residents without internet access; the assisted digital planning surgery in Sallowfield library is now run monthly.',
 '1.2.2': 'The agents\' forum and the householder panel shaped the new pre-application service; "You said, we did" published quarterly.',
 '2.2.5': 'Staff recognition goes well beyond the corporate scheme: the Service\'s "Thank you board", peer nominations and the 2018 RTPI award entry written by the whole team.',
 '4.2.4': 'Good practice from other authorities has been sought out and adopted systematically (Planning Advisory Service peer review, the validation checklist borrowed from a neighbouring council).',
 '5.3.3': 'Speed of decisions is compared with the Planning Advisory Service benchmarking club; the Service is in the top quartile for major and minor applications and publishes the comparison.',
 '3.2.3': 'Customers\' views on the clarity of planning and building control information have not been sought since 2016; the validation checklist was criticised by agents.',
 '5.2.4': 'Applicants are not routinely told when an application will miss its target date or why; extensions of time are agreed late.',
}

def crit_rows():
    rows = []
    for k in '12345':
        cp, c, pc, nc = BY[k]
        rows.append((k, CRIT[k], cp, c, pc, nc, N[k], tot(k), f'{tot(k) / N[k]:.2f}'))
    return rows

KEY = [
    ('Organisation', 'Sallowfield District Council – Planning and Building Control'),
    ('Type of visit', 'Re-assessment (year 3 of the certification cycle)'),
    ('Assessment team', 'Gareth Pryce-Lewis MCIM (Lead Assessor)<br>Anjali Ramaswamy (Assessor)'),
    ('Council contact', 'Ms Bethan Corrie, Development Manager'),
    ('Desk-top review of evidence', '28th May 2019'),
    ('On-site assessment', '12th – 14th June 2019'),
    ('Date of this report', '5th July 2019'),
    ('Report reference', 'ASL/CSE/19/0613'),
]

PREV = ('At the second annual review in June 2018 the Service scored 4 on three elements (1.1.3, 1.2.2 and 4.2.4) and 2 on two '
        '(3.2.3 and 3.3.2). 3.3.2 now scores 3. The mean score at that review was 3.02.')
SUMMARY = [
    'Sallowfield District Council\'s Planning and Building Control service continues to meet the Customer Service Excellence standard. '
    'Of the 57 elements, five were scored 4 (Compliance Plus) and two were scored 2 (Partial Compliance); the remaining elements all scored 3. No element scored 1.',
    'The total score is 174 out of a possible 228, a mean of 3.05, up from 3.02 at the 2018 review. We recommend that certification is renewed for a further three years.',
]
SCALE = [(4, 'Compliance Plus', 'Behaviours or practices that exceed the requirements of the standard and are viewed as exceptional or as exemplar to others.'),
         (3, 'Compliance', 'The element is fully met.'),
         (2, 'Partial Compliance', 'The element is partly met; an action plan is required.'),
         (1, 'Non-Compliance', 'The element is not met; certification cannot be recommended while any element scores 1.')]

CSS = '''
@page { size: A4; margin: 20mm 18mm; }
body { font-family: "Trebuchet MS", "DejaVu Sans", sans-serif; font-size: 9.5pt; color: #222; }
h1 { font-size: 22pt; color: #6a1b4d; margin-top: 40mm; }
h2 { font-size: 13pt; color: #6a1b4d; border-bottom: 2px solid #6a1b4d; margin-top: 18px; }
h3 { font-size: 10.5pt; color: #6a1b4d; }
table { border-collapse: collapse; width: 100%; }
td, th { border: 1px solid #b5a0ad; padding: 3px 5px; vertical-align: top; font-size: 8.5pt; }
th { background: #6a1b4d; color: #fff; text-align: left; }
td.s { text-align: center; font-weight: bold; font-size: 10pt; width: 9%; }
td.l { width: 30%; background: #f3e8ef; font-weight: bold; }
.pb { page-break-after: always; }
.box { border: 1px solid #6a1b4d; background: #f9f3f7; padding: 6px 10px; }
'''

def el_table(k):
    out = [f'<h3>Criterion {k}: {CRIT[k]}</h3>',
           '<table><thead><tr><th style="width:8%">Ref</th><th>Element</th><th style="width:9%">Score</th><th style="width:36%">Assessor commentary</th></tr></thead><tbody>']
    for c in CODES:
        if c.startswith(k + '.'):
            out.append(f'<tr><td>{c}</td><td>{STMT[c]}</td><td class="s">{SCORE[R[c]]}</td><td>{NOTE.get(c, "")}</td></tr>')
    cp, cc, pc, nc = BY[k]
    out.append(f'</tbody></table><p>Criterion {k} total score: {tot(k)} (mean {tot(k) / N[k]:.2f})</p>')
    return '\n'.join(out)

html = f'''<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Customer Service Excellence Re-assessment Report – Sallowfield District Council Planning and Building Control – July 2019</title>
<style>{CSS}</style></head><body>
<div class="pb">
<p style="font-size:11pt"><b>ASSESSMENT SERVICES LTD</b><br>Customer Service Excellence Certification</p>
<h1>Re-assessment Report</h1>
<p style="font-size:15pt">Sallowfield District Council<br>Planning and Building Control</p>
<p style="font-size:11pt">On-site assessment 12th – 14th June 2019</p>
<p style="margin-top:90mm;font-size:8pt">Report reference ASL/CSE/19/0613. Prepared for Sallowfield District Council. Assessment Services Ltd is a licensed certification body for the Customer Service Excellence standard.</p>
</div>
<div class="pb">
<h2 style="page-break-before:always">Contents</h2>
<p>1 Assessment details<br>2 The scoring scale<br>3 Executive summary<br>4 Previous visit<br>5 Score profile<br>6 Scores by element<br>7 Areas for improvement<br>8 Recommendation and sign-off</p>
</div>
<h2 style="page-break-before:always">1 Assessment details</h2>
<table>{''.join(f'<tr><td class="l">{a}</td><td>{b}</td></tr>' for a, b in KEY)}</table>
<h2>2 The scoring scale</h2>
<p>Each element of the standard is scored from 1 to 4. The score replaces the rating words in the tables of this report; the key below applies throughout.</p>
<table><tr><th style="width:9%">Score</th><th style="width:22%">Rating</th><th>Meaning</th></tr>
{''.join(f'<tr><td class="s">{s}</td><td>{w}</td><td>{m}</td></tr>' for s, w, m in SCALE)}</table>
<h2>3 Executive summary</h2>
{''.join(f'<p>{p}</p>' for p in SUMMARY)}
<p>The Service determined 89% of planning applications within eight weeks in 2018/19 (target 85%) and its building control team kept 64% of the local market against competition from approved inspectors. These are the Council\'s own performance measures and were used as evidence, not scored.</p>
<h2>4 Previous visit</h2>
<p>{PREV}</p>
<h2>5 Score profile</h2>
<table><tr><th>Score</th><th>Number of elements</th></tr>
<tr><td>Score 4</td><td>5</td></tr><tr><td>Score 3</td><td>50</td></tr><tr><td>Score 2</td><td>2</td></tr><tr><td>Score 1</td><td>0</td></tr>
<tr><td><b>Elements scored</b></td><td><b>57</b></td></tr></table>
<p>&nbsp;</p>
<table><tr><th>Criterion</th><th>Scored 4</th><th>Scored 3</th><th>Scored 2</th><th>Scored 1</th><th>Elements</th><th>Total score</th><th>Mean score</th></tr>
{''.join(f'<tr><td>{k} {n}</td><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td><td>{e}</td><td>{t}</td><td>{m}</td></tr>' for k, n, a, b, c, d, e, t, m in crit_rows())}
<tr><td><b>Whole standard</b></td><td><b>5</b></td><td><b>50</b></td><td><b>2</b></td><td><b>0</b></td><td><b>57</b></td><td><b>174</b></td><td><b>3.05</b></td></tr></table>
<h2 style="page-break-before:always">6 Scores by element</h2>
<p>Commentary is given where an element scored other than 3, and where the assessors wished to record something of note.</p>
{''.join(el_table(k) for k in '12345')}
<h2>7 Areas for improvement</h2>
<ul><li>Ask agents and householders how clear the planning information is, and revise the validation checklist with them (3.2.3).</li>
<li>Tell applicants promptly when a decision will be late and agree extensions of time before the target date (5.2.4).</li>
<li>The Council would like to score 4 for 3.3.2 at the next cycle: the online planning register is a good start.</li></ul>
<h2>8 Recommendation and sign-off</h2>
<div class="box"><p>Recommendation: continued certification to the Customer Service Excellence standard. First annual review of the new cycle: June 2020.</p>
<p>Gareth Pryce-Lewis MCIM, Lead Assessor<br>for Assessment Services Ltd, 5th July 2019</p></div>
</body></html>
'''
write('sallowfield-planning-2019-reassessment.html', html)

# Markdown: a Hugo content page
md = ['+++', 'title = "Re-assessment Report: Sallowfield District Council, Planning and Building Control"', 'date = 2019-07-05',
      'author = "Gareth Pryce-Lewis MCIM"', 'tags = ["CSE", "re-assessment", "planning"]', 'draft = false', '+++', '',
      '{{< note >}}', 'Assessment Services Ltd · Customer Service Excellence certification · Report reference ASL/CSE/19/0613', '{{< /note >}}', '',
      '## 1 Assessment details', '', '| | |', '|:--|:--|']
md += [f'| **{a}** | {b.replace("<br>", "; ")} |' for a, b in KEY]
md += ['', '## 2 The scoring scale', '', 'Each element of the standard is scored from 1 to 4. The score replaces the rating words in the tables of this report; the key below applies throughout.', '',
       '| Score | Rating | Meaning |', '|--:|:--|:--|'] + [f'| {s} | {w} | {m} |' for s, w, m in SCALE]
md += ['', '## 3 Executive summary', ''] + [p + '\n' for p in SUMMARY]
md += ['The Service determined 89% of planning applications within eight weeks in 2018/19 (target 85%) and its building control team kept 64% of the local market against competition from approved inspectors. These are the Council\'s own performance measures and were used as evidence, not scored.', '',
       '## 4 Previous visit', '', PREV, '', '## 5 Score profile', '', '| Score | Number of elements |', '|:--|--:|',
       '| Score 4 | 5 |', '| Score 3 | 50 |', '| Score 2 | 2 |', '| Score 1 | 0 |', '| **Elements scored** | **57** |', '',
       '| Criterion | Scored 4 | Scored 3 | Scored 2 | Scored 1 | Elements | Total score | Mean score |', '|:--|--:|--:|--:|--:|--:|--:|--:|']
md += [f'| {k} {n} | {a} | {b} | {c} | {d} | {e} | {t} | {m} |' for k, n, a, b, c, d, e, t, m in crit_rows()]
md += ['| **Whole standard** | **5** | **50** | **2** | **0** | **57** | **174** | **3.05** |', '', '## 6 Scores by element', '',
       'Commentary is given where an element scored other than 3, and where the assessors wished to record something of note.', '']
for k in '12345':
    md += [f'### Criterion {k}: {CRIT[k]}', '', '| Ref | Element | Score | Assessor commentary |', '|:--|:--|--:|:--|']
    md += [f'| {c} | {STMT[c]} | {SCORE[R[c]]} | {NOTE.get(c, "")} |' for c in CODES if c.startswith(k + '.')]
    md += ['', f'Criterion {k} total score: {tot(k)} (mean {tot(k) / N[k]:.2f})', '']
md += ['## 7 Areas for improvement', '', '* Ask agents and householders how clear the planning information is, and revise the validation checklist with them (3.2.3).',
       '* Tell applicants promptly when a decision will be late and agree extensions of time before the target date (5.2.4).',
       '* The Council would like to score 4 for 3.3.2 at the next cycle: the online planning register is a good start.', '',
       '## 8 Recommendation and sign-off', '', 'Recommendation: continued certification to the Customer Service Excellence standard. First annual review of the new cycle: June 2020.', '',
       'Gareth Pryce-Lewis MCIM, Lead Assessor  ', 'for Assessment Services Ltd, 5th July 2019', '']
write('sallowfield-planning-2019-reassessment.md', '\n'.join(md))
