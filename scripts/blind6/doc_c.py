# ottersford-homes-2023-review: Centre for Assessment first annual review of a housing association
# that assessed a SAMPLE of 15 elements. The element table lists ONLY the 15 sampled elements; a
# sentence says the other 42 were not assessed. Counts of the sample in one sentence. Visit given
# as "w/c 12 June 2023" with the days on site in brackets. Markdown too: MultiMarkdown metadata
# block at the top and a MultiMarkdown table with a [caption].
from common import *
SAMPLE = ['1.1.2', '1.2.1', '1.3.3', '1.3.4', '2.1.2', '2.1.5', '2.2.4', '3.2.2', '3.3.3', '4.1.1',
          '4.2.3', '4.3.4', '5.1.1', '5.2.2', '5.3.2']
assert len(SAMPLE) == 15
CP = ['1.2.1', '4.3.4']
PC = ['5.2.2']
R = {c: ('CP' if c in CP else 'PC' if c in PC else 'C') for c in SAMPLE}
v = list(R.values())
assert (v.count('CP'), v.count('C'), v.count('PC'), v.count('NC')) == (2, 12, 1, 0)
WORD = {'CP': 'Compliance Plus', 'C': 'Compliance', 'PC': 'Partial Compliance', 'NC': 'Non-Compliance'}
COMMENT = {
 '1.1.2': 'Tenancy profiles are refreshed at every visit and the insight is used to plan estate services.',
 '1.2.1': 'The engagement strategy offers eleven ways to take part, from the Scrutiny Panel to "Walkabout Wednesdays"; 14% of tenants took part in 2022/23. Exceptional for a landlord of this size.',
 '1.3.3': 'The STAR survey has been supplemented with questions on repairs timeliness and on the contact centre.',
 '1.3.4': 'Targets are now set for every service; satisfaction with repairs rose from 81% to 86%. Partial at the initial assessment, now compliant.',
 '2.1.2': 'The Board\'s strategy cites tenant insight; priorities for 2023/24 were set from the survey.',
 '2.1.5': 'Interview rooms at the Ottersford office are private; data-protection training is at 98%.',
 '2.2.4': 'Staff can book repairs and award goodwill payments without referral.',
 '3.2.2': 'Letters were reviewed against the plain English checklist in 2022.',
 '3.3.3': 'The new reception has a hearing loop and the website meets WCAG 2.1 AA. Partial at the initial assessment, now compliant.',
 '4.1.1': 'Service standards for repairs, lettings and anti-social behaviour are published and were agreed with the Scrutiny Panel.',
 '4.2.3': 'The association shows what happens when standards are not met (e.g. a repairs re-visit within 48 hours).',
 '4.3.4': 'Complaints are handled at one stage wherever possible and the learning is reported to the Board quarterly with named actions; the Housing Ombudsman self-assessment was published in full. Outstanding practice.',
 '5.1.1': 'Timeliness standards exist for every main contact channel.',
 '5.2.2': 'Calls are answered quickly but e-mails to the neighbourhood teams are not monitored against the five-day standard; in a sample of 20, six were answered late. See paragraph 4.5.4 of the association\'s Customer Contact Policy, which sets the standard.',
 '5.3.2': 'Performance is benchmarked with HouseMark and the results are shared with tenants.',
}

def table():
    out = ['<table class="e"><tr><th style="width:9%">Element</th><th style="width:30%">Requirement (abridged)</th><th style="width:15%">Rating</th><th>Assessor comment</th></tr>']
    for c in SAMPLE:
        out.append(f'<tr><td>{c}</td><td>{short(c, 80)}</td><td>{WORD[R[c]]}</td><td>{COMMENT[c]}</td></tr>')
    out.append('</table>')
    return '\n'.join(out)

INTRO = ('Ottersford Homes owns and manages 6,300 homes in Ottersford and the Axe valley. It achieved Customer Service Excellence at its initial assessment in June 2022, '
         'when the result was 3 Compliance Plus, 52 Compliance and 2 Partial Compliance (1.3.4 and 3.3.3).')
