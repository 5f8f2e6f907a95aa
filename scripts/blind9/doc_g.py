# harnham-careers-2026-reassessment: SGS United Kingdom reassessment of a university careers
# service, 2026, whose ratings are given ONLY IN RUNNING PROSE, GROUPED BY CRITERION ("Under
# Criterion 2 every element was met, with 2.1.3 at Compliance Plus"); no element table and no
# per-criterion table; the overall counts in words in the summary. Markdown too: a Quarto
# document (YAML front matter with format options, ::: {.callout-note} fenced divs, footnotes).
from common import *
CP = ['1.2.2', '1.3.5', '2.1.3', '3.4.2', '4.2.4', '5.2.3']
PC = ['3.3.2']
R = ratings(cp=CP, pc=PC)
assert counts(R) == (6, 50, 1, 0)

FIND = [
 ('Criterion 1 – Customer Insight',
  ['Under Criterion 1 every element was met, with 1.2.2 and 1.3.5 at Compliance Plus.',
   'The Service knows its students and graduates in detail, by faculty, year, widening-participation marker and disability, and its work with care-experienced students and student parents is well established. '
   'Consultation is woven into everything it does: the Student Careers Panel co-designed the new appointment system, and the "Careers Check-in" pulse survey closes the loop within a fortnight, which is why 1.2.2 is rated Compliance Plus. '
   'Staff insight is gathered systematically and has changed practice, most visibly in the redesign of the placement-year process, and 1.3.5 is rated Compliance Plus for that reason. '
   'Satisfaction with guidance appointments is 93% (target 90%); the Graduate Outcomes response rate of 58% is the University\'s, not the Service\'s, measure.']),
 ('Criterion 2 – The Culture of the Organisation',
  ['Under Criterion 2 every element was met, with 2.1.3 at Compliance Plus.',
   'The Pro-Vice-Chancellor (Education) and the Director of Student Success champion the Service, and the Service\'s own policies, notably its inclusive-recruitment policy for employers who use the vacancy board, are exemplary and have been adopted by two other universities (2.1.3). '
   'Staff are well trained and clearly proud of their work; the team received the University\'s Professional Services award in 2025.']),
 ('Criterion 3 – Information and Access',
  ['Under Criterion 3 all elements were met except 3.3.2, which is partially compliant, and 3.4.2 reached Compliance Plus.',
   'Information is accurate, accessible and well used, in print, online and in the app. '
   'The Service has not evaluated how students use its channels since it moved drop-in guidance online in 2024: the data exist but have not been analysed, and students on the Thornfield campus told us they did not know how to book (3.3.2). '
   'By contrast, the arrangements with the Students\' Union, the local enterprise partnership and the NHS trust for shared advice clinics are outstanding, with shared standards and a joint referral route (3.4.2).']),
 ('Criterion 4 – Delivery',
  ['Criterion 4 was fully met, and 4.2.4 is rated Compliance Plus for the way the Service seeks out and adopts good practice from across the sector, including its leadership of the regional AGCAS benchmarking group.',
   'Complaints are few and handled well; the Service\'s standards are published and reported each term.']),
 ('Criterion 5 – Timeliness and Quality of Service',
  ['Under Criterion 5 everything was met, with 5.2.3 at Compliance Plus: the Service shares information with academic departments and the Disability Service, with students\' consent, so that a student tells their story once.',
   'Appointments are offered within five working days (95% in 2024/25), and timeliness is reported termly.']),
]
SUMMARY = ('The Careers and Employability Service continues to meet the Customer Service Excellence standard, and we recommend that its certification is renewed for a further three years. '
           'In all, six elements reached Compliance Plus and one was partially compliant; the other fifty were compliant, and none was non-compliant.')
PREV = ('At the 2023 reassessment the Service had four Compliance Plus ratings (1.2.2, 1.3.5, 4.2.4 and 5.2.3) and one partial compliance (5.1.1). '
        'At the annual reviews in 2024 and 2025 5.1.1 was found compliant, and it remains so. 2.1.3 and 3.4.2 are new at Compliance Plus.')
KEY = [('Organisation', 'University of Harnham – Careers and Employability Service'), ('Assessment', 'Reassessment (cycle 4)'),
       ('Assessment team', 'Ms Priyanka Sandhu-Morel FCIM (Lead Assessor); Owain Prydderch (Assessor)'),
       ('Evidence portal reviewed', '22 January 2026'), ('On-site assessment', 'Tuesday 3 to Thursday 5 February 2026'),
       ('Report date', '20 February 2026'), ('University contact', 'Dr Marguerite Osei, Director of Student Success'),
       ('SGS reference', 'GB26/CSE/00417')]

