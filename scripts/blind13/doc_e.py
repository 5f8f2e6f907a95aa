# kelsingham-botanic-gardens-2015-initial: emqc "Initial Accreditation Assessment" (-> initial) of a
# botanic gardens charity's visitor services, 2015. The 57 ratings are in five element tables
# (Ref / Element / Rating) whose RATING CELLS ARE MERGED DOWN RUNS OF CONSECUTIVE ELEMENTS WITH THE
# SAME RATING (rowspan), the word set in the VERTICAL MIDDLE of the merged cell, the runs crossing
# sub-criterion boundaries (criterion 2: 2.1.1-2.1.3 one "Compliance" cell, 2.1.4 "Compliance
# Plus", 2.1.5-2.2.5 one "Compliance" cell over seven rows). In a text layer a run's word sits on
# the line of one element in the middle of the run and the other rows have no rating. No
# sub-criterion banner rows. Counts in a new shape: "Result 4 – 49 – 4 – 0 (C+ – C – PC – NC)", the
# numbers first and the legend after, and a per-criterion table. C+ codes only in the tables; PC
# codes also in the action section. Traps: RHS, Green Flag, a Grade II* glasshouse, 14 National
# Collection genera, visitor numbers, "Gift Aid 78%".
from common import *
CP = ['1.2.3', '2.1.4', '3.4.2', '4.3.1']
PC = ['1.3.4', '3.2.4', '4.2.3', '5.2.2']
R = ratings(cp=CP, pc=PC)
assert counts(R) == (4, 49, 4, 0)
CRITC = {'1': (1, 9, 1, 0), '2': (1, 10, 0, 0), '3': (1, 10, 1, 0), '4': (1, 11, 1, 0), '5': (0, 9, 1, 0)}
for k, v in CRITC.items(): assert counts(R, k) == v, k
def runs(codes):
    out = []
    for c in codes:
        if out and R[out[-1][-1]] == R[c]:
            out[-1].append(c)
        else:
            out.append([c])
    return out
RUNS = {k: runs([c for c in CODES if c[0] == k]) for k in '12345'}
assert [len(r) for r in RUNS['2']] == [3, 1, 7], RUNS['2']
assert sum(len(r) for k in RUNS for r in RUNS[k]) == 57
CSS = '''
@page { size: A4; margin: 20mm 18mm; }
body { font-family: "Trebuchet MS", "DejaVu Sans", sans-serif; font-size: 10pt; color: #232323; }
h1 { font-size: 22pt; color: #3d6b21; margin-top: 36mm; }
h2 { font-size: 13pt; color: #3d6b21; margin-top: 18px; }
h3 { font-size: 11pt; margin: 14px 0 4px 0; color: #3d6b21; }
p { margin: 0 0 7px 0; line-height: 1.42; }
table { border-collapse: collapse; }
td, th { border: 1px solid #8aa97a; padding: 3px 6px; vertical-align: top; text-align: left; font-size: 9pt; }
th { background: #e4eedd; }
td.r { vertical-align: middle; text-align: center; font-weight: bold; }
.res { font-size: 14pt; border: 2px solid #3d6b21; padding: 6px 12px; display: inline-block; margin: 6px 0; }
.pb { page-break-after: always; }
'''
def crit_table(k):
    trs = []
    for run in RUNS[k]:
        for i, c in enumerate(run):
            rc = f'<td class="r" rowspan="{len(run)}">{WORD[R[c]]}</td>' if i == 0 else ''
            trs.append(f'<tr><td>{c}</td><td>{STMT[c]}</td>{rc}</tr>')
    return (f'<h3>Criterion {k} &ndash; {CRIT[k]}</h3><table width="100%"><tr><th width="8%">Ref</th><th>Element</th>'
            f'<th width="20%">Rating</th></tr>{"".join(trs)}</table>')
crit_rows = ''.join(f'<tr><td>{k}. {CRIT[k]}</td>' + ''.join(f'<td>{n}</td>' for n in CRITC[k]) + '</tr>' for k in '12345')
DETAILS = [('Organisation', 'Kelsingham Botanic Gardens Trust (registered charity 1098834)'),
           ('Scope', 'Visitor services: admissions, membership, learning, events, retail and catering'),
           ('Assessment', 'Initial Accreditation Assessment'),
           ('Lead assessor', 'Alasdair Penhaligon'),
           ('Document review', 'Remote, 2 November 2015'),
           ('On site', '17 and 18 November 2015'),
           ('Report issued', '1 December 2015')]
body = f'''
<div class="pb">
<p style="font-size:16pt;color:#3d6b21"><b>emqc</b> <span style="font-size:9.5pt;color:#555">excellence &middot; management &middot; quality &middot; customers</span></p>
<h1>Customer Service Excellence<br>Initial Accreditation Assessment</h1>
<p style="font-size:15pt">Kelsingham Botanic Gardens Trust</p>
<p>Report issued 1 December 2015</p>
</div>
<h2>1. About this assessment</h2>
<table width="100%">{''.join(f'<tr><td width="28%"><b>{a}</b></td><td>{b}</td></tr>' for a, b in DETAILS)}</table>
<h2>2. Overall result</h2>
<p>Kelsingham Botanic Gardens welcomed 386,000 visitors in 2014&ndash;15 and has 21,500 member households. The Gardens hold the Green Flag Award and 14 Plant Heritage National Collections, and the Victorian Palm House, a Grade II* listed glasshouse, reopened in April 2015 after restoration.</p>
<p>The Trust is recommended for accreditation to the Customer Service Excellence standard. The ratings of the 57 elements are:</p>
<p class="res"><b>Result&nbsp; 4 &ndash; 49 &ndash; 4 &ndash; 0</b>&nbsp; <span style="font-size:10pt">(C+ &ndash; C &ndash; PC &ndash; NC)</span></p>
<table width="85%" style="margin-top:8px"><tr><th>Criterion</th><th>Compliance Plus</th><th>Compliance</th><th>Partial Compliance</th><th>Non-Compliance</th></tr>{crit_rows}
<tr><td><b>All</b></td><td><b>4</b></td><td><b>49</b></td><td><b>4</b></td><td><b>0</b></td></tr></table>
<h2>3. What the Trust does well</h2>
<p>Visitor engagement is imaginative and well planned: the Trust reviews its consultation methods each winter with its Visitor Forum and the Friends, and has replaced methods that reached only members. Trustees and the Director expect every member of staff and every volunteer to treat visitors as guests, and staff are trusted to put things right on the spot. The Trust works with the university, the RHS and four local schools, and its partnership agreements set out clearly who is responsible for what. Complaints are welcomed, recorded at every till and answered within five days.</p>
<h2>4. What the Trust should develop</h2>
<p>Satisfaction targets are not yet set (1.3.4). Information on the website about access to the glasshouses is not always accurate and visitors are not told when it is being updated (3.2.4). The Trust does not compare its results with other gardens or attractions (4.2.3). Timeliness standards for replying to membership and Gift Aid queries are set but not met; Gift Aid take-up is 78% (5.2.2).</p>
<h2 style="page-break-before:always">5. Element ratings</h2>
{''.join(crit_table(k) for k in '12345')}
<h2>6. Next steps</h2>
<p>The Trust should send an action plan within six weeks. The first annual review will take place in November 2016.</p>
<p>Alasdair Penhaligon, Lead Assessor, emqc, 1 December 2015</p>
'''
STEM = 'kelsingham-botanic-gardens-2015-initial'
if __name__ == '__main__':
    write(STEM + '.html', page('Customer Service Excellence Initial Accreditation Assessment – Kelsingham Botanic Gardens Trust – 2015', CSS, body))
