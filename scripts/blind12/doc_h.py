# marrick-vale-bc-2021-foi-response: NOT a report. A borough council's RESPONSE TO A FREEDOM OF
# INFORMATION REQUEST about its Customer Service Excellence assessments: the request quoted in four
# numbered questions, then the answers: a table of the last THREE visits (2018 reassessment, 2019
# and 2020 annual reviews: dates, body, assessor, C+ / C / PC / NC counts), the latest visit's
# Compliance Plus and Partial Compliance codes, fees withheld under section 43 (commercial
# interests), the reports themselves "reasonably accessible" under section 21 (published on the
# website), and the internal review and ICO paragraphs.
from common import *
VISITS = [('Reassessment', '6, 7 and 8 March 2018', 'Centre for Assessment', 'Graham Oduya', 5, 50, 2, 0, '23 March 2018'),
          ('Annual review 1', '12 and 13 March 2019', 'Centre for Assessment', 'Graham Oduya', 6, 49, 2, 0, '29 March 2019'),
          ('Annual review 2 (postponed from March 2020; held remotely)', '9 and 10 September 2020', 'Centre for Assessment', 'Helen Stavrou', 6, 50, 1, 0, '25 September 2020')]
for v in VISITS: assert sum(v[4:8]) == 57
CSS = '''
@page { size: A4; margin: 20mm 20mm; }
body { font-family: Arial, "Liberation Sans", sans-serif; font-size: 10.5pt; color: #111; }
p { margin: 0 0 9px 0; line-height: 1.4; }
.lh { border-bottom: 3px solid #7a1f3d; padding-bottom: 6px; margin-bottom: 16px; }
h2 { font-size: 11.5pt; margin: 16px 0 6px 0; color: #7a1f3d; }
table { border-collapse: collapse; width: 100%; }
td, th { border: 1px solid #888; padding: 3px 5px; vertical-align: top; text-align: left; font-size: 9pt; }
th { background: #f0e4e8; }
.q { margin-left: 18px; }
'''
vrows = ''.join(f'<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td><td>{e}</td><td>{f}</td><td>{g}</td><td>{h}</td><td>{i}</td></tr>'
                for a, b, c, d, e, f, g, h, i in VISITS)
body = f'''
<div class="lh"><b style="font-size:16pt;color:#7a1f3d">Marrick Vale Borough Council</b><br>Information Governance Team &middot; Town Hall, Market Place, Marrick &middot; foi@marrickvale.example.gov.uk</div>
<p>Mr D. Okafor<br>(by e-mail)</p>
<p>Our reference: FOI-2021-0612<br>Date: 15/06/2021</p>
<p>Dear Mr Okafor,</p>
<p><b>Freedom of Information Act 2000 &ndash; request for information about Customer Service Excellence</b></p>
<p>Thank you for your request, which we received on 18/05/2021. You asked:</p>
<p class="q">1. When was the Council last assessed against the Customer Service Excellence standard, and by which organisation?<br>
2. For each assessment since 2018, how many elements were rated Compliance Plus, Compliance, Partial Compliance and Non-Compliance?<br>
3. Which elements were rated Compliance Plus and which were rated Partial Compliance at the most recent assessment?<br>
4. How much has the Council paid for these assessments?</p>
<p>We hold the information you asked for. Our answers are below.</p>
<h2>Question 1</h2>
<p>The Council&rsquo;s most recent assessment was its second annual review, held remotely on 9 and 10 September 2020 by Centre for Assessment Ltd. It had been due in March 2020 and was postponed because of the pandemic.</p>
<h2>Questions 2 and 3</h2>
<p>The table below is compiled from the assessment reports. It covers the Council&rsquo;s Customer Services, Revenues and Benefits, and Housing Options teams, which hold one certificate.</p>
<table><tr><th>Visit</th><th>Dates</th><th>Assessment body</th><th>Assessor</th><th>Compliance Plus</th><th>Compliance</th><th>Partial Compliance</th><th>Non-Compliance</th><th>Report dated</th></tr>{vrows}</table>
<p style="margin-top:9px">At the September 2020 annual review the six elements rated Compliance Plus were 1.2.2, 2.1.1, 3.3.1, 4.3.3, 5.2.2 and 5.2.5, and the one element rated Partial Compliance was 4.2.3. All other elements were rated Compliance. At the 2019 review the two partial compliances were 4.2.3 and 3.2.2; 3.2.2 was rated Compliance in 2020.</p>
<h2>Question 4</h2>
<p>We hold this information but have decided to withhold it under section 43(2) of the Act (commercial interests): disclosing the fees agreed with our assessment body would prejudice the Council&rsquo;s position when it next procures assessment services, in 2021. We have considered the public interest and believe it favours withholding the figure at this time. We can tell you that the fees are met from the Customer Services budget.</p>
<h2>The assessment reports</h2>
<p>The assessment reports themselves are published on the Council&rsquo;s website (Your Council &rsaquo; Performance &rsaquo; Customer Service Excellence). Under section 21 of the Act we are not required to provide information that is reasonably accessible to you by other means, so we have not attached them. This letter is not an assessment report and does not replace them.</p>
<h2>Your right to ask for a review</h2>
<p>If you are not satisfied with this response you may ask for an internal review within 40 working days by writing to the Information Governance Manager at the address above. If you are still dissatisfied after the review you may complain to the Information Commissioner&rsquo;s Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.</p>
<p>Yours sincerely,</p>
<p>Priya Chaudhary<br>Information Governance Officer<br>Marrick Vale Borough Council</p>
'''
write('marrick-vale-bc-2021-foi-response.html', page('Freedom of Information response FOI-2021-0612 – Customer Service Excellence – Marrick Vale Borough Council', CSS, body))
