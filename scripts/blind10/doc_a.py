# glenmorven-council-2013-multisite-reassessment: SGS United Kingdom reassessment of a Scottish
# council's customer service centres (three sites under one certificate), 2013. The element table
# has a RATING COLUMN PER SITE and an "Overall (Council)" column: only the overall column is the
# holder's rating (the key says so); the site columns differ from it (a site partial where the
# Council is compliant, a site C+ where the Council is compliant), and the Criterion 2 leadership
# elements are assessed once corporately, the site cells holding "corp." A per-site profile table
# gives each site's own counts ("for information"); the per-criterion table and the overall count are
# the Council's. Site visits on non-consecutive days.
from common import *
CP = ['1.2.2', '2.2.3', '4.3.4']
PC = ['3.3.2', '5.2.4']
R = ratings(cp=CP, pc=PC)
assert counts(R) == (3, 52, 2, 0)
SITES = ['Ardlinn', 'Balmaddie', 'Kilcruachan']
# site ratings: start from the overall, then the site differences typed by hand
S = {s: dict(R) for s in SITES}
S['Ardlinn'].update({'1.2.2': 'CP', '2.2.3': 'CP', '4.3.4': 'CP', '3.3.2': 'PC', '5.2.4': 'PC'})
S['Balmaddie'].update({'1.2.2': 'CP', '2.2.3': 'C', '4.3.4': 'CP', '3.3.2': 'PC', '5.2.4': 'C', '1.1.3': 'PC'})
S['Kilcruachan'].update({'1.2.2': 'C', '2.2.3': 'CP', '4.3.4': 'C', '3.3.2': 'C', '5.2.4': 'PC', '3.4.3': 'CP', '4.1.2': 'PC'})
CORP = [c for c in CODES if c.startswith('2.1.')]
AB = {'CP': 'C+', 'C': 'C', 'PC': 'PC', 'NC': 'NC'}

def site_counts(s):
    v = [S[s][c] for c in CODES if c not in CORP]
    return (v.count('CP'), v.count('C'), v.count('PC'), v.count('NC'), len(v))

CSS = '''
@page { size: A4; margin: 18mm 16mm; }
body { font-family: "Trebuchet MS", "DejaVu Sans", sans-serif; font-size: 9.5pt; color: #1c2b39; }
h1 { font-size: 22pt; color: #005a8c; margin-top: 30mm; font-weight: normal; }
h2 { font-size: 13pt; color: #005a8c; border-bottom: 2px solid #005a8c; margin-top: 16px; }
h3 { font-size: 10.5pt; color: #005a8c; }
p { margin: 0 0 7px 0; }
table { border-collapse: collapse; }
td, th { border: 1px solid #8aa6bd; padding: 2px 5px; vertical-align: top; }
th { background: #005a8c; color: #fff; font-weight: bold; text-align: left; }
table.el { width: 100%; font-size: 8.5pt; }
table.el td.r { text-align: center; width: 11%; }
table.el td.ov { font-weight: bold; background: #e3eef6; text-align: center; width: 12%; }
table.el td.corp { color: #777; text-align: center; font-style: italic; }
table.el tr.crit td { background: #cfe0ec; font-weight: bold; }
table.kv td.l { background: #e3eef6; font-weight: bold; width: 34%; }
.pb { page-break-after: always; }
.small { font-size: 8.5pt; color: #444; }
'''

def el_table():
    rows = []
    for k in '12345':
        rows.append(f'<tr class="crit"><td colspan="6">Criterion {k} &ndash; {CRIT[k]}</td></tr>')
        for c in CODES:
            if not c.startswith(k + '.'):
                continue
            if c in CORP:
                cells = ''.join('<td class="corp">corp.</td>' for s in SITES)
            else:
                cells = ''.join(f'<td class="r">{AB[S[s][c]]}</td>' for s in SITES)
            rows.append(f'<tr><td>{c}</td><td>{short(c, 62)}</td>{cells}<td class="ov">{AB[R[c]]}</td></tr>')
    return ('<table class="el"><thead><tr><th>Ref</th><th>Element</th>' + ''.join(f'<th>{s}</th>' for s in SITES)
            + '<th>Overall (Council)</th></tr></thead><tbody>' + ''.join(rows) + '</tbody></table>')

