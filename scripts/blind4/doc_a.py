# ashcombe-dc-2015-cabinet: a district council's Cabinet report (Report of the Head of Customer
# Services) on its CSE "AR2" visit; counts in words; Appendix 1 a tick matrix (✓ in C+ / C / PC / NC
# columns) of all 57 elements, one long table with its header row only on the first page.
from common import *
CP = ['1.1.2', '1.2.1', '1.3.3', '2.1.2', '2.2.4', '3.3.2', '3.4.1', '4.3.3', '5.2.2']
PC = ['1.3.5', '4.1.3', '5.3.2']
R = ratings(cp=CP, pc=PC)
assert counts(R) == (9, 45, 3, 0)
COL = ['CP', 'C', 'PC', 'NC']

def matrix_html():
    out = ['<tr><th>Ref</th><th class="l">Element</th><th>C+</th><th>C</th><th>PC</th><th>NC</th></tr>']
    last = None
    for code in CODES:
        sub = code[:3]
        if sub != last:
            out.append(f'<tr class="sub"><td colspan="6" class="l">{sub} {SUBS[sub]}</td></tr>')
            last = sub
        ticks = ''.join(f'<td>{"&#10003;" if R[code] == k else ""}</td>' for k in COL)
        out.append(f'<tr><td>{code}</td><td class="l">{STMT[code]}</td>{ticks}</tr>')
    return '\n'.join(out)

