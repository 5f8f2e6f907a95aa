# wendlebury-library-2011-reassessment: SGS United Kingdom reassessment of a university library
# service, 2011. The narrative discusses the elements BY THEIR SUBJECT ONLY (no element code in the
# text); every rating is in the numbered ENDNOTES at the back ("14. 3.2.1 – Compliance Plus. ...",
# "9. 2.1.3, 2.1.4, 2.1.5 and 2.1.6 – all Compliance."), reached by superscript note numbers in the
# text. No element table. Counts of C+ / PC / NC only. Markdown too: pandoc INLINE footnotes ^[...].
import re
from common import *
CP = ['1.1.2', '3.2.1', '4.2.4']
PC = ['1.3.2', '5.1.2']
R = ratings(cp=CP, pc=PC)
assert counts(R) == (3, 52, 2, 0)

NOTES = {
 1: '1.1.1 – Compliance.',
 2: '1.1.2 – Compliance Plus. The ethnographic study is rare in the sector; its findings were presented at a national conference in June 2011 and two other universities have adopted the method.',
 3: '1.1.3 – Compliance.',
 4: 'Elements 1.2.1, 1.2.2 and 1.2.3: Compliance in each case.',
 5: '1.3.1 – Compliance.',
 6: '1.3.2 – Partial Compliance. Satisfaction results should be published by user group, and the lower scores among part-time students analysed and acted on. See also note 2.',
 7: '1.3.3, 1.3.4 and 1.3.5 – Compliance.',
 8: '2.1.1 and 2.1.2 – Compliance.',
 9: '2.1.3, 2.1.4, 2.1.5 and 2.1.6 – all Compliance.',
 10: '2.2.1 – Compliance.',
 11: '2.2.2 – Compliance.',
 12: '2.2.3, 2.2.4 and 2.2.5 – Compliance.',
 13: '3.1.1 and 3.1.2 – Compliance.',
 14: '3.2.1 – Compliance Plus. The range of formats, and the evidence that users choose among them, is outstanding; other university libraries in the region have visited to learn from it.',
 15: '3.2.2, 3.2.3 and 3.2.4 – Compliance.',
 16: '3.3.1, 3.3.2 and 3.3.3 – Compliance. (3.3.2 was Partial Compliance at the 2010 annual review.)',
 17: '3.4.1, 3.4.2 and 3.4.3 – Compliance.',
 18: '4.1.1, 4.1.2 and 4.1.3 – Compliance.',
 19: '4.2.1, 4.2.2 and 4.2.3 – Compliance.',
 20: '4.2.4 – Compliance Plus. The openly published toolkit and the national workshops are an exemplar of sharing good practice.',
 21: '4.3.1, 4.3.2, 4.3.3, 4.3.4, 4.3.5 and 4.3.6 – Compliance.',
 22: '5.1.1 – Compliance.',
 23: '5.1.2 – Partial Compliance. The Charter\'s promises on the quality of service should be made measurable and common to all three sites.',
 24: '5.2.1, 5.2.2, 5.2.3, 5.2.4 and 5.2.5 – Compliance.',
 25: '5.3.1, 5.3.2 and 5.3.3 – Compliance.',
 26: 'The Customer Charter is on the Service\'s web pages; version 3.2 dates from September 2010.',
}
# check: the notes rate every element exactly once, as typed
WORDS = [('Compliance Plus', 'CP'), ('Partial Compliance', 'PC'), ('Compliance', 'C')]
seen = {}
for n, t in NOTES.items():
    head = t.split('(')[0].split('. ')[0]
    codes = re.findall(r'\b\d\.\d\.\d\b', head)
    word = next((w for s, w in WORDS if s in head), None)
    for c in codes:
        assert c not in seen, c
        seen[c] = word
assert seen == R, set(seen) ^ set(R)

