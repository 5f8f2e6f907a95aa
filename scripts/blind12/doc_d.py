# kenwyn-vale-concessionary-travel-2022-review: Assessment Services Ltd second annual review of a
# council's Concessionary Travel and Blue Badge service, 2022. The 57 ratings are ONLY in Appendix B,
# a DATA EXPORT FROM THE BODY'S ASSESSMENT SYSTEM PRINTED AS CSV TEXT in a monospaced block: comment
# lines starting "#", a header line, one comma-separated line per element with the code, criterion
# number, RATING CODE (CP / C / PC / NC), rating label, a numeric RATING SCORE (4 / 3 / 2 / 1), the
# PREVIOUS VISIT'S RATING CODE (2021 AR1) and quoted evidence IDs holding semicolons. The narrative
# names the C+ and PC codes; overall counts in a small table; no per-criterion counts.
# Markdown as a GOOGLE DOCS "Download as Markdown" export: bold inside headings, backslash escapes
# ("1\. Summary", "C\+", "\#"), pipe tables with ":----" alignment rows, the CSV in a ``` block,
# and the logo as an image reference whose base64 data URI is defined at the foot.
from common import *
CP = ['1.1.3', '3.3.1', '4.3.6']
PC = ['1.2.3', '4.1.2']
R = ratings(cp=CP, pc=PC)
assert counts(R) == (3, 52, 2, 0)
PREV = ratings(cp=['1.1.3', '3.3.1'], pc=['2.2.3', '4.1.2', '5.2.4'])
SCORE = {'CP': 4, 'C': 3, 'PC': 2, 'NC': 1}
LABEL = {'CP': 'Compliance Plus', 'C': 'Compliance', 'PC': 'Partial Compliance', 'NC': 'Non-Compliance'}
# evidence IDs typed per element (the first two digits follow the sub-criterion, as ASL's system numbers them)
EV = {}
for i, c in enumerate(CODES):
    a, b, n = c.split('.')
    EV[c] = f'EV-{a}{b}{n}0' + (f'; EV-{a}{b}{n}1' if i % 3 == 0 else '') + ('; SITE-OBS' if i % 5 == 2 else '')
EV['1.1.3'] = 'EV-1130; EV-1131; EV-1132; CASE-STUDY-04'
EV['3.3.1'] = 'EV-3310; EV-3311; SITE-OBS'
EV['4.3.6'] = 'EV-4360; EV-4361; CASE-STUDY-07'
CSV_LINES = ['# Assessment Services Ltd - Assessment Manager export',
             '# client=20488 "Kenwyn Vale Council - Concessionary Travel and Blue Badge Service"',
             '# standard=CSE; visit=AR2; generated=2022-07-19 14:03:22 UTC; user=rpenhaligon',
             'element_ref,criterion,rating_code,rating_label,rating_score,prev_rating_code,evidence_ids']
for c in CODES:
    CSV_LINES.append(f'{c},{c[0]},{"CP" if R[c] == "CP" else R[c]},{LABEL[R[c]]},{SCORE[R[c]]},{PREV[c]},"{EV[c]}"')
CSV_LINES += ['# rows=57', '# end of export']
CSV = '\n'.join(CSV_LINES)
DETAILS = [('Client', 'Kenwyn Vale Council &ndash; Concessionary Travel and Blue Badge Service'),
           ('Type of visit', 'Annual Review 2 (AR2), second annual review following the 2020 reassessment'),
           ('Dates of visit', 'Tuesday 12 July 2022 (remote interviews) and Wednesday 13 July 2022 (on site, Kenwyn House, Tregarne)'),
           ('Assessor', 'Ruth Penhaligon-Shaw'),
           ('Service lead', 'Mr Jago Trewin, Customer Access Manager'),
           ('Report date', '27 July 2022'),
           ('ASL client number', '20488')]
CSS = '''
@page { size: A4; margin: 20mm 18mm; }
body { font-family: Verdana, "DejaVu Sans", sans-serif; font-size: 9.5pt; color: #202020; }
h1 { font-size: 21pt; color: #005eb8; margin-top: 40mm; }
h2 { font-size: 12.5pt; color: #005eb8; margin-top: 16px; }
p { margin: 0 0 7px 0; line-height: 1.4; }
table { border-collapse: collapse; }
td, th { border: 1px solid #9db6d3; padding: 3px 6px; vertical-align: top; text-align: left; font-size: 9pt; }
th { background: #e5eef8; }
pre { font-family: "Courier New", "Liberation Mono", monospace; font-size: 7.6pt; line-height: 1.25; white-space: pre-wrap; border: 1px solid #bbb; background: #f7f7f7; padding: 6px; }
.pb { page-break-after: always; }
'''
def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('"', '&quot;')
SUMMARY = ('Of the 57 elements, three are rated Compliance Plus (1.1.3, 3.3.1 and 4.3.6), 52 Compliance and two Partial '
           'Compliance (1.2.3 and 4.1.2). There are no non-compliances.')
