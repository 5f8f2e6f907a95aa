# calderwick-registration-2015-review: emqc first annual review of a metropolitan borough council's
# registration service. The ratings are in Appendix 1, a SPREADSHEET PRINTED WITH ITS ROW AND COLUMN
# HEADINGS: a first header row of column letters (A .. G) and a first column of worksheet row
# numbers (1 .. 80) beside every row, criterion banner rows and blank rows that take row numbers,
# a "Pts" column of points (3 / 2 / 1 / 0), a "Day seen" column of dates of which some print as
# "########" (column too narrow), and at the foot the worksheet's own summary blocks (counts and
# points by rating, counts by criterion). The grid runs over two pages with the column letters and
# the header row repeated.
from common import *
CP = ['1.1.2', '3.4.3', '4.3.1', '5.3.2']
PC = ['2.2.4', '3.2.2']
R = ratings(cp=CP, pc=PC)
assert counts(R) == (4, 51, 2, 0)
BY = {'1': (1, 10, 0, 0), '2': (0, 10, 1, 0), '3': (1, 10, 1, 0), '4': (1, 12, 0, 0), '5': (1, 9, 0, 0)}
for k, v in BY.items():
    assert counts(R, k) == v, k
AB = {'CP': 'C+', 'C': 'C', 'PC': 'PC', 'NC': 'NC'}
PTS = {'CP': 3, 'C': 2, 'PC': 1, 'NC': 0}
LETTERS = 'ABCDEFG'
HEAD = ['Ref', 'Sub-crit', 'Element (abridged)', 'Evidence ref', 'Day seen', 'Rating', 'Pts']
WIDTHS = [6, 6, 44, 12, 12, 8, 5]
HASH = {'1.3.2', '3.1.1', '4.2.3', '5.1.2'}   # date cells too narrow to print

def day(c):
    if c in HASH:
        return '########'
    return '03/03/2015' if CODES.index(c) % 3 != 2 else '04/03/2015'

def ev(c):
    i = CODES.index(c)
    kinds = [f'E{(i * 7) % 88 + 1:02d}', 'Int', f'E{(i * 5) % 88 + 1:02d}; Obs', f'E{(i * 3) % 88 + 1:02d}; Int']
    return kinds[i % 4]

def sheet_rows():
    # (row number, cells) for the worksheet; row 1 is the header
    rows = []
    n = 2
    for k in '12345':
        rows.append((n, ('banner', f'CRITERION {k} – {CRIT[k].upper()}'))); n += 1
        for c in CODES:
            if c.startswith(k + '.'):
                rows.append((n, ('el', [c, c[:3], short(c, 58), ev(c), day(c), AB[R[c]], str(PTS[R[c]])]))); n += 1
        rows.append((n, ('blank', None))); n += 1
    rows.append((n, ('banner', 'SUMMARY'))); n += 1
    rows.append((n, ('el', ['', '', 'Rating', 'Count', '', '', 'Pts']))); n += 1
    tot_pts = 0
    for key, word in (('CP', 'C+'), ('C', 'C'), ('PC', 'PC'), ('NC', 'NC')):
        cnt = counts(R)[['CP', 'C', 'PC', 'NC'].index(key)]
        tot_pts += cnt * PTS[key]
        rows.append((n, ('el', ['', '', word, str(cnt), '', '', str(cnt * PTS[key])]))); n += 1
    rows.append((n, ('el', ['', '', 'Total', '57', '', '', str(tot_pts)]))); n += 1
    rows.append((n, ('blank', None))); n += 1
    rows.append((n, ('el', ['', '', 'By criterion', 'C+', 'C', 'PC', 'NC']))); n += 1
    for k in '12345':
        rows.append((n, ('el', ['', '', f'Criterion {k}'] + [str(x) for x in BY[k]]))); n += 1
    return rows, tot_pts

ROWS, TOTAL_PTS = sheet_rows()
assert TOTAL_PTS == 116

def sheet_html():
    out = ['<table class="x"><thead>',
           '<tr class="letters"><th class="rn" width="4%"></th>' + ''.join(f'<th width="{w}%">{L}</th>' for L, w in zip(LETTERS, WIDTHS)) + '</tr>',
           '<tr class="hdr"><td class="rn">1</td>' + ''.join(f'<td>{h}</td>' for h in HEAD) + '</tr></thead><tbody>']
    for n, (kind, v) in ROWS:
        if kind == 'banner':
            out.append(f'<tr class="ban"><td class="rn">{n}</td><td colspan="7">{v}</td></tr>')
        elif kind == 'blank':
            out.append(f'<tr><td class="rn">{n}</td>' + '<td>&nbsp;</td>' * 7 + '</tr>')
        else:
            out.append(f'<tr><td class="rn">{n}</td>' + ''.join(f'<td>{x}</td>' for x in v) + '</tr>')
    out.append('</tbody></table>')
    return '\n'.join(out)

