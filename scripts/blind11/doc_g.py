# northmarch-court-centre-2008-initial: initial assessment of an HM Courts Service combined court
# centre, 2008, by a small invented body (Castlemead Quality Assessment Ltd). The 57 ratings are ONLY
# in a MATRIX of SUB-CRITERION ROWS x RATING COLUMNS whose cells list the ELEMENT NUMBERS within the
# sub-criterion that got that rating ("1, 3", "1–5", "1–3, 5"), "–" for none, with a "No. of
# elements" column; the key explains "under 1.2, '1, 3' means elements 1.2.1 and 1.2.3". A small
# per-criterion count table and one sentence of counts. Narrative names the C+ and partials.
from common import *
CP = ['4.1.1']
PC = ['1.2.2', '3.2.3', '5.2.4']
R = ratings(cp=CP, pc=PC)
assert counts(R) == (1, 53, 3, 0)
CRITC = {'1': (0, 10, 1, 0), '2': (0, 11, 0, 0), '3': (0, 11, 1, 0), '4': (1, 12, 0, 0), '5': (0, 9, 1, 0)}
for k, v in CRITC.items(): assert counts(R, k) == v, k
# the cells, typed by hand: sub-criterion -> (C+, C, PC, NC)
CELLS = {
 '1.1': ('&ndash;', '1&ndash;3', '&ndash;', '&ndash;'), '1.2': ('&ndash;', '1, 3', '2', '&ndash;'), '1.3': ('&ndash;', '1&ndash;5', '&ndash;', '&ndash;'),
 '2.1': ('&ndash;', '1&ndash;6', '&ndash;', '&ndash;'), '2.2': ('&ndash;', '1&ndash;5', '&ndash;', '&ndash;'),
 '3.1': ('&ndash;', '1, 2', '&ndash;', '&ndash;'), '3.2': ('&ndash;', '1, 2, 4', '3', '&ndash;'), '3.3': ('&ndash;', '1&ndash;3', '&ndash;', '&ndash;'), '3.4': ('&ndash;', '1&ndash;3', '&ndash;', '&ndash;'),
 '4.1': ('1', '2, 3', '&ndash;', '&ndash;'), '4.2': ('&ndash;', '1&ndash;4', '&ndash;', '&ndash;'), '4.3': ('&ndash;', '1&ndash;6', '&ndash;', '&ndash;'),
 '5.1': ('&ndash;', '1, 2', '&ndash;', '&ndash;'), '5.2': ('&ndash;', '1&ndash;3, 5', '4', '&ndash;'), '5.3': ('&ndash;', '1&ndash;3', '&ndash;', '&ndash;'),
}
def expand(cell):
    if cell == '&ndash;': return []
    out = []
    for part in cell.split(', '):
        if '&ndash;' in part:
            a, b = part.split('&ndash;'); out += list(range(int(a), int(b) + 1))
        else:
            out.append(int(part))
    return out
KEYS = ['CP', 'C', 'PC', 'NC']
for s, cells in CELLS.items():  # the typed cells agree with R and cover every element once
    seen = []
    for key, cell in zip(KEYS, cells):
        for n in expand(cell):
            code = f'{s}.{n}'; assert R[code] == key, code; seen.append(code)
    assert sorted(seen) == codes_of(s), s
DETAILS = [('Organisation', 'Northmarch Combined Court Centre (HM Courts Service, North East Region)'),
           ('Assessment', 'Initial assessment (transfer from Charter Mark)'),
           ('Pre-assessment evidence review', '1st October 2008'),
           ('On-site assessment', '22nd&ndash;24th October 2008'),
           ('Assessor', 'Alan Threlfall'),
           ('Court contact', 'Mrs Janice Oduya, Court Manager'),
           ('Report date', '14th November 2008')]
