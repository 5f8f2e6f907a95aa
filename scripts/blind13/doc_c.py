# saltmead-visitor-information-2012-review: "First Anniversary Review" (-> review-1) of a borough
# council's Visitor Information Service (three tourist information centres), 2012, by a small
# INVENTED body (Amberley Standards Assurance Ltd -> null) whose house style GRADES every element
# A / B / C / D: A = Compliance Plus, B = Compliance, C = PARTIAL COMPLIANCE, D = Non-Compliance.
# The letter C therefore means Partial Compliance, not Compliance. Element tables (Ref /
# Requirement / Grade / Comment) carry the letter only; the count table is headed A / B / C / D;
# the prose says "graded A", "graded C"; the grade profile "A 3, B 51, C 3, D 0". Traps: the Old
# Custom House "a Grade II listed building", VisitEngland accreditation, "A-boards", last year's
# grades ("graded C in 2011, now B").
# Markdown as PANDOC MARKDOWN with LINE BLOCKS ("| " lines for the address), BRACKETED SPANS for
# every grade ("[B]{.grade}"), a fenced div for the key, heading identifiers and pandoc-crossref
# table labels ("Table: ... {#tbl:crit}", "see @tbl:crit").
from common import *
CP = ['1.2.2', '3.1.1', '3.4.3']
PC = ['1.3.4', '2.2.5', '5.1.2']
R = ratings(cp=CP, pc=PC)
assert counts(R) == (3, 51, 3, 0)
CRITC = {'1': (1, 9, 1, 0), '2': (0, 10, 1, 0), '3': (2, 10, 0, 0), '4': (0, 13, 0, 0), '5': (0, 9, 1, 0)}
for k, v in CRITC.items(): assert counts(R, k) == v, k
GR = {'CP': 'A', 'C': 'B', 'PC': 'C', 'NC': 'D'}
COMMENT = {
 '1.2.2': 'Visitor comment cards, the online &ldquo;rate your visit&rdquo; panel and the accommodation providers&rsquo; forum feed directly into changes, published on a &ldquo;You said, we did&rdquo; board in each centre.',
 '1.3.4': 'No targets are set for visitor satisfaction; results are reported but not compared with a target.',
 '2.2.5': 'Managers value staff contributions, but the seasonal staff are not included in recognition or team meetings.',
 '3.1.1': 'The range of information, from bus timetables to accessible walks and tide tables, in print, on the website and on the new touch screen, is exceptional.',
 '3.2.2': 'Staff check that visitors have understood directions and bookings; graded C in 2011, now B.',
 '3.4.3': 'The Service runs the &ldquo;Saltmead Welcome&rdquo; volunteer scheme with 60 local residents and supports the town&rsquo;s festivals.',
 '4.2.3': 'Benchmarking with two other coastal centres is now in place; graded C in 2011, now B.',
 '5.1.2': 'Standards for replying to e-mail and postal enquiries exist, but not for accommodation booking confirmations.',
}
ASSESSOR = 'Martin Quarrie'
DETAILS = [('Organisation', 'Saltmead Borough Council &ndash; Visitor Information Service'),
           ('Centres', 'Saltmead (The Old Custom House, Quay Street), Wenbury and Porth Isaf'),
           ('Type of visit', 'First Anniversary Review'),
           ('Visit dates', '18 and 19 September 2012'),
           ('Assessor', ASSESSOR),
           ('Service contact', 'Mrs Carol Penhale, Visitor Services Manager'),
           ('Report date', '5 October 2012'),
           ('Our reference', 'ASA/12/CSE/031')]
KEY = [('A', 'Compliance Plus', 'the element is exceeded: practice others could learn from'),
       ('B', 'Compliance', 'the element is fully met'),
       ('C', 'Partial Compliance', 'the element is met in part: action is needed'),
       ('D', 'Non-Compliance', 'the element is not met')]
