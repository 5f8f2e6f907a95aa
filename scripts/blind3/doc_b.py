# holmbury-nhs-2011-review: SGS surveillance visit 1; previous visit's table first; element appendix with ●/○
from common import *
CUR = ratings(cp=['1.2.1', '2.2.5', '3.3.1', '4.3.2', '5.2.2'], pc=['4.2.3'])

def ctable(rows, total, caption):
    h = [f'<table class="t"><caption>{caption}</caption><tr><th class="l">Criterion</th><th>Compliance Plus</th><th>Compliance</th><th>Partial Compliance</th><th>Non-Compliance</th></tr>']
    for i, (cp, c, pc, nc) in enumerate(rows):
        n = str(i + 1)
        h.append(f'<tr><td class="l">{n} {CRIT[n]}</td><td>{cp}</td><td>{c}</td><td>{pc}</td><td>{nc}</td></tr>')
    if total:
        cp, c, pc, nc = total
        h.append(f'<tr><td class="l"><b>Total</b></td><td><b>{cp}</b></td><td><b>{c}</b></td><td><b>{pc}</b></td><td><b>{nc}</b></td></tr>')
    h.append('</table>')
    return '\n'.join(h)

def matrix():
    h = ['<table class="t m"><thead><tr><th>Element</th><th class="l">Requirement (abridged)</th><th>C+</th><th>C</th><th>PC</th><th>NC</th></tr></thead><tbody>']
    last = None
    for code in CODES:
        c = code[0]
        if c != last:
            h.append(f'<tr><td colspan="6" class="l band">Criterion {c} – {CRIT[c]}</td></tr>')
            last = c
        r = CUR[code]
        dots = ''.join(f'<td>{"●" if r == k else "○"}</td>' for k in ('CP', 'C', 'PC', 'NC'))
        h.append(f'<tr><td>{code}.</td><td class="l">{short(code, 80)}</td>{dots}</tr>')
    h.append('</tbody></table>')
    return '\n'.join(h)

