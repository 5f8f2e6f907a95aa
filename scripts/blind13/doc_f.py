# tamesbury-youth-justice-2024-review: Centre for Assessment Annual Review 1 (-> review-1) of a
# borough council's Youth Justice Service, 2024, written in a WORD TEMPLATE BUILT OF CONTENT
# CONTROLS and issued with the UNFILLED CONTROLS STILL SHOWING THEIR PLACEHOLDER TEXT (grey): the
# rating of every element is a drop-down whose value is shown for the 20 elements sampled at this
# review and "Choose an item." for the 37 not assessed; unfilled text fields read "Click or tap
# here to enter text." (co-assessor, technical reviewer, the whole per-criterion table, the
# Non-Compliance cell of the profile table) and unfilled date pickers "Click or tap to enter a
# date." (document review). The review assessed 20 elements (2 C+, 16 C, 2 PC); the other 37 are
# not rated. Traps: the 2023 initial assessment's partials (1.3.2, 4.1.3, now Compliance); the
# placeholder NC cell (no count stated); the per-criterion table of placeholders only; "Next visit:
# Choose an item."; reoffending rate 31.2%, 118 children, 64 "first-time entrants".
from common import *
SAMPLE = ['1.1.1', '1.1.3', '1.2.2', '1.3.2', '1.3.4', '2.1.1', '2.2.2', '2.2.5', '3.2.1', '3.2.3', '3.3.1', '3.4.1',
          '4.1.3', '4.2.1', '4.3.1', '4.3.3', '4.3.4', '5.1.1', '5.2.4', '5.3.2']
assert len(SAMPLE) == 20
CP = ['1.1.3', '3.4.1']
PC = ['1.3.4', '4.3.4']
FULL = ratings(cp=CP, pc=PC)
R = {c: FULL[c] for c in SAMPLE}
assert counts(R) == (2, 16, 2, 0)
TXT = '<span class="ph">Click or tap here to enter text.</span>'
DATE = '<span class="ph">Click or tap to enter a date.</span>'
ITEM = '<span class="ph">Choose an item.</span>'
COMMENT = {
 '1.1.1': 'Profiles of the 118 children worked with in 2023&ndash;24 are analysed by age, ethnicity, care status and school status.',
 '1.1.3': 'Outstanding work to reach children excluded from school and their families, including the &ldquo;Kitchen Table&rdquo; home visits and a Gypsy and Traveller liaison worker.',
 '1.2.2': 'The Youth Voice group shaped the new reparation projects; results are fed back in the &ldquo;You Said&rdquo; leaflet.',
 '1.3.2': 'Partial Compliance at the initial assessment. Satisfaction of children, parents and victims is now analysed and published, with changes made. Now Compliance.',
 '1.3.4': 'Targets for satisfaction are set only for victims; children&rsquo;s and parents&rsquo; levels have no target.',
 '2.1.1': 'The Head of Service and the Youth Justice Management Board champion a child-first approach.',
 '2.2.2': 'Children and parents described staff as respectful and patient.',
 '2.2.5': 'Staff contributions are recognised at the quarterly practice days.',
 '3.2.1': 'Information for children is produced with them, in plain English, video and Polish.',
 '3.2.3': 'Letters to victims were rewritten in 2024 with the Victim Support panel.',
 '3.3.1': 'Appointments at the Hub, at school, at home or by video.',
 '3.4.1': 'Joint working with the police, CAMHS, the speech and language service and the Youth Offer partners is exemplary: one plan per child, shared across agencies.',
 '4.1.3': 'Partial Compliance at the initial assessment. Standards were reviewed in 2024 with the Youth Voice group and the Board. Now Compliance.',
 '4.2.1': 'Performance against the national key performance indicators is reported to the Board each quarter.',
 '4.3.1': 'Problems are identified quickly through case audit and feedback.',
 '4.3.3': 'Complaints procedure in an accessible version for children.',
 '4.3.4': 'Learning from complaints is not yet shared with the partner agencies that deliver parts of the service.',
 '5.1.1': 'Standards for first contact (within five working days of a court order) are set and published.',
 '5.2.4': 'Where appointments must be moved, children are offered another within the week.',
 '5.3.2': 'Performance against the timeliness standards is monitored and 93% were met in 2023&ndash;24.',
}
assert set(COMMENT) == set(SAMPLE)
CSS = '''
@page { size: A4; margin: 18mm 16mm; }
body { font-family: Arial, "Liberation Sans", sans-serif; font-size: 10pt; color: #1a1a1a; }
h1 { font-size: 20pt; color: #00558c; margin-top: 30mm; }
h2 { font-size: 12.5pt; color: #00558c; margin-top: 16px; }
h3 { font-size: 10.5pt; margin: 12px 0 4px 0; }
p { margin: 0 0 7px 0; line-height: 1.4; }
table { border-collapse: collapse; }
td, th { border: 1px solid #9fb7c9; padding: 3px 5px; vertical-align: top; text-align: left; font-size: 9pt; }
th { background: #dbe8f2; }
.ph { color: #808080; }
.pb { page-break-after: always; }
'''
KEY = [('Organisation', 'Tamesbury Borough Council &ndash; Youth Justice Service'),
       ('Assessment type', 'Annual Review 1'),
       ('Lead assessor', 'Sunita Varghese-Laird'),
       ('Co-assessor', TXT),
       ('Technical reviewer', TXT),
       ('Document review date', DATE),
       ('Visit date(s)', '01/10/2024 &ndash; 02/10/2024'),
       ('Report date', '18/10/2024'),
       ('Overall recommendation', 'Continued certification'),
       ('Next visit', ITEM)]
