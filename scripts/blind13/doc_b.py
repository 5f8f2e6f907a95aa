# raventhorpe-university-accommodation-2019-reassessment: SGS United Kingdom "Triennial Renewal
# Assessment" (third cycle; a reassessment) of a university's Accommodation and Residential Life
# service, 2019, by a TEAM OF THREE assessors whose INITIALS COLLIDE WITH THE RATING ABBREVIATIONS:
# Neil Cartwright (NC), Caroline Pemberton (CP) and Priya Chandran (PC). Every element row of the
# five element tables has a "Led by" column with the initials of the assessor who led the element,
# placed BEFORE the "Rating" column (C+ / C / PC / NC): rows read "1.3.3 ... NC PC", "3.3.2 ... PC
# PC", "2.1.1 ... CP C+". The key names both. Traps: an "Assessor workload" table and the line
# "Elements led: NC 17 · CP 19 · PC 21" beside the result line "C+ 5 · C 49 · PC 3 · NC 0";
# initials in brackets in the narrative "(PC, NC)"; the 2016 reassessment's figures.
from common import *
CP = ['1.1.2', '2.1.1', '3.4.1', '4.2.2', '5.2.1']
PC = ['1.3.3', '3.3.2', '4.3.5']
R = ratings(cp=CP, pc=PC)
assert counts(R) == (5, 49, 3, 0)
CRITC = {'1': (1, 9, 1, 0), '2': (1, 10, 0, 0), '3': (1, 10, 1, 0), '4': (1, 11, 1, 0), '5': (1, 9, 0, 0)}
for k, v in CRITC.items(): assert counts(R, k) == v, k
AB = {'CP': 'C+', 'C': 'C', 'PC': 'PC', 'NC': 'NC'}
LEAD_BY_SUB = {'1.1': 'NC', '1.2': 'NC', '1.3': 'NC', '2.1': 'CP', '2.2': 'CP', '3.1': 'PC', '3.2': 'PC', '3.3': 'PC', '3.4': 'PC',
               '4.1': 'CP', '4.2': 'NC', '4.3': 'PC', '5.1': 'NC', '5.2': 'CP', '5.3': 'PC'}
LEAD = {c: LEAD_BY_SUB[c[:3]] for c in CODES}
LED = {k: sum(1 for c in CODES if LEAD[c] == k) for k in ('NC', 'CP', 'PC')}
assert LED == {'NC': 17, 'CP': 19, 'PC': 21}, LED
EVID = {c: f'E{c[0]}.{i + 1:02d}' for k in '12345' for i, c in enumerate([x for x in CODES if x[0] == k])}
COMMENT = {
 '1.1.2': 'Insight from the arrivals survey and the international student panel drives room allocation and welcome events.',
 '1.3.3': 'The residents&rsquo; survey has no questions on timeliness of repairs or on information.',
 '2.1.1': 'The Director of Residential Life and the Pro-Vice-Chancellor (Student Experience) champion residents at every level.',
 '3.3.2': 'Contact data (portal, phone, desk) are collected but not analysed to improve channels.',
 '3.4.1': 'Joint arrangements with the Students&rsquo; Union, the city council and the bus operator give residents one route to help.',
 '4.2.2': 'Repairs completed right first time rose from 78% to 91% over three years, a model for the sector.',
 '4.3.5': 'Complaint response times are published for the central team but not for the six halls.',
 '5.2.1': 'Urgent repairs are attended within four hours in 98% of cases, with residents told when to expect the operative.',
}
DETAILS = [('Client', 'Raventhorpe University &ndash; Accommodation and Residential Life'),
           ('Type of visit', 'Triennial Renewal Assessment (third cycle)'),
           ('Pre-visit desk review', '23 April 2019'),
           ('On-site assessment', 'Tuesday 7 to Thursday 9 May 2019 (six halls of residence and the Accommodation Office)'),
           ('Assessment team', 'Neil Cartwright (Lead Assessor)<br>Caroline Pemberton (Assessor)<br>Priya Chandran (Assessor)'),
           ('Client representative', 'Dr Helen Oduro, Head of Residential Life'),
           ('Report issued', '28 May 2019'),
           ('SGS job number', 'GB19/81774')]
CSS = '''
@page { size: A4; margin: 18mm 16mm; }
body { font-family: Arial, "Liberation Sans", sans-serif; font-size: 10pt; color: #1a1a1a; }
h1 { font-size: 22pt; color: #e36c0a; margin-top: 36mm; }
h2 { font-size: 13pt; color: #e36c0a; margin-top: 18px; border-bottom: 1px solid #e36c0a; }
h3 { font-size: 11pt; margin: 12px 0 4px 0; }
p { margin: 0 0 7px 0; line-height: 1.4; }
table { border-collapse: collapse; }
td, th { border: 1px solid #9a9a9a; padding: 3px 5px; vertical-align: top; text-align: left; font-size: 9pt; }
th { background: #f3e2d3; }
td.c { text-align: center; }
.box { border: 1px solid #e36c0a; padding: 6px 10px; margin: 8px 0; background: #fdf3ea; }
.pb { page-break-after: always; }
'''
def crit_table(k):
    rows = ''.join(f'<tr><td>{c}</td><td>{short(c, 64)}</td><td class="c">{LEAD[c]}</td><td class="c">{AB[R[c]]}</td><td>{EVID[c]}</td>'
                   f'<td>{COMMENT.get(c, "")}</td></tr>' for c in CODES if c[0] == k)
    return (f'<h3>Criterion {k} &ndash; {CRIT[k]}</h3><table width="100%"><tr><th width="7%">Ref</th><th width="35%">Element (abridged)</th>'
            f'<th width="8%">Led by</th><th width="8%">Rating</th><th width="8%">Evidence</th><th>Comment</th></tr>{rows}</table>')
