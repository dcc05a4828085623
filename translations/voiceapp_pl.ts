<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en_GB">
<context>
    <name>AboutMePage</name>
    <message>
        <location filename="../voiceapp/ui/space/own_home.py" line="+112"/>
        <source>Please type a name first.</source>
        <translation>Najpierw wpisz imię.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Please choose how old you are.</source>
        <translation>Wybierz, ile masz lat.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Before you start</source>
        <translation>Zanim zaczniesz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Three quick questions, so that your space fits you.</source>
        <translation>Trzy szybkie pytania, żeby twoje miejsce było dopasowane do ciebie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>What would you like to be called?</source>
        <translation>Jak mamy się do ciebie zwracać?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How old are you?</source>
        <translation>Ile masz lat?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>4 to 7</source>
        <translation>4 do 7</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>8 to 12</source>
        <translation>8 do 12</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>13 to 17</source>
        <translation>13 do 17</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose this if it is your age.</source>
        <translation>Wybierz to, jeśli tyle masz lat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>When is your meeting?</source>
        <translation>Kiedy jest twoje spotkanie?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I don&apos;t know yet</source>
        <translation>Jeszcze nie wiem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I don&apos;t know the date of my meeting yet</source>
        <translation>Jeszcze nie wiem, kiedy jest moje spotkanie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open my space.</source>
        <translation>Otwórz moje miejsce.</translation>
    </message>
</context>
<context>
    <name>BreakPage</name>
    <message>
        <location filename="../voiceapp/ui/space/rest.py" line="+75"/>
        <source>Time for a break</source>
        <translation>Czas na przerwę</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A picture of a warm drink</source>
        <translation>Obrazek ciepłego napoju</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take as long as you need. Have a drink, stretch, or talk to someone you trust.</source>
        <translation>Odpocznij tyle, ile potrzebujesz. Napij się czegoś, rozciągnij się albo porozmawiaj z kimś, komu ufasz.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>I&apos;m ready to carry on</source>
        <translation>Mogę działać dalej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to where you were.</source>
        <translation>Wróć tam, gdzie przerwano.</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <location filename="../voiceapp/ui/helper/case_form.py" line="+193"/>
        <source>Please write the name they would like to be called, and choose a delete-after day after today.</source>
        <translation>Wpisz imię, którym ta osoba chce być nazywana, i wybierz dzień usunięcia późniejszy niż dzisiaj.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Add a young person</source>
        <translation>Dodaj młodą osobę</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change {name}&apos;s details</source>
        <translation>Zmień dane: {name}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The name they would like to be called</source>
        <translation>Imię, którym chce być nazywana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Their age</source>
        <translation>Wiek</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date of the conference</source>
        <translation>Data konferencji</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Conference reference (if there is one)</source>
        <translation>Numer konferencji (jeśli jest)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Their language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You are their</source>
        <translation>Twoja rola</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete everything from this laptop on</source>
        <translation>Usuń wszystko z tego laptopa w dniu</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>A first name or a nickname is enough. It goes to the chair.</source>
        <translation>Wystarczy imię lub pseudonim. Zobaczy je przewodniczący.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Social worker</source>
        <translation>Pracownik socjalny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advocate</source>
        <translation>Rzecznik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family member</source>
        <translation>Członek rodziny</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone else who helps them</source>
        <translation>Ktoś inny, kto pomaga</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything about this young person is deleted from this laptop on this day, whether it was sent or not. You will be reminded a few days before.</source>
        <translation>W tym dniu wszystko o tej młodej osobie zostanie usunięte z tego laptopa, bez względu na to, czy zostało wysłane. Kilka dni wcześniej dostaniesz przypomnienie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back without saving.</source>
        <translation>Wróć bez zapisywania.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep these details.</source>
        <translation>Zachowaj te dane.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Type the date, or open the calendar.</source>
        <translation>Wpisz datę albo otwórz kalendarz.</translation>
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
        <translation>Otwórz stronę: {name}</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Some young people&apos;s things reached their delete-after date and have been deleted: {count}.</source>
        <translation>Rzeczy niektórych młodych osób osiągnęły datę usunięcia i zostały usunięte: {count}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name}&apos;s things will be deleted soon: {when}. Send anything still to send before then.</source>
        <translation>Rzeczy osoby {name} zostaną wkrótce usunięte: {when}. Wyślij przed tym terminem wszystko, co jeszcze trzeba wysłać.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+41"/>
        <source>Young people</source>
        <translation>Młode osoby</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Text and colours</source>
        <translation>Tekst i kolory</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bigger words, high contrast, and sounds or movement off.</source>
        <translation>Większe litery, wysoki kontrast, wyłączenie dźwięków lub ruchu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nobody here yet. Add a young person to begin.</source>
        <translation>Nikogo tu jeszcze nie ma. Dodaj młodą osobę, żeby zacząć.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Add a young person</source>
        <translation>Dodaj młodą osobę</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a private space for one more young person.</source>
        <translation>Utwórz prywatne miejsce dla kolejnej młodej osoby.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Lock My Voice</source>
        <translation>Zablokuj My Voice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock now. Your passphrase is needed to open it again.</source>
        <translation>Zablokuj teraz. Do ponownego otwarcia potrzebne będzie hasło.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lock by itself when nobody uses it for</source>
        <translation>Blokuj automatycznie, gdy nikt nie używa przez</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{minutes} minutes</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock by itself after</source>
        <translation>Blokuj automatycznie po</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How long My Voice waits with nobody using it before it locks.</source>
        <translation>Jak długo My Voice czeka, gdy nikt go nie używa, zanim się zablokuje.</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <location filename="../voiceapp/ui/helper/case_page.py" line="+176"/>
        <source>Remove “{title}”?</source>
        <translation>Usunąć „{title}”?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It will be deleted from this laptop and cannot be brought back. Only do this if {name} agrees.</source>
        <translation>Zostanie usunięte z tego laptopa i nie da się tego cofnąć. Zrób to tylko wtedy, gdy {name} się zgadza.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yes, remove it</source>
        <translation>Tak, usuń</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Everything {name} made and everything about them will be deleted from this laptop, for good. Nobody can bring it back. Anything already sent to the chair stays with the chair.</source>
        <translation>Wszystko, co zrobiła osoba {name}, i wszystko o niej zostanie na zawsze usunięte z tego laptopa. Nikt nie będzie mógł tego odzyskać. To, co już wysłano do przewodniczącego, zostaje u przewodniczącego.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Their things have not been sent yet.</source>
        <translation>Rzeczy tej osoby nie zostały jeszcze wysłane.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete {name} and all their things?</source>
        <translation>Usunąć osobę {name} i wszystkie jej rzeczy?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yes, delete everything</source>
        <translation>Tak, usuń wszystko</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Reference {reference}</source>
        <translation>Numer {reference}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sent to the chair on {when}. When the chair has it, you can delete {name}&apos;s things now.</source>
        <translation>Wysłano do przewodniczącego {when}. Gdy przewodniczący już to ma, możesz teraz usunąć rzeczy osoby {name}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>Show the receipt</source>
        <translation>Pokaż potwierdzenie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was sent, when, and to whom. You can print it or save it.</source>
        <translation>Co wysłano, kiedy i do kogo. Możesz je wydrukować albo zapisać.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete {name}&apos;s things now</source>
        <translation>Usuń teraz rzeczy osoby {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+89"/>
        <source>Deletes everything about them from this laptop, after asking you.</source>
        <translation>Usuwa z tego laptopa wszystko o tej osobie, po zapytaniu cię.</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>The chair&apos;s key card</source>
        <translation>Karta klucza przewodniczącego</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No key card yet. Ask the conference chair for their My Voice key card: it lets you send {name}&apos;s things so that only the chair can open them.</source>
        <translation>Nie ma jeszcze karty klucza. Poproś przewodniczącego konferencji o jego kartę klucza My Voice: dzięki niej możesz wysłać rzeczy osoby {name} tak, żeby tylko przewodniczący mógł je otworzyć.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add the chair&apos;s key card</source>
        <translation>Dodaj kartę klucza przewodniczącego</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{chair}, {organisation}. Fingerprint: {fingerprint}</source>
        <translation>{chair}, {organisation}. Odcisk klucza: {fingerprint}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use a different key card</source>
        <translation>Użyj innej karty klucza</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a key card file, or paste the key card text.</source>
        <translation>Otwórz plik karty klucza albo wklej tekst karty.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}&apos;s things</source>
        <translation>Rzeczy: {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Getting {name}&apos;s things...</source>
        <translation>Pobieranie rzeczy osoby {name}...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing here yet. Start {name}&apos;s space, or add something they made elsewhere.</source>
        <translation>Nic tu jeszcze nie ma. Otwórz miejsce osoby {name} albo dodaj coś, co zrobiła gdzie indziej.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All young people</source>
        <translation>Wszystkie młode osoby</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to the list of young people.</source>
        <translation>Wróć do listy młodych osób.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add something made elsewhere</source>
        <translation>Dodaj coś zrobionego gdzie indziej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A photo of a drawing on paper, a letter, a recording or a video from a file.</source>
        <translation>Zdjęcie rysunku na papierze, list, nagranie albo film z pliku.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start {name}&apos;s space</source>
        <translation>Otwórz miejsce: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fills the screen with {name}&apos;s own space. Leaving it needs you.</source>
        <translation>Wypełnia ekran miejscem osoby {name}. Wyjść może tylko pomocnik.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send to the chair</source>
        <translation>Wyślij do przewodniczącego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look at everything once more and save it for the chair.</source>
        <translation>Przejrzyj wszystko jeszcze raz i zapisz dla przewodniczącego.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change details</source>
        <translation>Zmień dane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the name, conference date or delete-after day.</source>
        <translation>Zmień imię, datę konferencji albo dzień usunięcia.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete {name}</source>
        <translation>Usuń: {name}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name}&apos;s page</source>
        <translation>Strona: {name}</translation>
    </message>
</context>
<context>
    <name>ChairCommon</name>
    <message>
        <location filename="../voiceapp/ui/chair/common.py" line="+120"/>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation>Te dwa hasła nie są takie same. Wpisz je ponownie.</translation>
    </message>
</context>
<context>
    <name>ChairHome</name>
    <message>
        <location filename="../voiceapp/ui/chair/home.py" line="+49"/>
        <source>Conference chair</source>
        <translation>Przewodniczący konferencji</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>My Voice for conference chairs</source>
        <translation>My Voice dla przewodniczących konferencji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inbox</source>
        <translation>Skrzynka odbiorcza</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The files young people sent you.</source>
        <translation>Pliki wysłane do ciebie przez młode osoby.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My key</source>
        <translation>Mój klucz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your key card, and backups.</source>
        <translation>Twoja karta klucza i kopie zapasowe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock</source>
        <translation>Zablokuj</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close what is open and lock My Voice.</source>
        <translation>Zamknij to, co otwarte, i zablokuj My Voice.</translation>
    </message>
</context>
<context>
    <name>ChairKey</name>
    <message>
        <location filename="../voiceapp/ui/chair/pdf.py" line="+232"/>
        <source>Standard key (post-quantum)</source>
        <translation>Klucz standardowy (postkwantowy)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compatibility key (X25519)</source>
        <translation>Klucz zgodności (X25519)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made on</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of key</source>
        <translation>Rodzaj klucza</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My Voice key card</source>
        <translation>Karta klucza My Voice</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Helpers use this card to lock young people&apos;s views so that only this chair can open them. Before using it, read the fingerprint below to each other over the phone: if the letters match, the card is real.</source>
        <translation>Pomocnicy używają tej karty, żeby zablokować zdanie młodych osób tak, by mógł je otworzyć tylko ten przewodniczący. Przed użyciem przeczytajcie sobie nawzajem przez telefon odcisk klucza poniżej: jeśli litery się zgadzają, karta jest prawdziwa.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fingerprint</source>
        <translation>Odcisk klucza</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Key</source>
        <translation>Klucz</translation>
    </message>
