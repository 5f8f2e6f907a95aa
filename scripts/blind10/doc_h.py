# marchbank-dc-2016-internal-audit: NOT a report. The council's INTERNAL AUDIT report on its
# Customer Service Excellence arrangements (how evidence is kept, how the action plan is followed
# up), issued by a shared internal audit service in 2016: an assurance opinion ("Reasonable"),
# scope, findings with priorities, a sample of 12 elements tested with "Evidence adequate?
# Yes / Partial / No", and a management action plan. It quotes the assessor's results of the
# February 2016 annual review (counts and the partial and C+ codes) from the assessor's report,
# and says it does not re-assess the Council against the standard.
from common import *
SAMPLE = [('1.1.1', 'Yes', 'Customer profile 2015 on SharePoint; refreshed annually.'),
          ('1.2.3', 'Partial', 'Engagement review dated 2014; no later review found.'),
          ('1.3.2', 'Yes', 'Satisfaction reports published quarterly.'),
          ('2.1.3', 'Yes', 'Corporate plan and service plans reference customer focus.'),
          ('2.2.1', 'Yes', 'Training records complete for the 18 staff sampled.'),
          ('3.3.2', 'No', 'No evidence folder for this element; officer pointed to e-mails.'),
          ('3.4.1', 'Yes', 'Partnership agreements held and current.'),
          ('4.1.2', 'Yes', 'Standards consultation (2015) held.'),
          ('4.2.4', 'Partial', 'Benchmarking data for 2014/15 only.'),
          ('4.3.3', 'Yes', 'Complaints log reconciled to the CRM.'),
          ('5.2.3', 'Partial', 'Evidence held by the service, not in the central library.'),
          ('5.3.1', 'Yes', 'Performance page updated monthly.')]
ACTIONS = [('1', 'Priority 2', 'Evidence for three of the partial compliances from the annual review was not held in the central evidence library.', 'Move all CSE evidence to the central library and name an owner for each element.', 'Customer Services Manager', '30 September 2016'),
           ('2', 'Priority 2', 'The CSE action plan is not reported to the Corporate Management Team.', 'Report progress on the CSE action plan to CMT quarterly.', 'Head of Customer Services', '31 July 2016'),
           ('3', 'Priority 3', 'Some evidence is older than the assessor&rsquo;s three-year expectation.', 'Review evidence dates before each annual review.', 'CSE Co-ordinator', '31 December 2016')]
CSS = '''
@page { size: A4; margin: 22mm 20mm; }
body { font-family: Arial, "Liberation Sans", sans-serif; font-size: 10pt; }
h1 { font-size: 20pt; color: #2f4f4f; margin-top: 30mm; }
h2 { font-size: 13pt; color: #2f4f4f; margin-top: 16px; }
p { margin: 0 0 8px 0; }
table { border-collapse: collapse; width: 100%; }
td, th { border: 1px solid #888; padding: 3px 6px; vertical-align: top; text-align: left; font-size: 9pt; }
th { background: #dfe8e8; }
td.l { width: 32%; font-weight: bold; background: #f0f4f4; }
.opinion { border: 2px solid #2f4f4f; padding: 6px 10px; }
.pb { page-break-after: always; }
'''
KV = [('Audit', 'Customer Service Excellence &ndash; accreditation arrangements'), ('Audit reference', 'MDC/16/CS/04'),
      ('Directorate', 'Resources &ndash; Customer Services'), ('Fieldwork', '4 April to 29 April 2016'),
      ('Draft report issued', '13 May 2016'), ('Final report issued', '3 June 2016'),
      ('Auditor', 'Kerry Blackwood, Senior Auditor'), ('Audit Manager', 'Peter Nuttall CPFA'),
      ('Distribution', 'Director of Resources; Head of Customer Services; Customer Services Manager; Audit Committee')]
