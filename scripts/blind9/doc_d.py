# jobcentre-plus-wealdmoor-2010-review: G4S Assessment Services "24 Month Review" of a Jobcentre
# Plus district, 2010, laid out in TWO COLUMNS on each criterion's page: the assessor's narrative
# runs down the left-hand column, and the criterion's ELEMENT RATINGS sit in the RIGHT-HAND
# COLUMN as a narrow table (Element / Rating) in a floating box (a frame / text box in the .docx).
# In the PDFs' text layer the narrative lines and the rating rows share lines. One overall count
# table; no per-criterion table. (A CSS two-column section was tried first: LibreOffice keeps the
# columns but ignores the column break, so everything ran down the left column.)
from common import *
CP = ['1.2.1', '2.2.2', '4.1.3']
PC = ['3.2.2']
R = ratings(cp=CP, pc=PC)
assert counts(R) == (3, 53, 1, 0)
WORD = {'CP': 'Compliance Plus', 'C': 'Compliance', 'PC': 'Partial Compliance', 'NC': 'Non-Compliance'}
NARR = {
 '1': ['The District continues to understand its customers well. Customer segmentation uses the labour market system and the district\'s own claimant data; the profile of lone parents moving from Income Support to Jobseeker\'s Allowance has been refreshed since the 12 month review.',
       'The customer engagement strategy has developed into something exceptional. Customer forums in each of the nine offices, a young people\'s panel run with the Connexions service, and the employer forum are all used to shape services, and the District can show where customers\' views changed what it did: the redesigned Wealdmoor Central waiting area and the new appointment-text service both came from the forums. I have therefore rated 1.2.1 Compliance Plus.',
       'Satisfaction is measured through the national Customer Service Performance survey and a local exit survey; results are analysed by office and shared with staff.'],
 '2': ['The District Manager and her team lead by example; the "Customer Service Standards" of Jobcentre Plus are well understood, and customer insight is used in the District business plan.',
       'Staff professionalism is a real strength. Customers I spoke to in Harnley and Wealdmoor Central described advisers as "the best thing about the place", and mystery shopping scores are the highest in the region. 2.2.2 remains at Compliance Plus, as at the 12 month review.',
       'Training, appraisal and recognition are in place and staff ideas are collected through the "Bright Ideas" scheme.'],
 '3': ['Information about benefits, programmes and vacancies is comprehensive and available through Jobpoints, the website, leaflets and advisers.',
       'The quality of information is not yet consistent. Customers at two offices had been given conflicting information about the Flexible New Deal, and the District has no way of checking that information given by contact centre staff matches what is given in the offices (3.2.2 – Partial Compliance). This was also a finding at the 12 month review.',
       'Access arrangements are good, including home visits and outreach at the Harnley community centre; partnership working with Wealdmoor Borough Council and the Citizens Advice Bureau is well established.'],
 '4': ['Delivery standards are set nationally and locally. The District has gone further than most in reviewing its local standards with customers and staff: the "Wealdmoor Promise" was written with the customer forums, tested in two offices and revised twice in 2010, and I have rated 4.1.3 Compliance Plus.',
       'The District achieved 87% of its Job Outcome target for 2009/10 and benchmarks itself with the other districts in the region.',
       'Complaints are handled under the Jobcentre Plus complaints procedure; numbers have fallen and lessons are shared at team meetings (see 4.1.3 above).'],
 '5': ['Timeliness standards for claims, appointments and telephone calls are in place and monitored weekly.',
       'Average actioning times for JSA claims improved from 11.2 to 9.4 days over the year, and the District is in the top third nationally.',
       'At the 12 month review 5.2.3 was partially compliant; information sharing with the Pension, Disability and Carers Service and the local authority is now in place and 5.2.3 is compliant.'],
}

def crit_section(k):
    rows = ''.join(f'<tr><td>{c}</td><td>{WORD[R[c]]}</td></tr>' for c in CODES if c.startswith(k + '.'))
    return f'''<h2 style="page-break-before:always">Criterion {k}: {CRIT[k]}</h2>
<div class="rbox" style="float:right;width:44%;margin-left:6mm">
<p class="colhead">Element ratings &ndash; Criterion {k}</p>
<table class="r"><tr><th>Element</th><th>Rating</th></tr>{rows}</table>
</div>
{''.join(f'<p class="left" style="margin-right:50%">{p}</p>' for p in NARR[k])}
<div style="clear:both"></div>'''