</context>
<context>
    <name>ChairSetup</name>
    <message>
        <location filename="../voiceapp/ui/chair/setup.py" line="+60"/>
        <source>Set up the chair&apos;s key</source>
        <translation>Konfiguracja klucza przewodniczącego</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Working</source>
        <translation>Trwa praca</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Set up your chair&apos;s key</source>
        <translation>Skonfiguruj swój klucz przewodniczącego</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Young people&apos;s views are locked so that only your key can open them. Your key stays on this computer, protected by a passphrase you choose.</source>
        <translation>Zdanie młodych osób jest zablokowane tak, że może je otworzyć tylko twój klucz. Klucz zostaje na tym komputerze, chroniony wybranym przez ciebie hasłem.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+58"/>
        <source>Make a new key</source>
        <translation>Utwórz nowy klucz</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Make a new key for opening what young people send you.</source>
        <translation>Utwórz nowy klucz do otwierania tego, co wysyłają ci młode osoby.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use a key I already have…</source>
        <translation>Użyj klucza, który już mam…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring in an age identity file you already use.</source>
        <translation>Wczytaj plik tożsamości age, którego już używasz.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore my key from a backup…</source>
        <translation>Przywróć klucz z kopii zapasowej…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring back your key from a backup file made by My Voice.</source>
        <translation>Odzyskaj klucz z pliku kopii zapasowej utworzonego przez My Voice.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most chairs start here.</source>
        <translation>Od tego zaczyna większość przewodniczących.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For example a key your IT team made with the age tool.</source>
        <translation>Na przykład klucz utworzony przez twój dział IT narzędziem age.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After a new computer, or a lost passphrase.</source>
        <translation>Po zmianie komputera albo utracie hasła.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose your everyday passphrase</source>
        <translation>Wybierz hasło codzienne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the same passphrase again</source>
        <translation>Wpisz to samo hasło ponownie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You type this each time you open My Voice. At least 10 characters: a few words you will remember, like &apos;purple kettle seven&apos;.</source>
        <translation>Wpisujesz je przy każdym otwarciu My Voice. Co najmniej 10 znaków: kilka słów, które zapamiętasz, np. „fioletowy czajnik siedem”.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go back to the three choices.</source>
        <translation>Wróć do trzech możliwości.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Standard key (recommended): safe even against future quantum computers</source>
        <translation>Klucz standardowy (zalecany): bezpieczny nawet wobec przyszłych komputerów kwantowych</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compatibility key: also opens with older age tools (X25519)</source>
        <translation>Klucz zgodności: otwiera się też starszymi narzędziami age (X25519)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use this unless the chair&apos;s office needs the age tool. Arrow keys choose.</source>
        <translation>Wybierz ten, chyba że biuro przewodniczącego potrzebuje narzędzia age. Wybór strzałkami.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only if your office must open files with an older age tool.</source>
        <translation>Tylko jeśli biuro musi otwierać pliki starszym narzędziem age.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>These records must stay private for the young person&apos;s whole life, so the standard key is protected against computers that may exist in future. Choose the compatibility key only if your IT team also opens these files with an older age tool that does not know post-quantum keys.</source>
        <translation>Te dane muszą pozostać poufne przez całe życie młodej osoby, dlatego klucz standardowy jest chroniony przed komputerami, które mogą powstać w przyszłości. Wybierz klucz zgodności tylko wtedy, gdy twój dział IT otwiera te pliki także starszym narzędziem age, które nie obsługuje kluczy postkwantowych.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Make my key</source>
        <translation>Utwórz mój klucz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make the key now.</source>
        <translation>Utwórz klucz teraz.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Use a key you already have</source>
        <translation>Użyj klucza, który już masz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose an age identity file (made by age-keygen, or by My Voice). If it is protected by a passphrase, type that passphrase too.</source>
        <translation>Wybierz plik tożsamości age (utworzony przez age-keygen albo przez My Voice). Jeśli jest chroniony hasłem, wpisz też to hasło.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose key file…</source>
        <translation>Wybierz plik klucza…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose the age identity file to bring in.</source>
        <translation>Wybierz plik tożsamości age do wczytania.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>The key file&apos;s own passphrase</source>
        <translation>Hasło samego pliku klucza</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use this key</source>
        <translation>Użyj tego klucza</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bring in this key now.</source>
        <translation>Wczytaj ten klucz teraz.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Restore your key from a backup</source>
        <translation>Przywróć klucz z kopii zapasowej</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose backup file…</source>
        <translation>Wybierz plik kopii…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose the backup of your key.</source>
        <translation>Wybierz kopię zapasową swojego klucza.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>The backup&apos;s recovery passphrase</source>
        <translation>Hasło odzyskiwania kopii zapasowej</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore my key</source>
        <translation>Przywróć mój klucz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore the key now.</source>
        <translation>Przywróć klucz teraz.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Back up your key</source>
        <translation>Zrób kopię zapasową klucza</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If this key is lost (a broken or replaced computer, a forgotten passphrase), the young people&apos;s views sent to it can never be opened, by anyone. Not even My Voice can get them back.</source>
        <translation>Jeśli ten klucz przepadnie (zepsuty lub wymieniony komputer, zapomniane hasło), zdania młodych osób wysłanego na ten klucz nikt nigdy nie otworzy. Nawet My Voice nie może go odzyskać.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save a backup somewhere safe away from this computer, for example your organisation&apos;s secure drive. It is locked with a recovery passphrase: choose one different from your everyday passphrase, and keep it apart from the backup.</source>
        <translation>Zapisz kopię zapasową w bezpiecznym miejscu poza tym komputerem, np. na bezpiecznym dysku twojej organizacji. Jest zablokowana hasłem odzyskiwania: wybierz inne niż hasło codzienne i przechowuj je oddzielnie od kopii.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a recovery passphrase</source>
        <translation>Wybierz hasło odzyskiwania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the recovery passphrase again</source>
        <translation>Wpisz ponownie hasło odzyskiwania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least 10 characters, and not the same as your everyday passphrase.</source>
        <translation>Co najmniej 10 znaków i inne niż hasło codzienne.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a backup…</source>
        <translation>Zapisz kopię zapasową…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose where to save the backup of your key.</source>
        <translation>Wybierz, gdzie zapisać kopię zapasową klucza.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not now</source>
        <translation>Nie teraz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go on without a backup. You can make one later from My key.</source>
        <translation>Kontynuuj bez kopii zapasowej. Możesz ją zrobić później w sekcji Mój klucz.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose your age identity file</source>
        <translation>Wybierz plik tożsamości age</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose the backup of your key</source>
        <translation>Wybierz kopię zapasową klucza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key backups (*.age);;All files (*)</source>
        <translation>Kopie zapasowe kluczy (*.age);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Making your key. This takes a few seconds…</source>
        <translation>Tworzenie klucza. To potrwa kilka sekund…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose your key file first.</source>
        <translation>Najpierw wybierz plik klucza.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Bringing in your key…</source>
        <translation>Wczytywanie klucza…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose your backup file first.</source>
        <translation>Najpierw wybierz plik kopii zapasowej.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restoring your key…</source>
        <translation>Przywracanie klucza…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Please choose a recovery passphrase different from your everyday one.</source>
        <translation>Wybierz hasło odzyskiwania inne niż hasło codzienne.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the backup of your key</source>
        <translation>Zapisz kopię zapasową klucza</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key backups (*.age)</source>
        <translation>Kopie zapasowe kluczy (*.age)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saving the backup…</source>
        <translation>Zapisywanie kopii zapasowej…</translation>
    </message>
</context>
<context>
    <name>ChairWords</name>
    <message>
        <location filename="../voiceapp/ui/chair/words.py" line="+17"/>
        <source>Drawing</source>
        <translation>Rysunek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>List</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voice recording</source>
        <translation>Nagranie głosu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video</source>
        <translation>Film</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picture</source>
        <translation>Obrazek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How I feel</source>
        <translation>Jak się czuję</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three houses</source>
        <translation>Trzy domy</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only for the chair — do not show or read out</source>
        <translation>Tylko dla przewodniczącego — nie pokazywać ani nie odczytywać</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everyone at the meeting may see this</source>
        <translation>Wszyscy na spotkaniu mogą to zobaczyć</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only for the chair</source>
        <translation>Tylko dla przewodniczącego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone may see</source>
        <translation>Wszyscy mogą zobaczyć</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Written down by a helper</source>
        <translation>Zapisane przez pomocnika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The young person&apos;s own words</source>
        <translation>Własne słowa młodej osoby</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>written by helper</source>
        <translation>zapisał pomocnik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>own words</source>
        <translation>własne słowa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Made alone</source>
        <translation>Zrobione samodzielnie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made with a social worker</source>
        <translation>Zrobione z pracownikiem socjalnym</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made with an advocate</source>
        <translation>Zrobione z rzecznikiem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made with a family member</source>
        <translation>Zrobione z członkiem rodziny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made with someone else</source>
        <translation>Zrobione z kimś innym</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a little</source>
        <translation>trochę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quite a lot</source>
        <translation>dość mocno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>very</source>
        <translation>bardzo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Age %1</source>
        <translation>Wiek: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>1 thing</source>
        <translation>1 rzecz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 things</source>
        <translation>Liczba rzeczy: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1&apos;s views</source>
        <translation>Zdanie: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A young person&apos;s views</source>
        <translation>Zdanie młodej osoby</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no name given)</source>
        <translation>(nie podano imienia)</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../voiceapp/ui/helper/confirm.py" line="+30"/>
        <location line="+1"/>
        <source>No, keep them</source>
        <translation>Nie, zostaw je</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back without changing anything.</source>
        <translation>Wróć bez zmieniania czegokolwiek.</translation>
    </message>
</context>
<context>
    <name>CopiesPanel</name>
    <message>
        <location filename="../voiceapp/ui/chair/copies.py" line="+77"/>
        <source>Save a copy of chosen things</source>
        <translation>Zapisz kopię wybranych rzeczy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copies are not encrypted. Anyone who can open the folder you choose can see them. Save them only where your case records are kept safe, and delete them when they are no longer needed.</source>
        <translation>Kopie nie są zaszyfrowane. Każdy, kto może otworzyć wybrany folder, może je zobaczyć. Zapisuj je tylko tam, gdzie dokumentacja spraw jest bezpiecznie przechowywana, i usuń je, gdy nie będą już potrzebne.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Things to copy</source>
        <translation>Rzeczy do skopiowania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Space to tick or untick a thing.</source>
        <translation>Naciśnij spację, żeby zaznaczyć lub odznaczyć rzecz.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose folder and save…</source>
        <translation>Wybierz folder i zapisz…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a folder and save the copies.</source>
        <translation>Wybierz folder i zapisz kopie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go back to the things.</source>
        <translation>Wróć do rzeczy.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Tick at least one thing to copy.</source>
        <translation>Zaznacz co najmniej jedną rzecz do skopiowania.</translation>
    </message>
</context>
<context>
    <name>CreateProfilePage</name>
    <message>
        <location filename="../voiceapp/ui/profile/create_page.py" line="+107"/>
        <source>The two passphrases are not the same yet.</source>
        <translation>Te dwa hasła nie są jeszcze takie same.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A PIN is 4 to 8 numbers. Or leave it empty.</source>
        <translation>PIN to od 4 do 8 cyfr. Możesz też zostawić puste.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>That passphrase will do nicely.</source>
        <translation>To hasło będzie w sam raz.</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+68"/>
        <source>Choose a passphrase</source>
        <translation>Wybierz hasło</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>A passphrase is like a secret password made of a few words. It keeps your things private. Use at least 10 letters: three words you will remember, like &apos;purple kettle seven&apos;, are perfect. Nobody can find it out for you if you forget it, so keep it safe.</source>
        <translation>Hasło jest jak tajny szyfr z kilku słów. Dzięki niemu twoje rzeczy są tylko twoje. Użyj co najmniej 10 liter: trzy słowa, które zapamiętasz, np. „fioletowy czajnik siedem”, są idealne. Nikt nie odzyska go za ciebie, jeśli zapomnisz, więc dobrze go pilnuj.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your passphrase locks everything My Voice keeps on this computer. Use at least 10 characters: a few words you will remember, like &apos;purple kettle seven&apos;, work well. Keep it somewhere safe. If it is lost, nobody can open what is kept here, not even us.</source>
        <translation>Twoje hasło blokuje wszystko, co My Voice przechowuje na tym komputerze. Użyj co najmniej 10 znaków: dobrze sprawdza się kilka słów, które zapamiętasz, np. „fioletowy czajnik siedem”. Przechowuj je w bezpiecznym miejscu. Jeśli przepadnie, nikt nie otworzy tego, co tu jest, nawet my.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Passphrase</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least 10 characters. A few words work well.</source>
        <translation>Co najmniej 10 znaków. Dobrze sprawdza się kilka słów.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>The same passphrase again</source>
        <translation>To samo hasło ponownie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type it once more, to be sure it is right.</source>
        <translation>Wpisz je jeszcze raz, żeby mieć pewność, że jest dobre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A short PIN (you can leave this empty)</source>
        <translation>Krótki PIN (możesz zostawić puste)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A short PIN</source>
        <translation>Krótki PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 to 8 numbers, to leave a young person&apos;s space quickly.</source>
        <translation>4 do 8 cyfr, żeby szybko wyjść z miejsca młodej osoby.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With a PIN you can leave a young person&apos;s space quickly. It is forgotten whenever My Voice locks; without one, your passphrase is needed.</source>
        <translation>Z PIN-em możesz szybko wyjść z miejsca młodej osoby. Jest zapominany przy każdym zablokowaniu My Voice; bez niego potrzebne jest hasło.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Setting up your private space. This takes a moment...</source>
        <translation>Przygotowujemy twoje prywatne miejsce. To chwilę potrwa...</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back to the start screen.</source>
        <translation>Wróć do ekranu startowego.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Make my profile</source>
        <translation>Utwórz mój profil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keeps your passphrase and opens My Voice.</source>
        <translation>Zapamiętuje hasło i otwiera My Voice.</translation>
    </message>