CSS = '''
@page { size: A4; margin: 22mm 20mm; }
body { font-family: "Times New Roman", "Liberation Serif", serif; font-size: 11pt; color: #000; }
h1 { font-size: 22pt; margin-top: 40mm; text-align: center; }
h2 { font-size: 13pt; margin-top: 16px; }
p { margin: 0 0 8px 0; text-align: justify; }
table { border-collapse: collapse; }
td, th { border: 1px solid #000; padding: 3px 6px; vertical-align: top; text-align: left; font-size: 10pt; }
th { background: #d9d9d9; }
td.c { text-align: center; }
td.l { width: 35%; font-weight: bold; }
.pb { page-break-after: always; }
'''
mrows = ''.join(f'<tr><td>{s} {SUBS[s]}</td><td class="c">{len(codes_of(s))}</td>' + ''.join(f'<td class="c">{x}</td>' for x in CELLS[s]) + '</tr>' for s in SUBS)
crows = ''.join(f'<tr><td>{k}. {CRIT[k]}</td>' + ''.join(f'<td class="c">{n}</td>' for n in CRITC[k]) + '</tr>' for k in '12345')
NARR = [
 ('Customer Insight', 'The Centre knows its court users well: victims and witnesses, jurors, litigants in person, solicitors and the agencies. It consults regularly through the Court User Group, but its methods of consultation do not reach litigants in person in the family court, who are the users most in need of help (1.2.2).'),
 ('The Culture of the Organisation', 'Customer focus is led by the Court Manager and shared by ushers, listing and counter staff alike. The Witness Service and the Centre work as one team.'),
 ('Information and Access', 'Leaflets and notices are clear. However, the Centre has not checked whether its information for litigants in person is understood by them; two leaflets use legal terms without explanation (3.2.3).'),
 ('Delivery', 'The Centre has adopted the HMCS service standards and gone further, agreeing local standards for jury attendance and witness waiting times with the Court User Group and the Witness Service. This is exceptional and 4.1.1 is rated Compliance Plus.'),
 ('Timeliness and Quality of Service', 'Most timeliness standards are met. Where hearings start late, court users are not always told why or how long they will wait (5.2.4).'),
]
body = f'''
<div class="pb">
<p style="text-align:center"><b>CASTLEMEAD QUALITY ASSESSMENT LTD</b></p>
<h1>Customer Service Excellence<br>Assessment Report</h1>
<p style="text-align:center;font-size:14pt">Northmarch Combined Court Centre</p>
<p style="text-align:center">Initial Assessment &ndash; November 2008</p>
</div>
<h2 style="page-break-before:always">Contents</h2>
<p>1. Assessment details<br>2. Introduction<br>3. Summary of the assessment<br>4. Findings<br>5. Results by sub-criterion<br>6. Recommendation</p>
<h2>1. Assessment details</h2>
<table style="width:100%">{''.join(f'<tr><td class="l">{a}</td><td>{b}</td></tr>' for a, b in DETAILS)}</table>
<h2>2. Introduction</h2>
<p>Northmarch Combined Court Centre houses the Crown Court, the County Court and the family court for Northmarch and the surrounding districts. It held Charter Mark from 2003 and chose to transfer to Customer Service Excellence, the Government&rsquo;s new standard, in 2008. The assessment covered the five criteria, 15 sub-criteria and 57 elements of the standard.</p>
<h2>3. Summary of the assessment</h2>
<p>The Centre meets the standard. One element was rated Compliance Plus (4.1.1), 53 Compliance and three Partial Compliance (1.2.2, 3.2.3 and 5.2.4). No element was non-compliant.</p>
<table style="width:85%"><tr><th>Criterion</th><th>Compliance Plus</th><th>Compliance</th><th>Partial Compliance</th><th>Non-Compliance</th></tr>{crows}</table>
<h2>4. Findings</h2>
{''.join(f'<p><b>Criterion {i + 1} &ndash; {h}.</b> {t}</p>' for i, (h, t) in enumerate(NARR))}
<h2 style="page-break-before:always">5. Results by sub-criterion</h2>
<p>The table shows, for each sub-criterion, which of its elements received each rating. Elements are given by their number within the sub-criterion: in the row for 1.2, &ldquo;1, 3&rdquo; under Compliance means elements 1.2.1 and 1.2.3, and &ldquo;1&ndash;5&rdquo; means all five elements from 1 to 5. A dash means no element of the sub-criterion received that rating.</p>
<table style="width:100%"><tr><th>Sub-criterion</th><th>No. of elements</th><th>Compliance Plus</th><th>Compliance</th><th>Partial Compliance</th><th>Non-Compliance</th></tr>{mrows}
<tr><td><b>Total</b></td><td class="c"><b>57</b></td><td class="c"><b>1</b></td><td class="c"><b>53</b></td><td class="c"><b>3</b></td><td class="c"><b>0</b></td></tr></table>
<h2>6. Recommendation</h2>
<p>I recommend that Northmarch Combined Court Centre is awarded the Customer Service Excellence standard. The three partial compliances should be addressed before the first annual review in October 2009.</p>
<p>Alan Threlfall<br>Assessor, Castlemead Quality Assessment Ltd<br>14th November 2008</p>
'''
write('northmarch-court-centre-2008-initial.html', page('Customer Service Excellence Assessment Report – Northmarch Combined Court Centre – November 2008', CSS, body))