FINDINGS = [
 ('Criterion 1 – Customer Insight', [
  'The Service knows its users well. Registration data for 31,000 students and 4,200 staff is combined with gate counts, loans and e-resource log-ins, and the external users (alumni, school pupils, local businesses) are profiled every year.[1] '
  'The insight goes well beyond counting: the "Library Lives" study followed forty students through a term and changed both the opening hours and the layout of the Harcourt Library.[2] '
  'Distance learners, part-time and disabled students and care leavers have been identified, and each group has a named liaison librarian.[3]',
  'Engagement is planned in a consultation strategy that uses the Library Forum, course-representative meetings, online "suggestion walls" and focus groups; changes are reported back through "You said, we did" posters, and the strategy was reviewed in 2010.[4]',
  'Satisfaction is measured reliably through the LibQUAL+ survey every two years, the National Student Survey and short questions after enquiries.[5] It is analysed by faculty, but the results are published only for the Service as a whole, and no analysis by user group has been made public since 2009.[6] '
  'The survey covers delivery, timeliness, information and staff attitude; targets are set and have been met for two years running; and the Service can show changes made from what users said, such as 24-hour opening in the examination period.[7]']),
 ('Criterion 2 – The Culture of the Organisation', [
  'The Director of Library and Archive Services and the Pro-Vice-Chancellor (Student Experience) champion the user, and user insight shapes the Library Strategy 2011–2015.[8] '
  'Policies on charges, conduct and access support the right to a good service; users are treated fairly; privacy is protected, including self-issue machines that do not display titles; and staff are encouraged to take part in the customer culture.[9]',
  'Recruitment, induction and appraisal all carry customer-service content.[10] Users praised staff as approachable and knowledgeable.[11] Customer focus is part of every appraisal, front-line staff help design processes (the new inter-library loan form was designed by the Issue Desk team), and staff contributions are recognised through the "Library Star" scheme.[12]']),
 ('Criterion 3 – Information and Access', [
  'Information about the full range of services is on the website, in the printed guide for each site and in induction sessions, and the charges for printing, inter-library loans, fines and external membership are published.[13] '
  'Information is provided in a remarkable range of formats: every guide is also a short captioned video, in large print, on the University\'s app, and in Mandarin and Arabic for the largest groups of international students, and the "Ask a Librarian" chat runs from 8am to midnight.[14] '
  'The Service checks through user testing that information is understood, rebuilt its web pages after usability testing in 2011, and has a procedure for correcting errors.[15]',
  'Users can reach the Service in person, by telephone, by chat, by e-mail and through the app; the channels are evaluated and adjusted (the telephone line was merged into the chat team after analysis in 2010); and the three libraries are clean and comfortable.[16] '
  'Partnerships with the Students\' Union, the city\'s public library and the NHS library at Wendlebury General Hospital give joined-up services, and the Service supports the wider community through its Schools\' Archive Programme.[17]']),
 ('Criterion 4 – Delivery', [
  'Service standards are published, monitored and reported, and were reviewed with the Library Forum in 2011.[18] Users are told at the outset what to expect (for example how long an inter-library loan takes); the Service delivers what it promises; and it benchmarks itself with the Midlands University Libraries group.[19] '
  'It has learned from good practice elsewhere and shared its own in an exemplary way: the "Library Lives" toolkit is openly published and the Service hosted two national workshops on it.[20]',
  'Dips in performance are explained on the website and on screens in each library. The complaints procedure is easy to use, staff are trained to handle complaints, complaints are analysed for patterns, the procedure was reviewed in 2011, and upheld complaints are put right.[21]']),
 ('Criterion 5 – Timeliness and Quality of Service', [
  'Timeliness standards exist for every channel: chat answered within two minutes, e-mail within one working day, inter-library loans within ten working days.[22] '
  'Standards for the quality of service beyond timeliness are less developed: the Customer Charter (version 3.2)[26] says little about what a good answer to an enquiry looks like, and the standards differ between the three sites.[23]',
  'Users are told about the promises, needs are identified at first contact, information is shared promptly with colleagues, next steps are agreed, and initial enquiries are answered promptly.[24] '
  'Performance is monitored and acted on, the standards are met and published, and the Service compares well with the other libraries of the group.[25]']),
]
# every note is cited once
cited = [int(x) for _, ps in FINDINGS for p in ps for x in re.findall(r'\[(\d+)\]', p)]
assert sorted(cited) == sorted(NOTES), cited

SUMMARY = [
 'University of Wendlebury Library and Archive Services was first certified to Customer Service Excellence in November 2008, after a Charter Mark held since 2002. '
 'This reassessment, the first of the Service\'s second cycle, took place on Tuesday 8 and Wednesday 9 November 2011 at the Harcourt, Queen\'s Road and Medical libraries.',
 'The Service continues to meet the standard and I recommend that its certification is renewed. Of the 57 elements of the standard I found Compliance Plus in three and Partial Compliance in two; no element was non-compliant.',
 'Following the practice of SGS reports of this kind, the findings are written as a narrative under each criterion. The rating of each element, and the reason for any rating other than Compliance, is given in the numbered notes at the end of the report.',
 'At the 2010 annual review the Service had two Compliance Plus ratings and two partial compliances.',
]
METHOD = ('The Service sent its self-assessment and evidence in October 2011. On site I interviewed 58 staff and 27 users (undergraduates, postgraduates, a distance learner, an alumnus and two local teachers), '
          'met the Students\' Union Vice-President (Education), and observed the enquiry desks, the chat service and a library induction.')

def sup_html(p):
    return re.sub(r'\[(\d+)\]', r'<sup>\1</sup>', p)

