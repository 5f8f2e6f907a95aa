# farrowdale-university-2023-closing-meeting: the lead assessor's CLOSING-MEETING SLIDE DECK of an
# SGS United Kingdom reassessment of a university's student services, exported to PDF: one 16:9
# slide per page, large titles, short bullets, a running slide footer with the date and slide
# number, "big number" tiles (the count on one line, its label under it), a per-criterion table,
# a 2020-vs-2023 comparison, C+ and PC as bullets with codes, "All other 49 elements: Compliance",
# and the warning that the findings are provisional until technical review and the written report
# follows. Markdown too: a MARP deck ("marp: true" front matter, slides split by "---", directives
# and presenter notes as HTML comments).
from common import *
CP = ['1.1.3', '1.3.5', '2.2.5', '3.2.1', '4.2.4', '5.2.3']
PC = ['1.2.3', '5.2.4']
R = ratings(cp=CP, pc=PC)
assert counts(R) == (6, 49, 2, 0)
BY = {'1': (2, 8, 1, 0), '2': (1, 10, 0, 0), '3': (1, 11, 0, 0), '4': (1, 12, 0, 0), '5': (1, 8, 1, 0)}
for k, v in BY.items():
    assert counts(R, k) == v, k
FOOT = 'SGS &nbsp;|&nbsp; CSE Reassessment &ndash; University of Farrowdale Student Services &nbsp;|&nbsp; Closing meeting 17/05/2023'
FOOT_MD = 'SGS | CSE Reassessment – University of Farrowdale Student Services | Closing meeting 17/05/2023'

CP_BULLETS = [
    ('1.1.3', 'Hard-to-reach groups', 'commuter-student, care-leaver and estranged-student networks, co-designed with students; 1,900 members'),
    ('1.3.5', 'Changes from customer experience', 'the "one front door" redesign came straight from journey mapping with 300 students'),
    ('2.2.5', 'Valuing staff', 'student-nominated "Unsung Hero" awards and a wellbeing offer staff describe as "real"'),
    ('3.2.1', 'Information that meets needs', 'every guide in accessible formats, BSL videos, and the app built with disabled students'),
    ('4.2.4', 'Learning from best practice', 'peer reviews with three universities; ideas adopted and evaluated'),
    ('5.2.3', 'Sharing information', 'consent-based case sharing across wellbeing, disability and money advice: students tell their story once'),
]
PC_BULLETS = [
    ('1.2.3', 'Reviewing engagement methods', 'methods not reviewed since 2020; postgraduates and part-time students under-represented'),
    ('5.2.4', 'Next steps and timescales', 'students referred on are not always told what happens next or how long it will take'),
]
STRENGTHS = ['Students are partners, not just respondents (1.1.3, 1.3.5)', 'A single, well-signed front door for every kind of enquiry (3.3.1, 5.2.2)',
             'Staff who feel valued and show it (2.2.5)', 'Information designed with the students who use it (3.2.1)']
DEVELOP = ['Review engagement methods with postgraduate and part-time students (1.2.3)', 'Tell students the next steps and likely timescales when they are referred on (5.2.4)',
           'Publish performance against the new response-time standards each term (5.3.2 – compliant, but could be stronger)']
NEXT = [('By Fri 2 June 2023', 'SGS technical review of the findings'), ('By Fri 9 June 2023', 'Full written report to the Director of Student Services'),
        ('Within 3 months', 'Action plan for 1.2.3 and 5.2.4'), ('w/c 13 May 2024', 'First annual review of the new cycle')]

def tiles(items):
    return '<table class="tiles"><tr>' + ''.join(f'<td><div class="big">{n}</div><div class="lab">{l}</div></td>' for n, l in items) + '</tr></table>'

def crit_table():
    out = ['<table class="t"><tr><th>Criterion</th><th>C+</th><th>C</th><th>PC</th><th>NC</th></tr>']
    for k in '12345':
        out.append(f'<tr><td>{k} {CRIT[k]}</td>' + ''.join(f'<td class="n">{x}</td>' for x in BY[k]) + '</tr>')
    out.append('<tr><td><b>Total</b></td>' + ''.join(f'<td class="n"><b>{x}</b></td>' for x in counts(R)) + '</tr></table>')
    return '\n'.join(out)

SLIDES = []
def slide(title, body, cls=''):
    n = len(SLIDES) + 1
    brk = ' style="page-break-before:always"' if n > 1 else ''
    SLIDES.append(f'<div class="slide {cls}">' + (f'<h2{brk}>{title}</h2>' if title else '') + body +
                  f'<div class="foot"><span>{FOOT}</span><span class="num">&nbsp; {n}</span></div></div>')