body = f'''
<div class="pb">
<p style="font-size:13pt;color:#005eb8"><b>Assessment Services Ltd</b></p>
<h1>Customer Service Excellence<br>Annual Review Report</h1>
<p style="font-size:14pt">Kenwyn Vale Council</p>
<p style="font-size:12pt">Concessionary Travel and Blue Badge Service</p>
<p>July 2022</p>
</div>
<h2 style="page-break-before:always">Contents</h2>
<p>1. Summary<br>2. Visit details<br>3. Progress since the 2021 annual review<br>4. Findings<br>5. Overall ratings<br>6. Next steps<br>Appendix A. People met<br>Appendix B. Element ratings (system export)</p>
<h2>1. Summary</h2>
<p>The Concessionary Travel and Blue Badge Service issues bus passes to older and disabled residents and Blue Badges to disabled drivers and passengers across Kenwyn Vale: about 61,000 passes and 14,500 badges. It continues to meet the Customer Service Excellence standard and continued certification is recommended.</p>
<p>{SUMMARY}</p>
<h2>2. Visit details</h2>
<table width="100%">{''.join(f'<tr><td width="28%"><b>{a}</b></td><td>{b}</td></tr>' for a, b in DETAILS)}</table>
<h2>3. Progress since the 2021 annual review</h2>
<p>The 2021 review (AR1) recorded three partial compliances: 2.2.3, 4.1.2 and 5.2.4. 2.2.3 and 5.2.4 are now compliant. 4.1.2 remains Partial Compliance: the Service monitors its standards but has still not published its performance against them since the move to the new case system.</p>
<h2>4. Findings</h2>
<p><b>Customer Insight.</b> The Service&rsquo;s work with the sight-loss charity and the dementia action alliance to reach residents who do not apply for the badges they are entitled to is outstanding; applications from people with hidden disabilities rose by 38% after the 2019 rule change (1.1.3, Compliance Plus). The Service last reviewed its consultation methods in 2018 and still relies on a postal survey with a 9% response (1.2.3, Partial Compliance).</p>
<p><b>Culture.</b> A strong customer culture led by the Head of Customer Access. The appraisal scheme now includes customer focus for every officer (2.2.3, now compliant).</p>
<p><b>Information and Access.</b> Residents can apply online, by telephone, at any of the seven library hubs or through a home visit; the assisted digital service is exemplary (3.3.1, Compliance Plus).</p>
<p><b>Delivery.</b> Standards are clear; performance is monitored but not published (4.1.2, Partial Compliance). Where a complaint is upheld the Service calls the customer back a month later and records whether they are satisfied; 96% were (4.3.6, Compliance Plus).</p>
<p><b>Timeliness and Quality of Service.</b> Badge decisions are made within the 12-week standard in 97% of cases. Customers whose application is not completed at first contact are now told the likely time to a decision (5.2.4, now compliant).</p>
<h2>5. Overall ratings</h2>
<table width="55%"><tr><th>Rating</th><th>Number of elements</th></tr>
<tr><td>Compliance Plus</td><td>3</td></tr><tr><td>Compliance</td><td>52</td></tr><tr><td>Partial Compliance</td><td>2</td></tr><tr><td>Non-Compliance</td><td>0</td></tr>
<tr><td><b>Total</b></td><td><b>57</b></td></tr></table>
<h2>6. Next steps</h2>
<p>The Service&rsquo;s reassessment is due in July 2023. It hopes to be rated Compliance Plus for 5.2.2 by then.</p>
<p>Ruth Penhaligon-Shaw<br>Assessor, Assessment Services Ltd<br>27 July 2022</p>
<h2 style="page-break-before:always">Appendix A. People met</h2>
<p>Jago Trewin (Customer Access Manager); Morwenna Kitto (Blue Badge team leader); four assessment officers; two library hub advisers; the Chair and two members of the Disability Access Forum; six customers by telephone.</p>
<h2>Appendix B. Element ratings (system export)</h2>
<p>The ratings below are exported from ASL&rsquo;s Assessment Manager as comma-separated values and printed unchanged. rating_score: 4 = Compliance Plus, 3 = Compliance, 2 = Partial Compliance, 1 = Non-Compliance. prev_rating_code is the rating at the 2021 annual review, for reference only.</p>
<pre>{esc(CSV)}</pre>
'''
write('kenwyn-vale-concessionary-travel-2022-review.html', page('Customer Service Excellence Annual Review Report – Kenwyn Vale Council – Concessionary Travel and Blue Badge Service – July 2022', CSS, body))