def crit_table():
    rows = ''
    for k in '12345':
        cp, c, pc, nc = counts(R, k)
        rows += f'<tr><td>{k}. {CRIT[k]}</td><td>{cp}</td><td>{c}</td><td>{pc}</td><td>{nc}</td><td>{cp+c+pc+nc}</td></tr>'
    cp, c, pc, nc = counts(R)
    rows += f'<tr><td><b>Council overall</b></td><td><b>{cp}</b></td><td><b>{c}</b></td><td><b>{pc}</b></td><td><b>{nc}</b></td><td><b>57</b></td></tr>'
    return ('<table><tr><th>Criterion</th><th>C+</th><th>C</th><th>PC</th><th>NC</th><th>Elements</th></tr>' + rows + '</table>')

def site_table():
    rows = ''
    for s in SITES:
        cp, c, pc, nc, n = site_counts(s)
        rows += f'<tr><td>{s} Customer Service Centre</td><td>{cp}</td><td>{c}</td><td>{pc}</td><td>{nc}</td><td>{n}</td></tr>'
    return ('<table><tr><th>Site</th><th>C+</th><th>C</th><th>PC</th><th>NC</th><th>Elements rated at the site</th></tr>' + rows + '</table>')

for s in SITES:
    print(s, site_counts(s))

KV = [('Client', 'Glenmorven Council &ndash; Customer Service Centres'),
      ('Client address', 'Council Buildings, Harbour Road, Ardlinn, Argyll-shire GM1 4RT'),
      ('SGS reference', 'GB13/CSE/2209'),
      ('Type of visit', 'Reassessment (three-year cycle 2)'),
      ('Sites included', 'Ardlinn Customer Service Centre; Balmaddie Customer Service Centre; Kilcruachan Customer Service Centre'),
      ('Corporate evidence review (desk-based)', 'Thursday 2 May 2013'),
      ('Site visits', 'Ardlinn Tuesday 14 May 2013; Balmaddie Wednesday 15 May 2013; Kilcruachan Tuesday 21 May 2013'),
      ('Lead Assessor', 'Fiona MacAskill MCIM'),
      ('Assessor', 'Tomasz Wr&oacute;bel'),
      ('Council contact', 'Mr Ewan Lamont, Customer Services Manager'),
      ('Date of report', '7 June 2013')]

