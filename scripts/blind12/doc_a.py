# tamsworth-community-transport-2010-initial: Centre for Assessment initial assessment of a
# community transport social enterprise (dial-a-ride, community car scheme), 2010. The findings are
# ONE PARAGRAPH PER ELEMENT HEADED BY THE ELEMENT'S STATEMENT (its full wording, in bold), under
# criterion headings and sub-criterion headings BY NAME ONLY; each paragraph ends "Assessment
# outcome: <rating>". NO ELEMENT CODE IS WRITTEN ANYWHERE in the document: to know which element a
# rating belongs to a reader must match the statement (or count positions under the sub-criterion).
# Per-criterion count table; the summary names the C+ and PC areas by paraphrase, not by code.
# Markdown as a LOGSEQ page (page properties "key:: value", every line an outline bullet indented
# by tabs, block properties "outcome:: Compliance" under each statement bullet, [[links]]).
from common import *
CP = ['1.1.3', '3.4.3']
PC = ['1.3.4', '4.2.3', '5.3.3']
R = ratings(cp=CP, pc=PC)
assert counts(R) == (2, 52, 3, 0)
CRITC = {'1': (1, 9, 1, 0), '2': (0, 11, 0, 0), '3': (1, 11, 0, 0), '4': (0, 12, 1, 0), '5': (0, 9, 1, 0)}
for k, v in CRITC.items(): assert counts(R, k) == v, k

