# cwm-arian-homes-2019-review: Centre for Assessment first annual review of a Welsh housing
# association, written as a BILINGUAL report in two whole halves: "Rhan A – Cymraeg" (Welsh, FIRST)
# and then "Part B – English", each with its own key table, summary, C+ / PC findings, per-criterion
# table and 57-row element table. The Welsh half uses Welsh rating words (Cydymffurfiaeth a Mwy /
# Cydymffurfiaeth / Cydymffurfiaeth Rannol / Diffyg Cydymffurfiaeth, mutated "Chydymffurfiaeth"
# after "a"), Welsh month and day names ("dydd Mawrth 12 Mawrth 2019": Mawrth is both Tuesday and
# March). The cover says the English version prevails. The two halves agree.
from common import *
CP = ['1.2.1', '2.2.2', '4.3.2']
PC = ['1.3.4', '5.3.2']
R = ratings(cp=CP, pc=PC)
assert counts(R) == (3, 52, 2, 0)
BY = {'1': (1, 9, 1, 0), '2': (1, 10, 0, 0), '3': (0, 12, 0, 0), '4': (1, 12, 0, 0), '5': (0, 9, 1, 0)}
for k, v in BY.items():
    assert counts(R, k) == v, k

CY_WORD = {'CP': 'Cydymffurfiaeth a Mwy', 'C': 'Cydymffurfiaeth', 'PC': 'Cydymffurfiaeth Rannol', 'NC': 'Diffyg Cydymffurfiaeth'}
EN_WORD = {'CP': 'Compliance Plus', 'C': 'Compliance', 'PC': 'Partial Compliance', 'NC': 'Non-Compliance'}
CY_CRIT = {'1': 'Dirnadaeth Cwsmeriaid', '2': 'Diwylliant y Sefydliad', '3': 'Gwybodaeth a Mynediad', '4': 'Darparu',
           '5': 'Amseroldeb ac Ansawdd y Gwasanaeth'}
CY_SUB = {
 '1.1': 'Adnabod Cwsmeriaid', '1.2': 'Ymgysylltu ac Ymgynghori', '1.3': 'Bodlonrwydd Cwsmeriaid',
 '2.1': 'Arweinyddiaeth, Polisi a Diwylliant', '2.2': 'Proffesiynoldeb ac Agwedd Staff',
 '3.1': 'Ystod y Wybodaeth', '3.2': 'Ansawdd y Wybodaeth', '3.3': 'Mynediad',
 '3.4': 'Cydweithio â darparwyr, partneriaid a chymunedau eraill',
 '4.1': 'Safonau Darparu', '4.2': 'Darpariaeth a Chanlyniadau a Gyflawnwyd', '4.3': "Ymdrin â Phroblemau'n Effeithiol",
 '5.1': 'Safonau Amseroldeb ac Ansawdd', '5.2': 'Canlyniadau Amserol', '5.3': 'Darpariaeth Amserol a Gyflawnwyd',
}