crit_rows = ''.join(f'<tr><td>{k}. {CRIT[k]}</td>' + ''.join(f'<td class="c">{n}</td>' for n in CRITC[k]) + f'<td class="c">{sum(CRITC[k])}</td></tr>' for k in '12345')
body = f'''
<div class="pb">
<p style="font-size:16pt;color:#e36c0a"><b>SGS</b> <span style="font-size:10pt;color:#444">SGS United Kingdom Ltd &middot; Certification Services</span></p>
<h1>Customer Service Excellence<br>Triennial Renewal Assessment</h1>
<p style="font-size:15pt">Raventhorpe University<br>Accommodation and Residential Life</p>
<p>May 2019</p>
</div>
<h2>1. Assessment details</h2>
<table width="100%">{''.join(f'<tr><td width="30%"><b>{a}</b></td><td>{b}</td></tr>' for a, b in DETAILS)}</table>
<h3>1.3 The assessment team</h3>
<p>Because of the size of the service (4,900 bed spaces in six halls and 37 staff in the Accommodation Office) the renewal was carried out by a team of three. Each element was led by one assessor, who reviewed the evidence and proposed the rating; all ratings were agreed by the team at the end of the third day. In the element tables the assessor who led each element is shown by initials in the &ldquo;Led by&rdquo; column.</p>
<table width="70%"><tr><th>Initials</th><th>Assessor</th><th>Role</th><th>Elements led</th><th>Days on site</th></tr>
<tr><td>NC</td><td>Neil Cartwright</td><td>Lead Assessor</td><td class="c">{LED['NC']}</td><td class="c">3</td></tr>
<tr><td>CP</td><td>Caroline Pemberton</td><td>Assessor</td><td class="c">{LED['CP']}</td><td class="c">2</td></tr>
<tr><td>PC</td><td>Priya Chandran</td><td>Assessor</td><td class="c">{LED['PC']}</td><td class="c">3</td></tr></table>
<h2>2. Summary</h2>
<p>Raventhorpe&rsquo;s Accommodation and Residential Life service was first certified in 2010 and renewed in 2013 and 2016. At the 2016 reassessment it had three Compliance Plus ratings and two partial compliances; both of those partials (1.3.4 and 5.3.2) are now Compliance.</p>
<p>At this renewal five elements were rated Compliance Plus: 1.1.2, 2.1.1, 3.4.1, 4.2.2 and 5.2.1. Three elements were rated Partial Compliance: 1.3.3, 3.3.2 and 4.3.5. No element was non-compliant, and all the others are Compliance. We recommend that certification is renewed for a further three years.</p>
<div class="box"><b>Outcome:</b> C+ 5 &middot; C 49 &middot; PC 3 &middot; NC 0 (57 elements)<br>
<span style="color:#555">Elements led: NC {LED['NC']} &middot; CP {LED['CP']} &middot; PC {LED['PC']}</span></div>
<p>We met 64 residents in focus groups and at the hall receptions, among them a group of hall wardens and senior residents (PC, NC) and the international students&rsquo; panel (CP). The service&rsquo;s residents&rsquo; satisfaction score was 86% in 2018.</p>
<h2>3. Results by criterion</h2>
<table width="85%"><tr><th>Criterion</th><th>C+</th><th>C</th><th>PC</th><th>NC</th><th>Elements</th></tr>{crit_rows}
<tr><td><b>Total</b></td><td class="c"><b>5</b></td><td class="c"><b>49</b></td><td class="c"><b>3</b></td><td class="c"><b>0</b></td><td class="c"><b>57</b></td></tr></table>
<h2 style="page-break-before:always">4. Element tables</h2>
<div class="box"><b>Key.</b> <i>Led by</i>: the initials of the assessor who led the element (NC Neil Cartwright, CP Caroline Pemberton, PC Priya Chandran); they are not ratings. <i>Rating</i>: C+ Compliance Plus, C Compliance, PC Partial Compliance, NC Non-Compliance. <i>Evidence</i>: the reference of the evidence file in the portfolio.</div>
{''.join(crit_table(k) for k in '12345')}
<h2>5. Areas for improvement</h2>
<p>The three partial compliances are described in the comments above (1.3.3, 3.3.2 and 4.3.5). An action plan is due to SGS by 28 June 2019; the first annual review is expected in May 2020. The service hopes to add Compliance Plus at 3.2.1 (its pre-arrival information) by then.</p>
<p>Neil Cartwright, Lead Assessor, for SGS United Kingdom Ltd, 28 May 2019</p>
'''
STEM = 'raventhorpe-university-accommodation-2019-reassessment'
if __name__ == '__main__':
    write(STEM + '.html', page('Customer Service Excellence Triennial Renewal Assessment – Raventhorpe University Accommodation and Residential Life – May 2019', CSS, body))
