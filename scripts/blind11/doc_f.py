# lough-neagh-shore-dc-2012-review: a Northern Ireland district council's E-MAIL THREAD PRINTED TO PDF
# (Outlook print style: the printing user's name at the top, a header block per message). The top
# message is the Customer Services Manager FORWARDING the assessor's message to the Chief Executive;
# the forwarded message from the G4S Assessment Services assessor IS the annual review report (summary,
# counts, C+ and partial codes) and lists an attachment; below it the Council's earlier message with
# LAST YEAR'S numbers. The ATTACHMENT "LNSDC CSE AR1 element ratings.pdf" is printed after the thread:
# a 57-row Element | Rating table with criterion banner rows and a totals line.
from common import *
CP = ['2.2.1', '3.4.1']
PC = ['1.3.4', '5.2.2']
R = ratings(cp=CP, pc=PC)
assert counts(R) == (2, 53, 2, 0)
RW = {'CP': 'Compliance Plus', 'C': 'Compliant', 'PC': 'Partial Compliance', 'NC': 'Non-Compliance'}
CSS = '''
@page { size: A4; margin: 16mm 18mm; }
body { font-family: Calibri, Carlito, Arial, sans-serif; font-size: 11pt; color: #000; }
.who { font-size: 14pt; font-weight: bold; border-bottom: 3px solid #000; padding-bottom: 2px; margin-bottom: 10px; }
table.h { border-collapse: collapse; margin-bottom: 10px; }
table.h td { padding: 0 8px 0 0; vertical-align: top; font-size: 11pt; }
table.h td.k { font-weight: bold; width: 95px; }
p { margin: 0 0 9px 0; }
.q { border-left: 2px solid #999; padding-left: 8px; }
.sig { color: #1f497d; font-size: 10pt; }
hr { border: none; border-top: 1px solid #b5c4df; margin: 12px 0; }
table.r { border-collapse: collapse; width: 100%; }
table.r td, table.r th { border: 1px solid #777; padding: 2px 5px; font-size: 9pt; text-align: left; vertical-align: top; }
table.r th { background: #d9d9d9; }
tr.cb td { background: #f0f0f0; font-weight: bold; }
'''
def hdr(rows):
    return '<table class="h">' + ''.join(f'<tr><td class="k">{a}</td><td>{b}</td></tr>' for a, b in rows) + '</table>'
ATT = 'LNSDC CSE AR1 element ratings.pdf; Action plan template AR1.doc'
att_rows = []
for k in '12345':
    att_rows.append(f'<tr class="cb"><td colspan="3">Criterion {k}: {CRIT[k]}</td></tr>')
    att_rows += [f'<tr><td>{c}</td><td>{short(c, 100)}</td><td>{RW[R[c]]}</td></tr>' for c in CODES if c.startswith(k + '.')]
body = f'''
<div class="who">Devlin, Gr&aacute;inne</div>
{hdr([('From:', 'Devlin, Gr&aacute;inne'), ('Sent:', '14 November 2012 16:42'), ('To:', 'McAleese, Brendan'),
      ('Cc:', 'Customer Services Management Team; Hagan, Rosemary (Cllr)'), ('Subject:', 'FW: CSE Annual Review 1 - Lough Neagh Shore District Council - outcome'),
      ('Attachments:', ATT)])}
<p>Brendan,</p>
<p>Good news &ndash; see below from Peter Quigley, our assessor. We keep the certificate for another year and the two partials from last year are closed. The full list of element ratings is attached; I have put the outcome on the agenda of the Corporate Services Committee on 3 December.</p>
<p>Gr&aacute;inne</p>
<p class="sig">Gr&aacute;inne Devlin | Customer Services Manager | Lough Neagh Shore District Council<br>Council Offices, 14 Shore Road, Antrim | T: 028 9446 0021</p>
<hr>
{hdr([('From:', 'Peter Quigley [mailto:peter.quigley@g4s.com]'), ('Sent:', '09 November 2012 11:05'), ('To:', 'Devlin, Gr&aacute;inne'),
      ('Subject:', 'CSE Annual Review 1 - Lough Neagh Shore District Council - outcome'), ('Attachments:', ATT)])}
<p>Dear Gr&aacute;inne,</p>
<p>Thank you for the arrangements for the first annual review of the Council&rsquo;s Customer Service Excellence certificate, which I carried out on Tuesday 30 and Wednesday 31 October 2012 at the Council Offices and the Randalstown and Crumlin customer service points. As agreed, this e-mail is my report of the visit; the rating of every element is in the attached PDF.</p>
<p><b>Outcome.</b> The Council continues to comply with the standard and I will recommend that the certificate is maintained.</p>
<p><b>Ratings.</b> Of the 57 elements, two are Compliance Plus (2.2.1 and 3.4.1), 53 are Compliant and two are Partial Compliance (1.3.4 and 5.2.2). There are no non-compliances.</p>
<p><b>Last year&rsquo;s partial compliances.</b> To answer your question: 2.1.4 and 4.3.5 are now compliant. The new staff charter and the revised complaints policy were the evidence. Your figures for last year are right.</p>
<p><b>Strengths.</b> The customer service staff at all three points were outstanding, and their induction and mentoring go well beyond what the standard asks (2.2.1). The joint service point with the Housing Executive and the Citizens Advice outreach at Crumlin are models of partnership working (3.4.1).</p>
<p><b>Areas to address.</b> Satisfaction results are not yet analysed for the Section 75 groups, so the Council cannot set targets for the groups that are least satisfied (1.3.4). Where the planning service misses its targets for householder applications, customers are not told why or what is being done (5.2.2).</p>
<p><b>Next visit.</b> The second annual review is due in October 2013. Please send the action plan (template attached) by 14 December.</p>
<p>Kind regards,</p>
<p>Peter Quigley<br>Assessor &ndash; Customer Service Excellence<br>G4S Assessment Services<br>M: 07700 900 418</p>
<div class="q">
{hdr([('From:', 'Devlin, Gr&aacute;inne'), ('Sent:', '01 November 2012 09:12'), ('To:', 'Peter Quigley'), ('Subject:', 'RE: CSE annual review visit')])}
<p>Peter,</p>
<p>Thanks again for the two days &ndash; the staff enjoyed meeting you. Could you confirm in your report whether the two partials from last year&rsquo;s initial assessment (2.1.4 and 4.3.5) are now closed? For the committee report I also have last year&rsquo;s figures as 1 Compliance Plus (2.2.1), 54 Compliant and 2 Partial &ndash; could you check that is right?</p>
<p>Gr&aacute;inne</p>
</div>
<div class="who" style="page-break-before:always">Attachment: LNSDC CSE AR1 element ratings.pdf</div>
<p><b>G4S Assessment Services &ndash; Customer Service Excellence</b><br>Element ratings: Annual Review 1<br>Client: Lough Neagh Shore District Council<br>Visit: 30&ndash;31 October 2012 &nbsp;|&nbsp; Assessor: Peter Quigley</p>
<table class="r"><tr><th width="9%">Element</th><th>Element title</th><th width="20%">Rating</th></tr>{''.join(att_rows)}</table>
<p style="margin-top:8px"><b>Totals:</b> Compliance Plus 2 &nbsp;|&nbsp; Compliant 53 &nbsp;|&nbsp; Partial Compliance 2 &nbsp;|&nbsp; Non-Compliance 0 &nbsp;|&nbsp; Elements 57</p>
'''
write('lough-neagh-shore-dc-2012-review.html', page('FW: CSE Annual Review 1 - Lough Neagh Shore District Council - outcome', CSS, body))