</context>
<context>
    <name>DisplayPage</name>
    <message>
        <location filename="../voiceapp/ui/display_page.py" line="+74"/>
        <location line="+1"/>
        <source>Text and colours</source>
        <translation>Tekst i kolory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text size</source>
        <translation>Wielkość tekstu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{percent} %</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Text size {percent}</source>
        <translation>Wielkość tekstu {percent}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Makes all the words this big.</source>
        <translation>Wszystkie słowa będą takiej wielkości.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>High contrast: on</source>
        <translation>Wysoki kontrast: wł.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High contrast: off</source>
        <translation>Wysoki kontrast: wył.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Black words on white, strong edges.</source>
        <translation>Czarne słowa na białym tle, wyraźne krawędzie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sounds: on</source>
        <translation>Dźwięki: wł.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sounds: off</source>
        <translation>Dźwięki: wył.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The little sounds when you draw.</source>
        <translation>Małe dźwięki podczas rysowania.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Movement: on</source>
        <translation>Ruch: wł.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Movement: off</source>
        <translation>Ruch: wył.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off: the sound level bar stays still, changing once a second.</source>
        <translation>Wył.: pasek poziomu dźwięku stoi w miejscu i zmienia się najwyżej raz na sekundę.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this and carry on.</source>
        <translation>Zamknij to i działaj dalej.</translation>
    </message>
</context>
<context>
    <name>DrawPanel</name>
    <message>
        <location filename="../voiceapp/ui/draw/panel.py" line="+45"/>
        <source>Black</source>
        <translation>Czarny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grey</source>
        <translation>Szary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>White</source>
        <translation>Biały</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brown</source>
        <translation>Brązowy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red</source>
        <translation>Czerwony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orange</source>
        <translation>Pomarańczowy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yellow</source>
        <translation>Żółty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light green</source>
        <translation>Jasnozielony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark green</source>
        <translation>Ciemnozielony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light blue</source>
        <translation>Jasnoniebieski</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark blue</source>
        <translation>Granatowy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purple</source>
        <translation>Fioletowy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pink</source>
        <translation>Różowy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light skin</source>
        <translation>Jasna skóra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium skin</source>
        <translation>Średnia skóra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark skin</source>
        <translation>Ciemna skóra</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Happy face</source>
        <translation>Wesoła buzia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calm face</source>
        <translation>Spokojna buzia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sad face</source>
        <translation>Smutna buzia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worried face</source>
        <translation>Zmartwiona buzia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Angry face</source>
        <translation>Zła buzia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A grown-up</source>
        <translation>Dorosły</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A child</source>
        <translation>Dziecko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home</source>
        <translation>Dom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School</source>
        <translation>Szkoła</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cat</source>
        <translation>Kot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dog</source>
        <translation>Pies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sun</source>
        <translation>Słońce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rain cloud</source>
        <translation>Deszczowa chmura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heart</source>
        <translation>Serce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Star</source>
        <translation>Gwiazda</translation>
    </message>
    <message>
        <location line="+337"/>
        <source>Sound on</source>
        <translation>Dźwięk wł.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sound off</source>
        <translation>Dźwięk wył.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sounds play as you draw. Press to turn them off.</source>
        <translation>Podczas rysowania słychać dźwięki. Naciśnij, żeby je wyłączyć.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sounds are off. Press to turn them on.</source>
        <translation>Dźwięki są wyłączone. Naciśnij, żeby je włączyć.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Drawing</source>
        <translation>Rysunek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A drawing for: {house}</source>
        <translation>Rysunek do: {house}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Put it in the house</source>
        <translation>Włóż do domu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go back to the houses with this drawing.</source>
        <translation>Wróć do domów z tym rysunkiem.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Draw</source>
        <translation>Rysuj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw lines with the brush.</source>
        <translation>Rysuj linie pędzlem.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rubber</source>
        <translation>Gumka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rub out what you drew.</source>
        <translation>Zmazuj to, co jest narysowane.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fill</source>
        <translation>Wypełnij</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill a space with colour.</source>
        <translation>Wypełnij miejsce kolorem.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stamps</source>
        <translation>Pieczątki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put a picture on your drawing.</source>
        <translation>Dodaj obrazek do rysunku.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Small</source>
        <translation>Mały</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Średni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Big</source>
        <translation>Duży</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thin lines, small stamps.</source>
        <translation>Cienkie linie, małe pieczątki.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Middle-sized lines and stamps.</source>
        <translation>Średnie linie i pieczątki.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thick lines, big stamps.</source>
        <translation>Grube linie, duże pieczątki.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Use this colour.</source>
        <translation>Użyj tego koloru.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stamp this picture.</source>
        <translation>Użyj tej pieczątki.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take back the last thing you did.</source>
        <translation>Cofnij ostatni ruch.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Redo</source>
        <translation>Ponów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put back what you took back.</source>
        <translation>Przywróć to, co zostało cofnięte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start again</source>
        <translation>Zacznij od nowa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the page. Undo brings your drawing back.</source>
        <translation>Wyczyść stronę. Cofnij przywraca rysunek.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your drawing</source>
        <translation>Twój rysunek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw with the mouse, a pen or your finger. Arrow keys move, Space draws.</source>
        <translation>Rysuj myszką, rysikiem albo palcem. Strzałki przesuwają, spacja rysuje.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../voiceapp/ui/error_text.py" line="+20"/>
        <source>This file is cut short: part of it is missing. Ask for it to be sent again.</source>
        <translation>Ten plik jest ucięty: brakuje jego części. Poproś o ponowne wysłanie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is not a My Voice file.</source>
        <translation>To nie jest plik My Voice.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This file opened, but it is not something My Voice made.</source>
        <translation>Ten plik się otworzył, ale nie został utworzony przez My Voice.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file was made for a different key, so it cannot be opened with this one.</source>
        <translation>Ten plik utworzono dla innego klucza, więc nie można go otworzyć tym kluczem.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That passphrase is not right. Check it and try again.</source>
        <translation>To hasło jest nieprawidłowe. Sprawdź je i spróbuj ponownie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file is damaged or was changed after it was made, so it cannot be trusted.</source>
        <translation>Ten plik jest uszkodzony albo został zmieniony po utworzeniu, więc nie można mu ufać.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This file was made by a newer version. Update My Voice to open it.</source>
        <translation>Ten plik utworzyła nowsza wersja. Zaktualizuj My Voice, żeby go otworzyć.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file&apos;s passphrase protection is set too high to try on this computer.</source>
        <translation>Ochrona hasłem tego pliku jest ustawiona zbyt wysoko, żeby spróbować na tym komputerze.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file is too large to open here as it is. Ask for it to be sent again without ASCII armor.</source>
        <translation>Ten plik jest zbyt duży, żeby otworzyć go tu w tej postaci. Poproś o ponowne wysłanie bez opakowania ASCII (ASCII armor).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This key is not valid. Check that it was copied completely.</source>
        <translation>Ten klucz jest nieprawidłowy. Sprawdź, czy został skopiowany w całości.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is not a My Voice key card, or it was changed. Ask the chair to send it again.</source>
        <translation>To nie jest karta klucza My Voice albo została zmieniona. Poproś przewodniczącego o ponowne wysłanie.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A passphrase cannot be empty.</source>
        <translation>Hasło nie może być puste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please choose a longer passphrase: at least 10 characters. A few words you will remember, like &apos;purple kettle seven&apos;, work well.</source>
        <translation>Wybierz dłuższe hasło: co najmniej 10 znaków. Dobrze sprawdza się kilka słów, które zapamiętasz, np. „fioletowy czajnik siedem”.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>My Voice is already open on this computer. Close the other window first.</source>
        <translation>My Voice jest już otwarty na tym komputerze. Najpierw zamknij drugie okno.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file is not a kind My Voice can include. Choose a drawing, letter, recording, video, picture or page.</source>
        <translation>My Voice nie może dołączyć takiego pliku. Wybierz rysunek, list, nagranie, film, obrazek albo stronę.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is too much to send in one file. Leave out a long video or recording and try again.</source>
        <translation>To za dużo na jeden plik. Pomiń długi film lub nagranie i spróbuj ponownie.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The local settings file for this area could not be used. Ask whoever set up My Voice to check it against the example file.</source>
        <translation>Nie można użyć pliku ustawień lokalnych dla tego regionu. Poproś osobę, która konfigurowała My Voice, żeby porównała go z plikiem przykładowym.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One of the &apos;learn about my meeting&apos; pages could not be read. Ask whoever looks after My Voice to check the content files.</source>
        <translation>Nie można odczytać jednej ze stron „Dowiedz się o moim spotkaniu”. Poproś osobę, która opiekuje się My Voice, o sprawdzenie plików z treścią.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No microphone was found. Plug one in or switch it on, then try again.</source>
        <translation>Nie znaleziono mikrofonu. Podłącz go lub włącz, a potem spróbuj ponownie.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The microphone could not be started. Close other programs that may be using it, check that this computer lets My Voice use it, then try again.</source>
        <translation>Nie można uruchomić mikrofonu. Zamknij inne programy, które mogą go używać, sprawdź, czy ten komputer pozwala My Voice z niego korzystać, i spróbuj ponownie.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No camera could be started. Check that one is plugged in and switched on, and close other programs that may be using it, then try again.</source>
        <translation>Nie można uruchomić żadnej kamery. Sprawdź, czy jest podłączona i włączona, zamknij inne programy, które mogą jej używać, i spróbuj ponownie.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stopped before it finished. Nothing was changed.</source>
        <translation>Zatrzymano przed końcem. Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>My Voice is not allowed to use that place. Choose another folder.</source>
        <translation>My Voice nie ma dostępu do tego miejsca. Wybierz inny folder.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That file or folder is no longer there. Is the USB stick still plugged in?</source>
        <translation>Tego pliku lub folderu już nie ma. Czy pendrive jest nadal podłączony?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file could not be read or written. Is there enough space, and is the USB stick still plugged in?</source>
        <translation>Nie można odczytać ani zapisać pliku. Czy jest dość miejsca i czy pendrive jest nadal podłączony?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Something went wrong, and nothing was changed. Please try again.</source>
        <translation>Coś poszło nie tak i nic nie zostało zmienione. Spróbuj ponownie.</translation>
    </message>
</context>
<context>
    <name>FeelingsPage</name>
    <message>
        <location filename="../voiceapp/ui/feelings/feelings_page.py" line="+34"/>
        <source>Happy</source>
        <translation>Radość</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safe</source>
        <translation>Bezpieczeństwo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Okay</source>
        <translation>W porządku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worried</source>
        <translation>Zmartwienie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scared</source>
        <translation>Strach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sad</source>
        <translation>Smutek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Angry</source>
        <translation>Złość</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confused</source>
        <translation>Zagubienie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hopeful</source>
        <translation>Nadzieja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lonely</source>
        <translation>Samotność</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A little</source>
        <translation>Trochę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quite a lot</source>
        <translation>Dość mocno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very</source>
        <translation>Bardzo</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Chosen. Press again to take it away.</source>
        <translation>Wybrane. Naciśnij jeszcze raz, żeby usunąć.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press if you feel like this</source>
        <translation>Naciśnij, jeśli tak się czujesz</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How much you feel like this</source>
        <translation>Jak mocno tak się czujesz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say more if you like…</source>
        <translation>Napisz więcej, jeśli chcesz…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More about feeling %1</source>
        <translation>Więcej o uczuciu: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You do not have to write anything here</source>
        <translation>Nie musisz tu nic pisać</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Helper wrote this</source>
        <translation>To zapisał pomocnik</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your helper wrote these words for you. Press if they are your own words.</source>
        <translation>Te słowa zapisał za ciebie pomocnik. Naciśnij, jeśli to twoje własne słowa.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>My own words</source>
        <translation>Moje własne słowa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press if your helper wrote these words down for you</source>
        <translation>Naciśnij, jeśli pomocnik zapisał te słowa za ciebie</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>How I feel</source>
        <translation>Jak się czuję</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press the faces that show how you feel. Then choose how much. You can add words.</source>
        <translation>Naciskaj buzie, które pokazują, jak się czujesz. Potem wybierz, jak mocno. Możesz dopisać słowa.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Feelings</source>
        <translation>Uczucia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ten feelings, each with a face</source>
        <translation>Dziesięć uczuć, każde z buzią</translation>
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
        <translation>Zablokuj My Voice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your passphrase is needed to open it again.</source>
        <translation>Do ponownego otwarcia potrzebne jest hasło.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Helper: leave the space</source>
        <translation>Pomocnik: wyjdź z miejsca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For the helper. Needs their PIN or passphrase.</source>
        <translation>Dla pomocnika. Potrzebny jego PIN lub hasło.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Well done!</source>
        <translation>Brawo!</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A big tick</source>
        <translation>Duży znaczek „zrobione”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thank you for sharing your views. You can look at your things again, or send them to the chair of your meeting when you are ready.</source>
        <translation>Dziękujemy, że dzielisz się swoim zdaniem. Możesz jeszcze raz obejrzeć swoje rzeczy albo wysłać je przewodniczącemu spotkania, kiedy zechcesz.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Look at my things</source>
        <translation>Obejrzyj moje rzeczy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See everything you made and who may see it.</source>
        <translation>Zobacz wszystkie swoje rzeczy i to, kto może je zobaczyć.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send to the chair</source>
        <translation>Wyślij do przewodniczącego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look at your things once more and send them to the chair.</source>
        <translation>Obejrzyj jeszcze raz swoje rzeczy i wyślij je przewodniczącemu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Go back to my space</source>
        <translation>Wróć do mojego miejsca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carry on making things.</source>
        <translation>Twórz dalej.</translation>
    </message>