CSS = '''
@page { size: A4; margin: 25mm 24mm; }
body { font-family: "Gill Sans", "DejaVu Sans", sans-serif; font-size: 10.5pt; line-height: 1.45; color: #222; }
h1 { font-size: 24pt; color: #e2001a; margin-top: 40mm; font-weight: normal; }
h2 { font-size: 14pt; color: #e2001a; margin-top: 22px; font-weight: normal; }
h3 { font-size: 11pt; margin-bottom: 2px; }
table { border-collapse: collapse; width: 100%; } td { border-bottom: 1px solid #ccc; padding: 4px; font-size: 9.5pt; vertical-align: top; }
td.l { width: 32%; font-weight: bold; }
.pb { page-break-after: always; }
'''
html = f'''<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>SGS – Customer Service Excellence Reassessment – University of Harnham Careers and Employability Service – February 2026</title>
<style>{CSS}</style></head><body>
<div class="pb">
<p style="font-size:18pt;color:#e2001a"><b>SGS</b></p>
<p>SGS United Kingdom Ltd</p>
<h1>Customer Service Excellence<br>Reassessment Report</h1>
<p style="font-size:14pt">University of Harnham<br>Careers and Employability Service</p>
<p>February 2026</p>
</div>
<div class="pb">
<h2 style="page-break-before:always">Contents</h2>
<p>1. Assessment details<br>2. Summary and recommendation<br>3. Previous results<br>4. Findings by criterion<br>5. Areas for development<br>6. Sign-off</p>
</div>
<h2 style="page-break-before:always">1. Assessment details</h2>
<table>{''.join(f'<tr><td class="l">{a}</td><td>{b}</td></tr>' for a, b in KEY)}</table>
<h2>2. Summary and recommendation</h2>
<p>{SUMMARY}</p>
<h2>3. Previous results</h2>
<p>{PREV}</p>
<h2>4. Findings by criterion</h2>
{''.join(f'<h3>{h}</h3>' + ''.join(f'<p>{p}</p>' for p in ps) for h, ps in FIND)}
<h2>5. Areas for development</h2>
<p>Analyse how students use each channel and publicise booking on every campus (3.3.2). The Service hopes to achieve Compliance Plus for 3.2.1 and 4.3.4 during the next cycle; its first annual review is due in February 2027.</p>
<h2>6. Sign-off</h2>
<p>Priyanka Sandhu-Morel FCIM, Lead Assessor, for SGS United Kingdom Ltd &middot; 20 February 2026</p>
</body></html>
'''
write('harnham-careers-2026-reassessment.html', html)

md = ['---', 'title: "Customer Service Excellence Reassessment Report"', 'subtitle: "University of Harnham – Careers and Employability Service"',
      'author:', '  - name: Priyanka Sandhu-Morel FCIM', '    affiliation: SGS United Kingdom Ltd', 'date: 2026-02-20', 'date-format: "D MMMM YYYY"',
      'format:', '  docx:', '    toc: true', '  pdf:', '    toc: true', '    number-sections: true', 'lang: en-GB', '---', '', '# Assessment details', '']
md += [f'- **{a}**: {b}' for a, b in KEY]
md += ['', '# Summary and recommendation', '', '::: {.callout-note}', '## Recommendation', SUMMARY, ':::', '',
       '# Previous results', '', PREV + '[^prev]', '', '[^prev]: SGS reports of 14 February 2023, 12 February 2024 and 10 February 2025.', '', '# Findings by criterion', '']
for h, ps in FIND:
    md += [f'## {h}', ''] + [p + '\n' for p in ps]
md += ['# Areas for development', '', 'Analyse how students use each channel and publicise booking on every campus (3.3.2). The Service hopes to achieve Compliance Plus for 3.2.1 and 4.3.4 during the next cycle; its first annual review is due in February 2027.', '',
       '::: {.callout-tip}', 'The Graduate Outcomes figures quoted under Criterion 1 are the University\'s and were used as context only.', ':::', '',
       '# Sign-off', '', 'Priyanka Sandhu-Morel FCIM, Lead Assessor, for SGS United Kingdom Ltd · 20 February 2026', '']
write('harnham-careers-2026-reassessment.md', '\n'.join(md))