CSS = '''
@page { size: A4; margin: 20mm 18mm; }
body { font-family: Georgia, "DejaVu Serif", serif; font-size: 10pt; color: #222; }
h1 { font-size: 21pt; color: #0f5e6e; margin-top: 34mm; }
h2 { font-size: 13pt; color: #0f5e6e; margin-top: 18px; }
h3 { font-size: 11pt; color: #0f5e6e; margin: 12px 0 4px 0; }
p { margin: 0 0 7px 0; line-height: 1.42; }
table { border-collapse: collapse; }
td, th { border: 1px solid #9cbcc2; padding: 3px 6px; vertical-align: top; text-align: left; font-size: 9pt; }
th { background: #e1eef0; }
td.g { text-align: center; font-weight: bold; font-size: 10.5pt; }
.pb { page-break-after: always; }
'''
def crit_table(k):
    rows = ''.join(f'<tr><td>{c}</td><td>{short(c, 80)}</td><td class="g">{GR[R[c]]}</td><td>{COMMENT.get(c, "")}</td></tr>'
                   for c in CODES if c[0] == k)
    return (f'<h3>Criterion {k}: {CRIT[k]}</h3><table width="100%"><tr><th width="7%">Ref</th><th width="44%">Requirement</th>'
            f'<th width="8%">Grade</th><th>Comment</th></tr>{rows}</table>')
crit_rows = ''.join(f'<tr><td>{k}. {CRIT[k]}</td>' + ''.join(f'<td class="g">{n}</td>' for n in CRITC[k]) + f'<td>{sum(CRITC[k])}</td></tr>' for k in '12345')
key_rows = ''.join(f'<tr><td class="g">{g}</td><td>{w}</td><td>{d}</td></tr>' for g, w, d in KEY)
INTRO = ('Saltmead Borough Council runs three visitor information centres on the Saltmead coast: the main centre in the Old Custom House on Quay Street, a Grade II listed building, and seasonal centres at Wenbury and Porth Isaf. All three hold VisitEngland accreditation as Visitor Information Centres. Between them they handled 212,000 enquiries in 2011&ndash;12, 31% of them online.')
SUMMARY1 = ('This was the Service&rsquo;s first anniversary review after its initial assessment in September 2011. All 57 elements were reviewed. Three elements were graded A (Compliance Plus): 1.2.2, 3.1.1 and 3.4.3. Three elements were graded C (Partial Compliance): 1.3.4, 2.2.5 and 5.1.2. Every other element was graded B (Compliance), and no element was graded D.')
SUMMARY2 = ('The two elements graded C in 2011, 3.2.2 and 4.2.3, are now graded B. The grade profile for this review is A 3, B 51, C 3, D 0. Certification continues; the second anniversary review is due in September 2013.')
OBS = ('Visitors praised the staff at all three centres. The A-boards on Quay Street now carry the accessible-route symbol, and the touch screen outside the Old Custom House answers questions when the centre is closed.')
body = f'''
<div class="pb">
<p style="font-size:14pt;color:#0f5e6e"><b>Amberley Standards Assurance Ltd</b><br><span style="font-size:9.5pt;color:#555">14 Tarrant Street, Arundel, West Sussex &middot; Licensed assessors of service standards</span></p>
<h1>Customer Service Excellence<br>First Anniversary Review</h1>
<p style="font-size:15pt">Saltmead Borough Council<br>Visitor Information Service</p>
<p>October 2012</p>
</div>
<h2>1. Details of the review</h2>
<table width="100%">{''.join(f'<tr><td width="28%"><b>{a}</b></td><td>{b}</td></tr>' for a, b in DETAILS)}</table>
<h2>2. How we grade</h2>
<p>Amberley grades each element of the Customer Service Excellence standard on a four-point scale. The grades correspond to the ratings of the standard as follows:</p>
<table width="90%"><tr><th>Grade</th><th>Rating</th><th>Meaning</th></tr>{key_rows}</table>
<p style="margin-top:6px">Please note that grade C is not &ldquo;Compliance&rdquo;: it means Partial Compliance.</p>
<h2>3. Summary</h2>
<p>{INTRO}</p>
<p>{SUMMARY1}</p>
<p>{SUMMARY2}</p>
<p>{OBS}</p>
<h2>4. Grades by criterion</h2>
<table width="80%"><tr><th>Criterion</th><th>A</th><th>B</th><th>C</th><th>D</th><th>Elements</th></tr>{crit_rows}
<tr><td><b>All criteria</b></td><td class="g">3</td><td class="g">51</td><td class="g">3</td><td class="g">0</td><td><b>57</b></td></tr></table>
<h2 style="page-break-before:always">5. Element grades</h2>
{''.join(crit_table(k) for k in '12345')}
<h2>6. Sign-off</h2>
<p>{ASSESSOR}, Assessor, Amberley Standards Assurance Ltd, 5 October 2012</p>
'''
def md_unescape(s):
    return (s.replace('&rsquo;', "'").replace('&ldquo;', '"').replace('&rdquo;', '"').replace('&ndash;', '--')
             .replace('&amp;', '&'))
