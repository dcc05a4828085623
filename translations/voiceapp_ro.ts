<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en_GB">
<context>
    <name>AboutMePage</name>
    <message>
        <location filename="../voiceapp/ui/space/own_home.py" line="+112"/>
        <source>Please type a name first.</source>
        <translation>Te rog, scrie mai întâi un nume.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Please choose how old you are.</source>
        <translation>Te rog, alege câți ani ai.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Before you start</source>
        <translation>Înainte să începi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Three quick questions, so that your space fits you.</source>
        <translation>Trei întrebări rapide, ca spațiul tău să ți se potrivească.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>What would you like to be called?</source>
        <translation>Cum vrei să-ți spunem?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How old are you?</source>
        <translation>Câți ani ai?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>4 to 7</source>
        <translation>4–7</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>8 to 12</source>
        <translation>8–12</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>13 to 17</source>
        <translation>13–17</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose this if it is your age.</source>
        <translation>Alege asta dacă ai vârsta aceasta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>When is your meeting?</source>
        <translation>Când este întâlnirea ta?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I don&apos;t know yet</source>
        <translation>Nu știu încă</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I don&apos;t know the date of my meeting yet</source>
        <translation>Nu știu încă data întâlnirii mele</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start</source>
        <translation>Începe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open my space.</source>
        <translation>Deschide spațiul meu.</translation>
    </message>
</context>
<context>
    <name>BreakPage</name>
    <message>
        <location filename="../voiceapp/ui/space/rest.py" line="+75"/>
        <source>Time for a break</source>
        <translation>E timpul pentru o pauză</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A picture of a warm drink</source>
        <translation>O imagine cu o băutură caldă</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take as long as you need. Have a drink, stretch, or talk to someone you trust.</source>
        <translation>Ia-ți cât timp ai nevoie. Bea ceva, întinde-te sau vorbește cu cineva în care ai încredere.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>I&apos;m ready to carry on</source>
        <translation>Sunt gata să continui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to where you were.</source>
        <translation>Întoarce-te unde erai.</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <location filename="../voiceapp/ui/helper/case_form.py" line="+193"/>
        <source>Please write the name they would like to be called, and choose a delete-after day after today.</source>
        <translation>Vă rugăm să scrieți numele pe care îl preferă și să alegeți o zi de ștergere după ziua de azi.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Add a young person</source>
        <translation>Adaugă un tânăr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change {name}&apos;s details</source>
        <translation>Modificați datele lui {name}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The name they would like to be called</source>
        <translation>Numele pe care îl preferă</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Their age</source>
        <translation>Vârsta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date of the conference</source>
        <translation>Data conferinței</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Conference reference (if there is one)</source>
        <translation>Numărul de referință al conferinței (dacă există)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Their language</source>
        <translation>Limba</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You are their</source>
        <translation>Rolul dumneavoastră</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete everything from this laptop on</source>
        <translation>Ștergeți totul de pe acest laptop pe</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>A first name or a nickname is enough. It goes to the chair.</source>
        <translation>Ajunge un prenume sau o poreclă. Îl va vedea președintele.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Social worker</source>
        <translation>Asistent social</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advocate</source>
        <translation>Reprezentant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family member</source>
        <translation>Membru al familiei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone else who helps them</source>
        <translation>Altcineva care ajută</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything about this young person is deleted from this laptop on this day, whether it was sent or not. You will be reminded a few days before.</source>
        <translation>În această zi, tot ce ține de acest tânăr se șterge de pe acest laptop, fie că a fost trimis, fie că nu. Veți primi un memento cu câteva zile înainte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Renunță</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back without saving.</source>
        <translation>Înapoi fără salvare.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Save</source>
        <translation>Salvează</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep these details.</source>
        <translation>Păstrați aceste date.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Type the date, or open the calendar.</source>
        <translation>Scrieți data sau deschideți calendarul.</translation>
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
        <translation>Deschideți pagina lui {name}</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Some young people&apos;s things reached their delete-after date and have been deleted: {count}.</source>
        <translation>Lucrurile unor tineri au ajuns la data de ștergere și au fost șterse: {count}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name}&apos;s things will be deleted soon: {when}. Send anything still to send before then.</source>
        <translation>Lucrurile lui {name} vor fi șterse în curând: {when}. Trimiteți până atunci tot ce mai este de trimis.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+41"/>
        <source>Young people</source>
        <translation>Tineri</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Text and colours</source>
        <translation>Text și culori</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bigger words, high contrast, and sounds or movement off.</source>
        <translation>Litere mai mari, contrast ridicat, fără sunete sau mișcare.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nobody here yet. Add a young person to begin.</source>
        <translation>Încă nu este nimeni aici. Adăugați un tânăr ca să începeți.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Add a young person</source>
        <translation>Adaugă un tânăr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a private space for one more young person.</source>
        <translation>Creați un spațiu privat pentru încă un tânăr.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Lock My Voice</source>
        <translation>Blochează My Voice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock now. Your passphrase is needed to open it again.</source>
        <translation>Blocați acum. Pentru redeschidere este nevoie de fraza de acces.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lock by itself when nobody uses it for</source>
        <translation>Se blochează singur când nu e folosit timp de</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{minutes} minutes</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock by itself after</source>
        <translation>Se blochează singur după</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How long My Voice waits with nobody using it before it locks.</source>
        <translation>Cât așteaptă My Voice nefolosit înainte să se blocheze.</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <location filename="../voiceapp/ui/helper/case_page.py" line="+176"/>
        <source>Remove “{title}”?</source>
        <translation>Eliminați „{title}”?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It will be deleted from this laptop and cannot be brought back. Only do this if {name} agrees.</source>
        <translation>Va fi șters de pe acest laptop și nu mai poate fi recuperat. Faceți asta doar dacă {name} este de acord.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yes, remove it</source>
        <translation>Da, elimină</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Everything {name} made and everything about them will be deleted from this laptop, for good. Nobody can bring it back. Anything already sent to the chair stays with the chair.</source>
        <translation>Tot ce a făcut {name} și tot ce ține de acest tânăr va fi șters definitiv de pe acest laptop. Nimeni nu îl mai poate recupera. Ce a fost deja trimis președintelui rămâne la președinte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Their things have not been sent yet.</source>
        <translation>Lucrurile nu au fost trimise încă.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete {name} and all their things?</source>
        <translation>Ștergeți datele și toate lucrurile lui {name}?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yes, delete everything</source>
        <translation>Da, șterge tot</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Reference {reference}</source>
        <translation>Referință {reference}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sent to the chair on {when}. When the chair has it, you can delete {name}&apos;s things now.</source>
        <translation>Trimis președintelui pe {when}. Când președintele îl are, puteți șterge acum lucrurile lui {name}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>Show the receipt</source>
        <translation>Arată confirmarea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was sent, when, and to whom. You can print it or save it.</source>
        <translation>Ce s-a trimis, când și cui. O puteți tipări sau salva.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete {name}&apos;s things now</source>
        <translation>Șterge acum lucrurile lui {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+89"/>
        <source>Deletes everything about them from this laptop, after asking you.</source>
        <translation>Șterge de pe acest laptop tot ce ține de acest tânăr, după ce vă întreabă.</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>The chair&apos;s key card</source>
        <translation>Cardul de cheie al președintelui</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No key card yet. Ask the conference chair for their My Voice key card: it lets you send {name}&apos;s things so that only the chair can open them.</source>
        <translation>Încă nu există un card de cheie. Cereți președintelui conferinței cardul de cheie My Voice: cu el puteți trimite lucrurile lui {name} astfel încât doar președintele să le poată deschide.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add the chair&apos;s key card</source>
        <translation>Adaugă cardul de cheie al președintelui</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{chair}, {organisation}. Fingerprint: {fingerprint}</source>
        <translation>{chair}, {organisation}. Amprentă: {fingerprint}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use a different key card</source>
        <translation>Folosește alt card de cheie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a key card file, or paste the key card text.</source>
        <translation>Deschideți un fișier card de cheie sau lipiți textul cardului.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}&apos;s things</source>
        <translation>Lucrurile lui {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Getting {name}&apos;s things...</source>
        <translation>Se încarcă lucrurile lui {name}...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing here yet. Start {name}&apos;s space, or add something they made elsewhere.</source>
        <translation>Încă nu este nimic aici. Porniți spațiul lui {name} sau adăugați ceva făcut în altă parte.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All young people</source>
        <translation>Toți tinerii</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to the list of young people.</source>
        <translation>Înapoi la lista de tineri.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add something made elsewhere</source>
        <translation>Adaugă ceva făcut în altă parte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A photo of a drawing on paper, a letter, a recording or a video from a file.</source>
        <translation>Fotografia unui desen pe hârtie, o scrisoare, o înregistrare sau un video dintr-un fișier.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start {name}&apos;s space</source>
        <translation>Pornește spațiul lui {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fills the screen with {name}&apos;s own space. Leaving it needs you.</source>
        <translation>Umple ecranul cu spațiul lui {name}. Doar dumneavoastră îl puteți închide.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send to the chair</source>
        <translation>Trimite președintelui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look at everything once more and save it for the chair.</source>
        <translation>Priviți totul încă o dată și salvați pentru președinte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change details</source>
        <translation>Modifică datele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the name, conference date or delete-after day.</source>
        <translation>Modificați numele, data conferinței sau ziua de ștergere.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete {name}</source>
        <translation>Șterge datele lui {name}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name}&apos;s page</source>
        <translation>Pagina lui {name}</translation>
    </message>
</context>
<context>
    <name>ChairCommon</name>
    <message>
        <location filename="../voiceapp/ui/chair/common.py" line="+120"/>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation>Cele două fraze de acces nu sunt la fel. Vă rugăm să le scrieți din nou.</translation>
    </message>
</context>
<context>
    <name>ChairHome</name>
    <message>
        <location filename="../voiceapp/ui/chair/home.py" line="+49"/>
        <source>Conference chair</source>
        <translation>Președintele conferinței</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>My Voice for conference chairs</source>
        <translation>My Voice pentru președinții conferințelor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inbox</source>
        <translation>Fișiere primite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The files young people sent you.</source>
        <translation>Fișierele trimise de tineri.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My key</source>
        <translation>Cheia mea</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your key card, and backups.</source>
        <translation>Cardul de cheie și copiile de rezervă.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock</source>
        <translation>Blochează</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close what is open and lock My Voice.</source>
        <translation>Închideți ce este deschis și blocați My Voice.</translation>
    </message>
</context>
<context>
    <name>ChairKey</name>
    <message>
        <location filename="../voiceapp/ui/chair/pdf.py" line="+232"/>
        <source>Standard key (post-quantum)</source>
        <translation>Cheie standard (post-cuantică)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compatibility key (X25519)</source>
        <translation>Cheie de compatibilitate (X25519)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organizație</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made on</source>
        <translation>Creată pe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of key</source>
        <translation>Tipul cheii</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My Voice key card</source>
        <translation>Card de cheie My Voice</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Helpers use this card to lock young people&apos;s views so that only this chair can open them. Before using it, read the fingerprint below to each other over the phone: if the letters match, the card is real.</source>
        <translation>Persoanele care îi ajută pe tineri folosesc acest card ca să blocheze părerile tinerilor astfel încât doar acest președinte să le poată deschide. Înainte de folosire, citiți-vă unul altuia amprenta de mai jos la telefon: dacă literele se potrivesc, cardul este autentic.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fingerprint</source>
        <translation>Amprentă</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Key</source>
        <translation>Cheie</translation>
    </message>
</context>
<context>
    <name>ChairSetup</name>
    <message>
        <location filename="../voiceapp/ui/chair/setup.py" line="+60"/>
        <source>Set up the chair&apos;s key</source>
        <translation>Configurarea cheii președintelui</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Working</source>
        <translation>Se lucrează</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Set up your chair&apos;s key</source>
        <translation>Configurați cheia de președinte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Young people&apos;s views are locked so that only your key can open them. Your key stays on this computer, protected by a passphrase you choose.</source>
        <translation>Părerile tinerilor sunt blocate astfel încât doar cheia dumneavoastră le poate deschide. Cheia rămâne pe acest computer, protejată de o frază de acces aleasă de dumneavoastră.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+58"/>
        <source>Make a new key</source>
        <translation>Creează o cheie nouă</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Make a new key for opening what young people send you.</source>
        <translation>Creați o cheie nouă pentru a deschide ce vă trimit tinerii.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use a key I already have…</source>
        <translation>Folosesc o cheie pe care o am deja…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring in an age identity file you already use.</source>
        <translation>Aduceți un fișier de identitate age pe care îl folosiți deja.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore my key from a backup…</source>
        <translation>Restaurează cheia dintr-o copie de rezervă…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring back your key from a backup file made by My Voice.</source>
        <translation>Recuperați cheia dintr-un fișier de rezervă făcut de My Voice.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most chairs start here.</source>
        <translation>Majoritatea președinților încep aici.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For example a key your IT team made with the age tool.</source>
        <translation>De exemplu, o cheie făcută de echipa IT cu instrumentul age.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After a new computer, or a lost passphrase.</source>
        <translation>După un computer nou sau o frază de acces pierdută.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose your everyday passphrase</source>
        <translation>Alegeți fraza de acces zilnică</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the same passphrase again</source>
        <translation>Scrieți din nou aceeași frază de acces</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You type this each time you open My Voice. At least 10 characters: a few words you will remember, like &apos;purple kettle seven&apos;.</source>
        <translation>O scrieți de fiecare dată când deschideți My Voice. Cel puțin 10 caractere: câteva cuvinte pe care le veți ține minte, cum ar fi „ceainic mov șapte”.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Back</source>
        <translation>Înapoi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go back to the three choices.</source>
        <translation>Înapoi la cele trei variante.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Standard key (recommended): safe even against future quantum computers</source>
        <translation>Cheie standard (recomandată): sigură chiar și față de viitoarele computere cuantice</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compatibility key: also opens with older age tools (X25519)</source>
        <translation>Cheie de compatibilitate: se deschide și cu instrumente age mai vechi (X25519)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use this unless the chair&apos;s office needs the age tool. Arrow keys choose.</source>
        <translation>Folosiți aceasta, dacă biroul președintelui nu are nevoie de instrumentul age. Alegeți cu săgețile.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only if your office must open files with an older age tool.</source>
        <translation>Doar dacă biroul trebuie să deschidă fișiere cu un instrument age mai vechi.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>These records must stay private for the young person&apos;s whole life, so the standard key is protected against computers that may exist in future. Choose the compatibility key only if your IT team also opens these files with an older age tool that does not know post-quantum keys.</source>
        <translation>Aceste date trebuie să rămână private toată viața tânărului, de aceea cheia standard este protejată și față de computerele care ar putea exista în viitor. Alegeți cheia de compatibilitate doar dacă echipa IT deschide aceste fișiere și cu un instrument age mai vechi, care nu cunoaște cheile post-cuantice.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Make my key</source>
        <translation>Creează cheia mea</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make the key now.</source>
        <translation>Creați cheia acum.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Use a key you already have</source>
        <translation>Folosiți o cheie pe care o aveți deja</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose an age identity file (made by age-keygen, or by My Voice). If it is protected by a passphrase, type that passphrase too.</source>
        <translation>Alegeți un fișier de identitate age (făcut cu age-keygen sau cu My Voice). Dacă este protejat de o frază de acces, scrieți și acea frază.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose key file…</source>
        <translation>Alege fișierul cheii…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose the age identity file to bring in.</source>
        <translation>Alegeți fișierul de identitate age pe care îl aduceți.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>The key file&apos;s own passphrase</source>
        <translation>Fraza de acces a fișierului cheii</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use this key</source>
        <translation>Folosește această cheie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bring in this key now.</source>
        <translation>Aduceți această cheie acum.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Restore your key from a backup</source>
        <translation>Restaurați cheia dintr-o copie de rezervă</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose backup file…</source>
        <translation>Alege fișierul de rezervă…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose the backup of your key.</source>
        <translation>Alegeți copia de rezervă a cheii.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>The backup&apos;s recovery passphrase</source>
        <translation>Fraza de recuperare a copiei de rezervă</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore my key</source>
        <translation>Restaurează cheia mea</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore the key now.</source>
        <translation>Restaurați cheia acum.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Back up your key</source>
        <translation>Faceți o copie de rezervă a cheii</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If this key is lost (a broken or replaced computer, a forgotten passphrase), the young people&apos;s views sent to it can never be opened, by anyone. Not even My Voice can get them back.</source>
        <translation>Dacă această cheie se pierde (un computer stricat sau înlocuit, o frază de acces uitată), părerile tinerilor trimise către ea nu mai pot fi deschise niciodată, de nimeni. Nici măcar My Voice nu le poate recupera.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save a backup somewhere safe away from this computer, for example your organisation&apos;s secure drive. It is locked with a recovery passphrase: choose one different from your everyday passphrase, and keep it apart from the backup.</source>
        <translation>Salvați o copie de rezervă într-un loc sigur, departe de acest computer, de exemplu pe unitatea securizată a organizației. Este blocată cu o frază de recuperare: alegeți una diferită de fraza de acces zilnică și păstrați-o separat de copia de rezervă.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a recovery passphrase</source>
        <translation>Alegeți o frază de recuperare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the recovery passphrase again</source>
        <translation>Scrieți din nou fraza de recuperare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least 10 characters, and not the same as your everyday passphrase.</source>
        <translation>Cel puțin 10 caractere și diferită de fraza de acces zilnică.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a backup…</source>
        <translation>Salvează o copie de rezervă…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose where to save the backup of your key.</source>
        <translation>Alegeți unde salvați copia de rezervă a cheii.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not now</source>
        <translation>Nu acum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go on without a backup. You can make one later from My key.</source>
        <translation>Continuați fără copie de rezervă. Puteți face una mai târziu din Cheia mea.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose your age identity file</source>
        <translation>Alegeți fișierul de identitate age</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Toate fișierele (*)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose the backup of your key</source>
        <translation>Alegeți copia de rezervă a cheii</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key backups (*.age);;All files (*)</source>
        <translation>Copii de rezervă ale cheii (*.age);;Toate fișierele (*)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Making your key. This takes a few seconds…</source>
        <translation>Se creează cheia. Durează câteva secunde…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose your key file first.</source>
        <translation>Alegeți mai întâi fișierul cheii.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Bringing in your key…</source>
        <translation>Se aduce cheia…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose your backup file first.</source>
        <translation>Alegeți mai întâi fișierul de rezervă.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restoring your key…</source>
        <translation>Se restaurează cheia…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Please choose a recovery passphrase different from your everyday one.</source>
        <translation>Vă rugăm să alegeți o frază de recuperare diferită de cea zilnică.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the backup of your key</source>
        <translation>Salvați copia de rezervă a cheii</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key backups (*.age)</source>
        <translation>Copii de rezervă ale cheii (*.age)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saving the backup…</source>
        <translation>Se salvează copia de rezervă…</translation>
    </message>
</context>
<context>
    <name>ChairWords</name>
    <message>
        <location filename="../voiceapp/ui/chair/words.py" line="+17"/>
        <source>Drawing</source>
        <translation>Desen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>Scrisoare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voice recording</source>
        <translation>Înregistrare audio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picture</source>
        <translation>Imagine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How I feel</source>
        <translation>Cum mă simt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three houses</source>
        <translation>Trei case</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only for the chair — do not show or read out</source>
        <translation>Doar pentru președinte — nu arătați și nu citiți cu voce tare</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everyone at the meeting may see this</source>
        <translation>Toată lumea de la întâlnire poate vedea asta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only for the chair</source>
        <translation>Doar pentru președinte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone may see</source>
        <translation>Toată lumea poate vedea</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Written down by a helper</source>
        <translation>Scris de cineva care ajută</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The young person&apos;s own words</source>
        <translation>Cuvintele tânărului</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>written by helper</source>
        <translation>scris de cineva care ajută</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>own words</source>
        <translation>cuvintele proprii</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Made alone</source>
        <translation>Făcut fără ajutor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made with a social worker</source>
        <translation>Făcut cu un asistent social</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made with an advocate</source>
        <translation>Făcut cu un reprezentant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made with a family member</source>
        <translation>Făcut cu un membru al familiei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made with someone else</source>
        <translation>Făcut cu altcineva</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a little</source>
        <translation>puțin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quite a lot</source>
        <translation>destul de mult</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>very</source>
        <translation>foarte</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Age %1</source>
        <translation>Vârsta %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>1 thing</source>
        <translation>1 lucru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 things</source>
        <translation>Lucruri: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1&apos;s views</source>
        <translation>Părerea lui %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A young person&apos;s views</source>
        <translation>Părerea unui tânăr</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no name given)</source>
        <translation>(fără nume)</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../voiceapp/ui/helper/confirm.py" line="+30"/>
        <location line="+1"/>
        <source>No, keep them</source>
        <translation>Nu, păstrează-le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back without changing anything.</source>
        <translation>Înapoi fără nicio schimbare.</translation>
    </message>
