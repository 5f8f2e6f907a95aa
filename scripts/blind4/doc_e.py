# hartwell-homes-2024-email: the outcome of an emqc "AR1" written as an e-mail from the assessor
# (From / Sent / To / Cc / Subject headers), counts in a short list with the words "Fully Compliant"
# and "Partially Met", C+ / PC codes as "1.3.3." with a trailing dot, and the client's earlier
# e-mail quoted below the signature (with last year's partials).
from common import *
CP = ['2.2.1', '3.1.2']
PC = ['1.3.3', '4.3.5']
R = ratings(cp=CP, pc=PC)
assert counts(R) == (2, 53, 2, 0)

HEAD = [('From', 'Tomasz Nowicki &lt;t.nowicki@emqc.co.uk&gt;'),
        ('Sent', 'Monday, 4 November 2024 16:42'),
        ('To', 'Gemma Frost &lt;gemma.frost@hartwellhomes.org.uk&gt;'),
        ('Cc', 'emqc Certification Team &lt;certification@emqc.co.uk&gt;; Lee Varley &lt;lee.varley@hartwellhomes.org.uk&gt;'),
        ('Subject', 'Hartwell Homes &ndash; CSE AR1 &ndash; outcome summary'),
        ('Attachments', 'Hartwell_Homes_CSE_AR1_evidence_log.xlsx')]

BODY = '''<p>Dear Gemma,</p>
<p>Thank you to you and the team for hosting the first annual review (AR1) of Hartwell Homes&rsquo; Customer Service Excellence certification on 22nd and 23rd October. As agreed at the closing meeting, this e-mail is my report of the outcome; the evidence log is attached and the certificate continues without change.</p>
<p><b>Outcome</b></p>
<ul>
<li>Compliance Plus: 2</li>
<li>Fully Compliant: 53</li>
<li>Partially Met: 2</li>
<li>Non-compliant: 0</li>
</ul>
<p><b>Compliance Plus</b></p>
<p>2.2.1. Your recruitment and induction of customer-facing staff, with tenants on every interview panel and the &ldquo;first 100 days&rdquo; programme, is exemplary and is new this year.<br>
3.1.2. Service charges are set out for every block and scheme in plain English, with a worked example and a named contact; tenants I spoke to understood exactly what they pay and why. Retained from the reassessment.</p>
<p><b>Partially Met</b></p>
<p>1.3.3. The tenant satisfaction survey does not yet ask about timeliness or staff attitude for repairs, which is where most of your complaints arise.<br>
4.3.5. The complaints policy was revised in April to meet the Housing Ombudsman&rsquo;s code, but tenants and complainants were not asked for their views on it.</p>
<p>All other elements remain Fully Compliant. You have cleared two of the three partials from last year&rsquo;s reassessment (1.2.3 and 5.3.3); 4.3.5 is carried forward above.</p>
<p>AR2 will be due in October 2025. Please send your action plan for the two partials by 6 December.</p>
<p>Kind regards,</p>
<p>Tomasz Nowicki<br>Lead Assessor, Customer Service Excellence<br>emqc Ltd &middot; Stockton-on-Tees &middot; 01642 000 000</p>'''

QUOTE = '''<p><b>From:</b> Gemma Frost<br><b>Sent:</b> 24 October 2024 09:15<br><b>To:</b> Tomasz Nowicki<br><b>Subject:</b> RE: CSE AR1 &ndash; closing meeting</p>
<p>Hi Tomasz,</p>
<p>Thanks again for yesterday. Just to confirm for your records, last year at the reassessment we had 3 partials (1.2.3, 4.3.5, 5.3.3) and one compliance plus (3.1.2). Lee is our new Customer Insight Manager and will be the contact for the action plan.</p>
<p>Many thanks,<br>Gemma Frost<br>Customer Experience Lead, Hartwell Homes</p>'''

html = f'''<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Hartwell Homes – CSE AR1 – outcome summary</title>
<style>
body {{ font-family: Calibri, Carlito, "Liberation Sans", sans-serif; font-size: 11pt; }}
table.h td {{ padding: 0 8px 0 0; vertical-align: top; }}
table.h td:first-child {{ font-weight: bold; }}
hr {{ border: 0; border-top: 1px solid #aaa; }}
.q {{ border-left: 2px solid #1f4e9c; padding-left: 10px; color: #333; }}
</style></head>
<body>
<table class="h">
{''.join(f'<tr><td>{a}:</td><td>{b}</td></tr>' for a, b in HEAD)}
</table>
<hr>
{BODY}
<hr>
<div class="q">
{QUOTE}
</div>
<p style="font-size:8pt;color:#777">This e-mail and any attachments are confidential and intended solely for the addressee. emqc Ltd, registered in England and Wales.</p>
</body></html>
'''
write('hartwell-homes-2024-email.html', html)

import re
def txt(s):
    s = s.replace('<br>\n', '\n').replace('<br>', '\n').replace('<li>', '- ').replace('</li>', '')
    s = re.sub(r'<b>(.*?)</b>', r'**\1**', s)
    s = re.sub(r'</?(p|ul)>', '', s)
    for a, b in [('&rsquo;', '’'), ('&ldquo;', '“'), ('&rdquo;', '”'), ('&ndash;', '–'), ('&middot;', '·'), ('&lt;', '<'), ('&gt;', '>')]:
        s = s.replace(a, b)
    return s

md = ''.join(f'{a}: {txt(b)}  \n' for a, b in HEAD) + '\n---\n\n' + \
     re.sub(r'\n{3,}', '\n\n', txt(BODY).replace('\n', '\n\n').replace('\n\n- ', '\n- ')) + '\n\n' + \
     '\n'.join('> ' + l if l else '>' for l in re.sub(r'\n{3,}', '\n\n', txt(QUOTE).replace('\n', '  \n').replace('  \n', '\n\n', 0)).split('\n')) + '\n'
write('hartwell-homes-2024-email.md', md)