html = f'''<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Cabinet 10 December 2015 – Customer Service Excellence AR2</title>
<style>
body {{ font-family: Arial, "Liberation Sans", sans-serif; font-size: 11pt; }}
.hdr td {{ padding: 2px 14px 2px 0; vertical-align: top; }}
h1 {{ font-size: 14pt; text-align: center; }}
h2 {{ font-size: 11pt; }}
p.n {{ margin: 5px 0; }}
table.m {{ border-collapse: collapse; width: 100%; }}
table.m td, table.m th {{ border: 1px solid #444; padding: 2px 4px; font-size: 9pt; text-align: center; vertical-align: top; }}
table.m .l {{ text-align: left; }}
tr.sub td {{ background: #e6e6e6; font-weight: bold; }}
.ex {{ font-size: 9pt; }}
</style></head>
<body>
<p style="text-align:right"><b>Agenda Item 9</b></p>
<p style="text-align:center"><b>ASHCOMBE DISTRICT COUNCIL</b></p>
<h1>Report of the Head of Customer Services to Cabinet</h1>
<table class="hdr">
<tr><td><b>Meeting:</b></td><td>Cabinet</td></tr>
<tr><td><b>Date:</b></td><td>10 December 2015</td></tr>
<tr><td><b>Subject:</b></td><td>Customer Service Excellence – outcome of the AR2 visit</td></tr>
<tr><td><b>Portfolio:</b></td><td>Councillor Mrs Denise Hallam, Portfolio Holder for Customers and Communities</td></tr>
<tr><td><b>Report author:</b></td><td>Philip Grange, Head of Customer Services (01632 960412)</td></tr>
<tr><td><b>Key decision:</b></td><td>No</td></tr>
<tr><td><b>Wards affected:</b></td><td>All</td></tr>
</table>

<h2>1. Purpose of report</h2>
<p class="n">1.1 To report to Cabinet the outcome of the Council&rsquo;s Customer Service Excellence (CSE) AR2 visit, held on 20 and 21 October 2015, and the resulting improvement actions.</p>

<h2>2. Recommendations</h2>
<p class="n">2.1 That Cabinet notes the outcome of the assessment and congratulates staff on the result.</p>
<p class="n">2.2 That Cabinet endorses the improvement actions at section 6.</p>

<h2>3. Background</h2>
<p class="n">3.1 The Council first achieved the Customer Service Excellence standard in 2010 (it previously held Charter Mark from 2002). Certification runs in three-year cycles: a full reassessment, then two annual reviews, referred to by our assessment body as AR1 and AR2. Our last reassessment took place in October 2013 and AR1 in October 2014; the October 2015 visit was therefore the second annual review of the current cycle, and the next full reassessment is due in autumn 2016.</p>
<p class="n">3.2 The Council&rsquo;s assessment body is the Centre for Assessment Ltd. The standard has five criteria and 57 elements, each of which is rated Non-Compliance, Partial Compliance, Compliance or Compliance Plus.</p>
<p class="n">3.3 At AR1 in 2014 the Council held seven compliance plus ratings and had four partial compliances (1.3.4, 1.3.5, 4.1.3 and 4.2.3).</p>

<h2>4. Outcome of the AR2 visit</h2>
<p class="n">4.1 The assessor, Mrs Janet Ormerod of the Centre for Assessment, spent two days with services at the Civic Centre in Ashcombe and at the Kingsholt and Parford customer access points, and interviewed staff, councillors, partners and residents.</p>
<p class="n">4.2 Her report, dated 4th Nov 2015, confirms that the Council continues to comply with the standard. Across the 57 elements the assessor found nine compliance plus, 45 compliance and three partial compliances. Appendix 1 sets out her rating of every element.</p>
<p class="n">4.3 Cabinet will wish to note that the nine Complaint Plus ratings are the most the Council has held, and that two of the four partial compliances from 2014 (1.3.4 and 4.2.3) have been resolved.</p>
<p class="n">4.4 The assessor particularly praised the Council&rsquo;s use of its residents&rsquo; panel and ward profiles (1.1.2, 1.2.1), the Kingsholt “Tell Us Once” partnership hub (3.4.1), and the training given to complaints officers (4.3.3).</p>
<p class="n">4.5 The three areas that are only partially compliant are:</p>
<ul>
<li>changes made to services as a result of customer feedback are not yet reported back to customers in a consistent way (1.3.5);</li>
<li>customers and partners are not yet involved in setting and reviewing local service standards (4.1.3);</li>
<li>performance against timeliness standards for e-mail is not being met and is not published (5.3.2).</li>
</ul>

<h2>5. Financial implications</h2>
<p class="n">5.1 The annual fee of £2,940 plus VAT is met from the Customer Services budget. There are no other financial implications.</p>

<h2>6. Improvement actions</h2>
<p class="n">6.1 A “You said, we did” page will be added to the Council&rsquo;s website and to each issue of <i>Ashcombe Matters</i> by March 2016 (1.3.5).</p>
<p class="n">6.2 The residents&rsquo; panel will be asked to review the Council&rsquo;s service standards at its February 2016 meeting (4.1.3).</p>
<p class="n">6.3 E-mail response times will be published quarterly from April 2016 (5.3.2). The aim is to have no partial compliances at the reassessment in autumn 2016 and to retain all nine compliance plus ratings.</p>

<h2>7. Background papers</h2>
<p class="n">7.1 Centre for Assessment Ltd, <i>Customer Service Excellence Annual Review Report – Ashcombe District Council</i>, 4 November 2015 (available from the report author).</p>

<p style="page-break-before: always"><b>Appendix 1 – Assessor&rsquo;s rating of each element (AR2, October 2015)</b></p>
<p class="ex">&#10003; shows the rating awarded. C+ = Compliance Plus; C = Compliance; PC = Partial Compliance; NC = Non-Compliance.</p>
<table class="m">
{matrix_html()}
</table>
<p class="ex">Source: Centre for Assessment Ltd report of 4 November 2015.</p>
</body></html>
'''
write('ashcombe-dc-2015-cabinet.html', html)

def matrix_md():
    out = ['| Ref | Element | C+ | C | PC | NC |', '|-----|---------|:--:|:-:|:--:|:--:|']
    for code in CODES:
        ticks = ' | '.join('✓' if R[code] == k else ' ' for k in COL)
        out.append(f'| {code} | {short(code, 60)} | {ticks} |')
    return '\n'.join(out)

