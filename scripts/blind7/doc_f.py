# adopt-northvale-2024-initial: SGS United Kingdom initial assessment of a regional adoption agency.
# A long report: a CONTENTS PAGE WITH DOTTED LEADERS AND PAGE NUMBERS that lists every element code
# (1.1.1 ... 5.3.3) with its title (not ratings), then ONE SECTION PER ELEMENT ("Element 1.1.1" /
# statement / Evidence / "Judgement: Compliance"), a summary table, and at the back an ADDENDUM
# after the factual accuracy check that RE-RATES 1.3.4 from Partial Compliance to Compliance and
# restates the summary table. The truth is the result after the addendum.
from common import *
CP = ['1.1.3', '2.2.5', '4.2.2']
PC_BODY = ['1.3.4', '3.3.2']
R_BODY = ratings(cp=CP, pc=PC_BODY)
assert counts(R_BODY) == (3, 52, 2, 0)
R = ratings(cp=CP, pc=['3.3.2'])     # after the addendum: 1.3.4 is Compliance
assert counts(R) == (3, 53, 1, 0)
BY_BODY = {'1': (1, 9, 1, 0), '2': (1, 10, 0, 0), '3': (0, 11, 1, 0), '4': (1, 12, 0, 0), '5': (0, 10, 0, 0)}
BY = {'1': (1, 10, 0, 0), '2': (1, 10, 0, 0), '3': (0, 11, 1, 0), '4': (1, 12, 0, 0), '5': (0, 10, 0, 0)}
for k in '12345':
    assert counts(R_BODY, k) == BY_BODY[k] and counts(R, k) == BY[k], k
WORD = {'CP': 'Compliance Plus', 'C': 'Compliance', 'PC': 'Partial Compliance', 'NC': 'Non-Compliance'}