body = f'''
<div class="pb">
<p><b>Marchbank and Tees Internal Audit Partnership</b></p>
<h1>Internal Audit Report<br>Customer Service Excellence &ndash; accreditation arrangements</h1>
<p style="font-size:14pt">Marchbank District Council</p>
<p>Final report &ndash; June 2016</p>
<p style="font-size:8.5pt">This report is confidential and prepared for the Council&rsquo;s management and Audit Committee.</p>
</div>
<h2 style="page-break-before:always">Contents</h2>
<p>1. Report details<br>2. Background<br>3. Audit opinion<br>4. Scope and approach<br>5. Findings<br>6. Management action plan<br>Appendix &ndash; Sample of elements tested<br>Assurance definitions</p>
<h2>1. Report details</h2>
<table>{''.join(f'<tr><td class="l">{a}</td><td>{b}</td></tr>' for a, b in KV)}</table>
<h2>2. Background</h2>
<p>The Council has held the Customer Service Excellence (CSE) standard for its customer services, revenues and benefits functions since 2013. Its certification body is Centre for Assessment, whose assessor carries out an annual review each year and a reassessment every three years.</p>
<p>The most recent visit was the annual review of 9 and 10 February 2016. According to the assessor&rsquo;s report of 26 February 2016, the Council was rated Compliance Plus in four elements, Compliance in 50 and Partial Compliance in three (1.2.3, 3.3.2 and 5.2.3); no element was non-compliant. The Compliance Plus elements were 1.3.2, 2.2.2, 3.4.1 and 4.3.3. The Council&rsquo;s certification was maintained.</p>
<p>This audit was included in the 2016/17 audit plan at the request of the Director of Resources after the assessor commented that evidence had been &ldquo;hard to locate&rdquo;.</p>
<h2>3. Audit opinion</h2>
<div class="opinion"><p><b>Assurance opinion: Reasonable assurance</b></p><p>There is a generally sound system of control for managing the Council&rsquo;s CSE accreditation, but some weaknesses were found in how evidence is kept and how the action plan is followed up. Three actions have been agreed (two Priority 2, one Priority 3).</p></div>
<h2>4. Scope and approach</h2>
<p>The audit examined how the Council keeps the evidence for its CSE accreditation, how actions from the assessor&rsquo;s reports are planned and monitored, and how results are reported. We selected a sample of 12 of the 57 elements of the standard, including the three partial compliances from the February 2016 annual review, and traced the evidence for each to the Council&rsquo;s central evidence library.</p>
<p>This is an internal audit report. It does not re-assess the Council against the CSE standard, and our judgements about evidence (&ldquo;Yes&rdquo;, &ldquo;Partial&rdquo;, &ldquo;No&rdquo;) are not CSE ratings: only the Council&rsquo;s certification body can rate the elements.</p>
<h2>5. Findings</h2>
<p><b>5.1 Evidence library.</b> Evidence for seven of the 12 elements sampled was complete and current. For three elements (1.2.3, 4.2.4 and 5.2.3) evidence was incomplete or held outside the library, and for one (3.3.2) there was no evidence folder. Two of these (1.2.3 and 3.3.2) were partial compliances at the annual review.</p>
<p><b>5.2 Action plan.</b> The Council has an action plan for the three partial compliances but progress is not reported to the Corporate Management Team, and two actions were already overdue.</p>
<p><b>5.3 Reporting.</b> The results of the annual review were reported to the Cabinet member but not to the Audit Committee or the Corporate Management Team.</p>
<h2 style="page-break-before:always">6. Management action plan</h2>
<table><tr><th>No.</th><th>Priority</th><th>Finding</th><th>Agreed action</th><th>Responsible officer</th><th>Target date</th></tr>
{''.join(f'<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td><td>{e}</td><td>{f}</td></tr>' for a, b, c, d, e, f in ACTIONS)}</table>
<h2>Appendix &ndash; Sample of elements tested</h2>
<table><tr><th>Element</th><th>Requirement (summary)</th><th>Evidence adequate?</th><th>Auditor&rsquo;s note</th></tr>
{''.join(f'<tr><td>{c}</td><td>{short(c, 60)}</td><td>{y}</td><td>{n}</td></tr>' for c, y, n in SAMPLE)}</table>
<h2>Assurance definitions</h2>
<table><tr><td class="l">Substantial assurance</td><td>A sound system of control, consistently applied.</td></tr>
<tr><td class="l">Reasonable assurance</td><td>A generally sound system of control with some weaknesses.</td></tr>
<tr><td class="l">Limited assurance</td><td>Significant weaknesses that put the system&rsquo;s objectives at risk.</td></tr>
<tr><td class="l">No assurance</td><td>Fundamental weaknesses; the system is open to error or abuse.</td></tr></table>
<p style="margin-top:10px">Priority 1: fundamental, immediate action. Priority 2: significant, action within six months. Priority 3: merits attention.</p>
'''
write('marchbank-dc-2016-internal-audit.html', page('Internal Audit Report MDC/16/CS/04 – Customer Service Excellence accreditation arrangements – Marchbank District Council – June 2016', CSS, body))
