# kilnsea-harbour-2013-review: G4S Assessment Services (2013; = Assessment Services Ltd) second
# annual review. Criteria headed with ROMAN NUMERALS ("Criterion I" .. "Criterion V"), also in the
# count table rows; element codes NEVER written whole: "sub-criterion 1.2, element 3" and
# "element 2 of sub-criterion 4.2"; no element table; "all other elements remain compliant".
from common import *
CP = ['1.2.3', '3.4.1', '4.2.2']
PC = ['1.1.3', '5.2.4']
R = ratings(cp=CP, pc=PC)
assert counts(R) == (3, 52, 2, 0)
ROM = {'1': 'I', '2': 'II', '3': 'III', '4': 'IV', '5': 'V'}
def summ():
    out = ['<table class="s"><tr><th>Criterion</th><th>Compliance Plus</th><th>Compliance</th><th>Partial Compliance</th><th>Non-Compliance</th></tr>']
    for k in '12345':
        out.append(f'<tr><td class="l">{ROM[k]}. {CRIT[k]}</td>' + ''.join(f'<td>{v}</td>' for v in counts(R, k)) + '</tr>')
    out.append('<tr><td class="l"><b>All criteria</b></td>' + ''.join(f'<td><b>{v}</b></td>' for v in counts(R)) + '</tr></table>')
    return '\n'.join(out)