html = f'''<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Holmbury Community Healthcare NHS Trust – CSE Surveillance Visit Report</title>
<style>
body {{ font-family: Arial, "Liberation Sans", sans-serif; font-size: 10pt; }}
.hdr {{ font-size: 8pt; color: #666; border-bottom: 1px solid #ccc; }}
h1 {{ font-size: 17pt; color: #c8102e; }}
h2 {{ font-size: 12.5pt; color: #c8102e; margin-top: 18px; }}
h3 {{ font-size: 10.5pt; }}
table.t {{ border-collapse: collapse; margin: 8px 0; }}
table.t td, table.t th {{ border: 1px solid #999; padding: 2px 6px; text-align: center; }}
table.t th {{ background: #f2f2f2; }}
caption {{ text-align: left; font-weight: bold; padding: 3px 0; }}
.l {{ text-align: left !important; }}
.band {{ background: #fbe3e6; font-weight: bold; }}
table.m td {{ font-size: 8.5pt; }}
.muted {{ color: #555; }}
.pb {{ page-break-before: always; }}
</style></head>
<body>
<p class="hdr">SGS United Kingdom Ltd · Systems &amp; Services Certification · Rossmore Business Park, Ellesmere Port · Customer Service Excellence</p>
<h1>Customer Service Excellence<br>Surveillance Visit Report</h1>
<table class="t">
<tr><td class="l"><b>Client</b></td><td class="l">Holmbury Community Healthcare NHS Trust</td></tr>
<tr><td class="l"><b>Scope</b></td><td class="l">Patient Advice and Liaison Service, community nursing and the Holmbury walk-in centre</td></tr>
<tr><td class="l"><b>Visit type</b></td><td class="l">Surveillance Visit 1 (12-month annual review)</td></tr>
<tr><td class="l"><b>Date(s) of visit</b></td><td class="l">22 February 2011</td></tr>
<tr><td class="l"><b>Assessor</b></td><td class="l">Helen Pryce-Morgan</td></tr>
<tr><td class="l"><b>Date of report</b></td><td class="l">14.03.2011</td></tr>
<tr><td class="l"><b>Certificate no.</b></td><td class="l">GB10/80412</td></tr>
</table>

<h2>Contents</h2>
<p>1 Background &nbsp;·&nbsp; 2 Summary of results &nbsp;·&nbsp; 3 Progress since the initial assessment &nbsp;·&nbsp; 4 Observations by criterion &nbsp;·&nbsp; 5 Conclusion &nbsp;·&nbsp; Appendix A Sampling plan &nbsp;·&nbsp; Appendix B Element ratings at this visit</p>

<h2>1 Background</h2>
<p>The Trust was certified against Customer Service Excellence following an initial assessment in February 2010. This is the first of two annual surveillance visits in the three-year certification cycle. Its purpose is to confirm that the Trust continues to meet the standard, to follow up the partial compliances recorded at the initial assessment, and to sample a third of the elements in depth; the remainder were reviewed through the updated self-assessment and interviews.</p>

<h2>2 Summary of results</h2>
<p class="muted">For reference, the results recorded at the initial assessment in February 2010 are restated first. They are not the results of this visit.</p>
{ctable([(1, 9, 1, 0), (0, 11, 0, 0), (1, 11, 0, 0), (0, 11, 2, 0), (1, 8, 1, 0)], (3, 50, 4, 0), 'Table 1 – Initial assessment, February 2010 (previous visit, for reference only)')}
<p>The results of this surveillance visit are:</p>
{ctable([(1, 10, 0, 0), (1, 10, 0, 0), (1, 11, 0, 0), (1, 11, 1, 0), (1, 9, 0, 0)], (5, 51, 1, 0), 'Table 2 – Surveillance Visit 1, February 2011 (this visit)')}
<p>Three of the four partial compliances recorded in 2010 (1.3.3, 4.3.4 and 5.3.3) have been closed. Benchmarking (4.2.3) remains partially compliant. Two new Compliance Plus ratings were awarded, for 2.2.5 and 4.3.2; the three awarded in 2010 were retained. The full list of ratings is in Appendix B.</p>

<h2>3 Progress since the initial assessment</h2>
<p>At the initial assessment the assessor recommended that the Trust should set satisfaction questions on timeliness and information (1.3.3), publish what it learns from complaints (4.3.4) and compare its response times with other community trusts (5.3.3). All three have been addressed. The Trust now runs a monthly patient experience survey with questions on waiting, information and staff attitude; a quarterly “You said, we did” leaflet is displayed in every clinic; and it has joined the regional community services benchmarking club, which publishes response-time comparisons.</p>
<p>Benchmarking more widely, beyond response times, has not yet started. The Trust intends to use the benchmarking club&rsquo;s wider data set from April 2011.</p>

<h2>4 Observations by criterion</h2>
<h3>Criterion 1 – Customer Insight</h3>
<p>The Trust continues to know its patients well. The Patient Advice and Liaison Service (PALS) maintains a profile of enquiries by locality, age and condition, and the community nursing teams use practice registers to identify housebound patients. The patient panel has grown to 140 members, and the Trust has set up a separate carers&rsquo; panel. The engagement strategy remains an exemplar and the Compliance Plus rating for 1.2.1 is retained.</p>
<p>Satisfaction measurement has improved markedly (see section 3). Targets are set and results are published by service.</p>
<h3>Criterion 2 – The Culture of the Organisation</h3>
<p>Staff at every level spoke about patients first. The “Holmbury Heroes” recognition scheme, nominated by patients, has made over 200 awards in the year, and the Board receives a patient story at every meeting. Compliance Plus is awarded for 2.2.5 because the recognition of staff is driven directly by patients and is visibly valued by staff.</p>
<h3>Criterion 3 – Information and Access</h3>
<p>Information leaflets are reviewed by the readers&rsquo; panel before publication. The walk-in centre extended its opening hours after consultation and now offers a telephone call-back service; the range of channels remains exceptional (3.3.1, Compliance Plus retained).</p>
<h3>Criterion 4 – Delivery</h3>
<p>Standards are published and met for most services. The complaints procedure was re-written with patients in 2010; it is short, clear and available in eight languages and in easy read, and complainants interviewed praised its simplicity. Compliance Plus is awarded for 4.3.2. Benchmarking remains the weakness (4.2.3): comparisons are so far limited to response times.</p>
<h3>Criterion 5 – Timeliness and Quality of Service</h3>
<p>The single point of access for community referrals continues to route patients to the right clinician at first contact, and the Compliance Plus for 5.2.2 is retained. Response-time performance now compares well with peers.</p>

<h2>5 Conclusion</h2>
<p>The Trust continues to meet the requirements of the Customer Service Excellence standard, and I recommend that certification is continued. The second surveillance visit is due in February 2012.</p>
<p><b>Helen Pryce-Morgan</b>, CSE Assessor, SGS United Kingdom Ltd</p>

<h2 class="pb">Appendix A – Sampling plan</h2>
<p>Elements sampled in depth at this visit: 1.1.1–1.3.5 (criterion 1), 3.3.1–3.3.3, 4.2.1–4.3.6 and 5.2.2. Interviews: 24 staff, 11 patients and carers, 3 partners (the county council&rsquo;s adult social care team, the local Healthwatch predecessor LINk, and a GP practice manager).</p>

<h2>Appendix B – Element ratings at this visit (Surveillance Visit 1, February 2011)</h2>
<p class="muted">● = rating awarded; ○ = not awarded.</p>
{matrix()}
<p class="hdr">SGS United Kingdom Ltd – CSE Surveillance Report – Holmbury Community Healthcare NHS Trust – issue 1 – 14.03.2011</p>
</body></html>
'''
write('holmbury-nhs-2011-review.html', html)
