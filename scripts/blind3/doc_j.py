# wolds-dc-2017-improvement-plan: NOT a report: a holder's CSE improvement action plan
from common import *
ACTIONS = [
 ('A1', '1.3.4', 'Agree satisfaction targets for planning, licensing and waste with each service manager and publish them.', 'Head of Customer Services', 'Sept 2017', 'Amber'),
 ('A2', '4.2.3', 'Join the county benchmarking group for contact centres; report comparisons to Management Team quarterly.', 'Performance Manager', 'Dec 2017', 'Green'),
 ('A3', '3.2.1', 'Re-test the website\'s top 20 pages with the Citizens\' Panel and plain-English check all standard letters.', 'Digital Lead', 'Nov 2017', 'Green'),
 ('A4', '2.2.3', 'Add a customer-focus objective to every appraisal from April 2018.', 'HR Business Partner', 'Apr 2018', 'Not started'),
 ('A5', '5.3.2', 'Publish telephone and e-mail response performance monthly on the website.', 'Head of Customer Services', 'Oct 2017', 'Amber'),
 ('A6', '4.3.4', 'Produce a six-monthly “learning from complaints” report for customers.', 'Complaints Officer', 'Jan 2018', 'Green'),
]
html = f'''<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Wolds District Council – Customer Service Excellence Improvement Plan 2017/18</title>
<style>body {{ font-family: Arial, "Liberation Sans", sans-serif; font-size: 10pt; }} h1 {{ font-size: 15pt; }} h2 {{ font-size: 12pt; }}
table {{ border-collapse: collapse; width: 100%; }} td, th {{ border: 1px solid #444; padding: 3px 5px; font-size: 9pt; vertical-align: top; }} th {{ background: #e8e8e8; }}</style></head>
<body>
<p><b>Wolds District Council</b> · Customer Services</p>
<h1>Customer Service Excellence<br>Improvement Plan 2017/18</h1>
<p>Version 1.3 · Owner: Head of Customer Services · Approved by Management Team 6 June 2017 · Next review: quarterly</p>
<h2>1. Why we have this plan</h2>
<p>The Council has held the Customer Service Excellence (CSE) standard since 2011. CSE is assessed by an independent, licensed assessment body against 57 elements in five criteria, and each element is rated non-compliant, partially compliant, compliant or compliance plus. This plan sets out what we will do over the coming year to strengthen our evidence, to close the gaps our assessor highlighted, and to keep improving the service our customers receive. It is not an assessment report; the assessor&rsquo;s report is held by the Customer Services team.</p>
<h2>2. Our ambitions</h2>
<ul>
<li>Keep full compliance with the standard at every visit.</li>
<li>We aim for 10 compliance plus next year, and no partial compliances.</li>
<li>Raise overall satisfaction with the contact centre from 81% to 88% by March 2018.</li>
</ul>
<h2>3. Actions</h2>
<table>
<tr><th>Ref</th><th>CSE element</th><th>What we will do</th><th>Lead</th><th>By</th><th>Status</th></tr>
{''.join(f'<tr><td>{r}</td><td>{e} – {short(e, 60)}</td><td>{w}</td><td>{l}</td><td>{b}</td><td>{s}</td></tr>' for r, e, w, l, b, s in ACTIONS)}
</table>
<h2>4. Monitoring</h2>
<p>Progress is reported to Management Team every quarter and to the Customer Experience Board twice a year. Each lead updates the status column (Green: on track; Amber: at risk; Red: off track) before the quarterly meeting. Evidence gathered for each action is filed in the CSE evidence library under the element number so that it can be submitted for the next assessment, expected in spring 2018.</p>
<h2>5. Related documents</h2>
<p>Customer Access Strategy 2016–2020; Complaints, Comments and Compliments Policy; Corporate Equality Scheme; Customer Service Standards (published on the website).</p>
</body></html>
'''
write('wolds-dc-2017-improvement-plan.html', html)
md = f'''# Wolds District Council — Customer Service Excellence Improvement Plan 2017/18

*Version 1.3 · Owner: Head of Customer Services · Approved by Management Team 6 June 2017 · Next review: quarterly*

## 1. Why we have this plan

The Council has held the Customer Service Excellence (CSE) standard since 2011. CSE is assessed by an independent, licensed assessment body against 57 elements in five criteria, and each element is rated non-compliant, partially compliant, compliant or compliance plus. This plan sets out what we will do over the coming year to strengthen our evidence, to close the gaps our assessor highlighted, and to keep improving the service our customers receive. It is not an assessment report; the assessor's report is held by the Customer Services team.

## 2. Our ambitions

- Keep full compliance with the standard at every visit.
- We aim for 10 compliance plus next year, and no partial compliances.
- Raise overall satisfaction with the contact centre from 81% to 88% by March 2018.

## 3. Actions

| Ref | CSE element | What we will do | Lead | By | Status |
|-----|-------------|-----------------|------|----|--------|
{chr(10).join(f'| {r} | {e} – {short(e, 60)} | {w} | {l} | {b} | {s} |' for r, e, w, l, b, s in ACTIONS)}

## 4. Monitoring

Progress is reported to Management Team every quarter and to the Customer Experience Board twice a year. Each lead updates the status column (Green: on track; Amber: at risk; Red: off track) before the quarterly meeting. Evidence gathered for each action is filed in the CSE evidence library under the element number so that it can be submitted for the next assessment, expected in spring 2018.

## 5. Related documents

Customer Access Strategy 2016–2020; Complaints, Comments and Compliments Policy; Corporate Equality Scheme; Customer Service Standards (published on the website).
'''
write('wolds-dc-2017-improvement-plan.md', md)
