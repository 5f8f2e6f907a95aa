# harrowby-homes-2019-review: emqc first annual review of a housing association that CHANGED ITS
# NAME between the reassessment (as "Harrowby and District Housing Trust", 2018) and this visit
# ("Harrowby Homes", 2019). The report is a CHANGE LOG: it lists only the six elements whose rating
# changed since the 2018 reassessment, each rating cell holding BOTH ratings with an arrow
# ("PC → C", "C+ → C"), and says every other element keeps its 2018 rating, restating the 2018
# position (C+ / PC lists, "all other elements Compliance", its own per-criterion table) for
# reference. The current per-criterion table and a count sentence agree with the change log applied
# to 2018. Dates "the 3rd–5th of Sept. 2019", "w/e 23/08/19", "27th Sept. 2019". Markdown too:
# GitHub-flavoured with "> [!NOTE]" alerts, "->" arrows in a pipe table and <br> inside cells.
from common import *
R2018 = ratings(cp=['1.1.3', '2.2.2', '4.3.4'], pc=['1.2.3', '5.2.2'])
assert counts(R2018) == (3, 52, 2, 0)
CP = ['1.1.3', '2.1.3', '2.2.2', '4.2.3']
PC = ['3.3.2']
R = ratings(cp=CP, pc=PC)
assert counts(R) == (4, 52, 1, 0)
BY = {'1': (1, 10, 0, 0), '2': (2, 9, 0, 0), '3': (0, 11, 1, 0), '4': (1, 12, 0, 0), '5': (0, 10, 0, 0)}
BY2018 = {'1': (1, 9, 1, 0), '2': (1, 10, 0, 0), '3': (0, 12, 0, 0), '4': (1, 12, 0, 0), '5': (0, 9, 1, 0)}
for k in '12345':
    assert counts(R, k) == BY[k] and counts(R2018, k) == BY2018[k], k
AB = {'CP': 'C+', 'C': 'C', 'PC': 'PC', 'NC': 'NC'}
CHANGED = [c for c in CODES if R[c] != R2018[c]]
assert CHANGED == ['1.2.3', '2.1.3', '3.3.2', '4.2.3', '4.3.4', '5.2.2']
RANK = {'NC': 0, 'PC': 1, 'C': 2, 'CP': 3}
SUBJECT = {'1.2.3': 'Reviewing engagement methods', '2.1.3': 'Policies and procedures', '3.3.2': 'Evaluating access channels',
           '4.2.3': 'Benchmarking performance', '4.3.4': 'Learning from complaints', '5.2.2': 'Needs met at first point of contact'}
WHY = {
 '1.2.3': 'The Involvement Framework was reviewed with the Tenants\' Scrutiny Panel in March 2019; response rates and the profile of those taking part are now reported each quarter. The partial compliance recorded in 2018 is cleared.',
 '2.1.3': 'The policy framework rewritten for the change of name was co-written with tenants: every customer-facing policy now has a tenant "plain English" summary, an equality impact check and a review date, and the Scrutiny Panel signs off each one. I have not seen this done as thoroughly elsewhere.',
 '3.3.2': 'The move to the new "MyHarrowby" portal in May 2019 was not evaluated: the Association cannot say which tenants have stopped using the telephone or why, and older tenants told me they had been "pushed online". See also 3.3.1, which remains compliant.',
 '4.2.3': 'The Association benchmarks with HouseMark and with a club of six northern associations it set up in 2018, and now publishes a "how we compare" page for every service standard, with the gaps and what it is doing about them. This is exemplary.',
 '4.3.4': 'Learning from complaints is still reported, but the quarterly "lessons learned" bulletin lapsed during the change of name and the complaints panel has not met since February 2019. Compliance, but no longer at the level of Compliance Plus.',
 '5.2.2': 'The contact centre now resolves 81% of calls at first contact (2018: 64%), and the repairs diagnostic tool has removed most call-backs. The 2018 partial compliance is cleared.',
}

