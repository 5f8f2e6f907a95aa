# west-harrowdale-coroners-2011-review: G4S Assessment Services "Second Annual Maintenance Review"
# (-> review-2) of a county coroner's service, 2011, written in a LEGAL HOUSE STYLE in which EVERY
# PARAGRAPH IS NUMBERED IN THREE LEVELS ("2.1.1", "4.2.3", "5.3.2"), so the report's own paragraph
# numbers have the shape of element codes and stand at the start of the lines that carry ratings:
# section 5 "Schedule of ratings" is 57 numbered paragraphs "5.<criterion>.<n> Element <code>
# (<abridged statement>): <rating>." ("5.3.2 Element 3.1.2 (...): Partial Compliance." "5.2.1
# Element 2.1.1 ...", "5.1.1 Element 1.1.1 ..."), and the findings in section 4 are numbered
# paragraphs such as "4.2.1 In respect of element 2.2.2 ... Compliance Plus". Dates in legal form
# ("the 29th and 30th days of November 2011", "Signed this 14th day of December 2011"). Counts in
# words in paragraph 3.1.1 and a per-criterion "Table 1". Traps: paragraph numbers that are valid
# codes (5.1.1 .. 5.3.3, 4.1.1 .. 4.3.6, 3.1.1 ...), "paragraph 3.1.1" cross-references, the 2010
# review's partial, "Coroners and Justice Act 2009", inquest statistics.
# Markdown as LEANPUB FLAVOURED MARKDOWN (Markua-style book source): {frontmatter} / {mainmatter} /
# {backmatter}, {pagebreak}, "A>" / "I>" asides, {caption: "..."} before the table.
from common import *
CP = ['1.1.3', '2.2.2']
PC = ['3.1.2', '4.3.5', '5.1.2']
R = ratings(cp=CP, pc=PC)
assert counts(R) == (2, 52, 3, 0)
CRITC = {'1': (1, 10, 0, 0), '2': (1, 10, 0, 0), '3': (0, 11, 1, 0), '4': (0, 12, 1, 0), '5': (0, 9, 1, 0)}
for k, v in CRITC.items(): assert counts(R, k) == v, k
NUMW = {2: 'two', 52: 'fifty-two', 3: 'three'}
ASSESSOR = 'Hugh Pennington-Clarke'
def abridged(c):
    s = STMT[c].rstrip('.')
    s = s[0].lower() + s[1:]
    return s if len(s) <= 70 else s[:70].rsplit(' ', 1)[0] + ' …'
SCHED = []   # (para number, code, text)
for k in '12345':
    for i, c in enumerate([x for x in CODES if x[0] == k]):
        SCHED.append((f'5.{k}.{i + 1}', c, f'Element {c} ({abridged(c)}): {WORD[R[c]]}.'))