md = f'''**Agenda Item 9**

# ASHCOMBE DISTRICT COUNCIL

## Report of the Head of Customer Services to Cabinet

*Meeting:* Cabinet  
*Date:* 10 December 2015  
*Subject:* Customer Service Excellence – outcome of the AR2 visit  
*Portfolio:* Councillor Mrs Denise Hallam, Portfolio Holder for Customers and Communities  
*Report author:* Philip Grange, Head of Customer Services (01632 960412)  
*Key decision:* No

### 1. Purpose of report

1.1 To report to Cabinet the outcome of the Council's Customer Service Excellence (CSE) AR2 visit, held on 20 and 21 October 2015, and the resulting improvement actions.

### 2. Recommendations

2.1 That Cabinet notes the outcome of the assessment and congratulates staff on the result.

2.2 That Cabinet endorses the improvement actions at section 6.

### 3. Background

3.1 The Council first achieved the Customer Service Excellence standard in 2010 (it previously held Charter Mark from 2002). Certification runs in three-year cycles: a full reassessment, then two annual reviews, referred to by our assessment body as AR1 and AR2. Our last reassessment took place in October 2013 and AR1 in October 2014; the October 2015 visit was therefore the second annual review of the current cycle, and the next full reassessment is due in autumn 2016.

3.2 The Council's assessment body is the Centre for Assessment Ltd. The standard has five criteria and 57 elements, each of which is rated Non-Compliance, Partial Compliance, Compliance or Compliance Plus.

3.3 At AR1 in 2014 the Council held seven compliance plus ratings and had four partial compliances (1.3.4, 1.3.5, 4.1.3 and 4.2.3).

### 4. Outcome of the AR2 visit

4.1 The assessor, Mrs Janet Ormerod of the Centre for Assessment, spent two days with services at the Civic Centre in Ashcombe and at the Kingsholt and Parford customer access points, and interviewed staff, councillors, partners and residents.

4.2 Her report, dated 4th Nov 2015, confirms that the Council continues to comply with the standard. Across the 57 elements the assessor found nine compliance plus, 45 compliance and three partial compliances. Appendix 1 sets out her rating of every element.

4.3 Cabinet will wish to note that the nine Complaint Plus ratings are the most the Council has held, and that two of the four partial compliances from 2014 (1.3.4 and 4.2.3) have been resolved.

4.4 The assessor particularly praised the Council's use of its residents' panel and ward profiles (1.1.2, 1.2.1), the Kingsholt "Tell Us Once" partnership hub (3.4.1), and the training given to complaints officers (4.3.3).

4.5 The three areas that are only partially compliant are:

* changes made to services as a result of customer feedback are not yet reported back to customers in a consistent way (1.3.5);
* customers and partners are not yet involved in setting and reviewing local service standards (4.1.3);
* performance against timeliness standards for e-mail is not being met and is not published (5.3.2).

### 5. Financial implications

5.1 The annual fee of £2,940 plus VAT is met from the Customer Services budget. There are no other financial implications.

### 6. Improvement actions

6.1 A "You said, we did" page will be added to the Council's website and to each issue of *Ashcombe Matters* by March 2016 (1.3.5).

6.2 The residents' panel will be asked to review the Council's service standards at its February 2016 meeting (4.1.3).

6.3 E-mail response times will be published quarterly from April 2016 (5.3.2). The aim is to have no partial compliances at the reassessment in autumn 2016 and to retain all nine compliance plus ratings.

### 7. Background papers

7.1 Centre for Assessment Ltd, *Customer Service Excellence Annual Review Report – Ashcombe District Council*, 4 November 2015 (available from the report author).

---

### Appendix 1 – Assessor's rating of each element (AR2, October 2015)

✓ shows the rating awarded. C+ = Compliance Plus; C = Compliance; PC = Partial Compliance; NC = Non-Compliance.

{matrix_md()}

Source: Centre for Assessment Ltd report of 4 November 2015.
'''
write('ashcombe-dc-2015-cabinet.md', md)
