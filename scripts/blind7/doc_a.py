# brantwell-cc-2016-reassessment: emqc reassessment of a county council. Every element's rating is
# a HARVEY-BALL SYMBOL (● ◕ ◑ ○) explained only by a LEGEND; the per-criterion count table has the
# symbols as its column headers. A "Since 2015" column of arrows (▲ ▼ –) beside the ratings is a
# trend, not a rating. Markdown too: kramdown style (pipe tables WITHOUT outer pipes, {:toc},
# inline attribute lists {: .legend}).
from common import *
CP = ['1.1.3', '2.1.1', '3.4.2', '4.3.4']
PC = ['3.3.3', '5.2.2']
R = ratings(cp=CP, pc=PC)
assert counts(R) == (4, 51, 2, 0)
BY = {'1': (1, 10, 0, 0), '2': (1, 10, 0, 0), '3': (1, 10, 1, 0), '4': (1, 12, 0, 0), '5': (0, 9, 1, 0)}
for k, v in BY.items():
    assert counts(R, k) == v, k
SYM = {'CP': '●', 'C': '◕', 'PC': '◑', 'NC': '○'}
# 2015 annual review: C+ 1.1.3, 1.2.3, 4.2.4, 4.3.4; PC 5.2.2, 5.3.1
TREND = {'2.1.1': '▲', '3.4.2': '▲', '5.3.1': '▲', '1.2.3': '▼', '3.3.3': '▼', '4.2.4': '▼'}
LEGEND = '● Compliance Plus &nbsp;&nbsp; ◕ Compliance &nbsp;&nbsp; ◑ Partial Compliance &nbsp;&nbsp; ○ Non-Compliance'
LEGEND_T = '● Compliance Plus    ◕ Compliance    ◑ Partial Compliance    ○ Non-Compliance'
TLEGEND = 'Since 2015: ▲ higher than at the 2015 annual review &nbsp; ▼ lower than in 2015 &nbsp; – no change'
TLEGEND_T = 'Since 2015: ▲ higher than at the 2015 annual review, ▼ lower than in 2015, – no change'

WHY_CP = {
 '1.1.3': ('Hard-to-reach and disadvantaged groups',
           'The Council\'s "Hidden Brantwell" mapping joins housing-benefit, adult social care and school-admissions data at household level, '
           'and the Community Connectors now visit the 14 wards with the lowest contact rates every month. Gypsy and Traveller families, '
           'rural older people without broadband and young carers each have a named service response. This was Compliance Plus in 2013 and in 2015 '
           'and the work has gone further since.'),
 '2.1.1': ('Corporate commitment and leadership',
           'Every member of the Corporate Management Team spends a morning a quarter in the Customer Contact Centre and reports what they heard to Cabinet. '
           'The Leader chairs the Customer Promise Board, and the 2015–2019 Council Plan has customer experience as the first of its four priorities. '
           'Staff at every level we met described leaders who act on what customers say.'),
 '3.4.2': ('Co-ordinated working with partners',
           'The "Tell Us Once" arrangements now extend to the NHS trusts, the district councils and Brantwell Homes, so a family reporting a death or a change of '
           'address is contacted once and by a named lead. Customers we met at Hexford Library described this as "the first time anyone joined it up".'),
 '4.3.4': ('Learning from complaints',
           'Complaints, compliments and comments from every channel (including social media) are coded in one system and reviewed monthly by a '
           'Learning Panel that includes two residents. The panel\'s "You said, we did" log is published, and we saw changes to blue-badge renewals and '
           'to school transport appeals that came directly from it (see also 1.3.5, on wider changes made from customer feedback).'),
}
WHY_PC = {
 '3.3.3': ('Premises',
           'The Hexford and Morley Cross customer service centres are clean and welcoming, but the reception at County Hall has no private interview room '
           'and the accessible toilet was out of use on both days of the visit, as it had been (customers told us) for several weeks. '
           'This was compliant in 2015.'),
 '5.2.2': ('Identifying needs at first contact',
           'The Contact Centre resolves 78% of calls at first point of contact, but e-mails to the general inbox are not triaged, and in a sample of 25 '
           'seven were passed between three teams before reaching the right officer. This element was also partial at the 2015 annual review; progress has been made '
           'but it is not yet complete.'),
}

