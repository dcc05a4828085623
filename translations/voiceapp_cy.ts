<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en_GB">
<context>
    <name>AboutMePage</name>
    <message>
        <location filename="../voiceapp/ui/space/own_home.py" line="+112"/>
        <source>Please type a name first.</source>
        <translation>Teipia enw yn gyntaf, os gweli di&apos;n dda.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Please choose how old you are.</source>
        <translation>Dewisa faint yw dy oed, os gweli di&apos;n dda.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Before you start</source>
        <translation>Cyn i ti ddechrau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Three quick questions, so that your space fits you.</source>
        <translation>Tri chwestiwn cyflym, er mwyn i dy ofod dy siwtio di.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>What would you like to be called?</source>
        <translation>Beth hoffet ti i ni dy alw di?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How old are you?</source>
        <translation>Faint yw dy oed di?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>4 to 7</source>
        <translation>4 i 7</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>8 to 12</source>
        <translation>8 i 12</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>13 to 17</source>
        <translation>13 i 17</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose this if it is your age.</source>
        <translation>Dewisa hwn os mai dyma dy oed di.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>When is your meeting?</source>
        <translation>Pryd mae dy gyfarfod di?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I don&apos;t know yet</source>
        <translation>Dw i ddim yn gwybod eto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I don&apos;t know the date of my meeting yet</source>
        <translation>Dw i ddim yn gwybod dyddiad fy nghyfarfod eto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start</source>
        <translation>Dechrau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open my space.</source>
        <translation>Agor fy ngofod.</translation>
    </message>
</context>
<context>
    <name>BreakPage</name>
    <message>
        <location filename="../voiceapp/ui/space/rest.py" line="+75"/>
        <source>Time for a break</source>
        <translation>Amser am seibiant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A picture of a warm drink</source>
        <translation>Llun o ddiod gynnes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take as long as you need. Have a drink, stretch, or talk to someone you trust.</source>
        <translation>Cymera faint bynnag o amser sydd ei angen arnat ti. Cael diod, ymestyn, neu siarad â rhywun rwyt ti&apos;n ymddiried ynddo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>I&apos;m ready to carry on</source>
        <translation>Dw i&apos;n barod i fwrw ymlaen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to where you were.</source>
        <translation>Mynd yn ôl i ble roeddet ti.</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <location filename="../voiceapp/ui/helper/case_form.py" line="+193"/>
        <source>Please write the name they would like to be called, and choose a delete-after day after today.</source>
        <translation>Ysgrifennwch yr enw yr hoffen nhw gael eu galw, a dewiswch ddiwrnod dileu sydd ar ôl heddiw.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Add a young person</source>
        <translation>Ychwanegu person ifanc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change {name}&apos;s details</source>
        <translation>Newid manylion {name}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The name they would like to be called</source>
        <translation>Yr enw yr hoffen nhw gael eu galw</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Their age</source>
        <translation>Eu hoed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date of the conference</source>
        <translation>Dyddiad y gynhadledd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Conference reference (if there is one)</source>
        <translation>Cyfeirnod y gynhadledd (os oes un)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Their language</source>
        <translation>Eu hiaith</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You are their</source>
        <translation>Eich rôl</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete everything from this laptop on</source>
        <translation>Dileu popeth o&apos;r gliniadur hwn ar</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>A first name or a nickname is enough. It goes to the chair.</source>
        <translation>Mae enw cyntaf neu lysenw yn ddigon. Mae&apos;n mynd at y cadeirydd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Social worker</source>
        <translation>Gweithiwr cymdeithasol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advocate</source>
        <translation>Eiriolwr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family member</source>
        <translation>Aelod o&apos;r teulu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone else who helps them</source>
        <translation>Rhywun arall sy&apos;n eu helpu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything about this young person is deleted from this laptop on this day, whether it was sent or not. You will be reminded a few days before.</source>
        <translation>Mae popeth am y person ifanc hwn yn cael ei ddileu o&apos;r gliniadur hwn ar y diwrnod hwn, p&apos;un a gafodd ei anfon neu beidio. Cewch eich atgoffa ychydig ddyddiau cyn hynny.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back without saving.</source>
        <translation>Mynd yn ôl heb gadw.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep these details.</source>
        <translation>Cadw&apos;r manylion hyn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Type the date, or open the calendar.</source>
        <translation>Teipiwch y dyddiad, neu agorwch y calendr.</translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <location filename="../voiceapp/ui/helper/case_list.py" line="+40"/>
        <source>{conference}  ·  {status}  ·  {deletion}</source>
        <translation>{conference}  ·  {status}  ·  {deletion}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open {name}&apos;s page</source>
        <translation>Agor tudalen {name}</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Some young people&apos;s things reached their delete-after date and have been deleted: {count}.</source>
        <translation>Roedd pethau rhai pobl ifanc wedi cyrraedd eu dyddiad dileu ac maen nhw wedi&apos;u dileu: {count}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name}&apos;s things will be deleted soon: {when}. Send anything still to send before then.</source>
        <translation>Bydd pethau {name} yn cael eu dileu cyn bo hir: {when}. Anfonwch unrhyw beth sydd dal i&apos;w anfon cyn hynny.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+41"/>
        <source>Young people</source>
        <translation>Pobl ifanc</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Text and colours</source>
        <translation>Testun a lliwiau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bigger words, high contrast, and sounds or movement off.</source>
        <translation>Geiriau mwy, cyferbyniad uchel, a diffodd synau neu symud.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nobody here yet. Add a young person to begin.</source>
        <translation>Does neb yma eto. Ychwanegwch berson ifanc i ddechrau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Add a young person</source>
        <translation>Ychwanegu person ifanc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a private space for one more young person.</source>
        <translation>Creu gofod preifat i un person ifanc arall.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Lock My Voice</source>
        <translation>Cloi My Voice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock now. Your passphrase is needed to open it again.</source>
        <translation>Cloi nawr. Bydd angen eich cyfrinymadrodd i&apos;w agor eto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lock by itself when nobody uses it for</source>
        <translation>Cloi ar ei ben ei hun pan nad oes neb yn ei ddefnyddio am</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{minutes} minutes</source>
        <translation>{minutes} munud</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock by itself after</source>
        <translation>Cloi ar ei ben ei hun ar ôl</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How long My Voice waits with nobody using it before it locks.</source>
        <translation>Pa mor hir mae My Voice yn aros heb i neb ei ddefnyddio cyn iddo gloi.</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <location filename="../voiceapp/ui/helper/case_page.py" line="+176"/>
        <source>Remove “{title}”?</source>
        <translation>Tynnu “{title}”?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It will be deleted from this laptop and cannot be brought back. Only do this if {name} agrees.</source>
        <translation>Bydd yn cael ei ddileu o&apos;r gliniadur hwn ac ni ellir ei gael yn ôl. Gwnewch hyn dim ond os yw {name} yn cytuno.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yes, remove it</source>
        <translation>Ie, ei dynnu</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Everything {name} made and everything about them will be deleted from this laptop, for good. Nobody can bring it back. Anything already sent to the chair stays with the chair.</source>
        <translation>Bydd popeth a wnaeth {name} a phopeth amdanyn nhw yn cael ei ddileu o&apos;r gliniadur hwn, am byth. All neb ei gael yn ôl. Mae unrhyw beth a anfonwyd at y cadeirydd eisoes yn aros gyda&apos;r cadeirydd.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Their things have not been sent yet.</source>
        <translation>Dydy eu pethau ddim wedi cael eu hanfon eto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete {name} and all their things?</source>
        <translation>Dileu {name} a&apos;u holl bethau?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yes, delete everything</source>
        <translation>Ie, dileu popeth</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Reference {reference}</source>
        <translation>Cyfeirnod {reference}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sent to the chair on {when}. When the chair has it, you can delete {name}&apos;s things now.</source>
        <translation>Anfonwyd at y cadeirydd ar {when}. Pan fydd gan y cadeirydd y ffeil, gallwch ddileu pethau {name} nawr.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>Show the receipt</source>
        <translation>Dangos y dderbynneb</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was sent, when, and to whom. You can print it or save it.</source>
        <translation>Beth a anfonwyd, pryd, ac at bwy. Gallwch ei hargraffu neu ei chadw.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete {name}&apos;s things now</source>
        <translation>Dileu pethau {name} nawr</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+89"/>
        <source>Deletes everything about them from this laptop, after asking you.</source>
        <translation>Yn dileu popeth amdanyn nhw o&apos;r gliniadur hwn, ar ôl gofyn i chi.</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>The chair&apos;s key card</source>
        <translation>Cerdyn allwedd y cadeirydd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No key card yet. Ask the conference chair for their My Voice key card: it lets you send {name}&apos;s things so that only the chair can open them.</source>
        <translation>Dim cerdyn allwedd eto. Gofynnwch i gadeirydd y gynhadledd am eu cerdyn allwedd My Voice: mae&apos;n gadael i chi anfon pethau {name} fel mai dim ond y cadeirydd all eu hagor.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add the chair&apos;s key card</source>
        <translation>Ychwanegu cerdyn allwedd y cadeirydd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{chair}, {organisation}. Fingerprint: {fingerprint}</source>
        <translation>{chair}, {organisation}. Ôl bys: {fingerprint}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use a different key card</source>
        <translation>Defnyddio cerdyn allwedd gwahanol</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a key card file, or paste the key card text.</source>
        <translation>Agorwch ffeil cerdyn allwedd, neu gludwch destun y cerdyn allwedd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}&apos;s things</source>
        <translation>Pethau {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Getting {name}&apos;s things...</source>
        <translation>Yn nôl pethau {name}...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing here yet. Start {name}&apos;s space, or add something they made elsewhere.</source>
        <translation>Does dim byd yma eto. Dechreuwch ofod {name}, neu ychwanegwch rywbeth a wnaethon nhw yn rhywle arall.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All young people</source>
        <translation>Pob person ifanc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to the list of young people.</source>
        <translation>Mynd yn ôl i&apos;r rhestr o bobl ifanc.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add something made elsewhere</source>
        <translation>Ychwanegu rhywbeth a wnaed yn rhywle arall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A photo of a drawing on paper, a letter, a recording or a video from a file.</source>
        <translation>Llun o ddarlun ar bapur, llythyr, recordiad neu fideo o ffeil.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start {name}&apos;s space</source>
        <translation>Dechrau gofod {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fills the screen with {name}&apos;s own space. Leaving it needs you.</source>
        <translation>Yn llenwi&apos;r sgrin â gofod {name} ei hun. Dim ond chi all ei adael.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send to the chair</source>
        <translation>Anfon at y cadeirydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look at everything once more and save it for the chair.</source>
        <translation>Edrych ar bopeth unwaith eto a&apos;i gadw i&apos;r cadeirydd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change details</source>
        <translation>Newid manylion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the name, conference date or delete-after day.</source>
        <translation>Newid yr enw, dyddiad y gynhadledd neu&apos;r diwrnod dileu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete {name}</source>
        <translation>Dileu {name}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name}&apos;s page</source>
        <translation>Tudalen {name}</translation>
    </message>
</context>
<context>
    <name>ChairCommon</name>
    <message>
        <location filename="../voiceapp/ui/chair/common.py" line="+120"/>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation>Dydy&apos;r ddau gyfrinymadrodd ddim yr un fath. Teipiwch nhw eto, os gwelwch yn dda.</translation>
    </message>
</context>
<context>
    <name>ChairHome</name>
    <message>
        <location filename="../voiceapp/ui/chair/home.py" line="+49"/>
        <source>Conference chair</source>
        <translation>Cadeirydd y gynhadledd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>My Voice for conference chairs</source>
        <translation>My Voice ar gyfer cadeiryddion cynadleddau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inbox</source>
        <translation>Mewnflwch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The files young people sent you.</source>
        <translation>Y ffeiliau a anfonodd pobl ifanc atoch chi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My key</source>
        <translation>Fy allwedd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your key card, and backups.</source>
        <translation>Eich cerdyn allwedd, a chopïau wrth gefn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock</source>
        <translation>Cloi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close what is open and lock My Voice.</source>
        <translation>Cau&apos;r hyn sydd ar agor a chloi My Voice.</translation>
    </message>
</context>
<context>
    <name>ChairKey</name>
    <message>
        <location filename="../voiceapp/ui/chair/pdf.py" line="+232"/>
        <source>Standard key (post-quantum)</source>
        <translation>Allwedd safonol (ôl-cwantwm)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compatibility key (X25519)</source>
        <translation>Allwedd gydnaws (X25519)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made on</source>
        <translation>Crëwyd ar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of key</source>
        <translation>Math o allwedd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My Voice key card</source>
        <translation>Cerdyn allwedd My Voice</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Helpers use this card to lock young people&apos;s views so that only this chair can open them. Before using it, read the fingerprint below to each other over the phone: if the letters match, the card is real.</source>
        <translation>Mae helpwyr yn defnyddio&apos;r cerdyn hwn i gloi barn pobl ifanc fel mai dim ond y cadeirydd hwn all ei hagor. Cyn ei ddefnyddio, darllenwch yr ôl bys isod i&apos;ch gilydd dros y ffôn: os yw&apos;r llythrennau&apos;n cyfateb, mae&apos;r cerdyn yn un go iawn.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fingerprint</source>
        <translation>Ôl bys</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Key</source>
        <translation>Allwedd</translation>
    </message>
</context>
<context>
    <name>ChairSetup</name>
    <message>
        <location filename="../voiceapp/ui/chair/setup.py" line="+60"/>
        <source>Set up the chair&apos;s key</source>
        <translation>Gosod allwedd y cadeirydd</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Working</source>
        <translation>Wrthi&apos;n gweithio</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Set up your chair&apos;s key</source>
        <translation>Gosod eich allwedd cadeirydd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Young people&apos;s views are locked so that only your key can open them. Your key stays on this computer, protected by a passphrase you choose.</source>
        <translation>Mae barn pobl ifanc wedi&apos;i chloi fel mai dim ond eich allwedd chi all ei hagor. Mae eich allwedd yn aros ar y cyfrifiadur hwn, wedi&apos;i diogelu gan gyfrinymadrodd rydych chi&apos;n ei ddewis.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+58"/>
        <source>Make a new key</source>
        <translation>Creu allwedd newydd</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Make a new key for opening what young people send you.</source>
        <translation>Creu allwedd newydd i agor yr hyn mae pobl ifanc yn ei anfon atoch.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use a key I already have…</source>
        <translation>Defnyddio allwedd sydd gen i&apos;n barod…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring in an age identity file you already use.</source>
        <translation>Dod â ffeil hunaniaeth age rydych chi&apos;n ei defnyddio&apos;n barod i mewn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore my key from a backup…</source>
        <translation>Adfer fy allwedd o gopi wrth gefn…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring back your key from a backup file made by My Voice.</source>
        <translation>Cael eich allwedd yn ôl o ffeil wrth gefn a wnaed gan My Voice.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most chairs start here.</source>
        <translation>Mae&apos;r rhan fwyaf o gadeiryddion yn dechrau yma.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For example a key your IT team made with the age tool.</source>
        <translation>Er enghraifft, allwedd a wnaeth eich tîm TG gyda&apos;r offeryn age.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After a new computer, or a lost passphrase.</source>
        <translation>Ar ôl cyfrifiadur newydd, neu gyfrinymadrodd coll.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose your everyday passphrase</source>
        <translation>Dewiswch eich cyfrinymadrodd bob dydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the same passphrase again</source>
        <translation>Teipiwch yr un cyfrinymadrodd eto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You type this each time you open My Voice. At least 10 characters: a few words you will remember, like &apos;purple kettle seven&apos;.</source>
        <translation>Rydych chi&apos;n teipio hwn bob tro rydych chi&apos;n agor My Voice. O leiaf 10 nod: ychydig eiriau y byddwch chi&apos;n eu cofio, fel &apos;tegell porffor saith&apos;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go back to the three choices.</source>
        <translation>Mynd yn ôl i&apos;r tri dewis.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Standard key (recommended): safe even against future quantum computers</source>
        <translation>Allwedd safonol (argymhellir): yn ddiogel hyd yn oed rhag cyfrifiaduron cwantwm y dyfodol</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compatibility key: also opens with older age tools (X25519)</source>
        <translation>Allwedd gydnaws: yn agor gydag offer age hŷn hefyd (X25519)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use this unless the chair&apos;s office needs the age tool. Arrow keys choose.</source>
        <translation>Defnyddiwch hwn oni bai bod swyddfa&apos;r cadeirydd angen yr offeryn age. Mae&apos;r bysellau saeth yn dewis.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only if your office must open files with an older age tool.</source>
        <translation>Dim ond os oes rhaid i&apos;ch swyddfa agor ffeiliau gydag offeryn age hŷn.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>These records must stay private for the young person&apos;s whole life, so the standard key is protected against computers that may exist in future. Choose the compatibility key only if your IT team also opens these files with an older age tool that does not know post-quantum keys.</source>
        <translation>Rhaid i&apos;r cofnodion hyn aros yn breifat drwy gydol bywyd y person ifanc, felly mae&apos;r allwedd safonol wedi&apos;i diogelu rhag cyfrifiaduron a allai fodoli yn y dyfodol. Dewiswch yr allwedd gydnaws dim ond os yw eich tîm TG hefyd yn agor y ffeiliau hyn gydag offeryn age hŷn nad yw&apos;n adnabod allweddi ôl-cwantwm.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Make my key</source>
        <translation>Creu fy allwedd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make the key now.</source>
        <translation>Creu&apos;r allwedd nawr.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Use a key you already have</source>
        <translation>Defnyddio allwedd sydd gennych chi&apos;n barod</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose an age identity file (made by age-keygen, or by My Voice). If it is protected by a passphrase, type that passphrase too.</source>
        <translation>Dewiswch ffeil hunaniaeth age (wedi&apos;i gwneud gan age-keygen, neu gan My Voice). Os yw wedi&apos;i diogelu gan gyfrinymadrodd, teipiwch y cyfrinymadrodd hwnnw hefyd.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose key file…</source>
        <translation>Dewis ffeil allwedd…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose the age identity file to bring in.</source>
        <translation>Dewis y ffeil hunaniaeth age i ddod â hi i mewn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>The key file&apos;s own passphrase</source>
        <translation>Cyfrinymadrodd y ffeil allwedd ei hun</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use this key</source>
        <translation>Defnyddio&apos;r allwedd hon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bring in this key now.</source>
        <translation>Dod â&apos;r allwedd hon i mewn nawr.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Restore your key from a backup</source>
        <translation>Adfer eich allwedd o gopi wrth gefn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose backup file…</source>
        <translation>Dewis ffeil wrth gefn…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose the backup of your key.</source>
        <translation>Dewis copi wrth gefn eich allwedd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>The backup&apos;s recovery passphrase</source>
        <translation>Cyfrinymadrodd adfer y copi wrth gefn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore my key</source>
        <translation>Adfer fy allwedd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore the key now.</source>
        <translation>Adfer yr allwedd nawr.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Back up your key</source>
        <translation>Gwneud copi wrth gefn o&apos;ch allwedd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If this key is lost (a broken or replaced computer, a forgotten passphrase), the young people&apos;s views sent to it can never be opened, by anyone. Not even My Voice can get them back.</source>
        <translation>Os collir yr allwedd hon (cyfrifiadur wedi torri neu wedi&apos;i newid, cyfrinymadrodd wedi&apos;i anghofio), ni all neb byth agor barn y bobl ifanc a anfonwyd ati. All hyd yn oed My Voice ddim ei chael yn ôl.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save a backup somewhere safe away from this computer, for example your organisation&apos;s secure drive. It is locked with a recovery passphrase: choose one different from your everyday passphrase, and keep it apart from the backup.</source>
        <translation>Cadwch gopi wrth gefn rywle diogel i ffwrdd o&apos;r cyfrifiadur hwn, er enghraifft gyriant diogel eich sefydliad. Mae wedi&apos;i gloi â chyfrinymadrodd adfer: dewiswch un sy&apos;n wahanol i&apos;ch cyfrinymadrodd bob dydd, a&apos;i gadw ar wahân i&apos;r copi wrth gefn.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a recovery passphrase</source>
        <translation>Dewiswch gyfrinymadrodd adfer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the recovery passphrase again</source>
        <translation>Teipiwch y cyfrinymadrodd adfer eto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least 10 characters, and not the same as your everyday passphrase.</source>
        <translation>O leiaf 10 nod, a ddim yr un fath â&apos;ch cyfrinymadrodd bob dydd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a backup…</source>
        <translation>Cadw copi wrth gefn…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose where to save the backup of your key.</source>
        <translation>Dewis ble i gadw copi wrth gefn eich allwedd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not now</source>
        <translation>Nid nawr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go on without a backup. You can make one later from My key.</source>
        <translation>Mynd ymlaen heb gopi wrth gefn. Gallwch wneud un yn nes ymlaen o Fy allwedd.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose your age identity file</source>
        <translation>Dewiswch eich ffeil hunaniaeth age</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Pob ffeil (*)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose the backup of your key</source>
        <translation>Dewiswch gopi wrth gefn eich allwedd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key backups (*.age);;All files (*)</source>
        <translation>Copïau wrth gefn allweddi (*.age);;Pob ffeil (*)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Making your key. This takes a few seconds…</source>
        <translation>Wrthi&apos;n creu eich allwedd. Mae hyn yn cymryd ychydig eiliadau…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose your key file first.</source>
        <translation>Dewiswch eich ffeil allwedd yn gyntaf.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Bringing in your key…</source>
        <translation>Wrthi&apos;n dod â&apos;ch allwedd i mewn…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose your backup file first.</source>
        <translation>Dewiswch eich ffeil wrth gefn yn gyntaf.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restoring your key…</source>
        <translation>Wrthi&apos;n adfer eich allwedd…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Please choose a recovery passphrase different from your everyday one.</source>
        <translation>Dewiswch gyfrinymadrodd adfer sy&apos;n wahanol i&apos;ch un bob dydd, os gwelwch yn dda.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the backup of your key</source>
        <translation>Cadw copi wrth gefn eich allwedd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key backups (*.age)</source>
        <translation>Copïau wrth gefn allweddi (*.age)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saving the backup…</source>
        <translation>Wrthi&apos;n cadw&apos;r copi wrth gefn…</translation>
    </message>
</context>
<context>
    <name>ChairWords</name>
    <message>
        <location filename="../voiceapp/ui/chair/words.py" line="+17"/>
        <source>Drawing</source>
        <translation>Llun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>Llythyr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voice recording</source>
        <translation>Recordiad llais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video</source>
        <translation>Fideo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picture</source>
        <translation>Delwedd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How I feel</source>
        <translation>Sut dw i&apos;n teimlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three houses</source>
        <translation>Tri thŷ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only for the chair — do not show or read out</source>
        <translation>I&apos;r cadeirydd yn unig — peidiwch â&apos;i ddangos na&apos;i ddarllen yn uchel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everyone at the meeting may see this</source>
        <translation>Gall pawb yn y cyfarfod weld hwn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only for the chair</source>
        <translation>I&apos;r cadeirydd yn unig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone may see</source>
        <translation>Gall pawb weld</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Written down by a helper</source>
        <translation>Wedi&apos;i ysgrifennu gan helpwr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The young person&apos;s own words</source>
        <translation>Geiriau&apos;r person ifanc ei hun</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>written by helper</source>
        <translation>ysgrifennwyd gan helpwr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>own words</source>
        <translation>eu geiriau eu hunain</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Made alone</source>
        <translation>Wedi&apos;i wneud heb help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made with a social worker</source>
        <translation>Wedi&apos;i wneud gyda gweithiwr cymdeithasol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made with an advocate</source>
        <translation>Wedi&apos;i wneud gydag eiriolwr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made with a family member</source>
        <translation>Wedi&apos;i wneud gydag aelod o&apos;r teulu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made with someone else</source>
        <translation>Wedi&apos;i wneud gyda rhywun arall</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a little</source>
        <translation>ychydig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quite a lot</source>
        <translation>eithaf tipyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>very</source>
        <translation>yn fawr iawn</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Age %1</source>
        <translation>Oed %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>1 thing</source>
        <translation>1 peth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 things</source>
        <translation>%1 o bethau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1&apos;s views</source>
        <translation>Barn %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A young person&apos;s views</source>
        <translation>Barn person ifanc</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no name given)</source>
        <translation>(dim enw wedi&apos;i roi)</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../voiceapp/ui/helper/confirm.py" line="+30"/>
        <location line="+1"/>
        <source>No, keep them</source>
        <translation>Na, eu cadw</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back without changing anything.</source>
        <translation>Mynd yn ôl heb newid dim.</translation>
    </message>