DETAILS = [
    ('Organisation', 'Harrowby Homes (formerly Harrowby and District Housing Trust)'),
    ('Certificate', 'CSE 1184, first issued October 2012; reissued 15/05/2019 in the new name'),
    ('Type of visit', 'First Annual Review (AR1) of the 2018–2021 certification cycle'),
    ('Pre-visit evidence review', 'w/e 23/08/19'),
    ('On site', 'the 3rd–5th of Sept. 2019'),
    ('Lead Assessor', 'Deborah Njoku-Harte'),
    ('emqc Client Manager', 'Sam Ledbetter'),
    ('Association contact', 'Karen Whitlow, Customer Insight Manager'),
    ('Report issued', '27th Sept. 2019'),
]
INTRO = [
    'Harrowby Homes owns and manages 9,400 homes in Harrowby and the Upper Aire valley. On 1 April 2019 Harrowby and District Housing Trust changed its name to Harrowby Homes; the organisation, its staff and its services are unchanged, and emqc reissued the certificate in the new name on 15 May 2019.',
    'The reassessment in September 2018 (18–20 Sept.) was carried out when the Association was still Harrowby and District Housing Trust, and that report was issued to the Trust under its former name. This is the first annual review of the cycle that began then.',
    'The evidence pack was reviewed in the week ending 23/08/19. On site, the 3rd–5th of Sept. 2019, I met 41 staff, 17 tenants (including the Tenants\' Scrutiny Panel), two board members and four partner organisations, and observed the contact centre and two estate inspections.',
]
HOW = ('This report records only the elements whose rating has CHANGED since the 2018 reassessment (Section 5). '
       'Every element not listed in the change log keeps the rating given at the 2018 reassessment; Section 6 restates that position for reference. '
       'Ratings are abbreviated C+ (Compliance Plus), C (Compliance), PC (Partial Compliance) and NC (Non-Compliance).')
SUMMARY = [
    'Six ratings have changed since the 2018 reassessment: four have gone up and two have gone down. 1.2.3 was PC, now C; 5.2.2 was PC, now C; 2.1.3 was C, now C+; 4.2.3 was C, now C+. 4.3.4 was C+, now C, and 3.3.2 was C, now PC.',
    'After this review Harrowby Homes holds four Compliance Plus ratings and one Partial Compliance; the other 52 elements are compliant and no element is non-compliant. Table 2 gives the position by criterion.',
]
STRENGTHS = ['Tenant involvement in policy: every customer-facing policy was rewritten with tenants during the change of name (2.1.3).',
             'Open benchmarking with other landlords, published for tenants (4.2.3).',
             'Long-standing work with hard-to-reach tenants, including the Harrowby Traveller site and the refugee resettlement scheme (1.1.3).',
             'First-contact resolution in the contact centre (5.2.2).']
DEVELOP = ['Evaluate the MyHarrowby portal with the tenants who use it and those who do not (3.3.2).',
           'Restart the complaints panel and the lessons-learned bulletin (4.3.4). The Association has told me it intends to regain Compliance Plus for 4.3.4 and to clear 3.3.2 by the second annual review.',
           'The rebrand left some old-name leaflets in the Aire Valley office (3.2.4, compliant).']

def arrow(c, a='→'):
    return f'{AB[R2018[c]]} {a} {AB[R[c]]}'

def direction(c):
    return '▲ up' if RANK[R[c]] > RANK[R2018[c]] else '▼ down'

def crit_table(by, caption):
    out = [f'<p class="cap">{caption}</p><table class="t"><tr><th>Criterion</th><th>C+</th><th>C</th><th>PC</th><th>NC</th></tr>']
    for k in '12345':
        out.append(f'<tr><td>{k} {CRIT[k]}</td>' + ''.join(f'<td class="n">{x}</td>' for x in by[k]) + '</tr>')
    tot = tuple(sum(by[k][i] for k in '12345') for i in range(4))
    out.append('<tr><td><b>Total</b></td>' + ''.join(f'<td class="n"><b>{x}</b></td>' for x in tot) + '</tr></table>')
    return '\n'.join(out)

def change_table():
    out = ['<table class="c"><thead><tr><th style="width:8%">Element</th><th style="width:20%">Subject</th><th style="width:14%">Rating<br>2018 → 2019</th><th style="width:9%">Change</th><th>Assessor\'s comment</th></tr></thead><tbody>']
    for c in CHANGED:
        out.append(f'<tr><td>{c}</td><td>{SUBJECT[c]}</td><td class="n"><b>{arrow(c)}</b></td><td>{direction(c)}</td><td>{WHY[c]}</td></tr>')
    out.append('</tbody></table>')
    return '\n'.join(out)