DETAILS = [
    ('Organisation', 'Calderwick Metropolitan Borough Council – Registration Service'),
    ('Visit type', 'Annual Review 1 (first surveillance visit after the initial assessment)'),
    ('Dates on site', '3rd and 4th March 2015'),
    ('Assessor', 'Philippa Dunstable'),
    ('Service contact', 'Mrs Dawn Hartigan, Superintendent Registrar'),
    ('Date of report', '27 March 2015'),
]
INTRO = [
    'Calderwick Registration Service registers about 9,800 births, deaths, marriages and civil partnerships a year, conducts citizenship ceremonies, and runs the Calderwick Register Office and two approved venues owned by the Council. It has 31 staff, most of them part-time.',
    'The Service was first certified in March 2014. At that initial assessment it was rated Compliance Plus in three elements (1.1.2, 4.3.1 and 5.3.2) and Partial Compliance in four (2.2.4, 3.2.2, 3.3.3 and 5.2.4).',
    'This first annual review looked at the Service\'s progress on those partial compliances and at the whole standard. On 3rd and 4th March 2015 I met 18 staff, the Head of Customer Services, the lead member, 14 customers (including two couples planning ceremonies and a family registering a death) and the Council\'s Tell Us Once team, and observed registrations and a citizenship ceremony.',
]
FINDINGS = [
    'Two of the four partial compliances from 2014 have been cleared: the new waiting area and the private room for bereaved families at the Register Office (3.3.3), and the letters that now tell customers what happens next and when (5.2.4). Both are now compliant.',
    'Two remain partial. Registrars\' ideas for improving ceremonies and appointments are collected, but there is still no route for them into the service plan (2.2.4). The Service has not yet checked whether customers understand the documents checklist for notices of marriage, which is still the main cause of rebooked appointments (3.2.2).',
    'The three Compliance Plus ratings from 2014 are confirmed, and a fourth is added: the Service\'s work with the wider community (3.4.3), including the bereavement-support directory produced with local funeral directors and hospices and the citizenship-ceremony welcome events run with community groups, is exceptional.',
    'The Service is also proud of its General Register Office performance (98% of certificates issued within five working days); that is a GRO measure and was taken into account only as evidence for 5.3.2.',
]
SUMMARY = ('The assessment matrix at Appendix 1 records the rating of every element. In summary: 4 Compliance Plus, 51 Compliance, 2 Partial Compliance and 0 Non-Compliance. '
           'The Service continues to meet the requirements of the standard and I recommend that certification continues.')
NEXT = ['An action plan for 2.2.4 and 3.2.2 should be sent to emqc within one month.',
        'The Service would like to be rated Compliance Plus for 1.3.4 at the next review; satisfaction targets are in place but have not yet been stretched.',
        'The second annual review is due in March 2016.']

html = f'''<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>emqc – Customer Service Excellence Annual Review 1 – Calderwick Registration Service – March 2015</title>
<style>
@page {{ size: A4; margin: 16mm 14mm; }}
body {{ font-family: Arial, "Liberation Sans", sans-serif; font-size: 10pt; }}
h1 {{ font-size: 20pt; color: #00467f; margin-top: 30mm; }}
h2 {{ font-size: 12.5pt; color: #00467f; margin-top: 16px; }}
table {{ border-collapse: collapse; }}
table.k td {{ border: 1px solid #999; padding: 3px 6px; vertical-align: top; }}
table.k td.l {{ width: 30%; font-weight: bold; background: #e5eef6; }}
table.x {{ width: 100%; font-family: Calibri, Carlito, Arial, sans-serif; }}
table.x thead {{ display: table-header-group; }}
table.x td, table.x th {{ border: 1px solid #c8c8c8; padding: 0 3px; font-size: 7.5pt; vertical-align: top; }}
table.x tr.letters th {{ background: #e8e8e8; font-weight: normal; text-align: center; color: #333; }}
table.x td.rn, table.x th.rn {{ background: #e8e8e8; text-align: right; color: #333; width: 4%; }}
table.x tr.hdr td {{ font-weight: bold; }}
table.x tr.ban td {{ font-weight: bold; }}
p.fh {{ font-size: 8pt; color: #555; margin: 0; }}
.pb {{ page-break-after: always; }}
</style></head>
<body>
<div class="pb">
<p style="font-size:14pt;color:#00467f"><b>emqc</b></p>
<h1>Customer Service Excellence<br>Annual Review Report</h1>
<p style="font-size:14pt">Calderwick Metropolitan Borough Council<br>Registration Service</p>
<p>Annual Review 1 &middot; 3rd and 4th March 2015</p>
</div>
<div class="pb">
<h2>Contents</h2>
<p>1. Review details<br>2. Introduction<br>3. Findings<br>4. Summary and recommendation<br>5. Next steps<br>Appendix 1 &ndash; Assessment matrix (printed from the assessor&rsquo;s workbook)</p>
</div>
<h2>1. Review details</h2>
<table class="k" style="width:100%">''' + ''.join(f'<tr><td class="l">{a}</td><td>{b}</td></tr>' for a, b in DETAILS) + '''</table>
<h2>2. Introduction</h2>
''' + ''.join(f'<p>{p}</p>' for p in INTRO) + '''
<h2>3. Findings</h2>
''' + ''.join(f'<p>{p}</p>' for p in FINDINGS) + f'''
<h2>4. Summary and recommendation</h2>
<p>{SUMMARY}</p>
<h2>5. Next steps</h2>
<ul>''' + ''.join(f'<li>{p}</li>' for p in NEXT) + f'''</ul>
<p>Philippa Dunstable<br>emqc Assessor<br>27 March 2015</p>
<h2 style="page-break-before:always">Appendix 1 &ndash; Assessment matrix (printed from the assessor&rsquo;s workbook)</h2>
<p class="fh">CSE_Matrix_Calderwick_AR1_v3.xlsx &nbsp;&middot;&nbsp; Sheet: Matrix &nbsp;&middot;&nbsp; printed 27/03/2015</p>
<p class="fh">Ratings: C+ Compliance Plus, C Compliance, PC Partial Compliance, NC Non-Compliance. Pts: 3, 2, 1, 0 (emqc benchmarking points). The sheet &ldquo;Initial 2014&rdquo; is not printed.</p>
{sheet_html()}
</body></html>
'''
write('calderwick-registration-2015-review.html', html)
