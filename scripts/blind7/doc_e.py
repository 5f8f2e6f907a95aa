# ashwell-vale-water-2014-review: G4S Assessment Services second annual review of a water company.
# The compliant elements are given ONLY AS RANGES of codes in a "Compliance against the standard"
# table, one row per rating ("1.1.1 – 1.3.4; 2.1.1 – 2.2.3 and 2.2.5; all of Criterion 3 except
# 3.3.1; 4.1.1 – 4.3.1 and 4.3.3 – 4.3.6; 5.1.1 to 5.3.2"), with a Number column; a range also
# crosses sub-criteria (4.1.1 – 4.3.1). C+ and PC in a justification table. Ranges in the narrative
# are evidence references, and last year's partials were "2.2.4 and 5.3.1 – 5.3.3". Markdown too:
# hard-wrapped paragraphs and pandoc MULTILINE tables (dashed rules, no pipes).
import textwrap
from common import *
CP = ['1.3.5', '3.3.1', '4.3.2']
PC = ['2.2.4', '5.3.3']
R = ratings(cp=CP, pc=PC)
assert counts(R) == (3, 52, 2, 0)
BY = {'1': (1, 10, 0, 0), '2': (0, 10, 1, 0), '3': (1, 11, 0, 0), '4': (1, 12, 0, 0), '5': (0, 9, 1, 0)}
for k, v in BY.items():
    assert counts(R, k) == v, k

def rng(a, b):
    i, j = CODES.index(a), CODES.index(b)
    return CODES[i:j + 1]
C_LIST = (rng('1.1.1', '1.3.4') + rng('2.1.1', '2.2.3') + ['2.2.5'] + [c for c in CODES if c.startswith('3.') and c != '3.3.1']
          + rng('4.1.1', '4.3.1') + rng('4.3.3', '4.3.6') + rng('5.1.1', '5.3.2'))
assert sorted(C_LIST) == sorted(c for c in CODES if R[c] == 'C') and len(C_LIST) == 52
C_TEXT = '1.1.1 – 1.3.4; 2.1.1 – 2.2.3 and 2.2.5; all of Criterion 3 except 3.3.1; 4.1.1 – 4.3.1 and 4.3.3 – 4.3.6; 5.1.1 to 5.3.2'
RANGES = [('Compliance Plus', '1.3.5, 3.3.1, 4.3.2', 3), ('Compliance', C_TEXT, 52), ('Partial Compliance', '2.2.4, 5.3.3', 2), ('Non-Compliance', 'None', 0)]

KEY = [('Assessor Name', 'Sunita Mistry-Hall'), ('Assessment Type', 'Annual Review Year 2'), ('Project Number', 'PN61207'),
       ('Client ID', 'C10942'), ('Organisation', 'Ashwell Vale Water Ltd'), ('Visit Date', '14th October 2014 (and the morning of 15th October at Ashwell treatment works)'),
       ('Report Date', '3rd November 2014'), ('Client Contact', 'Graham Petrie, Head of Customer Experience')]
INTRO = ['Ashwell Vale Water Ltd supplies drinking water to 410,000 customers in Ashwell Vale and the Mardon hills. It was first certified to Customer Service Excellence in October 2012 and this is the second annual review of its first cycle; the reassessment is due in autumn 2015.',
         'The Company\'s updated self-assessment and evidence were reviewed in Spring 2014 as part of the planning for this visit, and the agenda was agreed with the Head of Customer Experience in September.']
METHOD = 'This was a one-and-a-half-day review. The assessor interviewed 29 staff (including the Chief Executive and the Director of Customer Services), six customers, two representatives of the Consumer Council for Water and a housing association partner, and observed the contact centre and a planned-interruption briefing at Ashwell treatment works. All 57 elements of the Standard were reviewed.'
PREV = 'At the first annual review in October 2013 the Company had partial compliance in 2.2.4 and in 5.3.1 – 5.3.3, and Compliance Plus in 1.3.5 and 4.3.2. Three of those partials have been cleared: 2.2.4 and 5.3.3 remain partial.'
STRENGTHS = ['Customer research that leads directly to changes in how customers are treated, for example the redesigned supply-interruption text alerts (1.3.5).',
             'An unusually wide range of ways to reach the Company, each evaluated, including the video-relay service for deaf customers and text alerts in eleven languages (3.3.1, 3.3.2).',
             'Complaint handling that customers describe as "easy and human"; written complaints fell by 31% in two years (4.3.2, 4.3.4).',
             'Satisfaction measurement (1.3.1 – 1.3.3) is robust and benchmarked through the regulator\'s SIM survey.']