</context>
<context>
    <name>CopiesPanel</name>
    <message>
        <location filename="../voiceapp/ui/chair/copies.py" line="+77"/>
        <source>Save a copy of chosen things</source>
        <translation>Cadw copi o bethau dewisol</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copies are not encrypted. Anyone who can open the folder you choose can see them. Save them only where your case records are kept safe, and delete them when they are no longer needed.</source>
        <translation>Dydy copïau ddim wedi&apos;u hamgryptio. Gall unrhyw un sy&apos;n gallu agor y ffolder a ddewiswch eu gweld. Cadwch nhw dim ond lle mae cofnodion eich achosion yn cael eu cadw&apos;n ddiogel, a&apos;u dileu pan nad oes eu hangen mwyach.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Things to copy</source>
        <translation>Pethau i&apos;w copïo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Space to tick or untick a thing.</source>
        <translation>Pwyswch y Bylchwr i dicio neu ddad-dicio peth.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose folder and save…</source>
        <translation>Dewis ffolder a chadw…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a folder and save the copies.</source>
        <translation>Dewis ffolder a chadw&apos;r copïau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go back to the things.</source>
        <translation>Mynd yn ôl i&apos;r pethau.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Tick at least one thing to copy.</source>
        <translation>Ticiwch o leiaf un peth i&apos;w gopïo.</translation>
    </message>
</context>
<context>
    <name>CreateProfilePage</name>
    <message>
        <location filename="../voiceapp/ui/profile/create_page.py" line="+107"/>
        <source>The two passphrases are not the same yet.</source>
        <translation>Dydy&apos;r ddau gyfrinymadrodd ddim yr un fath eto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A PIN is 4 to 8 numbers. Or leave it empty.</source>
        <translation>Mae PIN yn 4 i 8 rhif. Neu gadewch e&apos;n wag.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>That passphrase will do nicely.</source>
        <translation>Bydd y cyfrinymadrodd yna&apos;n gwneud y tro yn iawn.</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+68"/>
        <source>Choose a passphrase</source>
        <translation>Dewis cyfrinymadrodd</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>A passphrase is like a secret password made of a few words. It keeps your things private. Use at least 10 letters: three words you will remember, like &apos;purple kettle seven&apos;, are perfect. Nobody can find it out for you if you forget it, so keep it safe.</source>
        <translation>Mae cyfrinymadrodd fel cyfrinair cudd wedi&apos;i wneud o ychydig eiriau. Mae&apos;n cadw dy bethau&apos;n breifat. Defnyddia o leiaf 10 llythyren: mae tri gair y byddi di&apos;n eu cofio, fel &apos;tegell porffor saith&apos;, yn berffaith. All neb ei ddarganfod i ti os byddi di&apos;n ei anghofio, felly cadwa fe&apos;n ddiogel.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your passphrase locks everything My Voice keeps on this computer. Use at least 10 characters: a few words you will remember, like &apos;purple kettle seven&apos;, work well. Keep it somewhere safe. If it is lost, nobody can open what is kept here, not even us.</source>
        <translation>Mae eich cyfrinymadrodd yn cloi popeth mae My Voice yn ei gadw ar y cyfrifiadur hwn. Defnyddiwch o leiaf 10 nod: mae ychydig eiriau y byddwch chi&apos;n eu cofio, fel &apos;tegell porffor saith&apos;, yn gweithio&apos;n dda. Cadwch e rywle diogel. Os caiff ei golli, all neb agor yr hyn sy&apos;n cael ei gadw yma, dim hyd yn oed ni.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least 10 characters. A few words work well.</source>
        <translation>O leiaf 10 nod. Mae ychydig eiriau&apos;n gweithio&apos;n dda.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>The same passphrase again</source>
        <translation>Yr un cyfrinymadrodd eto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type it once more, to be sure it is right.</source>
        <translation>Teipiwch e unwaith eto, i wneud yn siŵr ei fod yn gywir.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A short PIN (you can leave this empty)</source>
        <translation>PIN byr (gallwch adael hwn yn wag)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A short PIN</source>
        <translation>PIN byr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 to 8 numbers, to leave a young person&apos;s space quickly.</source>
        <translation>4 i 8 rhif, i adael gofod person ifanc yn gyflym.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With a PIN you can leave a young person&apos;s space quickly. It is forgotten whenever My Voice locks; without one, your passphrase is needed.</source>
        <translation>Gyda PIN gallwch adael gofod person ifanc yn gyflym. Mae&apos;n cael ei anghofio bob tro mae My Voice yn cloi; hebddo, mae angen eich cyfrinymadrodd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Setting up your private space. This takes a moment...</source>
        <translation>Wrthi&apos;n gosod eich gofod preifat. Mae hyn yn cymryd eiliad...</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back to the start screen.</source>
        <translation>Mynd yn ôl i&apos;r sgrin gychwyn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Make my profile</source>
        <translation>Creu fy mhroffil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keeps your passphrase and opens My Voice.</source>
        <translation>Yn cadw eich cyfrinymadrodd ac yn agor My Voice.</translation>
    </message>
