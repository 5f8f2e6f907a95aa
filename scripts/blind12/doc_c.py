# harbury-students-union-2025-review: SGS United Kingdom first annual review of a university
# STUDENTS' UNION, 2025, as a PRINT OF THE BODY'S ONLINE CLIENT PORTAL ("Print visit" view): the
# browser's print header line (date, time, page title) and URL footer typed at top and bottom, the
# portal's navigation bar, "Logged in as" line, breadcrumbs, a tab strip, a status badge, overview
# cards, FILTER CHIPS that carry the counts ("All 57", "Compliance Plus 4" ...), a data grid of
# the 57 elements with the rating as a PILL BADGE ("C+", "C", "PC"), an evidence count and an
# "Updated" date per row, "Showing 1–57 of 57" and pagination, an Actions list, an ACTIVITY FEED
# (with a rating change "from Compliance to Partial Compliance" during drafting and timestamps),
# the portal footer and a COOKIE BANNER. No Markdown.
from common import *
CP = ['1.2.2', '2.2.4', '3.4.3', '4.2.4']
PC = ['3.3.2', '5.3.1']
R = ratings(cp=CP, pc=PC)
assert counts(R) == (4, 51, 2, 0)
CRITC = {'1': (1, 10, 0, 0), '2': (1, 10, 0, 0), '3': (1, 10, 1, 0), '4': (1, 12, 0, 0), '5': (0, 9, 1, 0)}
for k, v in CRITC.items(): assert counts(R, k) == v, k
PILL = {'CP': ('C+', '#0a7d3b', '#fff'), 'C': ('C', '#d9ecdf', '#0b3d1d'), 'PC': ('PC', '#f5b400', '#222'), 'NC': ('NC', '#c8102e', '#fff')}
# evidence counts and "updated" dates per element, typed by hand for the rows that differ from the default
EVN = {'1.1.1': 6, '1.1.2': 4, '1.1.3': 5, '1.2.1': 3, '1.2.2': 9, '1.2.3': 2, '1.3.1': 4, '1.3.2': 3, '1.3.3': 2, '1.3.4': 3, '1.3.5': 5,
       '2.1.1': 4, '2.1.2': 3, '2.1.3': 2, '2.1.4': 3, '2.1.5': 2, '2.1.6': 3, '2.2.1': 4, '2.2.2': 2, '2.2.3': 3, '2.2.4': 8, '2.2.5': 3,
       '3.1.1': 3, '3.1.2': 2, '3.2.1': 4, '3.2.2': 2, '3.2.3': 3, '3.2.4': 2, '3.3.1': 5, '3.3.2': 1, '3.3.3': 2, '3.4.1': 4, '3.4.2': 2, '3.4.3': 7,
       '4.1.1': 3, '4.1.2': 4, '4.1.3': 2, '4.2.1': 2, '4.2.2': 3, '4.2.3': 3, '4.2.4': 6, '4.3.1': 2, '4.3.2': 3, '4.3.3': 2, '4.3.4': 3, '4.3.5': 2, '4.3.6': 2,
       '5.1.1': 3, '5.1.2': 2, '5.2.1': 2, '5.2.2': 3, '5.2.3': 2, '5.2.4': 2, '5.2.5': 3, '5.3.1': 1, '5.3.2': 3, '5.3.3': 2}
