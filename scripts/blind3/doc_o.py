# fenmoor-college-2023-customer-charter: NOT a report: a customer service charter that mentions CSE
from common import *
html = '''<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Fenmoor College – Customer Service Charter and Standards 2023–2025</title>
<style>body { font-family: Arial, "Liberation Sans", sans-serif; font-size: 10.5pt; } h1 { font-size: 16pt; } h2 { font-size: 12pt; color: #004d80; }
table { border-collapse: collapse; } td, th { border: 1px solid #666; padding: 3px 6px; font-size: 9.5pt; }</style></head>
<body>
<p style="text-align:right">Fenmoor College · Policy FC-CS-04 · Issue 3 · September 2023</p>
<h1>Customer Service Charter and Service Standards 2023–2025</h1>
<table>
<tr><td>Policy owner</td><td>Director of Student Experience</td></tr>
<tr><td>Approved by</td><td>Senior Leadership Team, 11 September 2023</td></tr>
<tr><td>Review date</td><td>September 2025</td></tr>
<tr><td>Equality impact assessment</td><td>Completed 4 August 2023</td></tr>
</table>
<h2>1. Purpose</h2>
<p>This charter tells learners, parents, employers and visitors what they can expect from Fenmoor College, and tells staff what is expected of them. It supports the College&rsquo;s Customer Service Excellence (CSE) certification, which the College has held since 2017, and is written to meet the requirements of criterion 4 (Delivery) and criterion 5 (Timeliness and Quality of Service) of the standard, in particular elements 4.1.1, 5.1.1 and 5.2.1.</p>
<h2>2. Our promises</h2>
<ul>
<li>We will be polite, friendly and helpful, and we will tell you our name.</li>
<li>We will treat you fairly and with respect, whatever your background.</li>
<li>We will keep your information safe and use it only as the law allows.</li>
<li>We will put things right quickly if we get something wrong.</li>
</ul>
<h2>3. Service standards</h2>
<table>
<tr><th>Contact</th><th>Our standard</th><th>Performance 2022/23</th></tr>
<tr><td>Telephone</td><td>Answered within 5 rings; 95% of calls answered</td><td>93%</td></tr>
<tr><td>E-mail and web enquiries</td><td>Reply within 2 working days</td><td>96%</td></tr>
<tr><td>Letters</td><td>Reply within 5 working days</td><td>99%</td></tr>
<tr><td>Visitors to reception</td><td>Seen within 5 minutes</td><td>91%</td></tr>
<tr><td>Complaints</td><td>Acknowledged in 2 working days, answered in 10</td><td>88%</td></tr>
</table>
<h2>4. Telling us what you think</h2>
<p>We ask learners for their views three times a year and publish what we have changed as a result on the “You said, we did” boards in every building. Compliments, comments and complaints can be made in person, by phone, online or by e-mail; the Complaints Procedure (policy FC-CS-05) explains how complaints are handled.</p>
<h2>5. Monitoring this charter</h2>
<p>Performance against these standards is reported to the Senior Leadership Team each term and to the Corporation&rsquo;s Quality and Standards Committee twice a year, and is published on the College website. The charter is reviewed every two years and whenever our Customer Service Excellence assessor recommends a change. Our aim is to keep full compliance with every element of the standard and to be recognised for compliance plus in more areas at our next reassessment.</p>
</body></html>
'''
write('fenmoor-college-2023-customer-charter.html', html)
