# oakhurst-homes-2019-board: housing association board paper, numbered paragraphs, emqc review-2
from common import *
html = '''<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Oakhurst Homes Group Board – Customer Service Excellence 2019</title>
<style>
body { font-family: Verdana, "DejaVu Sans", sans-serif; font-size: 9.5pt; }
h1 { font-size: 13pt; }
h2 { font-size: 10.5pt; text-transform: uppercase; margin-top: 14px; }
p.n { margin: 4px 0 4px 0; }
table.b { border-collapse: collapse; margin: 6px 0 6px 30px; }
table.b td, table.b th { border: 1px solid #000; padding: 2px 8px; font-size: 9pt; }
.meta td { padding: 1px 10px 1px 0; font-size: 9pt; }
</style></head>
<body>
<p style="text-align:right"><b>OAKHURST HOMES GROUP</b><br>Board<br>24 July 2019<br>Agenda item 7</p>
<table class="meta">
<tr><td><b>Report title</b></td><td>Customer Service Excellence: outcome of the 2019 surveillance assessment</td></tr>
<tr><td><b>Report of</b></td><td>Director of Customer Experience</td></tr>
<tr><td><b>Status</b></td><td>For information</td></tr>
<tr><td><b>Confidentiality</b></td><td>Open</td></tr>
</table>

<h2>1. Purpose</h2>
<p class="n">1.1 To inform the Board of the outcome of the Customer Service Excellence (CSE) assessment carried out in June 2019 and of the actions that follow from it.</p>

<h2>2. Recommendation</h2>
<p class="n">2.1 That the Board notes the outcome of the assessment and the action plan at paragraph 6.</p>

<h2>3. Background</h2>
<p class="n">3.1 Oakhurst Homes has held CSE since 2011. Our current certificate was renewed at a full reassessment in June 2017, and this year&rsquo;s visit was the second annual surveillance visit of that three-year cycle. The assessment body is emqc.</p>
<p class="n">3.2 The standard has 57 elements in five criteria. Each element is rated non-compliant, partially compliant, compliant or compliance plus; compliance plus recognises practice that is exceptional or an exemplar for others.</p>

<h2>4. The 2019 assessment</h2>
<p class="n">4.1 The emqc assessor, Ruth Abernethy, spent two days with us on 4th and 5th June 2019. She interviewed 34 colleagues, 19 tenants (including members of the Tenants&rsquo; Scrutiny Panel) and four partners, and visited the Moorside and Kingsway estate offices.</p>
<p class="n">4.2 Her report, dated 17 June 2019, confirms that we continue to meet the standard. Seven elements were rated compliance plus and one element partially compliant. The remaining forty-nine elements were all assessed as compliant. There were no non-compliances.</p>
<p class="n">4.3 The compliance plus ratings were awarded for:</p>
<ul>
<li>1.2.3 – reviewing how we engage tenants so that the results are representative (the Scrutiny Panel&rsquo;s review of our “hard to hear” tenants);</li>
<li>2.1.1 – leadership commitment to customers (the Chief Executive&rsquo;s “back to the floor” days);</li>
<li>2.2.4 – using front-line colleagues&rsquo; insight in service planning;</li>
<li>3.4.1 – partnership arrangements with demonstrable benefits (the Moorside health and wellbeing hub);</li>
<li>3.4.3 – our support for wider communities;</li>
<li>4.2.4 – learning from and publishing best practice;</li>
<li>5.2.3 – sharing customer information promptly with colleagues and partners.</li>
</ul>
<p class="n">4.4 The one partial compliance is 5.3.3 (how our timeliness and quality of service compares with that of similar organisations). The assessor noted that we benchmark repairs and lettings through HouseMark but do not yet compare our contact-centre timeliness with other landlords.</p>
<p class="n">4.5 The table below compares this year&rsquo;s result with last year&rsquo;s.</p>
<table class="b">
<tr><th></th><th>2018 (first surveillance visit)</th><th>2019 (this visit)</th></tr>
<tr><td>Compliance plus</td><td>5</td><td>7</td></tr>
<tr><td>Compliant</td><td>50</td><td>49</td></tr>
<tr><td>Partially compliant</td><td>2</td><td>1</td></tr>
<tr><td>Non-compliant</td><td>0</td><td>0</td></tr>
</table>
<p class="n">4.6 Both of the 2018 partial compliances (1.3.4 and 4.3.6) are now compliant. The 2018 compliance plus for 3.3.1 was not repeated this year; the assessor considered it compliant.</p>

<h2>5. Benchmarking</h2>
<p class="n">5.1 emqc does not publish a ranking of the organisations it assesses. Among the eleven housing associations in our benchmarking club that hold CSE, we have the second highest number of compliance plus ratings.</p>
<p class="n">5.2 Our ambition is to reach 10 compliance plus ratings at the reassessment in 2020, with no partial compliances.</p>

<h2>6. Actions</h2>
<p class="n">6.1 Extend benchmarking to contact-centre response times (5.3.3), lead: Head of Customer Contact, by December 2019.</p>
<p class="n">6.2 Review the content of the tenants&rsquo; newsletter with the Scrutiny Panel (3.2.3), lead: Communications Manager, by October 2019.</p>

<h2>7. Financial and risk implications</h2>
<p class="n">7.1 The annual assessment fee of &pound;3,150 is within the approved budget. There are no new risks.</p>
<p><i>Background papers: emqc CSE surveillance report, 17 June 2019 (available from the Governance Team).</i></p>
</body></html>
'''
write('oakhurst-homes-2019-board.html', html)

