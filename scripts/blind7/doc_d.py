# wyedale-pension-fund-2022-draft-reassessment: Assessment Services Ltd reassessment of a local
# government pension fund, as a DRAFT issued for the client's factual accuracy check: a "DRAFT"
# watermark and banner, a document-control table of four versions with their dates, the technical
# reviewer's comments and the assessor's responses left in the text as boxed notes, a "TR" column of
# reviewer ticks beside the ratings, and a rating CHANGED IN MARKUP (2.2.3: "Compliance Plus" struck
# through, "Compliance" inserted; "5" struck through before "4" in the summary).
from common import *
CP = ['1.2.2', '3.2.4', '4.1.2', '5.2.3']
PC = ['1.1.3', '4.3.5']
R = ratings(cp=CP, pc=PC)            # the ratings after the reviewer's change (2.2.3 now C)
assert counts(R) == (4, 51, 2, 0)
BY = {'1': (1, 9, 1, 0), '2': (0, 11, 0, 0), '3': (1, 11, 0, 0), '4': (1, 11, 1, 0), '5': (1, 9, 0, 0)}
for k, v in BY.items():
    assert counts(R, k) == v, k
WORD = {'CP': 'Compliance Plus', 'C': 'Compliance', 'PC': 'Partial Compliance', 'NC': 'Non-Compliance'}
CHANGED = '2.2.3'

def note(who, date, text, kind='Reviewer comment'):
    return f'<div class="rc"><b>{kind} [{who} {date}]:</b> {text}</div>'

WHY_CP = {
 '1.2.2': 'Member consultation is built into every change: the 2021 review of the annual benefit statement was tested with 40 members in four focus groups, and the Fund published what it changed as a result in its member newsletter and on the website.',
 '3.2.4': 'Data quality is exceptional for a fund of this size: the common and scheme-specific data scores are 98.7% and 96.2%, the highest in the regional pensions officers\' group, and every benefit statement carries a clear route to correct an error.',
 '4.1.2': 'Performance against 22 administration standards is monitored weekly and published quarterly on the website and to the Pension Board, with the results for each employer. All but one standard were met in 2021/22.',
 '5.2.3': 'Information moves promptly between the administration team, the payroll team and the 146 scheme employers through the i-Connect monthly returns; the Fund can show that 94% of leavers\' details arrive within a month.',
}
WHY_PC = {
 '1.1.3': 'The Fund knows its active and pensioner members well, but it has no analysis of deferred members (over 40% of the membership) and no plan to reach those whose address is unknown ("gone-aways").',
 '4.3.5': 'The Internal Dispute Resolution Procedure has not been reviewed since 2017 and members who used it were not asked about their experience.',
}

def el_table():
    out = ['<table class="e"><thead><tr><th style="width:8%">Ref</th><th>Element</th><th style="width:22%">Rating</th><th style="width:6%">TR</th></tr></thead><tbody>']
    for c in CODES:
        if c.endswith('.1.1'):
            out.append(f'<tr><td colspan="4" class="cr">Criterion {c[0]} &ndash; {CRIT[c[0]]}</td></tr>')
        if c == CHANGED:
            rating = '<s class="del">Compliance Plus</s> <u class="ins">Compliance</u>'
            tr = '✗ see comment'
        else:
            rating = WORD[R[c]]
            tr = '✓'
        out.append(f'<tr><td>{c}</td><td>{short(c, 90)}</td><td>{rating}</td><td class="c">{tr}</td></tr>')
    out.append('</tbody></table>')
    return '\n'.join(out)

def crit_table():
    out = ['<table class="s"><tr><th class="l">Criterion</th><th>Compliance Plus</th><th>Compliance</th><th>Partial Compliance</th><th>Non-Compliance</th></tr>']
    for k in '12345':
        out.append(f'<tr><td class="l">{k} {CRIT[k]}</td>' + ''.join(f'<td>{x}</td>' for x in BY[k]) + '</tr>')
    out.append('<tr><td class="l"><b>Total</b></td><td><b>4</b></td><td><b>51</b></td><td><b>2</b></td><td><b>0</b></td></tr></table>')
    return '\n'.join(out)