SECT = {
 '1': '<p>The Commissioners have a clear picture of their main customer groups: commercial shipping lines, the fishing fleet, leisure berth holders, and the public using the harbour walk. Consultation with berth holders and the fishing fleet is excellent; within sub-criterion 1.2 (Engagement and Consultation), element 3 is rated <b>Compliance Plus</b>: the quarterly harbour users\' forum is open to all, is minuted in public, and has a standing &ldquo;what we changed&rdquo; item that the assessor saw acted on at three successive meetings.</p>'
      '<p>The Commissioners measure the satisfaction of berth holders each autumn and of commercial customers through the annual shipping agents\' meeting; results are discussed by the Board and actions are published.</p>'
      '<p>Within sub-criterion 1.1, element 3 is rated <b>Partial Compliance</b>. The Commissioners have not yet gathered any insight into the needs of the harbour walk\'s 60,000 annual visitors, despite the complaints about the lack of seating and toilets.</p>',
 '2': '<p>The Harbour Master and the Chief Executive lead by example and the marina staff are well trained. There are no changes to the ratings in Criterion II since the initial assessment.</p>'
      '<p>The new induction for seasonal marina staff includes a day shadowing the harbour office, and staff appraisals now include customer feedback. The Commissioners\' values (&ldquo;safe, fair, welcoming&rdquo;) are well known by staff, who could give examples of them in practice.</p>',
 '3': '<p>Information for vessels and berth holders is accurate and timely. Sub-criterion 3.4, element 1 is rated <b>Compliance Plus</b>: the joint &ldquo;Kilnsea Port Community&rdquo; arrangement with the pilots, the RNLI station, the port police and the two fish merchants\' cooperatives means that a skipper deals with one contact for berthing, landing and safety information.</p>'
      '<p>Last year\'s partial compliance in sub-criterion 3.3, element 1 (access to the harbour office for people with limited mobility) has been addressed with the new ground-floor reception and is now compliant.</p>',
 '4': '<p>Service standards for berthing, pilotage bookings and the fish market are published and met. Element 2 of sub-criterion 4.2 is rated <b>Compliance Plus</b>: the Commissioners achieved 99.6% of their berthing-window promises in 2012 and publish the monthly figure on the harbour notice board and on VHF broadcasts.</p>'
      '<p>Complaints are few (seven in 2012) and each was resolved within the Commissioners\' ten-day standard. The fish market\'s new weighing-dispute procedure, agreed with the merchants, has ended a long-running source of friction.</p>',
 '5': '<p>Timeliness is generally good. Within sub-criterion 5.2, element 4 is rated <b>Partial Compliance</b>: the harbour office does not tell callers how long they will wait when the single duty officer is at sea, and unanswered calls are not followed up.</p>',
}
html = f'''<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>G4S Assessment Services – CSE Annual Review – Kilnsea Harbour Commissioners – February 2013</title>
<style>
@page {{ size: A4; margin: 20mm 22mm; }}
body {{ font-family: Tahoma, "DejaVu Sans", sans-serif; font-size: 10pt; line-height: 1.35; }}
h1 {{ font-size: 16pt; color: #c8102e; }}
h2 {{ font-size: 12pt; color: #c8102e; }}
table.s {{ border-collapse: collapse; width: 100%; }}
table.s td, table.s th {{ border: 1px solid #888; padding: 3px 6px; font-size: 9pt; text-align: center; }}
td.l {{ text-align: left !important; }}
.hdr {{ border-bottom: 1px solid #c8102e; font-size: 8.5pt; color: #555; }}
</style></head>
<body>
<p class="hdr">G4S Assessment Services &middot; Customer Service Excellence &middot; Annual Review Report</p>
<h1>Kilnsea Harbour Commissioners<br>Customer Service Excellence: Second Annual Review</h1>
<p>Review visit: Tuesday 12 and Wednesday 13 February 2013<br>
Report issued: 1st March 2013<br>
Lead Assessor: Robert Haigh-Mellor<br>
Client contact: Captain Ian Trelawney, Harbour Master</p>

<h2>Introduction</h2>
<p>Kilnsea Harbour Commissioners are the statutory harbour authority for the port of Kilnsea, handling 600 commercial vessel calls a year and managing a 280-berth marina and the fish market. They were first certified in February 2011. This was the second annual review of the certification cycle; the first took place in February 2012. The assessor spent two days at the harbour office, the marina and the fish market and met 19 staff, 12 customers and five partner organisations.</p>
<h2>How the review was carried out</h2>
<p>The review followed the G4S Assessment Services surveillance approach. Before the visit the Commissioners sent an updated self-assessment and evidence for the elements carried forward from the first annual review. On site the assessor observed the harbour office and the marina reception, attended the fish market at 5.30am on the second day, and held the meetings below.</p>
<table class="s" style="width:70%">
<tr><th>Group</th><th>People met</th></tr>
<tr><td class="l">Commissioners and senior managers</td><td>5</td></tr>
<tr><td class="l">Harbour office, marina and market staff</td><td>14</td></tr>
<tr><td class="l">Berth holders and skippers</td><td>9</td></tr>
<tr><td class="l">Members of the public on the harbour walk</td><td>3</td></tr>
<tr><td class="l">Partner organisations</td><td>5</td></tr>
</table>
<p>Evidence examined included the harbour users&rsquo; forum minutes for 2012, the berthing-window performance log, the complaints and comments register, the marina customer survey (October 2012, 212 responses), the Port Community agreement and the staff training records.</p>
<p>In this report elements are referred to by their sub-criterion and their number within it, as in the Commissioners&rsquo; own self-assessment.</p>

<h2>Summary</h2>
<p>The Commissioners continue to meet the standard. Three elements are rated Compliance Plus and two Partial Compliance; all other elements remain compliant, and certification is maintained until the reassessment in February 2014.</p>
{summ()}

''' + '\n'.join(f'<h2>Criterion {ROM[k]} &ndash; {CRIT[k]}</h2>\n{SECT[k]}' for k in '12345') + f'''

<h2>What customers told us</h2>
<p>Berth holders were consistently positive about the marina team, and several described the harbour users&rsquo; forum as &ldquo;the best thing the Commissioners have done&rdquo;. Skippers valued the single point of contact for berthing and landing. The three members of the public the assessor spoke to on the harbour walk knew little about the Commissioners and did not know how to raise a concern, which supports the finding under Criterion I.</p>

<h2>Areas for development</h2>
<ul>
<li>Extend customer insight to visitors to the harbour walk, perhaps through a short summer survey with the town council.</li>
<li>Consider publishing the harbour users&rsquo; forum &ldquo;what we changed&rdquo; log on the website as well as the notice board.</li>
<li>Review how calls to the harbour office are handled when the duty officer is at sea, including a recorded message giving expected waiting times.</li>
<li>The marina survey could be broken down by type of berth holder (sub-criterion 1.3, element 5 is compliant, but the analysis is thin).</li>
</ul>

<h2>Next steps</h2>
<p>The Commissioners should send an action plan for the two partial compliances within one month. The reassessment will examine all 57 elements.</p>
<p>Robert Haigh-Mellor, Lead Assessor, G4S Assessment Services</p>
</body></html>
'''
write('kilnsea-harbour-2013-review.html', html)