def el_table_html():
    out = ['<table class="e"><thead>',
           f'<tr><td colspan="4" class="leg">Key: {LEGEND}<br>{TLEGEND}</td></tr>',
           '<tr><th style="width:8%">Ref</th><th>Element</th><th style="width:9%">Rating</th><th style="width:10%">Since 2015</th></tr></thead><tbody>']
    for c in CODES:
        if c.endswith('.1.1'):
            out.append(f'<tr><td colspan="4" class="cr">Criterion {c[0]}: {CRIT[c[0]]}</td></tr>')
        cls = ' class="sym"'
        out.append(f'<tr><td>{c}</td><td>{short(c, 95)}</td><td{cls}>{SYM[R[c]]}</td><td class="tr">{TREND.get(c, "–")}</td></tr>')
    out.append('</tbody></table>')
    return '\n'.join(out)

def crit_table_html():
    out = ['<table class="s"><tr><th class="l">Criterion</th><th>●</th><th>◕</th><th>◑</th><th>○</th><th>Elements</th></tr>']
    for k in '12345':
        v = BY[k]
        out.append(f'<tr><td class="l">{k}. {CRIT[k]}</td>' + ''.join(f'<td>{x}</td>' for x in v) + f'<td>{sum(v)}</td></tr>')
    out.append('<tr><td class="l"><b>Whole standard</b></td><td><b>4</b></td><td><b>51</b></td><td><b>2</b></td><td><b>0</b></td><td><b>57</b></td></tr></table>')
    return '\n'.join(out)

SUMMARY = [
 'Brantwell County Council has held Customer Service Excellence since its initial assessment in March 2013, and this visit was the reassessment at the end of its first three-year cycle. '
 'The assessment covered all five directorates and the Customer Contact Centre, and took place on site from 14 to 16 March 2016, following a document review on 29 February 2016.',
 'The Council continues to meet the requirements of the standard and we recommend that its certification is renewed for a further three years. '
 'Four elements are at Compliance Plus and two elements are Partial Compliance; no element is non-compliant. '
 'The per-criterion results are set out in section 8 and the rating of every element in section 9, using the symbols explained in the key.',
 'At the 2015 annual review the Council held four Compliance Plus ratings (1.1.3, 1.2.3, 4.2.4 and 4.3.4) and two partial compliances (5.2.2 and 5.3.1). '
 'Two of those Compliance Plus ratings have been kept and two new ones gained; 5.3.1 is now compliant.',
]
APPROACH = [
 'The assessment team reviewed the Council\'s self-assessment and 212 items of evidence before the visit. On site we held 31 interviews and focus groups with '
 '146 staff, 19 elected members, 24 partner organisations and 38 customers, and observed the Contact Centre, Hexford Library and the Morley Cross customer service centre.',
 'Each element was rated against the standard\'s four levels. In this report the levels are shown by the symbols in the key to section 9, as in all emqc reports since 2015.',
]
STRENGTHS = [
 'Leadership that is visible and consistent, from the Leader and Chief Executive to team leaders (2.1.1).',
 'Detailed knowledge of customers at household level, and the use of that knowledge to reach people who do not contact the Council (1.1.3, 1.1.2).',
 'Joined-up services with partners, particularly after a bereavement or a change of circumstances (3.4.2, 3.4.1).',
 'A learning culture around complaints that residents help to run (4.3.4).',
]
IMPROVE = [
 'County Hall reception: privacy and the accessible toilet (3.3.3).',
 'Triage of e-mail contact so that needs are identified at the first point of contact (5.2.2).',
 'The consultation review cycle has slipped since 2015 and should be restored (1.2.3, which is compliant but no longer Compliance Plus).',
 'The Council aims to reach six Compliance Plus ratings at its next reassessment in 2019; 4.1.3 and 5.3.3 are the most likely candidates.',
]