</context>
<context>
    <name>CopiesPanel</name>
    <message>
        <location filename="../voiceapp/ui/chair/copies.py" line="+77"/>
        <source>Save a copy of chosen things</source>
        <translation>Salvați o copie a lucrurilor alese</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copies are not encrypted. Anyone who can open the folder you choose can see them. Save them only where your case records are kept safe, and delete them when they are no longer needed.</source>
        <translation>Copiile nu sunt criptate. Oricine poate deschide dosarul ales le poate vedea. Salvați-le doar acolo unde dosarele cazurilor sunt păstrate în siguranță și ștergeți-le când nu mai sunt necesare.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Things to copy</source>
        <translation>Lucruri de copiat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Space to tick or untick a thing.</source>
        <translation>Apăsați Spațiu ca să bifați sau să debifați un lucru.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose folder and save…</source>
        <translation>Alege dosarul și salvează…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a folder and save the copies.</source>
        <translation>Alegeți un dosar și salvați copiile.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back</source>
        <translation>Înapoi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go back to the things.</source>
        <translation>Înapoi la lucruri.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Tick at least one thing to copy.</source>
        <translation>Bifați cel puțin un lucru de copiat.</translation>
    </message>
</context>
<context>
    <name>CreateProfilePage</name>
    <message>
        <location filename="../voiceapp/ui/profile/create_page.py" line="+107"/>
        <source>The two passphrases are not the same yet.</source>
        <translation>Cele două fraze de acces nu sunt încă la fel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A PIN is 4 to 8 numbers. Or leave it empty.</source>
        <translation>Un PIN are între 4 și 8 cifre. Sau lăsați gol.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>That passphrase will do nicely.</source>
        <translation>Fraza aceasta de acces este foarte bună.</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+68"/>
        <source>Choose a passphrase</source>
        <translation>Alegeți o frază de acces</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>A passphrase is like a secret password made of a few words. It keeps your things private. Use at least 10 letters: three words you will remember, like &apos;purple kettle seven&apos;, are perfect. Nobody can find it out for you if you forget it, so keep it safe.</source>
        <translation>O frază de acces este ca o parolă secretă făcută din câteva cuvinte. Îți păstrează lucrurile private. Folosește cel puțin 10 litere: trei cuvinte pe care le ții minte, cum ar fi „ceainic mov șapte”, sunt perfecte. Nimeni nu ți-o poate afla dacă o uiți, așa că păstreaz-o bine.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your passphrase locks everything My Voice keeps on this computer. Use at least 10 characters: a few words you will remember, like &apos;purple kettle seven&apos;, work well. Keep it somewhere safe. If it is lost, nobody can open what is kept here, not even us.</source>
        <translation>Fraza de acces blochează tot ce păstrează My Voice pe acest computer. Folosiți cel puțin 10 caractere: merg bine câteva cuvinte pe care le țineți minte, cum ar fi „ceainic mov șapte”. Păstrați-o într-un loc sigur. Dacă se pierde, nimeni nu poate deschide ce este păstrat aici, nici măcar noi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Passphrase</source>
        <translation>Frază de acces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least 10 characters. A few words work well.</source>
        <translation>Cel puțin 10 caractere. Merg bine câteva cuvinte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>The same passphrase again</source>
        <translation>Aceeași frază de acces, din nou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type it once more, to be sure it is right.</source>
        <translation>Scrieți-o încă o dată, ca să fiți siguri că e corectă.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A short PIN (you can leave this empty)</source>
        <translation>Un PIN scurt (puteți lăsa gol)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A short PIN</source>
        <translation>Un PIN scurt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 to 8 numbers, to leave a young person&apos;s space quickly.</source>
        <translation>4–8 cifre, ca să ieșiți repede din spațiul unui tânăr.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With a PIN you can leave a young person&apos;s space quickly. It is forgotten whenever My Voice locks; without one, your passphrase is needed.</source>
        <translation>Cu un PIN puteți ieși repede din spațiul unui tânăr. Se uită de fiecare dată când My Voice se blochează; fără el, este nevoie de fraza de acces.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Setting up your private space. This takes a moment...</source>
        <translation>Se pregătește spațiul dumneavoastră privat. Durează puțin...</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Back</source>
        <translation>Înapoi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back to the start screen.</source>
        <translation>Înapoi la ecranul de start.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Make my profile</source>
        <translation>Creează profilul meu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keeps your passphrase and opens My Voice.</source>
        <translation>Păstrează fraza de acces și deschide My Voice.</translation>
    </message>