assert set(EVN) == set(CODES)
UPD = {c: '05 Feb 2025' for c in CODES}
UPD.update({'1.2.2': '12 Feb 2025', '2.2.4': '12 Feb 2025', '3.4.3': '12 Feb 2025', '4.2.4': '12 Feb 2025', '3.3.2': '12 Feb 2025', '5.3.1': '13 Feb 2025'})
UPD.update({'1.1.1': '04 Feb 2025', '1.1.2': '04 Feb 2025', '1.1.3': '04 Feb 2025'})
CSS = '''
@page { size: A4; margin: 10mm 10mm; }
body { font-family: "Segoe UI", Roboto, "Liberation Sans", Arial, sans-serif; font-size: 9pt; color: #222; }
.browser { font-size: 7.5pt; color: #555; }
.nav { background: #1b1b1b; color: #fff; padding: 6px 10px; }
.nav b { color: #f60; }
.nav span { margin-right: 14px; }
.user { text-align: right; font-size: 8pt; color: #444; margin: 3px 0; }
.crumbs { font-size: 8pt; color: #666; margin: 6px 0; }
h1 { font-size: 17pt; margin: 6px 0; font-weight: 600; }
.badge { background: #0a7d3b; color: #fff; font-size: 8pt; padding: 2px 8px; border-radius: 9px; }
.tabs { border-bottom: 2px solid #ddd; margin: 8px 0; padding-bottom: 3px; }
.tabs span { margin-right: 16px; color: #555; }
.tabs span.on { color: #f60; font-weight: 600; }
h2 { font-size: 12pt; margin: 14px 0 6px 0; font-weight: 600; }
.card { border: 1px solid #ddd; border-radius: 4px; padding: 8px 10px; margin-bottom: 8px; }
table { border-collapse: collapse; width: 100%; }
td, th { border-bottom: 1px solid #e2e2e2; padding: 3px 5px; vertical-align: top; text-align: left; font-size: 8.5pt; }
th { color: #666; font-weight: 600; border-bottom: 2px solid #ccc; }
table.kv td { border: none; padding: 2px 5px; }
.chip { border: 1px solid #bbb; border-radius: 12px; padding: 2px 9px; margin-right: 6px; font-size: 8.5pt; white-space: nowrap; }
.chip.on { background: #333; color: #fff; }
.pill { border-radius: 9px; padding: 1px 8px; font-weight: 600; font-size: 8pt; white-space: nowrap; }
.muted { color: #777; font-size: 8pt; }
.toolbar { font-size: 8pt; color: #555; margin: 4px 0 6px 0; }
.cookie { border: 1px solid #999; background: #f4f4f4; padding: 8px 10px; margin-top: 12px; font-size: 8pt; }
.foot { font-size: 7.5pt; color: #777; border-top: 1px solid #ddd; margin-top: 10px; padding-top: 5px; }
'''
def pill(c):
    t, bg, fg = PILL[R[c]]
    return f'<span class="pill" style="background:{bg};color:{fg}"><font color="{fg}">{t}</font></span>'
grid = ''.join(f'<tr><td>{c}</td><td>{short(c, 90)}</td><td>{pill(c)}</td><td class="muted">{EVN[c]}</td><td class="muted">{UPD[c]}</td></tr>' for c in CODES)
crit_rows = ''.join(f'<tr><td>{k} &middot; {CRIT[k]}</td>' + ''.join(f'<td>{n}</td>' for n in CRITC[k]) + f'<td>{sum(CRITC[k])}</td></tr>' for k in '12345')
ACTIONS = [('3.3.2', 'Use the data from the new Advice Centre booking system and the Union app to see how students contact the Union, and act on it.', '30 Jun 2025', 'Open', 'Kwame Osei'),
           ('5.3.1', 'Monitor the published response times for the Advice Centre and the Union Shop every month and report action to the Trustee Board.', '31 May 2025', 'Open', 'Harriet Mayall')]