html = f'''<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Brantwell County Council – Customer Service Excellence Reassessment Report – March 2016</title>
<style>
@page {{ size: A4; margin: 18mm 16mm; }}
body {{ font-family: "DejaVu Sans", Verdana, sans-serif; font-size: 9.5pt; line-height: 1.35; }}
h1 {{ font-size: 20pt; color: #00587c; margin-top: 40mm; }}
h2 {{ font-size: 12.5pt; color: #00587c; border-bottom: 2px solid #8cc63f; padding-bottom: 2px; margin-top: 16px; }}
h3 {{ font-size: 10.5pt; margin: 10px 0 2px 0; }}
table {{ border-collapse: collapse; }}
table.k td {{ border: 1px solid #bbb; padding: 3px 7px; }}
table.e {{ width: 100%; }}
table.e td, table.e th, table.s td, table.s th {{ border: 1px solid #999; padding: 2px 5px; font-size: 8.5pt; }}
table.e th, table.s th {{ background: #e3f0f5; }}
table.e thead {{ display: table-header-group; }}
td.sym {{ text-align: center; font-size: 12pt; color: #00587c; }}
td.tr {{ text-align: center; }}
td.leg {{ font-size: 8.5pt; background: #f7f7f7; }}
td.cr {{ background: #eef6e2; font-weight: bold; }}
table.s td {{ text-align: center; }}
table.s th {{ font-size: 12pt; font-weight: normal; }}
td.l, th.l {{ text-align: left !important; font-size: 8.5pt !important; }}
.cover p {{ font-size: 11pt; }}
.pb {{ page-break-after: always; }}
ol.toc li {{ margin: 2px 0; }}
</style></head>
<body>
<div class="cover pb">
<p style="font-size:10pt;color:#00587c"><b>emqc</b> &middot; Customer Service Excellence&reg; assessment</p>
<h1>Customer Service Excellence<br>Reassessment Report</h1>
<p style="font-size:15pt">Brantwell County Council</p>
<p>Corporate assessment &ndash; all directorates and the Customer Contact Centre</p>
<p>On-site assessment: 14&ndash;16 March 2016<br>Report issued: 8 April 2016</p>
<p style="margin-top:50mm;font-size:8.5pt;color:#555">emqc Ltd &middot; Report reference EMQC/CSE/1603/117 &middot; Commercial in confidence<br>
Customer Service Excellence is a trade mark of the Cabinet Office and is used under licence.</p>
</div>

<div class="pb">
<h2 style="margin-top:0">Contents</h2>
<ol class="toc">
<li>Assessment details</li>
<li>Executive summary</li>
<li>Assessment approach</li>
<li>Key strengths</li>
<li>Areas for improvement</li>
<li>Compliance Plus</li>
<li>Partial Compliance</li>
<li>Results by criterion</li>
<li>Rating of every element</li>
<li>Conclusion and recommendation</li>
</ol>
</div>

<h2>1. Assessment details</h2>
<table class="k" style="width:90%">
<tr><td style="width:34%"><b>Organisation</b></td><td>Brantwell County Council</td></tr>
<tr><td><b>Scope</b></td><td>All directorates and the Customer Contact Centre</td></tr>
<tr><td><b>Assessment type</b></td><td>Reassessment (end of the first three-year cycle)</td></tr>
<tr><td><b>Document review</b></td><td>29 February 2016</td></tr>
<tr><td><b>On-site assessment</b></td><td>14&ndash;16 March 2016</td></tr>
<tr><td><b>Lead Assessor</b></td><td>Patricia Okafor-Lynch</td></tr>
<tr><td><b>Assessor</b></td><td>Gwyn Ellery</td></tr>
<tr><td><b>Council contact</b></td><td>Denise Latham, Corporate Customer Services Manager</td></tr>
<tr><td><b>Date of report</b></td><td>8 April 2016</td></tr>
<tr><td><b>Certificate</b></td><td>CSE/0313/2291 (first issued March 2013)</td></tr>
</table>

<h2>2. Executive summary</h2>
''' + ''.join(f'<p>{p}</p>\n' for p in SUMMARY) + '''
<h2>3. Assessment approach</h2>
''' + ''.join(f'<p>{p}</p>\n' for p in APPROACH) + '''
<h2>4. Key strengths</h2>
<ul>''' + ''.join(f'<li>{p}</li>' for p in STRENGTHS) + '''</ul>
<h2>5. Areas for improvement</h2>
<ul>''' + ''.join(f'<li>{p}</li>' for p in IMPROVE) + f'''</ul>

<h2>6. Compliance Plus</h2>
<p>Compliance Plus is awarded for behaviours or practices that exceed the requirements of the standard and are viewed as exceptional or as an exemplar for others.</p>
''' + ''.join(f'<h3>● {c} &ndash; {t}</h3><p><i>{STMT[c]}</i></p><p>{w}</p>\n' for c, (t, w) in WHY_CP.items()) + '''
<h2>7. Partial Compliance</h2>
''' + ''.join(f'<h3>◑ {c} &ndash; {t}</h3><p><i>{STMT[c]}</i></p><p>{w}</p>\n' for c, (t, w) in WHY_PC.items()) + f'''
<h2>8. Results by criterion</h2>
<p>Number of elements at each level ({LEGEND}):</p>
{crit_table_html()}

<h2 style="page-break-before:always">9. Rating of every element</h2>
<p>The symbol in the Rating column is the level the assessment team awarded to the element. The arrows in the last column compare it with the 2015 annual review; they are not ratings.</p>
{el_table_html()}

<h2>10. Conclusion and recommendation</h2>
<p>Brantwell County Council has demonstrated that it continues to meet the requirements of the Customer Service Excellence standard. We recommend that certification is renewed for three years from the date of this report. An action plan for 3.3.3 and 5.2.2 should be sent to emqc within one month; the first annual review of the new cycle will take place in March 2017.</p>
<p>Patricia Okafor-Lynch<br>Lead Assessor, for and on behalf of emqc Ltd<br>8 April 2016</p>
</body></html>
'''
write('brantwell-cc-2016-reassessment.html', html)

