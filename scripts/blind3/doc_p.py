# glanyrafon-cbc-2013-review2: bilingual (Welsh / English) report; cells "count (percent)"
from common import *
CYM = {'1': 'Mewnwelediad Cwsmeriaid', '2': 'Diwylliant y Sefydliad', '3': 'Gwybodaeth a Mynediad', '4': 'Cyflawni', '5': 'Amseroldeb ac Ansawdd y Gwasanaeth'}
SC = [(1, 9, 1, 0), (0, 11, 0, 0), (2, 10, 0, 0), (0, 13, 0, 0), (0, 10, 0, 0)]  # CP C PC NC
N = [11, 11, 12, 13, 10]
def cell(n, d):
    return f'{n} ({round(100 * n / d)}%)'
rows = '\n'.join(f'<tr><td class="l">{i + 1}. {CYM[str(i + 1)]}<br><i>{CRIT[str(i + 1)]}</i></td>' + ''.join(f'<td>{cell(v, N[i])}</td>' for v in SC[i]) + '</tr>' for i in range(5))
html = f'''<!DOCTYPE html>
<html lang="cy"><head><meta charset="utf-8"><title>Rhagoriaeth Gwasanaeth Cwsmeriaid – Customer Service Excellence – Glanyrafon 2013</title>
<style>body {{ font-family: "Open Sans", "DejaVu Sans", sans-serif; font-size: 9.5pt; }} h1 {{ font-size: 15pt; }} h2 {{ font-size: 11.5pt; border-bottom: 1px solid #007a4d; color: #007a4d; }}
i {{ color: #444; }} table {{ border-collapse: collapse; margin: 6px 0; }} td, th {{ border: 1px solid #777; padding: 2px 6px; text-align: center; font-size: 9pt; }} .l {{ text-align: left; }}</style></head>
<body>
<p>Centre for Assessment · Rhagoriaeth Gwasanaeth Cwsmeriaid / <i>Customer Service Excellence</i></p>
<h1>Adroddiad Asesu<br><i>Assessment Report</i></h1>
<table>
<tr><td class="l">Sefydliad / <i>Organisation</i></td><td class="l">Cyngor Bwrdeistref Sirol Glanyrafon / <i>Glanyrafon County Borough Council</i></td></tr>
<tr><td class="l">Math o asesiad / <i>Type of assessment</i></td><td class="l">Ail Adolygiad Blynyddol / <i>Second Annual Review</i> (24 mis / <i>24-month</i>)</td></tr>
<tr><td class="l">Dyddiad yr ymweliad / <i>Date of visit</i></td><td class="l">14.03.2013</td></tr>
<tr><td class="l">Aseswr / <i>Assessor</i></td><td class="l">Gareth Llewelyn</td></tr>
<tr><td class="l">Dyddiad yr adroddiad / <i>Date of report</i></td><td class="l">2 Ebrill 2013 / <i>2 April 2013</i></td></tr>
</table>

<h2>Crynodeb / <i>Summary</i></h2>
<p>Mae&rsquo;r Cyngor yn parhau i fodloni gofynion y safon. Argymhellir parhau â&rsquo;r ardystiad.</p>
<p><i>The Council continues to meet the requirements of the standard. Continued certification is recommended. This second annual review completes the Council&rsquo;s first three-year cycle; the full reassessment is due in March 2014. The Council provides all its services bilingually and its Welsh-language front-line service is a particular strength.</i></p>

<h2>Sgôr fesul maen prawf / <i>Scores by criterion</i></h2>
<table>
<tr><th class="l">Maen prawf / <i>Criterion</i></th><th>Cydymffurfio Plws<br><i>Compliance Plus</i></th><th>Cydymffurfio<br><i>Compliance</i></th><th>Cydymffurfio Rhannol<br><i>Partial Compliance</i></th><th>Diffyg Cydymffurfio<br><i>Non-Compliance</i></th></tr>
{rows}
<tr><td class="l"><b>Cyfanswm / <i>Total</i></b></td><td><b>3 (5%)</b></td><td><b>53 (93%)</b></td><td><b>1 (2%)</b></td><td><b>0 (0%)</b></td></tr>
</table>

<h2>Elfennau Cydymffurfio Plws / <i>Compliance Plus elements</i></h2>
<table>
<tr><th>Elfen / <i>Element</i></th><th class="l">Rheswm / <i>Reason</i></th></tr>
<tr><td>1.1.3</td><td class="l"><i>Outreach to Welsh-speaking older people in the upland wards, and to Gypsy and Traveller families, has changed how services are delivered.</i></td></tr>
<tr><td>3.3.1</td><td class="l"><i>Every service can be reached in Welsh or English by phone, web, text, face to face and through the mobile one-stop shop.</i></td></tr>
<tr><td>3.4.3</td><td class="l"><i>Support for the Eisteddfod, community councils and local food banks goes well beyond service delivery.</i></td></tr>
</table>

<h2>Elfennau Cydymffurfio Rhannol / <i>Partial Compliance elements</i></h2>
<table>
<tr><th>Elfen / <i>Element</i></th><th class="l">Rheswm / <i>Reason</i></th></tr>
<tr><td>1.3.4</td><td class="l"><i>Satisfaction targets have not been set for the Welsh-language service, and satisfaction with planning fell again.</i></td></tr>
</table>
<p>Pob elfen arall: Cydymffurfio. / <i>All other elements: Compliance.</i></p>

<h2>Ymweliad nesaf / <i>Next visit</i></h2>
<p>Ailasesiad llawn: Mawrth 2014. / <i>Full reassessment: March 2014.</i></p>
</body></html>
'''
write('glanyrafon-cbc-2013-review2.html', html)
