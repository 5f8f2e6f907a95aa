# bann-valley-hsc-trust-2019-review: Centre for Assessment "Annual Review 2" of a Northern Ireland
# Health and Social Care Trust's patient and client experience service, 2019. Every element row has
# the FOUR RATINGS PRE-PRINTED in its Rating cell ("C+  C  PC  NC"); the rating awarded is the one
# in BOLD, UNDERLINED, on a shaded ground, the other three printed in grey. No other mark: in a
# text layer all four words are on every row. The summary names the C+ and the partial codes.
# Markdown as a NOTION EXPORT (page title, property lines, <aside> callout, toggle lists with
# indented children, simple tables whose rating cell is "C+ **C** PC NC").
from common import *
CP = ['1.2.2', '2.1.2', '4.3.3', '5.1.2']
PC = ['1.3.3', '3.2.1', '5.3.2']
R = ratings(cp=CP, pc=PC)
assert counts(R) == (4, 50, 3, 0)
CRITC = {'1': (1, 9, 1, 0), '2': (1, 10, 0, 0), '3': (0, 11, 1, 0), '4': (1, 12, 0, 0), '5': (1, 8, 1, 0)}
for k, v in CRITC.items(): assert counts(R, k) == v, k
COMMENT = {
 '1.2.2': 'Service-user panels in all four localities, including a young carers&rsquo; panel run with the Patient and Client Council; minutes show decisions changed.',
 '2.1.2': 'Trust Board receives a patient story at every public meeting; Directors&rsquo; walkabouts are logged and followed up.',
 '4.3.3': 'Complaints resolved at first contact rose to 64%; the 10 Steps to Resolution programme is a model for other HSC Trusts.',
 '5.1.2': 'Timeliness standards for domiciliary care visits agreed with service users through the locality panels and published.',
 '1.3.3': 'Satisfaction is measured but results are not analysed by Section 75 group, so differences between groups are not known.',
 '3.2.1': 'Leaflets for the four community hospitals are out of date; two still show the pre-2018 visiting times.',
 '5.3.2': 'Waiting-time performance against the Ministerial targets is published, but not explained where targets are missed.',
 '4.1.1': 'Now compliant: the revised service standards are published in every locality.',
}
RATE = ['CP', 'C', 'PC', 'NC']
LAB = {'CP': 'C+', 'C': 'C', 'PC': 'PC', 'NC': 'NC'}
DETAILS = [('Organisation', 'Bann Valley Health and Social Care Trust &ndash; Patient and Client Experience Service'),
           ('Type of visit', 'Annual Review 2 (second annual review since reassessment in March 2017)'),
           ('Dates of visit', 'Tuesday 12th and Wednesday 13th March 2019'),
           ('Sites visited', 'Trust headquarters, Coleraine; Causeway and Ballymoney locality offices; Moyle community hospital'),
           ('Assessor', 'Orla McCloskey MCIM'), ('Trust contact', 'Mr Ciar&aacute;n Doherty, Head of Patient and Client Experience'),
           ('Date of report', '29th March 2019'), ('Certificate number', 'CFA/CSE/NI/0417')]
CRITTXT = {
 '1': 'The Trust knows its population well and uses the Northern Ireland Statistics and Research Agency profiles alongside its own service-user data. Engagement is outstanding: the locality panels, including a young carers&rsquo; panel, have changed decisions on day-centre opening hours and on transport to the community hospitals (1.2.2, Compliance Plus). Satisfaction is measured widely, but the Trust cannot yet show how satisfaction differs between the Section 75 groups (1.3.3, Partial Compliance).',
 '2': 'Leadership for patient and client experience comes from the top: a patient story opens every public Trust Board meeting and Directors&rsquo; walkabouts are recorded and followed up (2.1.2, Compliance Plus). Staff were courteous and well informed throughout.',
 '3': 'Information is available in a wide range of formats, including Irish and Ulster-Scots on request. However, printed information for the four community hospitals has not been kept up to date (3.2.1, Partial Compliance). Partnership working with the Education Authority and the councils is strong.',
 '4': 'Service standards are now published in every locality; the partial compliance recorded at 4.1.1 at the first annual review has been resolved and 4.1.1 is now compliant. Complaint handling is a particular strength (4.3.3, Compliance Plus).',
 '5': 'Timeliness standards for domiciliary care were agreed with service users (5.1.2, Compliance Plus). Performance is published against the Ministerial targets, but where a target is missed the Trust does not explain why to service users (5.3.2, Partial Compliance).',
}