</context>
<context>
    <name>FirstRunFrame</name>
    <message>
        <location filename="../voiceapp/ui/first_run_frame.py" line="+36"/>
        <location line="+1"/>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back to the start screen.</source>
        <translation>Wróć do ekranu startowego.</translation>
    </message>
</context>
<context>
    <name>HelperHome</name>
    <message>
        <location filename="../voiceapp/ui/helper/home.py" line="+234"/>
        <source>Everything about {name} has been deleted from this laptop.</source>
        <translation>Wszystko o osobie {name} zostało usunięte z tego laptopa.</translation>
    </message>
</context>
<context>
    <name>HideCover</name>
    <message>
        <location filename="../voiceapp/ui/space/cover.py" line="+70"/>
        <source>Carry on</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to where you were.</source>
        <translation>Wróć tam, gdzie przerwano.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A picture of hills</source>
        <translation>Obrazek ze wzgórzami</translation>
    </message>
</context>
<context>
    <name>Homes</name>
    <message>
        <location filename="../voiceapp/ui/homes.py" line="+47"/>
        <location line="+1"/>
        <source>Lock My Voice</source>
        <translation>Zablokuj My Voice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock now. Your passphrase is needed to open it again.</source>
        <translation>Zablokuj teraz. Do ponownego otwarcia potrzebne będzie hasło.</translation>
    </message>
</context>
<context>
    <name>HousesPage</name>
    <message>
        <location filename="../voiceapp/ui/feelings/houses_page.py" line="+56"/>
        <source>House of good things</source>
        <translation>Dom dobrych rzeczy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>House of worries</source>
        <translation>Dom zmartwień</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>House of hopes and dreams</source>
        <translation>Dom nadziei i marzeń</translation>
    </message>
    <message>
        <location line="+158"/>
        <location line="+1"/>
        <source>A drawing</source>
        <translation>Rysunek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written by my helper</source>
        <translation>Zapisał mój pomocnik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take away</source>
        <translation>Wyjmij</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take away: %1</source>
        <translation>Wyjmij: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Takes this out of the house. Undo puts it back.</source>
        <translation>Wyjmuje to z domu. Cofnij wkłada to z powrotem.</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Name of this house</source>
        <translation>Nazwa tego domu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You can give the house a new name: %1</source>
        <translation>Możesz nadać domowi nową nazwę: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing here yet.</source>
        <translation>Nic tu jeszcze nie ma.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type something to put in…</source>
        <translation>Wpisz coś, co chcesz włożyć…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New thing for %1</source>
        <translation>Nowa rzecz do: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type it, then press Put in</source>
        <translation>Wpisz to, a potem naciśnij Włóż</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put in</source>
        <translation>Włóż</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put in %1</source>
        <translation>Włóż do: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Puts your words into this house</source>
        <translation>Wkłada twoje słowa do tego domu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw something</source>
        <translation>Narysuj coś</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw something for %1</source>
        <translation>Narysuj coś do: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make a drawing, then put it in this house</source>
        <translation>Zrób rysunek, a potem włóż go do tego domu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Things in %1</source>
        <translation>Rzeczy w: %1</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>Three houses</source>
        <translation>Trzy domy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put good things, worries, hopes and dreams in the houses. You can rename them.</source>
        <translation>Włóż do domów dobre rzeczy, zmartwienia, nadzieje i marzenia. Możesz zmienić ich nazwy.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>My helper is writing for me</source>
        <translation>Pomocnik pisze za mnie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New things are marked as written by your helper. Press to write yourself.</source>
        <translation>Nowe rzeczy są oznaczane jako zapisane przez pomocnika. Naciśnij, żeby pisać samodzielnie.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I am writing myself</source>
        <translation>Piszę samodzielnie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Press when your helper writes down what you say</source>
        <translation>Naciśnij, gdy pomocnik zapisuje to, co mówisz</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take back the last change</source>
        <translation>Cofnij ostatnią zmianę</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Ponów</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put back what you took back</source>
        <translation>Przywróć to, co cofnięto</translation>
    </message>
