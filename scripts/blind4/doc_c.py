# kingsbridge-college-2017-annual: Centre for Assessment "Annual Review Year 1" of an FE college;
# fields as a definition list (<dl>) with "Date(s) of visit", "Lead assessor", "Report author";
# criteria-as-rows table with "Fully Compliant" / "Partially Met" / "Not Met" headings; the
# partial in criterion 5 is described only in prose, with no element code.
from common import *
CP = ['1.1.3', '2.2.2', '4.3.1']
PC = ['3.2.2', '5.3.2']   # 5.3.2 is never named in the document
R = ratings(cp=CP, pc=PC)
assert counts(R) == (3, 52, 2, 0)

def score():
    h = ['<tr><th class="l">Criterion</th><th>Compliance Plus</th><th>Fully Compliant</th><th>Partially Met</th><th>Not Met</th></tr>']
    tot = [0, 0, 0, 0]
    for k in '12345':
        n = counts(R, k)
        tot = [a + b for a, b in zip(tot, n)]
        h.append(f'<tr><td class="l">{k}. {CRIT[k]}</td>' + ''.join(f'<td>{x}</td>' for x in n) + '</tr>')
    h.append('<tr><td class="l"><b>Overall</b></td>' + ''.join(f'<td><b>{x}</b></td>' for x in tot) + '</tr>')
    return '\n'.join(h)

FIELDS = [('Organisation', 'Kingsbridge and Dart Valley College'),
          ('Assessment type', 'Annual Review Year 1'),
          ('Date(s) of visit', '7th &amp; 8th March 2017'),
          ('Lead assessor', 'Siobhan Keane'),
          ('Report author', 'Siobhan Keane'),
          ('Date of report', '27/03/2017'),
          ('College contact', 'Andrew Pascoe, Director of Student Services')]

CPTXT = [('1.1.3', 'The college&rsquo;s “Hidden Learners” project maps young carers, care leavers and learners with no fixed address across South Devon, and every one is offered a named mentor before enrolment.'),
         ('2.2.2', 'Learners, employers and parents were unanimous that staff are friendly and helpful; the student union&rsquo;s mystery-shopping scores have been above 95% for three years.'),
         ('4.3.1', 'When the bus contract failed in autumn 2016 the college explained the problem to every affected learner by text within a day, published the recovery plan and reported weekly until it was fixed.')]

html = f'''<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Annual Review Year 1 – Kingsbridge and Dart Valley College</title>
<style>
body {{ font-family: Georgia, "DejaVu Serif", serif; font-size: 10.5pt; }}
h1 {{ font-size: 17pt; font-weight: normal; }}
h2 {{ font-size: 12pt; border-bottom: 1px solid #999; }}
dl {{ margin: 10px 0 16px 0; }}
dt {{ font-weight: bold; margin-top: 6px; }}
dd {{ margin-left: 24px; }}
table.s {{ border-collapse: collapse; }}
table.s td, table.s th {{ border: 1px solid #555; padding: 3px 10px; text-align: center; }}
.l {{ text-align: left !important; }}
</style></head>
<body>
<p>Centre for Assessment Ltd &mdash; Customer Service Excellence</p>
<h1>Annual Review Year 1<br>Assessment Report</h1>
<dl>
{''.join(f'<dt>{a}</dt><dd>{b}</dd>' for a, b in FIELDS)}
</dl>

<h2>Introduction</h2>
<p>Kingsbridge and Dart Valley College was certified against the Customer Service Excellence standard after its initial assessment in March 2016. This first annual review looked at a sample of elements chosen with the college, the actions taken on the two partial compliances from 2016 and any changes to the college&rsquo;s services since certification. I met 41 staff, 33 learners, four parents and six employers, and visited the Kingsbridge and Totnes campuses.</p>

<h2>Summary of findings</h2>
<p>The college continues to meet the standard. It has built on its strengths in understanding its learners and has acted on last year&rsquo;s recommendations: element 5.1.2 (standards for the quality of service), partially met in 2016, is now fully compliant. The second 2016 partial, on checking that information has been understood (3.2.2), is still partially met: the new induction quiz is a good start but the results have not yet been analysed.</p>
<p>One new shortfall was found. The college has clear standards for answering telephone calls, e-mails and letters, but it is not meeting its own standard of replying to written enquiries within five working days (68% in the autumn term against a target of 90%), and it does not publish its performance against these standards to learners or the public. This is partially met.</p>

<table class="s">
{score()}
</table>

<h2>Compliance Plus</h2>
{''.join(f'<p><b>{c}</b> &ndash; {t}</p>' for c, t in CPTXT)}
<p>Elements not mentioned in this report continue to be fully compliant.</p>

<h2>Recommendations</h2>
<ol>
<li>Analyse the induction quiz results by campus and learner group and act on them.</li>
<li>Report performance against the written-enquiry standard termly on the student portal.</li>
<li>Consider submitting the “Hidden Learners” project for the Association of Colleges Beacon Awards.</li>
</ol>
<p>The next annual review is due in March 2018.</p>
<p><i>Siobhan Keane, Lead Assessor, Centre for Assessment Ltd</i></p>
</body></html>
'''
write('kingsbridge-college-2017-annual.html', html)

def score_md():
    h = ['| Criterion | Compliance Plus | Fully Compliant | Partially Met | Not Met |', '|---|---|---|---|---|']
    tot = [0, 0, 0, 0]
    for k in '12345':
        n = counts(R, k)
        tot = [a + b for a, b in zip(tot, n)]
        h.append(f'| {k}. {CRIT[k]} | ' + ' | '.join(map(str, n)) + ' |')
    h.append('| **Overall** | ' + ' | '.join(f'**{x}**' for x in tot) + ' |')
    return '\n'.join(h)

md = '''Centre for Assessment Ltd — Customer Service Excellence

# Annual Review Year 1: Assessment Report

''' + '\n'.join(f'{a}\n:   {b.replace("&amp;", "&")}\n' for a, b in FIELDS) + f'''
## Introduction

Kingsbridge and Dart Valley College was certified against the Customer Service Excellence standard after its initial assessment in March 2016. This first annual review looked at a sample of elements chosen with the college, the actions taken on the two partial compliances from 2016 and any changes to the college's services since certification. I met 41 staff, 33 learners, four parents and six employers, and visited the Kingsbridge and Totnes campuses.

## Summary of findings

The college continues to meet the standard. It has built on its strengths in understanding its learners and has acted on last year's recommendations: element 5.1.2 (standards for the quality of service), partially met in 2016, is now fully compliant. The second 2016 partial, on checking that information has been understood (3.2.2), is still partially met: the new induction quiz is a good start but the results have not yet been analysed.

One new shortfall was found. The college has clear standards for answering telephone calls, e-mails and letters, but it is not meeting its own standard of replying to written enquiries within five working days (68% in the autumn term against a target of 90%), and it does not publish its performance against these standards to learners or the public. This is partially met.

{score_md()}

## Compliance Plus

''' + '\n\n'.join(f'**{c}**\n:   {t.replace("&rsquo;", chr(8217))}' for c, t in CPTXT) + '''

Elements not mentioned in this report continue to be fully compliant.

## Recommendations

1. Analyse the induction quiz results by campus and learner group and act on them.
2. Report performance against the written-enquiry standard termly on the student portal.
3. Consider submitting the "Hidden Learners" project for the Association of Colleges Beacon Awards.

The next annual review is due in March 2018.

*Siobhan Keane, Lead Assessor, Centre for Assessment Ltd*
'''
write('kingsbridge-college-2017-annual.md', md)
