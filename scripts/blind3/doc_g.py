# brightwell-college-2022-review: SGS Annual Review 1; Markdown with pandoc grid tables
from common import *
SC = [(1, 10, 0, 0), (1, 9, 1, 0), (0, 11, 1, 0), (1, 12, 0, 0), (0, 10, 0, 0)]  # CP C PC NC
html_rows = '\n'.join(f'<tr><td class="l">{i + 1}. {CRIT[str(i + 1)]}</td><td>{cp}</td><td>{c}</td><td>{pc}</td><td>{nc}</td></tr>' for i, (cp, c, pc, nc) in enumerate(SC))
J = [('1.1.1', 'Compliant Plus', 'The college\'s learner profile, built from enrolment, destination and postcode data, is reviewed each term by the senior team and has re-shaped the adult and ESOL offer.'),
     ('2.2.2', 'Compliant Plus', 'Learners, parents and employers were unanimous about staff courtesy and understanding; several gave examples of staff going far beyond what was expected.'),
     ('4.2.2', 'Compliant Plus', 'Outcomes are positive for the great majority: 96% achievement and 93% positive destinations, tracked for every learner.'),
     ('2.1.4', 'Partial', 'Fair treatment is not yet confirmed by feedback from every group: survey results are not analysed by disability or ethnicity (see 3.2.1 for the accessible-information work, which is compliant).'),
     ('3.2.2', 'Partial', 'Checks that learners have received and understood information are informal and not recorded.')]

html = f'''<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Brightwell Sixth Form College – CSE Annual Review 1 (2022)</title>
<style>body {{ font-family: Helvetica, "Liberation Sans", sans-serif; font-size: 10pt; }} h1 {{ font-size: 16pt; }} h2 {{ font-size: 12pt; border-bottom: 1px solid #999; }}
table {{ border-collapse: collapse; margin: 6px 0; }} td, th {{ border: 1px solid #666; padding: 3px 6px; text-align: center; font-size: 9.5pt; vertical-align: top; }} .l {{ text-align: left; }}</style></head>
<body>
<p>SGS United Kingdom Ltd — Customer Service Excellence</p>
<h1>Annual Review 1 — Assessment Report</h1>
<table>
<tr><th class="l">Organisation</th><td class="l">Brightwell Sixth Form College</td></tr>
<tr><th class="l">Review</th><td class="l">Annual Review 1 (first annual review following certification in February 2021)</td></tr>
<tr><th class="l">On-site date</th><td class="l">Thursday 10 February 2022</td></tr>
<tr><th class="l">Report date</th><td class="l">24 February 2022</td></tr>
<tr><th class="l">Assessor</th><td class="l">Kwame Asante</td></tr>
<tr><th class="l">Client contact</th><td class="l">Ms Rebecca Hale, Vice Principal (Learner Services)</td></tr>
</table>
<h2>1 Summary</h2>
<p>Brightwell Sixth Form College continues to meet the Customer Service Excellence standard and continued certification is recommended. The college has built on its initial assessment: three elements are now rated Compliant Plus, and two remain Partial. The college&rsquo;s stated ambition is to reach ten Compliant Plus ratings by its reassessment in 2024; this review did not assess against that ambition.</p>
<h2>2 Results by criterion</h2>
<table>
<tr><th class="l">Criterion</th><th>Compliant Plus</th><th>Compliant</th><th>Partial</th><th>Non</th></tr>
{html_rows}
<tr><td class="l"><b>Overall</b></td><td><b>3</b></td><td><b>52</b></td><td><b>2</b></td><td><b>0</b></td></tr>
</table>
<h2>3 Elements rated Compliant Plus or Partial</h2>
<table>
<tr><th>Element</th><th>Rating</th><th class="l">Evidence</th></tr>
{''.join(f'<tr><td>{c}</td><td>{r}</td><td class="l">{w}</td></tr>' for c, r, w in J)}
</table>
<p>All elements not listed above are Compliant.</p>
<h2>4 Observations</h2>
<p>Since the initial assessment the college has opened a learner services hub, moved enrolment online and created a learner voice team of 24 students. Learners described the hub as “the place where someone always knows the answer”. The college should now analyse feedback by protected characteristic (2.1.4) and record how it checks that key information has been understood, for example at enrolment and before examinations (3.2.2).</p>
<h2>5 Next review</h2>
<p>Annual Review 2 is due in February 2023.</p>
</body></html>
'''
write('brightwell-college-2022-review.html', html)

