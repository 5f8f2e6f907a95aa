# lydmouth-libraries-2021-initial: Centre for Assessment initial; Non-compliant / Not met; Markdown
# exported by another tool (setext headings, HTML tables inside Markdown)
from common import *
NOTMET = [('4.3.6', 'Not met', 'There is no follow-up with complainants whose complaints are upheld; the service could not show that outcomes were satisfactory for any complainant in the last year.')]
PART = [('1.3.4', 'Partial', 'Targets for satisfaction exist for the library service but not for archives and local studies, and levels fell in 2020–21.'),
        ('4.2.3', 'Partial', 'Benchmarking is limited to CIPFA statistics and has not led to changes.'),
        ('4.3.4', 'Partial', 'Complaints are logged but patterns are not analysed and no action is publicised; this also affects 4.3.6.'),
        ('5.3.3', 'Partial', 'No comparison of timeliness with other library services.')]
PLUS = [('3.3.1', 'Compliance Plus', 'Seven-day access through the Open+ technology at eleven branches, the home library service and the mobile library, shaped with users.'),
        ('3.4.3', 'Compliance Plus', 'The service is at the heart of its communities: warm spaces, digital buddies, the Lydmouth Reads festival.')]
SCORES = [(0, 1, 10, 0), (0, 0, 11, 0), (0, 0, 10, 2), (1, 2, 10, 0), (0, 1, 9, 0)]  # NC, PC, C, CP

def html_score():
    h = ['<table border="1" cellpadding="3"><thead><tr><th>Criterion</th><th>Non-compliant</th><th>Partial</th><th>Full</th><th>Compliance Plus</th></tr></thead><tbody>']
    for i, (nc, pc, c, cp) in enumerate(SCORES):
        h.append(f'<tr><td>{i + 1}. {CRIT[str(i + 1)]}</td><td>{nc}</td><td>{pc}</td><td>{c}</td><td>{cp}</td></tr>')
    h.append('<tr><td><strong>All criteria</strong></td><td><strong>1</strong></td><td><strong>4</strong></td><td><strong>50</strong></td><td><strong>2</strong></td></tr></tbody></table>')
    return '\n'.join(h)

def html_list():
    h = ['<table border="1" cellpadding="3"><thead><tr><th>Element</th><th>Outcome</th><th>Assessor comment</th></tr></thead><tbody>']
    for code, o, why in NOTMET + PART + PLUS:
        h.append(f'<tr><td>{code}</td><td>{o}</td><td>{why}</td></tr>')
    h.append('</tbody></table>')
    return '\n'.join(h)

INTRO = '''Lydmouth Libraries and Archives is part of Lydmouth County Council's Communities Directorate. It runs 19 branch libraries, a mobile library, the home library service and the county record office. This was its first application for Customer Service Excellence. Because of continuing coronavirus precautions the assessment was carried out partly on site and partly by video call, over three days, 2–4 November 2021.

The assessors spoke with 41 staff and volunteers, 26 library users, the Friends of Lydmouth Libraries and five partners, and visited the Central Library, the record office and four branches.'''

OUTCOME = '''The service has not yet met the requirements of the standard. One element was not met (non-compliant) and the number of partial compliances in criterion 4 (two) is within tolerance, but a non-compliance prevents certification. We recommend that the service addresses 4.3.6 and 4.3.4 and asks for a further visit within six months, at which only the elements not fully met will be reassessed.'''

KEY = 'Key: Full = full compliance; Partial = partial compliance; Not met = non-compliant; Compliance Plus = exceeds the standard. Every element not listed below was rated Full.'

CRITS = '''The service knows its users well, using Library Management System data, the 2019 user survey and the county's community profiles. It has improved its consultation, using the Friends groups and a young people's panel. Satisfaction targets need extending to the archives.

Staff are proud of the service and warmly welcoming. The leadership team is visible; customer care training was refreshed in 2021.

Access is outstanding, with Open+ giving extended hours and the home library service reaching 1,200 housebound readers. Community work is exceptional.

Standards are published but benchmarking is weak, and complaints handling does not close the loop with complainants; this is the main reason for the outcome.

Timeliness standards are set and largely met; comparison with others is missing.'''

def paras(t):
    return '\n'.join(f'<p>{p}</p>' for p in t.split('\n\n'))

html = f'''<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Lydmouth Libraries and Archives – CSE Initial Assessment</title>
<style>body {{ font-family: "Segoe UI", "DejaVu Sans", sans-serif; font-size: 10pt; }} table {{ border-collapse: collapse; margin: 6px 0; }} td, th {{ font-size: 9.5pt; }} h1 {{ font-size: 17pt; }} h2 {{ font-size: 13pt; }}</style></head>
<body>
<p>Centre for Assessment · Customer Service Excellence</p>
<h1>Initial Assessment Report</h1>
<p><b>Lydmouth Libraries and Archives</b> (Lydmouth County Council)</p>
<ul>
<li>Assessment: Initial assessment (first application)</li>
<li>Visit: 2–4 November 2021 (blended: on site and remote)</li>
<li>Assessor: Olu Adebayo-Clarke</li>
<li>Co-assessor: Fiona McTavish</li>
<li>Date of report: 19 November 2021</li>
</ul>
<h2>Introduction</h2>
{paras(INTRO)}
<h2>Outcome</h2>
{paras(OUTCOME)}
<h2>Scores by criterion</h2>
{html_score()}
<h2>Elements not fully met, and Compliance Plus</h2>
<p>{KEY}</p>
{html_list()}
<h2>Criterion commentary</h2>
{paras(CRITS)}
<h2>Next steps</h2>
<p>Centre for Assessment will contact the service to arrange the further visit. Once certified, the first annual review would be due twelve months after the certification date.</p>
<p><small>Report generated from the Centre for Assessment online reporting system. Lydmouth Libraries and Archives – Initial – 19/11/2021.</small></p>
</body></html>
'''
write('lydmouth-libraries-2021-initial.html', html)

md = f'''Centre for Assessment · Customer Service Excellence

Initial Assessment Report
=========================

**Lydmouth Libraries and Archives** (Lydmouth County Council)

- Assessment: Initial assessment (first application)
- Visit: 2–4 November 2021 (blended: on site and remote)
- Assessor: Olu Adebayo-Clarke
- Co-assessor: Fiona McTavish
- Date of report: 19 November 2021

Introduction
------------

{INTRO}

Outcome
-------

{OUTCOME}

Scores by criterion
-------------------

{html_score()}

Elements not fully met, and Compliance Plus
-------------------------------------------

{KEY}

{html_list()}

Criterion commentary
--------------------

{CRITS}

Next steps
----------

Centre for Assessment will contact the service to arrange the further visit. Once certified, the first annual review would be due twelve months after the certification date.

<small>Report generated from the Centre for Assessment online reporting system. Lydmouth Libraries and Archives – Initial – 19/11/2021.</small>
'''
write('lydmouth-libraries-2021-initial.md', md)