</context>
<context>
    <name>DisplayPage</name>
    <message>
        <location filename="../voiceapp/ui/display_page.py" line="+74"/>
        <location line="+1"/>
        <source>Text and colours</source>
        <translation>Testun a lliwiau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text size</source>
        <translation>Maint y testun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Text size {percent}</source>
        <translation>Maint y testun {percent}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Makes all the words this big.</source>
        <translation>Yn gwneud yr holl eiriau mor fawr â hyn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>High contrast: on</source>
        <translation>Cyferbyniad uchel: ymlaen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High contrast: off</source>
        <translation>Cyferbyniad uchel: i ffwrdd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Black words on white, strong edges.</source>
        <translation>Geiriau du ar wyn, ymylon cryf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sounds: on</source>
        <translation>Synau: ymlaen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sounds: off</source>
        <translation>Synau: i ffwrdd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The little sounds when you draw.</source>
        <translation>Y synau bach pan fyddi di&apos;n tynnu llun.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Movement: on</source>
        <translation>Symud: ymlaen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Movement: off</source>
        <translation>Symud: i ffwrdd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off: the sound level bar stays still, changing once a second.</source>
        <translation>I ffwrdd: mae&apos;r bar lefel sain yn aros yn llonydd, gan newid unwaith yr eiliad.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done</source>
        <translation>Wedi gorffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this and carry on.</source>
        <translation>Cau hwn a bwrw ymlaen.</translation>
    </message>
</context>
<context>
    <name>DrawPanel</name>
    <message>
        <location filename="../voiceapp/ui/draw/panel.py" line="+45"/>
        <source>Black</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grey</source>
        <translation>Llwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>White</source>
        <translation>Gwyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brown</source>
        <translation>Brown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red</source>
        <translation>Coch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orange</source>
        <translation>Oren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yellow</source>
        <translation>Melyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light green</source>
        <translation>Gwyrdd golau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark green</source>
        <translation>Gwyrdd tywyll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light blue</source>
        <translation>Glas golau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark blue</source>
        <translation>Glas tywyll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purple</source>
        <translation>Porffor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pink</source>
        <translation>Pinc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light skin</source>
        <translation>Croen golau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium skin</source>
        <translation>Croen canolig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark skin</source>
        <translation>Croen tywyll</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Happy face</source>
        <translation>Wyneb hapus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calm face</source>
        <translation>Wyneb tawel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sad face</source>
        <translation>Wyneb trist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worried face</source>
        <translation>Wyneb pryderus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Angry face</source>
        <translation>Wyneb blin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A grown-up</source>
        <translation>Oedolyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A child</source>
        <translation>Plentyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home</source>
        <translation>Cartref</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School</source>
        <translation>Ysgol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cat</source>
        <translation>Cath</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dog</source>
        <translation>Ci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sun</source>
        <translation>Haul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rain cloud</source>
        <translation>Cwmwl glaw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heart</source>
        <translation>Calon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Star</source>
        <translation>Seren</translation>
    </message>
    <message>
        <location line="+337"/>
        <source>Sound on</source>
        <translation>Sain ymlaen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sound off</source>
        <translation>Sain i ffwrdd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sounds play as you draw. Press to turn them off.</source>
        <translation>Mae synau&apos;n chwarae wrth i ti dynnu llun. Pwysa i&apos;w diffodd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sounds are off. Press to turn them on.</source>
        <translation>Mae&apos;r synau i ffwrdd. Pwysa i&apos;w troi ymlaen.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Drawing</source>
        <translation>Llun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A drawing for: {house}</source>
        <translation>Llun ar gyfer: {house}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Put it in the house</source>
        <translation>Ei roi yn y tŷ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go back to the houses with this drawing.</source>
        <translation>Mynd yn ôl i&apos;r tai gyda&apos;r llun hwn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Draw</source>
        <translation>Tynnu llun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw lines with the brush.</source>
        <translation>Tynnu llinellau gyda&apos;r brwsh.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rubber</source>
        <translation>Rwber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rub out what you drew.</source>
        <translation>Rhwbio allan beth wnest ti ei dynnu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fill</source>
        <translation>Llenwi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill a space with colour.</source>
        <translation>Llenwi lle â lliw.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stamps</source>
        <translation>Stampiau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put a picture on your drawing.</source>
        <translation>Rhoi llun ar dy lun di.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Small</source>
        <translation>Bach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Canolig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Big</source>
        <translation>Mawr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thin lines, small stamps.</source>
        <translation>Llinellau tenau, stampiau bach.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Middle-sized lines and stamps.</source>
        <translation>Llinellau a stampiau canolig.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thick lines, big stamps.</source>
        <translation>Llinellau trwchus, stampiau mawr.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Use this colour.</source>
        <translation>Defnyddio&apos;r lliw hwn.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stamp this picture.</source>
        <translation>Stampio&apos;r llun hwn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undo</source>
        <translation>Dadwneud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take back the last thing you did.</source>
        <translation>Mynd â&apos;r peth olaf wnest ti yn ôl.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Redo</source>
        <translation>Ailwneud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put back what you took back.</source>
        <translation>Rhoi&apos;n ôl beth wnest ti ei dynnu&apos;n ôl.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start again</source>
        <translation>Dechrau eto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the page. Undo brings your drawing back.</source>
        <translation>Clirio&apos;r dudalen. Mae Dadwneud yn dod â dy lun yn ôl.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your drawing</source>
        <translation>Dy lun di</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw with the mouse, a pen or your finger. Arrow keys move, Space draws.</source>
        <translation>Tynna lun gyda&apos;r llygoden, pen digidol neu dy fys. Mae&apos;r saethau&apos;n symud, mae&apos;r Bylchwr yn tynnu llun.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../voiceapp/ui/error_text.py" line="+20"/>
        <source>This file is cut short: part of it is missing. Ask for it to be sent again.</source>
        <translation>Mae&apos;r ffeil hon wedi&apos;i thorri&apos;n fyr: mae rhan ohoni ar goll. Gofynnwch iddi gael ei hanfon eto.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is not a My Voice file.</source>
        <translation>Nid ffeil My Voice yw hon.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This file opened, but it is not something My Voice made.</source>
        <translation>Agorodd y ffeil hon, ond nid rhywbeth a wnaeth My Voice yw hi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file was made for a different key, so it cannot be opened with this one.</source>
        <translation>Cafodd y ffeil hon ei gwneud ar gyfer allwedd wahanol, felly does dim modd ei hagor gyda&apos;r un hon.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That passphrase is not right. Check it and try again.</source>
        <translation>Dydy&apos;r cyfrinymadrodd yna ddim yn gywir. Gwiriwch e a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file is damaged or was changed after it was made, so it cannot be trusted.</source>
        <translation>Mae&apos;r ffeil hon wedi&apos;i difrodi neu wedi&apos;i newid ar ôl ei gwneud, felly does dim modd ymddiried ynddi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This file was made by a newer version. Update My Voice to open it.</source>
        <translation>Cafodd y ffeil hon ei gwneud gan fersiwn mwy newydd. Diweddarwch My Voice i&apos;w hagor.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file&apos;s passphrase protection is set too high to try on this computer.</source>
        <translation>Mae diogelwch cyfrinymadrodd y ffeil hon wedi&apos;i osod yn rhy uchel i roi cynnig arno ar y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file is too large to open here as it is. Ask for it to be sent again without ASCII armor.</source>
        <translation>Mae&apos;r ffeil hon yn rhy fawr i&apos;w hagor yma fel y mae. Gofynnwch iddi gael ei hanfon eto heb arfwisg ASCII.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This key is not valid. Check that it was copied completely.</source>
        <translation>Dydy&apos;r allwedd hon ddim yn ddilys. Gwiriwch ei bod wedi&apos;i chopïo&apos;n llawn.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is not a My Voice key card, or it was changed. Ask the chair to send it again.</source>
        <translation>Nid cerdyn allwedd My Voice yw hwn, neu mae wedi&apos;i newid. Gofynnwch i&apos;r cadeirydd ei anfon eto.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A passphrase cannot be empty.</source>
        <translation>All cyfrinymadrodd ddim bod yn wag.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please choose a longer passphrase: at least 10 characters. A few words you will remember, like &apos;purple kettle seven&apos;, work well.</source>
        <translation>Dewiswch gyfrinymadrodd hirach, os gwelwch yn dda: o leiaf 10 nod. Mae ychydig eiriau y byddwch chi&apos;n eu cofio, fel &apos;tegell porffor saith&apos;, yn gweithio&apos;n dda.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>My Voice is already open on this computer. Close the other window first.</source>
        <translation>Mae My Voice eisoes ar agor ar y cyfrifiadur hwn. Caewch y ffenestr arall yn gyntaf.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file is not a kind My Voice can include. Choose a drawing, letter, recording, video, picture or page.</source>
        <translation>Dydy&apos;r ffeil hon ddim yn fath y gall My Voice ei gynnwys. Dewiswch lun, llythyr, recordiad, fideo, delwedd neu dudalen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is too much to send in one file. Leave out a long video or recording and try again.</source>
        <translation>Mae hyn yn ormod i&apos;w anfon mewn un ffeil. Gadewch fideo neu recordiad hir allan a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The local settings file for this area could not be used. Ask whoever set up My Voice to check it against the example file.</source>
        <translation>Doedd dim modd defnyddio&apos;r ffeil gosodiadau lleol ar gyfer yr ardal hon. Gofynnwch i bwy bynnag a osododd My Voice ei gwirio yn erbyn y ffeil enghreifftiol.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One of the &apos;learn about my meeting&apos; pages could not be read. Ask whoever looks after My Voice to check the content files.</source>
        <translation>Doedd dim modd darllen un o&apos;r tudalennau &apos;dysgu am fy nghyfarfod&apos;. Gofynnwch i bwy bynnag sy&apos;n gofalu am My Voice wirio&apos;r ffeiliau cynnwys.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No microphone was found. Plug one in or switch it on, then try again.</source>
        <translation>Ni chafwyd hyd i feicroffon. Plygiwch un i mewn neu trowch e ymlaen, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The microphone could not be started. Close other programs that may be using it, check that this computer lets My Voice use it, then try again.</source>
        <translation>Doedd dim modd cychwyn y meicroffon. Caewch raglenni eraill a allai fod yn ei ddefnyddio, gwiriwch fod y cyfrifiadur hwn yn gadael i My Voice ei ddefnyddio, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No camera could be started. Check that one is plugged in and switched on, and close other programs that may be using it, then try again.</source>
        <translation>Doedd dim modd cychwyn camera. Gwiriwch fod un wedi&apos;i blygio i mewn ac ymlaen, a chaewch raglenni eraill a allai fod yn ei ddefnyddio, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stopped before it finished. Nothing was changed.</source>
        <translation>Wedi stopio cyn gorffen. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>My Voice is not allowed to use that place. Choose another folder.</source>
        <translation>Dydy My Voice ddim yn cael defnyddio&apos;r lle yna. Dewiswch ffolder arall.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That file or folder is no longer there. Is the USB stick still plugged in?</source>
        <translation>Dydy&apos;r ffeil neu&apos;r ffolder yna ddim yno bellach. Ydy&apos;r cof bach USB yn dal wedi&apos;i blygio i mewn?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file could not be read or written. Is there enough space, and is the USB stick still plugged in?</source>
        <translation>Doedd dim modd darllen nac ysgrifennu&apos;r ffeil. Oes digon o le, ac ydy&apos;r cof bach USB yn dal wedi&apos;i blygio i mewn?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Something went wrong, and nothing was changed. Please try again.</source>
        <translation>Aeth rhywbeth o&apos;i le, ac ni newidiwyd dim. Rhowch gynnig arall arni.</translation>
    </message>
</context>
<context>
    <name>FeelingsPage</name>
    <message>
        <location filename="../voiceapp/ui/feelings/feelings_page.py" line="+34"/>
        <source>Happy</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safe</source>
        <translation>Diogel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Okay</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worried</source>
        <translation>Pryderus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scared</source>
        <translation>Ofnus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sad</source>
        <translation>Trist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Angry</source>
        <translation>Blin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confused</source>
        <translation>Dryslyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hopeful</source>
        <translation>Gobeithiol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lonely</source>
        <translation>Unig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A little</source>
        <translation>Ychydig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quite a lot</source>
        <translation>Eithaf tipyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very</source>
        <translation>Yn fawr iawn</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Chosen. Press again to take it away.</source>
        <translation>Wedi&apos;i ddewis. Pwysa eto i&apos;w dynnu i ffwrdd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press if you feel like this</source>
        <translation>Pwysa os wyt ti&apos;n teimlo fel hyn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How much you feel like this</source>
        <translation>Faint rwyt ti&apos;n teimlo fel hyn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say more if you like…</source>
        <translation>Dweud mwy os hoffet ti…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More about feeling %1</source>
        <translation>Mwy am y teimlad: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You do not have to write anything here</source>
        <translation>Does dim rhaid i ti ysgrifennu dim byd yma</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Helper wrote this</source>
        <translation>Helpwr ysgrifennodd hwn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your helper wrote these words for you. Press if they are your own words.</source>
        <translation>Dy helpwr ysgrifennodd y geiriau hyn i ti. Pwysa os mai dy eiriau di ydyn nhw.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>My own words</source>
        <translation>Fy ngeiriau fy hun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press if your helper wrote these words down for you</source>
        <translation>Pwysa os ysgrifennodd dy helpwr y geiriau hyn i lawr i ti</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>How I feel</source>
        <translation>Sut dw i&apos;n teimlo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press the faces that show how you feel. Then choose how much. You can add words.</source>
        <translation>Pwysa&apos;r wynebau sy&apos;n dangos sut rwyt ti&apos;n teimlo. Yna dewisa faint. Gelli di ychwanegu geiriau.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Feelings</source>
        <translation>Teimladau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ten feelings, each with a face</source>
        <translation>Deg teimlad, pob un ag wyneb</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../voiceapp/ui/helper/file_dialogs.py" line="+29"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>FinishedPage</name>
    <message>
        <location filename="../voiceapp/ui/space/rest.py" line="+36"/>
        <source>Lock My Voice</source>
        <translation>Cloi My Voice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your passphrase is needed to open it again.</source>
        <translation>Mae angen dy gyfrinymadrodd i&apos;w agor eto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Helper: leave the space</source>
        <translation>Helpwr: gadael y gofod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For the helper. Needs their PIN or passphrase.</source>
        <translation>I&apos;r helpwr. Mae angen eu PIN neu eu cyfrinymadrodd.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Well done!</source>
        <translation>Da iawn!</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A big tick</source>
        <translation>Tic mawr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thank you for sharing your views. You can look at your things again, or send them to the chair of your meeting when you are ready.</source>
        <translation>Diolch am rannu dy farn. Gelli di edrych ar dy bethau eto, neu eu hanfon at gadeirydd dy gyfarfod pan fyddi di&apos;n barod.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Look at my things</source>
        <translation>Edrych ar fy mhethau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See everything you made and who may see it.</source>
        <translation>Gweld popeth wnest ti a phwy gaiff ei weld.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send to the chair</source>
        <translation>Anfon at y cadeirydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look at your things once more and send them to the chair.</source>
        <translation>Edrych ar dy bethau unwaith eto a&apos;u hanfon at y cadeirydd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Go back to my space</source>
        <translation>Mynd yn ôl i fy ngofod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carry on making things.</source>
        <translation>Dal ati i wneud pethau.</translation>
    </message>