CSS = '''
@page { size: A4; margin: 20mm 18mm; }
body { font-family: "Segoe UI", Arial, "Liberation Sans", sans-serif; font-size: 10pt; color: #1f1f1f; }
h1 { font-size: 22pt; color: #00594f; margin-top: 40mm; }
h2 { font-size: 13pt; color: #00594f; margin-top: 16px; }
h3 { font-size: 11pt; color: #00594f; margin: 12px 0 4px 0; }
p { margin: 0 0 7px 0; line-height: 1.35; }
table { border-collapse: collapse; width: 100%; }
td, th { border: 1px solid #9cbfba; padding: 3px 5px; vertical-align: top; text-align: left; font-size: 9pt; }
th { background: #00594f; color: #fff; }
td.l { width: 30%; background: #e6f0ee; font-weight: bold; }
td.r { white-space: nowrap; font-size: 9pt; }
span.off { color: #a0a0a0; }
span.on { font-weight: bold; text-decoration: underline; background: #c9e3df; color: #000; }
.pb { page-break-after: always; }
'''

def rcell(code):
    parts = []
    for x in RATE:
        if R[code] == x:
            parts.append(f'<span class="on" style="background:#c9e3df"><b><u>{LAB[x]}</u></b></span>')
        else:
            parts.append(f'<span class="off"><font color="#a0a0a0">{LAB[x]}</font></span>')
    return '&nbsp; '.join(parts)

def el_table(k):
    rows = ''.join(f'<tr><td>{c}</td><td>{STMT[c]}</td><td class="r">{rcell(c)}</td><td>{COMMENT.get(c, "")}</td></tr>'
                   for s in subs_of(k) for c in codes_of(s))
    return (f'<h3>Criterion {k} &ndash; {CRIT[k]}</h3><table><thead><tr><th width="7%">Element</th><th width="45%">Requirement</th>'
            f'<th width="17%">Rating</th><th>Assessor&rsquo;s comment</th></tr></thead><tbody>{rows}</tbody></table>')

crit_rows = ''.join(f'<tr><td>{k} &ndash; {CRIT[k]}</td>' + ''.join(f'<td>{n}</td>' for n in CRITC[k]) + '</tr>' for k in '12345')
SUMMARY = ('The Trust continues to meet the Customer Service Excellence standard. Of the 57 elements, four are rated Compliance Plus '
           '(1.2.2, 2.1.2, 4.3.3 and 5.1.2), 50 Compliance and three Partial Compliance (1.3.3, 3.2.1 and 5.3.2). No element is non-compliant.')
body = f'''
<div class="pb">
<p style="font-size:12pt;color:#00594f"><b>Centre for Assessment</b> &middot; Customer Service Excellence</p>
<h1>Annual Review Report</h1>
<p style="font-size:15pt">Bann Valley Health and Social Care Trust</p>
<p style="font-size:12pt">Patient and Client Experience Service</p>
<p>March 2019</p>
</div>
<h2 style="page-break-before:always">Contents</h2>
<p>1. Visit details<br>2. Summary of the review<br>3. How to read the element tables<br>4. Findings by criterion<br>5. Element ratings<br>6. Results by criterion<br>7. Next steps and sign-off</p>
<h2>1. Visit details</h2>
<table>{''.join(f'<tr><td class="l">{a}</td><td>{b}</td></tr>' for a, b in DETAILS)}</table>
<h2>2. Summary of the review</h2>
<p>Bann Valley Health and Social Care Trust provides hospital, community and social care services across the Causeway Coast and Glens and mid-Ulster. The Patient and Client Experience Service has held the Customer Service Excellence standard since 2014. This second annual review looked at all five criteria, with a focus on the areas for improvement recorded in March 2018 and on the findings of the Regulation and Quality Improvement Authority (RQIA) inspection of the Trust&rsquo;s community hospitals in 2018.</p>
<p>{SUMMARY}</p>
<h2>3. How to read the element tables</h2>
<p>Each row of the element tables carries the four ratings of the standard, pre-printed: C+ (Compliance Plus), C (Compliance), PC (Partial Compliance) and NC (Non-Compliance). The rating awarded is printed in bold and underlined on a shaded ground; the three ratings not awarded are printed in grey. Only the rating awarded applies.</p>
<h2 style="page-break-before:always">4. Findings by criterion</h2>
{''.join(f'<h3>Criterion {k} &ndash; {CRIT[k]}</h3><p>{CRITTXT[k]}</p>' for k in '12345')}
<h2 style="page-break-before:always">5. Element ratings</h2>
{''.join(el_table(k) for k in '12345')}
<h2>6. Results by criterion</h2>
<table style="width:80%"><tr><th>Criterion</th><th>C+</th><th>C</th><th>PC</th><th>NC</th></tr>{crit_rows}
<tr><td><b>All criteria</b></td><td><b>4</b></td><td><b>50</b></td><td><b>3</b></td><td><b>0</b></td></tr></table>
<h2>7. Next steps and sign-off</h2>
<p>The three partial compliances should be addressed before the reassessment, which is due in March 2020. The Trust told me it hopes to achieve Compliance Plus for 3.4.1 at that visit.</p>
<p>Orla McCloskey MCIM<br>Assessor, Centre for Assessment<br>29th March 2019</p>
'''
write('bann-valley-hsc-trust-2019-review.html', page('Customer Service Excellence Annual Review Report – Bann Valley Health and Social Care Trust – March 2019', CSS, body))