assert len(SCHED) == 57 and SCHED[13][0] == '5.2.3' and SCHED[23][:2] == ('5.3.2', '3.1.2')
# sections 1-4 and 6: (number, text); numbers with two parts are headings
S = [
 ('1', 'INTRODUCTION'),
 ('1.1', 'The Service'),
 ('1.1.1', 'Her Majesty&rsquo;s Coroner for West Harrowdale investigates sudden and unexpected deaths reported to him in the coroner area of West Harrowdale. The Coroner&rsquo;s Office (&ldquo;the Service&rdquo;), staffed by the County Council, supports the Coroner, bereaved families, witnesses, the police and the hospitals. In 2010 the Service received 2,214 reports of death and 381 inquests were opened.'),
 ('1.1.2', 'The Service was first accredited to the Customer Service Excellence standard in December 2009. This report is of the second annual maintenance review of that accreditation and is made to the Service and to the Council.'),
 ('1.2', 'Changes since the last review'),
 ('1.2.1', 'The provisions of the Coroners and Justice Act 2009 relating to coroner areas are not yet in force. The Service moved to the Shire Hall, Harrowgate, in June 2011 and now has a dedicated family room.'),
 ('2', 'THE REVIEW'),
 ('2.1', 'Arrangements'),
 ('2.1.1', 'The documentary evidence submitted by the Service was examined on the 15th day of November 2011.'),
 ('2.1.2', 'The review took place on the 29th and 30th days of November 2011 at the Shire Hall, Harrowgate, and at the Harrowdale General Hospital bereavement office.'),
 ('2.1.3', f'The review was conducted by Mr {ASSESSOR}, Assessor, of G4S Assessment Services. The Service was represented by Mrs Angela Threlkeld, Coroner&rsquo;s Officer Manager.'),
 ('2.2', 'Scope'),
 ('2.2.1', 'All fifty-seven elements of the standard were reviewed. The Coroner&rsquo;s judicial decisions are outside the scope of the standard and were not considered.'),
 ('3', 'OUTCOME'),
 ('3.1', 'Ratings'),
 ('3.1.1', 'Of the fifty-seven elements of the standard, two are rated Compliance Plus, fifty-two are rated Compliance and three are rated Partial Compliance. No element is rated Non-Compliance.'),
 ('3.1.2', 'The ratings by criterion are set out in Table 1 and the rating of each element in the schedule at section 5.'),
 ('TABLE1', ''),
 ('3.2', 'Recommendation'),
 ('3.2.1', 'The Service continues to meet the standard and its accreditation should be maintained. The element rated Partial Compliance at the first annual review in 2010, 4.1.3, is now rated Compliance.'),
 ('4', 'FINDINGS'),
 ('4.1', 'Criterion 1: Customer Insight'),
 ('4.1.1', 'The Service knows the families it serves well, from the hospital bereavement offices and from a follow-up letter sent after each inquest.'),
 ('4.1.2', 'In respect of element 1.1.3 the Service has made particular efforts to reach families for whom the process is hardest: families of people who died abroad, families who do not speak English and families from the Jewish and Muslim communities, for whom release of the body without delay matters greatly. Out-of-hours arrangements agreed with community leaders are an example to other coroner areas. Element 1.1.3 is rated Compliance Plus.'),
 ('4.2', 'Criterion 2: The Culture of the Organisation'),
 ('4.2.1', 'In respect of element 2.2.2, every family spoken to described the coroner&rsquo;s officers as kind, patient and clear. Staff have been trained by the bereavement charity Cruse and it shows. Element 2.2.2 is rated Compliance Plus.'),
 ('4.3', 'Criteria 3, 4 and 5'),
 ('4.3.1', 'In respect of element 3.1.2 the Service does not tell families clearly what they will have to pay for copies of documents and transcripts of inquests. Element 3.1.2 is rated Partial Compliance.'),
 ('4.3.2', 'In respect of element 4.3.5 the Service has a complaints procedure but has not set standards for responding to complaints or published its performance. Element 4.3.5 is rated Partial Compliance.'),
 ('4.3.3', 'In respect of element 5.1.2 the Service has standards for opening inquests but does not monitor the time families wait for the release of post-mortem reports. Element 5.1.2 is rated Partial Compliance.'),
]
CLOSE = [
 ('6', 'CONCLUSION'),
 ('6.1', 'Next review'),
 ('6.1.1', 'The Service should submit an action plan addressing the elements rated Partial Compliance (paragraphs 4.3.1 to 4.3.3) within two months. The reassessment of the Service will fall due in November 2012.'),
 ('6.1.2', f'Signed this 14th day of December 2011 by {ASSESSOR}, Assessor, for and on behalf of G4S Assessment Services.'),
]
CSS = '''
@page { size: A4; margin: 22mm 22mm; }
body { font-family: "Times New Roman", "Liberation Serif", serif; font-size: 11.5pt; color: #111; }
h1 { font-size: 18pt; text-align: center; margin-top: 40mm; }
p { margin: 0 0 8px 0; line-height: 1.45; text-align: justify; }
p.n { padding-left: 52px; text-indent: -52px; }
p.h2 { font-weight: bold; margin-top: 16px; font-size: 12pt; }
p.h3 { font-style: italic; margin-top: 10px; }
table { border-collapse: collapse; }
td, th { border: 1px solid #444; padding: 3px 6px; vertical-align: top; text-align: left; font-size: 10pt; }
.pb { page-break-after: always; }
'''
crit_rows = ''.join(f'<tr><td>Criterion {k}: {CRIT[k]}</td>' + ''.join(f'<td>{n}</td>' for n in CRITC[k]) + '</tr>' for k in '12345')
TABLE1 = (f'<p style="text-align:center"><b>Table 1: Ratings by criterion</b></p><table width="100%"><tr><th>Criterion</th><th>Compliance Plus</th>'
          f'<th>Compliance</th><th>Partial Compliance</th><th>Non-Compliance</th></tr>{crit_rows}'
          '<tr><td><b>Total</b></td><td><b>2</b></td><td><b>52</b></td><td><b>3</b></td><td><b>0</b></td></tr></table><p></p>')