def md():
    out = ['| Amberley Standards Assurance Ltd', '| 14 Tarrant Street', '| Arundel, West Sussex', '',
           '# Customer Service Excellence: First Anniversary Review {#sec:title}', '',
           '| Saltmead Borough Council', '| Visitor Information Service', '| October 2012', '',
           '# Details of the review {#sec:details}', '']
    for a, b in DETAILS:
        out.append(f'{a}\n:   {md_unescape(b)}\n')
    out += ['# How we grade {#sec:grades}', '',
            'Amberley grades each element of the Customer Service Excellence standard on a four-point scale. The grades correspond to the ratings of the standard as follows:', '',
            '::: {.key}', '| Grade | Rating | Meaning |', '|:-----:|--------|---------|']
    for g, w, d in KEY:
        out.append(f'| [{g}]{{.grade}} | {w} | {d} |')
    out += ['', 'Table: Grades and ratings {#tbl:key}', ':::', '',
            'Please note that grade [C]{.grade} is not "Compliance": it means Partial Compliance.', '',
            '# Summary {#sec:summary}', '', md_unescape(INTRO), '',
            md_unescape(SUMMARY1).replace('graded A', 'graded [A]{.grade}').replace('graded C (', 'graded [C]{.grade} (').replace('graded B (', 'graded [B]{.grade} (').replace('graded D', 'graded [D]{.grade}'), '',
            md_unescape(SUMMARY2) + ' (see @tbl:crit)', '', md_unescape(OBS), '',
            '# Grades by criterion {#sec:crit}', '', '| Criterion | A | B | C | D | Elements |', '|---|:-:|:-:|:-:|:-:|:-:|']
    for k in '12345':
        a, b, c, d = CRITC[k]
        out.append(f'| {k}. {CRIT[k]} | {a} | {b} | {c} | {d} | {a + b + c + d} |')
    out += ['| **All criteria** | **3** | **51** | **3** | **0** | **57** |', '', 'Table: Grades by criterion {#tbl:crit}', '',
            '# Element grades {#sec:elements}', '']
    for k in '12345':
        out += [f'## Criterion {k}: {CRIT[k]} {{#sec:c{k}}}', '', '| Ref | Requirement | Grade | Comment |', '|---|---|:-:|---|']
        for c in CODES:
            if c[0] == k:
                out.append(f'| {c} | {short(c, 80)} | [{GR[R[c]]}]{{.grade}} | {md_unescape(COMMENT.get(c, ""))} |')
        out += ['', f'Table: Criterion {k} element grades {{#tbl:el{k}}}', '']
    out += ['# Sign-off {#sec:signoff}', '', f'| {ASSESSOR}', '| Assessor, Amberley Standards Assurance Ltd', '| 5 October 2012', '']
    return '\n'.join(out)
STEM = 'saltmead-visitor-information-2012-review'
if __name__ == '__main__':
    write(STEM + '.html', page('Customer Service Excellence First Anniversary Review – Saltmead Borough Council Visitor Information Service', CSS, body))
    write(STEM + '.md', md())