slide('', '''<p class="org">SGS</p>
<h1>Customer Service Excellence<br>Reassessment 2023</h1>
<p class="sub">University of Farrowdale &ndash; Student Services</p>
<p class="sub2">Closing meeting &middot; Wednesday 17 May 2023</p>
<p class="who">Josephine Larkworthy, Lead Assessor &middot; Tomasz Wierzbicki, Assessor<br>SGS United Kingdom Ltd</p>''', 'title')
slide('This afternoon', '''<ul><li>Thank you</li><li>How the visit went</li><li>Headline result</li><li>Compliance Plus</li><li>Partial Compliance</li><li>Strengths and areas for development</li><li>What happens next</li></ul>
<p class="warn">The findings in this presentation are provisional until SGS&rsquo;s technical review. The full written report will follow by Friday 9 June 2023.</p>''')
slide('The visit in numbers', tiles([('3', 'days on site<br>15&ndash;17 May 2023'), ('64', 'people met'), ('112', 'documents reviewed'), ('11', 'focus groups'), ('2', 'campuses')]) +
      '<p>Document review completed before the visit; on site at the City and Riverside campuses, Monday 15 to Wednesday 17 May 2023.</p>')
slide('Headline result', tiles([('6', 'Compliance Plus'), ('49', 'Compliance'), ('2', 'Partial Compliance'), ('0', 'Non-Compliance')]) +
      '<p class="rec">Recommendation: certification continues for a further three years (subject to technical review).</p>')
slide('By criterion', crit_table())
slide('Compliance Plus (6)', '<ul class="el">' + ''.join(f'<li><b>{c} {t}</b> &ndash; {d}</li>' for c, t, d in CP_BULLETS) + '</ul>')
slide('Partial Compliance (2)', '<ul class="el">' + ''.join(f'<li><b>{c} {t}</b> &ndash; {d}</li>' for c, t, d in PC_BULLETS) + '</ul>'
      '<p>Both are within the tolerance for their criterion.</p><p class="big2">All other 49 elements: Compliance</p>')
slide('Compared with 2020', '''<table class="t"><tr><th></th><th>2020 initial assessment (remote)</th><th>2023 reassessment</th></tr>
<tr><td>Compliance Plus</td><td class="n">4</td><td class="n">6</td></tr>
<tr><td>Compliance</td><td class="n">50</td><td class="n">49</td></tr>
<tr><td>Partial Compliance</td><td class="n">3</td><td class="n">2</td></tr>
<tr><td>Non-Compliance</td><td class="n">0</td><td class="n">0</td></tr></table>
<p>2020 partials: 1.2.3, 3.3.2, 5.2.4 &ndash; 3.3.2 cleared.</p>''')
slide('Key strengths', '<ul>' + ''.join(f'<li>{s}</li>' for s in STRENGTHS) + '</ul>')
slide('Areas for development', '<ul>' + ''.join(f'<li>{s}</li>' for s in DEVELOP) + '</ul>')
slide('What happens next', '<table class="t">' + ''.join(f'<tr><td style="width:30%"><b>{a}</b></td><td>{b}</td></tr>' for a, b in NEXT) + '</table>'
      '<p>Student Services&rsquo; own ambition: &ldquo;at least eight Compliance Plus by 2026&rdquo;.</p>')
slide('Thank you &ndash; questions?', '''<p>Josephine Larkworthy &ndash; Lead Assessor<br>Tomasz Wierzbicki &ndash; Assessor (15 and 16 May)</p>
<p>Your SGS certification coordinator: Dev Malhotra</p>''')

html = f'''<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>CSE Reassessment 2023 – Closing meeting – University of Farrowdale Student Services</title>
<style>
@page {{ size: 297mm 167mm; margin: 0; }}
body {{ margin: 0; font-family: "Open Sans", "DejaVu Sans", Arial, sans-serif; }}
div.slide {{ width: 297mm; height: 167mm; box-sizing: border-box; padding: 10mm 16mm 14mm 16mm; page-break-after: always; position: relative; overflow: hidden; background: #fff; }}
div.slide h2 {{ font-size: 24pt; color: #ff6600; margin: 0 0 6mm 0; border-bottom: 2px solid #ff6600; }}
div.slide ul {{ font-size: 16pt; line-height: 1.5; }}
div.slide ul.el {{ font-size: 13pt; }}
div.slide p {{ font-size: 14pt; }}
div.title h1 {{ font-size: 34pt; color: #ff6600; margin-top: 10mm; }}
p.org {{ font-size: 22pt !important; font-weight: bold; color: #ff6600; }}
p.sub {{ font-size: 20pt !important; }}
p.sub2 {{ font-size: 16pt !important; }}
p.who {{ font-size: 12pt !important; color: #555; }}
p.warn {{ font-size: 12pt !important; background: #fff3e0; border-left: 4px solid #ff6600; padding: 3mm; }}
p.rec {{ font-size: 15pt !important; font-weight: bold; }}
p.big2 {{ font-size: 20pt !important; font-weight: bold; color: #ff6600; }}
table.tiles {{ width: 100%; border-collapse: separate; border-spacing: 4mm; }}
table.tiles td {{ background: #fff3e0; text-align: center; padding: 5mm 2mm; }}
div.big {{ font-size: 40pt; font-weight: bold; color: #ff6600; }}
div.lab {{ font-size: 12pt; }}
table.t {{ border-collapse: collapse; width: 90%; }}
table.t td, table.t th {{ border: 1px solid #bbb; padding: 2mm 4mm; font-size: 13pt; }}
table.t th {{ background: #ff6600; color: #fff; text-align: left; }}
td.n {{ text-align: center; }}
div.foot {{ position: absolute; left: 16mm; right: 16mm; bottom: 5mm; font-size: 8pt; color: #777; border-top: 1px solid #ddd; padding-top: 1mm; }}
span.num {{ float: right; }}
</style></head>
<body>
''' + '\n'.join(SLIDES) + '''
</body></html>
'''
write('farrowdale-university-2023-closing-meeting.html', html)

