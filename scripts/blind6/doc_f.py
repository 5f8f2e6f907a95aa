# tarrant-minster-tc-2018-letter: SGS United Kingdom Ltd OUTCOME LETTER to a town council after its
# initial assessment. The holder is named only in the ADDRESS BLOCK (the letter says "the Council",
# "your Council"); the body's letterhead sits directly above it. Counts in one sentence; C+ codes in
# a sentence; partial compliances as a list with codes; no "all other elements" sentence (the
# counts make the rest certain). Visit "5th & 6th April '18". The letter is signed by the
# Certification Manager, who is NOT the assessor; the assessor is named in the text. Markdown too:
# a plain letter with backslash hard line breaks and a horizontal rule under the letterhead.
from common import *
CP = ['2.2.2', '4.3.3']
PC = ['1.3.4', '3.1.2', '5.3.2']
R = ratings(cp=CP, pc=PC)
assert counts(R) == (2, 52, 3, 0)

LETTERHEAD = ['SGS United Kingdom Ltd', 'Certification Services', 'Inward Way, Rossmore Business Park', 'Ellesmere Port CH65 3EN']
ADDRESS = ['Mrs Grace Okonjo', 'Town Clerk', 'Tarrant Minster Town Council', 'The Guildhall', 'Market Place', 'Tarrant Minster', 'Dorset DT11 0QX']
DATE = '23rd April 2018'
REF = 'Our ref: CSE/18/0412/AMcN'
SUBJ = "Customer Service Excellence – initial assessment, 5th & 6th April '18"
P = [
 "I am writing to confirm the outcome of your Council's initial assessment against the Customer Service Excellence standard, which took place on 5th & 6th April '18. "
 "Our assessor, Ms Rhiannon Pryce-Davies, has recommended certification and I am pleased to tell you that the recommendation has been accepted. Your certificate (No. GB18/CSE/2291) is enclosed and is valid for three years, subject to satisfactory annual reviews.",
 "Of the 57 elements of the standard, 2 were assessed as Compliance Plus, 52 as Compliance and 3 as Partial Compliance; none was assessed as Non-Compliance. "
 "The Compliance Plus ratings were for 2.2.2 (the courtesy and local knowledge of the front-desk team, which residents praised again and again) and 4.3.3 (the way the Council turns complaints into changes, including the market-traders' parking scheme).",
 "The partial compliances are:",
]
PCL = [
 ('1.3.4', 'no targets have been set for customer satisfaction, so the Council cannot show that its levels are improving;'),
 ('3.1.2', 'information about the allotments and the cemetery is out of date on the website and at the Guildhall;'),
 ('5.3.2', 'the Council does not yet compare its response times with those of similar councils.'),
]
P2 = [
 "Please send us an improvement plan for these three elements within 28 days of the date of this letter. Ms Pryce-Davies's full report, dated 16th April 2018, is enclosed; she will look at your progress at the first annual review, which will fall due in April 2019.",
 "May I add my congratulations to you, the Mayor and all the staff of the Council.",
]
SIGN = ['Yours sincerely,', '', 'Andrew McNulty', 'Certification Manager, Customer Service Excellence', 'SGS United Kingdom Ltd']
CC = 'cc: Cllr Peter Hamblin, Mayor; Ms Rhiannon Pryce-Davies, Assessor'
ENC = 'Enc: certificate GB18/CSE/2291; assessment report'

html = f'''<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Letter – CSE initial assessment outcome – 23 April 2018</title>
<style>
@page {{ size: A4; margin: 20mm 25mm; }}
body {{ font-family: Arial, "Liberation Sans", sans-serif; font-size: 10.5pt; }}
p.lh {{ text-align: right; font-size: 9pt; color: #f60; }}
</style></head>
<body>
<p class="lh"><b style="font-size:14pt">SGS</b><br>{"<br>".join(LETTERHEAD)}</p>
<p>{"<br>".join(ADDRESS)}</p>
<p>{DATE}<br>{REF}</p>
<p>Dear Mrs Okonjo,</p>
<p><b>{SUBJ}</b></p>
''' + ''.join(f'<p>{x}</p>\n' for x in P) + '<ul>\n' + ''.join(f'<li><b>{c}</b> &ndash; {t}</li>\n' for c, t in PCL) + '</ul>\n' + ''.join(f'<p>{x}</p>\n' for x in P2) + f'''
<p>{"<br>".join(SIGN)}</p>
<p style="font-size:9pt">{CC}<br>{ENC}</p>
</body></html>
'''
write('tarrant-minster-tc-2018-letter.html', html)

md = [l + ' \\' for l in LETTERHEAD[:-1]] + [LETTERHEAD[-1], '', '---', '']
md += [l + ' \\' for l in ADDRESS[:-1]] + [ADDRESS[-1], '']
md += [DATE + ' \\', REF, '', 'Dear Mrs Okonjo,', '', f'**{SUBJ}**', '']
for x in P:
    md += [x, '']
for c, t in PCL:
    md.append(f'- **{c}** — {t}')
md.append('')
for x in P2:
    md += [x, '']
md += ['Yours sincerely,', '', 'Andrew McNulty \\', 'Certification Manager, Customer Service Excellence \\', 'SGS United Kingdom Ltd', '', CC + ' \\', ENC, '']
write('tarrant-minster-tc-2018-letter.md', '\n'.join(md))