</context>
<context>
    <name>FirstRunFrame</name>
    <message>
        <location filename="../voiceapp/ui/first_run_frame.py" line="+36"/>
        <location line="+1"/>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back to the start screen.</source>
        <translation>Mynd yn ôl i&apos;r sgrin gychwyn.</translation>
    </message>
</context>
<context>
    <name>HelperHome</name>
    <message>
        <location filename="../voiceapp/ui/helper/home.py" line="+234"/>
        <source>Everything about {name} has been deleted from this laptop.</source>
        <translation>Mae popeth am {name} wedi&apos;i ddileu o&apos;r gliniadur hwn.</translation>
    </message>
</context>
<context>
    <name>HideCover</name>
    <message>
        <location filename="../voiceapp/ui/space/cover.py" line="+70"/>
        <source>Carry on</source>
        <translation>Bwrw ymlaen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to where you were.</source>
        <translation>Mynd yn ôl i ble roeddet ti.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A picture of hills</source>
        <translation>Llun o fryniau</translation>
    </message>
</context>
<context>
    <name>Homes</name>
    <message>
        <location filename="../voiceapp/ui/homes.py" line="+47"/>
        <location line="+1"/>
        <source>Lock My Voice</source>
        <translation>Cloi My Voice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock now. Your passphrase is needed to open it again.</source>
        <translation>Cloi nawr. Bydd angen eich cyfrinymadrodd i&apos;w agor eto.</translation>
    </message>
</context>
<context>
    <name>HousesPage</name>
    <message>
        <location filename="../voiceapp/ui/feelings/houses_page.py" line="+56"/>
        <source>House of good things</source>
        <translation>Tŷ pethau da</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>House of worries</source>
        <translation>Tŷ pryderon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>House of hopes and dreams</source>
        <translation>Tŷ gobeithion a breuddwydion</translation>
    </message>
    <message>
        <location line="+158"/>
        <location line="+1"/>
        <source>A drawing</source>
        <translation>Llun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written by my helper</source>
        <translation>Wedi&apos;i ysgrifennu gan fy helpwr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take away</source>
        <translation>Tynnu allan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take away: %1</source>
        <translation>Tynnu allan: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Takes this out of the house. Undo puts it back.</source>
        <translation>Yn tynnu hwn allan o&apos;r tŷ. Mae Dadwneud yn ei roi&apos;n ôl.</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Name of this house</source>
        <translation>Enw&apos;r tŷ hwn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You can give the house a new name: %1</source>
        <translation>Gelli di roi enw newydd i&apos;r tŷ: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing here yet.</source>
        <translation>Does dim byd yma eto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type something to put in…</source>
        <translation>Teipia rywbeth i&apos;w roi i mewn…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New thing for %1</source>
        <translation>Peth newydd ar gyfer %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type it, then press Put in</source>
        <translation>Teipia fe, yna pwysa Rhoi i mewn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put in</source>
        <translation>Rhoi i mewn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put in %1</source>
        <translation>Rhoi i mewn yn %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Puts your words into this house</source>
        <translation>Yn rhoi dy eiriau yn y tŷ hwn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw something</source>
        <translation>Tynnu llun o rywbeth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw something for %1</source>
        <translation>Tynnu llun o rywbeth ar gyfer %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make a drawing, then put it in this house</source>
        <translation>Tynna lun, yna rho fe yn y tŷ hwn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Things in %1</source>
        <translation>Pethau yn %1</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>Three houses</source>
        <translation>Tri thŷ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put good things, worries, hopes and dreams in the houses. You can rename them.</source>
        <translation>Rho bethau da, pryderon, gobeithion a breuddwydion yn y tai. Gelli di roi enwau newydd iddyn nhw.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>My helper is writing for me</source>
        <translation>Mae fy helpwr yn ysgrifennu i mi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New things are marked as written by your helper. Press to write yourself.</source>
        <translation>Mae pethau newydd yn cael eu marcio fel rhai a ysgrifennwyd gan dy helpwr. Pwysa i ysgrifennu dy hun.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I am writing myself</source>
        <translation>Dw i&apos;n ysgrifennu fy hun</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Press when your helper writes down what you say</source>
        <translation>Pwysa pan fydd dy helpwr yn ysgrifennu beth rwyt ti&apos;n ei ddweud</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Dadwneud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take back the last change</source>
        <translation>Mynd â&apos;r newid olaf yn ôl</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Ailwneud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put back what you took back</source>
        <translation>Rhoi&apos;n ôl beth wnest ti ei dynnu&apos;n ôl</translation>
    </message>