# Markdown: a Marp deck.
def md_slide(lines, notes=None, directive=None):
    out = []
    if directive:
        out += [f'<!-- {directive} -->', '']
    out += lines
    if notes:
        out += ['', f'<!-- {notes} -->']
    return out

slides = []
slides.append(md_slide(['**SGS**', '', '# Customer Service Excellence Reassessment 2023', '', '## University of Farrowdale – Student Services', '',
                        'Closing meeting · Wednesday 17 May 2023', '', 'Josephine Larkworthy, Lead Assessor · Tomasz Wierzbicki, Assessor  ', 'SGS United Kingdom Ltd'],
                       notes='Presenter: thank Gemma (Director of Student Services) and the CSE working group first.', directive='_class: lead'))
slides.append(md_slide(['## This afternoon', '', '- Thank you', '- How the visit went', '- Headline result', '- Compliance Plus', '- Partial Compliance', '- Strengths and areas for development', '- What happens next', '',
                        '> The findings in this presentation are provisional until SGS\'s technical review. The full written report will follow by Friday 9 June 2023.']))
slides.append(md_slide(['## The visit in numbers', '', '| 3 | 64 | 112 | 11 | 2 |', '|:-:|:-:|:-:|:-:|:-:|',
                        '| days on site (15–17 May 2023) | people met | documents reviewed | focus groups | campuses |', '',
                        'Document review completed before the visit; on site at the City and Riverside campuses, Monday 15 to Wednesday 17 May 2023.']))
slides.append(md_slide(['## Headline result', '', '| 6 | 49 | 2 | 0 |', '|:-:|:-:|:-:|:-:|', '| Compliance Plus | Compliance | Partial Compliance | Non-Compliance |', '',
                        '**Recommendation: certification continues for a further three years (subject to technical review).**'],
                       notes='Pause here. Do not read out the element list yet.'))
slides.append(md_slide(['## By criterion', '', '| Criterion | C+ | C | PC | NC |', '| --- | :-: | :-: | :-: | :-: |'] +
                       [f'| {k} {CRIT[k]} | ' + ' | '.join(str(x) for x in BY[k]) + ' |' for k in '12345'] +
                       ['| **Total** | ' + ' | '.join(f'**{x}**' for x in counts(R)) + ' |']))
slides.append(md_slide(['## Compliance Plus (6)', ''] + [f'- **{c} {t}** – {d}' for c, t, d in CP_BULLETS],
                       notes='If asked: 3.3.1 came close to Compliance Plus but the evening service is too new to judge.'))
slides.append(md_slide(['## Partial Compliance (2)', ''] + [f'- **{c} {t}** – {d}' for c, t, d in PC_BULLETS] +
                       ['', 'Both are within the tolerance for their criterion.', '', '**All other 49 elements: Compliance**']))
slides.append(md_slide(['## Compared with 2020', '', '| | 2020 initial assessment (remote) | 2023 reassessment |', '| --- | :-: | :-: |',
                        '| Compliance Plus | 4 | 6 |', '| Compliance | 50 | 49 |', '| Partial Compliance | 3 | 2 |', '| Non-Compliance | 0 | 0 |', '',
                        '2020 partials: 1.2.3, 3.3.2, 5.2.4 – 3.3.2 cleared.']))
slides.append(md_slide(['## Key strengths', ''] + [f'- {s}' for s in STRENGTHS]))
slides.append(md_slide(['## Areas for development', ''] + [f'- {s}' for s in DEVELOP]))
slides.append(md_slide(['## What happens next', '', '| When | What |', '| --- | --- |'] + [f'| **{a}** | {b} |' for a, b in NEXT] +
                       ['', 'Student Services\' own ambition: "at least eight Compliance Plus by 2026".']))
slides.append(md_slide(['## Thank you – questions?', '', 'Josephine Larkworthy – Lead Assessor  ', 'Tomasz Wierzbicki – Assessor (15 and 16 May)', '',
                        'Your SGS certification coordinator: Dev Malhotra']))

md = ['---', 'marp: true', 'theme: gaia', 'paginate: true', 'size: 16:9', f"footer: '{FOOT_MD}'", '---', '']
for i, s in enumerate(slides):
    if i:
        md += ['', '---', '']
    md += s
md.append('')
write('farrowdale-university-2023-closing-meeting.md', '\n'.join(md))