REF2018 = ('<b>Harrowby and District Housing Trust – reassessment, 18–20 September 2018</b> (report dated 12 October 2018, assessor Deborah Njoku-Harte): '
           'Compliance Plus in 1.1.3, 2.2.2 and 4.3.4; Partial Compliance in 1.2.3 and 5.2.2; all other elements Compliance. '
           'Totals: 3 C+, 52 C, 2 PC, 0 NC.')

html = f'''<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Harrowby Homes – Customer Service Excellence First Annual Review – September 2019</title>
<style>
@page {{ size: A4; margin: 20mm; }}
body {{ font-family: "Segoe UI", "Liberation Sans", Arial, sans-serif; font-size: 10pt; }}
h1 {{ font-size: 22pt; color: #6a1b9a; margin-top: 30mm; margin-bottom: 2mm; }}
h2 {{ font-size: 12.5pt; color: #6a1b9a; margin-top: 18px; }}
table {{ border-collapse: collapse; }}
table.k td, table.t td, table.t th, table.c td, table.c th {{ border: 1px solid #999; padding: 3px 6px; vertical-align: top; font-size: 9.5pt; }}
table.k {{ width: 100%; }}
table.k td.l {{ width: 30%; font-weight: bold; background: #f3e5f5; }}
table.t th, table.c th {{ background: #6a1b9a; color: #fff; text-align: left; }}
table.t {{ width: 75%; }}
table.c {{ width: 100%; }}
td.n {{ text-align: center; }}
p.cap {{ font-weight: bold; margin-bottom: 2px; }}
div.ref {{ border: 1px solid #6a1b9a; background: #faf5fc; padding: 6px 10px; }}
.pb {{ page-break-after: always; }}
</style></head>
<body>
<div class="pb">
<p style="font-size:14pt;color:#6a1b9a"><b>emqc</b> <span style="font-size:9pt;color:#555">&nbsp;Customer Service Excellence Certification</span></p>
<h1>Harrowby Homes</h1>
<p style="font-size:12pt;color:#555;margin-top:0">(formerly Harrowby and District Housing Trust)</p>
<p style="font-size:14pt;margin-top:12mm">Customer Service Excellence<br>First Annual Review Report</p>
<p style="font-size:11pt">On site: the 3rd&ndash;5th of Sept. 2019</p>
<p style="font-size:9pt;margin-top:80mm">Report issued 27th Sept. 2019 &middot; Lead Assessor: Deborah Njoku-Harte</p>
</div>
<div class="pb">
<h2>Contents</h2>
<p>1. Review details<br>2. Introduction<br>3. How to read this report<br>4. Summary of the review<br>5. Change log: ratings changed since the 2018 reassessment<br>6. Position at the 2018 reassessment (for reference)<br>7. Key strengths<br>8. Areas for development<br>9. Conclusion</p>
</div>
<h2>1. Review details</h2>
<table class="k">''' + ''.join(f'<tr><td class="l">{a}</td><td>{b}</td></tr>' for a, b in DETAILS) + f'''</table>
<h2>2. Introduction</h2>
''' + ''.join(f'<p>{p}</p>' for p in INTRO) + f'''
<h2>3. How to read this report</h2>
<p>{HOW}</p>
<h2>4. Summary of the review</h2>
''' + ''.join(f'<p>{p}</p>' for p in SUMMARY) + f'''
{crit_table(BY, 'Table 2 – Position after this review (September 2019)')}
<h2>5. Change log: ratings changed since the 2018 reassessment</h2>
<p>Table 3 lists every element whose rating is different from the rating given at the 2018 reassessment. The rating column shows the 2018 rating, then the rating after this review.</p>
<p class="cap">Table 3 – Change log</p>
{change_table()}
<h2>6. Position at the 2018 reassessment (for reference)</h2>
<p>Elements not in Table 3 keep these ratings.</p>
<div class="ref"><p>{REF2018}</p></div>
{crit_table(BY2018, 'Table 4 – 2018 reassessment by criterion (for reference only)')}
<h2>7. Key strengths</h2>
<ul>''' + ''.join(f'<li>{p}</li>' for p in STRENGTHS) + '''</ul>
<h2>8. Areas for development</h2>
<ul>''' + ''.join(f'<li>{p}</li>' for p in DEVELOP) + '''</ul>
<h2>9. Conclusion</h2>
<p>Harrowby Homes continues to meet the requirements of the Customer Service Excellence standard and I recommend that its certification continues. The second annual review is planned for September 2020.</p>
<p>Deborah Njoku-Harte<br>Lead Assessor, emqc<br>27th Sept. 2019</p>
</body></html>
'''
write('harrowby-homes-2019-review.html', html)