</context>
<context>
    <name>DisplayPage</name>
    <message>
        <location filename="../voiceapp/ui/display_page.py" line="+74"/>
        <location line="+1"/>
        <source>Text and colours</source>
        <translation>Text și culori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text size</source>
        <translation>Mărimea textului</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Text size {percent}</source>
        <translation>Mărimea textului {percent}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Makes all the words this big.</source>
        <translation>Face toate cuvintele atât de mari.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>High contrast: on</source>
        <translation>Contrast puternic: pornit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High contrast: off</source>
        <translation>Contrast puternic: oprit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Black words on white, strong edges.</source>
        <translation>Cuvinte negre pe alb, margini clare.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sounds: on</source>
        <translation>Sunete: pornite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sounds: off</source>
        <translation>Sunete: oprite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The little sounds when you draw.</source>
        <translation>Sunetele mici de când desenezi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Movement: on</source>
        <translation>Mișcare: pornită</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Movement: off</source>
        <translation>Mișcare: oprită</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off: the sound level bar stays still, changing once a second.</source>
        <translation>Oprită: bara nivelului sunetului stă pe loc și se schimbă cel mult o dată pe secundă.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done</source>
        <translation>Gata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this and carry on.</source>
        <translation>Închide asta și continuă.</translation>
    </message>
</context>
<context>
    <name>DrawPanel</name>
    <message>
        <location filename="../voiceapp/ui/draw/panel.py" line="+45"/>
        <source>Black</source>
        <translation>Negru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grey</source>
        <translation>Gri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>White</source>
        <translation>Alb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brown</source>
        <translation>Maro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red</source>
        <translation>Roșu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orange</source>
        <translation>Portocaliu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yellow</source>
        <translation>Galben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light green</source>
        <translation>Verde deschis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark green</source>
        <translation>Verde închis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light blue</source>
        <translation>Albastru deschis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark blue</source>
        <translation>Albastru închis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purple</source>
        <translation>Mov</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pink</source>
        <translation>Roz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light skin</source>
        <translation>Piele deschisă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium skin</source>
        <translation>Piele medie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark skin</source>
        <translation>Piele închisă</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Happy face</source>
        <translation>Față veselă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calm face</source>
        <translation>Față liniștită</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sad face</source>
        <translation>Față tristă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worried face</source>
        <translation>Față îngrijorată</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Angry face</source>
        <translation>Față furioasă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A grown-up</source>
        <translation>Un adult</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A child</source>
        <translation>Un copil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home</source>
        <translation>Casă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School</source>
        <translation>Școală</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cat</source>
        <translation>Pisică</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dog</source>
        <translation>Câine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sun</source>
        <translation>Soare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rain cloud</source>
        <translation>Nor cu ploaie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heart</source>
        <translation>Inimă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Star</source>
        <translation>Stea</translation>
    </message>
    <message>
        <location line="+337"/>
        <source>Sound on</source>
        <translation>Sunet pornit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sound off</source>
        <translation>Sunet oprit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sounds play as you draw. Press to turn them off.</source>
        <translation>Când desenezi se aud sunete. Apasă ca să le oprești.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sounds are off. Press to turn them on.</source>
        <translation>Sunetele sunt oprite. Apasă ca să le pornești.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Drawing</source>
        <translation>Desen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A drawing for: {house}</source>
        <translation>Un desen pentru: {house}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Put it in the house</source>
        <translation>Pune-l în casă</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go back to the houses with this drawing.</source>
        <translation>Înapoi la case cu acest desen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Draw</source>
        <translation>Desenează</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw lines with the brush.</source>
        <translation>Desenează linii cu pensula.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rubber</source>
        <translation>Radieră</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rub out what you drew.</source>
        <translation>Șterge ce ai desenat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fill</source>
        <translation>Umple</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill a space with colour.</source>
        <translation>Umple un spațiu cu culoare.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stamps</source>
        <translation>Ștampile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put a picture on your drawing.</source>
        <translation>Pune o imagine pe desenul tău.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Small</source>
        <translation>Mic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Mediu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Big</source>
        <translation>Mare</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thin lines, small stamps.</source>
        <translation>Linii subțiri, ștampile mici.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Middle-sized lines and stamps.</source>
        <translation>Linii și ștampile mijlocii.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thick lines, big stamps.</source>
        <translation>Linii groase, ștampile mari.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Use this colour.</source>
        <translation>Folosește această culoare.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stamp this picture.</source>
        <translation>Folosește această ștampilă.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undo</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take back the last thing you did.</source>
        <translation>Retrage ultimul lucru pe care l-ai făcut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Redo</source>
        <translation>Refă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put back what you took back.</source>
        <translation>Pune la loc ce ai retras.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start again</source>
        <translation>Începe din nou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the page. Undo brings your drawing back.</source>
        <translation>Golește pagina. Anulează îți aduce desenul înapoi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your drawing</source>
        <translation>Desenul tău</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw with the mouse, a pen or your finger. Arrow keys move, Space draws.</source>
        <translation>Desenează cu mouse-ul, cu un creion digital sau cu degetul. Săgețile mută, Spațiu desenează.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../voiceapp/ui/error_text.py" line="+20"/>
        <source>This file is cut short: part of it is missing. Ask for it to be sent again.</source>
        <translation>Acest fișier este incomplet: lipsește o parte din el. Cereți să fie trimis din nou.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is not a My Voice file.</source>
        <translation>Acesta nu este un fișier My Voice.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This file opened, but it is not something My Voice made.</source>
        <translation>Fișierul s-a deschis, dar nu este ceva făcut de My Voice.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file was made for a different key, so it cannot be opened with this one.</source>
        <translation>Acest fișier a fost făcut pentru o altă cheie, așa că nu poate fi deschis cu aceasta.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That passphrase is not right. Check it and try again.</source>
        <translation>Fraza de acces nu este corectă. Verificați-o și încercați din nou.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file is damaged or was changed after it was made, so it cannot be trusted.</source>
        <translation>Acest fișier este deteriorat sau a fost modificat după ce a fost făcut, așa că nu este de încredere.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This file was made by a newer version. Update My Voice to open it.</source>
        <translation>Acest fișier a fost făcut de o versiune mai nouă. Actualizați My Voice ca să-l deschideți.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file&apos;s passphrase protection is set too high to try on this computer.</source>
        <translation>Protecția cu frază de acces a acestui fișier este setată prea sus ca să fie încercată pe acest computer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file is too large to open here as it is. Ask for it to be sent again without ASCII armor.</source>
        <translation>Acest fișier este prea mare ca să fie deschis aici în forma aceasta. Cereți să fie trimis din nou fără ASCII armor.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This key is not valid. Check that it was copied completely.</source>
        <translation>Această cheie nu este validă. Verificați dacă a fost copiată complet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is not a My Voice key card, or it was changed. Ask the chair to send it again.</source>
        <translation>Acesta nu este un card de cheie My Voice sau a fost modificat. Cereți președintelui să-l trimită din nou.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A passphrase cannot be empty.</source>
        <translation>Fraza de acces nu poate fi goală.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please choose a longer passphrase: at least 10 characters. A few words you will remember, like &apos;purple kettle seven&apos;, work well.</source>
        <translation>Vă rugăm să alegeți o frază de acces mai lungă: cel puțin 10 caractere. Merg bine câteva cuvinte pe care le țineți minte, cum ar fi „ceainic mov șapte”.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>My Voice is already open on this computer. Close the other window first.</source>
        <translation>My Voice este deja deschis pe acest computer. Închideți mai întâi cealaltă fereastră.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file is not a kind My Voice can include. Choose a drawing, letter, recording, video, picture or page.</source>
        <translation>My Voice nu poate include acest tip de fișier. Alegeți un desen, o scrisoare, o înregistrare, un video, o imagine sau o pagină.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is too much to send in one file. Leave out a long video or recording and try again.</source>
        <translation>Este prea mult pentru un singur fișier. Lăsați deoparte un video sau o înregistrare lungă și încercați din nou.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The local settings file for this area could not be used. Ask whoever set up My Voice to check it against the example file.</source>
        <translation>Fișierul cu setările locale pentru această zonă nu a putut fi folosit. Cereți persoanei care a instalat My Voice să-l verifice după fișierul exemplu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One of the &apos;learn about my meeting&apos; pages could not be read. Ask whoever looks after My Voice to check the content files.</source>
        <translation>Una dintre paginile „Află despre întâlnirea mea” nu a putut fi citită. Cereți persoanei care se ocupă de My Voice să verifice fișierele de conținut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No microphone was found. Plug one in or switch it on, then try again.</source>
        <translation>Nu s-a găsit niciun microfon. Conectați unul sau porniți-l, apoi încercați din nou.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The microphone could not be started. Close other programs that may be using it, check that this computer lets My Voice use it, then try again.</source>
        <translation>Microfonul nu a putut fi pornit. Închideți alte programe care l-ar putea folosi, verificați dacă acest computer îi permite lui My Voice să-l folosească, apoi încercați din nou.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No camera could be started. Check that one is plugged in and switched on, and close other programs that may be using it, then try again.</source>
        <translation>Nicio cameră nu a putut fi pornită. Verificați dacă este conectată și pornită, închideți alte programe care ar putea-o folosi, apoi încercați din nou.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stopped before it finished. Nothing was changed.</source>
        <translation>Oprit înainte de final. Nu s-a schimbat nimic.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>My Voice is not allowed to use that place. Choose another folder.</source>
        <translation>My Voice nu are voie să folosească acel loc. Alegeți alt dosar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That file or folder is no longer there. Is the USB stick still plugged in?</source>
        <translation>Fișierul sau dosarul nu mai este acolo. Stick-ul USB mai este conectat?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file could not be read or written. Is there enough space, and is the USB stick still plugged in?</source>
        <translation>Fișierul nu a putut fi citit sau scris. Este destul spațiu și mai este conectat stick-ul USB?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Something went wrong, and nothing was changed. Please try again.</source>
        <translation>Ceva nu a mers și nu s-a schimbat nimic. Vă rugăm să încercați din nou.</translation>
    </message>
</context>
<context>
    <name>FeelingsPage</name>
    <message>
        <location filename="../voiceapp/ui/feelings/feelings_page.py" line="+34"/>
        <source>Happy</source>
        <translation>Bucurie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safe</source>
        <translation>Siguranță</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Okay</source>
        <translation>Bine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worried</source>
        <translation>Îngrijorare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scared</source>
        <translation>Frică</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sad</source>
        <translation>Tristețe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Angry</source>
        <translation>Furie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confused</source>
        <translation>Confuzie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hopeful</source>
        <translation>Speranță</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lonely</source>
        <translation>Singurătate</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A little</source>
        <translation>Puțin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quite a lot</source>
        <translation>Destul de mult</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very</source>
        <translation>Foarte</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Chosen. Press again to take it away.</source>
        <translation>Ales. Apasă din nou ca să-l scoți.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press if you feel like this</source>
        <translation>Apasă dacă te simți așa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How much you feel like this</source>
        <translation>Cât de mult te simți așa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say more if you like…</source>
        <translation>Spune mai mult, dacă vrei…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More about feeling %1</source>
        <translation>Mai multe despre: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You do not have to write anything here</source>
        <translation>Nu trebuie să scrii nimic aici</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Helper wrote this</source>
        <translation>A scris cel care te ajută</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your helper wrote these words for you. Press if they are your own words.</source>
        <translation>Cel care te ajută a scris aceste cuvinte pentru tine. Apasă dacă sunt cuvintele tale.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>My own words</source>
        <translation>Cuvintele mele</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press if your helper wrote these words down for you</source>
        <translation>Apasă dacă cel care te ajută a scris aceste cuvinte pentru tine</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>How I feel</source>
        <translation>Cum mă simt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press the faces that show how you feel. Then choose how much. You can add words.</source>
        <translation>Apasă pe fețele care arată cum te simți. Apoi alege cât de mult. Poți adăuga cuvinte.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Feelings</source>
        <translation>Sentimente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ten feelings, each with a face</source>
        <translation>Zece sentimente, fiecare cu o față</translation>
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
        <translation>Blochează My Voice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your passphrase is needed to open it again.</source>
        <translation>Ca să-l deschizi din nou, e nevoie de fraza de acces.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Helper: leave the space</source>
        <translation>Pentru adult: ieșire din spațiu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For the helper. Needs their PIN or passphrase.</source>
        <translation>Pentru cel care te ajută. E nevoie de PIN-ul sau fraza sa de acces.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Well done!</source>
        <translation>Bravo!</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A big tick</source>
        <translation>O bifă mare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thank you for sharing your views. You can look at your things again, or send them to the chair of your meeting when you are ready.</source>
        <translation>Mulțumim că ne-ai spus părerea ta. Poți să te mai uiți la lucrurile tale sau să le trimiți președintelui întâlnirii când ești gata.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Look at my things</source>
        <translation>Mă uit la lucrurile mele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See everything you made and who may see it.</source>
        <translation>Vezi tot ce ai făcut și cine le poate vedea.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send to the chair</source>
        <translation>Trimite președintelui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look at your things once more and send them to the chair.</source>
        <translation>Uită-te încă o dată la lucrurile tale și trimite-le președintelui.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Go back to my space</source>
        <translation>Înapoi în spațiul meu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carry on making things.</source>
        <translation>Continuă să faci lucruri.</translation>
    </message>