TITLE = {
 '1.1.1': 'Characteristics of customer groups', '1.1.2': 'Customer insight', '1.1.3': 'Hard-to-reach and disadvantaged groups',
 '1.2.1': 'Engagement strategy', '1.2.2': 'Consultation and feedback of results', '1.2.3': 'Review of engagement methods',
 '1.3.1': 'Measuring satisfaction', '1.3.2': 'Analysing and publishing satisfaction', '1.3.3': 'Questions on key drivers',
 '1.3.4': 'Satisfaction targets', '1.3.5': 'Changes from customer experience',
 '2.1.1': 'Corporate commitment', '2.1.2': 'Insight in policy and strategy', '2.1.3': 'Policies and procedures',
 '2.1.4': 'Fair treatment', '2.1.5': 'Privacy', '2.1.6': 'Empowering employees',
 '2.2.1': 'Recruitment, training and development', '2.2.2': 'Polite and friendly staff', '2.2.3': 'Customer focus at all levels',
 '2.2.4': 'Front-line insight in processes', '2.2.5': 'Valuing staff',
 '3.1.1': 'Information on the range of services', '3.1.2': 'Charges', '3.2.1': 'Information in the right formats',
 '3.2.2': 'Information received and understood', '3.2.3': 'Improved information', '3.2.4': 'Accurate information',
 '3.3.1': 'Range of channels', '3.3.2': 'Evaluating access channels', '3.3.3': 'Premises',
 '3.4.1': 'Arrangements with partners', '3.4.2': 'Clear lines of accountability', '3.4.3': 'Supporting communities',
 '4.1.1': 'Challenging standards', '4.1.2': 'Monitoring and publishing standards', '4.1.3': 'Involving customers in standards',
 '4.2.1': 'Agreeing expectations', '4.2.2': 'Delivering what was promised', '4.2.3': 'Benchmarking', '4.2.4': 'Learning from best practice',
 '4.3.1': 'Dips in performance', '4.3.2': 'Complaints procedure', '4.3.3': 'Complaints training', '4.3.4': 'Learning from complaints',
 '4.3.5': 'Reviewing the complaints procedure', '4.3.6': 'Outcomes of upheld complaints',
 '5.1.1': 'Timeliness standards', '5.1.2': 'Quality standards', '5.2.1': 'Advising customers of promises',
 '5.2.2': 'Needs at first contact', '5.2.3': 'Sharing information', '5.2.4': 'Next steps', '5.2.5': 'Prompt response',
 '5.3.1': 'Monitoring performance', '5.3.2': 'Meeting and publishing standards', '5.3.3': 'Comparison with others',
}
EVID = {
 '1.1.1': 'The Agency holds a profile of adopters, prospective adopters, adopted adults and birth relatives across the three partner councils, refreshed quarterly from the case-management system and the national adoption dataset.',
 '1.1.2': 'Insight from the profile and from exit interviews is used to plan information evenings; single adopters and second-time adopters have their own preparation groups as a result.',
 '1.1.3': 'The "Every Family" outreach programme works with faith groups, LGBT+ networks and the Traveller Education Service to reach people who do not come forward; enquiries from Black and Asian households have trebled in two years, and a peer-mentor scheme supports birth parents who have had children removed. This is outstanding work that other agencies have asked to copy.',
 '1.2.1': 'An engagement plan sets out how each customer group is involved, from the Adopter Voice panel to birth-relative drop-ins.',
 '1.2.2': 'Consultation on the adoption support offer in 2023 led to evening appointments; the changes were reported in the Agency\'s newsletter.',
 '1.2.3': 'The engagement plan was reviewed in December 2023 against response rates and representativeness.',
 '1.3.1': 'Satisfaction is measured at four points in the adopter journey and after adoption-support interventions.',
 '1.3.2': 'Results are analysed by customer group and by partner council, and a summary is published on the website twice a year.',
 '1.3.3': 'The surveys include questions on timeliness, information, access, delivery and staff attitude, and on themes from the Adopter Voice panel.',
 '1.3.4': 'The Agency told us that satisfaction targets had been agreed for 2024/25, but the paper setting them could not be found during the visit, and no trend data for 2023/24 was available. On the evidence seen, the element is met only in part.',
 '1.3.5': 'The redesigned "first 100 days" support plan came directly from adopters\' feedback.',
 '2.1.1': 'The Head of Service and the Board of the three councils\' directors champion the customer; the Board receives adopter feedback at every meeting.',
 '2.1.2': 'The 2023–2026 strategy cites adopter and birth-relative insight in each priority.',
 '2.1.3': 'Policies on information sharing, access to records and equality are current and known to staff.',
 '2.1.4': 'Equality monitoring of enquiries, approvals and matches is reported to the Board; adopters told us they felt treated fairly.',
 '2.1.5': 'Interview rooms are private, case records are held securely, and staff follow a clear protocol for sharing information with partner councils.',
 '2.1.6': 'Staff lead working groups on the adopter journey and are encouraged to put forward improvements.',
 '2.2.1': 'Recruitment uses values-based questions, and induction includes time with adopters and with birth relatives.',
 '2.2.2': 'Every adopter we met described staff as warm, honest and patient.',
 '2.2.3': 'Customer focus is an objective in every appraisal and in team plans.',
 '2.2.4': 'The practice forum brings social workers\' experience into procedures, for example the revised matching meeting.',
 '2.2.5': 'The Agency\'s recognition of staff is exceptional: adopters nominate workers for the annual "Difference Makers" awards, managers hold monthly "thank-you" sessions, and staff turnover has fallen to 6% in a sector where 15% is common.',
 '3.1.1': 'The website, the information-evening pack and the adoption support directory describe the full range of services.',
 '3.1.2': 'There are no charges to customers; the cost of court fees met by the Agency is explained to adopters.',
 '3.2.1': 'Information is available in print, online, in Easy Read and in the five most-spoken community languages.',
 '3.2.2': 'Social workers check understanding at each stage and follow up key letters by telephone.',
 '3.2.3': 'The information pack was rewritten with the Adopter Voice panel in 2023.',
 '3.2.4': 'Information is checked by a named owner every six months; errors are corrected within five working days.',
 '3.3.1': 'Customers can use telephone, e-mail, web forms, the Adopter Hub app and face-to-face appointments in each council area.',
 '3.3.2': 'The Agency does not yet analyse how customers use its channels: enquiry sources are recorded, but there is no evaluation of which channels work for which customers, and the app has not been reviewed since its launch.',
 '3.3.3': 'The Northvale and Ribbleside offices are welcoming, with a family room and parking; Helmsworth uses the council\'s customer centre.',
 '3.4.1': 'Partnership agreements with the three councils, the voluntary adoption agencies and the CAMHS service are in place.',
 '3.4.2': 'Lines of accountability between the Agency and the councils\' children\'s services are clear to families.',
 '3.4.3': 'The Agency supports the wider community through school awareness sessions and National Adoption Week events.',
 '4.1.1': 'Standards for each stage of the adopter journey take account of the national adoption scorecard.',
 '4.1.2': 'Performance against the standards is monitored monthly and reported to adopters in the newsletter.',
 '4.1.3': 'The standards were reviewed with the Adopter Voice panel and the staff forum in 2023.',
 '4.2.1': 'Each prospective adopter receives a written agreement setting out what to expect at each stage.',
 '4.2.2': 'The Agency delivers what it promises to an exceptional degree: 96% of adopters were approved within the six-month national timescale, every matched family has a support plan in place before placement, and adopters we met spoke of promises kept throughout.',
 '4.2.3': 'Performance is benchmarked with the other regional adoption agencies through the national leadership board.',
 '4.2.4': 'The Agency has adopted the "Adoption Support Fund" good-practice guide and shares its own work at the regional network.',
 '4.3.1': 'Dips in performance are explained to adopters in the newsletter with the action taken.',
 '4.3.2': 'The complaints procedure follows the three councils\' procedures and is easy to use.',
 '4.3.3': 'Staff are trained to handle complaints and investigations are carried out by managers outside the team.',
 '4.3.4': 'Complaints and comments are analysed quarterly for patterns.',
 '4.3.5': 'The procedure was reviewed in 2023 with adopters who had complained.',
 '4.3.6': 'Where complaints are upheld, families receive an apology and an explanation of what has changed.',
 '5.1.1': 'Standards for responding to calls, e-mails and enquiries are set and published.',
 '5.1.2': 'Quality standards cover every stage of the adopter journey.',
 '5.2.1': 'The standards are in the information pack and on the website.',
 '5.2.2': 'Enquiry officers identify needs at the first contact and book the right appointment.',
 '5.2.3': 'Information is shared promptly with the partner councils under the information-sharing agreement.',
 '5.2.4': 'Where an enquiry cannot be completed at first contact, the next steps are agreed and confirmed in writing.',
 '5.2.5': 'Enquiries are answered within two working days; delays are explained.',
 '5.3.1': 'Timeliness and quality are monitored monthly and acted upon.',
 '5.3.2': 'The standards are being met and the results are published.',
 '5.3.3': 'The Agency compares well with other regional adoption agencies on timeliness.',
}
assert set(EVID) == set(CODES) == set(TITLE)