md = '''**OAKHURST HOMES GROUP** — Board — 24 July 2019 — Agenda item 7

| | |
|---|---|
| **Report title** | Customer Service Excellence: outcome of the 2019 surveillance assessment |
| **Report of** | Director of Customer Experience |
| **Status** | For information |

## 1. Purpose

1.1 To inform the Board of the outcome of the Customer Service Excellence (CSE) assessment carried out in June 2019 and of the actions that follow from it.

## 2. Recommendation

2.1 That the Board notes the outcome of the assessment and the action plan at paragraph 6.

## 3. Background

3.1 Oakhurst Homes has held CSE since 2011. Our current certificate was renewed at a full reassessment in June 2017, and this year's visit was the second annual surveillance visit of that three-year cycle. The assessment body is emqc.

3.2 The standard has 57 elements in five criteria. Each element is rated non-compliant, partially compliant, compliant or compliance plus; compliance plus recognises practice that is exceptional or an exemplar for others.

## 4. The 2019 assessment

4.1 The emqc assessor, Ruth Abernethy, spent two days with us on 4th and 5th June 2019. She interviewed 34 colleagues, 19 tenants (including members of the Tenants' Scrutiny Panel) and four partners, and visited the Moorside and Kingsway estate offices.

4.2 Her report, dated 17 June 2019, confirms that we continue to meet the standard. Seven elements were rated compliance plus and one element partially compliant. The remaining forty-nine elements were all assessed as compliant. There were no non-compliances.

4.3 The compliance plus ratings were awarded for:

* 1.2.3 – reviewing how we engage tenants so that the results are representative (the Scrutiny Panel's review of our "hard to hear" tenants);
* 2.1.1 – leadership commitment to customers (the Chief Executive's "back to the floor" days);
* 2.2.4 – using front-line colleagues' insight in service planning;
* 3.4.1 – partnership arrangements with demonstrable benefits (the Moorside health and wellbeing hub);
* 3.4.3 – our support for wider communities;
* 4.2.4 – learning from and publishing best practice;
* 5.2.3 – sharing customer information promptly with colleagues and partners.

4.4 The one partial compliance is 5.3.3 (how our timeliness and quality of service compares with that of similar organisations). The assessor noted that we benchmark repairs and lettings through HouseMark but do not yet compare our contact-centre timeliness with other landlords.

4.5 The table below compares this year's result with last year's.

|                     | 2018 (first surveillance visit) | 2019 (this visit) |
|---------------------|--------------------------------:|------------------:|
| Compliance plus     | 5                               | 7                 |
| Compliant           | 50                              | 49                |
| Partially compliant | 2                               | 1                 |
| Non-compliant       | 0                               | 0                 |

4.6 Both of the 2018 partial compliances (1.3.4 and 4.3.6) are now compliant. The 2018 compliance plus for 3.3.1 was not repeated this year; the assessor considered it compliant.

## 5. Benchmarking

5.1 emqc does not publish a ranking of the organisations it assesses. Among the eleven housing associations in our benchmarking club that hold CSE, we have the second highest number of compliance plus ratings.

5.2 Our ambition is to reach 10 compliance plus ratings at the reassessment in 2020, with no partial compliances.

## 6. Actions

6.1 Extend benchmarking to contact-centre response times (5.3.3), lead: Head of Customer Contact, by December 2019.

6.2 Review the content of the tenants' newsletter with the Scrutiny Panel (3.2.3), lead: Communications Manager, by October 2019.

## 7. Financial and risk implications

7.1 The annual assessment fee of £3,150 is within the approved budget. There are no new risks.

*Background papers: emqc CSE surveillance report, 17 June 2019 (available from the Governance Team).*
'''
write('oakhurst-homes-2019-board.md', md)