F = {
 '1.1.1': 'Members are profiled by age, disability, mobility aid and home parish from the booking system, refreshed every quarter and set against the district census tables.',
 '1.1.2': 'The Trust has gone beyond the numbers: telephone interviews with 60 members explain why people book late and why some stop travelling.',
 '1.1.3': 'Outstanding. Staff and volunteers sought out isolated older people in the eleven rural parishes through GP surgeries, the village shops and the mobile library, and the Tuesday &ldquo;market bus&rdquo; was designed with them. 140 new members joined in 2009 who had not left home unaided for a year or more.',
 '1.2.1': 'A short engagement plan names the methods for each group: the members&rsquo; forum, drivers&rsquo; feedback cards, and visits to day centres.',
 '1.2.2': 'The members&rsquo; forum shapes timetables and its minutes are sent to every member with the quarterly newsletter, together with what has changed.',
 '1.2.3': 'The Board reviewed its consultation methods in 2009 and dropped a postal survey that only reached the most active members.',
 '1.3.1': 'Satisfaction is measured every six months by telephone, by volunteers who are not drivers, using a consistent question set.',
 '1.3.2': 'Results are analysed by service (dial-a-ride, car scheme, group hire) and published in the newsletter and at the office; changes are listed beside them.',
 '1.3.3': 'The survey asks about punctuality, driver helpfulness, booking, information and access to the vehicles, and two questions suggested by the members&rsquo; forum.',
 '1.3.4': 'No targets for satisfaction have been set, and overall satisfaction with the booking line fell from 91% to 86% between the two surveys of 2009.',
 '1.3.5': 'The booking line now calls members back the day before a journey, a change made after complaints of missed pick-ups.',
 '2.1.1': 'The Chair and the Manager are visible advocates for members; customer experience is the first item at every Board meeting.',
 '2.1.2': 'The business plan for 2010&ndash;2011 is built on what members said, including the extension of the car scheme to evenings.',
 '2.1.3': 'A members&rsquo; charter, a safeguarding policy and an equal access policy support the right of every member to a good service.',
 '2.1.4': 'Fair treatment is checked through the survey, broken down by age and disability, with no differences of note.',
 '2.1.5': 'Booking is done in a separate room; personal information is kept on a password-protected system and drivers carry only the day&rsquo;s run sheet.',
 '2.1.6': 'Volunteers are encouraged to suggest improvements; the &ldquo;good idea&rdquo; book in the drivers&rsquo; room was full.',
 '2.2.1': 'Recruitment of paid staff and volunteers tests attitude to passengers; all drivers complete MiDAS and passenger assistance training.',
 '2.2.2': 'Members described drivers and booking staff as kind, patient and unhurried.',
 '2.2.3': 'Supervision and annual reviews for staff include customer focus; volunteers have an annual conversation with the Volunteer Co-ordinator.',
 '2.2.4': 'Drivers&rsquo; debriefs feed the route planning, and the office staff brought about the call-back change.',
 '2.2.5': 'Volunteer awards are held every year and managers were seen helping passengers on board.',
 '3.1.1': 'A members&rsquo; handbook sets out every service, how and when to book, and who runs the Trust.',
 '3.1.2': 'Fares and membership fees are printed in the handbook, on the website and on a card carried in every vehicle.',
 '3.2.1': 'Information comes in large print, audio and on the website; the office reads the newsletter to members who ask.',
 '3.2.2': 'Booking staff read back every booking and check that the member knows the pick-up time.',
 '3.2.3': 'The handbook was rewritten in 2009 with members of the forum and tested with two day centres.',
 '3.2.4': 'Timetables are checked monthly; members affected by a change are telephoned.',
 '3.3.1': 'Booking by telephone, text relay, e-mail and in person at the office; the office is on the ground floor with a hearing loop.',
 '3.3.2': 'The booking system records how each booking was made; the Trust has used it to add a Saturday morning booking hour.',
 '3.3.3': 'The office and waiting room are clean, warm and comfortable, and the vehicles are cleaned daily.',
 '3.4.1': 'Joint arrangements with the hospital trust and two day centres co-ordinate journeys to appointments.',
 '3.4.2': 'Each partnership has a written agreement naming who is accountable to the passenger for each part of the journey.',
 '3.4.3': 'Outstanding. The Trust is part of village life: it runs the lunch-club buses at cost, trains volunteers from other groups, lends its accessible minibus to parish events at no charge, and its drivers collect prescriptions on their rounds. Parish councils and the rural community council gave unprompted examples.',
 '4.1.1': 'Standards for punctuality, booking and driver conduct are published and take account of the Council&rsquo;s contract and the licensing conditions.',
 '4.1.2': 'Performance is monitored monthly and reported in the newsletter; the punctuality standard was met in eleven months of 2009.',
 '4.1.3': 'Standards were set with the members&rsquo; forum and staff and are reviewed each year.',
 '4.2.1': 'Members are told at registration what they can expect, in the handbook and in the welcome call.',
 '4.2.2': 'Journey records and the survey show that the service promised is delivered to the great majority of members.',
 '4.2.3': 'The Trust has not yet compared its performance with other community transport operators, though it belongs to the national association and could obtain the figures.',
 '4.2.4': 'It has adopted the call-back idea from a neighbouring operator and presented its market bus at the regional conference.',
 '4.3.1': 'When winter weather disrupted journeys in January 2010 members were told by telephone and in the newsletter, with the reasons.',
 '4.3.2': 'The complaints procedure is simple, in the handbook and in every vehicle, with a ten working day reply standard.',
 '4.3.3': 'Staff and volunteers are trained to resolve problems on the spot and may refund a fare without referral.',
 '4.3.4': 'Complaints and comments are logged and reviewed quarterly; the call-back change came from this review.',
 '4.3.5': 'The procedure was reviewed in 2009 with the forum, which asked for a named contact for each complaint.',
 '4.3.6': 'Complainants whose complaint was upheld were contacted afterwards; all but one were satisfied.',
 '5.1.1': 'Timeliness standards cover the telephone, letters, e-mails and visitors to the office.',
 '5.1.2': 'Quality standards cover courtesy, help with boarding, and assistance at the destination door.',
 '5.2.1': 'The standards are in the handbook and on the website and are repeated in the welcome call.',
 '5.2.2': 'Booking staff identify needs at the first call, including the mobility aid and any escort, so that the right vehicle is sent.',
 '5.2.3': 'Information is shared with the day centres and the hospital transport desk, with the member&rsquo;s consent, so members do not have to repeat themselves.',
 '5.2.4': 'Where a journey cannot be confirmed at once, the member is told when they will hear and is called back.',
 '5.2.5': 'Enquiries are answered the same day; delays are explained and followed up.',
 '5.3.1': 'Timeliness is monitored monthly and action taken, such as the extra driver on Thursday mornings.',
 '5.3.2': 'The Trust is meeting its standards and publishes its performance in the newsletter.',
 '5.3.3': 'There is no evidence that the Trust compares its timeliness or quality with other operators, so it cannot show that its performance compares well.',
}
assert set(F) == set(CODES)
CRITTXT = {
 '1': 'The Trust knows its members very well. Its work to find isolated older people in the rural parishes is outstanding and earns Compliance Plus. Satisfaction is measured well but there are no targets for it, and satisfaction with booking fell in 2009.',
 '2': 'A strong, member-centred culture led by the Chair and the Manager; all elements are met.',
 '3': 'Information is clear and accessible. The Trust&rsquo;s contribution to the life of its rural communities is exceptional and earns Compliance Plus.',
 '4': 'Standards are set with members and met. The Trust has not yet benchmarked its performance with similar operators.',
 '5': 'Timeliness standards are comprehensive and met, but the Trust cannot show how its timeliness compares with other operators.',
}
DETAILS = [('Organisation', 'Tamsworth Community Transport (a company limited by guarantee and registered charity)'),
           ('Address', 'Unit 4, Mill Lane Industrial Estate, Tamsworth'),
           ('Type of assessment', 'Initial assessment'),
           ('Evidence portfolio reviewed off site', '19th February 2010'),
           ('On-site assessment', '9th &amp; 10th March 2010'),
           ('Assessor', 'Margaret Oyelaran-Briggs'),
           ('Contact at the Trust', 'Mr Keith Pardoe, Operations Manager'),
           ('Report date', '31st March 2010')]
