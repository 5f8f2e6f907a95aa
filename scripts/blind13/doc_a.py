# northfold-school-admissions-2009-initial: Centre for Assessment initial assessment of a county
# council's School Admissions and Pupil Transport Service, 2009, as the HOLDER'S COPY: the report
# was FAXED by the body, printed by the fax machine, SCANNED on arrival and run through OCR. So:
# a fax cover sheet first (with a "RECEIVED" stamp and tick boxes), a fax machine's header line at
# the top of every page (date, time, sender's number, "CENTRE FOR ASSESS", "PAGE 03/07"), and the
# TYPICAL OCR ERRORS throughout the text AND in the codes and rating words: l / I for 1 ("1.1.l",
# "l.3.1", "2.2.I"), S for 5 ("4.3.S"), a comma for a dot ("3,2.2"), a stray space ("2.1 .4"), rn
# for m ("Cornpliance", "elernents"), 1 for l ("Partia1"), c for e ("Compliancc"), "PIus", a split
# word ("Com pliance"), "5l" for 51 in the summary, and a handwritten margin note read as text.
# Every code and rating is still clear to a reader (by its shape and its place in the sequence).
# Markdown as the output of an OCR SERVICE'S MARKDOWN MODE (Azure AI Document Intelligence
# "layout" style): <!-- PageHeader="..." --> / <!-- PageNumber="..." --> / <!-- PageBreak -->
# comments, :selected: / :unselected: for the tick boxes, tables as HTML <table>, the same errors.
from common import *
CP = ['3.2.1', '4.3.4']
PC = ['1.2.3', '2.2.3', '4.1.3', '5.3.2']
R = ratings(cp=CP, pc=PC)
assert counts(R) == (2, 51, 4, 0)
CRITC = {'1': (0, 10, 1, 0), '2': (0, 10, 1, 0), '3': (1, 11, 0, 0), '4': (1, 11, 1, 0), '5': (0, 9, 1, 0)}
for k, v in CRITC.items(): assert counts(R, k) == v, k

# how the OCR read each code (only the misread ones listed)
OCR_CODE = {'1.1.1': '1.1.l', '1.3.1': 'l.3.1', '2.1.4': '2.1 .4', '2.2.1': '2.2.I', '3.2.2': '3,2.2',
            '4.1.1': '4.l.1', '4.3.5': '4.3.S', '5.2.1': '5.2.l', '3.4.2': '3.4.2.'}
# how the OCR read each rating (by code; default the clean word)
OCR_RATE = {'1.1.2': 'Cornpliance', '1.2.3': 'Partial Cornpliance', '1.3.5': 'Comp1iance', '2.1.2': 'Compliancc',
            '2.2.3': 'Partia1 Compliance', '3.1.2': 'Com pliance', '3.2.1': 'Compliance PIus', '3.3.3': 'Cornpliance',
            '4.1.3': 'Partial Compliancc', '4.2.4': 'Cornpliance', '4.3.4': 'Compliance Plus', '5.1.2': 'Compliance',
            '5.2.3': 'Cornpliance', '5.3.2': 'Partial Compliance'}
# a few statements misread too
def ocr_stmt(c):
    s = short(c, 78)
    for a, b in (('m', 'rn'),):
        pass
    if c in ('1.1.3', '2.1.5', '3.3.1', '4.2.2', '5.2.4'):
        s = s.replace('customers', 'custorners', 1).replace('our ', 'onr ', 1)
    if c in ('1.2.2', '3.2.3', '4.3.1'):
        s = s.replace('the ', 'tbe ', 1).replace('improv', 'irnprov', 1)
    return s
assert all(ocr_stmt(c) for c in CODES)

TIMES = ['14:21', '14:2l', '14:22', '14:22', '14:23', '14:23', '14:24', 'l4:24', '14:25']
def fh(p):
    st = ' style="page-break-before:always"' if p > 1 else ''
    return f'<pre class="fax"{st}>{faxhead(p)}</pre>'

def faxhead(p):
    return f'16/03/2009 {TIMES[p-1]}    01925 555019          CENTRE FOR ASSESS            PAGE {p:02d}/07'