# Markdown: Notion export (page title, properties, aside callout, toggles with indented children)
def plain(s):
    return (s.replace('&rsquo;', '’').replace('&ndash;', '–').replace('&aacute;', 'á').replace('&middot;', '·'))
def mdr(code):
    return ' '.join(f'**{LAB[x]}**' if R[code] == x else LAB[x] for x in RATE)
def md_crit(k):
    rows = '\n'.join(f'    | {c} | {STMT[c]} | {mdr(c)} | {plain(COMMENT.get(c, ""))} |' for s in subs_of(k) for c in codes_of(s))
    return (f'- Criterion {k} – {CRIT[k]}\n    \n    | Element | Requirement | Rating | Assessor’s comment |\n'
            f'    | --- | --- | --- | --- |\n{rows}\n')
MD = f'''# CSE Annual Review 2 – March 2019 (Centre for Assessment)

Assessor: Orla McCloskey MCIM
Created: April 1, 2019 10:14 AM
Service: Patient and Client Experience Service
Status: Final report
Tags: CSE, RQIA, Section 75
Visit: March 12, 2019 → March 13, 2019

<aside>
💡 Copied from the Centre for Assessment report (PDF, 29th March 2019) by Ciarán Doherty. In the rating column the awarded rating is in **bold**; the other three are the pre-printed ones.

</aside>

## Visit details

| Field | Detail |
| --- | --- |
{chr(10).join(f"| {a} | {plain(b)} |" for a, b in DETAILS)}

## Summary

Bann Valley Health and Social Care Trust provides hospital, community and social care services across the Causeway Coast and Glens and mid-Ulster. The Patient and Client Experience Service has held the Customer Service Excellence standard since 2014. This second annual review looked at all five criteria, with a focus on the areas for improvement recorded in March 2018 and on the findings of the Regulation and Quality Improvement Authority (RQIA) inspection of the Trust’s community hospitals in 2018.

{SUMMARY}

## Findings by criterion

{chr(10).join(f"- Criterion {k} – {CRIT[k]}{chr(10)}    {chr(10)}    {plain(CRITTXT[k])}{chr(10)}" for k in '12345')}
## Element ratings

{chr(10).join(md_crit(k) for k in '12345')}
## Results by criterion

| Criterion | C+ | C | PC | NC |
| --- | --- | --- | --- | --- |
{chr(10).join(f"| {k} – {CRIT[k]} | " + ' | '.join(str(n) for n in CRITC[k]) + ' |' for k in '12345')}
| All criteria | 4 | 50 | 3 | 0 |

## Next steps

The three partial compliances should be addressed before the reassessment, which is due in March 2020. The Trust told me it hopes to achieve Compliance Plus for 3.4.1 at that visit.

Orla McCloskey MCIM
Assessor, Centre for Assessment
29th March 2019
'''
write('bann-valley-hsc-trust-2019-review.md', MD)
