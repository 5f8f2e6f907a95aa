# hartsmere-waste-recycling-2017-review: Assessment Services Ltd "Annual Assessment Visit 2 (AAV2)"
# (-> review-2) of a district council's Waste, Recycling and Street Cleansing service, 2017, in
# ASL's report template (Key Information table, strengths and areas for improvement citing elements
# in brackets). The 57 ratings are ONLY in Appendix A, an EXCEL PIVOTTABLE pasted from the
# assessor's workbook: report filters ("Visit AAV2 2017"), "Count of ElementID", "Column Labels" /
# "Row Labels", the ratings as COLUMNS IN ALPHABETICAL ORDER ("Compliance | Compliance Plus |
# Partial Compliance | Grand Total"; no Non-Compliance column because no element has that value),
# rows in COMPACT OUTLINE FORM: criterion row with its subtotals, sub-criterion row with its
# subtotals, then element rows whose label is the workbook's key "C1_S1_E1" (criterion 1,
# sub-criterion 1, element 1 = 1.1.1) with a "1" in one rating column and in Grand Total; a Grand
# Total row. Traps: sub-criterion subtotal rows; a second small pivot of the 2016 AAV1 result; the
# element references in brackets in the narrative (strengths mention compliant elements too); ASL
# project / client numbers.
from common import *
CP = ['1.2.1', '4.1.2', '5.3.3']
PC = ['1.3.5', '2.2.3', '3.3.2', '4.2.3']
R = ratings(cp=CP, pc=PC)
assert counts(R) == (3, 50, 4, 0)
CRITC = {'1': (1, 9, 1, 0), '2': (0, 10, 1, 0), '3': (0, 11, 1, 0), '4': (1, 11, 1, 0), '5': (1, 9, 0, 0)}
for k, v in CRITC.items(): assert counts(R, k) == v, k
COLS = ['C', 'CP', 'PC']   # alphabetical: Compliance, Compliance Plus, Partial Compliance
def key(c):
    a, b, n = c.split('.')
    return f'C{a}_S{b}_E{n}'
def cnt(codes):
    return [sum(1 for c in codes if R[c] == x) for x in COLS]
def cell(n):
    return str(n) if n else ''
def pivot_rows():
    rows = []   # (level, label, [c, cp, pc], total, bold)
    for k in '12345':
        cc = [c for c in CODES if c[0] == k]
        rows.append((0, f'&#8863; {k} {CRIT[k]}', cnt(cc), len(cc), True))
        for s in subs_of(k):
            sc = codes_of(s)
            rows.append((1, f'&#8863; {s} {SUBS[s]}', cnt(sc), len(sc), True))
            for c in sc:
                rows.append((2, key(c), cnt([c]), 1, False))
    return rows
PR = pivot_rows()
assert len([r for r in PR if r[0] == 2]) == 57
GT = cnt(CODES)
assert GT == [50, 3, 4]
def pivot_html():
    trs = []
    for lvl, label, v, tot, bold in PR:
        st = ' style="font-weight:bold;background:#dce6f1"' if lvl == 0 else (' style="font-weight:bold"' if lvl == 1 else '')
        pad = ['2px', '14px', '28px'][lvl]
        trs.append(f'<tr{st}><td style="padding-left:{pad}">{label}</td>' + ''.join(f'<td class="n">{cell(x)}</td>' for x in v) + f'<td class="n">{tot}</td></tr>')
    trs.append('<tr style="font-weight:bold;border-top:2px solid #4f81bd;background:#dce6f1"><td>Grand Total</td>' + ''.join(f'<td class="n">{x}</td>' for x in GT) + '<td class="n">57</td></tr>')
    return ('<table class="pv" width="100%">'
            '<tr><td><b>Visit</b></td><td colspan="4">AAV2 2017 &#9662;</td></tr>'
            '<tr><td><b>Client</b></td><td colspan="4">Hartsmere DC &ndash; Waste &amp; Recycling &#9662;</td></tr>'
            '<tr><td colspan="5">&nbsp;</td></tr>'
            '<tr class="h"><td>Count of ElementID</td><td colspan="4">Column Labels &#9662;</td></tr>'
            '<tr class="h"><td>Row Labels &#9662;</td><td class="n">Compliance</td><td class="n">Compliance Plus</td><td class="n">Partial Compliance</td><td class="n">Grand Total</td></tr>'
            + ''.join(trs) + '</table>')
