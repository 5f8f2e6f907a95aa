# tri-service-families-welfare-2014-reassessment: SGS United Kingdom reassessment of an armed forces
# families welfare service, 2014, issued as TWO VOLUMES in one file: Volume 1 the report (summary
# with a per-criterion table, narrative, sign-off); Volume 2 the appendices: A a LONG GLOSSARY of
# the standard (rating definitions with EXAMPLE element codes, "between 50 and 55 elements"),
# B "The standard at a glance" listing all 57 codes and statements WITH NO RATINGS, C the element
# ratings (Element | Rating | Evidence references), D people met. The ratings are only in
# Appendix C, after 57 unrated rows of Appendix B.
from common import *
CP = ['1.2.1', '2.2.2', '4.2.4']
PC = ['3.1.2', '5.2.3']
R = ratings(cp=CP, pc=PC)
assert counts(R) == (3, 52, 2, 0)
CRITC = {'1': (1, 10, 0, 0), '2': (1, 10, 0, 0), '3': (0, 11, 1, 0), '4': (1, 12, 0, 0), '5': (0, 9, 1, 0)}
for k, v in CRITC.items(): assert counts(R, k) == v, k
DETAILS = [('Client', 'Tri-Service Families Welfare Service (Northern Region)'),
           ('Parent organisation', 'Defence Community Welfare Directorate'),
           ('Type of assessment', 'Reassessment (cycle 2)'),
           ('Document review', '3 November 2014'),
           ('On-site assessment', '18 to 20 November 2014 (Catterick Garrison, RAF Leeming, Leuchars Station)'),
           ('Assessment team', 'Graham Tullett MBE (Lead Assessor); Priya Ramanathan (Assessor)'),
           ('Client representative', 'Lt Col Sarah Whitlock, Head of Welfare (North)'),
           ('Date of report', '8 December 2014'), ('SGS reference', 'GB14/84415/CSE')]
EVREF = {c: f'E{CODES.index(c) + 1:02d}' for c in CODES}
GLOSS = [
 ('Assessment body', 'An organisation licensed to assess against the Customer Service Excellence standard and to award the certificate. SGS United Kingdom Ltd is one of the licensed bodies.'),
 ('Certificate', 'Awarded after a successful initial assessment or reassessment and maintained by annual reviews. It runs for three years.'),
 ('Compliance (C)', 'The organisation fully meets the requirement of the element. Most elements of most organisations are rated Compliance.'),
 ('Compliance Plus (C+)', 'The organisation goes well beyond the requirement of the element and its practice could serve as an example to others. For example, an organisation whose understanding of hard-to-reach groups is exceptional might be rated Compliance Plus at 1.1.3.'),
 ('Criterion', 'One of the five parts of the standard: Customer Insight; The Culture of the Organisation; Information and Access; Delivery; Timeliness and Quality of Service.'),
 ('Element', 'A single requirement of the standard, numbered criterion, sub-criterion and element, for example 1.1.1. There are 57 elements.'),
 ('Evidence', 'Documents, data, observation and interviews that show how the organisation meets an element. Evidence references in Appendix C (E01 &hellip; E57) point to the client&rsquo;s evidence library.'),
 ('Non-Compliance (NC)', 'The organisation does not meet the element, or meets it so weakly that there is a major gap in its service. One non-compliance, or several partial compliances in one sub-criterion, prevents certification.'),
 ('Partial Compliance (PC)', 'The organisation meets part of the element, or meets it in part of its service. For example, an organisation that handles complaints well but does not learn from them might be rated Partial Compliance at 4.3.4. Partial compliances must be addressed before the next visit.'),
 ('Reassessment', 'The full assessment at the end of each three-year cycle, covering all 57 elements.'),
 ('Sub-criterion', 'A group of elements within a criterion, for example 1.2 Engagement and Consultation. There are 15.'),
 ('Typical results', 'At reassessment most organisations have between 50 and 55 elements rated Compliance and a handful rated Compliance Plus; two or three partial compliances are common.'),
]
NARR = {
 '1': 'The Service knows its families: serving personnel&rsquo;s partners, children, bereaved families and the families of reservists. Its engagement is outstanding: a families&rsquo; forum on every station and garrison, a text panel for partners during deployments, and a service-children&rsquo;s council whose views changed the summer programme (1.2.1).',
 '2': 'Welfare officers are trusted and visible. The training of welfare staff in bereavement support and in working with families of service personnel with post-traumatic stress is exceptional (2.2.2).',
 '3': 'Information is clear and available online and in every welfare centre. However, the Service does not yet provide its information on housing and schools to families before a posting, when they need it most (3.1.2).',
 '4': 'The Service sets and meets clear standards. It benchmarks itself against the other two regional welfare services and against the Army Families Federation&rsquo;s survey, and shares the results openly (4.2.4). The partial compliance at 4.3.4 from the 2013 annual review has been addressed: 4.3.4 is now compliant.',
 '5': 'Standards for response times are met in most areas, but families referred by unit welfare officers wait longer than others and the Service has not taken action on this (5.2.3).',
}
CSS = '''
@page { size: A4; margin: 20mm 18mm; }
body { font-family: Arial, "Liberation Sans", sans-serif; font-size: 10pt; color: #222; }
h1 { font-size: 22pt; color: #e30613; margin-top: 34mm; font-weight: normal; }
h2 { font-size: 13pt; color: #e30613; margin-top: 16px; }
h3 { font-size: 11pt; margin: 10px 0 4px 0; }
p { margin: 0 0 7px 0; line-height: 1.35; }
table { border-collapse: collapse; width: 100%; }
td, th { border: 1px solid #aaa; padding: 3px 5px; vertical-align: top; text-align: left; font-size: 9pt; }
th { background: #e6e6e6; }
td.l { width: 30%; font-weight: bold; background: #f4f4f4; }
dt { font-weight: bold; margin-top: 6px; } dd { margin: 0 0 4px 18px; }
.vol { font-size: 11pt; color: #666; letter-spacing: 1px; }
.pb { page-break-after: always; }
'''
crit_rows = ''.join(f'<tr><td>{k} {CRIT[k]}</td>' + ''.join(f'<td>{n}</td>' for n in CRITC[k]) + '</tr>' for k in '12345')
appB = ''.join(f'<tr><td>{c}</td><td>{STMT[c]}</td></tr>' for c in CODES)
appC = ''.join(f'<tr><td>{c}</td><td>{WORD[R[c]]}</td><td>{EVREF[c]}</td></tr>' for c in CODES)
PEOPLE = [('Catterick Garrison', 'Head of Welfare (North); four welfare officers; HIVE information officer; 11 family members'),
          ('RAF Leeming', 'Station community development officer; two welfare officers; families&rsquo; forum chair; 6 family members'),
          ('Leuchars Station', 'Welfare officer; unit welfare officer; service children&rsquo;s council (8 pupils)')]
