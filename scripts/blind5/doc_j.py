# lanchester-dc-2008-charter-mark: NOT a CSE report. An SGS CHARTER MARK annual review report (the
# predecessor scheme, six criteria, 63 elements): element codes like 1.1.1 and rating words
# (compliant / partial compliance) that look exactly like a CSE report's, a results table, an
# assessor and dates; it mentions Customer Service Excellence only as the scheme that will replace
# Charter Mark. Markdown too (plain, with a pipe table).
CM = {'1': 'Set standards and perform well', '2': 'Actively engage with your customers, partners and staff',
      '3': 'Be fair and accessible to everyone and promote choice', '4': 'Continuously develop and improve',
      '5': 'Use your resources effectively and imaginatively', '6': 'Contribute to improving opportunities and quality of life in the communities you serve'}
EL = [
 ('1.1.1', 'You set clear, demanding standards for the main services you provide.', 'Compliant'),
 ('1.2.2', 'You monitor and publish your performance against your standards.', 'Compliant'),
 ('1.3.1', 'You have a clear complaints procedure which is easy to use.', 'Compliant'),
 ('2.1.3', 'You consult customers about the services you provide and tell them the results.', 'Compliant'),
 ('2.2.1', 'Staff are involved in setting standards and improving services.', 'Compliant'),
 ('2.3.2', 'You work with partners to provide joined-up services.', 'Partial compliance'),
 ('3.1.1', 'You make your services available to everyone who is entitled to them.', 'Compliant'),
 ('3.2.4', 'You provide information in formats that meet customers\' needs.', 'Compliant'),
 ('3.3.1', 'Your premises are accessible and comfortable.', 'Partial compliance'),
 ('4.1.1', 'You use customers\' views to improve services.', 'Compliant'),
 ('4.2.3', 'You learn from complaints and put things right.', 'Compliant'),
 ('4.3.2', 'You compare your performance with others and learn from them.', 'Compliant'),
 ('5.1.1', 'You can show that you give value for money.', 'Compliant'),
 ('5.2.2', 'You use new technology to improve services.', 'Compliant'),
 ('6.1.1', 'You contribute to the social and economic wellbeing of your community.', 'Compliant'),
 ('6.2.3', 'You work to reduce your impact on the environment.', 'Compliant'),
]
ROWS = '\n'.join(f'<tr><td>{c}</td><td>{t}</td><td>{r}</td></tr>' for c, t, r in EL)
import os
OUT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'fixtures', 'blind5'))
html = f'''<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>SGS – Charter Mark Annual Review – Lanchester District Council Revenues Service – 2008</title>
<style>
@page {{ size: A4; margin: 20mm; }}
body {{ font-family: Arial, "Liberation Sans", sans-serif; font-size: 10pt; }}
h1 {{ font-size: 16pt; color: #003f87; }}
h2 {{ font-size: 12pt; color: #003f87; }}
table {{ border-collapse: collapse; width: 100%; }}
td, th {{ border: 1px solid #999; padding: 3px 6px; font-size: 9pt; vertical-align: top; }}
</style></head>
<body>
<p style="font-size:9pt">SGS United Kingdom Ltd &middot; Charter Mark Assessment</p>
<h1>Charter Mark<br>Annual Review Report</h1>
<table>
<tr><td style="width:30%">Organisation</td><td>Lanchester District Council &ndash; Revenues Service</td></tr>
<tr><td>Scheme</td><td>Charter Mark (2006 criteria)</td></tr>
<tr><td>Type of visit</td><td>Annual review (second year of the Charter Mark award)</td></tr>
<tr><td>Date of visit</td><td>11 March 2008</td></tr>
<tr><td>Assessor</td><td>Hilary Westbrook</td></tr>
<tr><td>Date of report</td><td>28 March 2008</td></tr>
</table>

<h2>1. Introduction</h2>
<p>Lanchester District Council&rsquo;s Revenues Service was awarded Charter Mark in March 2006. This annual review examined a sample of 16 of the 63 elements of the Charter Mark standard, across all six criteria, and the actions taken on the partial compliances found in 2007.</p>

<h2>2. Results</h2>
<p>The Service continues to meet the Charter Mark standard and the award is maintained. Of the 16 elements reviewed, 14 were compliant and two were found to be in partial compliance (2.3.2 and 3.3.1). The 2007 partial compliance on 4.2.3 has been addressed and is now compliant.</p>
<table>
<tr><th style="width:10%">Element</th><th>Charter Mark requirement</th><th style="width:18%">Finding</th></tr>
{ROWS}
</table>

<h2>3. Findings by criterion</h2>
''' + ''.join(f'<p><b>Criterion {k}: {v}.</b> ' + {
 '1': 'Standards are demanding and performance is published monthly in the council newsletter.',
 '2': 'Consultation is good. Joint working with the Benefits Service of the neighbouring council is not yet in place (2.3.2).',
 '3': 'The cash office at Station Road is cramped and has no hearing loop (3.3.1).',
 '4': 'Complaints now lead to documented changes; 4.2.3 is compliant.',
 '5': 'The new online direct-debit form has reduced costs.',
 '6': 'The Service supports the council&rsquo;s financial inclusion work.'}[k] + '</p>\n' for k, v in CM.items()) + '''
<h2>4. Customer Service Excellence</h2>
<p>The Government has announced that Charter Mark will be replaced by the new Customer Service Excellence standard. The Service&rsquo;s Charter Mark award remains valid until March 2009. The assessor discussed how the Service might prepare for a Customer Service Excellence assessment, which has five criteria and 57 elements and introduces a &ldquo;Compliance Plus&rdquo; rating. SGS will be able to offer a gap analysis against Customer Service Excellence at the next visit.</p>

<h2>5. Next steps</h2>
<p>Please send the action plan for 2.3.2 and 3.3.1 within one month.</p>
<p>Hilary Westbrook, Charter Mark Assessor, SGS United Kingdom Ltd</p>
</body></html>
'''
with open(os.path.join(OUT, 'lanchester-dc-2008-charter-mark.html'), 'w', encoding='utf-8') as f:
    f.write(html)
md = ['# Charter Mark: Annual Review Report', '', 'SGS United Kingdom Ltd, Charter Mark Assessment', '',
      '- Organisation: Lanchester District Council - Revenues Service', '- Scheme: Charter Mark (2006 criteria)',
      '- Type of visit: Annual review (second year of the Charter Mark award)', '- Date of visit: 11 March 2008',
      '- Assessor: Hilary Westbrook', '- Date of report: 28 March 2008', '', '## Results', '',
      'The Service continues to meet the Charter Mark standard. Of the 16 elements reviewed, 14 were compliant and two were found to be in partial compliance (2.3.2 and 3.3.1). The 2007 partial compliance on 4.2.3 is now compliant.', '',
      '| Element | Charter Mark requirement | Finding |', '|---|---|---|'] + [f'| {c} | {t} | {r} |' for c, t, r in EL] + ['',
      '## Customer Service Excellence', '', 'Charter Mark will be replaced by Customer Service Excellence (five criteria, 57 elements, with a "Compliance Plus" rating). The award remains valid until March 2009.', '',
      'Hilary Westbrook, Charter Mark Assessor, SGS United Kingdom Ltd', '']
with open(os.path.join(OUT, 'lanchester-dc-2008-charter-mark.md'), 'w', encoding='utf-8') as f:
    f.write('\n'.join(md))
