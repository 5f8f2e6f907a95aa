# eastney-airport-2008-initial: G4S Assessment Services (= Assessment Services Ltd) initial
# assessment of a regional airport's passenger assistance service, 2008. The findings and ratings
# are ORGANISED BY STAGE OF THE PASSENGER JOURNEY, NOT BY THE STANDARD: five tables "Journey stage A"
# .. "Journey stage E", each mixing elements of several criteria IN THE ASSESSOR'S OWN ORDER (e.g.
# 3.1.1, 3.1.2, 3.2.1, ... 1.1.3 under stage A; 4.3.2 before 1.3.1 under stage D). Each element
# appears exactly once. A per-criterion count table (standard order) and a summary naming the C+
# and PC codes. Traps: the stage letters ("Journey stage C") stand where a rating letter could be;
# "ECAC Doc 30", "EC Regulation 1107/2006", "Gate 4"; an observer who is not an assessor.
from common import *
CP = ['5.2.2']
PC = ['1.3.2', '3.2.4', '4.2.3', '5.3.3']
R = ratings(cp=CP, pc=PC)
assert counts(R) == (1, 52, 4, 0)
CRITC = {'1': (0, 10, 1, 0), '2': (0, 11, 0, 0), '3': (0, 11, 1, 0), '4': (0, 12, 1, 0), '5': (1, 8, 1, 0)}
for k, v in CRITC.items(): assert counts(R, k) == v, k
STAGES = [
 ('A', 'Before you travel: pre-notification, booking and information',
  ['3.1.1', '3.1.2', '3.2.1', '3.2.3', '3.2.4', '5.1.1', '5.2.1', '4.2.1', '1.1.1', '1.1.2', '1.1.3']),
 ('B', 'Arriving at the airport: help points and meet-and-assist',
  ['3.3.1', '3.3.3', '5.2.2', '5.2.5', '2.2.2', '2.1.5', '3.2.2']),
 ('C', 'Through security and to the aircraft',
  ['3.4.1', '3.4.2', '5.2.3', '5.2.4', '4.1.1', '4.2.2', '5.1.2']),
 ('D', 'After the journey: feedback, complaints and results',
  ['4.3.2', '4.3.3', '4.3.6', '4.3.1', '4.3.4', '4.3.5', '1.3.1', '1.3.3', '1.3.2', '1.3.4', '1.3.5', '1.2.1', '1.2.2', '1.2.3',
   '4.1.2', '4.1.3', '5.3.1', '5.3.2', '5.3.3', '3.3.2']),
 ('E', 'Behind the scenes: leadership, staff, partners and the community',
  ['2.1.1', '2.1.2', '2.1.3', '2.1.4', '2.1.6', '2.2.1', '2.2.3', '2.2.4', '2.2.5', '3.4.3', '4.2.4', '4.2.3']),
]
ALL = [c for _, _, cs in STAGES for c in cs]
assert sorted(ALL) == sorted(CODES) and len(ALL) == 57
EVID = {
 '3.1.1': 'Assistance pages on the website; leaflet at check-in; airline agents&rsquo; guide.',
 '3.1.2': 'Assistance is free of charge; car park and buggy charges shown.',
 '3.2.1': 'Large print, audio and textphone; information through the tour operators.',
 '3.2.3': 'Leaflet rewritten in July 2008 with the access group.',
 '3.2.4': 'Website still gave the pre-July 2008 notification rules in October; no check on accuracy of airline-supplied information.',
 '5.1.1': 'Answer times for the assistance line, e-mails and letters set.',
 '5.2.1': 'Standards on the website and the leaflet.',
 '4.2.1': 'Passengers told at booking what help they will get and where.',
 '1.1.1': 'Analysis of 2007&ndash;08 assistance requests by type (WCHR, WCHS, WCHC, BLND, DEAF).',
 '1.1.2': 'Interviews with frequent travellers and the access group.',
 '1.1.3': 'Work with the Deaf centre and the autism charity on hidden needs.',
 '3.3.1': 'Six help points, textphone, e-mail and the information desk.',
 '3.3.3': 'Assistance lounge clean and comfortable; accessible toilets checked hourly.',
 '5.2.2': 'Every passenger met at the help point by a named assistant who stays with them to the aircraft door; needs recorded at first contact; exemplary.',
 '5.2.5': 'Help point calls answered within two minutes in 98% of cases.',
 '2.2.2': 'Staff observed to be patient, polite and knowledgeable.',
 '2.1.5': 'Assistance requests are discussed in the lounge, not at the desk; records secure.',
 '3.2.2': 'Assistants confirm arrangements with each passenger on arrival.',
 '3.4.1': 'Agreements with the handling agent and the three based airlines.',
 '3.4.2': 'The airport is accountable to the passenger for the whole journey, as the Regulation requires.',
 '5.2.3': 'Passenger needs passed to the airline and the handling agent before boarding.',
 '5.2.4': 'Passengers told the likely waiting time when a lift or ambulift is in use.',
 '4.1.1': 'Quality standards meet ECAC Doc 30 and EC Regulation 1107/2006.',
 '4.2.2': 'Assistance records show the service delivered for 99% of pre-notified passengers.',
 '5.1.2': 'Quality standards for every stage of the assistance.',
 '4.3.2': 'Simple complaints procedure with a 20 working day reply.',
 '4.3.3': 'Staff trained to resolve problems at Gate 4 and the lounge.',
 '4.3.6': 'Upheld complainants contacted again; satisfied.',
 '4.3.1': 'Dips in performance explained on the website.',
 '4.3.4': 'Complaints analysed monthly.',
 '4.3.5': 'Procedure reviewed with the access group in August 2008.',
 '1.3.1': 'Comment cards and a quarterly telephone survey of assisted passengers.',
 '1.3.3': 'Questions on timeliness, information, access and staff.',
 '1.3.2': 'Results are analysed but not published, and not broken down by type of assistance.',
 '1.3.4': 'Target of 90% satisfied; 93% in 2008.',
 '1.3.5': 'Changes made after passenger feedback: seating at Gate 4 and the new help point.',
 '1.2.1': 'Engagement through the access group, the disability forum and surveys.',
 '1.2.2': 'Access group shaped the new procedures for July 2008.',
 '1.2.3': 'Methods reviewed in 2008.',
 '4.1.2': 'Performance against the standards monitored monthly and published quarterly.',
 '4.1.3': 'Standards set with the access group, the airlines and staff.',
 '5.3.1': 'Monthly monitoring; action taken on ambulift waits.',
 '5.3.2': 'Standards met and published.',
 '5.3.3': 'No comparison with other regional airports.',
 '3.3.2': 'Help point and desk use analysed; second help point added in the car park.',
 '2.1.1': 'Managing Director chairs the assistance steering group.',
 '2.1.2': 'Passenger insight informs the terminal development plan.',
 '2.1.3': 'Customer charter and assistance policy.',
 '2.1.4': 'Fair treatment confirmed by the access group and the survey.',
 '2.1.6': 'Staff suggestion scheme used.',
 '2.2.1': 'All assistants trained in disability awareness and manual handling.',
 '2.2.3': 'Appraisals include customer focus.',
 '2.2.4': 'Assistants&rsquo; ideas used in the July 2008 procedures.',
 '2.2.5': 'Annual awards; managers seen on the floor.',
 '3.4.3': 'Open days for disabled travellers; support for local charities.',
 '4.2.4': 'Practice learned from two larger airports.',
 '4.2.3': 'No benchmarking of assistance performance with other airports.',
}
assert set(EVID) == set(CODES)
WORD2 = {'CP': 'Compliance Plus', 'C': 'Compliance', 'PC': 'Partial Compliance', 'NC': 'Non-Compliance'}
DETAILS = [('Organisation', 'Eastney Regional Airport &ndash; Passenger Assistance Service'),
           ('Operator', 'Eastney Airport Ltd'),
           ('Assessment', 'Initial assessment against Customer Service Excellence'),
           ('Desk review of evidence', '25th September 2008'),
           ('Site visit', '7th&ndash;8th Oct 2008'),
           ('Assessor', 'Desmond Achterberg'),
           ('Observer', 'Lisa Kovacs (G4S trainee assessor, observing only)'),
           ('Airport contact', 'Mrs Pauline Grech, Passenger Services Duty Manager'),
           ('Date of report', '24th October 2008')]