IMPROVE = ['Front-line staff\'s ideas are collected but rarely reach process owners (2.2.4).',
           'Timeliness compared with other water companies: the Company sits in the lower half of the industry for written complaints answered in ten days (5.3.3).',
           'The published standards for developer services (4.1.1 – 4.1.3) are met, but are less ambitious than the standards for household customers.']
WHY = [('1.3.5', 'Compliance Plus', 'The customer-journey work on supply interruptions, led from SIM and complaint analysis, has cut repeat contacts during planned work by 44% and has been adopted by two neighbouring companies.'),
       ('3.3.1', 'Compliance Plus', 'Customers can reach the Company by telephone, web chat, social media, a video-relay service for BSL users, text and in person at two offices; the channels were designed with the Customer Panel and are open until 10pm.'),
       ('4.3.2', 'Compliance Plus', 'The complaints procedure is simple, every complainant is called within one working day, and the Company\'s performance in the regulator\'s complaint statistics is in the top three of the industry (see also 4.3.4).'),
       ('2.2.4', 'Partial Compliance', 'A suggestion scheme exists but only 12 of 140 suggestions in 2013/14 were answered, and contact-centre staff could not name a process that had changed because of their ideas.'),
       ('5.3.3', 'Partial Compliance', 'Timeliness for telephone contact compares well, but for written complaints the Company is 14th of 21 in the industry league table and has not set out how it will improve.')]

def crit_rows():
    return [(f'{k}. {CRIT[k]}', sum(BY[k])) + BY[k] for k in '12345']

html = f'''<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Ashwell Vale Water Ltd – Customer Service Excellence Annual Review Year 2 – October 2014</title>
<style>
@page {{ size: A4; margin: 20mm; }}
body {{ font-family: Arial, "Liberation Sans", sans-serif; font-size: 10pt; }}
h1 {{ font-size: 18pt; color: #e10019; margin-top: 35mm; }}
h2 {{ font-size: 12.5pt; color: #333; margin-top: 16px; }}
table {{ border-collapse: collapse; }}
table.k td, table.j td, table.j th, table.r td, table.r th, table.s td, table.s th {{ border: 1px solid #888; padding: 3px 6px; font-size: 9.5pt; vertical-align: top; }}
table.j th, table.r th, table.s th {{ background: #ececec; text-align: left; }}
table.s td.n {{ text-align: center; }}
.pb {{ page-break-after: always; }}
</style></head>
<body>
<div class="pb">
<p style="font-size:9pt">Commercial in Confidence</p>
<p style="font-size:11pt;color:#e10019"><b>G4S Assessment Services</b></p>
<h1>Customer Service Excellence<br>Annual Review Report</h1>
<table class="k" style="width:85%;margin-top:10mm">
<tr><td style="width:40%">Organisation / Service Assessed:</td><td>Ashwell Vale Water Ltd</td></tr>
<tr><td>Prepared by CSE Assessor:</td><td>Sunita Mistry-Hall</td></tr>
<tr><td>Report Type:</td><td>Annual Review Year 2</td></tr>
</table>
<p style="margin-top:60mm;font-size:8.5pt">Customer Service Excellence is a trade mark of the Cabinet Office and is used under licence.</p>
</div>
<div class="pb">
<h2>Contents</h2>
<p>1. Key Information<br>2. Introduction and Background<br>3. Methodology<br>4. Summary of Strengths<br>5. Areas for Continuous Improvement<br>6. Compliance Plus and Partial Compliance<br>7. Compliance against the Customer Service Excellence Standard<br>8. Conclusion and Recommendation</p>
</div>
<h2>1. Key Information</h2>
<table class="k" style="width:100%">
''' + ''.join(f'<tr><td style="width:30%"><b>{a}</b></td><td>{b}</td></tr>' for a, b in KEY) + '''
</table>
<h2>2. Introduction and Background</h2>
''' + ''.join(f'<p>{p}</p>' for p in INTRO) + f'''
<p>{PREV}</p>
<h2>3. Methodology</h2>
<p>{METHOD}</p>
<h2>4. Summary of Strengths</h2>
<p>Reference is made to the element in brackets.</p>
<ul>''' + ''.join(f'<li>{p}</li>' for p in STRENGTHS) + '''</ul>
<h2>5. Areas for Continuous Improvement</h2>
<ul>''' + ''.join(f'<li>{p}</li>' for p in IMPROVE) + '''</ul>
<h2>6. Compliance Plus and Partial Compliance</h2>
<table class="j" style="width:100%"><tr><th style="width:9%">Element</th><th style="width:18%">Rating</th><th>Assessor\'s justification</th></tr>
''' + ''.join(f'<tr><td>{c}</td><td>{r}</td><td>{t}</td></tr>' for c, r, t in WHY) + '''
</table>
<h2>7. Compliance against the Customer Service Excellence Standard</h2>
<p>The table below lists the elements at each level of compliance. A range such as &ldquo;1.1.1 &ndash; 1.3.4&rdquo; includes every element from the first to the last in the order of the Standard.</p>
<table class="r" style="width:100%"><tr><th style="width:20%">Level of compliance</th><th>Elements</th><th style="width:10%">Number</th></tr>
''' + ''.join(f'<tr><td>{a}</td><td>{b}</td><td>{n}</td></tr>' for a, b, n in RANGES) + '''
<tr><td><b>Total</b></td><td>&nbsp;</td><td><b>57</b></td></tr></table>
<p></p>
<table class="s" style="width:100%"><tr><th>Criterion</th><th>Elements</th><th>Compliance Plus</th><th>Compliance</th><th>Partial Compliance</th><th>Non-Compliance</th></tr>
''' + ''.join('<tr><td>' + r[0] + '</td>' + ''.join(f'<td class="n">{x}</td>' for x in r[1:]) + '</tr>' for r in crit_rows()) + '''
</table>
<h2>8. Conclusion and Recommendation</h2>
<p>Ashwell Vale Water continues to meet the requirements of the Customer Service Excellence Standard and it is recommended that certification continues. The reassessment is due in October 2015; the Company has said it aims for five Compliance Plus ratings and no partial compliance by then.</p>
<p>Sunita Mistry-Hall, CSE Assessor, G4S Assessment Services &ndash; 3rd November 2014</p>
</body></html>
'''
write('ashwell-vale-water-2014-review.html', html)