</context>
<context>
    <name>FirstRunFrame</name>
    <message>
        <location filename="../voiceapp/ui/first_run_frame.py" line="+36"/>
        <location line="+1"/>
        <source>Back</source>
        <translation>Înapoi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back to the start screen.</source>
        <translation>Înapoi la ecranul de start.</translation>
    </message>
</context>
<context>
    <name>HelperHome</name>
    <message>
        <location filename="../voiceapp/ui/helper/home.py" line="+234"/>
        <source>Everything about {name} has been deleted from this laptop.</source>
        <translation>Tot ce ținea de {name} a fost șters de pe acest laptop.</translation>
    </message>
</context>
<context>
    <name>HideCover</name>
    <message>
        <location filename="../voiceapp/ui/space/cover.py" line="+70"/>
        <source>Carry on</source>
        <translation>Continuă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to where you were.</source>
        <translation>Întoarce-te unde erai.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A picture of hills</source>
        <translation>O imagine cu dealuri</translation>
    </message>
</context>
<context>
    <name>Homes</name>
    <message>
        <location filename="../voiceapp/ui/homes.py" line="+47"/>
        <location line="+1"/>
        <source>Lock My Voice</source>
        <translation>Blochează My Voice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock now. Your passphrase is needed to open it again.</source>
        <translation>Blocați acum. Pentru redeschidere este nevoie de fraza de acces.</translation>
    </message>
</context>
<context>
    <name>HousesPage</name>
    <message>
        <location filename="../voiceapp/ui/feelings/houses_page.py" line="+56"/>
        <source>House of good things</source>
        <translation>Casa lucrurilor bune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>House of worries</source>
        <translation>Casa grijilor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>House of hopes and dreams</source>
        <translation>Casa speranțelor și viselor</translation>
    </message>
    <message>
        <location line="+158"/>
        <location line="+1"/>
        <source>A drawing</source>
        <translation>Un desen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written by my helper</source>
        <translation>Scris de cel care mă ajută</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take away</source>
        <translation>Scoate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take away: %1</source>
        <translation>Scoate: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Takes this out of the house. Undo puts it back.</source>
        <translation>Scoate asta din casă. Anulează o pune la loc.</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Name of this house</source>
        <translation>Numele acestei case</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You can give the house a new name: %1</source>
        <translation>Poți da casei un nume nou: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing here yet.</source>
        <translation>Încă nu e nimic aici.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type something to put in…</source>
        <translation>Scrie ceva de pus înăuntru…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New thing for %1</source>
        <translation>Lucru nou pentru %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type it, then press Put in</source>
        <translation>Scrie, apoi apasă Pune</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put in</source>
        <translation>Pune</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put in %1</source>
        <translation>Pune în %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Puts your words into this house</source>
        <translation>Îți pune cuvintele în această casă</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw something</source>
        <translation>Desenează ceva</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw something for %1</source>
        <translation>Desenează ceva pentru %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make a drawing, then put it in this house</source>
        <translation>Fă un desen, apoi pune-l în această casă</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Things in %1</source>
        <translation>Lucruri în %1</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>Three houses</source>
        <translation>Trei case</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put good things, worries, hopes and dreams in the houses. You can rename them.</source>
        <translation>Pune în case lucruri bune, griji, speranțe și vise. Le poți schimba numele.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>My helper is writing for me</source>
        <translation>Cel care mă ajută scrie pentru mine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New things are marked as written by your helper. Press to write yourself.</source>
        <translation>Lucrurile noi sunt marcate ca scrise de cel care te ajută. Apasă ca să scrii tu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I am writing myself</source>
        <translation>Scriu eu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Press when your helper writes down what you say</source>
        <translation>Apasă când cel care te ajută scrie ce spui tu</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take back the last change</source>
        <translation>Retrage ultima schimbare</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Refă</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put back what you took back</source>
        <translation>Pune la loc ce ai retras</translation>
    </message>