SCOPE = ('As is usual at an annual review, a sample of elements was assessed: the two elements that were partial in 2022, two of the three elements that were Compliance Plus in 2022, '
         'and a selection of others agreed at the planning call. Fifteen elements were assessed. The other 42 elements were not assessed at this visit and are not rated in this report; '
         'they will be sampled at the second annual review or at the reassessment. 2.1.4, rated Compliance Plus in 2022, was not in this year\'s sample.')
RESULT = ('Of the 15 elements assessed, 2 were rated Compliance Plus, 12 Compliance and 1 Partial Compliance. No element was non-compliant. '
          'Both partial compliances from 2022 have been cleared.')

html = f'''<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Ottersford Homes – Customer Service Excellence – Annual Review 1 – June 2023</title>
<style>
@page {{ size: A4; margin: 20mm; }}
body {{ font-family: Georgia, "DejaVu Serif", serif; font-size: 10pt; }}
h1 {{ font-size: 16pt; color: #4b2e83; }}
h2 {{ font-size: 12pt; color: #4b2e83; }}
table.e, table.f {{ border-collapse: collapse; width: 100%; }}
table.e td, table.e th {{ border: 1px solid #aaa; padding: 3px 5px; font-size: 9pt; vertical-align: top; }}
table.e th {{ background: #ece6f5; text-align: left; }}
table.f td {{ padding: 2px 6px; }}
</style></head>
<body>
<p style="font-size:9pt;color:#4b2e83">Centre for Assessment &middot; Customer Service Excellence</p>
<h1>Annual Review Report (Year 1)</h1>
<table class="f">
<tr><td style="width:30%"><b>Organisation</b></td><td>Ottersford Homes</td></tr>
<tr><td><b>Review</b></td><td>First annual review following initial assessment (June 2022)</td></tr>
<tr><td><b>Date of review</b></td><td>w/c 12 June 2023 (on site Tuesday 13 and Wednesday 14 June)</td></tr>
<tr><td><b>Assessor</b></td><td>Rukhsana Begum</td></tr>
<tr><td><b>Organisation contact</b></td><td>Declan Farrow, Head of Customer Experience</td></tr>
<tr><td><b>Report date</b></td><td>3 July 2023</td></tr>
<tr><td><b>Outcome</b></td><td>Continued certification</td></tr>
</table>

<h2>1. Background</h2>
<p>{INTRO}</p>

<h2>2. Scope of this review</h2>
<p>{SCOPE}</p>

<h2>3. Result</h2>
<p>{RESULT}</p>

<h2>4. Elements assessed at this review</h2>
{table()}

<h2>5. Next steps</h2>
<p>Please send an action plan for 5.2.2 within 28 days. The second annual review will be in w/c 10 June 2024.</p>
<p>Rukhsana Begum<br>Assessor, Centre for Assessment</p>
</body></html>
'''
write('ottersford-homes-2023-review.html', html)

# Markdown: MultiMarkdown metadata block, MultiMarkdown table with a caption
md = ['Title:        Ottersford Homes - Annual Review Report (Year 1)',
      'Author:       Rukhsana Begum, Centre for Assessment',
      'Date:         3 July 2023',
      'Organisation: Ottersford Homes',
      'Review:       First annual review following initial assessment (June 2022)',
      'Visit:        w/c 12 June 2023 (on site Tuesday 13 and Wednesday 14 June)',
      'Contact:      Declan Farrow, Head of Customer Experience',
      'Outcome:      Continued certification',
      '',
      '# Annual Review Report (Year 1) #', '',
      'Centre for Assessment - Customer Service Excellence', '',
      '## 1. Background ##', '', INTRO, '',
      '## 2. Scope of this review ##', '', SCOPE, '',
      '## 3. Result ##', '', RESULT, '',
      '## 4. Elements assessed at this review ##', '',
      '| Element | Requirement (abridged) | Rating | Assessor comment |',
      '| ------- | ---------------------- | ------ | ---------------- |']
for c in SAMPLE:
    md.append(f'| {c} | {short(c, 60)} | {WORD[R[c]]} | {COMMENT[c]} |')
md += ['[Table 1: the 15 sampled elements]', '',
       '## 5. Next steps ##', '', 'Please send an action plan for 5.2.2 within 28 days. The second annual review will be in w/c 10 June 2024.', '',
       'Rukhsana Begum  ', 'Assessor, Centre for Assessment', '']
write('ottersford-homes-2023-review.md', '\n'.join(md))