md = '''---
title: "Annual Review 1 — Assessment Report"
subtitle: "SGS United Kingdom Ltd — Customer Service Excellence"
---

# Annual Review 1 — Assessment Report

+-----------------+------------------------------------------------------------------+
| Organisation    | Brightwell Sixth Form College                                    |
+-----------------+------------------------------------------------------------------+
| Review          | Annual Review 1 (first annual review following certification in  |
|                 | February 2021)                                                   |
+-----------------+------------------------------------------------------------------+
| On-site date    | Thursday 10 February 2022                                        |
+-----------------+------------------------------------------------------------------+
| Report date     | 24 February 2022                                                 |
+-----------------+------------------------------------------------------------------+
| Assessor        | Kwame Asante                                                     |
+-----------------+------------------------------------------------------------------+
| Client contact  | Ms Rebecca Hale, Vice Principal (Learner Services)               |
+-----------------+------------------------------------------------------------------+

# 1 Summary

Brightwell Sixth Form College continues to meet the Customer Service Excellence standard and continued certification is recommended. The college has built on its initial assessment: three elements are now rated Compliant Plus, and two remain Partial. The college's stated ambition is to reach ten Compliant Plus ratings by its reassessment in 2024; this review did not assess against that ambition.

# 2 Results by criterion

+---------------------------------------+-----------+----------+---------+-------+
| Criterion                             | Compliant | Compliant| Partial | Non   |
|                                       | Plus      |          |         |       |
+=======================================+===========+==========+=========+=======+
| 1. Customer Insight                   | 1         | 10       | 0       | 0     |
+---------------------------------------+-----------+----------+---------+-------+
| 2. The Culture of the Organisation    | 1         | 9        | 1       | 0     |
+---------------------------------------+-----------+----------+---------+-------+
| 3. Information and Access             | 0         | 11       | 1       | 0     |
+---------------------------------------+-----------+----------+---------+-------+
| 4. Delivery                           | 1         | 12       | 0       | 0     |
+---------------------------------------+-----------+----------+---------+-------+
| 5. Timeliness and Quality of Service  | 0         | 10       | 0       | 0     |
+---------------------------------------+-----------+----------+---------+-------+
| **Overall**                           | **3**     | **52**   | **2**   | **0** |
+---------------------------------------+-----------+----------+---------+-------+

# 3 Elements rated Compliant Plus or Partial

+---------+-----------+--------------------------------------------------------------+
| Element | Rating    | Evidence                                                     |
+=========+===========+==============================================================+
| 1.1.1   | Compliant | The college's learner profile, built from enrolment,         |
|         | Plus      | destination and postcode data, is reviewed each term by the  |
|         |           | senior team and has re-shaped the adult and ESOL offer.      |
+---------+-----------+--------------------------------------------------------------+
| 2.2.2   | Compliant | Learners, parents and employers were unanimous about staff   |
|         | Plus      | courtesy and understanding; several gave examples of staff   |
|         |           | going far beyond what was expected.                          |
+---------+-----------+--------------------------------------------------------------+
| 4.2.2   | Compliant | Outcomes are positive for the great majority: 96%            |
|         | Plus      | achievement and 93% positive destinations, tracked for every |
|         |           | learner.                                                     |
+---------+-----------+--------------------------------------------------------------+
| 2.1.4   | Partial   | Fair treatment is not yet confirmed by feedback from every   |
|         |           | group: survey results are not analysed by disability or      |
|         |           | ethnicity (see 3.2.1 for the accessible-information work,    |
|         |           | which is compliant).                                         |
+---------+-----------+--------------------------------------------------------------+
| 3.2.2   | Partial   | Checks that learners have received and understood            |
|         |           | information are informal and not recorded.                   |
+---------+-----------+--------------------------------------------------------------+

All elements not listed above are Compliant.

# 4 Observations

Since the initial assessment the college has opened a learner services hub, moved enrolment online and created a learner voice team of 24 students. Learners described the hub as "the place where someone always knows the answer". The college should now analyse feedback by protected characteristic (2.1.4) and record how it checks that key information has been understood, for example at enrolment and before examinations (3.2.2).

# 5 Next review

Annual Review 2 is due in February 2023.
'''
write('brightwell-college-2022-review.md', md)