CSS = '''
@page { size: A4; margin: 12mm 16mm 16mm 16mm; }
body { font-family: "Times New Roman", "Liberation Serif", serif; font-size: 11pt; color: #222; }
.fax { margin: 0 0 10px 0; font-family: "Courier New", "Liberation Mono", monospace; font-size: 8pt; color: #333; border-bottom: 1px solid #999; margin-bottom: 10px; white-space: pre; }
h1 { font-size: 18pt; margin: 6px 0; }
h2 { font-size: 12.5pt; margin: 14px 0 6px 0; }
p { margin: 0 0 7px 0; line-height: 1.35; }
table { border-collapse: collapse; }
td, th { border: 1px solid #555; padding: 2px 5px; vertical-align: top; text-align: left; font-size: 9.5pt; }
th { background: #e8e8e8; }
.stamp { border: 2px solid #7a2a2a; color: #7a2a2a; font-family: Arial, "Liberation Sans", sans-serif; font-weight: bold; padding: 4px 10px; display: inline-block; text-align: center; }
.note { font-family: "Comic Sans MS", "DejaVu Sans", sans-serif; font-style: italic; color: #1b3d8f; }
.pb { page-break-after: always; }
'''

def crit_table_html():
    rows = []
    ocr_cell = {('1', 0): 'O', ('2', 3): 'O', ('3', 0): 'l', ('5', 2): 'l'}
    for k in '12345':
        vals = CRITC[k]
        cells = ''.join(f'<td>{ocr_cell.get((k, i), str(v))}</td>' for i, v in enumerate(vals))
        rows.append(f'<tr><td>{k}. {CRIT[k]}</td>{cells}<td>{sum(vals)}</td></tr>')
    rows.append('<tr><td><b>Tota1</b></td><td><b>2</b></td><td><b>51</b></td><td><b>4</b></td><td><b>0</b></td><td><b>57</b></td></tr>')
    return ('<table width="100%"><tr><th>Criterion</th><th>Compliance Plus</th><th>Cornpliance</th><th>Partial Compliance</th>'
            '<th>Non-Compliance</th><th>Elernents</th></tr>' + ''.join(rows) + '</table>')

def element_rows():
    for c in CODES:
        yield OCR_CODE.get(c, c), ocr_stmt(c), OCR_RATE.get(c, WORD[R[c]])

def element_table_html(codes):
    rows = ''.join(f'<tr><td>{a}</td><td>{b}</td><td>{r}</td></tr>' for (a, b, r), c in zip(element_rows(), CODES) if c in codes)
    return f'<table width="100%"><tr><th width="11%">Ref</th><th>Element</th><th width="22%">Rating</th></tr>{rows}</table>'

P1 = CODES[:29]   # 1.1.1 .. 3.3.1 on page 6
P2 = CODES[29:]   # 3.3.2 .. 5.3.3 on page 7

PCJ = [('1.2.3', 'Partial Cornpliance', 'The Service consults parents each year but has not reviewed whether its methods reach all groups; the online survey after the 2008 offer day had 412 replies, ahnost all from parents who had applied online.'),
       ('2.2.3', 'Partia1 Compliance', 'Customer focus is not yet part of the appraisal scheme for admissions officers; objectives are about processing times only.'),
       ('4.1.3', 'Partial Compliancc', 'Standards for the pupil transport helpline were set by the Service without involving parents, schools or the transport operators.'),
       ('5.3.2', 'Partial Compliance', 'Performance against the standard of deciding transport applications within 20 school days was 71% in the autumn term and is not improving.')]
CPJ = [('3.2.1', 'Compliance PIus', 'The admissions booklet, the online guide, the texted offer and the "Moving Up" sessions in 14 libraries together give every family the information it needs in the form it prefers. This is an exarnple for other authorities.'),
       ('4.3.4', 'Compliance Plus', 'Learning from appeals and complaints is outstanding: each appeal outcome is reviewed, and the changes made (for example to the sibling rule wording) are published in the next booklet.')]

def details_rows():
    return [('Organisation', 'Northfold County Council &ndash; School Admissions and Pupil Transport Service'),
            ('Type of assessment', 'lnitial Assessment'),
            ('Assessor', 'Gwen Atherley-Price'),
            ('Pre-assessment evidence review', '9th February 2009'),
            ('On-site assessment', '24th and 25th February 2009'),
            ('Date of report', '13th March 2009'),
            ('Our reference', 'CFA/CSE/0902/118')]

