# kingsferry-bc-2024-certificate: NOT a report. Centre for Assessment's CERTIFICATE PACK sent to a
# borough council after its 2024 reassessment: a covering letter, the certificate of registration
# (holder, scope, certificate number, dates of original certification, issue and expiry), a
# schedule (scope, sites, the Compliance Plus elements recognised at the reassessment, a
# certificate history with the dates of every visit since 2015) and the conditions of use of the
# CSE mark. It names the assessor and the reassessment's dates, and says the certificate is not
# the assessment report, which was sent separately.
from common import *
CPL = ['1.1.3', '2.2.2', '4.3.4']
HIST = [('Initial assessment', '9–11 March 2015', 'Certificate issued 14 April 2015'),
        ('Annual review 1', '15 March 2016', 'Certification maintained'),
        ('Annual review 2', '7 March 2017', 'Certification maintained'),
        ('Reassessment', '13–15 March 2018', 'Certificate reissued 20 April 2018'),
        ('Annual review 1', '12 March 2019', 'Certification maintained'),
        ('Annual review 2', '10–11 March 2020', 'Certification maintained'),
        ('Reassessment (remote)', '16–18 March 2021', 'Certificate reissued 26 April 2021'),
        ('Annual review 1', '8 March 2022', 'Certification maintained'),
        ('Annual review 2', '14 March 2023', 'Certification maintained'),
        ('Reassessment', '12–14 March 2024', 'This certificate')]
CSS = '''
@page { size: A4; margin: 20mm; }
body { font-family: "Palatino Linotype", "TeX Gyre Pagella", "DejaVu Serif", serif; font-size: 10.5pt; }
.pb { page-break-after: always; }
.cert { border-collapse: collapse; }
.cert h1 { font-size: 26pt; color: #7a1f2b; letter-spacing: 2px; font-weight: normal; margin: 8mm 0 4mm 0; }
.cert .holder { font-size: 20pt; margin: 6mm 0; }
.cert p { margin: 3mm 0; }
h2 { font-size: 14pt; color: #7a1f2b; }
table { border-collapse: collapse; width: 100%; } td, th { border: 1px solid #b99; padding: 4px 6px; font-size: 9.5pt; vertical-align: top; text-align: left; }
th { background: #f3e6e8; }
'''
html = f'''<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Centre for Assessment – Certificate of Registration CFA-CSE-15-0388 – Kingsferry Borough Council</title>
<style>{CSS}</style></head><body>
<div class="pb">
<p style="text-align:right"><b>Centre for Assessment Ltd</b><br>Certification Services</p>
<p>Ms Harriet Vance<br>Head of Customer Services<br>Kingsferry Borough Council<br>Civic Offices, Quay Street<br>Kingsferry KF1 3AA</p>
<p>17 April 2024</p>
<p>Our ref: CFA-CSE-15-0388</p>
<p>Dear Ms Vance</p>
<p><b>Customer Service Excellence &ndash; certificate of registration</b></p>
<p>I am pleased to enclose the Council&rsquo;s certificate of registration to the Customer Service Excellence standard, issued following the reassessment carried out by our assessor, Mrs Joanne Kettering MCIM, on 12&ndash;14 March 2024, and the Certification Panel&rsquo;s decision of 10 April 2024.</p>
<p>The enclosed schedule sets out the scope of the certificate and records the elements of the standard at which the Council was recognised as Compliance Plus. Please note that the certificate and schedule are not the assessment report: the findings, ratings and areas for development are in the report of the reassessment dated 28 March 2024, which Mrs Kettering sent to you separately.</p>
<p>Your first annual review is due in March 2025. Please also see the conditions of use of the Customer Service Excellence mark on the last page.</p>
<p>Yours sincerely</p>
<p>Graham Usher<br>Certification Manager, Centre for Assessment Ltd</p>
<p style="font-size:9pt">Enclosures: Certificate of registration; Schedule; Conditions of use of the mark</p>
</div>
<table class="cert" style="page-break-before:always;width:100%;border:6px double #7a1f2b"><tr><td style="border:6px double #7a1f2b;text-align:center;padding:14mm 12mm">
<p style="font-size:12pt">Centre for Assessment Ltd</p>
<h1>CERTIFICATE OF REGISTRATION</h1>
<p>This is to certify that</p>
<p class="holder">Kingsferry Borough Council</p>
<p>has been assessed and found to meet the requirements of</p>
<p style="font-size:16pt;color:#7a1f2b">Customer Service Excellence&reg;</p>
<p>for the following scope:<br><i>Customer Services, Revenues and Benefits, Housing Options and the Kingsferry Contact Centre</i></p>
<p style="margin-top:10mm">Certificate number: CFA-CSE-15-0388</p>
<p>Original certification: 14 April 2015<br>Date of issue: 17 April 2024<br>Expiry date: 16 April 2027</p>
<p style="font-size:9pt">Continued validity is subject to satisfactory annual reviews. This certificate remains the property of Centre for Assessment Ltd.</p>
<p style="margin-top:12mm">Graham Usher, Certification Manager</p>
</td></tr></table>
<div class="pb">
<h2 style="page-break-before:always">Schedule to certificate CFA-CSE-15-0388</h2>
<table><tr><th style="width:30%">Certificate holder</th><td>Kingsferry Borough Council</td></tr>
<tr><th>Scope</th><td>Customer Services, Revenues and Benefits, Housing Options and the Kingsferry Contact Centre</td></tr>
<tr><th>Sites</th><td>Civic Offices, Quay Street, Kingsferry; Westgate Customer Service Point; Harbour Road Depot (Contact Centre)</td></tr>
<tr><th>Standard</th><td>Customer Service Excellence (five criteria, 57 elements)</td></tr>
<tr><th>Basis of certification</th><td>Reassessment, 12&ndash;14 March 2024 (assessor: Mrs Joanne Kettering MCIM)</td></tr></table>
<h2>Compliance Plus</h2>
<p>At the reassessment the Council was recognised as Compliance Plus in the following elements:</p>
<table><tr><th style="width:12%">Element</th><th>Requirement</th></tr>
{''.join(f'<tr><td>{c}</td><td>{STMT[c]}</td></tr>' for c in CPL)}</table>
<p>The schedule does not list the ratings of other elements.</p>
<h2>Certificate history</h2>
<table><tr><th>Visit</th><th>Date(s)</th><th>Outcome</th></tr>
{''.join(f'<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>' for a, b, c in HIST)}</table>
</div>
<h2 style="page-break-before:always">Conditions of use of the Customer Service Excellence mark</h2>
<ol><li>The mark may be used only by the certificate holder and only in relation to the scope shown on the certificate.</li>
<li>The mark must not be altered and must be reproduced from the artwork supplied.</li>
<li>Use of the mark must stop immediately if certification is suspended or withdrawn.</li>
<li>The mark must not be used in a way that suggests that services outside the scope are certified.</li>
<li>The holder may publicise its Compliance Plus elements, provided that the element numbers are quoted correctly.</li></ol>
<p style="font-size:9pt">Centre for Assessment Ltd &middot; CFA-CSE-15-0388 &middot; issued 17 April 2024</p>
</body></html>
'''
write('kingsferry-bc-2024-certificate.html', html)