EN = {
 'title': 'Annual Review Report', 'part': 'Part B – English version',
 'details': 'Assessment details',
 'rows': [('Organisation', 'Cwm Arian Homes'), ('Type of visit', 'First annual review (12 months after initial assessment)'),
          ('Dates of visit', 'Tuesday 12 and Wednesday 13 March 2019'), ('Assessor', 'Eleri Prydderch'),
          ('Assessment body', 'Centre for Assessment'),
          ('Organisation contact', 'Huw Bevan, Customer Experience Manager'), ('Date of report', '5 April 2019'),
          ('Outcome', 'Continued certification')],
 'h_sum': '1. Summary',
 'sum': ['Cwm Arian Homes manages 3,900 homes in the Arian and Teifi valleys. It was first certified to Customer Service Excellence in March 2018. '
         'This first annual review took place on Tuesday 12 and Wednesday 13 March 2019 at the Association\'s offices in Llanarian and Pontfaen, '
         'with a visit to the Maes y Ffair sheltered scheme. The assessor met 41 staff, 9 board members, 11 partners and 17 tenants, in Welsh and in English.',
         'The assessor reviewed all 57 elements of the standard. Cwm Arian Homes continues to meet the standard: 3 elements were rated Compliance Plus, '
         '52 Compliance and 2 Partial Compliance, and no element was rated Non-Compliance.',
         'At the initial assessment in March 2018 there were 2 Compliance Plus and 4 Partial Compliance (1.3.4, 3.2.2, 4.2.3 and 5.3.2). 3.2.2 and 4.2.3 are now compliant; '
         '1.3.4 and 5.3.2 remain partial, although progress has been made on both.'],
 'h_cp': '2. Compliance Plus',
 'cp': {'1.2.1': 'The tenant engagement strategy, "Llais y Tenant", offers fourteen ways to take part, each available in Welsh and English, from the Tenants\' Scrutiny Panel to a '
                 'WhatsApp group for young tenants. Participation has doubled since 2017 and is monitored by age, language and area.',
        '2.2.2': 'Every tenant we spoke to described staff as courteous and patient. Frontline staff can serve customers in the language of their choice at every office, and '
                 'the mystery-shopping results (96%) are the best in the Association\'s benchmarking group.',
        '4.3.2': 'Complaints can be made in Welsh or English by any channel, including through a tenant champion. 94% of stage-one complaints are resolved within five working '
                 'days and every complainant is telephoned by a manager. The procedure was rewritten with the Scrutiny Panel in 2018 (see 4.3.5).'},
 'h_pc': '3. Partial Compliance',
 'pc': {'1.3.4': 'Targets for satisfaction are set for repairs and lettings only, and overall satisfaction fell from 84% to 81% in 2018. Targets for the other services are planned for 2019/20.',
        '5.3.2': 'Performance against the timeliness standards is reported to the Board but is not yet published to tenants; the new tenant newsletter is due to carry it from summer 2019.'},
 'h_crit': '4. Results by criterion',
 'crit_head': ['Criterion', 'Compliance Plus', 'Compliance', 'Partial Compliance', 'Non-Compliance'],
 'crit_total': 'Total',
 'h_el': '5. Rating of each element',
 'el_head': ['Element', 'Sub-criterion', 'Rating'],
 'h_conc': '6. Conclusion',
 'conc': 'Cwm Arian Homes continues to meet the Customer Service Excellence standard and certification continues. An action plan for 1.3.4 and 5.3.2 should be sent to '
         'Centre for Assessment within 28 days. The second annual review is due in March 2020.',
 'sign': 'Eleri Prydderch, Assessor, Centre for Assessment – 5 April 2019',
}
CY = {
 'title': 'Adroddiad Adolygiad Blynyddol', 'part': 'Rhan A – Fersiwn Gymraeg',
 'details': 'Manylion yr asesiad',
 'rows': [('Sefydliad', 'Cartrefi Cwm Arian'), ('Math o ymweliad', 'Adolygiad blynyddol cyntaf (12 mis ar ôl yr asesiad cychwynnol)'),
          ('Dyddiadau\'r ymweliad', 'Dydd Mawrth 12 a dydd Mercher 13 Mawrth 2019'), ('Aseswr', 'Eleri Prydderch'),
          ('Corff asesu', 'Centre for Assessment'),
          ('Cyswllt y sefydliad', 'Huw Bevan, Rheolwr Profiad Cwsmeriaid'), ('Dyddiad yr adroddiad', '5 Ebrill 2019'),
          ('Canlyniad', 'Ardystiad yn parhau')],
 'h_sum': '1. Crynodeb',
 'sum': ['Mae Cartrefi Cwm Arian yn rheoli 3,900 o gartrefi yng nghymoedd Arian a Theifi. Cafodd ei ardystio gyntaf i safon Rhagoriaeth mewn Gwasanaeth Cwsmeriaid ym mis Mawrth 2018. '
         'Cynhaliwyd yr adolygiad blynyddol cyntaf hwn ddydd Mawrth 12 a dydd Mercher 13 Mawrth 2019 yn swyddfeydd y Gymdeithas yn Llanarian a Phontfaen, '
         'gydag ymweliad â chynllun gwarchod Maes y Ffair. Cyfarfu\'r aseswr â 41 aelod o staff, 9 aelod o\'r bwrdd, 11 partner a 17 tenant, yn Gymraeg ac yn Saesneg.',
         'Adolygodd yr aseswr bob un o 57 elfen y safon. Mae Cartrefi Cwm Arian yn parhau i fodloni\'r safon: rhoddwyd sgôr Cydymffurfiaeth a Mwy i 3 elfen, '
         'Cydymffurfiaeth i 52 a Chydymffurfiaeth Rannol i 2, ac ni roddwyd sgôr Diffyg Cydymffurfiaeth i\'r un elfen.',
         'Yn yr asesiad cychwynnol ym mis Mawrth 2018 roedd 2 elfen â Chydymffurfiaeth a Mwy a 4 â Chydymffurfiaeth Rannol (1.3.4, 3.2.2, 4.2.3 a 5.3.2). Mae 3.2.2 a 4.2.3 bellach yn cydymffurfio; '
         'mae 1.3.4 a 5.3.2 yn parhau\'n rhannol, er bod cynnydd wedi\'i wneud ar y ddwy.'],
 'h_cp': '2. Cydymffurfiaeth a Mwy',
 'cp': {'1.2.1': 'Mae strategaeth ymgysylltu\'r tenantiaid, "Llais y Tenant", yn cynnig pedair ffordd ar ddeg o gymryd rhan, pob un ar gael yn Gymraeg ac yn Saesneg, o Banel Craffu\'r Tenantiaid i '
                 'grŵp WhatsApp i denantiaid ifanc. Mae\'r nifer sy\'n cymryd rhan wedi dyblu ers 2017 ac yn cael ei fonitro yn ôl oedran, iaith ac ardal.',
        '2.2.2': 'Disgrifiodd pob tenant y siaradon ni â nhw\'r staff fel cwrtais ac amyneddgar. Gall staff rheng flaen wasanaethu cwsmeriaid yn eu dewis iaith ym mhob swyddfa, ac '
                 'mae canlyniadau\'r siopa cudd (96%) yn well na neb arall yng ngrŵp meincnodi\'r Gymdeithas.',
        '4.3.2': 'Gellir gwneud cwyn yn Gymraeg neu yn Saesneg drwy unrhyw sianel, gan gynnwys drwy hyrwyddwr tenantiaid. Caiff 94% o gwynion cam un eu datrys o fewn pum diwrnod '
                 'gwaith a bydd rheolwr yn ffonio pob achwynydd. Ailysgrifennwyd y drefn gyda\'r Panel Craffu yn 2018 (gweler 4.3.5).'},
 'h_pc': '3. Cydymffurfiaeth Rannol',
 'pc': {'1.3.4': 'Dim ond ar gyfer atgyweiriadau a gosod tai y gosodir targedau bodlonrwydd, a gostyngodd bodlonrwydd cyffredinol o 84% i 81% yn 2018. Bwriedir gosod targedau i\'r gwasanaethau eraill yn 2019/20.',
        '5.3.2': 'Adroddir ar berfformiad yn erbyn y safonau amseroldeb i\'r Bwrdd ond nid yw\'n cael ei gyhoeddi i denantiaid eto; bydd cylchlythyr newydd y tenantiaid yn ei gynnwys o haf 2019 ymlaen.'},
 'h_crit': '4. Canlyniadau fesul maen prawf',
 'crit_head': ['Maen prawf', 'Cydymffurfiaeth a Mwy', 'Cydymffurfiaeth', 'Cydymffurfiaeth Rannol', 'Diffyg Cydymffurfiaeth'],
 'crit_total': 'Cyfanswm',
 'h_el': '5. Sgôr pob elfen',
 'el_head': ['Elfen', 'Is-faen prawf', 'Sgôr'],
 'h_conc': '6. Casgliad',
 'conc': 'Mae Cartrefi Cwm Arian yn parhau i fodloni safon Rhagoriaeth mewn Gwasanaeth Cwsmeriaid ac mae\'r ardystiad yn parhau. Dylid anfon cynllun gweithredu ar gyfer 1.3.4 a 5.3.2 at '
         'Centre for Assessment o fewn 28 diwrnod. Mae\'r ail adolygiad blynyddol i fod i gael ei gynnal ym mis Mawrth 2020.',
 'sign': 'Eleri Prydderch, Aseswr, Centre for Assessment – 5 Ebrill 2019',
}