# Markdown: Google Docs "Download as Markdown" export
def plain(s):
    return (s.replace('&rsquo;', '’').replace('&ndash;', '–').replace('&amp;', '&'))
MD = f'''![][image1]

# **Customer Service Excellence Annual Review Report**

**Kenwyn Vale Council**  
**Concessionary Travel and Blue Badge Service**  
July 2022

# **1\\. Summary**

The Concessionary Travel and Blue Badge Service issues bus passes to older and disabled residents and Blue Badges to disabled drivers and passengers across Kenwyn Vale: about 61,000 passes and 14,500 badges. It continues to meet the Customer Service Excellence standard and continued certification is recommended.

{SUMMARY}

# **2\\. Visit details**

| Item | Detail |
| :---- | :---- |
{chr(10).join(f"| {a} | {plain(b)} |" for a, b in DETAILS)}

# **3\\. Progress since the 2021 annual review**

The 2021 review (AR1) recorded three partial compliances: 2.2.3, 4.1.2 and 5.2.4. 2.2.3 and 5.2.4 are now compliant. 4.1.2 remains Partial Compliance: the Service monitors its standards but has still not published its performance against them since the move to the new case system.

# **4\\. Findings**

**Customer Insight.** The Service’s work with the sight-loss charity and the dementia action alliance to reach residents who do not apply for the badges they are entitled to is outstanding; applications from people with hidden disabilities rose by 38% after the 2019 rule change (1.1.3, Compliance Plus). The Service last reviewed its consultation methods in 2018 and still relies on a postal survey with a 9% response (1.2.3, Partial Compliance).

**Culture.** A strong customer culture led by the Head of Customer Access. The appraisal scheme now includes customer focus for every officer (2.2.3, now compliant).

**Information and Access.** Residents can apply online, by telephone, at any of the seven library hubs or through a home visit; the assisted digital service is exemplary (3.3.1, Compliance Plus).

**Delivery.** Standards are clear; performance is monitored but not published (4.1.2, Partial Compliance). Where a complaint is upheld the Service calls the customer back a month later and records whether they are satisfied; 96% were (4.3.6, Compliance Plus).

**Timeliness and Quality of Service.** Badge decisions are made within the 12-week standard in 97% of cases. Customers whose application is not completed at first contact are now told the likely time to a decision (5.2.4, now compliant).

# **5\\. Overall ratings**

| Rating | Number of elements |
| :---- | :---- |
| Compliance Plus | 3 |
| Compliance | 52 |
| Partial Compliance | 2 |
| Non-Compliance | 0 |
| **Total** | **57** |

# **6\\. Next steps**

The Service’s reassessment is due in July 2023\\. It hopes to be rated Compliance Plus for 5.2.2 by then.

Ruth Penhaligon-Shaw  
Assessor, Assessment Services Ltd  
27 July 2022

# **Appendix A\\. People met**

Jago Trewin (Customer Access Manager); Morwenna Kitto (Blue Badge team leader); four assessment officers; two library hub advisers; the Chair and two members of the Disability Access Forum; six customers by telephone.

# **Appendix B\\. Element ratings (system export)**

The ratings below are exported from ASL’s Assessment Manager as comma-separated values and printed unchanged. rating\\_score: 4 \\= Compliance Plus, 3 \\= Compliance, 2 \\= Partial Compliance, 1 \\= Non-Compliance. prev\\_rating\\_code is the rating at the 2021 annual review, for reference only.

```
{CSV}
```

[image1]: <data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAMgAAAAyCAYAAAAZUZThAAAACXBIWXMAAAsTAAALEwEAmpwYAAAA>
'''
write('kenwyn-vale-concessionary-travel-2022-review.md', MD)