# Markdown: kramdown style. Pipe tables without outer pipes, a {:toc} marker, IAL classes.
def el_table_md():
    rows = ['Ref | Element | Rating | Since 2015', '--- | --- | :-: | :-:']
    for c in CODES:
        rows.append(f'{c} | {short(c, 80)} | {SYM[R[c]]} | {TREND.get(c, "–")}')
    return rows

md = ['emqc · Customer Service Excellence® assessment', '{: .kicker}', '',
      '# Customer Service Excellence Reassessment Report', '',
      '**Brantwell County Council**  ', 'Corporate assessment – all directorates and the Customer Contact Centre  ',
      'On-site assessment: 14–16 March 2016  ', 'Report issued: 8 April 2016', '',
      '## Contents', '{:.no_toc}', '', '* TOC', '{:toc}', '',
      '## 1. Assessment details', '',
      'Field | Detail', '--- | ---',
      'Organisation | Brantwell County Council',
      'Scope | All directorates and the Customer Contact Centre',
      'Assessment type | Reassessment (end of the first three-year cycle)',
      'Document review | 29 February 2016',
      'On-site assessment | 14–16 March 2016',
      'Lead Assessor | Patricia Okafor-Lynch',
      'Assessor | Gwyn Ellery',
      'Council contact | Denise Latham, Corporate Customer Services Manager',
      'Date of report | 8 April 2016',
      'Certificate | CSE/0313/2291 (first issued March 2013)', '',
      '## 2. Executive summary', '']
for p in SUMMARY:
    md += [p, '']
md += ['## 3. Assessment approach', '']
for p in APPROACH:
    md += [p, '']
md += ['## 4. Key strengths', ''] + [f'- {p}' for p in STRENGTHS] + ['', '## 5. Areas for improvement', ''] + [f'- {p}' for p in IMPROVE]
md += ['', '## 6. Compliance Plus', '', 'Compliance Plus is awarded for behaviours or practices that exceed the requirements of the standard and are viewed as exceptional or as an exemplar for others.', '']
for c, (t, w) in WHY_CP.items():
    md += [f'### ● {c} – {t}', '', f'*{STMT[c]}*', '', w, '']
md += ['## 7. Partial Compliance', '']
for c, (t, w) in WHY_PC.items():
    md += [f'### ◑ {c} – {t}', '', f'*{STMT[c]}*', '', w, '']
md += ['## 8. Results by criterion', '', LEGEND_T, '{: .legend}', '',
       'Criterion | ● | ◕ | ◑ | ○ | Elements', '--- | --: | --: | --: | --: | --:']
for k in '12345':
    md.append(f'{k}. {CRIT[k]} | ' + ' | '.join(str(x) for x in BY[k]) + f' | {sum(BY[k])}')
md += ['**Whole standard** | **4** | **51** | **2** | **0** | **57**', '',
       '## 9. Rating of every element', '',
       'The symbol in the Rating column is the level the assessment team awarded to the element. The arrows in the last column compare it with the 2015 annual review; they are not ratings.', '',
       LEGEND_T, '{: .legend}', '', TLEGEND_T, '{: .legend}', '']
md += el_table_md()
md += ['{: .ratings}', '', '## 10. Conclusion and recommendation', '',
       'Brantwell County Council has demonstrated that it continues to meet the requirements of the Customer Service Excellence standard. We recommend that certification is renewed for three years from the date of this report. An action plan for 3.3.3 and 5.2.2 should be sent to emqc within one month; the first annual review of the new cycle will take place in March 2017.', '',
       'Patricia Okafor-Lynch  ', 'Lead Assessor, for and on behalf of emqc Ltd  ', '8 April 2016', '']
write('brantwell-cc-2016-reassessment.md', '\n'.join(md))
