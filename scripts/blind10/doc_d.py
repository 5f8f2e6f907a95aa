# eastleigh-vale-university-it-2019-review: Assessment Services Ltd "Annual Review 2" of a
# university IT service desk, 2019. The ratings are in HORIZONTAL STRIPS, one table per criterion:
# the first row holds the element CODES AS COLUMN HEADERS (10 to 13 narrow columns), the second
# row this visit's rating ("2019") and a third, greyed row the first annual review's rating
# ("2018 AR1 – for reference"). Ratings are abbreviated CP / C / PC / NC, so "CP" (Compliance
# Plus) and "PC" (Partial Compliance) sit side by side; the key is under the first strip. The
# per-criterion count table uses the same abbreviations.
from common import *
CP = ['1.2.3', '2.1.4', '3.4.1', '4.2.2']
PC = ['3.2.2', '5.2.1']
R = ratings(cp=CP, pc=PC)
assert counts(R) == (4, 51, 2, 0)
PREV = ratings(cp=['1.2.3', '4.2.2'], pc=['3.2.2', '4.3.5'])
AB = {'CP': 'CP', 'C': 'C', 'PC': 'PC', 'NC': 'NC'}
CSS = '''
@page { size: A4; margin: 18mm 15mm; }
body { font-family: Calibri, Carlito, "Liberation Sans", sans-serif; font-size: 10pt; }
h1 { font-size: 24pt; color: #00616b; margin-top: 35mm; }
h2 { font-size: 14pt; color: #00616b; margin-top: 16px; }
h3 { font-size: 11pt; color: #00616b; margin: 12px 0 4px 0; }
p { margin: 0 0 7px 0; }
table { border-collapse: collapse; }
td, th { border: 1px solid #7fb0b5; padding: 2px 3px; }
table.strip { width: 100%; table-layout: fixed; }
table.strip th, table.strip td { text-align: center; font-size: 8.5pt; }
table.strip th { background: #00616b; color: #fff; }
table.strip th.lab, table.strip td.lab { text-align: left; width: 15%; background: #e0eff0; color: #000; }
table.strip tr.prev td { color: #8a8a8a; font-size: 7.5pt; }
td.cp { background: #c9e7c3; font-weight: bold; } td.pc { background: #f7dfa8; font-weight: bold; }
table.kv { width: 100%; } table.kv td.l { width: 32%; background: #e0eff0; font-weight: bold; }
.pb { page-break-after: always; }
.key { font-size: 8.5pt; }
'''

def strip(k):
    cs = [c for c in CODES if c.startswith(k + '.')]
    def cls(x): return ' class="cp"' if x == 'CP' else (' class="pc"' if x == 'PC' else '')
    head = '<tr><th class="lab" width="16%">Element</th>' + ''.join(f'<th>{c}</th>' for c in cs) + '</tr>'
    now = '<tr><td class="lab"><b>2019</b></td>' + ''.join(f'<td{cls(R[c])}>{AB[R[c]]}</td>' for c in cs) + '</tr>'
    prev = '<tr class="prev"><td class="lab">2018 AR1 (for reference)</td>' + ''.join(f'<td>{AB[PREV[c]]}</td>' for c in cs) + '</tr>'
    return f'<h3>Criterion {k} &ndash; {CRIT[k]}</h3><table class="strip" width="100%">{head}{now}{prev}</table>'

def count_table():
    rows = ''
    for k in '12345':
        cp, c, pc, nc = counts(R, k)
        rows += f'<tr><td>Criterion {k}</td><td>{cp}</td><td>{c}</td><td>{pc}</td><td>{nc}</td></tr>'
    cp, c, pc, nc = counts(R)
    rows += f'<tr><td><b>All</b></td><td><b>{cp}</b></td><td><b>{c}</b></td><td><b>{pc}</b></td><td><b>{nc}</b></td></tr>'
    return '<table class="kv" width="60%" style="width:60%"><tr><th style="background:#00616b;color:#fff" width="40%">2019</th><th style="background:#00616b;color:#fff">CP</th><th style="background:#00616b;color:#fff">C</th><th style="background:#00616b;color:#fff">PC</th><th style="background:#00616b;color:#fff">NC</th></tr>' + rows + '</table>'