# page numbers as Chromium prints the report (LibreOffice differs by a line or two)
FRONT = [('1', 'Introduction', 3), ('2', 'Assessment details', 3), ('3', 'Summary of findings', 3), ('4', 'Compliance Plus and Partial Compliance', 3),
         ('5', 'Findings by element', 4)]
FIRST_ON_PAGE = [('1.1.1', 4), ('1.3.1', 5), ('2.1.4', 6), ('3.1.1', 7), ('3.3.2', 8), ('4.1.3', 9), ('4.3.3', 10), ('5.2.3', 11)]
def page_of(c):
    return [p for first, p in FIRST_ON_PAGE if CODES.index(first) <= CODES.index(c)][-1]
BACK = [('6', 'Conclusion and recommendation', 11), ('', 'Addendum: factual accuracy check', 12)]

def dots(text, width=92):
    return ' ' + '.' * max(4, width - len(text)) + ' '

def toc():
    out = ['<table class="toc">']
    for n, t, p in FRONT:
        s = f'{n} {t}'
        out.append(f'<tr><td class="t"><b>{s}</b>{dots(s, 100)}</td><td class="p">{p}</td></tr>')
        if n == '5':
            for c in CODES:
                s = f'{c} {TITLE[c]}'
                out.append(f'<tr><td class="t">&nbsp;&nbsp;&nbsp;&nbsp;{s}{dots(s, 96)}</td><td class="p">{page_of(c)}</td></tr>')
    for n, t, p in BACK:
        s = f'{n} {t}'.strip()
        out.append(f'<tr><td class="t"><b>{s}</b>{dots(s, 100)}</td><td class="p">{p}</td></tr>')
    out.append('</table>')
    return '\n'.join(out)