body = f'''
<div class="pb">
<p style="font-size:12pt;color:#005a8c"><b>SGS United Kingdom Ltd</b><br>Certification and Business Enhancement</p>
<h1>Customer Service Excellence<br>Reassessment Report</h1>
<p style="font-size:15pt">Glenmorven Council<br>Customer Service Centres</p>
<p style="font-size:11pt">Ardlinn &middot; Balmaddie &middot; Kilcruachan</p>
<p>May 2013</p>
</div>
<h2 style="page-break-before:always">Contents</h2>
<p>1 Assessment details<br>2 Executive summary<br>3 How the three sites are rated<br>4 Findings by criterion<br>5 Results by criterion<br>6 Element ratings by site<br>7 Site profiles<br>8 Conclusion and recommendation</p>
<h2>1 Assessment details</h2>
<table class="kv" style="width:100%">{''.join(f'<tr><td class="l">{a}</td><td>{b}</td></tr>' for a, b in KV)}</table>
<h2>2 Executive summary</h2>
<p>Glenmorven Council was first certified to Customer Service Excellence in 2010, and this reassessment completes the first annual-review cycle. The certificate covers the Council&rsquo;s three customer service centres, which deliver the same services to the same standards under one manager; they were assessed as one organisation, with each site visited in turn.</p>
<p>The Council continues to meet the standard and I recommend that certification is renewed. For the Council as a whole three elements are rated Compliance Plus (1.2.2, 2.2.3 and 4.3.4) and two are partially compliant (3.3.2 and 5.2.4). The remaining 52 elements are compliant and no element is non-compliant.</p>
<p>The two partial compliances from the 2012 annual review, 1.3.3 and 4.1.2, have been addressed and both are compliant for the Council, although the Kilcruachan centre has not yet adopted the revised local standards (see section 4).</p>
<h2>3 How the three sites are rated</h2>
<p>Section 6 shows, for every element, the judgement reached at each site and the <b>overall rating for the Council</b>. The site columns are given to help the managers of each centre; they are not separate certificates. <b>Only the overall column is the Council&rsquo;s rating against the standard</b>, and the counts in sections 2 and 5 are counts of the overall column. An overall rating is not an average: it reflects whether the Council as an organisation meets the element, taking account of the evidence from all three sites and from the corporate evidence review.</p>
<p>The six elements of sub-criterion 2.1 (leadership, policy and culture) were assessed once, from the corporate evidence submitted for the desk-based review and at interviews with the Chief Executive and directors at Ardlinn on 14 May; their site cells read &ldquo;corp.&rdquo;.</p>
<p class="small">Key: C+ = Compliance Plus; C = Compliance; PC = Partial Compliance; NC = Non-Compliance.</p>
<h2 style="page-break-before:always">4 Findings by criterion</h2>
<h3>Criterion 1 &ndash; Customer Insight</h3>
<p>The Council&rsquo;s customer profile draws on the Scottish Index of Multiple Deprivation, the census and its own contact data by site. Consultation is exceptional at Ardlinn and Balmaddie, where the community panels have re-designed opening hours and the appointment service; the panel at Kilcruachan started only in January 2013. Taken together, the Council&rsquo;s engagement with its customers is well beyond the requirement and 1.2.2 is rated Compliance Plus overall. Balmaddie&rsquo;s local profile had not been refreshed since 2011 and is marked PC for that site, but the Council&rsquo;s profile meets 1.1.3.</p>
<h3>Criterion 2 &ndash; The Culture of the Organisation</h3>
<p>Leadership, policy and culture were examined at the corporate evidence review. Staff at all three sites were courteous and knowledgeable; the peer coaching scheme started at Ardlinn and now run at Kilcruachan is an excellent example of developing professional staff (2.2.3, Compliance Plus overall).</p>
<h3>Criterion 3 &ndash; Information and Access</h3>
<p>Information is accurate and available in the formats customers asked for. Access is the weaker area: the Ardlinn and Balmaddie centres close at 4pm on Fridays, and the Council has not consulted customers about this or offered alternatives, so 3.3.2 is partially compliant overall. Kilcruachan&rsquo;s partnership with the island ferry operator and the health board is outstanding (C+ for that site at 3.4.3); the Council overall is compliant at 3.4.3.</p>
<h3>Criterion 4 &ndash; Delivery</h3>
<p>Local standards were revised in 2012 after the partial compliance at the annual review; Ardlinn and Balmaddie publish and monitor them, but Kilcruachan was still using the 2011 standards (PC for that site). The Council overall is compliant at 4.1.2. Complaints are handled exceptionally well: the Council&rsquo;s &ldquo;put it right first time&rdquo; approach is used at every centre and 4.3.4 is rated Compliance Plus overall.</p>
<h3>Criterion 5 &ndash; Timeliness and Quality of Service</h3>
<p>Timeliness standards are in place. Performance against the ten-working-day standard for written enquiries fell to 78% at Ardlinn and Kilcruachan during the winter, and the Council had not told customers or acted on the shortfall; 5.2.4 is partially compliant overall.</p>
<h2 style="page-break-before:always">5 Results by criterion (Council overall)</h2>
{crit_table()}
<h2 style="page-break-before:always">6 Element ratings by site</h2>
<p class="small">Site judgements are for information. The Council&rsquo;s rating is the <b>Overall (Council)</b> column. corp. = assessed once at the corporate evidence review.</p>
{el_table()}
<h2 style="page-break-before:always">7 Site profiles</h2>
<p>For information only, the judgements at each site (section 6) are counted below; the 51 elements rated at site level are counted for each centre. These are not the Council&rsquo;s results.</p>
{site_table()}
<h2>8 Conclusion and recommendation</h2>
<p>Glenmorven Council continues to meet the Customer Service Excellence standard across its three customer service centres. I recommend that the certificate is renewed for a further three years. The partial compliances at 3.3.2 and 5.2.4 will be followed up at the first annual review in May 2014.</p>
<table class="kv" style="width:100%;margin-top:10px">
<tr><td class="l">Lead Assessor</td><td>Fiona MacAskill MCIM &ndash; 7 June 2013</td></tr>
<tr><td class="l">Assessor</td><td>Tomasz Wr&oacute;bel</td></tr>
<tr><td class="l">Certification decision</td><td>SGS Certification Manager, 18 June 2013</td></tr>
</table>
'''
write('glenmorven-council-2013-multisite-reassessment.html',
      page('SGS – Customer Service Excellence – Reassessment Report – Glenmorven Council Customer Service Centres – 2013', CSS, body))
