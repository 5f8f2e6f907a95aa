# cullerton-adult-care-contact-2014-review: emqc first annual review of a metropolitan borough
# council's adult social care contact centre, 2014. The findings are narrative, one section per
# criterion with a paragraph per sub-criterion; Compliance Plus and Partial Compliance are named
# in the text with their codes, each criterion's remaining elements are "assessed as Compliance",
# and EACH CRITERION'S SECTION ENDS WITH A SMALL SUMMARY BOX ("Criterion 3 – 1 C+, 11 C").
# There is NO overall table and no overall count anywhere.
from common import *
CP = ['1.3.2', '3.4.1']
PC = ['2.2.4', '4.3.5', '5.2.2']
R = ratings(cp=CP, pc=PC)
assert counts(R) == (2, 52, 3, 0)

def box(k):
    cp, c, pc, nc = counts(R, k)
    parts = [f'{cp} C+'] if cp else []
    parts.append(f'{c} C')
    if pc: parts.append(f'{pc} PC')
    if nc: parts.append(f'{nc} NC')
    return f'Criterion {k} &ndash; ' + ', '.join(parts)

TEXT = {
 '1': [('1.1 Customer Identification', 'The Centre knows who contacts it: older people, carers, family members, GPs and district nurses, hospital discharge teams and providers. Contact data from the case-management system is analysed by age, ward, reason for call and channel (1.1.1, 1.1.2). Work with the Deaf Centre and the two Asian elders\' groups shows a real effort to reach people who seldom ask for help (1.1.3).'),
       ('1.2 Engagement and Consultation', 'The engagement strategy covers service users, carers and professional callers; the Carers\' Reference Group meets quarterly and changes to the out-of-hours line were tested with it (1.2.1, 1.2.2). Methods were reviewed in autumn 2013 (1.2.3).'),
       ('1.3 Customer Satisfaction', 'Satisfaction is measured by a monthly call-back survey of a sample of callers (1.3.1). 1.3.2 is rated <b>Compliance Plus</b>: results are analysed for every caller group and for each team, published on the Council website and on the wall of the Centre, and have led to clear improvements, among them the "one call" referral for carers\' assessments and the callback promise. Questions cover the key drivers (1.3.3); targets are set and met (1.3.4); staff insight is gathered at team huddles (1.3.5).')],
 '2': [('2.1 Leadership, Policy and Culture', 'The Director of Adult Services and the Cabinet member lead the commitment to callers; customer data is reported to the departmental management team monthly (2.1.1, 2.1.2). Policies reflect the Care Act preparations (2.1.3); equality impact assessments were seen (2.1.4); information security is well understood (2.1.5); staff may resolve a wide range of requests without referral (2.1.6).'),
       ('2.2 Staff Professionalism and Attitude', 'Recruitment, induction and the "Listening to Callers" training are sound (2.2.1), and callers praised the patience of staff (2.2.2, 2.2.3). 2.2.4 is rated <b>Partial Compliance</b>: staff suggestions are collected but not acted on or answered, and several advisers could not say what had happened to ideas they had put forward in 2013. Recognition is through the Council\'s scheme (2.2.5).')],
 '3': [('3.1 Range of Information', 'Information about services, eligibility and charges is available in print and online (3.1.1, 3.1.2).'),
       ('3.2 Quality of Information', 'Leaflets are in Easy Read and the main community languages (3.2.1); advisers check callers\' understanding (3.2.2); the charging leaflet was rewritten with the Carers\' Reference Group (3.2.3); information is reviewed every six months (3.2.4).'),
       ('3.3 Access', 'Access by telephone, text relay, e-mail and the online self-assessment is well promoted (3.3.1, 3.3.2); the reception area at Cullerton Civic Centre is accessible (3.3.3).'),
       ('3.4 Co-operative working with other providers, partners and communities', '3.4.1 is rated <b>Compliance Plus</b>: the joint triage desk with Cullerton Hospitals NHS Foundation Trust and the police, the trusted-assessor arrangement with the three home-care providers and the shared "Message in a Bottle" scheme with the fire service show partnership working that is exemplary. Information is shared under clear protocols (3.4.2) and the Centre supports local voluntary groups (3.4.3).')],
 '4': [('4.1 Delivery Standards', 'Standards are set for answering calls, call-backs and referrals (4.1.1), monitored (4.1.2) and reviewed with the Reference Group (4.1.3).'),
       ('4.2 Achieved Delivery and Outcomes', 'Performance is published (4.2.1), outcomes for callers are tracked (4.2.2), and the Centre compares itself with four other councils\' contact centres (4.2.3, 4.2.4).'),
       ('4.3 Deal Effectively with Problems', 'Problems are identified and put right (4.3.1); the complaints procedure is clear (4.3.2) and staff resolve most issues at first contact (4.3.3, 4.3.4). 4.3.5 is rated <b>Partial Compliance</b>: the adult social care statutory complaints procedure has not been reviewed since 2009 and callers and staff have not been asked about it (see also 5.2.2 below). Remedies are appropriate (4.3.6).')],
 '5': [('5.1 Standards for Timeliness and Quality', 'Timeliness standards exist for every stage of a referral (5.1.1) and quality standards for calls (5.1.2).'),
       ('5.2 Timely Outcomes', 'Callers are told what will happen and when (5.2.1). 5.2.2 is rated <b>Partial Compliance</b>: too many callers (one in five in the sample) are passed to a second team before their need is met, and the Centre does not yet measure how often this happens. Information is shared with partners with consent (5.2.3); callers are told of delays (5.2.4); calls are answered promptly (5.2.5).'),
       ('5.3 Achieved Timely Delivery', 'Performance against timeliness standards is monitored (5.3.1), met and published (5.3.2) and compared with others (5.3.3).')],
}
REST = {'1': 'All other elements of Criterion 1 were assessed as Compliance.',
        '2': 'The remaining elements of Criterion 2 were assessed as Compliance.',
        '3': 'All other elements of Criterion 3 were assessed as Compliance.',
        '4': 'The other elements of Criterion 4 were assessed as Compliance.',
        '5': 'The remaining elements of Criterion 5 were all assessed as Compliance.'}

