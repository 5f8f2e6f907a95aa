# tees-crossings-2026-appeal-letter: NOT a report. The holder's formal APPEAL LETTER to its
# certification body (emqc) against ONE rating in its reassessment report: the Chief Executive asks
# that 4.1.3 be changed from Partial Compliance to Compliance. It quotes the visit dates, the
# report's date, the assessor, the report's counts and its C+ and partial codes, sets out the
# grounds, lists the enclosed evidence (E1 .. E6), and ends with an empty "For emqc use" box.
from common import *
ENCL = [('E1', 'Customer standards for bridge and tunnel tolls, approved by the Board on 14 January 2026 (minute 26/07)'),
        ('E2', 'Notes of the Users&rsquo; Panel meeting of 2 December 2025, item 4: review of the standards'),
        ('E3', 'Hauliers&rsquo; forum survey on the standards, December 2025 (212 responses)'),
        ('E4', 'Change log of the standards page on the Authority&rsquo;s website, 20 January 2026'),
        ('E5', 'E-mail from the assessor, 13 March 2026, confirming the documents she saw'),
        ('E6', 'Extract from the reassessment report, pages 14&ndash;15 (element 4.1.3)')]
CSS = '''
@page { size: A4; margin: 20mm 22mm; }
body { font-family: Georgia, "DejaVu Serif", serif; font-size: 10.5pt; color: #111; }
p { margin: 0 0 9px 0; line-height: 1.4; }
.lh { border-bottom: 2px solid #005a70; padding-bottom: 6px; margin-bottom: 18px; color: #005a70; }
table { border-collapse: collapse; width: 100%; }
td, th { border: 1px solid #888; padding: 3px 6px; vertical-align: top; text-align: left; font-size: 9.5pt; }
th { background: #e3eef1; }
.box td { height: 22px; }
'''
body = f'''
<div class="lh"><b style="font-size:15pt">Tees Crossings Authority</b><br>Toll House, Transporter Road, Middlesbrough TS2 1RE &middot; 01642 555 300 &middot; customer.excellence@teescrossings.example.uk</div>
<p>Appeals Officer<br>emqc Ltd<br>Certification Department<br>(by e-mail and post)</p>
<p>Our ref: TCA/CE/26/031<br>Your ref: EMQC-CSE-2603-TCA</p>
<p>9 April 2026</p>
<p>Dear Appeals Officer,</p>
<p><b>Appeal against a rating &ndash; Customer Service Excellence reassessment of Tees Crossings Authority, report dated 27 March 2026</b></p>
<p>I write, under section 9 of emqc&rsquo;s certification rules, to appeal against one rating in the report of our reassessment. The reassessment was carried out by Ms Joanne Pettigrew on 10, 11 and 12 March 2026 at the Toll House and at the Newport and Transporter bridge offices, and her report is dated 27 March 2026.</p>
<p>The report rates four elements Compliance Plus (1.1.2, 2.2.4, 3.3.3 and 4.3.2), 50 Compliance and three Partial Compliance (1.3.3, 4.1.3 and 5.3.2), with no non-compliance, and recommends that our certificate is renewed. We are grateful for the assessor&rsquo;s thorough work and we accept her ratings of 1.3.3 and 5.3.2, for which we have agreed actions.</p>
<p><b>The rating we appeal against.</b> Element 4.1.3 (&ldquo;{STMT['4.1.3']}&rdquo;) is rated Partial Compliance. The report says that the Authority &ldquo;has not reviewed its standards with customers since 2022&rdquo;. We ask that 4.1.3 is rated Compliance.</p>
<p><b>Grounds.</b></p>
<p>1. The standards were reviewed with our Users&rsquo; Panel on 2 December 2025 (E2) and with the hauliers&rsquo; forum through a survey in December 2025 (E3), and the revised standards were approved by the Board on 14 January 2026 (E1) and published on 20 January 2026 (E4).</p>
<p>2. These documents were in the evidence library at the time of the visit, but the assessor&rsquo;s e-mail of 13 March 2026 (E5) shows that she saw the 2022 version of the standards only, because the library&rsquo;s index had not been updated.</p>
<p>3. We therefore believe the rating was based on incomplete evidence that we presented badly, not on a weakness in our service.</p>
<p>We do not ask emqc to re-examine any other element, and we understand that the outcome of the appeal will not change the recommendation to renew our certificate. We would be happy for the assessor, or another assessor, to review the enclosed evidence remotely.</p>
<p>Yours faithfully,</p>
<p style="margin-top:24px"><b>Andrea Kolawole</b><br>Chief Executive, Tees Crossings Authority</p>
<p>cc: Mr Stuart Lennox, Customer Excellence Manager; Chair of the Audit and Standards Committee</p>
<p><b>Enclosures</b></p>
<table><tr><th width="8%">Ref</th><th>Document</th></tr>{''.join(f'<tr><td>{a}</td><td>{b}</td></tr>' for a, b in ENCL)}</table>
<p style="margin-top:14px"><b>For emqc use</b></p>
<table class="box"><tr><td width="35%">Appeal reference</td><td></td></tr><tr><td>Date received</td><td></td></tr><tr><td>Acknowledged (date)</td><td></td></tr><tr><td>Appeals panel date</td><td></td></tr><tr><td>Outcome</td><td></td></tr></table>
'''
write('tees-crossings-2026-appeal-letter.html', page('Tees Crossings Authority – Appeal against a CSE reassessment rating – 9 April 2026', CSS, body))