def half(L, welsh):
    word = CY_WORD if welsh else EN_WORD
    crit = CY_CRIT if welsh else CRIT
    sub = CY_SUB if welsh else SUBS
    o = [f'<div class="part pb"><p class="band">{L["part"]}</p>', f'<h1>{L["title"]}</h1>',
         f'<h2>{L["details"]}</h2><table class="k">']
    o += [f'<tr><td style="width:32%"><b>{a}</b></td><td>{b}</td></tr>' for a, b in L['rows']]
    o.append('</table>')
    o.append(f'<h2>{L["h_sum"]}</h2>' + ''.join(f'<p>{p}</p>' for p in L['sum']))
    o.append(f'<h2>{L["h_cp"]}</h2>')
    for c, t in L['cp'].items():
        o.append(f'<h3>{c} &ndash; {sub[c[:3]]}</h3><p>{t}</p>')
    o.append(f'<h2>{L["h_pc"]}</h2>')
    for c, t in L['pc'].items():
        o.append(f'<h3>{c} &ndash; {sub[c[:3]]}</h3><p>{t}</p>')
    o.append(f'<h2>{L["h_crit"]}</h2><table class="s"><tr>' + ''.join(f'<th>{h}</th>' for h in L['crit_head']) + '</tr>')
    for k in '12345':
        cp, c, pc, nc = BY[k]
        o.append(f'<tr><td class="l">{k}. {crit[k]}</td><td>{cp}</td><td>{c}</td><td>{pc}</td><td>{nc}</td></tr>')
    o.append(f'<tr><td class="l"><b>{L["crit_total"]}</b></td><td><b>3</b></td><td><b>52</b></td><td><b>2</b></td><td><b>0</b></td></tr></table>')
    o.append(f'<h2>{L["h_el"]}</h2><table class="e"><thead><tr>' + ''.join(f'<th>{h}</th>' for h in L['el_head']) + '</tr></thead><tbody>')
    for c in CODES:
        cls = ' class="hi"' if R[c] != 'C' else ''
        o.append(f'<tr><td>{c}</td><td>{c[:3]} {sub[c[:3]]}</td><td{cls}>{word[R[c]]}</td></tr>')
    o.append('</tbody></table>')
    o.append(f'<h2>{L["h_conc"]}</h2><p>{L["conc"]}</p><p>{L["sign"]}</p></div>')
    return '\n'.join(o)

