# forth-tay-community-grants-2013-reassessment: reassessment of a Scottish community grants
# distributor (a charity), 2013, by a small INVENTED body ("Kelvin Assurance Services Ltd" ->
# null). The 57 ratings are in ONE TABLE WITH THE FIVE CRITERIA SIDE BY SIDE: a header row with
# the five criteria (each spanning an "El." and a "Rating" column), then 13 body rows where row i
# holds the i-th element of EVERY criterion (1.1.1 | C | 2.1.1 | C | 3.1.1 | C | 4.1.1 | C |
# 5.1.1 | C), the shorter criteria leaving EMPTY CELLS at the foot (criterion 5 has 10 elements,
# criteria 1 and 2 have 11, criterion 3 has 12, criterion 4 has 13); a last row gives each
# criterion's counts in its two cells ("C+ 1 · C 9 · PC 1 · NC 0"). Read across, every text line
# holds five elements of five criteria. Ratings abbreviated C+ / C / PC / NC with a key.
from common import *
CP = ['1.1.2', '2.1.6', '4.3.4', '5.2.4']
PC = ['1.3.3', '3.3.2', '4.1.3']
R = ratings(cp=CP, pc=PC)
assert counts(R) == (4, 50, 3, 0)
CRITC = {'1': (1, 9, 1, 0), '2': (1, 10, 0, 0), '3': (0, 11, 1, 0), '4': (1, 11, 1, 0), '5': (1, 9, 0, 0)}
for k, v in CRITC.items(): assert counts(R, k) == v, k
AB = {'CP': 'C+', 'C': 'C', 'PC': 'PC', 'NC': 'NC'}
COLS = {k: [c for c in CODES if c[0] == k] for k in '12345'}
NROWS = max(len(v) for v in COLS.values())
assert NROWS == 13
DETAILS = [('Organisation', 'Forth and Tay Community Grants Fund (Scottish Charitable Incorporated Organisation SC041177)'),
           ('Assessment', 'Reassessment (second cycle; first certified September 2010)'),
           ('Evidence review (off site)', '12 August 2013'),
           ('On-site assessment', '26&ndash;28 August 2013, Dundee and Perth offices'),
           ('Assessment team', 'Fiona MacInnes, Lead Assessor; Euan Drummond, Assessor'),
           ('Fund contact', 'Mr Alasdair Baird, Head of Grants Operations'),
           ('Report date', '13 September 2013'),
           ('Report reference', 'KAS/CSE/13/077')]
CSS = '''
@page { size: A4; margin: 18mm 15mm; }
body { font-family: "Gill Sans", "Gillius ADF", "DejaVu Sans", sans-serif; font-size: 10pt; color: #1d1d1d; }
h1 { font-size: 22pt; color: #2b5d34; margin-top: 40mm; }
h2 { font-size: 13pt; color: #2b5d34; margin-top: 16px; }
p { margin: 0 0 7px 0; line-height: 1.38; }
table { border-collapse: collapse; }
td, th { border: 1px solid #8fae94; padding: 3px 4px; vertical-align: top; text-align: left; font-size: 9pt; }
th { background: #e2ede4; }
table.side td, table.side th { text-align: center; font-size: 9pt; }
table.side td.e { background: #fbfbfb; }
table.side td.tot { font-size: 8pt; background: #e2ede4; }
.pb { page-break-after: always; }
'''
def side_table():
    head1 = ''.join(f'<th colspan="2" width="20%">Criterion {k}<br>{CRIT[k]}</th>' for k in '12345')
    head2 = ''.join('<th width="10%">El.</th><th width="10%">Rating</th>' for _ in '12345')
    rows = []
    for i in range(NROWS):
        cells = []
        for k in '12345':
            if i < len(COLS[k]):
                c = COLS[k][i]
                cells.append(f'<td class="e">{c}</td><td>{AB[R[c]]}</td>')
            else:
                cells.append('<td class="e"></td><td></td>')
        rows.append('<tr>' + ''.join(cells) + '</tr>')
    tot = ''.join(f'<td colspan="2" class="tot">C+ {a}<br>C {b}<br>PC {c}<br>NC {d}</td>' for a, b, c, d in (CRITC[k] for k in '12345'))
    rows.append('<tr>' + tot + '</tr>')
    return f'<table class="side" width="100%"><thead><tr>{head1}</tr><tr>{head2}</tr></thead><tbody>{"".join(rows)}</tbody></table>'