# Markdown: GitHub-flavoured with alerts, "->" arrows, <br> in cells, reference-style links.
def md_crit(by, caption):
    out = [f'**{caption}**', '', '| Criterion | C+ | C | PC | NC |', '| --- | ---: | ---: | ---: | ---: |']
    for k in '12345':
        out.append(f'| {k} {CRIT[k]} | ' + ' | '.join(str(x) for x in by[k]) + ' |')
    tot = tuple(sum(by[k][i] for k in '12345') for i in range(4))
    out.append('| **Total** | ' + ' | '.join(f'**{x}**' for x in tot) + ' |')
    return out

md = ['<!-- emqc CSE annual review report, exported from the report template (Markdown) -->', '',
      '# Harrowby Homes', '', '_(formerly Harrowby and District Housing Trust)_', '',
      '**Customer Service Excellence — First Annual Review Report**  ', 'On site: the 3rd–5th of Sept. 2019  ', 'Report issued 27th Sept. 2019 · Lead Assessor: Deborah Njoku-Harte · [emqc][emqc]', '',
      '## Contents', '', '1. Review details', '2. Introduction', '3. How to read this report', '4. Summary of the review', '5. Change log: ratings changed since the 2018 reassessment',
      '6. Position at the 2018 reassessment (for reference)', '7. Key strengths', '8. Areas for development', '9. Conclusion', '',
      '## 1. Review details', '', '| | |', '| --- | --- |']
md += [f'| **{a}** | {b} |' for a, b in DETAILS]
md += ['', '## 2. Introduction', '']
for p in INTRO:
    md += [p, '']
md += ['## 3. How to read this report', '', '> [!NOTE]', '> ' + HOW.replace('CHANGED', '**changed**'), '', '## 4. Summary of the review', '']
for p in SUMMARY:
    md += [p, '']
md += md_crit(BY, 'Table 2 – Position after this review (September 2019)') + ['']
md += ['## 5. Change log: ratings changed since the 2018 reassessment', '',
       'Table 3 lists every element whose rating is different from the rating given at the 2018 reassessment. The rating column shows the 2018 rating, then the rating after this review.', '',
       '**Table 3 – Change log**', '', '| Element | Subject | Rating<br>2018 -> 2019 | Change | Assessor\'s comment |', '| --- | --- | :---: | --- | --- |']
for c in CHANGED:
    md.append(f'| {c} | {SUBJECT[c]} | **{arrow(c, "->")}** | {direction(c)} | {WHY[c]} |')
md += ['', '## 6. Position at the 2018 reassessment (for reference)', '', 'Elements not in Table 3 keep these ratings.', '',
       '> [!IMPORTANT]', '> ' + REF2018.replace('<b>', '**').replace('</b>', '**'), '']
md += md_crit(BY2018, 'Table 4 – 2018 reassessment by criterion (for reference only)') + ['']
md += ['## 7. Key strengths', ''] + [f'- {p}' for p in STRENGTHS] + ['', '## 8. Areas for development', ''] + [f'- {p}' for p in DEVELOP]
md += ['', '## 9. Conclusion', '', 'Harrowby Homes continues to meet the requirements of the Customer Service Excellence standard and I recommend that its certification continues. The second annual review is planned for September 2020.', '',
       'Deborah Njoku-Harte  ', 'Lead Assessor, emqc  ', '27th Sept. 2019', '', '[emqc]: https://www.emqc.co.uk/ "emqc Ltd"', '']
write('harrowby-homes-2019-review.md', '\n'.join(md))