</context>
<context>
    <name>HousesView</name>
    <message>
        <location filename="../voiceapp/ui/chair/items.py" line="+259"/>
        <source>A drawing</source>
        <translation>Llun</translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <location line="-201"/>
        <source>Picture</source>
        <translation>Delwedd</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Zoom in</source>
        <translation>Chwyddo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make the picture bigger.</source>
        <translation>Gwneud y llun yn fwy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Lleihau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make the picture smaller.</source>
        <translation>Gwneud y llun yn llai.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit</source>
        <translation>Ffitio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the whole picture.</source>
        <translation>Dangos y llun cyfan.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The picture called {title}</source>
        <translation>Y llun o&apos;r enw {title}</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../voiceapp/ui/helper/import_page.py" line="+41"/>
        <source>My drawing on paper</source>
        <translation>Fy llun ar bapur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My letter</source>
        <translation>Fy llythyr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My recording</source>
        <translation>Fy recordiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My video</source>
        <translation>Fy fideo</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Choose something made elsewhere</source>
        <translation>Dewis rhywbeth a wnaed yn rhywle arall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictures, letters, recordings and videos (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.tif *.tiff *.txt *.ogg *.opus *.oga *.mp3 *.m4a *.wav *.aac *.flac *.webm *.mp4 *.mov *.mkv *.avi *.3gp);;All files (*)</source>
        <translation>Lluniau, llythyrau, recordiadau a fideos (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.tif *.tiff *.txt *.ogg *.opus *.oga *.mp3 *.m4a *.wav *.aac *.flac *.webm *.mp4 *.mov *.mkv *.avi *.3gp);;Pob ffeil (*)</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Add something made elsewhere</source>
        <translation>Ychwanegu rhywbeth a wnaed yn rhywle arall</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a file: a photo of a drawing on paper, a letter typed on another computer, a voice recording or a video. My Voice checks it, removes hidden details such as where a photo was taken, and keeps it locked with {name}&apos;s things.</source>
        <translation>Dewiswch ffeil: llun o ddarlun ar bapur, llythyr wedi&apos;i deipio ar gyfrifiadur arall, recordiad llais neu fideo. Mae My Voice yn ei gwirio, yn tynnu manylion cudd fel ble tynnwyd llun, ac yn ei chadw dan glo gyda phethau {name}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking {file} and making it ready...</source>
        <translation>Wrthi&apos;n gwirio {file} a&apos;i pharatoi...</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>What is it called?</source>
        <translation>Beth yw ei enw?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A title the chair will see, in {name}&apos;s words if they like.</source>
        <translation>Teitl y bydd y cadeirydd yn ei weld, yng ngeiriau {name} os hoffen nhw.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who may see it? Ask {name}.</source>
        <translation>Pwy gaiff ei weld? Gofynnwch i {name}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Everyone at the meeting</source>
        <translation>Pawb yn y cyfarfod</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the chair</source>
        <translation>Y cadeirydd yn unig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whose words are they?</source>
        <translation>Geiriau pwy ydyn nhw?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}&apos;s own</source>
        <translation>Geiriau {name} ei hun</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Written down by a helper</source>
        <translation>Wedi&apos;i ysgrifennu gan helpwr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview</source>
        <translation>Rhagolwg</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back to {name}&apos;s page</source>
        <translation>Yn ôl i dudalen {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back without adding anything.</source>
        <translation>Mynd yn ôl heb ychwanegu dim.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a file...</source>
        <translation>Dewis ffeil...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens a window to pick the file.</source>
        <translation>Yn agor ffenestr i ddewis y ffeil.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a different file</source>
        <translation>Dewis ffeil wahanol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave this one out and pick another.</source>
        <translation>Gadael yr un hon allan a dewis un arall.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop</source>
        <translation>Stopio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop checking this file. Nothing is added.</source>
        <translation>Stopio gwirio&apos;r ffeil hon. Does dim byd yn cael ei ychwanegu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add to {name}&apos;s things</source>
        <translation>Ychwanegu at bethau {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keeps it, locked, with {name}&apos;s things.</source>
        <translation>Yn ei gadw, dan glo, gyda phethau {name}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How far the checking has got</source>
        <translation>Pa mor bell mae&apos;r gwirio wedi mynd</translation>
    </message>
</context>
<context>
    <name>InUsePage</name>
    <message>
        <location filename="../voiceapp/ui/profile/in_use_page.py" line="+35"/>
        <location line="+14"/>
        <source>My Voice cannot open yet</source>
        <translation>Does dim modd agor My Voice eto</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+1"/>
        <source>Try again</source>
        <translation>Rhoi cynnig arall</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try to open My Voice again, after closing the other window.</source>
        <translation>Ceisio agor My Voice eto, ar ôl cau&apos;r ffenestr arall.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Close My Voice</source>
        <translation>Cau My Voice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close this window.</source>
        <translation>Cau&apos;r ffenestr hon.</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <location filename="../voiceapp/ui/chair/inbox.py" line="+43"/>
        <source>Inbox</source>
        <translation>Mewnflwch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose inbox folder…</source>
        <translation>Dewis ffolder mewnflwch…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the folder where you save files that young people send you.</source>
        <translation>Dewis y ffolder lle rydych chi&apos;n cadw ffeiliau mae pobl ifanc yn eu hanfon atoch.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the .voice files you receive (for example e-mail attachments) into this folder. New files appear here by themselves.</source>
        <translation>Cadwch y ffeiliau .voice a gewch (er enghraifft atodiadau e-bost) yn y ffolder hon. Mae ffeiliau newydd yn ymddangos yma ar eu pen eu hunain.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conference</source>
        <translation>Cynhadledd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen name</source>
        <translation>Enw dewisol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Derbyniwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Ffeil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Files in the inbox</source>
        <translation>Ffeiliau yn y mewnflwch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press Enter or double-click to open the chosen file.</source>
        <translation>Pwyswch Enter neu cliciwch ddwywaith i agor y ffeil a ddewiswyd.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the chosen file.</source>
        <translation>Agor y ffeil a ddewiswyd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open file…</source>
        <translation>Agor ffeil…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open a .voice file from anywhere on this computer.</source>
        <translation>Agor ffeil .voice o unrhyw le ar y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Look again</source>
        <translation>Edrych eto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Look in the inbox folder for new files.</source>
        <translation>Edrych yn ffolder y mewnflwch am ffeiliau newydd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You can also drag a .voice file onto this window to open it.</source>
        <translation>Gallwch hefyd lusgo ffeil .voice ar y ffenestr hon i&apos;w hagor.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choose your inbox folder</source>
        <translation>Dewiswch eich ffolder mewnflwch</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Inbox folder: %1</source>
        <translation>Ffolder mewnflwch: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No inbox folder chosen yet.</source>
        <translation>Dim ffolder mewnflwch wedi&apos;i dewis eto.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose the folder where you save files from e-mails, or open a file.</source>
        <translation>Dewiswch y ffolder lle rydych chi&apos;n cadw ffeiliau o e-byst, neu agorwch ffeil.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>New</source>
        <translation>Newydd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opened</source>
        <translation>Wedi&apos;i agor</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>There are no .voice files in the inbox folder yet.</source>
        <translation>Does dim ffeiliau .voice yn ffolder y mewnflwch eto.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Open a file from a young person</source>
        <translation>Agor ffeil gan berson ifanc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My Voice files (*.voice);;All files (*)</source>
        <translation>Ffeiliau My Voice (*.voice);;Pob ffeil (*)</translation>
    </message>
</context>
<context>
    <name>ItemCard</name>
    <message>
        <location filename="../voiceapp/ui/helper/items_view.py" line="+44"/>
        <source>Preview of {title}</source>
        <translation>Rhagolwg o {title}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Change to: only the chair</source>
        <translation>Newid i: y cadeirydd yn unig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change to: everyone</source>
        <translation>Newid i: pawb</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change who may see {title}</source>
        <translation>Newid pwy gaiff weld {title}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove {title}</source>
        <translation>Tynnu {title}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deletes this thing from the laptop, after asking you.</source>
        <translation>Yn dileu&apos;r peth hwn o&apos;r gliniadur, ar ôl gofyn i chi.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{kind}: {title}</source>
        <translation>{kind}: {title}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{kind}. {audience}. {words}.</source>
        <translation>{kind}. {audience}. {words}.</translation>
    </message>
</context>
<context>
    <name>ItemPanel</name>
    <message>
        <location filename="../voiceapp/ui/chair/viewer.py" line="+66"/>
        <source>Opening…</source>
        <translation>Wrthi&apos;n agor…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>I have read, seen or heard this</source>
        <translation>Dw i wedi darllen, gweld neu glywed hwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as read</source>
        <translation>Marcio fel wedi&apos;i ddarllen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A mark for you: kept locked in My Voice, never in a summary.</source>
        <translation>Marc i chi: wedi&apos;i gadw dan glo yn My Voice, byth mewn crynodeb.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shared at the meeting</source>
        <translation>Wedi&apos;i rannu yn y cyfarfod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as shared at the meeting</source>
        <translation>Marcio fel wedi&apos;i rannu yn y cyfarfod</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows in the complete summary which things the meeting saw or heard.</source>
        <translation>Yn dangos yn y crynodeb cyflawn pa bethau a welodd neu a glywodd y cyfarfod.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My private notes on this (kept locked in My Voice, never in a summary)</source>
        <translation>Fy nodiadau preifat ar hyn (dan glo yn My Voice, byth mewn crynodeb)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>My private notes</source>
        <translation>Fy nodiadau preifat</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{kind} · {length}</source>
        <translation>{kind} · {length}</translation>
    </message>
</context>
<context>
    <name>KeyCardPage</name>
    <message>
        <location filename="../voiceapp/ui/helper/keycard_page.py" line="+105"/>
        <source>Open the chair&apos;s key card</source>
        <translation>Agor cerdyn allwedd y cadeirydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My Voice key cards (*.voicekey);;All files (*)</source>
        <translation>Cardiau allwedd My Voice (*.voicekey);;Pob ffeil (*)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>That key card was not used. Ask the chair to send their key card again, then check the letters together.</source>
        <translation>Ni ddefnyddiwyd y cerdyn allwedd yna. Gofynnwch i&apos;r cadeirydd anfon eu cerdyn allwedd eto, yna gwiriwch y llythrennau gyda&apos;ch gilydd.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The chair&apos;s key card</source>
        <translation>Cerdyn allwedd y cadeirydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The conference chair shares a small key card file (it ends in .voicekey). With it, {name}&apos;s things are locked so that only the chair can open them. Open the file, or paste its text below.</source>
        <translation>Mae cadeirydd y gynhadledd yn rhannu ffeil cerdyn allwedd fach (mae&apos;n gorffen gyda .voicekey). Gyda hi, mae pethau {name} yn cael eu cloi fel mai dim ond y cadeirydd all eu hagor. Agorwch y ffeil, neu gludwch ei thestun isod.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Or paste the key card text here</source>
        <translation>Neu gludwch destun y cerdyn allwedd yma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key card text</source>
        <translation>Testun y cerdyn allwedd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste the whole key card, from &apos;My Voice key card&apos; to the fingerprint.</source>
        <translation>Gludwch y cerdyn allwedd cyfan, o &apos;My Voice key card&apos; hyd at yr ôl bys.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Phone the chair and ask them to read out their fingerprint. Do the letters match the ones below?</source>
        <translation>Ffoniwch y cadeirydd a gofyn iddyn nhw ddarllen eu hôl bys. Ydy&apos;r llythrennau&apos;n cyfateb i&apos;r rhai isod?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fingerprint</source>
        <translation>Ôl bys</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fingerprint: {letters}</source>
        <translation>Ôl bys: {letters}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is an older kind of key. It works, but ask the chair whether they have a newer key card.</source>
        <translation>Math hŷn o allwedd yw hon. Mae&apos;n gweithio, ond gofynnwch i&apos;r cadeirydd oes ganddyn nhw gerdyn allwedd mwy newydd.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Back to {name}&apos;s page</source>
        <translation>Yn ôl i dudalen {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go back without changing the key card.</source>
        <translation>Mynd yn ôl heb newid y cerdyn allwedd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a key card file...</source>
        <translation>Agor ffeil cerdyn allwedd...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens a window to pick the .voicekey file.</source>
        <translation>Yn agor ffenestr i ddewis y ffeil .voicekey.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check the pasted text</source>
        <translation>Gwirio&apos;r testun a gludwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks the text and shows the chair&apos;s name and fingerprint.</source>
        <translation>Yn gwirio&apos;r testun ac yn dangos enw ac ôl bys y cadeirydd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No, they are different</source>
        <translation>Na, maen nhw&apos;n wahanol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not use this key card.</source>
        <translation>Peidiwch â defnyddio&apos;r cerdyn allwedd hwn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yes, they match: use it</source>
        <translation>Ydyn, maen nhw&apos;n cyfateb: ei ddefnyddio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this key card to send {name}&apos;s things.</source>
        <translation>Defnyddio&apos;r cerdyn allwedd hwn i anfon pethau {name}.</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <location filename="../voiceapp/ui/chair/keypage.py" line="+42"/>
        <source>My key</source>
        <translation>Fy allwedd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send your key card to the helpers (social workers and advocates) who help young people get ready for your conferences. When a helper brings it into My Voice, read the fingerprint to each other over the phone: if the letters match, the card really is yours.</source>
        <translation>Anfonwch eich cerdyn allwedd at yr helpwyr (gweithwyr cymdeithasol ac eiriolwyr) sy&apos;n helpu pobl ifanc i baratoi ar gyfer eich cynadleddau. Pan fydd helpwr yn dod ag e i mewn i My Voice, darllenwch yr ôl bys i&apos;ch gilydd dros y ffôn: os yw&apos;r llythrennau&apos;n cyfateb, eich cerdyn chi yw e go iawn.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your name, as helpers know you</source>
        <translation>Eich enw, fel mae helpwyr yn eich adnabod</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your organisation</source>
        <translation>Eich sefydliad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your name</source>
        <translation>Eich enw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fingerprint</source>
        <translation>Ôl bys</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The key card as text</source>
        <translation>Y cerdyn allwedd fel testun</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save key card…</source>
        <translation>Cadw&apos;r cerdyn allwedd…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the key card as a file to send to helpers.</source>
        <translation>Cadw&apos;r cerdyn allwedd fel ffeil i&apos;w hanfon at helpwyr.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print key card…</source>
        <translation>Argraffu&apos;r cerdyn allwedd…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print the key card, fingerprint in large letters.</source>
        <translation>Argraffu&apos;r cerdyn allwedd, gyda&apos;r ôl bys mewn llythrennau mawr.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back up your key</source>
        <translation>Gwneud copi wrth gefn o&apos;ch allwedd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If this key is lost (a broken or replaced computer, a forgotten passphrase), the young people&apos;s views sent to it can never be opened, by anyone. Not even My Voice can get them back.</source>
        <translation>Os collir yr allwedd hon (cyfrifiadur wedi torri neu wedi&apos;i newid, cyfrinymadrodd wedi&apos;i anghofio), ni all neb byth agor barn y bobl ifanc a anfonwyd ati. All hyd yn oed My Voice ddim ei chael yn ôl.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A backup is locked with a recovery passphrase. Choose one different from your everyday passphrase, keep it apart from the backup, and keep the backup away from this computer.</source>
        <translation>Mae copi wrth gefn wedi&apos;i gloi â chyfrinymadrodd adfer. Dewiswch un sy&apos;n wahanol i&apos;ch cyfrinymadrodd bob dydd, cadwch e ar wahân i&apos;r copi wrth gefn, a chadwch y copi wrth gefn i ffwrdd o&apos;r cyfrifiadur hwn.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a recovery passphrase</source>
        <translation>Dewiswch gyfrinymadrodd adfer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the recovery passphrase again</source>
        <translation>Teipiwch y cyfrinymadrodd adfer eto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least 10 characters, and not the same as your everyday passphrase.</source>
        <translation>O leiaf 10 nod, a ddim yr un fath â&apos;ch cyfrinymadrodd bob dydd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a backup…</source>
        <translation>Cadw copi wrth gefn…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose where to save the backup of your key.</source>
        <translation>Dewis ble i gadw copi wrth gefn eich allwedd.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Conference chair</source>
        <translation>Cadeirydd y gynhadledd</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Names must be one short line of plain text.</source>
        <translation>Rhaid i enwau fod yn un llinell fer o destun plaen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fingerprint: %1</source>
        <translation>Ôl bys: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standard key (post-quantum)</source>
        <translation>Allwedd safonol (ôl-cwantwm)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compatibility key (X25519): also opens with older age tools</source>
        <translation>Allwedd gydnaws (X25519): yn agor gydag offer age hŷn hefyd</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save your key card</source>
        <translation>Cadw eich cerdyn allwedd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key cards (*.voicekey)</source>
        <translation>Cardiau allwedd (*.voicekey)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Key card saved: %1</source>
        <translation>Cerdyn allwedd wedi&apos;i gadw: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save the backup of your key</source>
        <translation>Cadw copi wrth gefn eich allwedd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key backups (*.age)</source>
        <translation>Copïau wrth gefn allweddi (*.age)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saving the backup…</source>
        <translation>Wrthi&apos;n cadw&apos;r copi wrth gefn…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backup saved: %1. Keep it, and its recovery passphrase, safe.</source>
        <translation>Copi wrth gefn wedi&apos;i gadw: %1. Cadwch e, a&apos;i gyfrinymadrodd adfer, yn ddiogel.</translation>
    </message>
</context>
<context>
    <name>LearnContents</name>
    <message>
        <location filename="../voiceapp/ui/learn/contents.py" line="+63"/>
        <source>Open page {number}.</source>
        <translation>Agor tudalen {number}.</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Learn about my meeting</source>
        <translation>Dysgu am fy nghyfarfod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a page to read. You can read them in any order.</source>
        <translation>Dewisa dudalen i&apos;w darllen. Gelli di eu darllen mewn unrhyw drefn.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Read to me</source>
        <translation>Darllen i mi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the names of the pages out loud.</source>
        <translation>Darllen enwau&apos;r tudalennau yn uchel.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop</source>
        <translation>Stopio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop reading out loud.</source>
        <translation>Stopio darllen yn uchel.</translation>
    </message>
</context>
<context>
    <name>LearnPage</name>
    <message>
        <location filename="../voiceapp/ui/learn/page_view.py" line="+286"/>
        <source>Easier words</source>
        <translation>Geiriau haws</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this page in shorter, easier sentences.</source>
        <translation>Dangos y dudalen hon mewn brawddegau byrrach, haws.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>More detail</source>
        <translation>Mwy o fanylion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this page with more to read about it.</source>
        <translation>Dangos y dudalen hon gyda mwy i&apos;w ddarllen amdani.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Page {number} of {count}</source>
        <translation>Tudalen {number} o {count}</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+21"/>
        <source>All pages</source>
        <translation>Pob tudalen</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>That was the last page. Go back to the list of pages.</source>
        <translation>Dyna&apos;r dudalen olaf. Mynd yn ôl i&apos;r rhestr o dudalennau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next →</source>
        <translation>Nesaf →</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the next page.</source>
        <translation>Mynd i&apos;r dudalen nesaf.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Go back to the list of pages.</source>
        <translation>Mynd yn ôl i&apos;r rhestr o dudalennau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read to me</source>
        <translation>Darllen i mi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read this page out loud.</source>
        <translation>Darllen y dudalen hon yn uchel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop</source>
        <translation>Stopio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop reading out loud.</source>
        <translation>Stopio darllen yn uchel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>← Back</source>
        <translation>← Yn ôl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the page before this one.</source>
        <translation>Mynd i&apos;r dudalen cyn yr un hon.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The page</source>
        <translation>Y dudalen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The words and pictures of this page. Use the arrow keys to scroll.</source>
        <translation>Geiriau a lluniau&apos;r dudalen hon. Defnyddia&apos;r saethau i sgrolio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Learn about my meeting</source>
        <translation>Dysgu am fy nghyfarfod</translation>
    </message>
</context>
<context>
    <name>LeaveGate</name>
    <message>
        <location filename="../voiceapp/ui/helper/space.py" line="+123"/>
        <source>That is not right.</source>
        <translation>Dydy hynna ddim yn iawn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please use the helper&apos;s passphrase.</source>
        <translation>Defnyddiwch gyfrinymadrodd yr helpwr, os gwelwch yn dda.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only your helper can leave</source>
        <translation>Dim ond dy helpwr sy&apos;n gallu gadael</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Helper: type your PIN or your passphrase.</source>
        <translation>Helpwr: teipiwch eich PIN neu eich cyfrinymadrodd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Helper: type your passphrase.</source>
        <translation>Helpwr: teipiwch eich cyfrinymadrodd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Helper&apos;s PIN or passphrase</source>
        <translation>PIN neu gyfrinymadrodd yr helpwr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the helper knows it.</source>
        <translation>Dim ond yr helpwr sy&apos;n ei wybod.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking...</source>
        <translation>Wrthi&apos;n gwirio...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stay in the space</source>
        <translation>Aros yn y gofod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to the space.</source>
        <translation>Mynd yn ôl i&apos;r gofod.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave</source>
        <translation>Gadael</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check and leave the space.</source>
        <translation>Gwirio a gadael y gofod.</translation>
    </message>
</context>
<context>
    <name>LetterEditor</name>
    <message>
        <location filename="../voiceapp/ui/write/editor.py" line="+31"/>
        <source>What is going well</source>
        <translation>Beth sy&apos;n mynd yn dda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What worries me</source>
        <translation>Beth sy&apos;n fy mhoeni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What I wish would happen</source>
        <translation>Beth hoffwn i ddigwydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What I want the meeting to know</source>
        <translation>Beth dw i eisiau i&apos;r cyfarfod ei wybod</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>There are no words yet. Type something and I will read it back.</source>
        <translation>Does dim geiriau eto. Teipia rywbeth a bydda i&apos;n ei ddarllen yn ôl.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+68"/>
        <source>My letter</source>
        <translation>Fy llythyr</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Write what you want the meeting to know, in your own words. It saves by itself.</source>
        <translation>Ysgrifenna beth rwyt ti eisiau i&apos;r cyfarfod ei wybod, yn dy eiriau dy hun. Mae&apos;n cadw ar ei ben ei hun.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Need an idea? Pick a start:</source>
        <translation>Angen syniad? Dewisa ddechrau:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Adds this as a heading in your letter. You can keep it or delete it.</source>
        <translation>Yn ychwanegu hwn fel pennawd yn dy lythyr. Gelli di ei gadw neu ei ddileu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A-</source>
        <translation>A-</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the writing smaller</source>
        <translation>Gwneud yr ysgrifen yn llai</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the writing bigger</source>
        <translation>Gwneud yr ysgrifen yn fwy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo</source>
        <translation>Dadwneud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take back the last change</source>
        <translation>Mynd â&apos;r newid olaf yn ôl</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Redo</source>
        <translation>Ailwneud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put back what you took back</source>
        <translation>Rhoi&apos;n ôl beth wnest ti ei dynnu&apos;n ôl</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Smaller writing</source>
        <translation>Ysgrifen lai</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bigger writing</source>
        <translation>Ysgrifen fwy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop reading</source>
        <translation>Stopio darllen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop reading aloud</source>
        <translation>Stopio darllen yn uchel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read it back to me</source>
        <translation>Darllen e&apos;n ôl i mi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reads your letter aloud</source>
        <translation>Yn darllen dy lythyr yn uchel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type your letter here</source>
        <translation>Teipia dy lythyr yma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start typing here…</source>
        <translation>Dechreua deipio yma…</translation>
    </message>
</context>
<context>
    <name>LetterView</name>
    <message>
        <location filename="../voiceapp/ui/chair/items.py" line="+54"/>
        <source>Letter</source>
        <translation>Llythyr</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <location filename="../voiceapp/ui/record/meter.py" line="+66"/>
        <source>Sound level</source>
        <translation>Lefel y sain</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How loud the microphone hears you. It moves when you talk.</source>
        <translation>Pa mor uchel mae&apos;r meicroffon yn dy glywed di. Mae&apos;n symud pan fyddi di&apos;n siarad.</translation>
    </message>
</context>
<context>
    <name>ListenPage</name>
    <message>
        <location filename="../voiceapp/ui/space/recording.py" line="+105"/>
        <source>Press Play to listen again. In My things you can choose who hears it.</source>
        <translation>Pwysa Chwarae i wrando eto. Yn Fy mhethau gelli di ddewis pwy sy&apos;n ei glywed.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../voiceapp/ui/main_window.py" line="+272"/>
        <source>My Voice</source>
        <translation>My Voice</translation>
    </message>
</context>
<context>
    <name>MediaView</name>
    <message>
        <location filename="../voiceapp/ui/chair/media.py" line="+91"/>
        <source>Video picture</source>
        <translation>Llun fideo</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+88"/>
        <source>Play</source>
        <translation>Chwarae</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Play or pause.</source>
        <translation>Chwarae neu oedi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back 10 s</source>
        <translation>Yn ôl 10 eil.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go back ten seconds.</source>
        <translation>Mynd yn ôl deg eiliad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On 10 s</source>
        <translation>Ymlaen 10 eil.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go on ten seconds.</source>
        <translation>Mynd ymlaen deg eiliad.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Position</source>
        <translation>Safle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the playing is. Arrow keys move it.</source>
        <translation>Ble mae&apos;r chwarae wedi cyrraedd. Mae&apos;r saethau&apos;n ei symud.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Time</source>
        <translation>Amser</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Pause</source>
        <translation>Oedi</translation>
    </message>
</context>
<context>
    <name>MemoryPlayer</name>
    <message>
        <location filename="../voiceapp/ui/record/playback.py" line="+201"/>
        <source>{position} of {length}</source>
        <translation>{position} o {length}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pause</source>
        <translation>Oedi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play</source>
        <translation>Chwarae</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop playing for now.</source>
        <translation>Stopio chwarae am nawr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listen from where it is up to.</source>
        <translation>Gwrando o&apos;r man lle mae wedi cyrraedd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Player</source>
        <translation>Chwaraewr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where it is up to</source>
        <translation>Lle mae wedi cyrraedd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The arrow keys go back or on by one second.</source>
        <translation>Mae&apos;r saethau&apos;n mynd yn ôl neu ymlaen un eiliad.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Video picture</source>
        <translation>Llun fideo</translation>
    </message>
</context>
<context>
    <name>MicrophonePicker</name>
    <message>
        <location filename="../voiceapp/ui/record/microphones.py" line="+57"/>
        <source>Looking for microphones…</source>
        <translation>Wrthi&apos;n chwilio am feicroffonau…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Microphone</source>
        <translation>Meicroffon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose which microphone to use. The usual one is chosen.</source>
        <translation>Dewis pa feicroffon i&apos;w ddefnyddio. Mae&apos;r un arferol wedi&apos;i ddewis.</translation>
    </message>
</context>
<context>
    <name>MyThings</name>
    <message>
        <location filename="../voiceapp/ui/space/things.py" line="+164"/>
        <source>Who may see it?</source>
        <translation>Pwy gaiff ei weld?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everyone at the meeting</source>
        <translation>Pawb yn y cyfarfod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone at the meeting may see {title}.</source>
        <translation>Gall pawb yn y cyfarfod weld {title}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only the chair</source>
        <translation>Y cadeirydd yn unig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the chair may see {title}.</source>
        <translation>Dim ond y cadeirydd all weld {title}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look at {title} again, or change it.</source>
        <translation>Edrych ar {title} eto, neu ei newid.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name it</source>
        <translation>Rhoi enw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give {title} a new name.</source>
        <translation>Rhoi enw newydd i {title}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Takes {title} away. You can undo this.</source>
        <translation>Yn mynd â {title} i ffwrdd. Gelli di ddadwneud hyn.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the name</source>
        <translation>Cadw&apos;r enw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this new name.</source>
        <translation>Cadw&apos;r enw newydd hwn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the old name.</source>
        <translation>Cadw&apos;r hen enw.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new name for {title}</source>
        <translation>Enw newydd i {title}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Picture of {title}</source>
        <translation>Llun o {title}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{kind}: {title}</source>
        <translation>{kind}: {title}</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>My things</source>
        <translation>Fy mhethau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything you made is here. For each one, choose who at the meeting may see it.</source>
        <translation>Mae popeth wnest ti yma. Ar gyfer pob un, dewisa pwy yn y cyfarfod gaiff ei weld.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing here yet. Go back to My space to make something.</source>
        <translation>Does dim byd yma eto. Dos yn ôl i Fy ngofod i wneud rhywbeth.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You deleted {title}.</source>
        <translation>Fe wnest ti ddileu {title}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Undo</source>
        <translation>Dadwneud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring back the last thing you deleted.</source>
        <translation>Dod â&apos;r peth olaf wnest ti ei ddileu yn ôl.</translation>
    </message>
</context>
<context>
    <name>NotReadyPage</name>
    <message>
        <location filename="../voiceapp/ui/not_ready_page.py" line="+53"/>
        <source>This part of My Voice is not ready yet. We are building it now.</source>
        <translation>Dydy&apos;r rhan hon o My Voice ddim yn barod eto. Rydyn ni&apos;n ei hadeiladu nawr.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back to the start screen.</source>
        <translation>Mynd yn ôl i&apos;r sgrin gychwyn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not ready yet</source>
        <translation>Ddim yn barod eto</translation>
    </message>
</context>
<context>
    <name>PicturePage</name>
    <message>
        <location filename="../voiceapp/ui/space/picture_page.py" line="+46"/>
        <source>A picture you made. Your helper added it.</source>
        <translation>Llun wnest ti. Dy helpwr a&apos;i ychwanegodd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Picture: {title}</source>
        <translation>Llun: {title}</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <location filename="../voiceapp/ui/learn/read_aloud.py" line="+26"/>
        <source>Sorry, this computer has no reading voice for your language. You can ask a grown-up to read it with you.</source>
        <translation>Sori, does gan y cyfrifiadur hwn ddim llais darllen ar gyfer dy iaith di. Gelli di ofyn i oedolyn ei ddarllen gyda ti.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sorry, reading aloud is not working on this computer right now. You can ask a grown-up to read it with you.</source>
        <translation>Sori, dydy darllen yn uchel ddim yn gweithio ar y cyfrifiadur hwn ar hyn o bryd. Gelli di ofyn i oedolyn ei ddarllen gyda ti.</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <location filename="../voiceapp/ui/helper/receipt.py" line="+79"/>
        <source>{date} at {time}</source>
        <translation>{date} am {time}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>My Voice: what was sent to the chair</source>
        <translation>My Voice: beth a anfonwyd at y cadeirydd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}&apos;s things were sent on {when}.</source>
        <translation>Anfonwyd pethau {name} ar {when}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reference {reference}</source>
        <translation>Cyfeirnod {reference}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>For the chair: {chair}, {organisation}.</source>
        <translation>Ar gyfer y cadeirydd: {chair}, {organisation}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only the key with this fingerprint can open it: {fingerprint}</source>
        <translation>Dim ond yr allwedd gyda&apos;r ôl bys hwn all ei hagor: {fingerprint}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved as {file} in {folder}</source>
        <translation>Wedi&apos;i chadw fel {file} yn {folder}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What was sent (1 thing)</source>
        <translation>Beth a anfonwyd (1 peth)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was sent ({count} things)</source>
        <translation>Beth a anfonwyd ({count} o bethau)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{n}. “{title}”: {kind}. {audience}. {words}.</source>
        <translation>{n}. “{title}”: {kind}. {audience}. {words}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Receipt made by My Voice on {date}. The file itself is locked: only the chair&apos;s key can open it.</source>
        <translation>Derbynneb a wnaed gan My Voice ar {date}. Mae&apos;r ffeil ei hun dan glo: dim ond allwedd y cadeirydd all ei hagor.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>My Voice receipt</source>
        <translation>Derbynneb My Voice</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <location filename="../voiceapp/ui/helper/receipt_page.py" line="+33"/>
        <source>Receipt</source>
        <translation>Derbynneb</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to {name}&apos;s page</source>
        <translation>Yn ôl i dudalen {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Go back to the young person&apos;s page.</source>
        <translation>Mynd yn ôl i dudalen y person ifanc.</translation>
    </message>
</context>
<context>
    <name>ReceiptView</name>
    <message>
        <location filename="../voiceapp/ui/helper/receipt_view.py" line="+79"/>
        <source>Save the receipt</source>
        <translation>Cadw&apos;r dderbynneb</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Print...</source>
        <translation>Argraffu...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the receipt on paper.</source>
        <translation>Argraffu&apos;r dderbynneb ar bapur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save as PDF...</source>
        <translation>Cadw fel PDF...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the receipt as a PDF file where you choose.</source>
        <translation>Cadw&apos;r dderbynneb fel ffeil PDF yn y lle a ddewiswch.</translation>
    </message>
</context>
<context>
    <name>RecordTake</name>
    <message>
        <location filename="../voiceapp/ui/record/take.py" line="+245"/>
        <source>Carry on</source>
        <translation>Bwrw ymlaen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carry on recording from here.</source>
        <translation>Dal ati i recordio o fan hyn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pause</source>
        <translation>Oedi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop for a moment. Nothing is recorded while paused.</source>
        <translation>Stopio am eiliad. Does dim byd yn cael ei recordio tra bod saib.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Recording. Say what you want the meeting to hear.</source>
        <translation>Yn recordio. Dyweda beth rwyt ti eisiau i&apos;r cyfarfod ei glywed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paused. Nothing is being recorded. Press Carry on when you are ready.</source>
        <translation>Wedi oedi. Does dim byd yn cael ei recordio. Pwysa Bwrw ymlaen pan fyddi di&apos;n barod.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Finishing off…</source>
        <translation>Wrthi&apos;n gorffen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was recorded that time. Press Record to try again.</source>
        <translation>Chafodd dim byd ei recordio&apos;r tro yna. Pwysa Recordio i roi cynnig arall arni.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Time recorded: {time}</source>
        <translation>Amser wedi&apos;i recordio: {time}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nearly at the end: {time} left. You can finish what you are saying.</source>
        <translation>Bron â gorffen: {time} ar ôl. Gelli di orffen beth rwyt ti&apos;n ei ddweud.</translation>
    </message>
</context>
<context>
    <name>RecoveryOffer</name>
    <message>
        <location filename="../voiceapp/ui/record/recovery.py" line="+241"/>
        <source>We found a recording from {when} that did not finish, but it could not be put back together.</source>
        <translation>Daethon ni o hyd i recordiad o {when} na orffennodd, ond doedd dim modd ei roi&apos;n ôl at ei gilydd.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>We found a recording from {when} that was not kept or thrown away yet.</source>
        <translation>Daethon ni o hyd i recordiad o {when} sydd heb ei gadw na&apos;i daflu eto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>We found a recording from {when} that did not finish.</source>
        <translation>Daethon ni o hyd i recordiad o {when} na orffennodd.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It is {length} long. You can listen to it first.</source>
        <translation>Mae&apos;n {length} o hyd. Gelli di wrando arno fe&apos;n gyntaf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Getting it ready…</source>
        <translation>Wrthi&apos;n ei baratoi…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Throw this recording away? It cannot be got back afterwards.</source>
        <translation>Taflu&apos;r recordiad hwn? Does dim modd ei gael yn ôl wedyn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yes, throw it away</source>
        <translation>Ie, ei daflu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recording is deleted.</source>
        <translation>Mae&apos;r recordiad wedi&apos;i ddileu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, not yet</source>
        <translation>Na, ddim eto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to the recording.</source>
        <translation>Mynd yn ôl i&apos;r recordiad.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>A recording that did not finish</source>
        <translation>Recordiad na orffennodd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep it</source>
        <translation>Ei gadw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this recording with your things.</source>
        <translation>Cadw&apos;r recordiad hwn gyda dy bethau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Throw it away</source>
        <translation>Ei daflu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this recording. You will be asked first.</source>
        <translation>Dileu&apos;r recordiad hwn. Byddi di&apos;n cael dy holi yn gyntaf.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Decide later</source>
        <translation>Penderfynu wedyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave it for now. It will be offered again next time.</source>
        <translation>Ei adael am nawr. Bydd yn cael ei gynnig eto y tro nesaf.</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <location filename="../voiceapp/ui/profile/secret_field.py" line="+61"/>
        <source>Hide</source>
        <translation>Cuddio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show</source>
        <translation>Dangos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide what I typed</source>
        <translation>Cuddio beth wnes i ei deipio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show what I typed</source>
        <translation>Dangos beth wnes i ei deipio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shows or hides the letters in the box next to it.</source>
        <translation>Yn dangos neu&apos;n cuddio&apos;r llythrennau yn y blwch wrth ei ymyl.</translation>
    </message>
</context>
<context>
    <name>SendFlow</name>
    <message>
        <location filename="../voiceapp/ui/helper/send_flow.py" line="+199"/>
        <source>Where should it be saved? Choose a USB stick or a folder</source>
        <translation>Ble dylid ei gadw? Dewiswch gof bach USB neu ffolder</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Sent</source>
        <translation>Wedi&apos;i anfon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A last look</source>
        <translation>Golwg olaf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send {name}&apos;s things to the chair</source>
        <translation>Anfon pethau {name} at y cadeirydd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Look at each thing together with {name}. Under each one it says who may see it at the meeting, and whose words they are.</source>
        <translation>Edrychwch ar bob peth gyda {name}. O dan bob un mae&apos;n dweud pwy gaiff ei weld yn y cyfarfod, a geiriau pwy ydyn nhw.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no key card from the chair yet, so nothing can be sent. Add the chair&apos;s key card first.</source>
        <translation>Does dim cerdyn allwedd gan y cadeirydd eto, felly does dim modd anfon dim. Ychwanegwch gerdyn allwedd y cadeirydd yn gyntaf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your helper needs to add the chair&apos;s key card before anything can be sent.</source>
        <translation>Mae angen i dy helpwr ychwanegu cerdyn allwedd y cadeirydd cyn bod modd anfon dim.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is nothing to send yet. Make or add something first.</source>
        <translation>Does dim byd i&apos;w anfon eto. Gwnewch neu ychwanegwch rywbeth yn gyntaf.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>1 thing will be locked so that only this chair can open it:</source>
        <translation>Bydd 1 peth yn cael ei gloi fel mai dim ond y cadeirydd hwn all ei agor:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} things will be locked so that only this chair can open them:</source>
        <translation>Bydd {count} o bethau&apos;n cael eu cloi fel mai dim ond y cadeirydd hwn all eu hagor:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>• {title}: {audience}</source>
        <translation>• {title}: {audience}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{chair}, {organisation}</source>
        <translation>{chair}, {organisation}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fingerprint: {letters}</source>
        <translation>Ôl bys: {letters}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next, choose where to save it: a USB stick or a folder. The file gets a name that says nothing about {name}.</source>
        <translation>Nesaf, dewiswch ble i&apos;w gadw: cof bach USB neu ffolder. Mae&apos;r ffeil yn cael enw sy&apos;n dweud dim am {name}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Locking and saving {name}&apos;s things. You can keep using My Voice.</source>
        <translation>Wrthi&apos;n cloi a chadw pethau {name}. Gallwch ddal i ddefnyddio My Voice.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How far the saving has got</source>
        <translation>Pa mor bell mae&apos;r cadw wedi mynd</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+17"/>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Go back without sending.</source>
        <translation>Mynd yn ôl heb anfon.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add the chair&apos;s key card</source>
        <translation>Ychwanegu cerdyn allwedd y cadeirydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open or paste the key card the chair sent you.</source>
        <translation>Agorwch neu gludwch y cerdyn allwedd a anfonodd y cadeirydd atoch.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next: a last look</source>
        <translation>Nesaf: golwg olaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See who it goes to before it is saved.</source>
        <translation>Gweld at bwy mae&apos;n mynd cyn ei gadw.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Look at the things again.</source>
        <translation>Edrych ar y pethau eto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose where to save, and send</source>
        <translation>Dewis ble i gadw, ac anfon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a USB stick or a folder; saving starts straight away.</source>
        <translation>Dewiswch gof bach USB neu ffolder; mae&apos;r cadw&apos;n dechrau ar unwaith.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop</source>
        <translation>Stopio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop saving. Nothing is left half-written.</source>
        <translation>Stopio cadw. Does dim byd yn cael ei adael yn hanner ysgrifenedig.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete {name}&apos;s things now</source>
        <translation>Dileu pethau {name} nawr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deletes everything about them from this laptop, after asking you.</source>
        <translation>Yn dileu popeth amdanyn nhw o&apos;r gliniadur hwn, ar ôl gofyn i chi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done</source>
        <translation>Wedi gorffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish and go back.</source>
        <translation>Gorffen a mynd yn ôl.</translation>
    </message>
</context>
<context>
    <name>SpaceBar</name>
    <message>
        <location filename="../voiceapp/ui/space/bar.py" line="+78"/>
        <source>My space</source>
        <translation>Fy ngofod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to the choices.</source>
        <translation>Mynd yn ôl i&apos;r dewisiadau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop reading</source>
        <translation>Stopio darllen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read to me</source>
        <translation>Darllen i mi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reads the words on this page out loud.</source>
        <translation>Yn darllen y geiriau ar y dudalen hon yn uchel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hide</source>
        <translation>Cuddio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Covers the screen straight away. The Escape key does it too.</source>
        <translation>Yn cuddio&apos;r sgrin ar unwaith. Mae&apos;r fysell Escape yn gwneud hynny hefyd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I need a break</source>
        <translation>Dw i angen seibiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything is kept safe while you rest.</source>
        <translation>Mae popeth yn cael ei gadw&apos;n ddiogel tra byddi di&apos;n gorffwys.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I&apos;m finished</source>
        <translation>Dw i wedi gorffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saves everything and stops for now.</source>
        <translation>Yn cadw popeth ac yn stopio am nawr.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The words being read out loud.</source>
        <translation>Y geiriau sy&apos;n cael eu darllen yn uchel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Always here</source>
        <translation>Yma bob amser</translation>
    </message>
</context>
<context>
    <name>SpaceMenu</name>
    <message>
        <location filename="../voiceapp/ui/space/menu.py" line="+23"/>
        <source>Learn about my meeting</source>
        <translation>Dysgu am fy nghyfarfod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What a conference is, and who will be there.</source>
        <translation>Beth yw cynhadledd, a phwy fydd yno.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draw</source>
        <translation>Tynnu llun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a picture with colours and stamps.</source>
        <translation>Gwneud llun gyda lliwiau a stampiau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write</source>
        <translation>Ysgrifennu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a letter to your meeting.</source>
        <translation>Ysgrifennu llythyr at dy gyfarfod.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record my voice</source>
        <translation>Recordio fy llais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say it out loud.</source>
        <translation>Ei ddweud yn uchel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record a video</source>
        <translation>Recordio fideo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say it to the camera.</source>
        <translation>Ei ddweud wrth y camera.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How I feel</source>
        <translation>Sut dw i&apos;n teimlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the faces that show how you feel.</source>
        <translation>Dewis yr wynebau sy&apos;n dangos sut rwyt ti&apos;n teimlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Three houses</source>
        <translation>Tri thŷ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good things, worries, and hopes and dreams.</source>
        <translation>Pethau da, pryderon, a gobeithion a breuddwydion.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My things</source>
        <translation>Fy mhethau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look at what you made, and choose who sees it.</source>
        <translation>Edrych ar beth wnest ti, a dewis pwy sy&apos;n ei weld.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Hello, {name}!</source>
        <translation>Helo, {name}!</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What would you like to do? Everything you make is saved as you go.</source>
        <translation>Beth hoffet ti ei wneud? Mae popeth rwyt ti&apos;n ei wneud yn cael ei gadw wrth i ti fynd.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Text and colours</source>
        <translation>Testun a lliwiau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bigger words, high contrast, and sounds or movement off.</source>
        <translation>Geiriau mwy, cyferbyniad uchel, a diffodd synau neu symud.</translation>
    </message>
</context>
<context>
    <name>SpacePage</name>
    <message>
        <location filename="../voiceapp/ui/helper/space.py" line="+50"/>
        <source>{name}&apos;s space</source>
        <translation>Gofod {name}</translation>
    </message>
</context>
<context>
    <name>SpaceRest</name>
    <message>
        <location filename="../voiceapp/ui/space/rest.py" line="-141"/>
        <source>Saving your things...</source>
        <translation>Wrthi&apos;n cadw dy bethau...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything you made is saved.</source>
        <translation>Mae popeth wnest ti wedi&apos;i gadw.</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../voiceapp/ui/start_screen.py" line="+29"/>
        <source>I&apos;m a young person</source>
        <translation>Person ifanc ydw i</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I&apos;m helping a young person</source>
        <translation>Dw i&apos;n helpu person ifanc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&apos;m a conference chair</source>
        <translation>Cadeirydd cynhadledd ydw i</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Share what you think and feel with your meeting.</source>
        <translation>Rhanna beth rwyt ti&apos;n ei feddwl a&apos;i deimlo gyda dy gyfarfod.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For social workers, advocates and other trusted adults.</source>
        <translation>Ar gyfer gweithwyr cymdeithasol, eiriolwyr ac oedolion eraill y gellir ymddiried ynddyn nhw.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open and read what a young person has sent to you.</source>
        <translation>Agor a darllen beth mae person ifanc wedi&apos;i anfon atoch.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>My Voice</source>
        <translation>My Voice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Welcome! Who is using My Voice today?</source>
        <translation>Croeso! Pwy sy&apos;n defnyddio My Voice heddiw?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start</source>
        <translation>Dechrau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose who is using My Voice today.</source>
        <translation>Dewis pwy sy&apos;n defnyddio My Voice heddiw.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My Voice picture: a speech bubble</source>
        <translation>Llun My Voice: swigen siarad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Text and colours</source>
        <translation>Testun a lliwiau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bigger words, high contrast, and sounds or movement off.</source>
        <translation>Geiriau mwy, cyferbyniad uchel, a diffodd synau neu symud.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My Voice changes language at once.</source>
        <translation>Mae My Voice yn newid iaith ar unwaith.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../voiceapp/ui/profile/unlock_page.py" line="+102"/>
        <source>A PIN is 4 to 8 numbers. Or leave it empty.</source>
        <translation>Mae PIN yn 4 i 8 rhif. Neu gadewch e&apos;n wag.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete everything and start again?</source>
        <translation>Dileu popeth a dechrau eto?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything kept in My Voice on this computer will be deleted for good: every young person, everything they made, and your key. Nobody can get it back. A chair can then restore their key from its backup.</source>
        <translation>Bydd popeth sy&apos;n cael ei gadw yn My Voice ar y cyfrifiadur hwn yn cael ei ddileu am byth: pob person ifanc, popeth a wnaethon nhw, a&apos;ch allwedd. All neb ei gael yn ôl. Yna gall cadeirydd adfer eu hallwedd o&apos;i chopi wrth gefn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete everything</source>
        <translation>Dileu popeth</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Welcome back</source>
        <translation>Croeso&apos;n ôl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text and colours</source>
        <translation>Testun a lliwiau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bigger words, high contrast, and sounds or movement off.</source>
        <translation>Geiriau mwy, cyferbyniad uchel, a diffodd synau neu symud.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>My Voice is locked. Type your passphrase to open it.</source>
        <translation>Mae My Voice wedi&apos;i gloi. Teipiwch eich cyfrinymadrodd i&apos;w agor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The passphrase you chose when you first used My Voice.</source>
        <translation>Y cyfrinymadrodd a ddewisoch chi pan ddefnyddioch chi My Voice gyntaf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A short PIN for today (you can leave this empty)</source>
        <translation>PIN byr ar gyfer heddiw (gallwch adael hwn yn wag)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A short PIN for today</source>
        <translation>PIN byr ar gyfer heddiw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 to 8 numbers, to leave a young person&apos;s space quickly.</source>
        <translation>4 i 8 rhif, i adael gofod person ifanc yn gyflym.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With a PIN you can leave a young person&apos;s space quickly. It is forgotten whenever My Voice locks; without one, your passphrase is needed.</source>
        <translation>Gyda PIN gallwch adael gofod person ifanc yn gyflym. Mae&apos;n cael ei anghofio bob tro mae My Voice yn cloi; hebddo, mae angen eich cyfrinymadrodd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opening... this takes a moment.</source>
        <translation>Wrthi&apos;n agor... mae hyn yn cymryd eiliad.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forgotten your passphrase? Nobody can open what is kept here without it, not even us or your IT team. If it is lost for good, you can start again, which deletes everything kept here.</source>
        <translation>Wedi anghofio eich cyfrinymadrodd? All neb agor yr hyn sy&apos;n cael ei gadw yma hebddo, dim hyd yn oed ni na&apos;ch tîm TG. Os yw wedi&apos;i golli am byth, gallwch ddechrau eto, sy&apos;n dileu popeth sy&apos;n cael ei gadw yma.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <source>Unlock</source>
        <translation>Datgloi</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Start again...</source>
        <translation>Dechrau eto...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete everything kept here, after a question, and set up again.</source>
        <translation>Dileu popeth sy&apos;n cael ei gadw yma, ar ôl cwestiwn, a gosod eto.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checks your passphrase and opens My Voice.</source>
        <translation>Yn gwirio eich cyfrinymadrodd ac yn agor My Voice.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlock My Voice</source>
        <translation>Datgloi My Voice</translation>
    </message>
</context>
<context>
    <name>VideoPage</name>
    <message>
        <location filename="../voiceapp/ui/record/video_page.py" line="+750"/>
        <source>Getting the camera ready…</source>
        <translation>Wrthi&apos;n paratoi&apos;r camera…</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Get ready… recording starts in {count}. Press Stop to wait.</source>
        <translation>Bydd yn barod… bydd y recordio&apos;n dechrau ymhen {count}. Pwysa Stopio i aros.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your video is kept. You can record another one if you like.</source>
        <translation>Mae dy fideo wedi&apos;i gadw. Gelli di recordio un arall os hoffet ti.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That video was thrown away. You can record a new one.</source>
        <translation>Cafodd y fideo yna ei daflu. Gelli di recordio un newydd.</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+6"/>
        <source>Stop</source>
        <translation>Stopio</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Do not start recording yet.</source>
        <translation>Peidio â dechrau recordio am y tro.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Finish recording, then watch it.</source>
        <translation>Gorffen recordio, yna ei wylio.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The camera or the microphone stopped working. Maybe it came unplugged? Everything up to then is here.</source>
        <translation>Stopiodd y camera neu&apos;r meicroffon weithio. Efallai iddo ddod yn rhydd? Mae popeth hyd at hynny yma.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That is as long as a video can be, so it stopped by itself. Everything up to then is here.</source>
        <translation>Dyna&apos;r hyd hiraf y gall fideo fod, felly stopiodd ar ei ben ei hun. Mae popeth hyd at hynny yma.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>We can&apos;t see a camera</source>
        <translation>Dydyn ni ddim yn gallu gweld camera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>We can&apos;t hear a microphone</source>
        <translation>Dydyn ni ddim yn gallu clywed meicroffon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The longest a video can be: {time}</source>
        <translation>Yr hiraf y gall fideo fod: {time}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Throw this video away? It cannot be got back afterwards.</source>
        <translation>Taflu&apos;r fideo hwn? Does dim modd ei gael yn ôl wedyn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yes, throw it away</source>
        <translation>Ie, ei daflu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The video is deleted.</source>
        <translation>Mae&apos;r fideo wedi&apos;i ddileu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, keep it for now</source>
        <translation>Na, ei gadw am nawr</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Go back to your video.</source>
        <translation>Mynd yn ôl i dy fideo.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Record it again? This video will be thrown away.</source>
        <translation>Recordio eto? Bydd y fideo hwn yn cael ei daflu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yes, record again</source>
        <translation>Ie, recordio eto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throw this video away and start a new one.</source>
        <translation>Taflu&apos;r fideo hwn a dechrau un newydd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, keep this one</source>
        <translation>Na, cadw hwn</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Record a video</source>
        <translation>Recordio fideo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press Record and say what you want the meeting to hear. You can pause whenever you like, and watch it at the end.</source>
        <translation>Pwysa Recordio a dyweda beth rwyt ti eisiau i&apos;r cyfarfod ei glywed. Gelli di oedi pryd bynnag rwyt ti eisiau, a&apos;i wylio ar y diwedd.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Camera:</source>
        <translation>Camera:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose which camera to use.</source>
        <translation>Dewis pa gamera i&apos;w ddefnyddio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Microphone:</source>
        <translation>Meicroffon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your face:</source>
        <translation>Dy wyneb:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show my face</source>
        <translation>Dangos fy wyneb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The video shows you as the camera sees you.</source>
        <translation>Mae&apos;r fideo&apos;n dy ddangos di fel mae&apos;r camera&apos;n dy weld di.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Blur the background</source>
        <translation>Gwneud y cefndir yn aneglur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything behind you is blurred, so nobody sees where you are.</source>
        <translation>Mae popeth y tu ôl i ti&apos;n aneglur, felly does neb yn gweld ble rwyt ti.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Blur my face</source>
        <translation>Gwneud fy wyneb yn aneglur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your face is blurred. The meeting still hears your voice.</source>
        <translation>Mae dy wyneb yn aneglur. Mae&apos;r cyfarfod yn dal i glywed dy lais.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record</source>
        <translation>Recordio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count down from three, then start recording a video.</source>
        <translation>Cyfrif i lawr o dri, yna dechrau recordio fideo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Watch it back</source>
        <translation>Gwylio&apos;n ôl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Watch your video if you like. Then keep it, or record it again.</source>
        <translation>Gwylia dy fideo os hoffet ti. Yna cadwa fe, neu recordia fe eto.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record again</source>
        <translation>Recordio eto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a new video instead of this one.</source>
        <translation>Gwneud fideo newydd yn lle hwn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep it</source>
        <translation>Ei gadw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this video with your things.</source>
        <translation>Cadw&apos;r fideo hwn gyda dy bethau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Throw it away</source>
        <translation>Ei daflu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this video. You will be asked first.</source>
        <translation>Dileu&apos;r fideo hwn. Byddi di&apos;n cael dy holi yn gyntaf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If it still does not work, ask the grown-up with you to help. You can record your voice, write or draw instead.</source>
        <translation>Os nad yw&apos;n gweithio o hyd, gofynna i&apos;r oedolyn sydd gyda ti am help. Gelli di recordio dy lais, ysgrifennu neu dynnu llun yn lle.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Try again</source>
        <translation>Rhoi cynnig arall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look for the camera and microphone again.</source>
        <translation>Chwilio am y camera a&apos;r meicroffon eto.</translation>
    </message>
</context>
<context>
    <name>VideoPreview</name>
    <message>
        <location filename="../voiceapp/ui/record/video_parts.py" line="+208"/>
        <source>Camera picture</source>
        <translation>Llun y camera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the camera sees, like a mirror.</source>
        <translation>Beth mae&apos;r camera&apos;n ei weld, fel drych.</translation>
    </message>
</context>
<context>
    <name>ViewerPage</name>
    <message>
        <location filename="../voiceapp/ui/chair/viewer.py" line="+51"/>
        <source>Checking progress</source>
        <translation>Cynnydd y gwirio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Stopio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop checking and close the file.</source>
        <translation>Stopio gwirio a chau&apos;r ffeil.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The things the young person sent</source>
        <translation>Y pethau a anfonodd y person ifanc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the arrow keys to choose a thing; it shows on the right.</source>
        <translation>Defnyddiwch y saethau i ddewis peth; mae&apos;n dangos ar y dde.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Checking that nothing was changed. The things open when the check is done.</source>
        <translation>Wrthi&apos;n gwirio na newidiwyd dim. Mae&apos;r pethau&apos;n agor pan fydd y gwirio wedi&apos;i wneud.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Complete summary (PDF)…</source>
        <translation>Crynodeb cyflawn (PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a summary of everything, for the conference record.</source>
        <translation>Cadw crynodeb o bopeth, ar gyfer cofnod y gynhadledd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Summary for everyone (PDF)…</source>
        <translation>Crynodeb i bawb (PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a summary that leaves out everything only for the chair.</source>
        <translation>Cadw crynodeb sy&apos;n gadael allan popeth sydd i&apos;r cadeirydd yn unig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save copies…</source>
        <translation>Cadw copïau…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save plain copies of chosen things to a folder.</source>
        <translation>Cadw copïau plaen o bethau dewisol mewn ffolder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close this file and go back.</source>
        <translation>Cau&apos;r ffeil hon a mynd yn ôl.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Opening…</source>
        <translation>Wrthi&apos;n agor…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Conference: %1</source>
        <translation>Cynhadledd: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reference: %1</source>
        <translation>Cyfeirnod: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking that nothing was changed since the young person sent it. Nothing can be opened until this is done.</source>
        <translation>Wrthi&apos;n gwirio na newidiwyd dim ers i&apos;r person ifanc ei anfon. Does dim modd agor dim nes bod hyn wedi&apos;i wneud.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Checked: every item is exactly what the young person sent.</source>
        <translation>Wedi&apos;i wirio: mae pob eitem yn union beth anfonodd y person ifanc.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Checking…</source>
        <translation>Wrthi&apos;n gwirio…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>read</source>
        <translation>wedi&apos;i ddarllen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shared</source>
        <translation>wedi&apos;i rannu</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Save the complete summary</source>
        <translation>Cadw&apos;r crynodeb cyflawn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the summary for everyone</source>
        <translation>Cadw&apos;r crynodeb i bawb</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Making the summary…</source>
        <translation>Wrthi&apos;n creu&apos;r crynodeb…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Summary saved: %1</source>
        <translation>Crynodeb wedi&apos;i gadw: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose a folder for the copies</source>
        <translation>Dewiswch ffolder ar gyfer y copïau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only for the chair</source>
        <translation>i&apos;r cadeirydd yn unig</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saving copies…</source>
        <translation>Wrthi&apos;n cadw copïau…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copies saved in %1</source>
        <translation>Copïau wedi&apos;u cadw yn %1</translation>
    </message>
</context>
<context>
    <name>VoicePage</name>
    <message>
        <location filename="../voiceapp/ui/record/page.py" line="+324"/>
        <source>Getting the microphone ready…</source>
        <translation>Wrthi&apos;n paratoi&apos;r meicroffon…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your recording is kept. You can record another one if you like.</source>
        <translation>Mae dy recordiad wedi&apos;i gadw. Gelli di recordio un arall os hoffet ti.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That recording was thrown away. You can record a new one.</source>
        <translation>Cafodd y recordiad yna ei daflu. Gelli di recordio un newydd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The microphone stopped working. Maybe it came unplugged? Everything you said up to then is here.</source>
        <translation>Stopiodd y meicroffon weithio. Efallai iddo ddod yn rhydd? Mae popeth ddwedaist ti hyd at hynny yma.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That is as long as a recording can be, so it stopped by itself. Everything up to then is here.</source>
        <translation>Dyna&apos;r hyd hiraf y gall recordiad fod, felly stopiodd ar ei ben ei hun. Mae popeth hyd at hynny yma.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The longest a recording can be: {time}</source>
        <translation>Yr hiraf y gall recordiad fod: {time}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Throw this recording away? It cannot be got back afterwards.</source>
        <translation>Taflu&apos;r recordiad hwn? Does dim modd ei gael yn ôl wedyn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yes, throw it away</source>
        <translation>Ie, ei daflu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recording is deleted.</source>
        <translation>Mae&apos;r recordiad wedi&apos;i ddileu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, keep it for now</source>
        <translation>Na, ei gadw am nawr</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>Go back to your recording.</source>
        <translation>Mynd yn ôl i dy recordiad.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Record it again? This recording will be thrown away.</source>
        <translation>Recordio eto? Bydd y recordiad hwn yn cael ei daflu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yes, record again</source>
        <translation>Ie, recordio eto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throw this recording away and start a new one.</source>
        <translation>Taflu&apos;r recordiad hwn a dechrau un newydd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No, keep this one</source>
        <translation>Na, cadw hwn</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Record my voice</source>
        <translation>Recordio fy llais</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press Record and say what you want the meeting to hear. You can pause whenever you like, and listen back at the end.</source>
        <translation>Pwysa Recordio a dyweda beth rwyt ti eisiau i&apos;r cyfarfod ei glywed. Gelli di oedi pryd bynnag rwyt ti eisiau, a gwrando&apos;n ôl ar y diwedd.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Microphone:</source>
        <translation>Meicroffon:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record</source>
        <translation>Recordio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start recording your voice.</source>
        <translation>Dechrau recordio dy lais.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop</source>
        <translation>Stopio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish recording, then listen to it.</source>
        <translation>Gorffen recordio, yna gwrando arno.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listen back</source>
        <translation>Gwrando&apos;n ôl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listen to your recording if you like. Then keep it, or record it again.</source>
        <translation>Gwranda ar dy recordiad os hoffet ti. Yna cadwa fe, neu recordia fe eto.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record again</source>
        <translation>Recordio eto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a new recording instead of this one.</source>
        <translation>Gwneud recordiad newydd yn lle hwn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep it</source>
        <translation>Ei gadw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this recording with your things.</source>
        <translation>Cadw&apos;r recordiad hwn gyda dy bethau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Throw it away</source>
        <translation>Ei daflu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this recording. You will be asked first.</source>
        <translation>Dileu&apos;r recordiad hwn. Byddi di&apos;n cael dy holi yn gyntaf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>We can&apos;t hear a microphone</source>
        <translation>Dydyn ni ddim yn gallu clywed meicroffon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If it still does not work, ask the grown-up with you to help. You can write or draw instead.</source>
        <translation>Os nad yw&apos;n gweithio o hyd, gofynna i&apos;r oedolyn sydd gyda ti am help. Gelli di ysgrifennu neu dynnu llun yn lle.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Try again</source>
        <translation>Rhoi cynnig arall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look for the microphone again.</source>
        <translation>Chwilio am y meicroffon eto.</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../voiceapp/ui/helper/words.py" line="+13"/>
        <source>A drawing</source>
        <translation>Llun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A letter</source>
        <translation>Llythyr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A voice recording</source>
        <translation>Recordiad llais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A video</source>
        <translation>Fideo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A picture</source>
        <translation>Delwedd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How I feel</source>
        <translation>Sut dw i&apos;n teimlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The three houses</source>
        <translation>Y tri thŷ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something they made</source>
        <translation>Rhywbeth a wnaethon nhw</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only the chair may see this</source>
        <translation>Dim ond y cadeirydd all weld hwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone at the meeting may see this</source>
        <translation>Gall pawb yn y cyfarfod weld hwn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Written down by a helper</source>
        <translation>Wedi&apos;i ysgrifennu gan helpwr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In {name}&apos;s own words</source>
        <translation>Yng ngeiriau {name} ei hun</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sent</source>
        <translation>Wedi&apos;i anfon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Getting ready</source>
        <translation>Yn paratoi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>4 to 7 years old</source>
        <translation>4 i 7 oed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>8 to 12 years old</source>
        <translation>8 i 12 oed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>13 to 17 years old</source>
        <translation>13 i 17 oed</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Their social worker</source>
        <translation>Eu gweithiwr cymdeithasol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their advocate</source>
        <translation>Eu heiriolwr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A family member</source>
        <translation>Aelod o&apos;r teulu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else who helps them</source>
        <translation>Rhywun arall sy&apos;n eu helpu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On their own</source>
        <translation>Ar eu pen eu hunain</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Deleted today ({date})</source>
        <translation>Yn cael ei ddileu heddiw ({date})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted tomorrow ({date})</source>
        <translation>Yn cael ei ddileu yfory ({date})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted in {days} days ({date})</source>
        <translation>Yn cael ei ddileu ymhen {days} diwrnod ({date})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Everything about {name} is deleted from this laptop today.</source>
        <translation>Mae popeth am {name} yn cael ei ddileu o&apos;r gliniadur hwn heddiw.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything about {name} is deleted from this laptop tomorrow, {date}.</source>
        <translation>Mae popeth am {name} yn cael ei ddileu o&apos;r gliniadur hwn yfory, {date}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything about {name} is deleted from this laptop on {date}, in {days} days.</source>
        <translation>Mae popeth am {name} yn cael ei ddileu o&apos;r gliniadur hwn ar {date}, ymhen {days} diwrnod.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Conference on {date}</source>
        <translation>Cynhadledd ar {date}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{minutes}:{seconds:02d} long</source>
        <translation>{minutes}:{seconds:02d} o hyd</translation>
    </message>
</context>
<context>
    <name>YoungPersonHome</name>
    <message>
        <location filename="../voiceapp/ui/space/own_home.py" line="+106"/>
        <source>Delete your things from this computer?</source>
        <translation>Dileu dy bethau o&apos;r cyfrifiadur hwn?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chair keeps what you sent. Everything here will be deleted, for good.</source>
        <translation>Mae&apos;r cadeirydd yn cadw beth anfonaist ti. Bydd popeth yma&apos;n cael ei ddileu, am byth.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yes, delete everything</source>
        <translation>Ie, dileu popeth</translation>
    </message>
</context>
<context>
    <name>YoungSpace</name>
    <message>
        <location filename="../voiceapp/ui/space/space.py" line="+216"/>
        <source>My drawing</source>
        <translation>Fy llun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My letter</source>
        <translation>Fy llythyr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My voice recording</source>
        <translation>Fy recordiad llais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My video</source>
        <translation>Fy fideo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How I feel</source>
        <translation>Sut dw i&apos;n teimlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My three houses</source>
        <translation>Fy nhri thŷ</translation>
    </message>
</context>
</TS>