CSS = '''
@page { size: A4; margin: 18mm 16mm; }
body { font-family: Arial, "Liberation Sans", sans-serif; font-size: 9.5pt; color: #1c1c1c; }
h1 { font-size: 22pt; color: #d71920; margin-top: 40mm; }
h2 { font-size: 13pt; color: #d71920; margin-top: 16px; }
h3 { font-size: 10.5pt; margin: 12px 0 4px 0; background: #444; color: #fff; padding: 3px 6px; }
p { margin: 0 0 7px 0; line-height: 1.35; }
table { border-collapse: collapse; width: 100%; }
td, th { border: 1px solid #aaa; padding: 2px 5px; vertical-align: top; text-align: left; font-size: 8.5pt; }
th { background: #e6e6e6; }
.pb { page-break-after: always; }
'''
def stage_table(letter, title, codes):
    rows = ''.join(f'<tr><td>{c}</td><td>{short(c, 90)}</td><td>{WORD2[R[c]]}</td><td>{EVID[c]}</td></tr>' for c in codes)
    return (f'<h3>Journey stage {letter}: {title}</h3><table><thead><tr><th width="7%">Element</th><th width="40%">Requirement</th>'
            f'<th width="15%">Rating</th><th>Evidence seen</th></tr></thead><tbody>{rows}</tbody></table>')