PREV = ('<table class="pv" width="70%">'
        '<tr><td><b>Visit</b></td><td colspan="4">AAV1 2016 &#9662;</td></tr>'
        '<tr class="h"><td>Count of ElementID</td><td colspan="4">Column Labels &#9662;</td></tr>'
        '<tr class="h"><td>Row Labels &#9662;</td><td class="n">Compliance</td><td class="n">Compliance Plus</td><td class="n">Partial Compliance</td><td class="n">Grand Total</td></tr>'
        '<tr style="font-weight:bold;background:#dce6f1"><td>Grand Total</td><td class="n">52</td><td class="n">2</td><td class="n">3</td><td class="n">57</td></tr></table>')
KEYINFO = [('Assessor Name', 'Deborah Killick-Stone'), ('Assessment Type', 'Annual Assessment Visit 2 (AAV2)'),
           ('Project Number', 'PN118204'), ('Client ID', 'C20917'), ('Document Review Date', '6th June 2017'),
           ('Visit Date', '20th &amp; 21st June 2017'), ('Report Date', '4th July 2017')]
CSS = '''
@page { size: A4; margin: 18mm 16mm; }
body { font-family: Calibri, Carlito, "Liberation Sans", sans-serif; font-size: 10.5pt; color: #222; }
h1 { font-size: 20pt; color: #1f3864; margin-top: 30mm; }
h2 { font-size: 13pt; color: #1f3864; margin-top: 16px; }
p { margin: 0 0 7px 0; line-height: 1.38; }
table { border-collapse: collapse; }
td, th { border: 1px solid #a6a6a6; padding: 2px 5px; vertical-align: top; text-align: left; font-size: 9.5pt; }
th { background: #d9e2f3; }
table.pv td { border: none; border-bottom: 1px solid #d9d9d9; font-family: Calibri, Carlito, "Liberation Sans", sans-serif; font-size: 9pt; padding: 1px 5px; }
table.pv tr.h td { background: #b8cce4; font-weight: bold; }
table.pv td.n { text-align: right; width: 15%; }
.pb { page-break-after: always; }
'''
body = f'''
<div class="pb">
<p style="font-size:9pt;color:#666">Commercial in Confidence</p>
<p style="font-size:15pt;color:#1f3864"><b>Assessment Services Ltd</b></p>
<h1>Customer Service Excellence<br>Assessment Report</h1>
<table width="100%" style="margin-top:14px">
<tr><td width="40%"><b>Organisation / Service Assessed:</b></td><td>Hartsmere District Council &ndash; Waste, Recycling and Street Cleansing</td></tr>
<tr><td><b>Prepared by CSE Assessor:</b></td><td>Deborah Killick-Stone</td></tr>
<tr><td><b>Report Type:</b></td><td>Annual Assessment Visit 2 (AAV2)</td></tr></table>
<p style="font-size:8.5pt;color:#666;margin-top:40mm">Customer Service Excellence is a trade mark of the Cabinet Office and is used under licence</p>
</div>
<p><b>Contents</b><br>1. Key Information<br>2. Introduction and Background<br>3. Methodology<br>4. Summary of Strengths<br>5. Areas for Continuous Improvement<br>6. Conclusion and Recommendations<br>Appendix A. Compliance against the Standard (pivot)<br>Appendix B. AAV1 2016 comparison</p>
<h2>1. Key Information</h2>
<table width="100%">{''.join(f'<tr><td width="35%">{a}</td><td>{b}</td></tr>' for a, b in KEYINFO)}</table>
<h2>2. Introduction and Background</h2>
<p>Hartsmere District Council&rsquo;s Waste, Recycling and Street Cleansing service (referred to as &ldquo;the Service&rdquo;) collects waste and recycling from 48,300 households every week, runs two household recycling centres under contract to the County Council, and keeps 620 km of streets clean. It was accredited in June 2015 and this was the second annual assessment visit of the cycle, the last before reassessment in 2018.</p>
<p>The move to alternate weekly collections in October 2016 was the largest change the Service has made in a decade; missed bin reports rose to 1,840 in the first month and fell to 310 by March 2017.</p>
<h2>3. Methodology</h2>
<p>The Service&rsquo;s updated evidence was reviewed remotely on 6th June 2017. On 20th &amp; 21st June 2017 the Assessor interviewed 27 staff, including four crews at the Brookfield depot, the Head of Environmental Services and the contact centre team, and spoke to 11 residents. The Assessor records each element&rsquo;s rating in Assessment Services&rsquo; workbook; the table in Appendix A is a pivot of that workbook for this visit. Element keys read C<i>criterion</i>_S<i>sub-criterion</i>_E<i>element</i>: C4_S3_E2 is element 4.3.2.</p>
<h2>4. Summary of Strengths</h2>
<p>The following provides an indication of the areas of strength identified. Reference is made to the element in brackets:</p>
<p>The Service has a clear strategy for engaging residents, from the &ldquo;Bin Talk&rdquo; roadshows before the collection change to the residents&rsquo; panel of 400 households, and uses the right method for each group (1.2.1, 1.2.2).</p>
<p>Crews and depot staff are proud of the Service and were able to explain its standards (2.2.2, 2.2.5). The Service publishes its performance against its standards monthly on the website and in the council magazine and meets almost all of them (4.1.2).</p>
<p>Assisted collections for 1,150 households are reviewed each year with the residents concerned, and the Service works well with the County Council and the housing associations (3.4.1, 3.4.2). The percentage of missed collections put right next working day, 99.1%, is among the best of its family group (5.3.3).</p>
<h2>5. Areas for Continuous Improvement</h2>
<p>The following provides an indication of the areas identified to consider for further improvement. Reference is made to the element in brackets:</p>
<p>Analysis of customer experience has not yet led to a review of the customer journey for bulky waste collections (1.3.5). Customer focus is not part of the appraisal of crew supervisors (2.2.3). Data on how residents report missed bins (online, phone, in person) are collected but not used to improve the channels (3.3.2). The Service does not yet compare its results with similar organisations beyond recycling rates (4.2.3).</p>
<h2>6. Conclusion and Recommendations</h2>
<p>At this visit three elements were assessed as Compliance Plus and four as Partial Compliance; the remaining elements are Compliance. The full ratings are in Appendix A. The Service continues to meet the requirements of the Customer Service Excellence standard and the Assessor recommends continued accreditation. Reassessment is due in June 2018.</p>
<p>Deborah Killick-Stone, CSE Assessor, 4th July 2017</p>
<h2 style="page-break-before:always">Appendix A. Compliance against the Standard (pivot)</h2>
<p style="font-size:9pt">Pasted from the assessor workbook (sheet &ldquo;Pivot_AAV2&rdquo;). One count per element. No element was rated Non-Compliance, so the pivot has no column for it.</p>
{pivot_html()}
<h2>Appendix B. AAV1 2016 comparison</h2>
<p style="font-size:9pt">The same pivot filtered to the first annual assessment visit (June 2016), for reference only; it is not the result of this visit.</p>
{PREV}
'''
STEM = 'hartsmere-waste-recycling-2017-review'
if __name__ == '__main__':
    write(STEM + '.html', page('CSE Assessment Report – Hartsmere District Council Waste, Recycling and Street Cleansing – AAV2 2017', CSS, body))
