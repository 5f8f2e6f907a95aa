# lowmoor-urgent-care-2026-press-release: NOT a report. An NHS 111 and GP out-of-hours provider's
# NEWS RELEASE (embargoed) announcing that it has kept Customer Service Excellence after its SGS
# reassessment: headline, standfirst, the counts in prose ("nine ... Compliance Plus", "47",
# "one ... Partial Compliance"), a box listing the nine Compliance Plus elements with codes, quotes
# from the chief executive and a patient representative, the 2023 result for comparison, "ENDS",
# media contact, NOTES TO EDITORS (about the provider; about the standard: five criteria, 57
# elements, the four ratings; about SGS), a photo caption and suggested social media posts.
from common import *
CPL = [('1.1.3', 'reaching people who find it hardest to use NHS 111, including deaf callers through the BSL video relay'),
       ('1.2.2', 'acting on what patients say, and telling them what changed'),
       ('2.1.1', 'leaders who champion patients at every level'),
       ('2.2.4', 'call handlers\u2019 ideas built into the way the service works'),
       ('3.4.1', 'joined-up arrangements with ambulance, GP practices, pharmacies and mental health crisis teams'),
       ('4.2.2', 'getting it right first time: 92% of calls resolved without another call'),
       ('4.3.4', 'learning from complaints and sharing the lessons'),
       ('5.2.1', 'answering calls quickly, even in the winter peak'),
       ('5.3.2', 'meeting its own timeliness standards month after month')]
assert len(CPL) == 9
CSS = '''
@page { size: A4; margin: 20mm 20mm; }
body { font-family: "Segoe UI", "DejaVu Sans", sans-serif; font-size: 10.5pt; color: #1b1b1b; }
h1 { font-size: 19pt; color: #005eb8; margin: 12px 0 8px 0; line-height: 1.2; }
p { margin: 0 0 9px 0; line-height: 1.45; }
.lh { border-bottom: 4px solid #005eb8; padding-bottom: 6px; margin-bottom: 10px; }
.emb { font-weight: bold; color: #c00000; }
.stand { font-size: 12pt; font-weight: bold; color: #333; }
.box { border: 1px solid #005eb8; background: #eef4fb; padding: 8px 12px; margin: 10px 0; }
h2 { font-size: 12pt; color: #005eb8; margin: 16px 0 6px 0; }
table { border-collapse: collapse; }
td { padding: 2px 6px; vertical-align: top; font-size: 10pt; }
'''
box = ''.join(f'<tr><td>{c}</td><td>{t}</td></tr>' for c, t in CPL)
body = f'''
<div class="lh"><b style="font-size:16pt;color:#005eb8">Lowmoor Urgent Care</b> <span style="font-size:9pt;color:#555">NHS 111 &middot; GP Out of Hours &middot; A community interest company</span></div>
<p><b>NEWS RELEASE</b><br><span class="emb">EMBARGOED UNTIL 00:01 THURSDAY 19 MARCH 2026</span><br>Issued: Tuesday 17 March 2026</p>
<h1>Lowmoor&rsquo;s NHS 111 service keeps national customer service award &ndash; with a record nine &ldquo;Compliance Plus&rdquo; ratings</h1>
<p class="stand">Independent assessors praise help for deaf callers and joined-up care across the county</p>
<p>Lowmoor Urgent Care, which runs the NHS 111 telephone and online service and GP out-of-hours care for 1.3 million people across Lowmoor and the Fenward valleys, has been reaccredited to the Government&rsquo;s Customer Service Excellence standard for a further three years.</p>
<p>The reaccreditation follows a three-day reassessment by SGS United Kingdom from 10 to 12 February 2026, led by assessor Rachel Oyinlola. She found the service fully compliant with 47 of the standard&rsquo;s 57 requirements and rated nine of them &ldquo;Compliance Plus&rdquo;, the highest rating, given for practice that others should learn from. One requirement, on keeping callers informed when a clinician&rsquo;s call-back will be late, was found partially compliant and the service has already put an action plan in place.</p>
<p>At its last reassessment, in 2023, the service achieved six Compliance Plus ratings and two partial compliances.</p>
<div class="box"><b>The nine areas rated Compliance Plus</b>
<table>{box}</table></div>
<p>Chief Executive Dr Amrit Sandhu said: &ldquo;Our call handlers and clinicians take more than 3,000 calls on a busy day, often from people at their most worried. To have nine areas judged exceptional is a tribute to every one of them. We will now work on the one area where the assessor wants us to do better.&rdquo;</p>
<p>Margaret Ellwood, who chairs the service&rsquo;s Patient Forum, said: &ldquo;The forum has seen its suggestions turned into real changes, from the text message that tells you when a doctor will ring back to the new BSL service. We are proud to have played a part.&rdquo;</p>
<p>The full assessment report will be published on the Lowmoor Urgent Care website after it has been presented to the Board on 26 March 2026.</p>
<p style="text-align:center"><b>ENDS</b></p>
<p><b>Media contact:</b> Communications Team, Lowmoor Urgent Care, 01632 960 118, media@lowmoorurgentcare.example.org (out of hours: 07700 900 461)</p>
<h2>Notes to editors</h2>
<p>1. Lowmoor Urgent Care CIC is a not-for-profit community interest company commissioned by the NHS to provide NHS 111 and GP out-of-hours services. It handled 1,140,000 NHS 111 calls in 2024&ndash;25 and employs 640 staff.</p>
<p>2. Customer Service Excellence is the Government&rsquo;s standard for customer service in public services. It has five criteria and 57 elements. At each assessment every element is rated Compliance Plus, Compliance, Partial Compliance or Non-Compliance. Organisations are reassessed every three years, with annual reviews in between.</p>
<p>3. SGS United Kingdom Ltd is one of the certification bodies licensed to assess organisations against the standard.</p>
<p>4. Photograph attached: call handlers Priya Nair and Tom Ashworth with the service&rsquo;s BSL interpreter, Hollie Bright, at the Fenward contact centre.</p>
<h2>Suggested social media posts</h2>
<p>&ldquo;Proud to keep our #CustomerServiceExcellence award &ndash; with 9 x Compliance Plus! Thank you to our amazing #NHS111 team and our Patient Forum.&rdquo;</p>
<p>&ldquo;9 Compliance Plus, 0 non-compliance: our NHS 111 service has been reaccredited for three more years. Read more: lowmoorurgentcare.example.org/news&rdquo;</p>
'''
STEM = 'lowmoor-urgent-care-2026-press-release'
if __name__ == '__main__':
    write(STEM + '.html', page('News release – Lowmoor Urgent Care keeps Customer Service Excellence – embargoed 19 March 2026', CSS, body))