html = f'''<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>University of Wendlebury Library and Archive Services – Customer Service Excellence Reassessment 2011</title>
<style>
@page {{ size: A4; margin: 22mm 20mm; }}
body {{ font-family: "Liberation Serif", "Times New Roman", serif; font-size: 11pt; line-height: 1.4; text-align: justify; }}
h1 {{ font-size: 19pt; font-weight: normal; margin-top: 45mm; }}
h2 {{ font-size: 13pt; font-weight: normal; font-variant: small-caps; border-bottom: 1px solid #000; margin-top: 18px; }}
h3 {{ font-size: 11.5pt; font-style: italic; font-weight: normal; margin-bottom: 2px; }}
sup {{ font-size: 7.5pt; }}
table.k td {{ padding: 2px 10px 2px 0; vertical-align: top; }}
ol.notes li {{ font-size: 9.5pt; margin-bottom: 3px; text-align: left; }}
.pb {{ page-break-after: always; }}
</style></head>
<body>
<div class="pb">
<p style="font-size:10pt">SGS United Kingdom Ltd &ndash; Systems &amp; Services Certification</p>
<h1>Customer Service Excellence<br>Reassessment Report</h1>
<p style="font-size:14pt">University of Wendlebury<br>Library and Archive Services</p>
<table class="k" style="margin-top:20mm">
<tr><td>Assessment visit:</td><td>8 and 9 November 2011</td></tr>
<tr><td>Assessor:</td><td>Anne-Marie Quinlan</td></tr>
<tr><td>Client contact:</td><td>Dr Martin Oyelaran, Head of Customer Services</td></tr>
<tr><td>Report date:</td><td>2 December 2011</td></tr>
<tr><td>Client reference:</td><td>GB08/77315</td></tr>
</table>
</div>
<div class="pb">
<h2>Contents</h2>
<p>1. Summary<br>2. Method<br>3. Findings<br>&nbsp;&nbsp;&nbsp;Criterion 1 &ndash; Customer Insight<br>&nbsp;&nbsp;&nbsp;Criterion 2 &ndash; The Culture of the Organisation<br>&nbsp;&nbsp;&nbsp;Criterion 3 &ndash; Information and Access<br>&nbsp;&nbsp;&nbsp;Criterion 4 &ndash; Delivery<br>&nbsp;&nbsp;&nbsp;Criterion 5 &ndash; Timeliness and Quality of Service<br>4. Conclusion<br>Notes</p>
</div>
<h2>1. Summary</h2>
''' + ''.join(f'<p>{p}</p>\n' for p in SUMMARY) + f'''
<h2>2. Method</h2>
<p>{METHOD}</p>
<h2>3. Findings</h2>
''' + ''.join(f'<h3>{h}</h3>\n' + ''.join(f'<p>{sup_html(p)}</p>\n' for p in ps) for h, ps in FINDINGS) + '''
<h2>4. Conclusion</h2>
<p>The Service has built on a strong first cycle. Its work to understand its users and to present information in the forms they prefer is among the best I have seen. The two partial compliances should be addressed in an action plan sent to SGS within one month; the first annual review of the new cycle will be in November 2012.</p>
<p>Anne-Marie Quinlan<br>Customer Service Excellence Assessor, SGS United Kingdom Ltd<br>2 December 2011</p>
<h2 style="page-break-before:always">Notes</h2>
<ol class="notes">
''' + ''.join(f'<li>{NOTES[n]}</li>\n' for n in sorted(NOTES)) + '''</ol>
</body></html>
'''
write('wendlebury-library-2011-reassessment.html', html)

# Markdown: pandoc inline footnotes, each note's text where its marker stands.
def inline_md(p):
    return re.sub(r'\[(\d+)\]', lambda m: '^[' + NOTES[int(m.group(1))] + ']', p)

md = ['% Customer Service Excellence Reassessment Report', '% Anne-Marie Quinlan, SGS United Kingdom Ltd', '% 2 December 2011', '',
      'SGS United Kingdom Ltd – Systems & Services Certification', '',
      '**University of Wendlebury – Library and Archive Services**', '',
      '| | |', '|---|---|',
      '| Assessment visit: | 8 and 9 November 2011 |',
      '| Assessor: | Anne-Marie Quinlan |',
      '| Client contact: | Dr Martin Oyelaran, Head of Customer Services |',
      '| Report date: | 2 December 2011 |',
      '| Client reference: | GB08/77315 |', '',
      '# 1. Summary', '']
for p in SUMMARY:
    md += [p.replace('numbered notes at the end of the report', 'notes to the narrative'), '']
md += ['# 2. Method', '', METHOD, '', '# 3. Findings', '']
for h, ps in FINDINGS:
    md += [f'## {h}', '']
    for p in ps:
        md += [inline_md(p), '']
md += ['# 4. Conclusion', '',
       'The Service has built on a strong first cycle. Its work to understand its users and to present information in the forms they prefer is among the best I have seen. The two partial compliances should be addressed in an action plan sent to SGS within one month; the first annual review of the new cycle will be in November 2012.', '',
       'Anne-Marie Quinlan  ', 'Customer Service Excellence Assessor, SGS United Kingdom Ltd  ', '2 December 2011', '']
write('wendlebury-library-2011-reassessment.md', '\n'.join(md))