def build_html():
    dt = ''.join(f'<tr><td width="34%"><b>{a}</b></td><td>{b}</td></tr>' for a, b in details_rows())
    pcj = ''.join(f'<tr><td>{c}</td><td>{r}</td><td>{t}</td></tr>' for c, r, t in PCJ)
    cpj = ''.join(f'<tr><td>{c}</td><td>{r}</td><td>{t}</td></tr>' for c, r, t in CPJ)
    return f'''
<div>
{fh(1)}
<h1>FACSIMILE TRANSMISSION</h1>
<table width="100%">
<tr><td width="22%">To:</td><td>Mrs Janet Ellery, Customer Services Manager, School Admissions and Pupil Transport, Northfold County Council</td></tr>
<tr><td>Fax no:</td><td>01632 960441</td></tr>
<tr><td>From:</td><td>Certification Team, Centre for Assessment Ltd</td></tr>
<tr><td>Fax no:</td><td>01925 555019</td></tr>
<tr><td>Date:</td><td>16/03/09</td></tr>
<tr><td>Pages:</td><td>7 (including this sheet)</td></tr>
<tr><td>Re:</td><td>Customer Service Excellence &ndash; your assessment report (final)</td></tr>
</table>
<p style="margin-top:10px">&#9746; For information &nbsp;&nbsp; &#9744; Please reply &nbsp;&nbsp; &#9744; Urgent</p>
<p>Janet, please find attached the final report of your assessment. The signed original will follow by post with your certificate. Regards, Certification Team</p>
<p style="margin-top:30px"><span class="stamp">RECEIVED<br>17 MAR 2009<br>Children&rsquo;s Services &ndash; Admissions</span></p>
<p style="font-size:8pt;margin-top:30px">If you do not receive all the pages please telephone 01925 555010. This fax is confidential and intended for the addressee only.</p>
</div>
<div>
{fh(2)}
<p style="font-size:14pt"><b>CENTRE FOR ASSESSMENT</b></p>
<h1>Customer Service Excellence<br>Assessment Report</h1>
<p style="font-size:13pt">Northfold County Council<br>School Admissions and Pupil Transport Service</p>
<p>lnitial Assessment &ndash; February 2009</p>
<table width="100%" style="margin-top:16px">{dt}</table>
<p style="margin-top:14px">Contents: 1 lntroduction &middot; 2 Summary &middot; 3 Results by criterion &middot; 4 Element ratings &middot; 5 Partial compliance &middot; 6 Compliance Plus &middot; 7 Next steps</p>
</div>
<div>
{fh(3)}
<h2>1 lntroduction</h2>
<p>The School Admissions and Pupil Transport Service of Northfold County Council deals with applications for places at 311 primary and 38 secondary schools, in-year transfers, admission appeals and free home to school transport for about 9,400 pupils. lt has 46 staff at County Hall, Amblestone, and a transport helpline.</p>
<p>This was the Service&rsquo;s first assessment against the Customer Service Excellence standard. lt replaced its Charter Mark, held since 2005. The evidence portfolio was reviewed on 9th February 2009 and the on-site assessment took place on 24th and 25th February 2009, when l met 31 staff, 4 head teachers, 2 transport operators and 17 parents.</p>
<h2>2 Summary</h2>
<p>The Service is well run and knows its customers. Of the 57 elernents of the standard, 2 were assessed as Compliance Plus, 5l as Compliance and 4 as Partial Cornpliance. No element was assessed as Non-Compliance. The partial compliances are within the tolerance allowed and l recommend that the Service is awarded Customer Service Excellence.</p>
<p class="note">Janet &ndash; see l.2.3 &amp; 4.1.3 for the action plan. JE 17/3</p>
<h2>3 Results by criterion</h2>
{crit_table_html()}
<p style="margin-top:8px">Offer day for secondary places was 2nd March 2009; 94% of families were offered their first preference and 1,120 appeals were lodged in 2008, of which 14% were upheld.</p>
</div>
<div>
{fh(4)}
<h2>4 Element ratings</h2>
<p>Every element of the standard was assessed at this visit.</p>
{element_table_html(P1)}
</div>
<div>
{fh(5)}
{element_table_html(P2)}
</div>
<div>
{fh(6)}
<h2>5 Partial compliance</h2>
<table width="100%"><tr><th width="10%">Ref</th><th width="20%">Rating</th><th>Reason</th></tr>{pcj}</table>
<h2>6 Compliance Plus</h2>
<table width="100%"><tr><th width="10%">Ref</th><th width="20%">Rating</th><th>Reason</th></tr>{cpj}</table>
</div>
<div>
{fh(7)}
<h2>7 Next steps</h2>
<p>The Service should send its action plan for the four partial compliances to Centre for Assessment within one month. The first annual review (the 12-month review) will take place in February 20l0 and will look again at the partial compliances. The Service told me it would like to reach Compliance Plus for 1.1.3 by then.</p>
<p>Gwen Atherley-Price<br>Assessor, Centre for Assessment Ltd<br>13th March 2009</p>
</div>
'''

def table_md(head, rows):
    h = ''.join(f'<th>{x}</th>' for x in head)
    b = ''.join('<tr>' + ''.join(f'<td>{x}</td>' for x in r) + '</tr>' for r in rows)
    return f'<table>\n<tr>{h}</tr>\n{b}\n</table>'