WORD2 = {'CP': 'Compliance Plus', 'C': 'Compliance', 'PC': 'Partial Compliance', 'NC': 'Non-Compliance'}
CSS = '''
@page { size: A4; margin: 22mm 20mm; }
body { font-family: "Trebuchet MS", "DejaVu Sans", sans-serif; font-size: 10pt; color: #222; }
h1 { font-size: 24pt; color: #6b2c91; margin-top: 45mm; }
h2 { font-size: 14pt; color: #6b2c91; border-bottom: 1px solid #6b2c91; margin-top: 18px; }
h3 { font-size: 11.5pt; color: #333; margin: 12px 0 4px 0; font-style: italic; }
p { margin: 0 0 6px 0; line-height: 1.35; }
p.st { font-weight: bold; margin-top: 10px; }
p.out { margin-bottom: 10px; }
table { border-collapse: collapse; }
td, th { border: 1px solid #999; padding: 3px 6px; vertical-align: top; text-align: left; font-size: 9.5pt; }
th { background: #ece3f2; }
.pb { page-break-after: always; }
'''
def findings(k):
    out = [f'<h2 style="page-break-before:always">Criterion {k}: {CRIT[k]}</h2>', f'<p>{CRITTXT[k]}</p>']
    for s in subs_of(k):
        out.append(f'<h3>{SUBS[s]}</h3>')
        for c in codes_of(s):
            out.append(f'<p class="st">{STMT[c]}</p><p>{F[c]}</p><p class="out">Assessment outcome: <b>{WORD2[R[c]]}</b></p>')
    return '\n'.join(out)
crit_rows = ''.join(f'<tr><td>Criterion {k}: {CRIT[k]}</td>' + ''.join(f'<td align="center">{n}</td>' for n in CRITC[k]) +
                    f'<td align="center">{sum(CRITC[k])}</td></tr>' for k in '12345')
SUMMARY = ('Tamsworth Community Transport has met the requirements of the Customer Service Excellence standard and I recommend that it is '
           'certified. Of the 57 elements of the standard, two were assessed as Compliance Plus, 52 as Compliance and three as Partial '
           'Compliance; none was assessed as Non-Compliance.')
body = f'''
<div class="pb">
<p style="font-size:13pt;color:#6b2c91"><b>CENTRE FOR ASSESSMENT</b></p>
<h1>Customer Service Excellence<br>Assessment Report</h1>
<p style="font-size:16pt">Tamsworth Community Transport</p>
<p style="font-size:12pt">Initial assessment &middot; March 2010</p>
</div>
<h2 style="page-break-before:always">Contents</h2>
<p>Assessment details<br>Summary<br>How this report is set out<br>Results by criterion<br>Findings: Criterion 1 to Criterion 5<br>Conclusion</p>
<h2>Assessment details</h2>
<table width="100%">{''.join(f'<tr><td width="35%"><b>{a}</b></td><td>{b}</td></tr>' for a, b in DETAILS)}</table>
<h2>Summary</h2>
<p>Tamsworth Community Transport provides door-to-door transport for older and disabled people who cannot use ordinary buses, across Tamsworth and its eleven rural parishes: a dial-a-ride service with nine accessible minibuses, a community car scheme with 48 volunteer drivers, and group hire for clubs and day centres. It has about 2,300 members.</p>
<p>{SUMMARY}</p>
<p>Compliance Plus was awarded for the Trust&rsquo;s work to find and serve isolated older people in the rural parishes, and for its support of the wider community. Partial Compliance was found on targets for customer satisfaction, on benchmarking with similar operators, and on comparing timeliness and quality with other operators.</p>
<h2>How this report is set out</h2>
<p>The findings follow the order of the standard. Under each criterion and sub-criterion, each element is introduced by its requirement as worded in the standard, printed in bold, followed by my findings and the assessment outcome for that element. The outcomes are Compliance Plus, Compliance, Partial Compliance and Non-Compliance.</p>
<h2>Results by criterion</h2>
<table width="100%"><tr><th width="36%">Criterion</th><th>Compliance Plus</th><th>Compliance</th><th>Partial Compliance</th><th>Non-Compliance</th><th>Elements</th></tr>{crit_rows}
<tr><td><b>Total</b></td><td align="center"><b>2</b></td><td align="center"><b>52</b></td><td align="center"><b>3</b></td><td align="center"><b>0</b></td><td align="center"><b>57</b></td></tr></table>
{''.join(findings(k) for k in '12345')}
<h2 style="page-break-before:always">Conclusion</h2>
<p>I recommend that Tamsworth Community Transport is awarded the Customer Service Excellence standard. The three areas of partial compliance should be addressed and will be followed up at the first annual review, expected in March 2011. The Trust has told me it would like to be recognised for its volunteer training at that review.</p>
<p>Margaret Oyelaran-Briggs<br>Assessor, Centre for Assessment Ltd<br>31st March 2010</p>
'''
write('tamsworth-community-transport-2010-initial.html', page('Customer Service Excellence Assessment Report – Tamsworth Community Transport – March 2010', CSS, body))