def sections():
    out = []
    for c in CODES:
        if c.endswith('.1.1'):
            out.append(f'<h3 class="crit">Criterion {c[0]}: {CRIT[c[0]]}</h3>')
        if c[4] == '1':
            out.append(f'<p class="sub">{c[:3]} {SUBS[c[:3]]}</p>')
        out.append(f'<div class="el"><p class="eh">Element {c} &ndash; {TITLE[c]}</p><p class="st">{STMT[c]}</p>'
                   f'<p><b>Evidence:</b> {EVID[c]}</p><p class="j"><b>Judgement:</b> {WORD[R_BODY[c]]}</p></div>')
    return '\n'.join(out)

def summary_table(by, tot):
    out = ['<table class="s"><tr><th class="l">Criterion</th><th>Compliance Plus</th><th>Compliance</th><th>Partial Compliance</th><th>Non-Compliance</th></tr>']
    for k in '12345':
        out.append(f'<tr><td class="l">{k}. {CRIT[k]}</td>' + ''.join(f'<td>{x}</td>' for x in by[k]) + '</tr>')
    out.append('<tr><td class="l"><b>Total</b></td>' + ''.join(f'<td><b>{x}</b></td>' for x in tot) + '</tr></table>')
    return '\n'.join(out)

html = f'''<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Adopt Northvale – Customer Service Excellence Initial Assessment Report – April 2024</title>
<style>
@page {{ size: A4; margin: 20mm 18mm; }}
body {{ font-family: "Liberation Sans", Arial, sans-serif; font-size: 10pt; }}
h1 {{ font-size: 20pt; color: #f60; margin-top: 40mm; }}
h2 {{ font-size: 13pt; color: #333; border-bottom: 2px solid #f60; margin-top: 18px; }}
h3.crit {{ font-size: 12pt; color: #f60; margin-top: 16px; }}
p.sub {{ font-weight: bold; font-size: 10.5pt; margin: 10px 0 2px 0; }}
div.el {{ margin: 4px 0 10px 12px; }}
p.eh {{ font-weight: bold; margin: 6px 0 1px 0; }}
p.st {{ font-style: italic; margin: 1px 0; color: #444; }}
p.j {{ margin: 1px 0; }}
table {{ border-collapse: collapse; }}
table.toc {{ width: 100%; }}
table.toc td {{ padding: 0 2px; font-size: 9pt; white-space: nowrap; }}
table.toc td.t {{ width: 94%; overflow: hidden; }}
table.toc td.p {{ text-align: right; }}
table.k td, table.s td, table.s th {{ border: 1px solid #999; padding: 3px 6px; font-size: 9.5pt; }}
table.s th {{ background: #fdebd9; }}
table.s td {{ text-align: center; }}
td.l, th.l {{ text-align: left !important; }}
.pb {{ page-break-after: always; }}
</style></head>
<body>
<div class="pb">
<p style="font-size:11pt"><b>SGS United Kingdom Ltd</b><br>Certification and Business Enhancement</p>
<h1>Customer Service Excellence&reg;<br>Initial Assessment Report</h1>
<p style="font-size:16pt">Adopt Northvale</p>
<p>Regional Adoption Agency</p>
<p style="margin-top:30mm">Report date: 18 April 2024<br>Reissued with addendum: 2 May 2024</p>
</div>
<div class="pb">
<h2>Contents</h2>
{toc()}
</div>

<h2>1. Introduction</h2>
<p>Adopt Northvale is the regional adoption agency for Northvale City, Ribbleside and Helmsworth councils. It was formed in 2021 and is hosted by Northvale City Council. It recruits, assesses and supports adopters, supports adopted adults and birth relatives, and provides adoption support to families across the three areas. This report records its initial assessment against the Customer Service Excellence standard.</p>
<p>A pre-assessment gap analysis in November 2023, carried out by the Agency itself with an external consultant, judged six elements to be partly met; most of those gaps have since been closed.</p>

<h2>2. Assessment details</h2>
<table class="k" style="width:95%">
<tr><td style="width:34%"><b>Organisation</b></td><td>Adopt Northvale</td></tr>
<tr><td><b>Type of assessment</b></td><td>Initial assessment</td></tr>
<tr><td><b>Pre-assessment document review</b></td><td>4 March 2024</td></tr>
<tr><td><b>On-site assessment</b></td><td>Tuesday 19 and Wednesday 20 March 2024</td></tr>
<tr><td><b>Lead Assessor</b></td><td>Kwame Asante-Boateng</td></tr>
<tr><td><b>Assessor</b></td><td>Lindsey Marr</td></tr>
<tr><td><b>Organisation contact</b></td><td>Rachel Upjohn, Service Manager (Adoption Support)</td></tr>
<tr><td><b>Report date</b></td><td>18 April 2024</td></tr>
</table>

<h2>3. Summary of findings</h2>
<p>Adopt Northvale meets the requirements of the Customer Service Excellence standard. Of the 57 elements, 3 were assessed as Compliance Plus, 52 as Compliance and 2 as Partial Compliance; none was assessed as Non-Compliance. Certification is recommended.</p>
{summary_table(BY_BODY, (3, 52, 2, 0))}

<h2>4. Compliance Plus and Partial Compliance</h2>
<p>Compliance Plus: 1.1.3 (hard-to-reach and disadvantaged groups), 2.2.5 (valuing staff) and 4.2.2 (delivering what was promised).</p>
<p>Partial Compliance: 1.3.4 (satisfaction targets) and 3.3.2 (evaluating access channels).</p>
<p>The evidence and judgement for every element are given in section 5.</p>

<h2 style="page-break-before:always">5. Findings by element</h2>
{sections()}

<h2>6. Conclusion and recommendation</h2>
<p>Adopt Northvale is a young organisation with a strong customer culture. The assessment team recommends that it is certified to the Customer Service Excellence standard for three years. An action plan for the partial compliances should be sent to SGS within 28 days, and the first annual review will be in March 2025.</p>
<p>Kwame Asante-Boateng, Lead Assessor, and Lindsey Marr, Assessor<br>SGS United Kingdom Ltd, 18 April 2024</p>

<h2 style="page-break-before:always">Addendum: factual accuracy check</h2>
<p><b>Date of addendum:</b> 2 May 2024</p>
<p>Adopt Northvale\'s factual accuracy response of 26 April 2024 included the paper setting its satisfaction targets for 2024/25, approved by the Agency\'s Board on 14 February 2024, and the 2023/24 satisfaction results, which were referred to on site but could not then be shown. The Lead Assessor has reviewed them.</p>
<p>Element 1.3.4 (satisfaction targets) is re-rated from Partial Compliance to Compliance. The judgement in section 5 and the summary in sections 3 and 4 should be read with this addendum. No other rating changes.</p>
<p>Revised summary of results:</p>
{summary_table(BY, (3, 53, 1, 0))}
<p>Revised totals: 3 Compliance Plus, 53 Compliance, 1 Partial Compliance, 0 Non-Compliance. The remaining partial compliance is 3.3.2.</p>
<p>The certification decision was made on 7 May 2024 by Philip Dunmore, Certification Manager, SGS United Kingdom Ltd, on the basis of the report as amended by this addendum.</p>
</body></html>
'''
write('adopt-northvale-2024-initial.html', html)