def para_html(n, t):
    if n == 'TABLE1':
        return TABLE1
    if '.' not in n:
        return f'<p class="h2">{n}&nbsp;&nbsp;&nbsp;{t}</p>'
    if n.count('.') == 1:
        return f'<p class="h3">{n}&nbsp;&nbsp;&nbsp;{t}</p>'
    return f'<p class="n">{n}&nbsp;&nbsp;&nbsp;&nbsp;{t}</p>'
sched_html = ['<p class="h2">5&nbsp;&nbsp;&nbsp;SCHEDULE OF RATINGS</p>']
for k in '12345':
    sched_html.append(f'<p class="h3">5.{k}&nbsp;&nbsp;&nbsp;Criterion {k}: {CRIT[k]}</p>')
    sched_html += [f'<p class="n">{n}&nbsp;&nbsp;&nbsp;&nbsp;{t}</p>' for n, c, t in SCHED if c[0] == k]
body = f'''
<div class="pb">
<p style="text-align:center;font-size:13pt"><b>G4S ASSESSMENT SERVICES</b></p>
<h1>CUSTOMER SERVICE EXCELLENCE<br><br>REPORT OF THE SECOND ANNUAL MAINTENANCE REVIEW</h1>
<p style="text-align:center;font-size:13pt;margin-top:12mm">in respect of</p>
<p style="text-align:center;font-size:15pt"><b>WEST HARROWDALE CORONER&rsquo;S SERVICE</b></p>
<p style="text-align:center;margin-top:12mm">Review of the 29th and 30th days of November 2011</p>
<p style="text-align:center;margin-top:40mm;font-size:10pt">Reference G4S/CSE/11/2207 &middot; Restricted: contains no personal data of bereaved persons</p>
</div>
{''.join(para_html(n, t) for n, t in S)}
{''.join(sched_html)}
{''.join(para_html(n, t) for n, t in CLOSE)}
'''
def md_text(t):
    return t.replace('&rsquo;', "'").replace('&ldquo;', '"').replace('&rdquo;', '"').replace('&ndash;', '-').replace('&middot;', '·')
def md():
    out = ['{frontmatter}', '', '# Customer Service Excellence', '', 'G4S ASSESSMENT SERVICES', '',
           'REPORT OF THE SECOND ANNUAL MAINTENANCE REVIEW in respect of **WEST HARROWDALE CORONER\'S SERVICE**', '',
           'Review of the 29th and 30th days of November 2011', '',
           'A> Reference G4S/CSE/11/2207. Restricted: contains no personal data of bereaved persons.', '', '{mainmatter}', '']
    for n, t in S + [('SCHED', '')] + CLOSE:
        if n == 'TABLE1':
            out += ['{caption: "Table 1: Ratings by criterion"}', '| Criterion | Compliance Plus | Compliance | Partial Compliance | Non-Compliance |',
                    '|-----------|----------------:|-----------:|-------------------:|---------------:|']
            out += [f'| Criterion {k}: {CRIT[k]} | ' + ' | '.join(str(x) for x in CRITC[k]) + ' |' for k in '12345']
            out += ['| **Total** | **2** | **52** | **3** | **0** |', '']
        elif n == 'SCHED':
            out += ['{pagebreak}', '', '# 5 SCHEDULE OF RATINGS', '',
                    'I> Each paragraph of this section gives the rating of one element of the standard.', '']
            for k in '12345':
                out += [f'## 5.{k} Criterion {k}: {CRIT[k]}', '']
                out += [f'{pn} {t}\n' for pn, c, t in SCHED if c[0] == k]
        elif '.' not in n:
            if n == '6':
                out += ['{backmatter}', '']
            out += [f'# {n} {t}', '']
        elif n.count('.') == 1:
            out += [f'## {n} {t}', '']
        else:
            out += [f'{n} {md_text(t)}', '']
    return '\n'.join(out)
STEM = 'west-harrowdale-coroners-2011-review'
if __name__ == '__main__':
    write(STEM + '.html', page('Customer Service Excellence – Report of the Second Annual Maintenance Review – West Harrowdale Coroner’s Service', CSS, body))
    write(STEM + '.md', md())