ACTIVITY = [('21 Feb 2025 09:14', 'Report issued to Harbury Students&rsquo; Union by SGS (CSE-AR1-2025-0412.pdf added to Documents).'),
            ('19 Feb 2025 15:27', 'Technical review completed by Dan Whitcombe (SGS). No changes to ratings.'),
            ('13 Feb 2025 10:02', 'Draft report submitted for technical review by Chloe Marchetti.'),
            ('13 Feb 2025 09:48', 'Rating for 5.3.1 set to Partial Compliance by Chloe Marchetti.'),
            ('12 Feb 2025 16:40', 'Rating for 3.3.2 changed from Compliance to Partial Compliance by Chloe Marchetti.'),
            ('12 Feb 2025 16:31', 'Ratings for 1.2.2, 2.2.4, 3.4.3 and 4.2.4 set to Compliance Plus by Chloe Marchetti.'),
            ('05 Feb 2025 17:05', 'On-site visit completed (day 2 of 2).'),
            ('04 Feb 2025 09:00', 'On-site visit started at Harbury campus.'),
            ('06 Jan 2025 11:20', 'Visit plan confirmed by Kwame Osei.')]
body = f'''
<p class="browser">21/02/2025, 11:02 &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; Annual review 1 (2025) &ndash; Harbury Students&rsquo; Union &ndash; SGS Client Portal</p>
<div class="nav"><b>SGS</b> &nbsp; Client Portal &nbsp;&nbsp;&nbsp; <span>Dashboard</span> &nbsp; <span>Certificates</span> &nbsp; <span>Visits</span> &nbsp; <span>Documents</span> &nbsp; <span>Messages (3)</span> &nbsp; <span>Help</span></div>
<p class="user">Logged in as Kwame Osei (Harbury Students&rsquo; Union) &middot; My account &middot; Sign out</p>
<p class="crumbs">Home &rsaquo; Certificates &rsaquo; CSE-GB-25-0412 Harbury Students&rsquo; Union &rsaquo; Visits &rsaquo; Annual review 1 (2025)</p>
<h1>Annual review 1 (2025) &nbsp;<span class="badge"><font color="#ffffff">Report issued</font></span></h1>
<p class="muted">Customer Service Excellence &middot; Harbury Students&rsquo; Union (Harbury University Students&rsquo; Union) &middot; Print view: all tabs</p>
<div class="tabs"><span class="on">Overview</span> &nbsp; <span>Element ratings (57)</span> &nbsp; <span>Evidence (214)</span> &nbsp; <span>Actions (2)</span> &nbsp; <span>Documents (4)</span> &nbsp; <span>Activity</span></div>
<h2>Overview</h2>
<div class="card"><table class="kv">
<tr><td width="22%" class="muted">Visit type</td><td>Annual review 1</td><td width="22%" class="muted">Certificate</td><td>CSE-GB-25-0412 (valid to 28 Feb 2027)</td></tr>
<tr><td class="muted">Visit dates</td><td>04 Feb 2025 &ndash; 05 Feb 2025</td><td class="muted">Delivery</td><td>On site, Harbury campus</td></tr>
<tr><td class="muted">Lead assessor</td><td>Chloe Marchetti</td><td class="muted">Technical reviewer</td><td>Dan Whitcombe</td></tr>
<tr><td class="muted">Client contact</td><td>Kwame Osei, Membership Services Manager</td><td class="muted">Report issued</td><td>21 Feb 2025 09:14</td></tr>
<tr><td class="muted">Previous visit</td><td>Reassessment, 06 Feb 2024 &ndash; 08 Feb 2024</td><td class="muted">Next visit due</td><td>Feb 2026 (Annual review 2)</td></tr>
</table></div>
<div class="card"><p><b>Outcome:</b> Certification maintained</p>
<p class="muted">Ratings</p>
<p><span class="chip on">All 57</span> <span class="chip">Compliance Plus 4</span> <span class="chip">Compliance 51</span> <span class="chip">Partial Compliance 2</span> <span class="chip">Non-Compliance 0</span></p></div>
<div class="card"><p class="muted">By criterion</p>
<table><tr><th>Criterion</th><th>C+</th><th>C</th><th>PC</th><th>NC</th><th>Total</th></tr>{crit_rows}</table></div>
<div class="card"><p class="muted">Assessor&rsquo;s summary</p>
<p>Harbury Students&rsquo; Union represents 19,400 students and runs the Advice Centre, 212 clubs and societies, two bars and the Union Shop. This first annual review of the cycle covered the whole standard.</p>
<p>The Union&rsquo;s insight into its members is excellent and the Course Rep system makes consultation part of everything it does (1.2.2). Frontline student staff shape the Union&rsquo;s plans through the &ldquo;Bar Talk&rdquo; forum (2.2.4). The Union&rsquo;s volunteering and community work in Harbury is exceptional (3.4.3), and it shares its practice nationally through the NUS and the Association for Managers in Students&rsquo; Unions (4.2.4). These four elements are Compliance Plus.</p>
<p>The Union has a wealth of channel data from its new booking system and app but does not yet use it to improve services (3.3.2), and its published response times are not monitored since the Advice Centre moved to the app (5.3.1). Both are Partial Compliance; actions are agreed. The remaining 51 elements are Compliance.</p>
<p class="muted">Chloe Marchetti &middot; last edited 13 Feb 2025 10:01</p></div>
<div class="tabs"><span>Overview</span> &nbsp; <span class="on">Element ratings (57)</span> &nbsp; <span>Evidence (214)</span> &nbsp; <span>Actions (2)</span> &nbsp; <span>Documents (4)</span> &nbsp; <span>Activity</span></div>
<h2>Element ratings</h2>
<p class="toolbar">Search elements&hellip; &nbsp;|&nbsp; Filter: Rating &#9662; &nbsp; Criterion &#9662; &nbsp;|&nbsp; Sort: Element &#9650; &nbsp;|&nbsp; Rows per page: All</p>
<p class="toolbar">Key: C+ Compliance Plus &middot; C Compliance &middot; PC Partial Compliance &middot; NC Non-Compliance</p>
<table><thead><tr><th width="7%">Element</th><th width="62%">Title</th><th width="9%">Rating</th><th width="8%">Evidence</th><th>Updated</th></tr></thead><tbody>{grid}</tbody></table>
<p class="toolbar">Showing 1&ndash;57 of 57 &nbsp;&nbsp; &lsaquo; Previous &nbsp; <b>1</b> &nbsp; Next &rsaquo;</p>
<div class="tabs"><span>Overview</span> &nbsp; <span>Element ratings (57)</span> &nbsp; <span>Evidence (214)</span> &nbsp; <span class="on">Actions (2)</span> &nbsp; <span>Documents (4)</span> &nbsp; <span>Activity</span></div>
<h2>Actions</h2>
<table><tr><th>Element</th><th>Action</th><th>Due</th><th>Status</th><th>Owner</th></tr>
{''.join(f'<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td><td>{e}</td></tr>' for a, b, c, d, e in ACTIONS)}</table>
<div class="tabs"><span>Overview</span> &nbsp; <span>Element ratings (57)</span> &nbsp; <span>Evidence (214)</span> &nbsp; <span>Actions (2)</span> &nbsp; <span>Documents (4)</span> &nbsp; <span class="on">Activity</span></div>
<h2>Activity</h2>
<table>{''.join(f'<tr><td width="18%" class="muted">{a}</td><td>{b}</td></tr>' for a, b in ACTIVITY)}</table>
<div class="cookie"><b>We use cookies</b><br>We use essential cookies to make this site work, and optional analytics cookies to understand how you use it. [ Accept all ] &nbsp; [ Reject non-essential ] &nbsp; [ Cookie settings ]</div>
<p class="foot">&copy; SGS Soci&eacute;t&eacute; G&eacute;n&eacute;rale de Surveillance SA 2025 &middot; Privacy &middot; Cookies &middot; Accessibility statement &middot; Terms of use &middot; Portal v4.12.3</p>
<p class="browser">https://clientportal.sgs.example/cse/certificates/CSE-GB-25-0412/visits/2/print?tabs=all</p>
'''
write('harbury-students-union-2025-review.html', page('Annual review 1 (2025) – Harbury Students’ Union – SGS Client Portal', CSS, body))