body = f'''
<div class="pb">
<p style="font-size:18pt;color:#e30613"><b>SGS</b></p>
<p class="vol">VOLUME 1 OF 2 &ndash; REPORT</p>
<h1>Customer Service Excellence<br>Reassessment Report</h1>
<p style="font-size:14pt">Tri-Service Families Welfare Service (Northern Region)</p>
<p>December 2014</p>
</div>
<h2 style="page-break-before:always">Contents</h2>
<p><b>Volume 1 &ndash; Report</b><br>1. Introduction<br>2. Assessment details<br>3. Summary of findings<br>4. Findings by criterion<br>5. Conclusion and recommendation</p>
<p><b>Volume 2 &ndash; Appendices</b><br>Appendix A &ndash; Glossary of the standard<br>Appendix B &ndash; The standard at a glance<br>Appendix C &ndash; Element ratings<br>Appendix D &ndash; People met</p>
<h2>1. Introduction</h2>
<p>This report is issued in two volumes. Volume 1 gives the findings of the reassessment; Volume 2 holds the appendices, including the rating of every element (Appendix C). Appendices A and B are included for readers new to the standard.</p>
<h2>2. Assessment details</h2>
<table>{''.join(f'<tr><td class="l">{a}</td><td>{b}</td></tr>' for a, b in DETAILS)}</table>
<h2>3. Summary of findings</h2>
<p>The Service was first certified in 2011. It continues to meet the standard: three elements are rated Compliance Plus (1.2.1, 2.2.2 and 4.2.4), 52 Compliance and two Partial Compliance (3.1.2 and 5.2.3). There is no non-compliance.</p>
<table style="width:80%"><tr><th>Criterion</th><th>C+</th><th>C</th><th>PC</th><th>NC</th></tr>{crit_rows}
<tr><td><b>Total</b></td><td><b>3</b></td><td><b>52</b></td><td><b>2</b></td><td><b>0</b></td></tr></table>
<h2>4. Findings by criterion</h2>
{''.join(f'<h3>Criterion {k} &ndash; {CRIT[k]}</h3><p>{NARR[k]}</p>' for k in '12345')}
<h2>5. Conclusion and recommendation</h2>
<p>We recommend that the Service&rsquo;s certificate is renewed for three years. The partial compliances at 3.1.2 and 5.2.3 should be addressed before the first annual review in November 2015.</p>
<p>Graham Tullett MBE, Lead Assessor<br>Priya Ramanathan, Assessor<br>SGS United Kingdom Ltd, 8 December 2014</p>
<div style="page-break-before:always" class="pb">
<p style="font-size:18pt;color:#e30613"><b>SGS</b></p>
<p class="vol">VOLUME 2 OF 2 &ndash; APPENDICES</p>
<h1>Customer Service Excellence<br>Reassessment Report &ndash; Appendices</h1>
<p style="font-size:14pt">Tri-Service Families Welfare Service (Northern Region)</p>
<p>December 2014</p>
</div>
<h2 style="page-break-before:always">Appendix A &ndash; Glossary of the standard</h2>
<dl>{''.join(f'<dt>{a}</dt><dd>{b}</dd>' for a, b in GLOSS)}</dl>
<h2 style="page-break-before:always">Appendix B &ndash; The standard at a glance</h2>
<p>The 57 elements of the Customer Service Excellence standard. Ratings are given in Appendix C.</p>
<table><tr><th width="8%">Element</th><th>Requirement</th></tr>{appB}</table>
<h2 style="page-break-before:always">Appendix C &ndash; Element ratings</h2>
<p>Rating of each element at this reassessment. Evidence references are to the Service&rsquo;s evidence library.</p>
<table style="width:70%"><tr><th>Element</th><th>Rating</th><th>Evidence ref.</th></tr>{appC}</table>
<h2>Appendix D &ndash; People met</h2>
<table><tr><th>Location</th><th>People met</th></tr>{''.join(f'<tr><td>{a}</td><td>{b}</td></tr>' for a, b in PEOPLE)}</table>
'''
write('tri-service-families-welfare-2014-reassessment.html', page('SGS – Customer Service Excellence Reassessment Report (Volumes 1 and 2) – Tri-Service Families Welfare Service (Northern Region) – December 2014', CSS, body))