# Markdown: hard-wrapped paragraphs, pandoc multiline tables.
def wrap(p, w=72):
    return textwrap.fill(p, w)

def multiline(headers, widths, rows):
    total = sum(widths) + len(widths) - 1
    out = ['-' * total]
    out.append(' '.join(h.ljust(w) for h, w in zip(headers, widths)).rstrip())
    out.append(' '.join('-' * w for w in widths))
    for row in rows:
        cols = [textwrap.wrap(str(x), w) or [''] for x, w in zip(row, widths)]
        n = max(len(c) for c in cols)
        for i in range(n):
            out.append(' '.join((c[i] if i < len(c) else '').ljust(w) for c, w in zip(cols, widths)).rstrip())
        out.append('')
    out[-1] = '-' * total
    return out

md = ['Commercial in Confidence', '', '**G4S Assessment Services**', '',
      'Customer Service Excellence Annual Review Report', '=================================================', '',
      'Organisation / Service Assessed: Ashwell Vale Water Ltd  ', 'Prepared by CSE Assessor: Sunita Mistry-Hall  ', 'Report Type: Annual Review Year 2', '',
      '1\\. Key Information', '-------------------', '']
md += multiline(['Field', 'Detail'], [20, 50], KEY) + ['']
md += ['2\\. Introduction and Background', '-------------------------------', '']
for p in INTRO + [PREV]:
    md += [wrap(p), '']
md += ['3\\. Methodology', '---------------', '', wrap(METHOD), '',
       '4\\. Summary of Strengths', '------------------------', '', 'Reference is made to the element in brackets.', '']
for p in STRENGTHS:
    md += [textwrap.fill(p, 72, initial_indent='1) ', subsequent_indent='   ')]
md += ['', '5\\. Areas for Continuous Improvement', '-----------------------------------', '']
for p in IMPROVE:
    md += [textwrap.fill(p, 72, initial_indent='1) ', subsequent_indent='   ')]
md += ['', '6\\. Compliance Plus and Partial Compliance', '-----------------------------------------', '']
md += multiline(['Element', 'Rating', "Assessor's justification"], [8, 19, 44], WHY) + ['']
md += ['7\\. Compliance against the Customer Service Excellence Standard', '---------------------------------------------------------------', '',
       wrap('The table below lists the elements at each level of compliance. A range such as "1.1.1 – 1.3.4" includes every element from the first to the last in the order of the Standard.'), '']
md += multiline(['Level of compliance', 'Elements', 'Number'], [19, 44, 7], RANGES + [('Total', '', 57)]) + ['']
md += multiline(['Criterion', 'Elements', 'C+', 'C', 'PC', 'NC'], [30, 8, 4, 4, 4, 4], crit_rows()) + ['']
md += ['8\\. Conclusion and Recommendation', '--------------------------------', '',
       wrap('Ashwell Vale Water continues to meet the requirements of the Customer Service Excellence Standard and it is recommended that certification continues. The reassessment is due in October 2015; the Company has said it aims for five Compliance Plus ratings and no partial compliance by then.'), '',
       'Sunita Mistry-Hall, CSE Assessor, G4S Assessment Services – 3rd November 2014', '']
write('ashwell-vale-water-2014-review.md', '\n'.join(md))