CSS = '''
@page { size: A4; margin: 22mm 20mm; }
body { font-family: Georgia, "DejaVu Serif", serif; font-size: 10pt; line-height: 1.35; }
h1 { font-family: Verdana, "DejaVu Sans", sans-serif; font-size: 20pt; color: #00607a; margin-top: 45mm; }
h2 { font-family: Verdana, "DejaVu Sans", sans-serif; font-size: 13pt; color: #00607a; margin-top: 20px; }
h3 { font-family: Verdana, "DejaVu Sans", sans-serif; font-size: 10pt; color: #333; margin-bottom: 2px; }
table.k { border-collapse: collapse; width: 100%; }
table.k td { border-bottom: 1px solid #9cc; padding: 4px; font-size: 9pt; vertical-align: top; }
table.k td.l { width: 34%; color: #00607a; font-weight: bold; }
table.sum { border-collapse: collapse; margin: 10px 0 18px 55%; width: 45%; }
table.sum td { border: 2px solid #00607a; background: #e6f3f6; padding: 6px 10px; font-family: Verdana, "DejaVu Sans", sans-serif; font-weight: bold; font-size: 9.5pt; text-align: center; }
.pb { page-break-after: always; }
'''
KEY = [('Customer', 'Cullerton Metropolitan Borough Council<br>Adult Social Care Contact Centre'),
       ('Visit', 'Annual Review &ndash; Year 1'),
       ('Assessor', 'Mrs Helen Ashby-Croft, MCMI'),
       ('Date(s) of assessment', 'Wednesday 19th and Thursday 20th February 2014'),
       ('Report issued', '7th March 2014'),
       ('Centre contact', 'Mr Rizwan Chaudhry, Contact Centre Manager'),
       ('emqc reference', 'CSE-1311-CUL')]

def section(k, n):
    out = [f'<h2 style="page-break-before:always">{n}. Criterion {k} &ndash; {CRIT[k]}</h2>']
    for h, t in TEXT[k]:
        out.append(f'<h3>{h}</h3><p>{t}</p>')
    out.append(f'<p>{REST[k]}</p>')
    out.append(f'<table class="sum"><tr><td>{box(k)}</td></tr></table>')
    return '\n'.join(out)

html = f'''<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>emqc – Customer Service Excellence – Annual Review Report – Cullerton MBC Adult Social Care Contact Centre – March 2014</title>
<style>{CSS}</style></head><body>
<div class="pb">
<p style="font-family:Verdana,sans-serif;font-size:16pt;color:#00607a"><b>emqc</b></p>
<h1>Customer Service Excellence<br>Annual Review Report</h1>
<p style="font-size:14pt">Cullerton Metropolitan Borough Council<br>Adult Social Care Contact Centre</p>
<p>February 2014</p>
</div>
<div class="pb">
<h2 style="page-break-before:always">Contents</h2>
<p>1. Review details<br>2. Introduction and scope<br>3. Progress since the initial assessment<br>4. Criterion 1 &ndash; Customer Insight<br>5. Criterion 2 &ndash; The Culture of the Organisation<br>6. Criterion 3 &ndash; Information and Access<br>7. Criterion 4 &ndash; Delivery<br>8. Criterion 5 &ndash; Timeliness and Quality of Service<br>9. Conclusion and next steps</p>
<p>Each criterion section ends with a summary of the ratings given in it (C+ = Compliance Plus, C = Compliance, PC = Partial Compliance, NC = Non-Compliance).</p>
</div>
<h2 style="page-break-before:always">1. Review details</h2>
<table class="k">{''.join(f'<tr><td class="l">{a}</td><td>{b}</td></tr>' for a, b in KEY)}</table>
<h2>2. Introduction and scope</h2>
<p>The Adult Social Care Contact Centre is the front door to adult social care in Cullerton, taking about 61,000 calls a year with 38 advisers and a duty team of social workers. This was the first annual review after the initial assessment in February 2013. All 57 elements of the standard were reviewed, with particular attention to the partial compliances found in 2013.</p>
<p>On the two days the assessor met 27 members of staff, 9 callers and carers, the Carers&rsquo; Reference Group, and partners from the hospital trust, the police and a home-care provider, and listened to live calls.</p>
<h2>3. Progress since the initial assessment</h2>
<p>In 2013 the Centre achieved Compliance Plus for 1.3.2, and was partially compliant in 2.2.4 and 5.1.1. 5.1.1 is now compliant: timeliness standards have been set for each stage of a referral. 2.2.4 remains partially compliant. The Centre&rsquo;s action plan (version 4, January 2014) was used as evidence throughout.</p>
{section('1', 4)}
{section('2', 5)}
{section('3', 6)}
{section('4', 7)}
{section('5', 8)}
<h2>9. Conclusion and next steps</h2>
<p>The Centre continues to meet the requirements of the Customer Service Excellence standard and certification is confirmed. The Centre should address the three partial compliances before the second annual review, due in February 2015, and hopes to add Compliance Plus for 4.2.2 by then.</p>
<p>Helen Ashby-Croft MCMI<br>Assessor, emqc<br>7th March 2014</p>
</body></html>
'''
write('cullerton-adult-care-contact-2014-review.html', html)