html = f'''<!DOCTYPE html>
<html lang="cy"><head><meta charset="utf-8"><title>Cartrefi Cwm Arian / Cwm Arian Homes – Rhagoriaeth mewn Gwasanaeth Cwsmeriaid / Customer Service Excellence – 2019</title>
<style>
@page {{ size: A4; margin: 18mm; }}
body {{ font-family: "Liberation Sans", Arial, sans-serif; font-size: 10pt; }}
h1 {{ font-size: 17pt; color: #1d5e3a; }}
h2 {{ font-size: 12pt; color: #1d5e3a; margin-top: 14px; }}
h3 {{ font-size: 10pt; margin: 8px 0 2px 0; }}
table {{ border-collapse: collapse; }}
table.k {{ width: 92%; }}
table.k td, table.s td, table.s th, table.e td, table.e th {{ border: 1px solid #999; padding: 2px 6px; font-size: 9pt; }}
table.s th, table.e th {{ background: #e4efe8; }}
table.s td {{ text-align: center; }}
table.e {{ width: 85%; }}
table.e thead {{ display: table-header-group; }}
td.l {{ text-align: left !important; }}
td.hi {{ font-weight: bold; }}
p.band {{ background: #1d5e3a; color: #fff; padding: 4px 8px; font-weight: bold; }}
.pb {{ page-break-after: always; }}
.cover h1 {{ font-size: 22pt; margin-top: 30mm; }}
.cover p {{ font-size: 11.5pt; }}
p.en {{ color: #444; }}
</style></head>
<body>
<div class="cover pb">
<p>Rhagoriaeth mewn Gwasanaeth Cwsmeriaid<br><span style="color:#444">Customer Service Excellence</span></p>
<h1>Adroddiad Adolygiad Blynyddol<br><span style="color:#444;font-size:18pt">Annual Review Report</span></h1>
<p style="font-size:15pt"><b>Cartrefi Cwm Arian</b><br><span style="color:#444">Cwm Arian Homes</span></p>
<p>Mawrth 2019 / March 2019</p>
<p>Centre for Assessment</p>
<p style="margin-top:40mm;font-size:9pt">Mae\'r adroddiad hwn ar gael yn Gymraeg ac yn Saesneg. Os bydd unrhyw anghysondeb rhwng y ddwy fersiwn, y fersiwn Saesneg sy\'n drech.<br>
<span style="color:#444">This report is available in Welsh and in English. If there is any inconsistency between the two versions, the English version prevails.</span></p>
</div>
<div class="pb">
<h2>Cynnwys / Contents</h2>
<p>Rhan A &ndash; Fersiwn Gymraeg: 1. Crynodeb &middot; 2. Cydymffurfiaeth a Mwy &middot; 3. Cydymffurfiaeth Rannol &middot; 4. Canlyniadau fesul maen prawf &middot; 5. Sgôr pob elfen &middot; 6. Casgliad</p>
<p class="en">Part B &ndash; English version: 1. Summary &middot; 2. Compliance Plus &middot; 3. Partial Compliance &middot; 4. Results by criterion &middot; 5. Rating of each element &middot; 6. Conclusion</p>
</div>
{half(CY, True)}
{half(EN, False)}
</body></html>
'''
write('cwm-arian-homes-2019-review.html', html)