def el_tables():
    out = []
    for k in '12345':
        rows = ''.join(f'<tr><td>{c}</td><td>{short(c, 75)}</td><td>{WORD[R[c]] if c in R else ITEM}</td><td>{COMMENT.get(c, "")}</td></tr>' for c in CODES if c[0] == k)
        out.append(f'<h3>Criterion {k}: {CRIT[k]}</h3><table width="100%"><tr><th width="7%">Element</th><th width="36%">Requirement</th>'
                   f'<th width="17%">Rating this review</th><th>Evidence and comment</th></tr>{rows}</table>')
    return ''.join(out)
crit_ph = ''.join(f'<tr><td>{k}. {CRIT[k]}</td>' + ''.join(f'<td>{TXT}</td>' for _ in range(4)) + '</tr>' for k in '12345')
body = f'''
<div class="pb">
<p style="font-size:14pt;color:#00558c"><b>Centre for Assessment</b></p>
<h1>Customer Service Excellence<br>Assessment Report</h1>
<p style="font-size:14pt">Tamesbury Borough Council<br>Youth Justice Service</p>
<p>Annual Review 1 &middot; 18/10/2024</p>
<p style="margin-top:20mm;font-size:9pt">CfA reference: {TXT}</p>
</div>
<h2>1. Key information</h2>
<table width="100%">{''.join(f'<tr><td width="32%"><b>{a}</b></td><td>{b}</td></tr>' for a, b in KEY)}</table>
<h2>2. Summary of this review</h2>
<p>Tamesbury Youth Justice Service works with children aged 10 to 17 who have offended or are at risk of offending, their families and the victims of their offences. It worked with 118 children in 2023&ndash;24; there were 64 first-time entrants to the youth justice system and the reoffending rate was 31.2%. The Service was first certified after its initial assessment in September 2023.</p>
<p>At this first annual review I assessed a sample of 20 elements, chosen to include the two elements that were partially compliant at the initial assessment (1.3.2 and 4.1.3) and the areas the Service has changed most. Both former partial compliances are now met. Two elements were rated Compliance Plus (1.1.3 and 3.4.1) and two Partial Compliance (1.3.4 and 4.3.4). Elements not in the sample were not assessed at this review and show no rating in section 4.</p>
<h3>Profile of the elements assessed at this review</h3>
<table width="90%"><tr><th>Compliance Plus</th><th>Compliance</th><th>Partial Compliance</th><th>Non-Compliance</th><th>Elements assessed</th></tr>
<tr><td>2</td><td>16</td><td>2</td><td>{TXT}</td><td>20</td></tr></table>
<h3>Profile by criterion</h3>
<table width="100%"><tr><th>Criterion</th><th>Compliance Plus</th><th>Compliance</th><th>Partial Compliance</th><th>Non-Compliance</th></tr>{crit_ph}</table>
<h2>3. Areas for development</h2>
<p>Set targets for the satisfaction of children and parents as well as victims, and report progress against them (1.3.4). Share the learning from complaints with the partner agencies that deliver parts of the service, and agree how they will act on it (4.3.4).</p>
<h2 style="page-break-before:always">4. Element ratings</h2>
{el_tables()}
<h2>5. Declaration</h2>
<p>Lead assessor: Sunita Varghese-Laird &nbsp; Date: 18/10/2024<br>Technical reviewer: {TXT} &nbsp; Date: {DATE}</p>
'''
STEM = 'tamesbury-youth-justice-2024-review'
if __name__ == '__main__':
    write(STEM + '.html', page('CSE Assessment Report – Tamesbury Youth Justice Service – Annual Review 1 – 2024', CSS, body))