crit_rows = ''.join(f'<tr><td>{k}. {CRIT[k]}</td>' + ''.join(f'<td>{n}</td>' for n in CRITC[k]) + '</tr>' for k in '12345')
SUMMARY = ('The Passenger Assistance Service meets the requirements of the standard and I recommend certification. One element was '
           'rated Compliance Plus (5.2.2), 52 Compliance and four Partial Compliance (1.3.2, 3.2.4, 4.2.3 and 5.3.3). There was no '
           'Non-Compliance.')
body = f'''
<div class="pb">
<p style="font-size:14pt"><b style="color:#d71920">G4S</b> Assessment Services</p>
<h1>Customer Service Excellence<br>Initial Assessment Report</h1>
<p style="font-size:15pt">Eastney Regional Airport</p>
<p style="font-size:12pt">Passenger Assistance Service</p>
<p>October 2008</p>
</div>
<h2 style="page-break-before:always">Contents</h2>
<p>1. Details of the assessment<br>2. Summary<br>3. About the service<br>4. How the findings are arranged<br>5. Findings by journey stage (A to E)<br>6. Results by criterion<br>7. Recommendation</p>
<h2>1. Details of the assessment</h2>
<table>{''.join(f'<tr><td width="30%"><b>{a}</b></td><td>{b}</td></tr>' for a, b in DETAILS)}</table>
<h2>2. Summary</h2>
<p>{SUMMARY}</p>
<p>The meet-and-assist service is outstanding: every passenger who asks for help is met by a named assistant who stays with them to the aircraft door. The four partial compliances concern publishing satisfaction results, the accuracy of information on the website, benchmarking and comparing timeliness with other airports.</p>
<h2>3. About the service</h2>
<p>Eastney Regional Airport handles about 1.9 million passengers a year. Since 26 July 2008, under EC Regulation 1107/2006, the airport and not the airlines has been responsible for assisting disabled passengers and passengers with reduced mobility. The Passenger Assistance Service, with 38 assistants and a team of six at the information desk, handled 11,200 requests for assistance in the year to September 2008.</p>
<h2>4. How the findings are arranged</h2>
<p>At the airport&rsquo;s request, and to follow the passenger&rsquo;s experience, the findings are arranged by the five stages of the passenger journey (A to E) rather than in the order of the standard. Every one of the 57 elements is rated once, in the stage where the evidence was mainly seen; the element number shows where it belongs in the standard. Section 6 gives the results in the order of the standard.</p>
<h2 style="page-break-before:always">5. Findings by journey stage</h2>
{''.join(stage_table(l, t, cs) for l, t, cs in STAGES)}
<h2>6. Results by criterion</h2>
<table style="width:80%"><tr><th>Criterion</th><th>Compliance Plus</th><th>Compliance</th><th>Partial Compliance</th><th>Non-Compliance</th></tr>{crit_rows}
<tr><td><b>All criteria</b></td><td><b>1</b></td><td><b>52</b></td><td><b>4</b></td><td><b>0</b></td></tr></table>
<h2>7. Recommendation</h2>
<p>I recommend that Eastney Regional Airport&rsquo;s Passenger Assistance Service is certified to the Customer Service Excellence standard. The partial compliances will be reviewed at the first annual review in October 2009. The airport would like to be considered for Compliance Plus at 1.1.3 at that visit.</p>
<p>Desmond Achterberg<br>Assessor, G4S Assessment Services<br>24th October 2008</p>
'''
write('eastney-airport-2008-initial.html', page('Customer Service Excellence Initial Assessment Report – Eastney Regional Airport – October 2008', CSS, body))