def build_md():
    er = list(element_rows())
    crit_rows = []
    ocr_cell = {('1', 0): 'O', ('2', 3): 'O', ('3', 0): 'l', ('5', 2): 'l'}
    for k in '12345':
        crit_rows.append([f'{k}. {CRIT[k]}'] + [ocr_cell.get((k, i), str(v)) for i, v in enumerate(CRITC[k])] + [str(sum(CRITC[k]))])
    crit_rows.append(['Tota1', '2', '51', '4', '0', '57'])
    P = lambda p: f'<!-- PageHeader="{faxhead(p)}" -->'
    md = f'''{P(1)}

# FACSIMILE TRANSMISSION

{table_md(['To:', 'Mrs Janet Ellery, Customer Services Manager, School Admissions and Pupil Transport, Northfold County Council'], [['Fax no:', '01632 960441'], ['From:', 'Certification Team, Centre for Assessment Ltd'], ['Fax no:', '01925 555019'], ['Date:', '16/03/09'], ['Pages:', '7 (including this sheet)'], ['Re:', 'Customer Service Excellence - your assessment report (final)']])}

:selected: For information :unselected: Please reply :unselected: Urgent

Janet, please find attached the final report of your assessment. The signed original will follow by post with your certificate. Regards, Certification Team

RECEIVED
17 MAR 2009
Children's Services - Admissions

If you do not receive all the pages please telephone 01925 555010. This fax is confidential and intended for the addressee only.

<!-- PageBreak -->

{P(2)}

CENTRE FOR ASSESSMENT

# Customer Service Excellence Assessment Report

Northfold County Council
School Admissions and Pupil Transport Service

lnitial Assessment - February 2009

{table_md(['Organisation', 'Northfold County Council - School Admissions and Pupil Transport Service'], [[a, b.replace('&ndash;', '-')] for a, b in details_rows()[1:]])}

Contents: 1 lntroduction · 2 Summary · 3 Results by criterion · 4 Element ratings · 5 Partial compliance · 6 Compliance Plus · 7 Next steps

<!-- PageBreak -->

{P(3)}

## 1 lntroduction

The School Admissions and Pupil Transport Service of Northfold County Council deals with applications for places at 311 primary and 38 secondary schools, in-year transfers, admission appeals and free home to school transport for about 9,400 pupils. lt has 46 staff at County Hall, Amblestone, and a transport helpline.

This was the Service's first assessment against the Customer Service Excellence standard. lt replaced its Charter Mark, held since 2005. The evidence portfolio was reviewed on 9th February 2009 and the on-site assessment took place on 24th and 25th February 2009, when l met 31 staff, 4 head teachers, 2 transport operators and 17 parents.

## 2 Summary

The Service is well run and knows its customers. Of the 57 elernents of the standard, 2 were assessed as Compliance Plus, 5l as Compliance and 4 as Partial Cornpliance. No element was assessed as Non-Compliance. The partial compliances are within the tolerance allowed and l recommend that the Service is awarded Customer Service Excellence.

Janet - see l.2.3 & 4.1.3 for the action plan. JE 17/3

## 3 Results by criterion

{table_md(['Criterion', 'Compliance Plus', 'Cornpliance', 'Partial Compliance', 'Non-Compliance', 'Elernents'], crit_rows)}

Offer day for secondary places was 2nd March 2009; 94% of families were offered their first preference and 1,120 appeals were lodged in 2008, of which 14% were upheld.

<!-- PageBreak -->

{P(4)}

## 4 Element ratings

Every element of the standard was assessed at this visit.

{table_md(['Ref', 'Element', 'Rating'], [list(x) for x in er[:29]])}

<!-- PageBreak -->

{P(5)}

{table_md(['Ref', 'Element', 'Rating'], [list(x) for x in er[29:]])}

<!-- PageBreak -->

{P(6)}

## 5 Partial compliance

{table_md(['Ref', 'Rating', 'Reason'], [list(x) for x in PCJ])}

## 6 Compliance Plus

{table_md(['Ref', 'Rating', 'Reason'], [list(x) for x in CPJ])}

<!-- PageBreak -->

{P(7)}

## 7 Next steps

The Service should send its action plan for the four partial compliances to Centre for Assessment within one month. The first annual review (the 12-month review) will take place in February 20l0 and will look again at the partial compliances. The Service told me it would like to reach Compliance Plus for 1.1.3 by then.

Gwen Atherley-Price
Assessor, Centre for Assessment Ltd
13th March 2009
'''
    return md

STEM = 'northfold-school-admissions-2009-initial'
if __name__ == '__main__':
    write(STEM + '.html', page('CSE Assessment Report – Northfold County Council School Admissions and Pupil Transport – scanned fax', CSS, build_html()))
    write(STEM + '.md', build_md())