# Markdown: a LOGSEQ page (page properties, every line an outline bullet, tab indentation, block
# properties under each statement bullet)
def plain(s):
    return (s.replace('&rsquo;', '’').replace('&ldquo;', '“').replace('&rdquo;', '”').replace('&ndash;', '–')
            .replace('&amp;', '&').replace('&middot;', '·'))
def md_crit(k):
    out = [f'- ## Criterion {k}: {CRIT[k]}', f'\t- {plain(CRITTXT[k])}']
    for s in subs_of(k):
        out.append(f'\t- ### {SUBS[s]}')
        out.append('\t  collapsed:: true')
        for c in codes_of(s):
            out.append(f'\t\t- **{STMT[c]}**')
            out.append(f'\t\t  outcome:: {WORD2[R[c]]}')
            out.append(f'\t\t\t- {plain(F[c])}')
    return '\n'.join(out)
MD = f'''title:: CSE initial assessment 2010 – Tamsworth Community Transport
type:: [[Assessment report]]
body:: [[Centre for Assessment]]
assessor:: [[Margaret Oyelaran-Briggs]]
on-site:: 9th & 10th March 2010
evidence-review:: 19th February 2010
report-date:: 31st March 2010
tags:: CSE, accreditation, [[Board papers 2010]]

- Copied from the assessor's report (Word document, 31st March 2010) by [[Keith Pardoe]] for the Board.
- ## Assessment details
	- | Field | Detail |
	  |---|---|
{chr(10).join(f"	  | {a} | {plain(b)} |" for a, b in DETAILS)}
- ## Summary
	- Tamsworth Community Transport provides door-to-door transport for older and disabled people who cannot use ordinary buses, across Tamsworth and its eleven rural parishes: a dial-a-ride service with nine accessible minibuses, a community car scheme with 48 volunteer drivers, and group hire for clubs and day centres. It has about 2,300 members.
	- {SUMMARY}
	- Compliance Plus was awarded for the Trust’s work to find and serve isolated older people in the rural parishes, and for its support of the wider community. Partial Compliance was found on targets for customer satisfaction, on benchmarking with similar operators, and on comparing timeliness and quality with other operators.
- ## Results by criterion
	- | Criterion | Compliance Plus | Compliance | Partial Compliance | Non-Compliance | Elements |
	  |---|---|---|---|---|---|
{chr(10).join(f"	  | Criterion {k}: {CRIT[k]} | " + ' | '.join(str(n) for n in CRITC[k]) + f' | {sum(CRITC[k])} |' for k in '12345')}
	  | **Total** | **2** | **52** | **3** | **0** | **57** |
{chr(10).join(md_crit(k) for k in '12345')}
- ## Conclusion
	- I recommend that Tamsworth Community Transport is awarded the Customer Service Excellence standard. The three areas of partial compliance should be addressed and will be followed up at the first annual review, expected in March 2011. The Trust has told me it would like to be recognised for its volunteer training at that review.
	- Margaret Oyelaran-Briggs, Assessor, Centre for Assessment Ltd, 31st March 2010
'''
write('tamsworth-community-transport-2010-initial.md', MD)