FIND = {
 '1': 'The Fund knows its applicants and the communities it serves in depth. Its insight work, mapping grant take-up against the Scottish Index of Multiple Deprivation and interviewing groups that never apply, is exceptional (1.1.2, Compliance Plus). Satisfaction surveys do not yet ask about the timeliness of decisions or the quality of advice from grants officers (1.3.3, Partial Compliance).',
 '2': 'Trustees and the Chief Executive lead by example. Staff are encouraged to take part in the customer culture in ways we have rarely seen: every officer spends two days a year volunteering with a funded group and reports back to the team (2.1.6, Compliance Plus).',
 '3': 'Information is clear, in plain English and Gaelic, and the online application works well. The Fund collects data on how applicants contact it but has not used them to improve its channels (3.3.2, Partial Compliance).',
 '4': 'The Fund meets its published standards. Its standards were set by staff without involving applicants or partners (4.1.3, Partial Compliance). Complaints and comments are analysed each quarter and the changes made are published on the website and in the newsletter, a model for others (4.3.4, Compliance Plus).',
 '5': 'Timeliness standards are clear and met. Where an application cannot be decided at the first panel, the grants officer agrees next steps with the group and a date for a decision, and keeps to it (5.2.4, Compliance Plus). At the 2012 annual review 5.2.4 was rated Partial Compliance.',
}
crit_rows = ''.join(f'<tr><td>{k}. {CRIT[k]}</td>' + ''.join(f'<td>{n}</td>' for n in CRITC[k]) + '</tr>' for k in '12345')
body = f'''
<div class="pb">
<p style="font-size:13pt;color:#2b5d34"><b>KELVIN ASSURANCE SERVICES LTD</b><br><span style="font-size:10pt">Certification of service standards &middot; Glasgow</span></p>
<h1>Customer Service Excellence<br>Reassessment Report</h1>
<p style="font-size:15pt">Forth and Tay Community Grants Fund</p>
<p>September 2013</p>
</div>
<h2 style="page-break-before:always">Contents</h2>
<p>1. Assessment details<br>2. Summary of outcome<br>3. Findings by criterion<br>4. Ratings at a glance<br>5. Recommendation</p>
<h2>1. Assessment details</h2>
<table width="100%">{''.join(f'<tr><td width="30%"><b>{a}</b></td><td>{b}</td></tr>' for a, b in DETAILS)}</table>
<h2>2. Summary of outcome</h2>
<p>The Forth and Tay Community Grants Fund distributes about &pound;6.5 million a year to community groups in Fife, Perth and Kinross, Angus and Dundee, from its endowment and on behalf of two local authorities and the Big Lottery Fund Scotland. It was first certified in September 2010.</p>
<p>At this reassessment the Fund was assessed against all 57 elements: 4 were rated Compliance Plus (1.1.2, 2.1.6, 4.3.4 and 5.2.4), 50 Compliance and 3 Partial Compliance (1.3.3, 3.3.2 and 4.1.3). No element was rated Non-Compliance. We recommend that certification is renewed.</p>
<h2>3. Findings by criterion</h2>
{''.join(f'<p><b>Criterion {k} &ndash; {CRIT[k]}.</b> {FIND[k]}</p>' for k in '12345')}
<h2 style="page-break-before:always">4. Ratings at a glance</h2>
<p>The table sets the five criteria side by side: read each criterion down its own pair of columns. Key: C+ Compliance Plus; C Compliance; PC Partial Compliance; NC Non-Compliance. The last row gives the number of elements at each rating in that criterion.</p>
{side_table()}
<p style="margin-top:10px">Results by criterion, for the certificate file:</p>
<table width="80%"><tr><th>Criterion</th><th>C+</th><th>C</th><th>PC</th><th>NC</th></tr>{crit_rows}
<tr><td><b>Total</b></td><td><b>4</b></td><td><b>50</b></td><td><b>3</b></td><td><b>0</b></td></tr></table>
<h2>5. Recommendation</h2>
<p>We recommend that the Fund&rsquo;s certification is renewed for three years, with annual reviews in August 2014 and August 2015. The Fund hopes to reach Compliance Plus for 3.2.1 (its Gaelic and community-language information) by 2016.</p>
<p>Fiona MacInnes, Lead Assessor<br>Euan Drummond, Assessor<br>for Kelvin Assurance Services Ltd, 13 September 2013</p>
'''
write('forth-tay-community-grants-2013-reassessment.html', page('Customer Service Excellence Reassessment Report – Forth and Tay Community Grants Fund – September 2013', CSS, body))
