# brindleford-advice-network-2008-initial: emqc initial assessment of a charity (an advice
# network), November 2008, in the early wording: "Full compliance" / "Partial compliance" /
# "Non compliance", with Compliance Plus not a rating column but a mark on a fully compliant
# element ("Full compliance – Compliance Plus"). The 57 findings are a NESTED NUMBERED LIST in
# Appendix 2: criterion "1." / sub-criterion "1.1" / elements "a)" "b)" "c)", so the element code
# is never written (1.1 c) = 1.1.3). The summary table has Full / Partial / Non columns only, with
# the Compliance Plus elements counted in Full (a note says so); the C+ and partial codes are
# written whole in section 3. The report's own paragraphs are numbered 2.1, 2.2 ...
from common import *
CP = ['1.1.2', '2.2.5']
PC = ['1.3.3', '3.1.2', '5.1.1']
R = ratings(cp=CP, pc=PC)
assert counts(R) == (2, 52, 3, 0)
LET = 'abcdef'
OLD = {'CP': 'Full compliance &ndash; Compliance Plus', 'C': 'Full compliance', 'PC': 'Partial compliance', 'NC': 'Non compliance'}
COMMENT = {
 '1.1.2': 'The Network&rsquo;s analysis of repeat callers by debt type and household make-up is used to design its outreach sessions; this is well beyond the requirement.',
 '1.3.3': 'Satisfaction is measured by the annual client survey, but results are not broken down by the Network&rsquo;s main client groups.',
 '2.2.5': 'The volunteer adviser training and mentoring programme, accredited by the regional college, is outstanding.',
 '3.1.2': 'Information about the Network&rsquo;s services is not yet available in the languages most used by its clients (Polish, Urdu, Bengali) although demand is known.',
 '5.1.1': 'The Network has a target for first contact but no published standards for the time taken to give advice or to complete casework.',
}
CSS = '''
@page { size: A4; margin: 25mm 22mm; }
body { font-family: "Times New Roman", "Liberation Serif", serif; font-size: 11pt; }
h1 { font-size: 20pt; margin-top: 45mm; text-align: center; }
h2 { font-size: 13pt; margin-top: 18px; }
p { margin: 0 0 8px 0; text-align: justify; }
p.num { margin-left: 10mm; text-indent: -10mm; }
table { border-collapse: collapse; }
td, th { border: 1px solid #000; padding: 3px 8px; font-size: 10pt; }
th { background: #ddd; }
.l1 { font-weight: bold; margin: 12px 0 4px 0; }
.l2 { font-weight: bold; font-style: italic; margin: 8px 0 4px 8mm; }
.l3 { margin: 0 0 5px 20mm; text-indent: -8mm; text-align: left; }
.cm { margin: 0 0 6px 20mm; font-size: 10pt; color: #333; }
.pb { page-break-after: always; }
'''

def nested():
    out = []
    for k in '12345':
        out.append(f'<p class="l1">{k}. {CRIT[k]}</p>')
        for s in subs_of(k):
            out.append(f'<p class="l2">{s} {SUBS[s]}</p>')
            for i, c in enumerate(codes_of(s)):
                out.append(f'<p class="l3">{LET[i]})&nbsp;&nbsp;{STMT[c]} &ndash; <b>{OLD[R[c]]}</b></p>')
                if c in COMMENT:
                    out.append(f'<p class="cm">{COMMENT[c]}</p>')
    return '\n'.join(out)

def summary_table():
    rows = ''
    for k in '12345':
        cp, c, pc, nc = counts(R, k)
        rows += f'<tr><td>{k}. {CRIT[k]}</td><td align="center">{cp + c}</td><td align="center">{pc}</td><td align="center">{nc}</td><td align="center">{cp + c + pc + nc}</td></tr>'
    cp, c, pc, nc = counts(R)
    rows += f'<tr><td><b>Total</b></td><td align="center"><b>{cp + c}</b></td><td align="center"><b>{pc}</b></td><td align="center"><b>{nc}</b></td><td align="center"><b>57</b></td></tr>'
    return '<table><tr><th>Criterion</th><th>Full compliance</th><th>Partial compliance</th><th>Non compliance</th><th>Elements</th></tr>' + rows + '</table>'