CSS = '''
@page { size: A4; margin: 20mm 17mm; }
body { font-family: Arial, "Liberation Sans", sans-serif; font-size: 9.5pt; }
h1 { font-size: 21pt; color: #c8102e; margin-top: 35mm; }
h2 { font-size: 13pt; color: #c8102e; margin-top: 14px; }
p { text-align: justify; margin: 0 0 7px 0; }
p.colhead { font-weight: bold; color: #c8102e; text-align: left; }
table { border-collapse: collapse; }
table.r { width: 100%; }
table.r td, table.r th { border: 1px solid #aaa; padding: 2px 4px; font-size: 8.5pt; }
table.r th { background: #c8102e; color: #fff; text-align: left; }
table.k { width: 100%; } table.k td { border: 1px solid #aaa; padding: 3px 5px; font-size: 9pt; vertical-align: top; }
table.k td.l { width: 32%; background: #f2f2f2; font-weight: bold; }
table.o td, table.o th { border: 1px solid #aaa; padding: 3px 8px; font-size: 9pt; }
table.o th { background: #c8102e; color: #fff; }
.pb { page-break-after: always; }
'''
KEY = [('Organisation', 'Jobcentre Plus &ndash; Wealdmoor District'), ('Type of visit', '24 Month Review (second annual surveillance visit)'),
       ('Assessor', 'Christopher Adeyemi-Boyd FCIM'), ('District contact', 'Mrs Janice Threlfall, Customer Service Manager'),
       ('Date(s) of visit', '16&ndash;17 November 2010'), ('Offices visited', 'Wealdmoor Central, Harnley, Pelsby'),
       ('Date of report', '3rd December 2010'), ('Certificate number', 'G4S-CSE-08-0219')]

html = f'''<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>G4S Assessment Services – Customer Service Excellence – 24 Month Review – Jobcentre Plus Wealdmoor District – December 2010</title>
<style>{CSS}</style></head><body>
<div class="pb">
<p style="font-size:13pt"><b>G4S Assessment Services</b></p>
<h1>Customer Service Excellence<br>24 Month Review Report</h1>
<p style="font-size:14pt">Jobcentre Plus<br>Wealdmoor District</p>
<p>Visit: 16&ndash;17 November 2010</p>
</div>
<div class="pb">
<h2 style="page-break-before:always">Contents</h2>
<p>Key details<br>Summary<br>Overall result<br>Criterion 1: Customer Insight<br>Criterion 2: The Culture of the Organisation<br>Criterion 3: Information and Access<br>Criterion 4: Delivery<br>Criterion 5: Timeliness and Quality of Service<br>Conclusion</p>
<p>In the criterion sections the assessor&rsquo;s findings are in the left-hand column and the rating of every element of the criterion is in the right-hand column.</p>
</div>
<h2 style="page-break-before:always">Key details</h2>
<table class="k">{''.join(f'<tr><td class="l">{a}</td><td>{b}</td></tr>' for a, b in KEY)}</table>
<h2>Summary</h2>
<p>This was the second surveillance visit of the District&rsquo;s first three-year cycle (initial assessment November 2008; 12 month review November 2009). I sampled evidence against every criterion, met 31 staff, 14 customers, two employers and three partner organisations, and observed advisory interviews in all three offices visited.</p>
<p>The District continues to comply with the standard. Three elements are rated Compliance Plus and one is partially compliant; the partial compliance (3.2.2) was also found at the 12 month review and needs to be resolved before the reassessment in November 2011.</p>
<h2>Overall result</h2>
<table class="o"><tr><th>Compliance Plus</th><th>Compliance</th><th>Partial Compliance</th><th>Non-Compliance</th><th>Total</th></tr>
<tr><td>3</td><td>53</td><td>1</td><td>0</td><td>57</td></tr></table>
{''.join(crit_section(k) for k in '12345')}
<h2 style="page-break-before:always">Conclusion</h2>
<p>Jobcentre Plus Wealdmoor District continues to meet the standard and its certification is maintained. The reassessment is due in November 2011; the District intends to seek Compliance Plus for 4.3.4 at that visit.</p>
<p>Christopher Adeyemi-Boyd FCIM<br>Assessor, G4S Assessment Services<br>3rd December 2010</p>
</body></html>
'''
write('jobcentre-plus-wealdmoor-2010-review.html', html)