KV = [('Client', 'University of Eastleigh Vale &ndash; IT Service Desk'), ('Assessment', 'Annual Review 2 (second surveillance visit, cycle 1)'),
      ('Pre-visit evidence review', '25 February 2019'), ('On-site assessment', '5 &amp; 6 March 2019, Vale Campus'),
      ('Assessor', 'Rachel Odukoya MCIM'), ('Client contact', 'Mr Pieter van der Berg, Service Desk Manager'),
      ('Report date', '22/03/2019'), ('Report ref.', 'ASL-CSE-19-0388')]
body = f'''
<div class="pb">
<p style="font-size:12pt"><b>Assessment Services Ltd</b></p>
<h1>Customer Service Excellence<br>Annual Review 2</h1>
<p style="font-size:15pt">University of Eastleigh Vale<br>IT Service Desk</p>
<p>March 2019</p>
</div>
<h2 style="page-break-before:always">Contents</h2>
<p>Client and visit details<br>Overview<br>Ratings at a glance<br>Results by criterion<br>Commentary<br>Conclusion</p>
<h2>Client and visit details</h2>
<table class="kv">{''.join(f'<tr><td class="l">{a}</td><td>{b}</td></tr>' for a, b in KV)}</table>
<h2>Overview</h2>
<p>The IT Service Desk supports 14,500 students and 2,300 staff by telephone, web chat, the self-service portal and two walk-in help points. It was first certified in March 2017 and this is the second annual review of its first cycle.</p>
<p>The Service Desk continues to comply with the standard. Four elements are now rated CP and two PC; every other element is C. The PC at 4.3.5 from the first annual review has been resolved and 4.3.5 is now C; 3.2.2 remains PC.</p>
<h2 style="page-break-before:always">Ratings at a glance</h2>
<p>Each strip shows the elements of one criterion across the page, with this visit&rsquo;s rating under each code and, in grey, the rating at the first annual review in March 2018 for reference.</p>
<p class="key">Key: CP = Compliance Plus &nbsp;|&nbsp; C = Compliance &nbsp;|&nbsp; PC = Partial Compliance &nbsp;|&nbsp; NC = Non-Compliance</p>
{''.join(strip(k) for k in '12345')}
<h2>Results by criterion</h2>
{count_table()}
<h2 style="page-break-before:always">Commentary</h2>
<h3>Criterion 1</h3>
<p>Customer insight is strong. The Service Desk co-designed its new portal with a student panel and a staff user group, and published what changed as a result; this remains CP at 1.2.3.</p>
<h3>Criterion 2</h3>
<p>The Director of Digital Services has made service quality the first item of every management meeting, and staff can show how customer feedback shaped their objectives. 2.1.4 is now CP (C in 2018).</p>
<h3>Criterion 3</h3>
<p>Knowledge-base articles are plentiful but many are written for IT staff rather than customers and have not been tested with users; 3.2.2 remains PC. Partnership work with the Students&rsquo; Union and the Library on the &ldquo;Digital Help Week&rdquo; is outstanding and 3.4.1 is rated CP.</p>
<h3>Criterion 4</h3>
<p>Delivery standards are met; first-contact resolution rose to 78%. Benchmarking with three other universities in the UCISA group is well beyond the requirement (4.2.2, CP). Complaint handling has improved: learning from complaints is now published each term, and 4.3.5 is C.</p>
<h3>Criterion 5</h3>
<p>Timeliness standards exist for incidents but not for service requests such as software installs, which make up 40% of contacts; 5.2.1 is PC.</p>
<h2>Conclusion</h2>
<p>The University of Eastleigh Vale IT Service Desk continues to comply with the Customer Service Excellence standard and its certification is maintained. The reassessment is due in March 2020.</p>
<p>Rachel Odukoya MCIM<br>Assessor, Assessment Services Ltd<br>22/03/2019</p>
'''
write('eastleigh-vale-university-it-2019-review.html',
      page('Assessment Services Ltd – CSE Annual Review 2 – University of Eastleigh Vale IT Service Desk – 2019', CSS, body))