</context>
<context>
    <name>HousesView</name>
    <message>
        <location filename="../voiceapp/ui/chair/items.py" line="+259"/>
        <source>A drawing</source>
        <translation>Un desen</translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <location line="-201"/>
        <source>Picture</source>
        <translation>Imagine</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Zoom in</source>
        <translation>Mărește</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make the picture bigger.</source>
        <translation>Fă imaginea mai mare.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Micșorează</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make the picture smaller.</source>
        <translation>Fă imaginea mai mică.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit</source>
        <translation>Potrivește</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the whole picture.</source>
        <translation>Arată toată imaginea.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The picture called {title}</source>
        <translation>Imaginea numită {title}</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../voiceapp/ui/helper/import_page.py" line="+41"/>
        <source>My drawing on paper</source>
        <translation>Desenul meu pe hârtie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My letter</source>
        <translation>Scrisoarea mea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My recording</source>
        <translation>Înregistrarea mea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My video</source>
        <translation>Video-ul meu</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Choose something made elsewhere</source>
        <translation>Alegeți ceva făcut în altă parte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictures, letters, recordings and videos (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.tif *.tiff *.txt *.ogg *.opus *.oga *.mp3 *.m4a *.wav *.aac *.flac *.webm *.mp4 *.mov *.mkv *.avi *.3gp);;All files (*)</source>
        <translation>Imagini, scrisori, înregistrări și video (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.tif *.tiff *.txt *.ogg *.opus *.oga *.mp3 *.m4a *.wav *.aac *.flac *.webm *.mp4 *.mov *.mkv *.avi *.3gp);;Toate fișierele (*)</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Add something made elsewhere</source>
        <translation>Adaugă ceva făcut în altă parte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a file: a photo of a drawing on paper, a letter typed on another computer, a voice recording or a video. My Voice checks it, removes hidden details such as where a photo was taken, and keeps it locked with {name}&apos;s things.</source>
        <translation>Alegeți un fișier: fotografia unui desen pe hârtie, o scrisoare scrisă pe alt computer, o înregistrare audio sau un video. My Voice îl verifică, elimină detaliile ascunse, cum ar fi locul unde a fost făcută o fotografie, și îl păstrează blocat împreună cu lucrurile lui {name}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking {file} and making it ready...</source>
        <translation>Se verifică {file} și se pregătește...</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>What is it called?</source>
        <translation>Cum se numește?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A title the chair will see, in {name}&apos;s words if they like.</source>
        <translation>Un titlu pe care îl va vedea președintele, cu cuvintele lui {name}, dacă dorește.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who may see it? Ask {name}.</source>
        <translation>Cine îl poate vedea? Întrebați ce vrea {name}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Everyone at the meeting</source>
        <translation>Toată lumea de la întâlnire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the chair</source>
        <translation>Doar președintele</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whose words are they?</source>
        <translation>Ale cui sunt cuvintele?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}&apos;s own</source>
        <translation>Ale lui {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Written down by a helper</source>
        <translation>Scris de cineva care ajută</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview</source>
        <translation>Previzualizare</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back to {name}&apos;s page</source>
        <translation>Înapoi la pagina lui {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back without adding anything.</source>
        <translation>Înapoi fără a adăuga nimic.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a file...</source>
        <translation>Alege un fișier...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens a window to pick the file.</source>
        <translation>Deschide o fereastră pentru alegerea fișierului.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a different file</source>
        <translation>Alege alt fișier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave this one out and pick another.</source>
        <translation>Lăsați-l pe acesta deoparte și alegeți altul.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop</source>
        <translation>Oprește</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop checking this file. Nothing is added.</source>
        <translation>Opriți verificarea acestui fișier. Nu se adaugă nimic.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add to {name}&apos;s things</source>
        <translation>Adaugă la lucrurile lui {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keeps it, locked, with {name}&apos;s things.</source>
        <translation>Îl păstrează, blocat, împreună cu lucrurile lui {name}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How far the checking has got</source>
        <translation>Cât a progresat verificarea</translation>
    </message>
</context>
<context>
    <name>InUsePage</name>
    <message>
        <location filename="../voiceapp/ui/profile/in_use_page.py" line="+35"/>
        <location line="+14"/>
        <source>My Voice cannot open yet</source>
        <translation>My Voice nu se poate deschide încă</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+1"/>
        <source>Try again</source>
        <translation>Încearcă din nou</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try to open My Voice again, after closing the other window.</source>
        <translation>Încercați din nou să deschideți My Voice, după ce închideți cealaltă fereastră.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Close My Voice</source>
        <translation>Închide My Voice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close this window.</source>
        <translation>Închideți această fereastră.</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <location filename="../voiceapp/ui/chair/inbox.py" line="+43"/>
        <source>Inbox</source>
        <translation>Fișiere primite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose inbox folder…</source>
        <translation>Alege dosarul de primire…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the folder where you save files that young people send you.</source>
        <translation>Alegeți dosarul în care salvați fișierele trimise de tineri.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the .voice files you receive (for example e-mail attachments) into this folder. New files appear here by themselves.</source>
        <translation>Salvați în acest dosar fișierele .voice primite (de exemplu, atașamentele din e-mail). Fișierele noi apar aici singure.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conference</source>
        <translation>Conferință</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen name</source>
        <translation>Numele ales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Primit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Fișier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Files in the inbox</source>
        <translation>Fișierele din dosarul de primire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press Enter or double-click to open the chosen file.</source>
        <translation>Apăsați Enter sau dublu clic ca să deschideți fișierul ales.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open</source>
        <translation>Deschide</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the chosen file.</source>
        <translation>Deschideți fișierul ales.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open file…</source>
        <translation>Deschide un fișier…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open a .voice file from anywhere on this computer.</source>
        <translation>Deschideți un fișier .voice din orice loc de pe acest computer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Look again</source>
        <translation>Caută din nou</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Look in the inbox folder for new files.</source>
        <translation>Căutați fișiere noi în dosarul de primire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You can also drag a .voice file onto this window to open it.</source>
        <translation>Puteți și trage un fișier .voice pe această fereastră ca să-l deschideți.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choose your inbox folder</source>
        <translation>Alegeți dosarul de primire</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Inbox folder: %1</source>
        <translation>Dosarul de primire: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No inbox folder chosen yet.</source>
        <translation>Încă nu este ales niciun dosar de primire.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose the folder where you save files from e-mails, or open a file.</source>
        <translation>Alegeți dosarul în care salvați fișierele din e-mailuri sau deschideți un fișier.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>New</source>
        <translation>Nou</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opened</source>
        <translation>Deschis</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>There are no .voice files in the inbox folder yet.</source>
        <translation>Încă nu există fișiere .voice în dosarul de primire.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Open a file from a young person</source>
        <translation>Deschideți un fișier de la un tânăr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My Voice files (*.voice);;All files (*)</source>
        <translation>Fișiere My Voice (*.voice);;Toate fișierele (*)</translation>
    </message>
</context>
<context>
    <name>ItemCard</name>
    <message>
        <location filename="../voiceapp/ui/helper/items_view.py" line="+44"/>
        <source>Preview of {title}</source>
        <translation>Previzualizare: {title}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Change to: only the chair</source>
        <translation>Schimbă în: doar președintele</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change to: everyone</source>
        <translation>Schimbă în: toată lumea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change who may see {title}</source>
        <translation>Schimbați cine poate vedea {title}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove</source>
        <translation>Elimină</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove {title}</source>
        <translation>Elimină {title}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deletes this thing from the laptop, after asking you.</source>
        <translation>Șterge acest lucru de pe laptop, după ce vă întreabă.</translation>
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
        <translation>Se deschide…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>I have read, seen or heard this</source>
        <translation>Am citit, văzut sau ascultat asta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as read</source>
        <translation>Marchează ca citit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A mark for you: kept locked in My Voice, never in a summary.</source>
        <translation>Un semn pentru dumneavoastră: păstrat încuiat în My Voice, niciodată într-un rezumat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shared at the meeting</source>
        <translation>Prezentat la întâlnire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as shared at the meeting</source>
        <translation>Marchează ca prezentat la întâlnire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows in the complete summary which things the meeting saw or heard.</source>
        <translation>Arată în rezumatul complet ce a văzut sau a auzit întâlnirea.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My private notes on this (kept locked in My Voice, never in a summary)</source>
        <translation>Notițele mele private despre asta (blocate în My Voice, niciodată în rezumat)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>My private notes</source>
        <translation>Notițele mele private</translation>
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
        <translation>Deschideți cardul de cheie al președintelui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My Voice key cards (*.voicekey);;All files (*)</source>
        <translation>Carduri de cheie My Voice (*.voicekey);;Toate fișierele (*)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>That key card was not used. Ask the chair to send their key card again, then check the letters together.</source>
        <translation>Acel card de cheie nu a fost folosit. Cereți președintelui să trimită din nou cardul de cheie, apoi verificați împreună literele.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The chair&apos;s key card</source>
        <translation>Cardul de cheie al președintelui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The conference chair shares a small key card file (it ends in .voicekey). With it, {name}&apos;s things are locked so that only the chair can open them. Open the file, or paste its text below.</source>
        <translation>Președintele conferinței trimite un mic fișier card de cheie (se termină în .voicekey). Cu el, lucrurile lui {name} sunt blocate astfel încât doar președintele le poate deschide. Deschideți fișierul sau lipiți textul lui mai jos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Or paste the key card text here</source>
        <translation>Sau lipiți aici textul cardului de cheie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key card text</source>
        <translation>Textul cardului de cheie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste the whole key card, from &apos;My Voice key card&apos; to the fingerprint.</source>
        <translation>Lipiți tot cardul de cheie, de la „My Voice key card” până la amprentă.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Phone the chair and ask them to read out their fingerprint. Do the letters match the ones below?</source>
        <translation>Sunați-l pe președinte și rugați-l să vă citească amprenta. Literele se potrivesc cu cele de mai jos?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fingerprint</source>
        <translation>Amprentă</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fingerprint: {letters}</source>
        <translation>Amprentă: {letters}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is an older kind of key. It works, but ask the chair whether they have a newer key card.</source>
        <translation>Acesta este un tip mai vechi de cheie. Funcționează, dar întrebați președintele dacă are un card de cheie mai nou.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Back to {name}&apos;s page</source>
        <translation>Înapoi la pagina lui {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go back without changing the key card.</source>
        <translation>Înapoi fără a schimba cardul de cheie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a key card file...</source>
        <translation>Deschide un fișier card de cheie...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens a window to pick the .voicekey file.</source>
        <translation>Deschide o fereastră pentru alegerea fișierului .voicekey.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check the pasted text</source>
        <translation>Verifică textul lipit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks the text and shows the chair&apos;s name and fingerprint.</source>
        <translation>Verifică textul și arată numele și amprenta președintelui.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No, they are different</source>
        <translation>Nu, sunt diferite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not use this key card.</source>
        <translation>Nu folosiți acest card de cheie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yes, they match: use it</source>
        <translation>Da, se potrivesc: folosește-l</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this key card to send {name}&apos;s things.</source>
        <translation>Folosiți acest card de cheie ca să trimiteți lucrurile lui {name}.</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <location filename="../voiceapp/ui/chair/keypage.py" line="+42"/>
        <source>My key</source>
        <translation>Cheia mea</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send your key card to the helpers (social workers and advocates) who help young people get ready for your conferences. When a helper brings it into My Voice, read the fingerprint to each other over the phone: if the letters match, the card really is yours.</source>
        <translation>Trimiteți cardul de cheie persoanelor care îi ajută pe tineri (asistenți sociali și reprezentanți) să se pregătească pentru conferințele dumneavoastră. Când cineva îl aduce în My Voice, citiți-vă unul altuia amprenta la telefon: dacă literele se potrivesc, cardul este chiar al dumneavoastră.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your name, as helpers know you</source>
        <translation>Numele sub care vă cunosc cei care ajută</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your organisation</source>
        <translation>Organizația dumneavoastră</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your name</source>
        <translation>Numele dumneavoastră</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organizație</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fingerprint</source>
        <translation>Amprentă</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The key card as text</source>
        <translation>Cardul de cheie ca text</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save key card…</source>
        <translation>Salvează cardul de cheie…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the key card as a file to send to helpers.</source>
        <translation>Salvați cardul de cheie ca fișier, pentru a-l trimite celor care ajută.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print key card…</source>
        <translation>Tipărește cardul de cheie…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print the key card, fingerprint in large letters.</source>
        <translation>Tipăriți cardul de cheie, cu amprenta în litere mari.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back up your key</source>
        <translation>Faceți o copie de rezervă a cheii</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If this key is lost (a broken or replaced computer, a forgotten passphrase), the young people&apos;s views sent to it can never be opened, by anyone. Not even My Voice can get them back.</source>
        <translation>Dacă această cheie se pierde (un computer stricat sau înlocuit, o frază de acces uitată), părerile tinerilor trimise către ea nu mai pot fi deschise niciodată, de nimeni. Nici măcar My Voice nu le poate recupera.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A backup is locked with a recovery passphrase. Choose one different from your everyday passphrase, keep it apart from the backup, and keep the backup away from this computer.</source>
        <translation>O copie de rezervă este blocată cu o frază de recuperare. Alegeți una diferită de fraza de acces zilnică, păstrați-o separat de copia de rezervă și țineți copia departe de acest computer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a recovery passphrase</source>
        <translation>Alegeți o frază de recuperare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the recovery passphrase again</source>
        <translation>Scrieți din nou fraza de recuperare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least 10 characters, and not the same as your everyday passphrase.</source>
        <translation>Cel puțin 10 caractere și diferită de fraza de acces zilnică.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a backup…</source>
        <translation>Salvează o copie de rezervă…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose where to save the backup of your key.</source>
        <translation>Alegeți unde salvați copia de rezervă a cheii.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Conference chair</source>
        <translation>Președintele conferinței</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Names must be one short line of plain text.</source>
        <translation>Numele trebuie să fie un singur rând scurt de text simplu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fingerprint: %1</source>
        <translation>Amprentă: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standard key (post-quantum)</source>
        <translation>Cheie standard (post-cuantică)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compatibility key (X25519): also opens with older age tools</source>
        <translation>Cheie de compatibilitate (X25519): se deschide și cu instrumente age mai vechi</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save your key card</source>
        <translation>Salvați cardul de cheie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key cards (*.voicekey)</source>
        <translation>Carduri de cheie (*.voicekey)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Key card saved: %1</source>
        <translation>Card de cheie salvat: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save the backup of your key</source>
        <translation>Salvați copia de rezervă a cheii</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key backups (*.age)</source>
        <translation>Copii de rezervă ale cheii (*.age)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saving the backup…</source>
        <translation>Se salvează copia de rezervă…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backup saved: %1. Keep it, and its recovery passphrase, safe.</source>
        <translation>Copie de rezervă salvată: %1. Păstrați-o în siguranță, împreună cu fraza ei de recuperare.</translation>
    </message>
</context>
<context>
    <name>LearnContents</name>
    <message>
        <location filename="../voiceapp/ui/learn/contents.py" line="+63"/>
        <source>Open page {number}.</source>
        <translation>Deschide pagina {number}.</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Learn about my meeting</source>
        <translation>Află despre întâlnirea mea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a page to read. You can read them in any order.</source>
        <translation>Alege o pagină de citit. Le poți citi în orice ordine.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Read to me</source>
        <translation>Citește-mi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the names of the pages out loud.</source>
        <translation>Citește cu voce tare numele paginilor.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop</source>
        <translation>Oprește</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop reading out loud.</source>
        <translation>Nu mai citi cu voce tare.</translation>
    </message>
</context>
<context>
    <name>LearnPage</name>
    <message>
        <location filename="../voiceapp/ui/learn/page_view.py" line="+286"/>
        <source>Easier words</source>
        <translation>Cuvinte mai ușoare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this page in shorter, easier sentences.</source>
        <translation>Arată pagina aceasta în propoziții mai scurte și mai ușoare.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>More detail</source>
        <translation>Mai multe detalii</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this page with more to read about it.</source>
        <translation>Arată pagina aceasta cu mai multe de citit.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Page {number} of {count}</source>
        <translation>Pagina {number} din {count}</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+21"/>
        <source>All pages</source>
        <translation>Toate paginile</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>That was the last page. Go back to the list of pages.</source>
        <translation>Aceasta a fost ultima pagină. Înapoi la lista de pagini.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next →</source>
        <translation>Următoarea →</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the next page.</source>
        <translation>Mergi la pagina următoare.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Go back to the list of pages.</source>
        <translation>Înapoi la lista de pagini.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read to me</source>
        <translation>Citește-mi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read this page out loud.</source>
        <translation>Citește pagina aceasta cu voce tare.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop</source>
        <translation>Oprește</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop reading out loud.</source>
        <translation>Nu mai citi cu voce tare.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>← Back</source>
        <translation>← Înapoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the page before this one.</source>
        <translation>Mergi la pagina dinainte.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The page</source>
        <translation>Pagina</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The words and pictures of this page. Use the arrow keys to scroll.</source>
        <translation>Cuvintele și imaginile din această pagină. Folosește săgețile ca să derulezi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Learn about my meeting</source>
        <translation>Află despre întâlnirea mea</translation>
    </message>
</context>
<context>
    <name>LeaveGate</name>
    <message>
        <location filename="../voiceapp/ui/helper/space.py" line="+123"/>
        <source>That is not right.</source>
        <translation>Nu este corect.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please use the helper&apos;s passphrase.</source>
        <translation>Vă rugăm să folosiți fraza de acces a adultului care ajută.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only your helper can leave</source>
        <translation>Doar cel care te ajută poate ieși</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Helper: type your PIN or your passphrase.</source>
        <translation>Pentru adult: scrieți PIN-ul sau fraza de acces.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Helper: type your passphrase.</source>
        <translation>Pentru adult: scrieți fraza de acces.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Helper&apos;s PIN or passphrase</source>
        <translation>PIN-ul sau fraza de acces a adultului</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the helper knows it.</source>
        <translation>Doar adultul care te ajută o știe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking...</source>
        <translation>Se verifică...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stay in the space</source>
        <translation>Rămân în spațiu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to the space.</source>
        <translation>Înapoi în spațiu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave</source>
        <translation>Ieșire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check and leave the space.</source>
        <translation>Verifică și ieși din spațiu.</translation>
    </message>
</context>
<context>
    <name>LetterEditor</name>
    <message>
        <location filename="../voiceapp/ui/write/editor.py" line="+31"/>
        <source>What is going well</source>
        <translation>Ce merge bine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What worries me</source>
        <translation>Ce mă îngrijorează</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What I wish would happen</source>
        <translation>Ce mi-aș dori să se întâmple</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What I want the meeting to know</source>
        <translation>Ce vreau să știe cei de la întâlnire</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>There are no words yet. Type something and I will read it back.</source>
        <translation>Încă nu sunt cuvinte. Scrie ceva și ți-l citesc eu.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+68"/>
        <source>My letter</source>
        <translation>Scrisoarea mea</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Write what you want the meeting to know, in your own words. It saves by itself.</source>
        <translation>Scrie cu cuvintele tale ce vrei să știe cei de la întâlnire. Se salvează singur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Need an idea? Pick a start:</source>
        <translation>Ai nevoie de o idee? Alege un început:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Adds this as a heading in your letter. You can keep it or delete it.</source>
        <translation>Îl adaugă ca titlu în scrisoarea ta. Îl poți păstra sau șterge.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A-</source>
        <translation>A-</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the writing smaller</source>
        <translation>Micșorează scrisul</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the writing bigger</source>
        <translation>Mărește scrisul</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take back the last change</source>
        <translation>Retrage ultima schimbare</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Redo</source>
        <translation>Refă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put back what you took back</source>
        <translation>Pune la loc ce ai retras</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Smaller writing</source>
        <translation>Scris mai mic</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bigger writing</source>
        <translation>Scris mai mare</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop reading</source>
        <translation>Oprește citirea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop reading aloud</source>
        <translation>Nu mai citi cu voce tare</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read it back to me</source>
        <translation>Citește-mi scrisoarea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reads your letter aloud</source>
        <translation>Îți citește scrisoarea cu voce tare</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type your letter here</source>
        <translation>Scrie aici scrisoarea ta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start typing here…</source>
        <translation>Începe să scrii aici…</translation>
    </message>
</context>
<context>
    <name>LetterView</name>
    <message>
        <location filename="../voiceapp/ui/chair/items.py" line="+54"/>
        <source>Letter</source>
        <translation>Scrisoare</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <location filename="../voiceapp/ui/record/meter.py" line="+66"/>
        <source>Sound level</source>
        <translation>Nivelul sunetului</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How loud the microphone hears you. It moves when you talk.</source>
        <translation>Cât de tare te aude microfonul. Se mișcă atunci când vorbești.</translation>
    </message>
</context>
<context>
    <name>ListenPage</name>
    <message>
        <location filename="../voiceapp/ui/space/recording.py" line="+105"/>
        <source>Press Play to listen again. In My things you can choose who hears it.</source>
        <translation>Apasă Redă ca să asculți din nou. În Lucrurile mele poți alege cine o aude.</translation>
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
        <translation>Imaginea video</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+88"/>
        <source>Play</source>
        <translation>Redă</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Play or pause.</source>
        <translation>Redă sau pune pauză.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back 10 s</source>
        <translation>Înapoi 10 s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go back ten seconds.</source>
        <translation>Înapoi zece secunde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On 10 s</source>
        <translation>Înainte 10 s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go on ten seconds.</source>
        <translation>Înainte zece secunde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Position</source>
        <translation>Poziție</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the playing is. Arrow keys move it.</source>
        <translation>Unde a ajuns redarea. Săgețile o mută.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Time</source>
        <translation>Timp</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Pause</source>
        <translation>Pauză</translation>
    </message>
</context>
<context>
    <name>MemoryPlayer</name>
    <message>
        <location filename="../voiceapp/ui/record/playback.py" line="+201"/>
        <source>{position} of {length}</source>
        <translation>{position} din {length}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pause</source>
        <translation>Pauză</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play</source>
        <translation>Redă</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop playing for now.</source>
        <translation>Oprește redarea deocamdată.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listen from where it is up to.</source>
        <translation>Ascultă de unde ai rămas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Player</source>
        <translation>Player</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where it is up to</source>
        <translation>Unde ai rămas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The arrow keys go back or on by one second.</source>
        <translation>Săgețile merg înapoi sau înainte cu o secundă.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Video picture</source>
        <translation>Imaginea video</translation>
    </message>
</context>
<context>
    <name>MicrophonePicker</name>
    <message>
        <location filename="../voiceapp/ui/record/microphones.py" line="+57"/>
        <source>Looking for microphones…</source>
        <translation>Se caută microfoane…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Microphone</source>
        <translation>Microfon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose which microphone to use. The usual one is chosen.</source>
        <translation>Alege ce microfon să fie folosit. Cel obișnuit este deja ales.</translation>
    </message>
</context>
<context>
    <name>MyThings</name>
    <message>
        <location filename="../voiceapp/ui/space/things.py" line="+164"/>
        <source>Who may see it?</source>
        <translation>Cine îl poate vedea?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everyone at the meeting</source>
        <translation>Toată lumea de la întâlnire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone at the meeting may see {title}.</source>
        <translation>Toată lumea de la întâlnire poate vedea {title}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only the chair</source>
        <translation>Doar președintele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the chair may see {title}.</source>
        <translation>Doar președintele poate vedea {title}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open</source>
        <translation>Deschide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look at {title} again, or change it.</source>
        <translation>Uită-te din nou la {title} sau schimbă-l.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name it</source>
        <translation>Dă-i un nume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give {title} a new name.</source>
        <translation>Dă un nume nou pentru {title}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Takes {title} away. You can undo this.</source>
        <translation>Scoate {title}. Poți anula asta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the name</source>
        <translation>Salvează numele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this new name.</source>
        <translation>Păstrează numele nou.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Renunță</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the old name.</source>
        <translation>Păstrează numele vechi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new name for {title}</source>
        <translation>Un nume nou pentru {title}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Picture of {title}</source>
        <translation>Imagine: {title}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{kind}: {title}</source>
        <translation>{kind}: {title}</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>My things</source>
        <translation>Lucrurile mele</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything you made is here. For each one, choose who at the meeting may see it.</source>
        <translation>Aici e tot ce ai făcut. Pentru fiecare, alege cine de la întâlnire îl poate vedea.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing here yet. Go back to My space to make something.</source>
        <translation>Încă nu e nimic aici. Întoarce-te în Spațiul meu ca să faci ceva.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You deleted {title}.</source>
        <translation>Ai șters {title}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Undo</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring back the last thing you deleted.</source>
        <translation>Adu înapoi ultimul lucru șters.</translation>
    </message>
</context>
<context>
    <name>NotReadyPage</name>
    <message>
        <location filename="../voiceapp/ui/not_ready_page.py" line="+53"/>
        <source>This part of My Voice is not ready yet. We are building it now.</source>
        <translation>Această parte din My Voice nu este gata încă. O construim acum.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Back</source>
        <translation>Înapoi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back to the start screen.</source>
        <translation>Înapoi la ecranul de start.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not ready yet</source>
        <translation>Nu e gata încă</translation>
    </message>
</context>
<context>
    <name>PicturePage</name>
    <message>
        <location filename="../voiceapp/ui/space/picture_page.py" line="+46"/>
        <source>A picture you made. Your helper added it.</source>
        <translation>O imagine făcută de tine. A adăugat-o cel care te ajută.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Picture: {title}</source>
        <translation>Imagine: {title}</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <location filename="../voiceapp/ui/learn/read_aloud.py" line="+26"/>
        <source>Sorry, this computer has no reading voice for your language. You can ask a grown-up to read it with you.</source>
        <translation>Ne pare rău, acest computer nu are o voce care să citească în limba ta. Poți ruga un adult să citească împreună cu tine.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sorry, reading aloud is not working on this computer right now. You can ask a grown-up to read it with you.</source>
        <translation>Ne pare rău, citirea cu voce tare nu merge acum pe acest computer. Poți ruga un adult să citească împreună cu tine.</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <location filename="../voiceapp/ui/helper/receipt.py" line="+79"/>
        <source>{date} at {time}</source>
        <translation>{date}, ora {time}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>My Voice: what was sent to the chair</source>
        <translation>My Voice: ce s-a trimis președintelui</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}&apos;s things were sent on {when}.</source>
        <translation>Lucrurile lui {name} au fost trimise pe {when}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reference {reference}</source>
        <translation>Referință {reference}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>For the chair: {chair}, {organisation}.</source>
        <translation>Pentru președinte: {chair}, {organisation}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only the key with this fingerprint can open it: {fingerprint}</source>
        <translation>Doar cheia cu această amprentă îl poate deschide: {fingerprint}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved as {file} in {folder}</source>
        <translation>Salvat ca {file} în {folder}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What was sent (1 thing)</source>
        <translation>Ce s-a trimis (1 lucru)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was sent ({count} things)</source>
        <translation>Ce s-a trimis (lucruri: {count})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{n}. “{title}”: {kind}. {audience}. {words}.</source>
        <translation>{n}. „{title}”: {kind}. {audience}. {words}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Receipt made by My Voice on {date}. The file itself is locked: only the chair&apos;s key can open it.</source>
        <translation>Confirmare făcută de My Voice pe {date}. Fișierul în sine este blocat: doar cheia președintelui îl poate deschide.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>My Voice receipt</source>
        <translation>Confirmare My Voice</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <location filename="../voiceapp/ui/helper/receipt_page.py" line="+33"/>
        <source>Receipt</source>
        <translation>Confirmare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to {name}&apos;s page</source>
        <translation>Înapoi la pagina lui {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Go back to the young person&apos;s page.</source>
        <translation>Înapoi la pagina tânărului.</translation>
    </message>
</context>
<context>
    <name>ReceiptView</name>
    <message>
        <location filename="../voiceapp/ui/helper/receipt_view.py" line="+79"/>
        <source>Save the receipt</source>
        <translation>Salvați confirmarea</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Print...</source>
        <translation>Tipărește...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the receipt on paper.</source>
        <translation>Tipăriți confirmarea pe hârtie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save as PDF...</source>
        <translation>Salvează ca PDF...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the receipt as a PDF file where you choose.</source>
        <translation>Salvați confirmarea ca fișier PDF, unde alegeți.</translation>
    </message>
</context>
<context>
    <name>RecordTake</name>
    <message>
        <location filename="../voiceapp/ui/record/take.py" line="+245"/>
        <source>Carry on</source>
        <translation>Continuă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carry on recording from here.</source>
        <translation>Continuă înregistrarea de aici.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pause</source>
        <translation>Pauză</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop for a moment. Nothing is recorded while paused.</source>
        <translation>Oprește puțin. În pauză nu se înregistrează nimic.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Recording. Say what you want the meeting to hear.</source>
        <translation>Se înregistrează. Spune ce vrei să audă cei de la întâlnire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paused. Nothing is being recorded. Press Carry on when you are ready.</source>
        <translation>Pauză. Nu se înregistrează nimic. Apasă Continuă când ești gata.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Finishing off…</source>
        <translation>Se termină…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was recorded that time. Press Record to try again.</source>
        <translation>De data asta nu s-a înregistrat nimic. Apasă Înregistrează ca să încerci din nou.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Time recorded: {time}</source>
        <translation>Timp înregistrat: {time}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nearly at the end: {time} left. You can finish what you are saying.</source>
        <translation>Aproape de final: mai ai {time}. Poți termina ce spui.</translation>
    </message>
</context>
<context>
    <name>RecoveryOffer</name>
    <message>
        <location filename="../voiceapp/ui/record/recovery.py" line="+241"/>
        <source>We found a recording from {when} that did not finish, but it could not be put back together.</source>
        <translation>Am găsit o înregistrare din {when} care nu s-a terminat, dar nu a putut fi refăcută.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>We found a recording from {when} that was not kept or thrown away yet.</source>
        <translation>Am găsit o înregistrare din {when} care încă nu a fost nici păstrată, nici aruncată.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>We found a recording from {when} that did not finish.</source>
        <translation>Am găsit o înregistrare din {when} care nu s-a terminat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It is {length} long. You can listen to it first.</source>
        <translation>Durează {length}. Poți s-o asculți mai întâi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Getting it ready…</source>
        <translation>Se pregătește…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Throw this recording away? It cannot be got back afterwards.</source>
        <translation>Arunci această înregistrare? Nu mai poate fi recuperată după aceea.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yes, throw it away</source>
        <translation>Da, arunc-o</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recording is deleted.</source>
        <translation>Înregistrarea a fost ștearsă.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, not yet</source>
        <translation>Nu, nu încă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to the recording.</source>
        <translation>Înapoi la înregistrare.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>A recording that did not finish</source>
        <translation>O înregistrare care nu s-a terminat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep it</source>
        <translation>Păstreaz-o</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this recording with your things.</source>
        <translation>Păstrează înregistrarea aceasta cu lucrurile tale.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Throw it away</source>
        <translation>Arunc-o</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this recording. You will be asked first.</source>
        <translation>Șterge această înregistrare. Te vom întreba mai întâi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Decide later</source>
        <translation>Hotărăsc mai târziu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave it for now. It will be offered again next time.</source>
        <translation>Las-o deocamdată. Îți va fi oferită din nou data viitoare.</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <location filename="../voiceapp/ui/profile/secret_field.py" line="+61"/>
        <source>Hide</source>
        <translation>Ascunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show</source>
        <translation>Arată</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide what I typed</source>
        <translation>Ascunde ce am scris</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show what I typed</source>
        <translation>Arată ce am scris</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shows or hides the letters in the box next to it.</source>
        <translation>Arată sau ascunde literele din căsuța de alături.</translation>
    </message>
</context>
<context>
    <name>SendFlow</name>
    <message>
        <location filename="../voiceapp/ui/helper/send_flow.py" line="+199"/>
        <source>Where should it be saved? Choose a USB stick or a folder</source>
        <translation>Unde să fie salvat? Alegeți un stick USB sau un dosar</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Sent</source>
        <translation>Trimis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A last look</source>
        <translation>O ultimă privire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send {name}&apos;s things to the chair</source>
        <translation>Trimite lucrurile lui {name} președintelui</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Look at each thing together with {name}. Under each one it says who may see it at the meeting, and whose words they are.</source>
        <translation>Priviți fiecare lucru împreună cu {name}. Sub fiecare scrie cine îl poate vedea la întâlnire și ale cui sunt cuvintele.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no key card from the chair yet, so nothing can be sent. Add the chair&apos;s key card first.</source>
        <translation>Încă nu există un card de cheie de la președinte, așa că nu se poate trimite nimic. Adăugați mai întâi cardul de cheie al președintelui.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your helper needs to add the chair&apos;s key card before anything can be sent.</source>
        <translation>Cel care te ajută trebuie să adauge cardul de cheie al președintelui înainte să se poată trimite ceva.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is nothing to send yet. Make or add something first.</source>
        <translation>Încă nu este nimic de trimis. Faceți sau adăugați mai întâi ceva.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>1 thing will be locked so that only this chair can open it:</source>
        <translation>1 lucru va fi blocat astfel încât doar acest președinte să-l poată deschide:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} things will be locked so that only this chair can open them:</source>
        <translation>Lucrurile ({count}) vor fi blocate astfel încât doar acest președinte să le poată deschide:</translation>
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
        <translation>Amprentă: {letters}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next, choose where to save it: a USB stick or a folder. The file gets a name that says nothing about {name}.</source>
        <translation>Apoi alegeți unde se salvează: un stick USB sau un dosar. Fișierul primește un nume care nu spune nimic despre {name}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Locking and saving {name}&apos;s things. You can keep using My Voice.</source>
        <translation>Se blochează și se salvează lucrurile lui {name}. Puteți folosi în continuare My Voice.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How far the saving has got</source>
        <translation>Cât a progresat salvarea</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+17"/>
        <source>Back</source>
        <translation>Înapoi</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Go back without sending.</source>
        <translation>Înapoi fără trimitere.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add the chair&apos;s key card</source>
        <translation>Adaugă cardul de cheie al președintelui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open or paste the key card the chair sent you.</source>
        <translation>Deschideți sau lipiți cardul de cheie trimis de președinte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next: a last look</source>
        <translation>Înainte: o ultimă privire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See who it goes to before it is saved.</source>
        <translation>Vedeți cui ajunge, înainte de salvare.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Look at the things again.</source>
        <translation>Priviți din nou lucrurile.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose where to save, and send</source>
        <translation>Alege unde salvezi și trimite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a USB stick or a folder; saving starts straight away.</source>
        <translation>Alegeți un stick USB sau un dosar; salvarea începe imediat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop</source>
        <translation>Oprește</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop saving. Nothing is left half-written.</source>
        <translation>Opriți salvarea. Nimic nu rămâne scris pe jumătate.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete {name}&apos;s things now</source>
        <translation>Șterge acum lucrurile lui {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deletes everything about them from this laptop, after asking you.</source>
        <translation>Șterge de pe acest laptop tot ce ține de acest tânăr, după ce vă întreabă.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done</source>
        <translation>Gata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish and go back.</source>
        <translation>Terminați și reveniți.</translation>
    </message>
</context>
<context>
    <name>SpaceBar</name>
    <message>
        <location filename="../voiceapp/ui/space/bar.py" line="+78"/>
        <source>My space</source>
        <translation>Spațiul meu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to the choices.</source>
        <translation>Înapoi la variante.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop reading</source>
        <translation>Oprește citirea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read to me</source>
        <translation>Citește-mi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reads the words on this page out loud.</source>
        <translation>Citește cu voce tare cuvintele din această pagină.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hide</source>
        <translation>Ascunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Covers the screen straight away. The Escape key does it too.</source>
        <translation>Acoperă ecranul imediat. Și tasta Escape face asta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I need a break</source>
        <translation>Am nevoie de o pauză</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything is kept safe while you rest.</source>
        <translation>Totul este păstrat în siguranță cât te odihnești.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I&apos;m finished</source>
        <translation>Am terminat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saves everything and stops for now.</source>
        <translation>Salvează tot și se oprește deocamdată.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The words being read out loud.</source>
        <translation>Cuvintele citite cu voce tare.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Always here</source>
        <translation>Mereu aici</translation>
    </message>
</context>
<context>
    <name>SpaceMenu</name>
    <message>
        <location filename="../voiceapp/ui/space/menu.py" line="+23"/>
        <source>Learn about my meeting</source>
        <translation>Află despre întâlnirea mea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What a conference is, and who will be there.</source>
        <translation>Ce este o conferință și cine va fi acolo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draw</source>
        <translation>Desenează</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a picture with colours and stamps.</source>
        <translation>Fă o imagine cu culori și ștampile.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write</source>
        <translation>Scrie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a letter to your meeting.</source>
        <translation>Scrie o scrisoare pentru întâlnirea ta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record my voice</source>
        <translation>Înregistrează-mi vocea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say it out loud.</source>
        <translation>Spune cu voce tare.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record a video</source>
        <translation>Înregistrează un video</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say it to the camera.</source>
        <translation>Spune în fața camerei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How I feel</source>
        <translation>Cum mă simt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the faces that show how you feel.</source>
        <translation>Alege fețele care arată cum te simți.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Three houses</source>
        <translation>Trei case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good things, worries, and hopes and dreams.</source>
        <translation>Lucruri bune, griji, speranțe și vise.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My things</source>
        <translation>Lucrurile mele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look at what you made, and choose who sees it.</source>
        <translation>Uită-te la ce ai făcut și alege cine le vede.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Hello, {name}!</source>
        <translation>Salut, {name}!</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What would you like to do? Everything you make is saved as you go.</source>
        <translation>Ce ai vrea să faci? Tot ce faci se salvează pe loc.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Text and colours</source>
        <translation>Text și culori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bigger words, high contrast, and sounds or movement off.</source>
        <translation>Litere mai mari, contrast ridicat, fără sunete sau mișcare.</translation>
    </message>
</context>
<context>
    <name>SpacePage</name>
    <message>
        <location filename="../voiceapp/ui/helper/space.py" line="+50"/>
        <source>{name}&apos;s space</source>
        <translation>Spațiul lui {name}</translation>
    </message>
</context>
<context>
    <name>SpaceRest</name>
    <message>
        <location filename="../voiceapp/ui/space/rest.py" line="-141"/>
        <source>Saving your things...</source>
        <translation>Se salvează lucrurile tale...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything you made is saved.</source>
        <translation>Tot ce ai făcut este salvat.</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../voiceapp/ui/start_screen.py" line="+29"/>
        <source>I&apos;m a young person</source>
        <translation>Sunt copil sau tânăr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I&apos;m helping a young person</source>
        <translation>Ajut un tânăr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&apos;m a conference chair</source>
        <translation>Sunt președinte de conferință</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Share what you think and feel with your meeting.</source>
        <translation>Spune-le celor de la întâlnire ce gândești și ce simți.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For social workers, advocates and other trusted adults.</source>
        <translation>Pentru asistenți sociali, reprezentanți și alți adulți de încredere.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open and read what a young person has sent to you.</source>
        <translation>Deschideți și citiți ce v-a trimis un tânăr.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>My Voice</source>
        <translation>My Voice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Welcome! Who is using My Voice today?</source>
        <translation>Bun venit! Cine folosește azi My Voice?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start</source>
        <translation>Începe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose who is using My Voice today.</source>
        <translation>Alegeți cine folosește azi My Voice.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My Voice picture: a speech bubble</source>
        <translation>Imaginea My Voice: un balon de vorbire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Text and colours</source>
        <translation>Text și culori</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bigger words, high contrast, and sounds or movement off.</source>
        <translation>Litere mai mari, contrast ridicat, fără sunete sau mișcare.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Language</source>
        <translation>Limba</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My Voice changes language at once.</source>
        <translation>My Voice schimbă limba imediat.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../voiceapp/ui/profile/unlock_page.py" line="+102"/>
        <source>A PIN is 4 to 8 numbers. Or leave it empty.</source>
        <translation>Un PIN are între 4 și 8 cifre. Sau lăsați gol.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete everything and start again?</source>
        <translation>Ștergeți totul și începeți din nou?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything kept in My Voice on this computer will be deleted for good: every young person, everything they made, and your key. Nobody can get it back. A chair can then restore their key from its backup.</source>
        <translation>Tot ce este păstrat în My Voice pe acest computer va fi șters definitiv: fiecare tânăr, tot ce a făcut și cheia dumneavoastră. Nimeni nu îl mai poate recupera. Un președinte își poate apoi restaura cheia din copia de rezervă.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete everything</source>
        <translation>Șterge tot</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Welcome back</source>
        <translation>Bine ați revenit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text and colours</source>
        <translation>Text și culori</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bigger words, high contrast, and sounds or movement off.</source>
        <translation>Litere mai mari, contrast ridicat, fără sunete sau mișcare.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>My Voice is locked. Type your passphrase to open it.</source>
        <translation>My Voice este blocat. Scrieți fraza de acces ca să-l deschideți.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Passphrase</source>
        <translation>Frază de acces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The passphrase you chose when you first used My Voice.</source>
        <translation>Fraza de acces aleasă când ați folosit prima dată My Voice.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A short PIN for today (you can leave this empty)</source>
        <translation>Un PIN scurt pentru azi (puteți lăsa gol)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A short PIN for today</source>
        <translation>Un PIN scurt pentru azi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 to 8 numbers, to leave a young person&apos;s space quickly.</source>
        <translation>4–8 cifre, ca să ieșiți repede din spațiul unui tânăr.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With a PIN you can leave a young person&apos;s space quickly. It is forgotten whenever My Voice locks; without one, your passphrase is needed.</source>
        <translation>Cu un PIN puteți ieși repede din spațiul unui tânăr. Se uită de fiecare dată când My Voice se blochează; fără el, este nevoie de fraza de acces.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opening... this takes a moment.</source>
        <translation>Se deschide... durează puțin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forgotten your passphrase? Nobody can open what is kept here without it, not even us or your IT team. If it is lost for good, you can start again, which deletes everything kept here.</source>
        <translation>Ați uitat fraza de acces? Fără ea, nimeni nu poate deschide ce este păstrat aici, nici noi, nici echipa IT. Dacă s-a pierdut definitiv, puteți începe din nou, ceea ce șterge tot ce este păstrat aici.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <source>Unlock</source>
        <translation>Deblochează</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Start again...</source>
        <translation>Începe din nou...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete everything kept here, after a question, and set up again.</source>
        <translation>Ștergeți tot ce este păstrat aici, după o întrebare, și configurați din nou.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checks your passphrase and opens My Voice.</source>
        <translation>Verifică fraza de acces și deschide My Voice.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlock My Voice</source>
        <translation>Deblocați My Voice</translation>
    </message>
</context>
<context>
    <name>VideoPage</name>
    <message>
        <location filename="../voiceapp/ui/record/video_page.py" line="+750"/>
        <source>Getting the camera ready…</source>
        <translation>Se pregătește camera…</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Get ready… recording starts in {count}. Press Stop to wait.</source>
        <translation>Pregătește-te… înregistrarea începe în {count}. Apasă Oprește ca să aștepți.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your video is kept. You can record another one if you like.</source>
        <translation>Video-ul tău este păstrat. Poți face încă unul, dacă vrei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That video was thrown away. You can record a new one.</source>
        <translation>Video-ul a fost aruncat. Poți face unul nou.</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+6"/>
        <source>Stop</source>
        <translation>Oprește</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Do not start recording yet.</source>
        <translation>Nu începe încă înregistrarea.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Finish recording, then watch it.</source>
        <translation>Termină înregistrarea, apoi urmărește video-ul.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The camera or the microphone stopped working. Maybe it came unplugged? Everything up to then is here.</source>
        <translation>Camera sau microfonul nu mai funcționează. Poate s-a deconectat? Tot ce e până atunci este aici.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That is as long as a video can be, so it stopped by itself. Everything up to then is here.</source>
        <translation>Atât de lung poate fi un video, așa că s-a oprit singur. Tot ce e până atunci este aici.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>We can&apos;t see a camera</source>
        <translation>Nu vedem nicio cameră</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>We can&apos;t hear a microphone</source>
        <translation>Nu auzim niciun microfon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The longest a video can be: {time}</source>
        <translation>Durata maximă a unui video: {time}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Throw this video away? It cannot be got back afterwards.</source>
        <translation>Arunci acest video? Nu mai poate fi recuperat după aceea.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yes, throw it away</source>
        <translation>Da, aruncă-l</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The video is deleted.</source>
        <translation>Video-ul a fost șters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, keep it for now</source>
        <translation>Nu, îl păstrez deocamdată</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Go back to your video.</source>
        <translation>Înapoi la video-ul tău.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Record it again? This video will be thrown away.</source>
        <translation>Înregistrezi din nou? Acest video va fi aruncat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yes, record again</source>
        <translation>Da, înregistrez din nou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throw this video away and start a new one.</source>
        <translation>Aruncă acest video și începe unul nou.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, keep this one</source>
        <translation>Nu, îl păstrez</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Record a video</source>
        <translation>Înregistrează un video</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press Record and say what you want the meeting to hear. You can pause whenever you like, and watch it at the end.</source>
        <translation>Apasă Înregistrează și spune ce vrei să audă cei de la întâlnire. Poți pune pauză oricând vrei și îl poți urmări la final.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Camera:</source>
        <translation>Cameră:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camera</source>
        <translation>Cameră</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose which camera to use.</source>
        <translation>Alege ce cameră să folosești.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Microphone:</source>
        <translation>Microfon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your face:</source>
        <translation>Fața ta:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show my face</source>
        <translation>Arată-mi fața</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The video shows you as the camera sees you.</source>
        <translation>Video-ul te arată așa cum te vede camera.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Blur the background</source>
        <translation>Estompează fundalul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything behind you is blurred, so nobody sees where you are.</source>
        <translation>Tot ce e în spatele tău este estompat, ca nimeni să nu vadă unde ești.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Blur my face</source>
        <translation>Estompează-mi fața</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your face is blurred. The meeting still hears your voice.</source>
        <translation>Fața ta este estompată. Cei de la întâlnire îți aud în continuare vocea.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record</source>
        <translation>Înregistrează</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count down from three, then start recording a video.</source>
        <translation>Numărătoare inversă de la trei, apoi începe înregistrarea video.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Watch it back</source>
        <translation>Urmărește</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Watch your video if you like. Then keep it, or record it again.</source>
        <translation>Urmărește-ți video-ul, dacă vrei. Apoi păstrează-l sau înregistrează din nou.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record again</source>
        <translation>Înregistrează din nou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a new video instead of this one.</source>
        <translation>Fă un video nou în locul acestuia.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep it</source>
        <translation>Păstrează-l</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this video with your things.</source>
        <translation>Păstrează video-ul acesta cu lucrurile tale.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Throw it away</source>
        <translation>Aruncă-l</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this video. You will be asked first.</source>
        <translation>Șterge acest video. Te vom întreba mai întâi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If it still does not work, ask the grown-up with you to help. You can record your voice, write or draw instead.</source>
        <translation>Dacă tot nu merge, roagă adultul care e cu tine să te ajute. Poți să-ți înregistrezi vocea, să scrii sau să desenezi în loc.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Try again</source>
        <translation>Încearcă din nou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look for the camera and microphone again.</source>
        <translation>Caută din nou camera și microfonul.</translation>
    </message>
</context>
<context>
    <name>VideoPreview</name>
    <message>
        <location filename="../voiceapp/ui/record/video_parts.py" line="+208"/>
        <source>Camera picture</source>
        <translation>Imaginea camerei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the camera sees, like a mirror.</source>
        <translation>Ce vede camera, ca într-o oglindă.</translation>
    </message>
</context>
<context>
    <name>ViewerPage</name>
    <message>
        <location filename="../voiceapp/ui/chair/viewer.py" line="+51"/>
        <source>Checking progress</source>
        <translation>Progresul verificării</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Oprește</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop checking and close the file.</source>
        <translation>Opriți verificarea și închideți fișierul.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The things the young person sent</source>
        <translation>Lucrurile trimise de tânăr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the arrow keys to choose a thing; it shows on the right.</source>
        <translation>Folosiți săgețile ca să alegeți un lucru; apare în dreapta.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Checking that nothing was changed. The things open when the check is done.</source>
        <translation>Se verifică dacă nu s-a schimbat nimic. Lucrurile se deschid după verificare.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Complete summary (PDF)…</source>
        <translation>Rezumat complet (PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a summary of everything, for the conference record.</source>
        <translation>Salvați un rezumat cu tot, pentru dosarul conferinței.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Summary for everyone (PDF)…</source>
        <translation>Rezumat pentru toți (PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a summary that leaves out everything only for the chair.</source>
        <translation>Salvați un rezumat fără tot ce este doar pentru președinte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save copies…</source>
        <translation>Salvează copii…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save plain copies of chosen things to a folder.</source>
        <translation>Salvați într-un dosar copii simple ale lucrurilor alese.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close this file and go back.</source>
        <translation>Închideți acest fișier și reveniți.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Opening…</source>
        <translation>Se deschide…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Conference: %1</source>
        <translation>Conferință: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reference: %1</source>
        <translation>Referință: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking that nothing was changed since the young person sent it. Nothing can be opened until this is done.</source>
        <translation>Se verifică dacă nu s-a schimbat nimic de când tânărul l-a trimis. Nimic nu se poate deschide până la final.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Checked: every item is exactly what the young person sent.</source>
        <translation>Verificat: fiecare lucru este exact ce a trimis tânărul.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Checking…</source>
        <translation>Se verifică…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>read</source>
        <translation>citit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shared</source>
        <translation>prezentat</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Save the complete summary</source>
        <translation>Salvați rezumatul complet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the summary for everyone</source>
        <translation>Salvați rezumatul pentru toți</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fișiere PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Making the summary…</source>
        <translation>Se face rezumatul…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Summary saved: %1</source>
        <translation>Rezumat salvat: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose a folder for the copies</source>
        <translation>Alegeți un dosar pentru copii</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only for the chair</source>
        <translation>doar pentru președinte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saving copies…</source>
        <translation>Se salvează copiile…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copies saved in %1</source>
        <translation>Copii salvate în %1</translation>
    </message>
</context>
<context>
    <name>VoicePage</name>
    <message>
        <location filename="../voiceapp/ui/record/page.py" line="+324"/>
        <source>Getting the microphone ready…</source>
        <translation>Se pregătește microfonul…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your recording is kept. You can record another one if you like.</source>
        <translation>Înregistrarea ta este păstrată. Poți face încă una, dacă vrei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That recording was thrown away. You can record a new one.</source>
        <translation>Înregistrarea a fost aruncată. Poți face una nouă.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The microphone stopped working. Maybe it came unplugged? Everything you said up to then is here.</source>
        <translation>Microfonul nu mai funcționează. Poate s-a deconectat? Tot ce ai spus până atunci este aici.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That is as long as a recording can be, so it stopped by itself. Everything up to then is here.</source>
        <translation>Atât de lungă poate fi o înregistrare, așa că s-a oprit singură. Tot ce e până atunci este aici.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The longest a recording can be: {time}</source>
        <translation>Durata maximă a unei înregistrări: {time}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Throw this recording away? It cannot be got back afterwards.</source>
        <translation>Arunci această înregistrare? Nu mai poate fi recuperată după aceea.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yes, throw it away</source>
        <translation>Da, arunc-o</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recording is deleted.</source>
        <translation>Înregistrarea a fost ștearsă.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, keep it for now</source>
        <translation>Nu, o păstrez deocamdată</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>Go back to your recording.</source>
        <translation>Înapoi la înregistrarea ta.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Record it again? This recording will be thrown away.</source>
        <translation>Înregistrezi din nou? Această înregistrare va fi aruncată.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yes, record again</source>
        <translation>Da, înregistrez din nou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throw this recording away and start a new one.</source>
        <translation>Aruncă această înregistrare și începe una nouă.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No, keep this one</source>
        <translation>Nu, o păstrez</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Record my voice</source>
        <translation>Înregistrează-mi vocea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press Record and say what you want the meeting to hear. You can pause whenever you like, and listen back at the end.</source>
        <translation>Apasă Înregistrează și spune ce vrei să audă cei de la întâlnire. Poți pune pauză oricând vrei și poți asculta la final.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Microphone:</source>
        <translation>Microfon:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record</source>
        <translation>Înregistrează</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start recording your voice.</source>
        <translation>Începe să-ți înregistrezi vocea.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop</source>
        <translation>Oprește</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish recording, then listen to it.</source>
        <translation>Termină înregistrarea, apoi ascult-o.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listen back</source>
        <translation>Ascultă</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listen to your recording if you like. Then keep it, or record it again.</source>
        <translation>Ascultă-ți înregistrarea, dacă vrei. Apoi păstreaz-o sau înregistrează din nou.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record again</source>
        <translation>Înregistrează din nou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a new recording instead of this one.</source>
        <translation>Fă o înregistrare nouă în locul acesteia.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep it</source>
        <translation>Păstreaz-o</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this recording with your things.</source>
        <translation>Păstrează înregistrarea aceasta cu lucrurile tale.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Throw it away</source>
        <translation>Arunc-o</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this recording. You will be asked first.</source>
        <translation>Șterge această înregistrare. Te vom întreba mai întâi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>We can&apos;t hear a microphone</source>
        <translation>Nu auzim niciun microfon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If it still does not work, ask the grown-up with you to help. You can write or draw instead.</source>
        <translation>Dacă tot nu merge, roagă adultul care e cu tine să te ajute. Poți să scrii sau să desenezi în loc.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Try again</source>
        <translation>Încearcă din nou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look for the microphone again.</source>
        <translation>Caută din nou microfonul.</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../voiceapp/ui/helper/words.py" line="+13"/>
        <source>A drawing</source>
        <translation>Un desen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A letter</source>
        <translation>O scrisoare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A voice recording</source>
        <translation>O înregistrare audio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A video</source>
        <translation>Un video</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A picture</source>
        <translation>O imagine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How I feel</source>
        <translation>Cum mă simt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The three houses</source>
        <translation>Cele trei case</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something they made</source>
        <translation>Ceva făcut de tânăr</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only the chair may see this</source>
        <translation>Doar președintele poate vedea asta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone at the meeting may see this</source>
        <translation>Toată lumea de la întâlnire poate vedea asta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Written down by a helper</source>
        <translation>Scris de cineva care ajută</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In {name}&apos;s own words</source>
        <translation>Cu cuvintele lui {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sent</source>
        <translation>Trimis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Getting ready</source>
        <translation>Pregătire</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>4 to 7 years old</source>
        <translation>4–7 ani</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>8 to 12 years old</source>
        <translation>8–12 ani</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>13 to 17 years old</source>
        <translation>13–17 ani</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Their social worker</source>
        <translation>Asistentul social</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their advocate</source>
        <translation>Reprezentantul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A family member</source>
        <translation>Un membru al familiei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else who helps them</source>
        <translation>Altcineva care ajută</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On their own</source>
        <translation>Fără ajutor</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Deleted today ({date})</source>
        <translation>Se șterge azi ({date})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted tomorrow ({date})</source>
        <translation>Se șterge mâine ({date})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted in {days} days ({date})</source>
        <translation>Se șterge pe {date} (zile rămase: {days})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Everything about {name} is deleted from this laptop today.</source>
        <translation>Tot ce ține de {name} se șterge azi de pe acest laptop.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything about {name} is deleted from this laptop tomorrow, {date}.</source>
        <translation>Tot ce ține de {name} se șterge de pe acest laptop mâine, {date}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything about {name} is deleted from this laptop on {date}, in {days} days.</source>
        <translation>Tot ce ține de {name} se șterge de pe acest laptop pe {date} (zile rămase: {days}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Conference on {date}</source>
        <translation>Conferința din {date}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{minutes}:{seconds:02d} long</source>
        <translation>Durată: {minutes}:{seconds:02d}</translation>
    </message>
</context>
<context>
    <name>YoungPersonHome</name>
    <message>
        <location filename="../voiceapp/ui/space/own_home.py" line="+106"/>
        <source>Delete your things from this computer?</source>
        <translation>Ștergi lucrurile tale de pe acest computer?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chair keeps what you sent. Everything here will be deleted, for good.</source>
        <translation>Președintele păstrează ce ai trimis. Tot ce e aici va fi șters, definitiv.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yes, delete everything</source>
        <translation>Da, șterge tot</translation>
    </message>
</context>
<context>
    <name>YoungSpace</name>
    <message>
        <location filename="../voiceapp/ui/space/space.py" line="+216"/>
        <source>My drawing</source>
        <translation>Desenul meu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My letter</source>
        <translation>Scrisoarea mea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My voice recording</source>
        <translation>Înregistrarea vocii mele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My video</source>
        <translation>Video-ul meu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How I feel</source>
        <translation>Cum mă simt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My three houses</source>
        <translation>Cele trei case ale mele</translation>
    </message>
</context>
</TS>