body = f'''
<div class="pb">
<p style="text-align:right"><b>emqc</b><br>Quality Assessment Services</p>
<h1>Customer Service Excellence<br>Assessment Report</h1>
<p style="text-align:center;font-size:14pt">Brindleford Advice Network</p>
<p style="text-align:center">(Registered charity no. 1093318)</p>
<p style="text-align:center">Initial Assessment<br>November 2008</p>
</div>
<h2 style="page-break-before:always">Contents</h2>
<p>1. Assessment details<br>2. Introduction and overview<br>3. Summary of findings<br>4. Recommendation<br>Appendix 1 &ndash; People met<br>Appendix 2 &ndash; Findings against each element of the standard</p>
<h2>1. Assessment details</h2>
<table style="width:100%">
<tr><td style="width:35%"><b>Organisation</b></td><td>Brindleford Advice Network</td></tr>
<tr><td><b>Address</b></td><td>14 Canal Street, Brindleford BD9 7LQ</td></tr>
<tr><td><b>Assessment type</b></td><td>Initial assessment</td></tr>
<tr><td><b>Document review</b></td><td>22 October 2008</td></tr>
<tr><td><b>On-site assessment</b></td><td>11 and 12 November 2008</td></tr>
<tr><td><b>Assessor</b></td><td>Margaret Ellwood-Hughes</td></tr>
<tr><td><b>Report date</b></td><td>28 November 2008</td></tr>
</table>
<h2>2. Introduction and overview</h2>
<p class="num">2.1&nbsp;&nbsp;&nbsp;Brindleford Advice Network is a charity giving free debt, benefits and housing advice from four centres and a telephone line, with 21 paid staff and 64 volunteers. It held Charter Mark from 2005 and chose to move to the new Customer Service Excellence standard at the end of its Charter Mark period.</p>
<p class="num">2.2&nbsp;&nbsp;&nbsp;The assessment consisted of a review of the Network&rsquo;s written evidence on 22 October 2008 and two days on site, at the Canal Street and Eastgate centres, on 11 and 12 November 2008. I met 33 people (Appendix 1).</p>
<p class="num">2.3&nbsp;&nbsp;&nbsp;The standard has five criteria, 15 sub-criteria and 57 elements. Each element is judged as full compliance, partial compliance or non compliance. Where an organisation goes well beyond the requirement of an element, the element is also marked Compliance Plus.</p>
<h2>3. Summary of findings</h2>
<p class="num">3.1&nbsp;&nbsp;&nbsp;The Network was found to be in full compliance with 54 of the 57 elements and in partial compliance with three: 1.3.3, 3.1.2 and 5.1.1. There were no non compliances.</p>
<p class="num">3.2&nbsp;&nbsp;&nbsp;Of the elements in full compliance, two were marked Compliance Plus: 1.1.2 (customer insight) and 2.2.5 (the development of staff and volunteers).</p>
<p class="num">3.3&nbsp;&nbsp;&nbsp;The table below summarises the findings by criterion. Elements marked Compliance Plus are counted as full compliance.</p>
{summary_table()}
<p class="num" style="margin-top:8px">3.4&nbsp;&nbsp;&nbsp;The Network&rsquo;s main strengths are its understanding of its clients, the training and support given to volunteers, and its partnership with the county council&rsquo;s welfare rights team. Its main areas for development are measuring satisfaction by client group, information in community languages, and standards for how long advice and casework take.</p>
<h2>4. Recommendation</h2>
<p class="num">4.1&nbsp;&nbsp;&nbsp;I recommend that Brindleford Advice Network is awarded the Customer Service Excellence standard. The three partial compliances should be addressed before the first annual review, due in November 2009.</p>
<p>Margaret Ellwood-Hughes<br>Assessor, emqc<br>28 November 2008</p>
<h2 style="page-break-before:always">Appendix 1 &ndash; People met</h2>
<p>Chief Officer; Chair of Trustees; two trustees; Advice Services Manager; four centre co-ordinators; eight paid advisers; nine volunteer advisers; six clients; the county council&rsquo;s welfare rights manager; the Brindleford Credit Union manager.</p>
<h2 style="page-break-before:always">Appendix 2 &ndash; Findings against each element of the standard</h2>
<p>The findings follow the structure of the standard: criterion, sub-criterion and, under each sub-criterion, its elements in order (a), b), c) ...). Comments are given where an element is partially compliant or marked Compliance Plus.</p>
{nested()}
'''
write('brindleford-advice-network-2008-initial.html',
      page('emqc – Customer Service Excellence – Initial Assessment – Brindleford Advice Network – November 2008', CSS, body))