html = f'''<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>DRAFT v0.4 – Wyedale Pension Fund – CSE Reassessment Report 2022</title>
<style>
@page {{ size: A4; margin: 18mm; }}
body {{ font-family: Calibri, Carlito, "Liberation Sans", sans-serif; font-size: 10.5pt; }}
.wm {{ position: fixed; top: 95mm; left: 10mm; font-size: 130pt; color: rgba(200,0,0,0.10); transform: rotate(-35deg); font-weight: bold; z-index: -1; }}
.banner {{ border: 2px solid #c00; color: #c00; font-weight: bold; text-align: center; padding: 3px; font-size: 9.5pt; }}
h1 {{ font-size: 19pt; color: #003a70; margin-top: 25mm; }}
h2 {{ font-size: 13pt; color: #003a70; margin-top: 16px; }}
h3 {{ font-size: 10.5pt; margin: 8px 0 2px 0; }}
table {{ border-collapse: collapse; }}
table.k td, table.v td, table.v th, table.e td, table.e th, table.s td, table.s th {{ border: 1px solid #999; padding: 2px 6px; font-size: 9pt; }}
table.e {{ width: 100%; }}
table.e thead {{ display: table-header-group; }}
table.e th, table.s th, table.v th {{ background: #e6edf5; }}
td.cr {{ background: #f0f0f0; font-weight: bold; }}
td.c, table.s td {{ text-align: center; }}
td.l, th.l {{ text-align: left !important; }}
div.rc {{ background: #fff4b3; border-left: 4px solid #e0b000; padding: 3px 6px; margin: 4px 0 8px 0; font-size: 9pt; font-family: "Liberation Sans", Arial, sans-serif; }}
s.del {{ color: #c00; }}
u.ins {{ color: #006400; }}
.pb {{ page-break-after: always; }}
</style></head>
<body>
<div class="wm">DRAFT</div>
<div class="pb">
<p class="banner">DRAFT v0.4 &ndash; FOR FACTUAL ACCURACY CHECK &ndash; NOT FOR PUBLICATION</p>
<p style="font-size:10pt;color:#003a70;margin-top:10mm"><b>Assessment Services Ltd</b><br>Customer Service Excellence</p>
<h1>Reassessment Report</h1>
<p style="font-size:15pt">Wyedale Pension Fund</p>
<p>Pensions administration service, administered by Wyedale County Council on behalf of 146 scheme employers</p>
<table class="k" style="width:85%;margin-top:12mm">
<tr><td style="width:38%"><b>Assessment type</b></td><td>Reassessment</td></tr>
<tr><td><b>Document review</b></td><td>06/06/2022 (remote)</td></tr>
<tr><td><b>On site</b></td><td>07/06/2022 &ndash; 09/06/2022</td></tr>
<tr><td><b>Lead Assessor</b></td><td>Alun Jarvis</td></tr>
<tr><td><b>Technical Reviewer</b></td><td>Sade Adebayo (review of this report only)</td></tr>
<tr><td><b>Client contact</b></td><td>Mrs Theresa Lund, Pensions Customer Services Manager</td></tr>
<tr><td><b>Draft report date</b></td><td>29/06/2022</td></tr>
<tr><td><b>Project number</b></td><td>PN221874</td></tr>
</table>
</div>

<div class="pb">
<h2>Document control</h2>
<table class="v" style="width:100%">
<tr><th>Version</th><th>Date</th><th>By</th><th>Change</th></tr>
<tr><td>0.1</td><td>14/06/2022</td><td>AJ</td><td>First draft</td></tr>
<tr><td>0.2</td><td>20/06/2022</td><td>SA</td><td>Technical review comments added</td></tr>
<tr><td>0.3</td><td>24/06/2022</td><td>AJ</td><td>Comments answered; 2.2.3 changed; counts updated</td></tr>
<tr><td>0.4</td><td>29/06/2022</td><td>AJ</td><td>Issued to the Fund for factual accuracy check (comments left visible at the Fund\'s request)</td></tr>
</table>
<p>The Fund is asked to check this draft for factual accuracy only and to return any corrections within ten working days. Ratings will not be changed at this stage unless a factual error affects them. The final report will be issued once the corrections have been considered.</p>
<h2>Contents</h2>
<p>1. Executive summary<br>2. Background and scope<br>3. Methodology<br>4. Strengths<br>5. Areas for development<br>6. Compliance Plus<br>7. Partial Compliance<br>8. Summary of results<br>9. Element ratings<br>10. Recommendation<br>11. Factual accuracy comments (to be completed by the Fund)</p>
</div>

<h2>1. Executive summary</h2>
<p>Wyedale Pension Fund administers the Local Government Pension Scheme for 71,000 members and 146 employers. It was first certified to Customer Service Excellence in 2016 and this is its second reassessment.</p>
<p>The Fund continues to meet the standard. <s class="del">5</s> <u class="ins">4</u> elements were rated Compliance Plus, <s class="del">50</s> <u class="ins">51</u> Compliance and 2 Partial Compliance; no element was rated Non-Compliance.</p>
{note('SA', '20/06/2022', 'I am not persuaded 2.2.3 is Compliance Plus. The appraisal evidence is from the member services team only; payroll and the employer team have not yet moved to the new appraisal. Suggest Compliance.')}
{note('AJ', '24/06/2022', 'Agreed &ndash; changed to Compliance, and the counts in this summary and in section 8 updated.', 'Response')}
<p>At the 2021 annual review the Fund held 3 Compliance Plus ratings (1.2.2, 4.1.2 and 5.2.3) and 3 partial compliances (1.1.3, 3.3.2 and 4.3.5). 3.3.2 is now compliant.</p>

<h2>2. Background and scope</h2>
<p>The assessment covered the whole administration service: member services, the pensions payroll, the employer team and the Fund\'s communications. Investment and governance were out of scope, except where they affect members directly.</p>

<h2>3. Methodology</h2>
<p>The self-assessment and evidence library were reviewed remotely on the first day. On site the assessor interviewed 34 staff, the Chair of the Pension Board, five employer representatives and 16 members (actives, deferreds and pensioners), listened to 20 recorded calls and sampled 30 casework files.</p>
{note('SA', '20/06/2022', 'Visit dates &ndash; please check, the assessment plan said 6&ndash;8 June.')}
{note('AJ', '24/06/2022', 'On site 7&ndash;9 June; the 6th was the remote document review. Cover corrected.', 'Response')}

<h2>4. Strengths</h2>
<ul>
<li>Consultation with members that changes what the Fund does, and tells members so (1.2.2).</li>
<li>Accurate data and a simple route to correct errors (3.2.4).</li>
<li>Published performance against a full set of standards, by employer (4.1.2).</li>
<li>Fast, reliable flow of information between the Fund and its employers (5.2.3).</li>
</ul>
<h2>5. Areas for development</h2>
<ul>
<li>Understand and reach deferred members and "gone-aways" (1.1.3).</li>
<li>Review the Internal Dispute Resolution Procedure with members who have used it (4.3.5).</li>
<li>Extend the new appraisal to payroll and the employer team (2.2.3, see comment in section 1).</li>
</ul>

<h2>6. Compliance Plus</h2>
''' + ''.join(f'<h3>{c}</h3><p><i>{STMT[c]}</i></p><p>{t}</p>\n' for c, t in WHY_CP.items()) + '''
<h2>7. Partial Compliance</h2>
''' + ''.join(f'<h3>{c}</h3><p><i>{STMT[c]}</i></p><p>{t}</p>\n' for c, t in WHY_PC.items()) + note('SA', '20/06/2022', '1.1.3 &ndash; should this be Non-Compliance rather than partial? There is no data at all on deferred members.') + note('AJ', '24/06/2022', 'Partial. The insight on actives and pensioners is good, and the requirement is met in part. No change.', 'Response') + f'''
<h2>8. Summary of results</h2>
{crit_table()}

<h2 style="page-break-before:always">9. Element ratings</h2>
<p>TR: technical reviewer\'s check (✓ agreed).</p>
{el_table()}

<h2>10. Recommendation</h2>
<p>Subject to the factual accuracy check, the assessor recommends that the Fund\'s certification to Customer Service Excellence is renewed for a further three years.</p>
<p>Alun Jarvis<br>Lead Assessor, Assessment Services Ltd</p>

<h2>11. Factual accuracy comments (to be completed by the Fund)</h2>
<table class="v" style="width:100%"><tr><th style="width:15%">Section</th><th>Comment</th><th style="width:22%">Assessor\'s response</th></tr>
<tr><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td></tr><tr><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td></tr></table>
</body></html>
'''
write('wyedale-pension-fund-2022-draft-reassessment.html', html)
