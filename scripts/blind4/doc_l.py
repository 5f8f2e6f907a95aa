# glenholm-hospice-2025-review: Centre for Assessment "Annual Review 2" of a hospice charity; every
# element scored 0-3 with a key (3 = Compliance Plus ... 0 = Non-Compliance), no rating words in the
# table; per-criterion points totals (not counts); counts of elements per score in a small table.
from common import *
CP = ['1.1.1', '2.2.5', '3.3.1', '4.3.3']
PC = ['5.2.2']
R = ratings(cp=CP, pc=PC)
assert counts(R) == (4, 52, 1, 0)
PTS = {'CP': 3, 'C': 2, 'PC': 1, 'NC': 0}

def tables():
    h = []
    for k in '12345':
        h.append(f'<h3>{k}. {CRIT[k]}</h3><table class="g"><tr><th>Ref</th><th class="l">Requirement</th><th>Score</th></tr>')
        pts = 0
        for code in CODES:
            if code[0] != k:
                continue
            pts += PTS[R[code]]
            h.append(f'<tr><td>{code}</td><td class="l">{short(code, 100)}</td><td>{PTS[R[code]]}</td></tr>')
        h.append(f'<tr><td></td><td class="l"><i>Criterion points</i></td><td><i>{pts}</i></td></tr></table>')
    return '\n'.join(h)

cp, c, pc, nc = counts(R)
html = f'''<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Glenholm Hospice Care – Customer Service Excellence Annual Review 2 – 2025</title>
<style>
body {{ font-family: "Gill Sans", "DejaVu Sans", sans-serif; font-size: 10pt; }}
h1 {{ font-size: 15pt; color: #5a2d82; }}
h2 {{ font-size: 12pt; color: #5a2d82; }}
h3 {{ font-size: 10pt; margin: 10px 0 2px 0; }}
table.g {{ border-collapse: collapse; width: 100%; }}
table.g td, table.g th {{ border: 1px solid #aaa; padding: 2px 5px; text-align: center; font-size: 9pt; }}
table.g .l {{ text-align: left; }}
.key {{ border: 1px solid #5a2d82; padding: 4px 8px; width: 60%; }}
</style></head>
<body>
<p>Centre for Assessment Ltd</p>
<h1>Customer Service Excellence<br>Annual Review 2 &ndash; Glenholm Hospice Care</h1>
<p><b>Visit:</b> 14th&ndash;15th January 2025 &nbsp; <b>Report date:</b> 31 January 2025 &nbsp; <b>Assessor:</b> Ewan Macleod</p>

<h2>Introduction</h2>
<p>Glenholm Hospice Care provides in-patient, day hospice, hospice-at-home and bereavement services across Glenholm and the Lower Tweed valley, and runs 14 charity shops. This was the second annual review since the hospice&rsquo;s reassessment in January 2023. I met 38 staff and volunteers, nine patients and family members, three trustees and partners from the health board and two GP practices.</p>

<h2>Scoring</h2>
<div class="key">Each element is scored: <b>3</b> = Compliance Plus; <b>2</b> = Compliance; <b>1</b> = Partial Compliance; <b>0</b> = Non-Compliance.</div>
<table class="g" style="width:50%; margin-top:8px">
<tr><th>Score</th><th>Number of elements</th></tr>
<tr><td>3</td><td>{cp}</td></tr>
<tr><td>2</td><td>{c}</td></tr>
<tr><td>1</td><td>{pc}</td></tr>
<tr><td>0</td><td>{nc}</td></tr>
<tr><td><b>Total</b></td><td><b>57</b></td></tr>
</table>

<h2>Summary</h2>
<p>The hospice continues to meet the standard. Its understanding of who is and is not using its services, built from referral data matched with deprivation and ethnicity data, is exceptional, and the four-channel access model (24-hour advice line, text, video and walk-in) is now fully embedded. The only shortfall concerns the first point of contact: callers to the shops and the fundraising office are not always put through to the right clinical person, and two families described being passed around.</p>
<p>The 2024 partial score for complaint-handling training has been addressed, and training is now so thorough that it scores 3.</p>

<h2>Element scores</h2>
{tables()}
<p>Ewan Macleod, Assessor, Centre for Assessment Ltd &middot; next visit: reassessment, January 2026</p>
</body></html>
'''
write('glenholm-hospice-2025-review.html', html)
