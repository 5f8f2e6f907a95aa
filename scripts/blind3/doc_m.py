# thornbury-housing-2018-letter: emqc reaccreditation reported as a letter to the chief executive;
# overall table with Number and % columns; C+ / PC elements only in brackets in prose
from common import *
html = '''<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Customer Service Excellence Reaccreditation – Thornbury Community Housing Trust</title>
<style>body { font-family: "Palatino Linotype", "TeX Gyre Pagella", serif; font-size: 11pt; line-height: 1.4; }
table.r { border-collapse: collapse; margin: 8px 0 8px 20px; } table.r td, table.r th { border: 1px solid #555; padding: 2px 10px; } td.n { text-align: right; }
.lh { text-align: right; font-size: 9.5pt; color: #333; }</style></head>
<body>
<p class="lh"><b>emqc</b><br>Customer Service Excellence Assessment<br>Unit 4, Falcon Court, Stockton-on-Tees TS18 3TX</p>
<p>Ms Joanne Pritchard<br>Chief Executive<br>Thornbury Community Housing Trust<br>12 Station Road<br>Thornbury BS35 2AA</p>
<p>1 October 2018</p>
<p>Our ref: EMQ/18/2231/CP</p>
<p>Dear Ms Pritchard</p>
<p><b>Customer Service Excellence – Reaccreditation Assessment of Thornbury Community Housing Trust</b></p>
<p>Thank you for the welcome that you and your colleagues gave me during our visit on 12th and 13th September 2018. This letter is the report of the reaccreditation assessment, which marks the end of the Trust&rsquo;s second three-year certification period and the start of its third.</p>
<p><b>Result.</b> I am pleased to confirm that the Trust meets the requirements of the Customer Service Excellence standard and I am recommending reaccreditation for a further three years. The ratings across the 57 elements were as follows:</p>
<table class="r">
<tr><th>Rating</th><th>Number</th><th>% of elements</th></tr>
<tr><td>Compliance Plus</td><td class="n">3</td><td class="n">5.3%</td></tr>
<tr><td>Compliance</td><td class="n">52</td><td class="n">91.2%</td></tr>
<tr><td>Partial Compliance</td><td class="n">2</td><td class="n">3.5%</td></tr>
<tr><td>Non-Compliance</td><td class="n">0</td><td class="n">0%</td></tr>
</table>
<p><b>Where the Trust excels.</b> Your use of tenant insight to set priorities is exceptional: the “Tenant Voice” data dashboard is reviewed at every Board meeting and has re-shaped the repairs and lettings strategies (2.1.2). The tenants&rsquo; handbook and website were re-written with a readers&rsquo; panel of 40 tenants, and the improvements were tested with people with learning disabilities and tenants whose first language is not English (3.2.3). Every front-line colleague is trained and empowered to resolve complaints on the spot up to a value of &pound;250, and the complaint-handling training is evaluated three months later (4.3.3). These three elements are rated Compliance Plus.</p>
<p><b>Where the Trust should improve.</b> The review of consultation methods has not yet looked at how representative the results are; older tenants dominate the panels (1.2.3). Monitoring of the timeliness standards is sound for telephone contact but there is no monitoring of e-mail and web-form response times, so problems cannot be identified (5.3.1). These two elements are rated Partial Compliance.</p>
<p>All remaining elements were judged compliant. I also note that the two partial compliances recorded at the last annual review (4.2.3 and 5.3.3) have been resolved and are now compliant. You told me the Trust hopes to reach five Compliance Plus ratings by the next annual review; I would encourage you to look at 1.1.3 and 3.4.3, both of which came close this year.</p>
<p><b>Next steps.</b> The first annual review of the new cycle should take place by September 2019. Please use the Customer Service Excellence logo only with the scope shown on your certificate.</p>
<p>Yours sincerely</p>
<p><b>Catherine Doyle</b><br>Lead Assessor, emqc</p>
<p style="font-size:9.5pt">cc: Mark Jennings, Head of Tenant Services, Thornbury Community Housing Trust<br>
Quality review: S. Okafor, emqc Certification Manager</p>
</body></html>
'''
write('thornbury-housing-2018-letter.html', html)