</context>
<context>
    <name>HousesView</name>
    <message>
        <location filename="../voiceapp/ui/chair/items.py" line="+259"/>
        <source>A drawing</source>
        <translation>Rysunek</translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <location line="-201"/>
        <source>Picture</source>
        <translation>Obrazek</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Zoom in</source>
        <translation>Powiększ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make the picture bigger.</source>
        <translation>Powiększ obrazek.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Pomniejsz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make the picture smaller.</source>
        <translation>Pomniejsz obrazek.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit</source>
        <translation>Dopasuj</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the whole picture.</source>
        <translation>Pokaż cały obrazek.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The picture called {title}</source>
        <translation>Obrazek o nazwie {title}</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../voiceapp/ui/helper/import_page.py" line="+41"/>
        <source>My drawing on paper</source>
        <translation>Mój rysunek na papierze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My letter</source>
        <translation>Mój list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My recording</source>
        <translation>Moje nagranie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My video</source>
        <translation>Mój film</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Choose something made elsewhere</source>
        <translation>Wybierz coś zrobionego gdzie indziej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictures, letters, recordings and videos (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.tif *.tiff *.txt *.ogg *.opus *.oga *.mp3 *.m4a *.wav *.aac *.flac *.webm *.mp4 *.mov *.mkv *.avi *.3gp);;All files (*)</source>
        <translation>Obrazki, listy, nagrania i filmy (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.tif *.tiff *.txt *.ogg *.opus *.oga *.mp3 *.m4a *.wav *.aac *.flac *.webm *.mp4 *.mov *.mkv *.avi *.3gp);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Add something made elsewhere</source>
        <translation>Dodaj coś zrobionego gdzie indziej</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a file: a photo of a drawing on paper, a letter typed on another computer, a voice recording or a video. My Voice checks it, removes hidden details such as where a photo was taken, and keeps it locked with {name}&apos;s things.</source>
        <translation>Wybierz plik: zdjęcie rysunku na papierze, list napisany na innym komputerze, nagranie głosu albo film. My Voice sprawdza go, usuwa ukryte dane, np. miejsce zrobienia zdjęcia, i przechowuje go zablokowanego razem z rzeczami osoby {name}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking {file} and making it ready...</source>
        <translation>Sprawdzanie pliku {file} i przygotowywanie go...</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>What is it called?</source>
        <translation>Jak to się nazywa?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A title the chair will see, in {name}&apos;s words if they like.</source>
        <translation>Tytuł, który zobaczy przewodniczący, słowami osoby {name}, jeśli chce.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who may see it? Ask {name}.</source>
        <translation>Kto może to zobaczyć? Zapytaj: {name}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Everyone at the meeting</source>
        <translation>Wszyscy na spotkaniu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the chair</source>
        <translation>Tylko przewodniczący</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whose words are they?</source>
        <translation>Czyje to słowa?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}&apos;s own</source>
        <translation>Własne słowa: {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Written down by a helper</source>
        <translation>Zapisane przez pomocnika</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview</source>
        <translation>Podgląd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back to {name}&apos;s page</source>
        <translation>Wróć do strony: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back without adding anything.</source>
        <translation>Wróć bez dodawania czegokolwiek.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a file...</source>
        <translation>Wybierz plik...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens a window to pick the file.</source>
        <translation>Otwiera okno do wybrania pliku.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a different file</source>
        <translation>Wybierz inny plik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave this one out and pick another.</source>
        <translation>Pomiń ten plik i wybierz inny.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop</source>
        <translation>Zatrzymaj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop checking this file. Nothing is added.</source>
        <translation>Przestań sprawdzać ten plik. Nic nie zostanie dodane.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add to {name}&apos;s things</source>
        <translation>Dodaj do rzeczy: {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keeps it, locked, with {name}&apos;s things.</source>
        <translation>Przechowuje to, zablokowane, razem z rzeczami osoby {name}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How far the checking has got</source>
        <translation>Postęp sprawdzania</translation>
    </message>
</context>
<context>
    <name>InUsePage</name>
    <message>
        <location filename="../voiceapp/ui/profile/in_use_page.py" line="+35"/>
        <location line="+14"/>
        <source>My Voice cannot open yet</source>
        <translation>Nie można jeszcze otworzyć My Voice</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+1"/>
        <source>Try again</source>
        <translation>Spróbuj ponownie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try to open My Voice again, after closing the other window.</source>
        <translation>Spróbuj ponownie otworzyć My Voice po zamknięciu drugiego okna.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Close My Voice</source>
        <translation>Zamknij My Voice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close this window.</source>
        <translation>Zamknij to okno.</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <location filename="../voiceapp/ui/chair/inbox.py" line="+43"/>
        <source>Inbox</source>
        <translation>Skrzynka odbiorcza</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose inbox folder…</source>
        <translation>Wybierz folder odbiorczy…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the folder where you save files that young people send you.</source>
        <translation>Wybierz folder, w którym zapisujesz pliki wysyłane przez młode osoby.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the .voice files you receive (for example e-mail attachments) into this folder. New files appear here by themselves.</source>
        <translation>Zapisuj otrzymane pliki .voice (np. załączniki e-mail) w tym folderze. Nowe pliki pojawią się tu same.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conference</source>
        <translation>Konferencja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen name</source>
        <translation>Wybrane imię</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Otrzymano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Files in the inbox</source>
        <translation>Pliki w skrzynce odbiorczej</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press Enter or double-click to open the chosen file.</source>
        <translation>Naciśnij Enter albo kliknij dwukrotnie, żeby otworzyć wybrany plik.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the chosen file.</source>
        <translation>Otwórz wybrany plik.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open file…</source>
        <translation>Otwórz plik…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open a .voice file from anywhere on this computer.</source>
        <translation>Otwórz plik .voice z dowolnego miejsca na tym komputerze.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Look again</source>
        <translation>Sprawdź ponownie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Look in the inbox folder for new files.</source>
        <translation>Poszukaj nowych plików w folderze odbiorczym.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You can also drag a .voice file onto this window to open it.</source>
        <translation>Możesz też przeciągnąć plik .voice na to okno, żeby go otworzyć.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choose your inbox folder</source>
        <translation>Wybierz folder odbiorczy</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Inbox folder: %1</source>
        <translation>Folder odbiorczy: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No inbox folder chosen yet.</source>
        <translation>Nie wybrano jeszcze folderu odbiorczego.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose the folder where you save files from e-mails, or open a file.</source>
        <translation>Wybierz folder, w którym zapisujesz pliki z e-maili, albo otwórz plik.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>New</source>
        <translation>Nowy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opened</source>
        <translation>Otwarty</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>There are no .voice files in the inbox folder yet.</source>
        <translation>W folderze odbiorczym nie ma jeszcze plików .voice.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Open a file from a young person</source>
        <translation>Otwórz plik od młodej osoby</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My Voice files (*.voice);;All files (*)</source>
        <translation>Pliki My Voice (*.voice);;Wszystkie pliki (*)</translation>
    </message>
</context>
<context>
    <name>ItemCard</name>
    <message>
        <location filename="../voiceapp/ui/helper/items_view.py" line="+44"/>
        <source>Preview of {title}</source>
        <translation>Podgląd: {title}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Change to: only the chair</source>
        <translation>Zmień na: tylko przewodniczący</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change to: everyone</source>
        <translation>Zmień na: wszyscy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change who may see {title}</source>
        <translation>Zmień, kto może zobaczyć: {title}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove {title}</source>
        <translation>Usuń: {title}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deletes this thing from the laptop, after asking you.</source>
        <translation>Usuwa tę rzecz z laptopa, po zapytaniu cię.</translation>
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
        <translation>Otwieranie…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>I have read, seen or heard this</source>
        <translation>Przeczytane, obejrzane lub wysłuchane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as read</source>
        <translation>Oznacz jako przeczytane</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A mark for you: kept locked in My Voice, never in a summary.</source>
        <translation>Znacznik dla Ciebie: zamknięty w My Voice, nigdy w podsumowaniu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shared at the meeting</source>
        <translation>Udostępnione na spotkaniu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as shared at the meeting</source>
        <translation>Oznacz jako udostępnione na spotkaniu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows in the complete summary which things the meeting saw or heard.</source>
        <translation>Pokazuje w pełnym podsumowaniu, co spotkanie zobaczyło lub usłyszało.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My private notes on this (kept locked in My Voice, never in a summary)</source>
        <translation>Moje prywatne notatki do tego (zablokowane w My Voice, nigdy w podsumowaniu)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>My private notes</source>
        <translation>Moje prywatne notatki</translation>
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
        <translation>Otwórz kartę klucza przewodniczącego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My Voice key cards (*.voicekey);;All files (*)</source>
        <translation>Karty kluczy My Voice (*.voicekey);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>That key card was not used. Ask the chair to send their key card again, then check the letters together.</source>
        <translation>Ta karta klucza nie została użyta. Poproś przewodniczącego o ponowne wysłanie karty, a potem sprawdźcie razem litery.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The chair&apos;s key card</source>
        <translation>Karta klucza przewodniczącego</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The conference chair shares a small key card file (it ends in .voicekey). With it, {name}&apos;s things are locked so that only the chair can open them. Open the file, or paste its text below.</source>
        <translation>Przewodniczący konferencji udostępnia mały plik karty klucza (z końcówką .voicekey). Dzięki niemu rzeczy osoby {name} są blokowane tak, że tylko przewodniczący może je otworzyć. Otwórz plik albo wklej poniżej jego tekst.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Or paste the key card text here</source>
        <translation>Albo wklej tutaj tekst karty klucza</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key card text</source>
        <translation>Tekst karty klucza</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste the whole key card, from &apos;My Voice key card&apos; to the fingerprint.</source>
        <translation>Wklej całą kartę klucza, od „My Voice key card” do odcisku klucza.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Phone the chair and ask them to read out their fingerprint. Do the letters match the ones below?</source>
        <translation>Zadzwoń do przewodniczącego i poproś, żeby odczytał swój odcisk klucza. Czy litery zgadzają się z tymi poniżej?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fingerprint</source>
        <translation>Odcisk klucza</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fingerprint: {letters}</source>
        <translation>Odcisk klucza: {letters}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is an older kind of key. It works, but ask the chair whether they have a newer key card.</source>
        <translation>To starszy rodzaj klucza. Działa, ale zapytaj przewodniczącego, czy ma nowszą kartę klucza.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Back to {name}&apos;s page</source>
        <translation>Wróć do strony: {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go back without changing the key card.</source>
        <translation>Wróć bez zmieniania karty klucza.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a key card file...</source>
        <translation>Otwórz plik karty klucza...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens a window to pick the .voicekey file.</source>
        <translation>Otwiera okno do wybrania pliku .voicekey.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check the pasted text</source>
        <translation>Sprawdź wklejony tekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks the text and shows the chair&apos;s name and fingerprint.</source>
        <translation>Sprawdza tekst i pokazuje imię przewodniczącego oraz odcisk klucza.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No, they are different</source>
        <translation>Nie, są różne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not use this key card.</source>
        <translation>Nie używaj tej karty klucza.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yes, they match: use it</source>
        <translation>Tak, zgadzają się: użyj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this key card to send {name}&apos;s things.</source>
        <translation>Użyj tej karty klucza, żeby wysłać rzeczy osoby {name}.</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <location filename="../voiceapp/ui/chair/keypage.py" line="+42"/>
        <source>My key</source>
        <translation>Mój klucz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send your key card to the helpers (social workers and advocates) who help young people get ready for your conferences. When a helper brings it into My Voice, read the fingerprint to each other over the phone: if the letters match, the card really is yours.</source>
        <translation>Wyślij swoją kartę klucza pomocnikom (pracownikom socjalnym i rzecznikom), którzy przygotowują młode osoby do twoich konferencji. Gdy pomocnik wczyta ją do My Voice, przeczytajcie sobie nawzajem przez telefon odcisk klucza: jeśli litery się zgadzają, karta naprawdę jest twoja.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your name, as helpers know you</source>
        <translation>Imię i nazwisko znane pomocnikom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your organisation</source>
        <translation>Twoja organizacja</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your name</source>
        <translation>Twoje imię i nazwisko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fingerprint</source>
        <translation>Odcisk klucza</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The key card as text</source>
        <translation>Karta klucza jako tekst</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save key card…</source>
        <translation>Zapisz kartę klucza…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the key card as a file to send to helpers.</source>
        <translation>Zapisz kartę klucza jako plik do wysłania pomocnikom.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print key card…</source>
        <translation>Drukuj kartę klucza…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print the key card, fingerprint in large letters.</source>
        <translation>Wydrukuj kartę klucza z odciskiem klucza dużymi literami.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back up your key</source>
        <translation>Zrób kopię zapasową klucza</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If this key is lost (a broken or replaced computer, a forgotten passphrase), the young people&apos;s views sent to it can never be opened, by anyone. Not even My Voice can get them back.</source>
        <translation>Jeśli ten klucz przepadnie (zepsuty lub wymieniony komputer, zapomniane hasło), zdania młodych osób wysłanego na ten klucz nikt nigdy nie otworzy. Nawet My Voice nie może go odzyskać.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A backup is locked with a recovery passphrase. Choose one different from your everyday passphrase, keep it apart from the backup, and keep the backup away from this computer.</source>
        <translation>Kopia zapasowa jest zablokowana hasłem odzyskiwania. Wybierz inne niż hasło codzienne, przechowuj je oddzielnie od kopii, a kopię trzymaj poza tym komputerem.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a recovery passphrase</source>
        <translation>Wybierz hasło odzyskiwania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the recovery passphrase again</source>
        <translation>Wpisz ponownie hasło odzyskiwania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least 10 characters, and not the same as your everyday passphrase.</source>
        <translation>Co najmniej 10 znaków i inne niż hasło codzienne.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a backup…</source>
        <translation>Zapisz kopię zapasową…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose where to save the backup of your key.</source>
        <translation>Wybierz, gdzie zapisać kopię zapasową klucza.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Conference chair</source>
        <translation>Przewodniczący konferencji</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Names must be one short line of plain text.</source>
        <translation>Imiona i nazwy muszą być jednym krótkim wierszem zwykłego tekstu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fingerprint: %1</source>
        <translation>Odcisk klucza: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standard key (post-quantum)</source>
        <translation>Klucz standardowy (postkwantowy)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compatibility key (X25519): also opens with older age tools</source>
        <translation>Klucz zgodności (X25519): otwiera się też starszymi narzędziami age</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save your key card</source>
        <translation>Zapisz swoją kartę klucza</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key cards (*.voicekey)</source>
        <translation>Karty kluczy (*.voicekey)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Key card saved: %1</source>
        <translation>Zapisano kartę klucza: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save the backup of your key</source>
        <translation>Zapisz kopię zapasową klucza</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key backups (*.age)</source>
        <translation>Kopie zapasowe kluczy (*.age)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saving the backup…</source>
        <translation>Zapisywanie kopii zapasowej…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backup saved: %1. Keep it, and its recovery passphrase, safe.</source>
        <translation>Zapisano kopię zapasową: %1. Przechowuj ją i jej hasło odzyskiwania w bezpiecznym miejscu.</translation>
    </message>
</context>
<context>
    <name>LearnContents</name>
    <message>
        <location filename="../voiceapp/ui/learn/contents.py" line="+63"/>
        <source>Open page {number}.</source>
        <translation>Otwórz stronę {number}.</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Learn about my meeting</source>
        <translation>Dowiedz się o moim spotkaniu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a page to read. You can read them in any order.</source>
        <translation>Wybierz stronę do przeczytania. Możesz czytać w dowolnej kolejności.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Read to me</source>
        <translation>Przeczytaj mi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the names of the pages out loud.</source>
        <translation>Przeczytaj na głos nazwy stron.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop</source>
        <translation>Zatrzymaj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop reading out loud.</source>
        <translation>Przestań czytać na głos.</translation>
    </message>
</context>
<context>
    <name>LearnPage</name>
    <message>
        <location filename="../voiceapp/ui/learn/page_view.py" line="+286"/>
        <source>Easier words</source>
        <translation>Prostsze słowa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this page in shorter, easier sentences.</source>
        <translation>Pokaż tę stronę w krótszych, prostszych zdaniach.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>More detail</source>
        <translation>Więcej szczegółów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this page with more to read about it.</source>
        <translation>Pokaż tę stronę z większą ilością tekstu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Page {number} of {count}</source>
        <translation>Strona {number} z {count}</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+21"/>
        <source>All pages</source>
        <translation>Wszystkie strony</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>That was the last page. Go back to the list of pages.</source>
        <translation>To była ostatnia strona. Wróć do listy stron.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next →</source>
        <translation>Dalej →</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the next page.</source>
        <translation>Przejdź do następnej strony.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Go back to the list of pages.</source>
        <translation>Wróć do listy stron.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read to me</source>
        <translation>Przeczytaj mi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read this page out loud.</source>
        <translation>Przeczytaj tę stronę na głos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop</source>
        <translation>Zatrzymaj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop reading out loud.</source>
        <translation>Przestań czytać na głos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>← Back</source>
        <translation>← Wstecz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the page before this one.</source>
        <translation>Przejdź do poprzedniej strony.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The page</source>
        <translation>Strona</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The words and pictures of this page. Use the arrow keys to scroll.</source>
        <translation>Słowa i obrazki z tej strony. Przewijaj strzałkami.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Learn about my meeting</source>
        <translation>Dowiedz się o moim spotkaniu</translation>
    </message>
</context>
<context>
    <name>LeaveGate</name>
    <message>
        <location filename="../voiceapp/ui/helper/space.py" line="+123"/>
        <source>That is not right.</source>
        <translation>To nie jest prawidłowe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please use the helper&apos;s passphrase.</source>
        <translation>Użyj hasła pomocnika.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only your helper can leave</source>
        <translation>Wyjść może tylko twój pomocnik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Helper: type your PIN or your passphrase.</source>
        <translation>Pomocniku, wpisz swój PIN albo hasło.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Helper: type your passphrase.</source>
        <translation>Pomocniku, wpisz swoje hasło.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Helper&apos;s PIN or passphrase</source>
        <translation>PIN lub hasło pomocnika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the helper knows it.</source>
        <translation>Zna je tylko pomocnik.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking...</source>
        <translation>Sprawdzanie...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stay in the space</source>
        <translation>Zostań w swoim miejscu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to the space.</source>
        <translation>Wróć do swojego miejsca.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave</source>
        <translation>Wyjdź</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check and leave the space.</source>
        <translation>Sprawdź i wyjdź z miejsca.</translation>
    </message>
</context>
<context>
    <name>LetterEditor</name>
    <message>
        <location filename="../voiceapp/ui/write/editor.py" line="+31"/>
        <source>What is going well</source>
        <translation>Co idzie dobrze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What worries me</source>
        <translation>Co mnie martwi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What I wish would happen</source>
        <translation>Co chcę, żeby się stało</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What I want the meeting to know</source>
        <translation>Co chcę przekazać na spotkaniu</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>There are no words yet. Type something and I will read it back.</source>
        <translation>Nie ma jeszcze słów. Wpisz coś, a ja ci to przeczytam.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+68"/>
        <source>My letter</source>
        <translation>Mój list</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Write what you want the meeting to know, in your own words. It saves by itself.</source>
        <translation>Napisz własnymi słowami, co chcesz przekazać na spotkaniu. Zapisuje się samo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Need an idea? Pick a start:</source>
        <translation>Potrzebujesz pomysłu? Wybierz początek:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Adds this as a heading in your letter. You can keep it or delete it.</source>
        <translation>Dodaje to jako nagłówek w liście. Możesz go zostawić albo usunąć.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A-</source>
        <translation>A-</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the writing smaller</source>
        <translation>Zmniejsz pismo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the writing bigger</source>
        <translation>Powiększ pismo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take back the last change</source>
        <translation>Cofnij ostatnią zmianę</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Redo</source>
        <translation>Ponów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put back what you took back</source>
        <translation>Przywróć to, co cofnięto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Smaller writing</source>
        <translation>Mniejsze pismo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bigger writing</source>
        <translation>Większe pismo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop reading</source>
        <translation>Przestań czytać</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop reading aloud</source>
        <translation>Przestań czytać na głos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read it back to me</source>
        <translation>Przeczytaj mi to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reads your letter aloud</source>
        <translation>Czyta twój list na głos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type your letter here</source>
        <translation>Tutaj napisz swój list</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start typing here…</source>
        <translation>Zacznij pisać tutaj…</translation>
    </message>
</context>
<context>
    <name>LetterView</name>
    <message>
        <location filename="../voiceapp/ui/chair/items.py" line="+54"/>
        <source>Letter</source>
        <translation>List</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <location filename="../voiceapp/ui/record/meter.py" line="+66"/>
        <source>Sound level</source>
        <translation>Poziom dźwięku</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How loud the microphone hears you. It moves when you talk.</source>
        <translation>Jak głośno słyszy cię mikrofon. Porusza się, gdy mówisz.</translation>
    </message>
</context>
<context>
    <name>ListenPage</name>
    <message>
        <location filename="../voiceapp/ui/space/recording.py" line="+105"/>
        <source>Press Play to listen again. In My things you can choose who hears it.</source>
        <translation>Naciśnij Odtwórz, żeby posłuchać jeszcze raz. W Moich rzeczach możesz wybrać, kto to usłyszy.</translation>
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
        <translation>Obraz filmu</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+88"/>
        <source>Play</source>
        <translation>Odtwórz</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Play or pause.</source>
        <translation>Odtwórz lub wstrzymaj.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back 10 s</source>
        <translation>10 s wstecz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go back ten seconds.</source>
        <translation>Cofnij o dziesięć sekund.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On 10 s</source>
        <translation>10 s dalej</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go on ten seconds.</source>
        <translation>Dalej o dziesięć sekund.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Position</source>
        <translation>Pozycja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the playing is. Arrow keys move it.</source>
        <translation>Miejsce odtwarzania. Strzałki je przesuwają.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Pause</source>
        <translation>Pauza</translation>
    </message>
</context>
<context>
    <name>MemoryPlayer</name>
    <message>
        <location filename="../voiceapp/ui/record/playback.py" line="+201"/>
        <source>{position} of {length}</source>
        <translation>{position} z {length}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pause</source>
        <translation>Pauza</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play</source>
        <translation>Odtwórz</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop playing for now.</source>
        <translation>Na razie zatrzymaj odtwarzanie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listen from where it is up to.</source>
        <translation>Słuchaj od miejsca, w którym przerwano.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Player</source>
        <translation>Odtwarzacz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where it is up to</source>
        <translation>Miejsce odtwarzania</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The arrow keys go back or on by one second.</source>
        <translation>Strzałki cofają lub przesuwają o jedną sekundę.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Video picture</source>
        <translation>Obraz filmu</translation>
    </message>
</context>
<context>
    <name>MicrophonePicker</name>
    <message>
        <location filename="../voiceapp/ui/record/microphones.py" line="+57"/>
        <source>Looking for microphones…</source>
        <translation>Szukanie mikrofonów…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose which microphone to use. The usual one is chosen.</source>
        <translation>Wybierz mikrofon. Zwykły jest już wybrany.</translation>
    </message>
</context>
<context>
    <name>MyThings</name>
    <message>
        <location filename="../voiceapp/ui/space/things.py" line="+164"/>
        <source>Who may see it?</source>
        <translation>Kto może to zobaczyć?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everyone at the meeting</source>
        <translation>Wszyscy na spotkaniu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone at the meeting may see {title}.</source>
        <translation>Wszyscy na spotkaniu mogą zobaczyć: {title}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only the chair</source>
        <translation>Tylko przewodniczący</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the chair may see {title}.</source>
        <translation>Tylko przewodniczący może zobaczyć: {title}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look at {title} again, or change it.</source>
        <translation>Obejrzyj jeszcze raz albo zmień: {title}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name it</source>
        <translation>Nazwij</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give {title} a new name.</source>
        <translation>Nadaj nową nazwę: {title}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Takes {title} away. You can undo this.</source>
        <translation>Usuwa: {title}. Możesz to cofnąć.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the name</source>
        <translation>Zapisz nazwę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this new name.</source>
        <translation>Zostaw tę nową nazwę.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the old name.</source>
        <translation>Zostaw starą nazwę.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new name for {title}</source>
        <translation>Nowa nazwa dla: {title}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Picture of {title}</source>
        <translation>Obrazek: {title}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{kind}: {title}</source>
        <translation>{kind}: {title}</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>My things</source>
        <translation>Moje rzeczy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything you made is here. For each one, choose who at the meeting may see it.</source>
        <translation>Tu są wszystkie twoje rzeczy. Przy każdej wybierz, kto na spotkaniu może ją zobaczyć.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing here yet. Go back to My space to make something.</source>
        <translation>Nic tu jeszcze nie ma. Wróć do Mojego miejsca, żeby coś zrobić.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You deleted {title}.</source>
        <translation>Usunięto: {title}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring back the last thing you deleted.</source>
        <translation>Przywróć ostatnią usuniętą rzecz.</translation>
    </message>
</context>
<context>
    <name>NotReadyPage</name>
    <message>
        <location filename="../voiceapp/ui/not_ready_page.py" line="+53"/>
        <source>This part of My Voice is not ready yet. We are building it now.</source>
        <translation>Ta część My Voice nie jest jeszcze gotowa. Właśnie ją budujemy.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back to the start screen.</source>
        <translation>Wróć do ekranu startowego.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not ready yet</source>
        <translation>Jeszcze niegotowe</translation>
    </message>
</context>
<context>
    <name>PicturePage</name>
    <message>
        <location filename="../voiceapp/ui/space/picture_page.py" line="+46"/>
        <source>A picture you made. Your helper added it.</source>
        <translation>Twój obrazek. Dodał go twój pomocnik.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Picture: {title}</source>
        <translation>Obrazek: {title}</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <location filename="../voiceapp/ui/learn/read_aloud.py" line="+26"/>
        <source>Sorry, this computer has no reading voice for your language. You can ask a grown-up to read it with you.</source>
        <translation>Przepraszamy, ten komputer nie ma głosu do czytania w twoim języku. Możesz poprosić dorosłego, żeby przeczytał to z tobą.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sorry, reading aloud is not working on this computer right now. You can ask a grown-up to read it with you.</source>
        <translation>Przepraszamy, czytanie na głos nie działa teraz na tym komputerze. Możesz poprosić dorosłego, żeby przeczytał to z tobą.</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <location filename="../voiceapp/ui/helper/receipt.py" line="+79"/>
        <source>{date} at {time}</source>
        <translation>{date}, godz. {time}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>My Voice: what was sent to the chair</source>
        <translation>My Voice: co wysłano do przewodniczącego</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}&apos;s things were sent on {when}.</source>
        <translation>Rzeczy osoby {name} wysłano {when}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reference {reference}</source>
        <translation>Numer {reference}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>For the chair: {chair}, {organisation}.</source>
        <translation>Dla przewodniczącego: {chair}, {organisation}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only the key with this fingerprint can open it: {fingerprint}</source>
        <translation>Otworzyć to może tylko klucz z tym odciskiem: {fingerprint}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved as {file} in {folder}</source>
        <translation>Zapisano jako {file} w folderze {folder}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What was sent (1 thing)</source>
        <translation>Co wysłano (1 rzecz)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was sent ({count} things)</source>
        <translation>Co wysłano (rzeczy: {count})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{n}. “{title}”: {kind}. {audience}. {words}.</source>
        <translation>{n}. „{title}”: {kind}. {audience}. {words}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Receipt made by My Voice on {date}. The file itself is locked: only the chair&apos;s key can open it.</source>
        <translation>Potwierdzenie utworzone przez My Voice {date}. Sam plik jest zablokowany: może go otworzyć tylko klucz przewodniczącego.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>My Voice receipt</source>
        <translation>Potwierdzenie My Voice</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <location filename="../voiceapp/ui/helper/receipt_page.py" line="+33"/>
        <source>Receipt</source>
        <translation>Potwierdzenie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to {name}&apos;s page</source>
        <translation>Wróć do strony: {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Go back to the young person&apos;s page.</source>
        <translation>Wróć do strony młodej osoby.</translation>
    </message>
</context>
<context>
    <name>ReceiptView</name>
    <message>
        <location filename="../voiceapp/ui/helper/receipt_view.py" line="+79"/>
        <source>Save the receipt</source>
        <translation>Zapisz potwierdzenie</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Print...</source>
        <translation>Drukuj...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the receipt on paper.</source>
        <translation>Wydrukuj potwierdzenie na papierze.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save as PDF...</source>
        <translation>Zapisz jako PDF...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the receipt as a PDF file where you choose.</source>
        <translation>Zapisz potwierdzenie jako plik PDF w wybranym miejscu.</translation>
    </message>
</context>
<context>
    <name>RecordTake</name>
    <message>
        <location filename="../voiceapp/ui/record/take.py" line="+245"/>
        <source>Carry on</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carry on recording from here.</source>
        <translation>Nagrywaj dalej od tego miejsca.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pause</source>
        <translation>Pauza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop for a moment. Nothing is recorded while paused.</source>
        <translation>Zatrzymaj na chwilę. Podczas pauzy nic się nie nagrywa.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Recording. Say what you want the meeting to hear.</source>
        <translation>Nagrywanie. Powiedz, co chcesz, żeby usłyszeli na spotkaniu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paused. Nothing is being recorded. Press Carry on when you are ready.</source>
        <translation>Pauza. Nic się nie nagrywa. Naciśnij Dalej, kiedy zechcesz.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Finishing off…</source>
        <translation>Kończenie…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was recorded that time. Press Record to try again.</source>
        <translation>Tym razem nic się nie nagrało. Naciśnij Nagrywaj, żeby spróbować znowu.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Time recorded: {time}</source>
        <translation>Czas nagrania: {time}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nearly at the end: {time} left. You can finish what you are saying.</source>
        <translation>Prawie koniec: zostało {time}. Możesz dokończyć to, co mówisz.</translation>
    </message>
</context>
<context>
    <name>RecoveryOffer</name>
    <message>
        <location filename="../voiceapp/ui/record/recovery.py" line="+241"/>
        <source>We found a recording from {when} that did not finish, but it could not be put back together.</source>
        <translation>Znaleźliśmy nagranie z {when}, które się nie skończyło, ale nie udało się go poskładać.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>We found a recording from {when} that was not kept or thrown away yet.</source>
        <translation>Znaleźliśmy nagranie z {when}, które nie zostało jeszcze ani zachowane, ani wyrzucone.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>We found a recording from {when} that did not finish.</source>
        <translation>Znaleźliśmy nagranie z {when}, które się nie skończyło.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It is {length} long. You can listen to it first.</source>
        <translation>Trwa {length}. Możesz go najpierw posłuchać.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Getting it ready…</source>
        <translation>Przygotowywanie…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Throw this recording away? It cannot be got back afterwards.</source>
        <translation>Wyrzucić to nagranie? Potem nie da się go odzyskać.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yes, throw it away</source>
        <translation>Tak, wyrzuć</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recording is deleted.</source>
        <translation>Nagranie zostało usunięte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, not yet</source>
        <translation>Nie, jeszcze nie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to the recording.</source>
        <translation>Wróć do nagrania.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>A recording that did not finish</source>
        <translation>Nagranie, które się nie skończyło</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep it</source>
        <translation>Zachowaj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this recording with your things.</source>
        <translation>Zachowaj to nagranie razem z twoimi rzeczami.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Throw it away</source>
        <translation>Wyrzuć</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this recording. You will be asked first.</source>
        <translation>Usuń to nagranie. Najpierw zapytamy.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Decide later</source>
        <translation>Zdecyduj później</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave it for now. It will be offered again next time.</source>
        <translation>Zostaw na razie. Następnym razem pojawi się znowu.</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <location filename="../voiceapp/ui/profile/secret_field.py" line="+61"/>
        <source>Hide</source>
        <translation>Ukryj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show</source>
        <translation>Pokaż</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide what I typed</source>
        <translation>Ukryj wpisany tekst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show what I typed</source>
        <translation>Pokaż wpisany tekst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shows or hides the letters in the box next to it.</source>
        <translation>Pokazuje lub ukrywa litery w polu obok.</translation>
    </message>
</context>
<context>
    <name>SendFlow</name>
    <message>
        <location filename="../voiceapp/ui/helper/send_flow.py" line="+199"/>
        <source>Where should it be saved? Choose a USB stick or a folder</source>
        <translation>Gdzie zapisać? Wybierz pendrive albo folder</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Sent</source>
        <translation>Wysłano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A last look</source>
        <translation>Ostatnie spojrzenie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send {name}&apos;s things to the chair</source>
        <translation>Wyślij rzeczy osoby {name} do przewodniczącego</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Look at each thing together with {name}. Under each one it says who may see it at the meeting, and whose words they are.</source>
        <translation>Obejrzyj każdą rzecz razem z osobą {name}. Pod każdą jest napisane, kto może ją zobaczyć na spotkaniu i czyje to słowa.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no key card from the chair yet, so nothing can be sent. Add the chair&apos;s key card first.</source>
        <translation>Nie ma jeszcze karty klucza od przewodniczącego, więc nic nie można wysłać. Najpierw dodaj kartę klucza przewodniczącego.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your helper needs to add the chair&apos;s key card before anything can be sent.</source>
        <translation>Zanim cokolwiek zostanie wysłane, twój pomocnik musi dodać kartę klucza przewodniczącego.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is nothing to send yet. Make or add something first.</source>
        <translation>Nie ma jeszcze nic do wysłania. Najpierw zrób lub dodaj coś.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>1 thing will be locked so that only this chair can open it:</source>
        <translation>1 rzecz zostanie zablokowana tak, żeby tylko ten przewodniczący mógł ją otworzyć:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} things will be locked so that only this chair can open them:</source>
        <translation>Rzeczy ({count}) zostaną zablokowane tak, żeby tylko ten przewodniczący mógł je otworzyć:</translation>
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
        <translation>Odcisk klucza: {letters}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next, choose where to save it: a USB stick or a folder. The file gets a name that says nothing about {name}.</source>
        <translation>Teraz wybierz, gdzie zapisać: pendrive albo folder. Plik dostanie nazwę, która nic nie mówi o osobie {name}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Locking and saving {name}&apos;s things. You can keep using My Voice.</source>
        <translation>Blokowanie i zapisywanie rzeczy osoby {name}. Możesz dalej korzystać z My Voice.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How far the saving has got</source>
        <translation>Postęp zapisywania</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+17"/>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Go back without sending.</source>
        <translation>Wróć bez wysyłania.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add the chair&apos;s key card</source>
        <translation>Dodaj kartę klucza przewodniczącego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open or paste the key card the chair sent you.</source>
        <translation>Otwórz albo wklej kartę klucza, którą przysłał ci przewodniczący.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next: a last look</source>
        <translation>Dalej: ostatnie spojrzenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See who it goes to before it is saved.</source>
        <translation>Zobacz, do kogo to trafi, zanim zostanie zapisane.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Look at the things again.</source>
        <translation>Obejrzyj rzeczy jeszcze raz.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose where to save, and send</source>
        <translation>Wybierz miejsce zapisu i wyślij</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a USB stick or a folder; saving starts straight away.</source>
        <translation>Wybierz pendrive albo folder; zapisywanie zacznie się od razu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop</source>
        <translation>Zatrzymaj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop saving. Nothing is left half-written.</source>
        <translation>Przerwij zapisywanie. Nic nie zostanie zapisane do połowy.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete {name}&apos;s things now</source>
        <translation>Usuń teraz rzeczy osoby {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deletes everything about them from this laptop, after asking you.</source>
        <translation>Usuwa z tego laptopa wszystko o tej osobie, po zapytaniu cię.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish and go back.</source>
        <translation>Zakończ i wróć.</translation>
    </message>
</context>
<context>
    <name>SpaceBar</name>
    <message>
        <location filename="../voiceapp/ui/space/bar.py" line="+78"/>
        <source>My space</source>
        <translation>Moje miejsce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to the choices.</source>
        <translation>Wróć do wyboru.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop reading</source>
        <translation>Przestań czytać</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read to me</source>
        <translation>Przeczytaj mi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reads the words on this page out loud.</source>
        <translation>Czyta na głos słowa z tej strony.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hide</source>
        <translation>Ukryj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Covers the screen straight away. The Escape key does it too.</source>
        <translation>Od razu zakrywa ekran. Klawisz Escape też to robi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I need a break</source>
        <translation>Potrzebuję przerwy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything is kept safe while you rest.</source>
        <translation>Kiedy odpoczywasz, wszystko jest bezpieczne.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I&apos;m finished</source>
        <translation>Kończę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saves everything and stops for now.</source>
        <translation>Zapisuje wszystko i na razie kończy.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The words being read out loud.</source>
        <translation>Słowa czytane na głos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Always here</source>
        <translation>Zawsze tutaj</translation>
    </message>
</context>
<context>
    <name>SpaceMenu</name>
    <message>
        <location filename="../voiceapp/ui/space/menu.py" line="+23"/>
        <source>Learn about my meeting</source>
        <translation>Dowiedz się o moim spotkaniu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What a conference is, and who will be there.</source>
        <translation>Co to jest konferencja i kto na niej będzie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draw</source>
        <translation>Rysuj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a picture with colours and stamps.</source>
        <translation>Zrób obrazek z kolorami i pieczątkami.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write</source>
        <translation>Pisz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a letter to your meeting.</source>
        <translation>Napisz list na swoje spotkanie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record my voice</source>
        <translation>Nagraj mój głos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say it out loud.</source>
        <translation>Powiedz to na głos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record a video</source>
        <translation>Nagraj film</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say it to the camera.</source>
        <translation>Powiedz to do kamery.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How I feel</source>
        <translation>Jak się czuję</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the faces that show how you feel.</source>
        <translation>Wybierz buzie, które pokazują, jak się czujesz.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Three houses</source>
        <translation>Trzy domy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good things, worries, and hopes and dreams.</source>
        <translation>Dobre rzeczy, zmartwienia, nadzieje i marzenia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My things</source>
        <translation>Moje rzeczy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look at what you made, and choose who sees it.</source>
        <translation>Obejrzyj swoje rzeczy i wybierz, kto je zobaczy.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Hello, {name}!</source>
        <translation>Cześć, {name}!</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What would you like to do? Everything you make is saved as you go.</source>
        <translation>Co chcesz robić? Wszystko, co zrobisz, zapisuje się na bieżąco.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Text and colours</source>
        <translation>Tekst i kolory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bigger words, high contrast, and sounds or movement off.</source>
        <translation>Większe litery, wysoki kontrast, wyłączenie dźwięków lub ruchu.</translation>
    </message>
</context>
<context>
    <name>SpacePage</name>
    <message>
        <location filename="../voiceapp/ui/helper/space.py" line="+50"/>
        <source>{name}&apos;s space</source>
        <translation>Miejsce: {name}</translation>
    </message>
</context>
<context>
    <name>SpaceRest</name>
    <message>
        <location filename="../voiceapp/ui/space/rest.py" line="-141"/>
        <source>Saving your things...</source>
        <translation>Zapisywanie twoich rzeczy...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything you made is saved.</source>
        <translation>Wszystkie twoje rzeczy są zapisane.</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../voiceapp/ui/start_screen.py" line="+29"/>
        <source>I&apos;m a young person</source>
        <translation>Jestem młodą osobą</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I&apos;m helping a young person</source>
        <translation>Pomagam młodej osobie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&apos;m a conference chair</source>
        <translation>Prowadzę konferencję</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Share what you think and feel with your meeting.</source>
        <translation>Powiedz na spotkaniu, co myślisz i czujesz.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For social workers, advocates and other trusted adults.</source>
        <translation>Dla pracowników socjalnych, rzeczników i innych zaufanych dorosłych.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open and read what a young person has sent to you.</source>
        <translation>Otwórz i przeczytaj to, co przysłała ci młoda osoba.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>My Voice</source>
        <translation>My Voice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Welcome! Who is using My Voice today?</source>
        <translation>Witaj! Kto dziś korzysta z My Voice?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose who is using My Voice today.</source>
        <translation>Wybierz, kto dziś korzysta z My Voice.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My Voice picture: a speech bubble</source>
        <translation>Obrazek My Voice: dymek z tekstem</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Text and colours</source>
        <translation>Tekst i kolory</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bigger words, high contrast, and sounds or movement off.</source>
        <translation>Większe litery, wysoki kontrast, wyłączenie dźwięków lub ruchu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My Voice changes language at once.</source>
        <translation>My Voice od razu zmienia język.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../voiceapp/ui/profile/unlock_page.py" line="+102"/>
        <source>A PIN is 4 to 8 numbers. Or leave it empty.</source>
        <translation>PIN to od 4 do 8 cyfr. Możesz też zostawić puste.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete everything and start again?</source>
        <translation>Usunąć wszystko i zacząć od nowa?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything kept in My Voice on this computer will be deleted for good: every young person, everything they made, and your key. Nobody can get it back. A chair can then restore their key from its backup.</source>
        <translation>Wszystko, co My Voice przechowuje na tym komputerze, zostanie usunięte na zawsze: każda młoda osoba, wszystko, co zrobiła, i twój klucz. Nikt nie będzie mógł tego odzyskać. Przewodniczący może potem przywrócić swój klucz z kopii zapasowej.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete everything</source>
        <translation>Usuń wszystko</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Welcome back</source>
        <translation>Witaj ponownie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text and colours</source>
        <translation>Tekst i kolory</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bigger words, high contrast, and sounds or movement off.</source>
        <translation>Większe litery, wysoki kontrast, wyłączenie dźwięków lub ruchu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>My Voice is locked. Type your passphrase to open it.</source>
        <translation>My Voice jest zablokowany. Wpisz hasło, żeby go otworzyć.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Passphrase</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The passphrase you chose when you first used My Voice.</source>
        <translation>Hasło wybrane przy pierwszym użyciu My Voice.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A short PIN for today (you can leave this empty)</source>
        <translation>Krótki PIN na dziś (możesz zostawić puste)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A short PIN for today</source>
        <translation>Krótki PIN na dziś</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 to 8 numbers, to leave a young person&apos;s space quickly.</source>
        <translation>4 do 8 cyfr, żeby szybko wyjść z miejsca młodej osoby.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With a PIN you can leave a young person&apos;s space quickly. It is forgotten whenever My Voice locks; without one, your passphrase is needed.</source>
        <translation>Z PIN-em możesz szybko wyjść z miejsca młodej osoby. Jest zapominany przy każdym zablokowaniu My Voice; bez niego potrzebne jest hasło.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opening... this takes a moment.</source>
        <translation>Otwieranie... to chwilę potrwa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forgotten your passphrase? Nobody can open what is kept here without it, not even us or your IT team. If it is lost for good, you can start again, which deletes everything kept here.</source>
        <translation>Nie pamiętasz hasła? Bez niego nikt nie otworzy tego, co tu jest, nawet my ani twój dział IT. Jeśli przepadło na dobre, możesz zacząć od nowa, co usunie wszystko, co tu jest.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <source>Unlock</source>
        <translation>Odblokuj</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Start again...</source>
        <translation>Zacznij od nowa...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete everything kept here, after a question, and set up again.</source>
        <translation>Usuń wszystko, co tu jest (po pytaniu), i skonfiguruj od nowa.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checks your passphrase and opens My Voice.</source>
        <translation>Sprawdza hasło i otwiera My Voice.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlock My Voice</source>
        <translation>Odblokuj My Voice</translation>
    </message>
</context>
<context>
    <name>VideoPage</name>
    <message>
        <location filename="../voiceapp/ui/record/video_page.py" line="+750"/>
        <source>Getting the camera ready…</source>
        <translation>Przygotowywanie kamery…</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Get ready… recording starts in {count}. Press Stop to wait.</source>
        <translation>Przygotuj się… nagrywanie zacznie się za {count}. Naciśnij Zatrzymaj, żeby zaczekać.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your video is kept. You can record another one if you like.</source>
        <translation>Twój film jest zachowany. Jeśli chcesz, możesz nagrać kolejny.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That video was thrown away. You can record a new one.</source>
        <translation>Ten film został wyrzucony. Możesz nagrać nowy.</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+6"/>
        <source>Stop</source>
        <translation>Zatrzymaj</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Do not start recording yet.</source>
        <translation>Nie zaczynaj jeszcze nagrywania.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Finish recording, then watch it.</source>
        <translation>Skończ nagrywanie i obejrzyj film.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The camera or the microphone stopped working. Maybe it came unplugged? Everything up to then is here.</source>
        <translation>Kamera albo mikrofon przestały działać. Może coś się odłączyło? Wszystko, co nagrało się do tej chwili, jest tutaj.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That is as long as a video can be, so it stopped by itself. Everything up to then is here.</source>
        <translation>Film nie może być dłuższy, więc nagrywanie zatrzymało się samo. Wszystko do tej chwili jest tutaj.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>We can&apos;t see a camera</source>
        <translation>Nie widzimy kamery</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>We can&apos;t hear a microphone</source>
        <translation>Nie słyszymy mikrofonu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The longest a video can be: {time}</source>
        <translation>Najdłuższy możliwy film: {time}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Throw this video away? It cannot be got back afterwards.</source>
        <translation>Wyrzucić ten film? Potem nie da się go odzyskać.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yes, throw it away</source>
        <translation>Tak, wyrzuć</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The video is deleted.</source>
        <translation>Film został usunięty.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, keep it for now</source>
        <translation>Nie, na razie zostaw</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Go back to your video.</source>
        <translation>Wróć do swojego filmu.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Record it again? This video will be thrown away.</source>
        <translation>Nagrać jeszcze raz? Ten film zostanie wyrzucony.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yes, record again</source>
        <translation>Tak, nagraj jeszcze raz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throw this video away and start a new one.</source>
        <translation>Wyrzuć ten film i zacznij nowy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, keep this one</source>
        <translation>Nie, zostaw ten</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Record a video</source>
        <translation>Nagraj film</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press Record and say what you want the meeting to hear. You can pause whenever you like, and watch it at the end.</source>
        <translation>Naciśnij Nagrywaj i powiedz, co chcesz, żeby usłyszeli na spotkaniu. Możesz zrobić pauzę, kiedy chcesz, i obejrzeć film na końcu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Camera:</source>
        <translation>Kamera:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose which camera to use.</source>
        <translation>Wybierz, której kamery użyć.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Microphone:</source>
        <translation>Mikrofon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your face:</source>
        <translation>Twoja twarz:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show my face</source>
        <translation>Pokaż moją twarz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The video shows you as the camera sees you.</source>
        <translation>Na filmie widać cię tak, jak widzi cię kamera.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Blur the background</source>
        <translation>Rozmyj tło</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything behind you is blurred, so nobody sees where you are.</source>
        <translation>Wszystko za tobą jest rozmyte, więc nikt nie zobaczy, gdzie jesteś.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Blur my face</source>
        <translation>Rozmyj moją twarz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your face is blurred. The meeting still hears your voice.</source>
        <translation>Twoja twarz jest rozmyta. Na spotkaniu nadal usłyszą twój głos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record</source>
        <translation>Nagrywaj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count down from three, then start recording a video.</source>
        <translation>Najpierw odliczanie od trzech, potem zacznie się nagrywanie filmu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Watch it back</source>
        <translation>Obejrzyj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Watch your video if you like. Then keep it, or record it again.</source>
        <translation>Obejrzyj swój film, jeśli chcesz. Potem go zachowaj albo nagraj jeszcze raz.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record again</source>
        <translation>Nagraj jeszcze raz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a new video instead of this one.</source>
        <translation>Zrób nowy film zamiast tego.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep it</source>
        <translation>Zachowaj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this video with your things.</source>
        <translation>Zachowaj ten film razem z twoimi rzeczami.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Throw it away</source>
        <translation>Wyrzuć</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this video. You will be asked first.</source>
        <translation>Usuń ten film. Najpierw zapytamy.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If it still does not work, ask the grown-up with you to help. You can record your voice, write or draw instead.</source>
        <translation>Jeśli dalej nie działa, poproś dorosłego, który jest z tobą, o pomoc. Możesz zamiast tego nagrać swój głos, pisać albo rysować.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Try again</source>
        <translation>Spróbuj ponownie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look for the camera and microphone again.</source>
        <translation>Poszukaj kamery i mikrofonu jeszcze raz.</translation>
    </message>
</context>
<context>
    <name>VideoPreview</name>
    <message>
        <location filename="../voiceapp/ui/record/video_parts.py" line="+208"/>
        <source>Camera picture</source>
        <translation>Obraz z kamery</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the camera sees, like a mirror.</source>
        <translation>To, co widzi kamera, jak w lustrze.</translation>
    </message>
</context>
<context>
    <name>ViewerPage</name>
    <message>
        <location filename="../voiceapp/ui/chair/viewer.py" line="+51"/>
        <source>Checking progress</source>
        <translation>Postęp sprawdzania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Zatrzymaj</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop checking and close the file.</source>
        <translation>Przerwij sprawdzanie i zamknij plik.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The things the young person sent</source>
        <translation>Rzeczy wysłane przez młodą osobę</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the arrow keys to choose a thing; it shows on the right.</source>
        <translation>Wybierz rzecz strzałkami; pojawi się po prawej.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Checking that nothing was changed. The things open when the check is done.</source>
        <translation>Sprawdzanie, czy nic nie zostało zmienione. Rzeczy otworzą się po sprawdzeniu.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Complete summary (PDF)…</source>
        <translation>Pełne podsumowanie (PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a summary of everything, for the conference record.</source>
        <translation>Zapisz podsumowanie wszystkiego do dokumentacji konferencji.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Summary for everyone (PDF)…</source>
        <translation>Podsumowanie dla wszystkich (PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a summary that leaves out everything only for the chair.</source>
        <translation>Zapisz podsumowanie bez tego, co jest tylko dla przewodniczącego.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save copies…</source>
        <translation>Zapisz kopie…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save plain copies of chosen things to a folder.</source>
        <translation>Zapisz zwykłe kopie wybranych rzeczy w folderze.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close this file and go back.</source>
        <translation>Zamknij ten plik i wróć.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Opening…</source>
        <translation>Otwieranie…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Conference: %1</source>
        <translation>Konferencja: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reference: %1</source>
        <translation>Numer: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking that nothing was changed since the young person sent it. Nothing can be opened until this is done.</source>
        <translation>Sprawdzanie, czy nic nie zostało zmienione od wysłania przez młodą osobę. Do tego czasu nic nie można otworzyć.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Checked: every item is exactly what the young person sent.</source>
        <translation>Sprawdzono: każda rzecz jest dokładnie taka, jaką wysłała młoda osoba.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Checking…</source>
        <translation>Sprawdzanie…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>read</source>
        <translation>przeczytane</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shared</source>
        <translation>udostępnione</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Save the complete summary</source>
        <translation>Zapisz pełne podsumowanie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the summary for everyone</source>
        <translation>Zapisz podsumowanie dla wszystkich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Making the summary…</source>
        <translation>Tworzenie podsumowania…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Summary saved: %1</source>
        <translation>Zapisano podsumowanie: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose a folder for the copies</source>
        <translation>Wybierz folder na kopie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only for the chair</source>
        <translation>tylko dla przewodniczącego</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saving copies…</source>
        <translation>Zapisywanie kopii…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copies saved in %1</source>
        <translation>Zapisano kopie w %1</translation>
    </message>
</context>
<context>
    <name>VoicePage</name>
    <message>
        <location filename="../voiceapp/ui/record/page.py" line="+324"/>
        <source>Getting the microphone ready…</source>
        <translation>Przygotowywanie mikrofonu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your recording is kept. You can record another one if you like.</source>
        <translation>Twoje nagranie jest zachowane. Jeśli chcesz, możesz nagrać kolejne.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That recording was thrown away. You can record a new one.</source>
        <translation>To nagranie zostało wyrzucone. Możesz nagrać nowe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The microphone stopped working. Maybe it came unplugged? Everything you said up to then is here.</source>
        <translation>Mikrofon przestał działać. Może się odłączył? Wszystko, co nagrało się do tej chwili, jest tutaj.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That is as long as a recording can be, so it stopped by itself. Everything up to then is here.</source>
        <translation>Nagranie nie może być dłuższe, więc zatrzymało się samo. Wszystko do tej chwili jest tutaj.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The longest a recording can be: {time}</source>
        <translation>Najdłuższe możliwe nagranie: {time}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Throw this recording away? It cannot be got back afterwards.</source>
        <translation>Wyrzucić to nagranie? Potem nie da się go odzyskać.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yes, throw it away</source>
        <translation>Tak, wyrzuć</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recording is deleted.</source>
        <translation>Nagranie zostało usunięte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, keep it for now</source>
        <translation>Nie, na razie zostaw</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>Go back to your recording.</source>
        <translation>Wróć do swojego nagrania.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Record it again? This recording will be thrown away.</source>
        <translation>Nagrać jeszcze raz? To nagranie zostanie wyrzucone.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yes, record again</source>
        <translation>Tak, nagraj jeszcze raz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throw this recording away and start a new one.</source>
        <translation>Wyrzuć to nagranie i zacznij nowe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No, keep this one</source>
        <translation>Nie, zostaw to</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Record my voice</source>
        <translation>Nagraj mój głos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press Record and say what you want the meeting to hear. You can pause whenever you like, and listen back at the end.</source>
        <translation>Naciśnij Nagrywaj i powiedz, co chcesz, żeby usłyszeli na spotkaniu. Możesz zrobić pauzę, kiedy chcesz, i posłuchać na końcu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Microphone:</source>
        <translation>Mikrofon:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record</source>
        <translation>Nagrywaj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start recording your voice.</source>
        <translation>Zacznij nagrywać swój głos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop</source>
        <translation>Zatrzymaj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish recording, then listen to it.</source>
        <translation>Skończ nagrywanie i posłuchaj.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listen back</source>
        <translation>Posłuchaj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listen to your recording if you like. Then keep it, or record it again.</source>
        <translation>Posłuchaj nagrania, jeśli chcesz. Potem je zachowaj albo nagraj jeszcze raz.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record again</source>
        <translation>Nagraj jeszcze raz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a new recording instead of this one.</source>
        <translation>Zrób nowe nagranie zamiast tego.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep it</source>
        <translation>Zachowaj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this recording with your things.</source>
        <translation>Zachowaj to nagranie razem z twoimi rzeczami.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Throw it away</source>
        <translation>Wyrzuć</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this recording. You will be asked first.</source>
        <translation>Usuń to nagranie. Najpierw zapytamy.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>We can&apos;t hear a microphone</source>
        <translation>Nie słyszymy mikrofonu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If it still does not work, ask the grown-up with you to help. You can write or draw instead.</source>
        <translation>Jeśli dalej nie działa, poproś dorosłego, który jest z tobą, o pomoc. Możesz zamiast tego pisać albo rysować.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Try again</source>
        <translation>Spróbuj ponownie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look for the microphone again.</source>
        <translation>Poszukaj mikrofonu jeszcze raz.</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../voiceapp/ui/helper/words.py" line="+13"/>
        <source>A drawing</source>
        <translation>Rysunek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A letter</source>
        <translation>List</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A voice recording</source>
        <translation>Nagranie głosu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A video</source>
        <translation>Film</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A picture</source>
        <translation>Obrazek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How I feel</source>
        <translation>Jak się czuję</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The three houses</source>
        <translation>Trzy domy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something they made</source>
        <translation>Coś, co zrobiła ta osoba</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only the chair may see this</source>
        <translation>Tylko przewodniczący może to zobaczyć</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone at the meeting may see this</source>
        <translation>Wszyscy na spotkaniu mogą to zobaczyć</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Written down by a helper</source>
        <translation>Zapisane przez pomocnika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In {name}&apos;s own words</source>
        <translation>Własnymi słowami osoby {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sent</source>
        <translation>Wysłano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Getting ready</source>
        <translation>Przygotowania</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>4 to 7 years old</source>
        <translation>4–7 lat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>8 to 12 years old</source>
        <translation>8–12 lat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>13 to 17 years old</source>
        <translation>13–17 lat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Their social worker</source>
        <translation>Ich pracownik socjalny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their advocate</source>
        <translation>Ich rzecznik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A family member</source>
        <translation>Członek rodziny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else who helps them</source>
        <translation>Ktoś inny, kto pomaga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On their own</source>
        <translation>Samodzielnie</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Deleted today ({date})</source>
        <translation>Usunięcie dzisiaj ({date})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted tomorrow ({date})</source>
        <translation>Usunięcie jutro ({date})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted in {days} days ({date})</source>
        <translation>Usunięcie za {days} dni ({date})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Everything about {name} is deleted from this laptop today.</source>
        <translation>Wszystko o osobie {name} zostanie dzisiaj usunięte z tego laptopa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything about {name} is deleted from this laptop tomorrow, {date}.</source>
        <translation>Wszystko o osobie {name} zostanie usunięte z tego laptopa jutro, {date}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything about {name} is deleted from this laptop on {date}, in {days} days.</source>
        <translation>Wszystko o osobie {name} zostanie usunięte z tego laptopa {date}, za {days} dni.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Conference on {date}</source>
        <translation>Konferencja {date}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{minutes}:{seconds:02d} long</source>
        <translation>Czas: {minutes}:{seconds:02d}</translation>
    </message>
</context>
<context>
    <name>YoungPersonHome</name>
    <message>
        <location filename="../voiceapp/ui/space/own_home.py" line="+106"/>
        <source>Delete your things from this computer?</source>
        <translation>Usunąć twoje rzeczy z tego komputera?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chair keeps what you sent. Everything here will be deleted, for good.</source>
        <translation>Przewodniczący zachowa to, co zostało wysłane. Wszystko tutaj zostanie usunięte na zawsze.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yes, delete everything</source>
        <translation>Tak, usuń wszystko</translation>
    </message>
</context>
<context>
    <name>YoungSpace</name>
    <message>
        <location filename="../voiceapp/ui/space/space.py" line="+216"/>
        <source>My drawing</source>
        <translation>Mój rysunek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My letter</source>
        <translation>Mój list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My voice recording</source>
        <translation>Moje nagranie głosu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My video</source>
        <translation>Mój film</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How I feel</source>
        <translation>Jak się czuję</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My three houses</source>
        <translation>Moje trzy domy</translation>
    </message>
</context>
</TS>
