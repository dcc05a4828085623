<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en_GB">
<context>
    <name>AboutMePage</name>
    <message>
        <location filename="../voiceapp/ui/space/own_home.py" line="+112"/>
        <source>Please type a name first.</source>
        <translation>من فضلك اكتب اسمًا أولًا.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Please choose how old you are.</source>
        <translation>من فضلك اختر كم عمرك.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Before you start</source>
        <translation>قبل أن تبدأ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Three quick questions, so that your space fits you.</source>
        <translation>ثلاثة أسئلة سريعة، حتى تناسبك مساحتك.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>What would you like to be called?</source>
        <translation>بأي اسم تحب أن نناديك؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How old are you?</source>
        <translation>كم عمرك؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>4 to 7</source>
        <translation>من 4 إلى 7</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>8 to 12</source>
        <translation>من 8 إلى 12</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>13 to 17</source>
        <translation>من 13 إلى 17</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose this if it is your age.</source>
        <translation>اختر هذا إذا كان هذا عمرك.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>When is your meeting?</source>
        <translation>متى اجتماعك؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I don&apos;t know yet</source>
        <translation>لا أعرف بعد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I don&apos;t know the date of my meeting yet</source>
        <translation>لا أعرف تاريخ اجتماعي بعد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start</source>
        <translation>ابدأ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open my space.</source>
        <translation>افتح مساحتي.</translation>
    </message>
</context>
<context>
    <name>BreakPage</name>
    <message>
        <location filename="../voiceapp/ui/space/rest.py" line="+75"/>
        <source>Time for a break</source>
        <translation>وقت الاستراحة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A picture of a warm drink</source>
        <translation>صورة مشروب دافئ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take as long as you need. Have a drink, stretch, or talk to someone you trust.</source>
        <translation>خذ كل الوقت الذي تحتاجه. اشرب شيئًا، أو تمدّد قليلًا، أو تحدّث مع شخص تثق به.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>I&apos;m ready to carry on</source>
        <translation>أنا مستعد للمتابعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to where you were.</source>
        <translation>ارجع إلى حيث كنت.</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <location filename="../voiceapp/ui/helper/case_form.py" line="+193"/>
        <source>Please write the name they would like to be called, and choose a delete-after day after today.</source>
        <translation>من فضلك اكتب الاسم الذي يحب أن يُنادى به، واختر يوم حذف بعد اليوم.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Add a young person</source>
        <translation>إضافة شاب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change {name}&apos;s details</source>
        <translation>تغيير بيانات {name}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The name they would like to be called</source>
        <translation>الاسم الذي يحب أن يُنادى به</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Their age</source>
        <translation>عمره</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date of the conference</source>
        <translation>تاريخ المؤتمر</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Conference reference (if there is one)</source>
        <translation>الرقم المرجعي للمؤتمر (إن وُجد)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Their language</source>
        <translation>لغته</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You are their</source>
        <translation>صفتك بالنسبة إليه</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete everything from this laptop on</source>
        <translation>حذف كل شيء من هذا الحاسوب المحمول في</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>A first name or a nickname is enough. It goes to the chair.</source>
        <translation>يكفي الاسم الأول أو اسم الدلع. يُرسَل إلى رئيس الاجتماع.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Social worker</source>
        <translation>أخصائي اجتماعي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advocate</source>
        <translation>مدافع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family member</source>
        <translation>فرد من العائلة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone else who helps them</source>
        <translation>شخص آخر يساعده</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything about this young person is deleted from this laptop on this day, whether it was sent or not. You will be reminded a few days before.</source>
        <translation>يُحذف كل شيء عن هذا الشاب من هذا الحاسوب المحمول في هذا اليوم، سواء أُرسل أم لا. سيتم تذكيرك قبل ذلك ببضعة أيام.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back without saving.</source>
        <translation>الرجوع دون حفظ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep these details.</source>
        <translation>الاحتفاظ بهذه البيانات.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Type the date, or open the calendar.</source>
        <translation>اكتب التاريخ، أو افتح التقويم.</translation>
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
        <translation>فتح صفحة {name}</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Some young people&apos;s things reached their delete-after date and have been deleted: {count}.</source>
        <translation>وصلت أشياء بعض الشباب إلى تاريخ حذفها وقد حُذفت: {count}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name}&apos;s things will be deleted soon: {when}. Send anything still to send before then.</source>
        <translation>ستُحذف أشياء {name} قريبًا: {when}. أرسل كل ما لم يُرسَل بعد قبل ذلك.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+41"/>
        <source>Young people</source>
        <translation>الشباب</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Text and colours</source>
        <translation>النص والألوان</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bigger words, high contrast, and sounds or movement off.</source>
        <translation>كلمات أكبر، وتباين عالٍ، وإيقاف الأصوات أو الحركة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nobody here yet. Add a young person to begin.</source>
        <translation>لا أحد هنا بعد. أضف شابًا لتبدأ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Add a young person</source>
        <translation>إضافة شاب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a private space for one more young person.</source>
        <translation>أنشئ مساحة خاصة لشاب آخر.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Lock My Voice</source>
        <translation>قفل My Voice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock now. Your passphrase is needed to open it again.</source>
        <translation>اقفل الآن. ستحتاج إلى عبارة المرور لفتحه مرة أخرى.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lock by itself when nobody uses it for</source>
        <translation>يُقفل تلقائيًا إذا لم يستخدمه أحد لمدة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{minutes} minutes</source>
        <translation>{minutes} دقيقة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock by itself after</source>
        <translation>يُقفل تلقائيًا بعد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How long My Voice waits with nobody using it before it locks.</source>
        <translation>المدة التي ينتظرها My Voice دون أن يستخدمه أحد قبل أن يُقفل.</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <location filename="../voiceapp/ui/helper/case_page.py" line="+176"/>
        <source>Remove “{title}”?</source>
        <translation>إزالة “{title}”؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It will be deleted from this laptop and cannot be brought back. Only do this if {name} agrees.</source>
        <translation>سيُحذف من هذا الحاسوب المحمول ولا يمكن استرجاعه. لا تفعل ذلك إلا إذا وافق {name}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yes, remove it</source>
        <translation>نعم، أزله</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Everything {name} made and everything about them will be deleted from this laptop, for good. Nobody can bring it back. Anything already sent to the chair stays with the chair.</source>
        <translation>كل ما صنعه {name} وكل شيء عنه سيُحذف من هذا الحاسوب المحمول نهائيًا. لا يمكن لأحد استرجاعه. ما أُرسل بالفعل إلى رئيس الاجتماع يبقى لدى رئيس الاجتماع.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Their things have not been sent yet.</source>
        <translation>لم تُرسَل أشياؤه بعد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete {name} and all their things?</source>
        <translation>حذف {name} وكل أشيائه؟</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yes, delete everything</source>
        <translation>نعم، احذف كل شيء</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Reference {reference}</source>
        <translation>المرجع {reference}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sent to the chair on {when}. When the chair has it, you can delete {name}&apos;s things now.</source>
        <translation>أُرسل إلى رئيس الاجتماع في {when}. عندما يصل إلى رئيس الاجتماع، يمكنك حذف أشياء {name} الآن.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>Show the receipt</source>
        <translation>عرض الإيصال</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was sent, when, and to whom. You can print it or save it.</source>
        <translation>ما الذي أُرسل، ومتى، وإلى مَن. يمكنك طباعته أو حفظه.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete {name}&apos;s things now</source>
        <translation>حذف أشياء {name} الآن</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+89"/>
        <source>Deletes everything about them from this laptop, after asking you.</source>
        <translation>يحذف كل شيء عنه من هذا الحاسوب المحمول، بعد سؤالك.</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>The chair&apos;s key card</source>
        <translation>بطاقة مفتاح رئيس الاجتماع</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No key card yet. Ask the conference chair for their My Voice key card: it lets you send {name}&apos;s things so that only the chair can open them.</source>
        <translation>لا توجد بطاقة مفتاح بعد. اطلب من رئيس الاجتماع بطاقة مفتاح My Voice الخاصة به: بها يمكنك إرسال أشياء {name} بحيث لا يفتحها إلا رئيس الاجتماع.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add the chair&apos;s key card</source>
        <translation>إضافة بطاقة مفتاح رئيس الاجتماع</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{chair}, {organisation}. Fingerprint: {fingerprint}</source>
        <translation>{chair}، {organisation}. البصمة: {fingerprint}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use a different key card</source>
        <translation>استخدام بطاقة مفتاح أخرى</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a key card file, or paste the key card text.</source>
        <translation>افتح ملف بطاقة المفتاح، أو الصق نص بطاقة المفتاح.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}&apos;s things</source>
        <translation>أشياء {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Getting {name}&apos;s things...</source>
        <translation>جارٍ إحضار أشياء {name}...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing here yet. Start {name}&apos;s space, or add something they made elsewhere.</source>
        <translation>لا شيء هنا بعد. ابدأ مساحة {name}، أو أضف شيئًا صنعه في مكان آخر.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All young people</source>
        <translation>كل الشباب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to the list of young people.</source>
        <translation>الرجوع إلى قائمة الشباب.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add something made elsewhere</source>
        <translation>إضافة شيء صُنع في مكان آخر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A photo of a drawing on paper, a letter, a recording or a video from a file.</source>
        <translation>صورة لرسمة على الورق، أو رسالة، أو تسجيل، أو فيديو من ملف.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start {name}&apos;s space</source>
        <translation>بدء مساحة {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fills the screen with {name}&apos;s own space. Leaving it needs you.</source>
        <translation>يملأ الشاشة بمساحة {name} الخاصة. الخروج منها يحتاج إليك.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send to the chair</source>
        <translation>إرسال إلى رئيس الاجتماع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look at everything once more and save it for the chair.</source>
        <translation>راجع كل شيء مرة أخرى واحفظه لرئيس الاجتماع.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change details</source>
        <translation>تغيير البيانات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the name, conference date or delete-after day.</source>
        <translation>تغيير الاسم أو تاريخ المؤتمر أو يوم الحذف.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete {name}</source>
        <translation>حذف {name}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name}&apos;s page</source>
        <translation>صفحة {name}</translation>
    </message>
</context>
<context>
    <name>ChairCommon</name>
    <message>
        <location filename="../voiceapp/ui/chair/common.py" line="+120"/>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation>عبارتا المرور غير متطابقتين. من فضلك اكتبهما مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>ChairHome</name>
    <message>
        <location filename="../voiceapp/ui/chair/home.py" line="+49"/>
        <source>Conference chair</source>
        <translation>رئيس الاجتماع</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>My Voice for conference chairs</source>
        <translation>My Voice لرؤساء الاجتماعات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inbox</source>
        <translation>صندوق الوارد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The files young people sent you.</source>
        <translation>الملفات التي أرسلها إليك الشباب.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My key</source>
        <translation>مفتاحي</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your key card, and backups.</source>
        <translation>بطاقة مفتاحك، والنسخ الاحتياطية.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock</source>
        <translation>قفل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close what is open and lock My Voice.</source>
        <translation>أغلق ما هو مفتوح واقفل My Voice.</translation>
    </message>
</context>
<context>
    <name>ChairKey</name>
    <message>
        <location filename="../voiceapp/ui/chair/pdf.py" line="+232"/>
        <source>Standard key (post-quantum)</source>
        <translation>مفتاح قياسي (مقاوم للحوسبة الكمومية)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compatibility key (X25519)</source>
        <translation>مفتاح توافق (X25519)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made on</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of key</source>
        <translation>نوع المفتاح</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My Voice key card</source>
        <translation>بطاقة مفتاح My Voice</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Helpers use this card to lock young people&apos;s views so that only this chair can open them. Before using it, read the fingerprint below to each other over the phone: if the letters match, the card is real.</source>
        <translation>يستخدم المساعدون هذه البطاقة لقفل آراء الشباب بحيث لا يفتحها إلا رئيس الاجتماع هذا. قبل استخدامها، اقرؤوا البصمة أدناه لبعضكم عبر الهاتف: إذا تطابقت الحروف، فالبطاقة حقيقية.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fingerprint</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
</context>
<context>
    <name>ChairSetup</name>
    <message>
        <location filename="../voiceapp/ui/chair/setup.py" line="+60"/>
        <source>Set up the chair&apos;s key</source>
        <translation>إعداد مفتاح رئيس الاجتماع</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Working</source>
        <translation>جارٍ العمل</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Set up your chair&apos;s key</source>
        <translation>أعدّ مفتاحك بصفتك رئيس الاجتماع</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Young people&apos;s views are locked so that only your key can open them. Your key stays on this computer, protected by a passphrase you choose.</source>
        <translation>تُقفل آراء الشباب بحيث لا يفتحها إلا مفتاحك. يبقى مفتاحك على هذا الحاسوب، محميًا بعبارة مرور تختارها.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+58"/>
        <source>Make a new key</source>
        <translation>إنشاء مفتاح جديد</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Make a new key for opening what young people send you.</source>
        <translation>أنشئ مفتاحًا جديدًا لفتح ما يرسله إليك الشباب.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use a key I already have…</source>
        <translation>استخدام مفتاح لديّ بالفعل…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring in an age identity file you already use.</source>
        <translation>أحضر ملف هوية age تستخدمه بالفعل.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore my key from a backup…</source>
        <translation>استعادة مفتاحي من نسخة احتياطية…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring back your key from a backup file made by My Voice.</source>
        <translation>استرجع مفتاحك من ملف نسخة احتياطية أنشأه My Voice.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most chairs start here.</source>
        <translation>يبدأ معظم رؤساء الاجتماعات من هنا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For example a key your IT team made with the age tool.</source>
        <translation>مثلًا مفتاح أنشأه فريق تقنية المعلومات لديك بأداة age.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After a new computer, or a lost passphrase.</source>
        <translation>بعد الحصول على حاسوب جديد، أو فقدان عبارة المرور.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose your everyday passphrase</source>
        <translation>اختر عبارة المرور اليومية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the same passphrase again</source>
        <translation>اكتب عبارة المرور نفسها مرة أخرى</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You type this each time you open My Voice. At least 10 characters: a few words you will remember, like &apos;purple kettle seven&apos;.</source>
        <translation>تكتبها في كل مرة تفتح فيها My Voice. 10 أحرف على الأقل: بضع كلمات ستتذكرها، مثل &apos;purple kettle seven&apos;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go back to the three choices.</source>
        <translation>الرجوع إلى الخيارات الثلاثة.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Standard key (recommended): safe even against future quantum computers</source>
        <translation>مفتاح قياسي (موصى به): آمن حتى أمام الحواسيب الكمومية المستقبلية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compatibility key: also opens with older age tools (X25519)</source>
        <translation>مفتاح توافق: يُفتح أيضًا بأدوات age الأقدم (X25519)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use this unless the chair&apos;s office needs the age tool. Arrow keys choose.</source>
        <translation>استخدم هذا ما لم يحتج مكتب رئيس الاجتماع إلى أداة age. اختر بمفاتيح الأسهم.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only if your office must open files with an older age tool.</source>
        <translation>فقط إذا كان على مكتبك فتح الملفات بأداة age أقدم.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>These records must stay private for the young person&apos;s whole life, so the standard key is protected against computers that may exist in future. Choose the compatibility key only if your IT team also opens these files with an older age tool that does not know post-quantum keys.</source>
        <translation>يجب أن تبقى هذه السجلات خاصة طوال حياة الشاب، لذلك فالمفتاح القياسي محمي من حواسيب قد توجد في المستقبل. لا تختر مفتاح التوافق إلا إذا كان فريق تقنية المعلومات لديك يفتح هذه الملفات أيضًا بأداة age أقدم لا تعرف المفاتيح المقاومة للحوسبة الكمومية.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Make my key</source>
        <translation>أنشئ مفتاحي</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make the key now.</source>
        <translation>أنشئ المفتاح الآن.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Use a key you already have</source>
        <translation>استخدام مفتاح لديك بالفعل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose an age identity file (made by age-keygen, or by My Voice). If it is protected by a passphrase, type that passphrase too.</source>
        <translation>اختر ملف هوية age (أنشأته أداة age-keygen أو My Voice). إذا كان محميًا بعبارة مرور، فاكتب عبارة المرور تلك أيضًا.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose key file…</source>
        <translation>اختيار ملف المفتاح…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose the age identity file to bring in.</source>
        <translation>اختر ملف هوية age الذي تريد إحضاره.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>The key file&apos;s own passphrase</source>
        <translation>عبارة المرور الخاصة بملف المفتاح</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use this key</source>
        <translation>استخدام هذا المفتاح</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bring in this key now.</source>
        <translation>أحضر هذا المفتاح الآن.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Restore your key from a backup</source>
        <translation>استعادة مفتاحك من نسخة احتياطية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose backup file…</source>
        <translation>اختيار ملف النسخة الاحتياطية…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose the backup of your key.</source>
        <translation>اختر النسخة الاحتياطية لمفتاحك.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>The backup&apos;s recovery passphrase</source>
        <translation>عبارة مرور الاسترداد الخاصة بالنسخة الاحتياطية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore my key</source>
        <translation>استعادة مفتاحي</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore the key now.</source>
        <translation>استعد المفتاح الآن.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Back up your key</source>
        <translation>نسخ مفتاحك احتياطيًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If this key is lost (a broken or replaced computer, a forgotten passphrase), the young people&apos;s views sent to it can never be opened, by anyone. Not even My Voice can get them back.</source>
        <translation>إذا فُقد هذا المفتاح (حاسوب معطّل أو مُستبدَل، أو عبارة مرور منسية)، فلن يتمكن أحد أبدًا من فتح آراء الشباب المرسلة إليه. ولا حتى My Voice يستطيع استرجاعها.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save a backup somewhere safe away from this computer, for example your organisation&apos;s secure drive. It is locked with a recovery passphrase: choose one different from your everyday passphrase, and keep it apart from the backup.</source>
        <translation>احفظ نسخة احتياطية في مكان آمن بعيدًا عن هذا الحاسوب، مثل محرك الأقراص الآمن في مؤسستك. تُقفل بعبارة مرور للاسترداد: اختر عبارة مختلفة عن عبارة مرورك اليومية، واحفظها بعيدًا عن النسخة الاحتياطية.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a recovery passphrase</source>
        <translation>اختر عبارة مرور للاسترداد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the recovery passphrase again</source>
        <translation>اكتب عبارة مرور الاسترداد مرة أخرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least 10 characters, and not the same as your everyday passphrase.</source>
        <translation>10 أحرف على الأقل، وليست مثل عبارة مرورك اليومية.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a backup…</source>
        <translation>حفظ نسخة احتياطية…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose where to save the backup of your key.</source>
        <translation>اختر أين تحفظ النسخة الاحتياطية لمفتاحك.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not now</source>
        <translation>ليس الآن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go on without a backup. You can make one later from My key.</source>
        <translation>تابع دون نسخة احتياطية. يمكنك إنشاء واحدة لاحقًا من «مفتاحي».</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose your age identity file</source>
        <translation>اختر ملف هوية age الخاص بك</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose the backup of your key</source>
        <translation>اختر النسخة الاحتياطية لمفتاحك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key backups (*.age);;All files (*)</source>
        <translation>نسخ المفتاح الاحتياطية (*.age);;كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Making your key. This takes a few seconds…</source>
        <translation>جارٍ إنشاء مفتاحك. يستغرق هذا بضع ثوانٍ…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose your key file first.</source>
        <translation>اختر ملف مفتاحك أولًا.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Bringing in your key…</source>
        <translation>جارٍ إحضار مفتاحك…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose your backup file first.</source>
        <translation>اختر ملف النسخة الاحتياطية أولًا.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restoring your key…</source>
        <translation>جارٍ استعادة مفتاحك…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Please choose a recovery passphrase different from your everyday one.</source>
        <translation>من فضلك اختر عبارة مرور للاسترداد مختلفة عن عبارة مرورك اليومية.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the backup of your key</source>
        <translation>احفظ النسخة الاحتياطية لمفتاحك</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key backups (*.age)</source>
        <translation>نسخ المفتاح الاحتياطية (*.age)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saving the backup…</source>
        <translation>جارٍ حفظ النسخة الاحتياطية…</translation>
    </message>
</context>
<context>
    <name>ChairWords</name>
    <message>
        <location filename="../voiceapp/ui/chair/words.py" line="+17"/>
        <source>Drawing</source>
        <translation>رسمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voice recording</source>
        <translation>تسجيل صوتي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video</source>
        <translation>فيديو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picture</source>
        <translation>صورة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How I feel</source>
        <translation>مشاعري</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three houses</source>
        <translation>البيوت الثلاثة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only for the chair — do not show or read out</source>
        <translation>لرئيس الاجتماع فقط — لا تعرضه ولا تقرأه بصوت عالٍ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everyone at the meeting may see this</source>
        <translation>يمكن لكل من في الاجتماع رؤية هذا</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only for the chair</source>
        <translation>لرئيس الاجتماع فقط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone may see</source>
        <translation>يمكن للجميع رؤيته</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Written down by a helper</source>
        <translation>كتبه مساعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The young person&apos;s own words</source>
        <translation>كلمات الشاب نفسه</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>written by helper</source>
        <translation>كتبه مساعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>own words</source>
        <translation>كلماته هو</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Made alone</source>
        <translation>صنعه وحده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made with a social worker</source>
        <translation>صنعه مع أخصائي اجتماعي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made with an advocate</source>
        <translation>صنعه مع مدافع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made with a family member</source>
        <translation>صنعه مع فرد من العائلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made with someone else</source>
        <translation>صنعه مع شخص آخر</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a little</source>
        <translation>قليلًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quite a lot</source>
        <translation>كثيرًا نوعًا ما</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>very</source>
        <translation>جدًا</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Age %1</source>
        <translation>العمر %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>1 thing</source>
        <translation>شيء واحد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 things</source>
        <translation>عدد الأشياء: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1&apos;s views</source>
        <translation>آراء %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A young person&apos;s views</source>
        <translation>آراء شاب</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no name given)</source>
        <translation>(لم يُذكر اسم)</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../voiceapp/ui/helper/confirm.py" line="+30"/>
        <location line="+1"/>
        <source>No, keep them</source>
        <translation>لا، احتفظ بها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back without changing anything.</source>
        <translation>الرجوع دون تغيير أي شيء.</translation>
    </message>
</context>
<context>
    <name>CopiesPanel</name>
    <message>
        <location filename="../voiceapp/ui/chair/copies.py" line="+77"/>
        <source>Save a copy of chosen things</source>
        <translation>حفظ نسخة من الأشياء المختارة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copies are not encrypted. Anyone who can open the folder you choose can see them. Save them only where your case records are kept safe, and delete them when they are no longer needed.</source>
        <translation>النسخ غير مشفّرة. أي شخص يستطيع فتح المجلد الذي تختاره يمكنه رؤيتها. لا تحفظها إلا حيث تُحفظ سجلات الحالات بأمان، واحذفها عندما لا تعود هناك حاجة إليها.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Things to copy</source>
        <translation>الأشياء المراد نسخها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Space to tick or untick a thing.</source>
        <translation>اضغط مفتاح المسافة لتحديد شيء أو إلغاء تحديده.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose folder and save…</source>
        <translation>اختيار مجلد والحفظ…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a folder and save the copies.</source>
        <translation>اختر مجلدًا واحفظ النسخ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go back to the things.</source>
        <translation>الرجوع إلى الأشياء.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Tick at least one thing to copy.</source>
        <translation>حدّد شيئًا واحدًا على الأقل لنسخه.</translation>
    </message>
</context>
<context>
    <name>CreateProfilePage</name>
    <message>
        <location filename="../voiceapp/ui/profile/create_page.py" line="+107"/>
        <source>The two passphrases are not the same yet.</source>
        <translation>عبارتا المرور غير متطابقتين بعد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A PIN is 4 to 8 numbers. Or leave it empty.</source>
        <translation>رمز PIN من 4 إلى 8 أرقام. أو اتركه فارغًا.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>That passphrase will do nicely.</source>
        <translation>عبارة المرور هذه مناسبة تمامًا.</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+68"/>
        <source>Choose a passphrase</source>
        <translation>اختر عبارة مرور</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>A passphrase is like a secret password made of a few words. It keeps your things private. Use at least 10 letters: three words you will remember, like &apos;purple kettle seven&apos;, are perfect. Nobody can find it out for you if you forget it, so keep it safe.</source>
        <translation>عبارة المرور مثل كلمة سر مكوّنة من بضع كلمات. تحافظ على خصوصية أشيائك. استخدم 10 أحرف على الأقل: ثلاث كلمات ستتذكرها، مثل &apos;purple kettle seven&apos;، ممتازة. لا يستطيع أحد أن يعرفها لك إذا نسيتها، فاحتفظ بها في مكان آمن.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your passphrase locks everything My Voice keeps on this computer. Use at least 10 characters: a few words you will remember, like &apos;purple kettle seven&apos;, work well. Keep it somewhere safe. If it is lost, nobody can open what is kept here, not even us.</source>
        <translation>عبارة مرورك تقفل كل ما يحفظه My Voice على هذا الحاسوب. استخدم 10 أحرف على الأقل: بضع كلمات ستتذكرها، مثل &apos;purple kettle seven&apos;، تفي بالغرض. احفظها في مكان آمن. إذا فُقدت، فلن يستطيع أحد فتح ما هو محفوظ هنا، ولا حتى نحن.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least 10 characters. A few words work well.</source>
        <translation>10 أحرف على الأقل. بضع كلمات تفي بالغرض.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>The same passphrase again</source>
        <translation>عبارة المرور نفسها مرة أخرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type it once more, to be sure it is right.</source>
        <translation>اكتبها مرة أخرى، للتأكد من أنها صحيحة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A short PIN (you can leave this empty)</source>
        <translation>رمز PIN قصير (يمكنك تركه فارغًا)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A short PIN</source>
        <translation>رمز PIN قصير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 to 8 numbers, to leave a young person&apos;s space quickly.</source>
        <translation>من 4 إلى 8 أرقام، للخروج من مساحة الشاب بسرعة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With a PIN you can leave a young person&apos;s space quickly. It is forgotten whenever My Voice locks; without one, your passphrase is needed.</source>
        <translation>برمز PIN يمكنك الخروج من مساحة الشاب بسرعة. يُنسى كلما أُقفل My Voice؛ ومن دونه تحتاج إلى عبارة مرورك.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Setting up your private space. This takes a moment...</source>
        <translation>جارٍ إعداد مساحتك الخاصة. يستغرق هذا لحظة...</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back to the start screen.</source>
        <translation>الرجوع إلى شاشة البداية.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Make my profile</source>
        <translation>إنشاء ملفي الشخصي</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keeps your passphrase and opens My Voice.</source>
        <translation>يحفظ عبارة مرورك ويفتح My Voice.</translation>
    </message>
</context>
<context>
    <name>DisplayPage</name>
    <message>
        <location filename="../voiceapp/ui/display_page.py" line="+74"/>
        <location line="+1"/>
        <source>Text and colours</source>
        <translation>النص والألوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text size</source>
        <translation>حجم النص</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{percent} %</source>
        <translation>{percent}٪</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Text size {percent}</source>
        <translation>حجم النص {percent}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Makes all the words this big.</source>
        <translation>يجعل كل الكلمات بهذا الحجم.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>High contrast: on</source>
        <translation>التباين العالي: يعمل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High contrast: off</source>
        <translation>التباين العالي: متوقف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Black words on white, strong edges.</source>
        <translation>كلمات سوداء على أبيض، وحواف واضحة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sounds: on</source>
        <translation>الأصوات: تعمل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sounds: off</source>
        <translation>الأصوات: متوقفة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The little sounds when you draw.</source>
        <translation>الأصوات الصغيرة عندما ترسم.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Movement: on</source>
        <translation>الحركة: تعمل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Movement: off</source>
        <translation>الحركة: متوقفة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off: the sound level bar stays still, changing once a second.</source>
        <translation>متوقفة: يبقى شريط مستوى الصوت ثابتًا، ويتغير مرة واحدة في الثانية على الأكثر.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this and carry on.</source>
        <translation>أغلق هذا وتابع.</translation>
    </message>
</context>
<context>
    <name>DrawPanel</name>
    <message>
        <location filename="../voiceapp/ui/draw/panel.py" line="+45"/>
        <source>Black</source>
        <translation>أسود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grey</source>
        <translation>رمادي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>White</source>
        <translation>أبيض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brown</source>
        <translation>بني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red</source>
        <translation>أحمر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orange</source>
        <translation>برتقالي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yellow</source>
        <translation>أصفر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light green</source>
        <translation>أخضر فاتح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark green</source>
        <translation>أخضر غامق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light blue</source>
        <translation>أزرق فاتح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark blue</source>
        <translation>أزرق غامق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purple</source>
        <translation>بنفسجي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pink</source>
        <translation>وردي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light skin</source>
        <translation>بشرة فاتحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium skin</source>
        <translation>بشرة متوسطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark skin</source>
        <translation>بشرة داكنة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Happy face</source>
        <translation>وجه سعيد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calm face</source>
        <translation>وجه هادئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sad face</source>
        <translation>وجه حزين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worried face</source>
        <translation>وجه قلق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Angry face</source>
        <translation>وجه غاضب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A grown-up</source>
        <translation>شخص كبير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A child</source>
        <translation>طفل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home</source>
        <translation>البيت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School</source>
        <translation>المدرسة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cat</source>
        <translation>قطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dog</source>
        <translation>كلب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sun</source>
        <translation>شمس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rain cloud</source>
        <translation>غيمة ممطرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heart</source>
        <translation>قلب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Star</source>
        <translation>نجمة</translation>
    </message>
    <message>
        <location line="+337"/>
        <source>Sound on</source>
        <translation>الصوت يعمل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sound off</source>
        <translation>الصوت مغلق</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sounds play as you draw. Press to turn them off.</source>
        <translation>تُسمع أصوات وأنت ترسم. اضغط لإيقافها.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sounds are off. Press to turn them on.</source>
        <translation>الأصوات مغلقة. اضغط لتشغيلها.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Drawing</source>
        <translation>رسمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A drawing for: {house}</source>
        <translation>رسمة من أجل: {house}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Put it in the house</source>
        <translation>ضعها في البيت</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go back to the houses with this drawing.</source>
        <translation>ارجع إلى البيوت ومعك هذه الرسمة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Draw</source>
        <translation>ارسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw lines with the brush.</source>
        <translation>ارسم خطوطًا بالفرشاة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rubber</source>
        <translation>الممحاة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rub out what you drew.</source>
        <translation>امسح ما رسمته.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fill</source>
        <translation>التلوين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill a space with colour.</source>
        <translation>لوّن مساحة كاملة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stamps</source>
        <translation>الأختام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put a picture on your drawing.</source>
        <translation>ضع صورة على رسمتك.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Small</source>
        <translation>صغير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Big</source>
        <translation>كبير</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thin lines, small stamps.</source>
        <translation>خطوط رفيعة، وأختام صغيرة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Middle-sized lines and stamps.</source>
        <translation>خطوط وأختام متوسطة الحجم.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thick lines, big stamps.</source>
        <translation>خطوط سميكة، وأختام كبيرة.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Use this colour.</source>
        <translation>استخدم هذا اللون.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stamp this picture.</source>
        <translation>اختم هذه الصورة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take back the last thing you did.</source>
        <translation>ألغِ آخر شيء فعلته.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put back what you took back.</source>
        <translation>أرجِع ما تراجعت عنه.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start again</source>
        <translation>ابدأ من جديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the page. Undo brings your drawing back.</source>
        <translation>امسح الصفحة. زر «تراجع» يعيد رسمتك.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your drawing</source>
        <translation>رسمتك</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw with the mouse, a pen or your finger. Arrow keys move, Space draws.</source>
        <translation>ارسم بالفأرة أو بالقلم أو بإصبعك. مفاتيح الأسهم تحرّك، ومفتاح المسافة يرسم.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../voiceapp/ui/error_text.py" line="+20"/>
        <source>This file is cut short: part of it is missing. Ask for it to be sent again.</source>
        <translation>هذا الملف ناقص: جزء منه مفقود. اطلب إرساله مرة أخرى.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is not a My Voice file.</source>
        <translation>هذا ليس ملفًا من My Voice.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This file opened, but it is not something My Voice made.</source>
        <translation>فُتح هذا الملف، لكنه ليس شيئًا صنعه My Voice.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file was made for a different key, so it cannot be opened with this one.</source>
        <translation>صُنع هذا الملف لمفتاح آخر، لذلك لا يمكن فتحه بهذا المفتاح.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That passphrase is not right. Check it and try again.</source>
        <translation>عبارة المرور هذه غير صحيحة. تحقّق منها وحاول مرة أخرى.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file is damaged or was changed after it was made, so it cannot be trusted.</source>
        <translation>هذا الملف تالف أو تغيّر بعد إنشائه، لذلك لا يمكن الوثوق به.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This file was made by a newer version. Update My Voice to open it.</source>
        <translation>صُنع هذا الملف بإصدار أحدث. حدّث My Voice لفتحه.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file&apos;s passphrase protection is set too high to try on this computer.</source>
        <translation>حماية عبارة المرور في هذا الملف مضبوطة على مستوى عالٍ جدًا لا يمكن تجربته على هذا الحاسوب.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file is too large to open here as it is. Ask for it to be sent again without ASCII armor.</source>
        <translation>هذا الملف كبير جدًا لفتحه هنا كما هو. اطلب إرساله مرة أخرى دون ASCII armor.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This key is not valid. Check that it was copied completely.</source>
        <translation>هذا المفتاح غير صالح. تحقّق من أنه نُسخ كاملًا.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is not a My Voice key card, or it was changed. Ask the chair to send it again.</source>
        <translation>هذه ليست بطاقة مفتاح My Voice، أو أنها تغيّرت. اطلب من رئيس الاجتماع إرسالها مرة أخرى.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A passphrase cannot be empty.</source>
        <translation>لا يمكن أن تكون عبارة المرور فارغة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please choose a longer passphrase: at least 10 characters. A few words you will remember, like &apos;purple kettle seven&apos;, work well.</source>
        <translation>من فضلك اختر عبارة مرور أطول: 10 أحرف على الأقل. بضع كلمات ستتذكرها، مثل &apos;purple kettle seven&apos;، تفي بالغرض.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>My Voice is already open on this computer. Close the other window first.</source>
        <translation>My Voice مفتوح بالفعل على هذا الحاسوب. أغلق النافذة الأخرى أولًا.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file is not a kind My Voice can include. Choose a drawing, letter, recording, video, picture or page.</source>
        <translation>هذا النوع من الملفات لا يستطيع My Voice إضافته. اختر رسمة أو رسالة أو تسجيلًا أو فيديو أو صورة أو صفحة.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is too much to send in one file. Leave out a long video or recording and try again.</source>
        <translation>هذا أكثر من أن يُرسل في ملف واحد. اترك فيديو أو تسجيلًا طويلًا وحاول مرة أخرى.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The local settings file for this area could not be used. Ask whoever set up My Voice to check it against the example file.</source>
        <translation>تعذّر استخدام ملف الإعدادات المحلية لهذه المنطقة. اطلب ممن أعدّ My Voice أن يقارنه بالملف النموذجي.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One of the &apos;learn about my meeting&apos; pages could not be read. Ask whoever looks after My Voice to check the content files.</source>
        <translation>تعذّرت قراءة إحدى صفحات «تعرّف على اجتماعي». اطلب ممن يعتني بـ My Voice أن يتحقق من ملفات المحتوى.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No microphone was found. Plug one in or switch it on, then try again.</source>
        <translation>لم يُعثر على ميكروفون. صِله أو شغّله، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The microphone could not be started. Close other programs that may be using it, check that this computer lets My Voice use it, then try again.</source>
        <translation>تعذّر تشغيل الميكروفون. أغلق البرامج الأخرى التي قد تستخدمه، وتحقّق من أن هذا الحاسوب يسمح لـ My Voice باستخدامه، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No camera could be started. Check that one is plugged in and switched on, and close other programs that may be using it, then try again.</source>
        <translation>تعذّر تشغيل أي كاميرا. تحقّق من أن هناك كاميرا موصولة ومشغّلة، وأغلق البرامج الأخرى التي قد تستخدمها، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stopped before it finished. Nothing was changed.</source>
        <translation>توقّف قبل أن ينتهي. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>My Voice is not allowed to use that place. Choose another folder.</source>
        <translation>لا يُسمح لـ My Voice باستخدام ذلك المكان. اختر مجلدًا آخر.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That file or folder is no longer there. Is the USB stick still plugged in?</source>
        <translation>ذلك الملف أو المجلد لم يعد موجودًا. هل ما زالت ذاكرة USB موصولة؟</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file could not be read or written. Is there enough space, and is the USB stick still plugged in?</source>
        <translation>تعذّرت قراءة الملف أو كتابته. هل توجد مساحة كافية، وهل ما زالت ذاكرة USB موصولة؟</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Something went wrong, and nothing was changed. Please try again.</source>
        <translation>حدث خطأ ما، ولم يتغيّر شيء. من فضلك حاول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>FeelingsPage</name>
    <message>
        <location filename="../voiceapp/ui/feelings/feelings_page.py" line="+34"/>
        <source>Happy</source>
        <translation>سعيد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safe</source>
        <translation>آمن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Okay</source>
        <translation>بخير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worried</source>
        <translation>قلق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scared</source>
        <translation>خائف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sad</source>
        <translation>حزين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Angry</source>
        <translation>غاضب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confused</source>
        <translation>محتار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hopeful</source>
        <translation>متفائل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lonely</source>
        <translation>وحيد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A little</source>
        <translation>قليلًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quite a lot</source>
        <translation>كثيرًا نوعًا ما</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very</source>
        <translation>جدًا</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Chosen. Press again to take it away.</source>
        <translation>تم الاختيار. اضغط مرة أخرى لإزالته.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press if you feel like this</source>
        <translation>اضغط إذا كنت تشعر بهذا</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How much you feel like this</source>
        <translation>إلى أي حد تشعر بهذا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say more if you like…</source>
        <translation>قل المزيد إذا أحببت…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More about feeling %1</source>
        <translation>المزيد عن شعور %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You do not have to write anything here</source>
        <translation>لست مضطرًا لكتابة أي شيء هنا</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Helper wrote this</source>
        <translation>كتبه المساعد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your helper wrote these words for you. Press if they are your own words.</source>
        <translation>كتب مساعدك هذه الكلمات من أجلك. اضغط إذا كانت كلماتك أنت.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>My own words</source>
        <translation>كلماتي أنا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press if your helper wrote these words down for you</source>
        <translation>اضغط إذا كتب مساعدك هذه الكلمات من أجلك</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>How I feel</source>
        <translation>مشاعري</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press the faces that show how you feel. Then choose how much. You can add words.</source>
        <translation>اضغط على الوجوه التي تُظهر ما تشعر به. ثم اختر إلى أي حد. يمكنك إضافة كلمات.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Feelings</source>
        <translation>المشاعر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ten feelings, each with a face</source>
        <translation>عشرة مشاعر، لكل منها وجه</translation>
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
        <translation>قفل My Voice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your passphrase is needed to open it again.</source>
        <translation>ستحتاج إلى عبارة المرور لفتحه مرة أخرى.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Helper: leave the space</source>
        <translation>المساعد: الخروج من المساحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For the helper. Needs their PIN or passphrase.</source>
        <translation>للمساعد. يحتاج إلى رمز PIN أو عبارة المرور الخاصة به.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Well done!</source>
        <translation>أحسنت!</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A big tick</source>
        <translation>علامة صح كبيرة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thank you for sharing your views. You can look at your things again, or send them to the chair of your meeting when you are ready.</source>
        <translation>شكرًا لأنك شاركت رأيك. يمكنك أن تنظر إلى أشيائك مرة أخرى، أو ترسلها إلى رئيس اجتماعك عندما تكون مستعدًا.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Look at my things</source>
        <translation>انظر إلى أشيائي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See everything you made and who may see it.</source>
        <translation>شاهد كل ما صنعته ومن يمكنه رؤيته.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send to the chair</source>
        <translation>إرسال إلى رئيس الاجتماع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look at your things once more and send them to the chair.</source>
        <translation>انظر إلى أشيائك مرة أخرى وأرسلها إلى رئيس الاجتماع.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Go back to my space</source>
        <translation>ارجع إلى مساحتي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carry on making things.</source>
        <translation>تابع صنع الأشياء.</translation>
    </message>
</context>
<context>
    <name>FirstRunFrame</name>
    <message>
        <location filename="../voiceapp/ui/first_run_frame.py" line="+36"/>
        <location line="+1"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back to the start screen.</source>
        <translation>الرجوع إلى شاشة البداية.</translation>
    </message>
</context>
<context>
    <name>HelperHome</name>
    <message>
        <location filename="../voiceapp/ui/helper/home.py" line="+234"/>
        <source>Everything about {name} has been deleted from this laptop.</source>
        <translation>حُذف كل شيء عن {name} من هذا الحاسوب المحمول.</translation>
    </message>
</context>
<context>
    <name>HideCover</name>
    <message>
        <location filename="../voiceapp/ui/space/cover.py" line="+70"/>
        <source>Carry on</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to where you were.</source>
        <translation>ارجع إلى حيث كنت.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A picture of hills</source>
        <translation>صورة لتلال</translation>
    </message>
</context>
<context>
    <name>Homes</name>
    <message>
        <location filename="../voiceapp/ui/homes.py" line="+47"/>
        <location line="+1"/>
        <source>Lock My Voice</source>
        <translation>قفل My Voice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock now. Your passphrase is needed to open it again.</source>
        <translation>اقفل الآن. ستحتاج إلى عبارة المرور لفتحه مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>HousesPage</name>
    <message>
        <location filename="../voiceapp/ui/feelings/houses_page.py" line="+56"/>
        <source>House of good things</source>
        <translation>بيت الأشياء الجيدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>House of worries</source>
        <translation>بيت المخاوف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>House of hopes and dreams</source>
        <translation>بيت الآمال والأحلام</translation>
    </message>
    <message>
        <location line="+158"/>
        <location line="+1"/>
        <source>A drawing</source>
        <translation>رسمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written by my helper</source>
        <translation>كتبه مساعدي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take away</source>
        <translation>أخرِجه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take away: %1</source>
        <translation>أخرِج: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Takes this out of the house. Undo puts it back.</source>
        <translation>يُخرج هذا من البيت. زر «تراجع» يعيده.</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Name of this house</source>
        <translation>اسم هذا البيت</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You can give the house a new name: %1</source>
        <translation>يمكنك أن تعطي البيت اسمًا جديدًا: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing here yet.</source>
        <translation>لا شيء هنا بعد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type something to put in…</source>
        <translation>اكتب شيئًا لتضعه فيه…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New thing for %1</source>
        <translation>شيء جديد لـ %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type it, then press Put in</source>
        <translation>اكتبه، ثم اضغط «ضعه فيه»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put in</source>
        <translation>ضعه فيه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put in %1</source>
        <translation>ضعه في %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Puts your words into this house</source>
        <translation>يضع كلماتك في هذا البيت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw something</source>
        <translation>ارسم شيئًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw something for %1</source>
        <translation>ارسم شيئًا لـ %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make a drawing, then put it in this house</source>
        <translation>ارسم رسمة، ثم ضعها في هذا البيت</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Things in %1</source>
        <translation>الأشياء في %1</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>Three houses</source>
        <translation>البيوت الثلاثة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put good things, worries, hopes and dreams in the houses. You can rename them.</source>
        <translation>ضع الأشياء الجيدة والمخاوف والآمال والأحلام في البيوت. يمكنك تغيير أسمائها.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>My helper is writing for me</source>
        <translation>مساعدي يكتب من أجلي</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New things are marked as written by your helper. Press to write yourself.</source>
        <translation>الأشياء الجديدة تُعلَّم بأن مساعدك كتبها. اضغط لتكتب بنفسك.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I am writing myself</source>
        <translation>أكتب بنفسي</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Press when your helper writes down what you say</source>
        <translation>اضغط عندما يكتب مساعدك ما تقوله</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take back the last change</source>
        <translation>تراجع عن آخر تغيير</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put back what you took back</source>
        <translation>أرجِع ما تراجعت عنه</translation>
    </message>
</context>
<context>
    <name>HousesView</name>
    <message>
        <location filename="../voiceapp/ui/chair/items.py" line="+259"/>
        <source>A drawing</source>
        <translation>رسمة</translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <location line="-201"/>
        <source>Picture</source>
        <translation>صورة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make the picture bigger.</source>
        <translation>كبّر الصورة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make the picture smaller.</source>
        <translation>صغّر الصورة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit</source>
        <translation>ملاءمة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the whole picture.</source>
        <translation>اعرض الصورة كاملة.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The picture called {title}</source>
        <translation>الصورة المسمّاة {title}</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../voiceapp/ui/helper/import_page.py" line="+41"/>
        <source>My drawing on paper</source>
        <translation>رسمتي على الورق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My letter</source>
        <translation>رسالتي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My recording</source>
        <translation>تسجيلي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My video</source>
        <translation>الفيديو الخاص بي</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Choose something made elsewhere</source>
        <translation>اختيار شيء صُنع في مكان آخر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictures, letters, recordings and videos (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.tif *.tiff *.txt *.ogg *.opus *.oga *.mp3 *.m4a *.wav *.aac *.flac *.webm *.mp4 *.mov *.mkv *.avi *.3gp);;All files (*)</source>
        <translation>صور ورسائل وتسجيلات وفيديوهات (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.tif *.tiff *.txt *.ogg *.opus *.oga *.mp3 *.m4a *.wav *.aac *.flac *.webm *.mp4 *.mov *.mkv *.avi *.3gp);;كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Add something made elsewhere</source>
        <translation>إضافة شيء صُنع في مكان آخر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a file: a photo of a drawing on paper, a letter typed on another computer, a voice recording or a video. My Voice checks it, removes hidden details such as where a photo was taken, and keeps it locked with {name}&apos;s things.</source>
        <translation>اختر ملفًا: صورة لرسمة على الورق، أو رسالة كُتبت على حاسوب آخر، أو تسجيلًا صوتيًا، أو فيديو. يتحقق My Voice منه، ويزيل التفاصيل المخفية مثل مكان التقاط الصورة، ويحفظه مقفلًا مع أشياء {name}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking {file} and making it ready...</source>
        <translation>جارٍ التحقق من {file} وتجهيزه...</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>What is it called?</source>
        <translation>ما اسمه؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A title the chair will see, in {name}&apos;s words if they like.</source>
        <translation>عنوان سيراه رئيس الاجتماع، بكلمات {name} إن أحب.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who may see it? Ask {name}.</source>
        <translation>من يمكنه رؤيته؟ اسأل {name}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Everyone at the meeting</source>
        <translation>كل من في الاجتماع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the chair</source>
        <translation>رئيس الاجتماع فقط</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whose words are they?</source>
        <translation>كلمات مَن هذه؟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}&apos;s own</source>
        <translation>كلمات {name} نفسه</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Written down by a helper</source>
        <translation>كتبه مساعد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back to {name}&apos;s page</source>
        <translation>الرجوع إلى صفحة {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back without adding anything.</source>
        <translation>الرجوع دون إضافة أي شيء.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a file...</source>
        <translation>اختيار ملف...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens a window to pick the file.</source>
        <translation>يفتح نافذة لاختيار الملف.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a different file</source>
        <translation>اختيار ملف آخر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave this one out and pick another.</source>
        <translation>اترك هذا الملف واختر غيره.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop checking this file. Nothing is added.</source>
        <translation>أوقف التحقق من هذا الملف. لن يُضاف شيء.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add to {name}&apos;s things</source>
        <translation>إضافة إلى أشياء {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keeps it, locked, with {name}&apos;s things.</source>
        <translation>يحفظه مقفلًا مع أشياء {name}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How far the checking has got</source>
        <translation>مدى تقدّم التحقق</translation>
    </message>
</context>
<context>
    <name>InUsePage</name>
    <message>
        <location filename="../voiceapp/ui/profile/in_use_page.py" line="+35"/>
        <location line="+14"/>
        <source>My Voice cannot open yet</source>
        <translation>لا يمكن فتح My Voice بعد</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+1"/>
        <source>Try again</source>
        <translation>حاول مرة أخرى</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try to open My Voice again, after closing the other window.</source>
        <translation>حاول فتح My Voice مرة أخرى، بعد إغلاق النافذة الأخرى.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Close My Voice</source>
        <translation>إغلاق My Voice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close this window.</source>
        <translation>أغلق هذه النافذة.</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <location filename="../voiceapp/ui/chair/inbox.py" line="+43"/>
        <source>Inbox</source>
        <translation>صندوق الوارد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose inbox folder…</source>
        <translation>اختيار مجلد الوارد…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the folder where you save files that young people send you.</source>
        <translation>اختر المجلد الذي تحفظ فيه الملفات التي يرسلها إليك الشباب.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the .voice files you receive (for example e-mail attachments) into this folder. New files appear here by themselves.</source>
        <translation>احفظ ملفات ‎.voice التي تصلك (مثل مرفقات البريد الإلكتروني) في هذا المجلد. تظهر الملفات الجديدة هنا تلقائيًا.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conference</source>
        <translation>المؤتمر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen name</source>
        <translation>الاسم المختار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>تاريخ الاستلام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Files in the inbox</source>
        <translation>الملفات في صندوق الوارد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press Enter or double-click to open the chosen file.</source>
        <translation>اضغط Enter أو انقر نقرًا مزدوجًا لفتح الملف المحدد.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the chosen file.</source>
        <translation>افتح الملف المحدد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open file…</source>
        <translation>فتح ملف…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open a .voice file from anywhere on this computer.</source>
        <translation>افتح ملف ‎.voice من أي مكان على هذا الحاسوب.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Look again</source>
        <translation>البحث مرة أخرى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Look in the inbox folder for new files.</source>
        <translation>ابحث في مجلد الوارد عن ملفات جديدة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You can also drag a .voice file onto this window to open it.</source>
        <translation>يمكنك أيضًا سحب ملف ‎.voice إلى هذه النافذة لفتحه.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choose your inbox folder</source>
        <translation>اختر مجلد الوارد</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Inbox folder: %1</source>
        <translation>مجلد الوارد: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No inbox folder chosen yet.</source>
        <translation>لم يُختر مجلد للوارد بعد.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose the folder where you save files from e-mails, or open a file.</source>
        <translation>اختر المجلد الذي تحفظ فيه الملفات من رسائل البريد الإلكتروني، أو افتح ملفًا.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opened</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>There are no .voice files in the inbox folder yet.</source>
        <translation>لا توجد ملفات ‎.voice في مجلد الوارد بعد.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Open a file from a young person</source>
        <translation>فتح ملف من شاب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My Voice files (*.voice);;All files (*)</source>
        <translation>ملفات My Voice ‏(*.voice);;كل الملفات (*)</translation>
    </message>
</context>
<context>
    <name>ItemCard</name>
    <message>
        <location filename="../voiceapp/ui/helper/items_view.py" line="+44"/>
        <source>Preview of {title}</source>
        <translation>معاينة {title}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Change to: only the chair</source>
        <translation>التغيير إلى: رئيس الاجتماع فقط</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change to: everyone</source>
        <translation>التغيير إلى: الجميع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change who may see {title}</source>
        <translation>تغيير من يمكنه رؤية {title}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove {title}</source>
        <translation>إزالة {title}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deletes this thing from the laptop, after asking you.</source>
        <translation>يحذف هذا الشيء من الحاسوب المحمول، بعد سؤالك.</translation>
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
        <translation>جارٍ الفتح…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>I have read, seen or heard this</source>
        <translation>قرأت هذا أو شاهدته أو سمعته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as read</source>
        <translation>تعليم كمقروء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A mark for you: kept locked in My Voice, never in a summary.</source>
        <translation>علامة لك: محفوظة مقفلة في My Voice، ولا تظهر أبدًا في أي ملخص.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shared at the meeting</source>
        <translation>تمت مشاركته في الاجتماع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as shared at the meeting</source>
        <translation>تعليم كمُشارَك في الاجتماع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows in the complete summary which things the meeting saw or heard.</source>
        <translation>يبيّن في الملخص الكامل الأشياء التي رآها الاجتماع أو سمعها.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My private notes on this (kept locked in My Voice, never in a summary)</source>
        <translation>ملاحظاتي الخاصة عن هذا (تبقى مقفلة في My Voice، ولا تظهر أبدًا في أي ملخص)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>My private notes</source>
        <translation>ملاحظاتي الخاصة</translation>
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
        <translation>فتح بطاقة مفتاح رئيس الاجتماع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My Voice key cards (*.voicekey);;All files (*)</source>
        <translation>بطاقات مفتاح My Voice ‏(*.voicekey);;كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>That key card was not used. Ask the chair to send their key card again, then check the letters together.</source>
        <translation>لم تُستخدم بطاقة المفتاح تلك. اطلب من رئيس الاجتماع أن يرسل بطاقة مفتاحه مرة أخرى، ثم تحقّقوا من الحروف معًا.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The chair&apos;s key card</source>
        <translation>بطاقة مفتاح رئيس الاجتماع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The conference chair shares a small key card file (it ends in .voicekey). With it, {name}&apos;s things are locked so that only the chair can open them. Open the file, or paste its text below.</source>
        <translation>يشارك رئيس الاجتماع ملفًا صغيرًا لبطاقة المفتاح (ينتهي بـ ‎.voicekey). به تُقفل أشياء {name} بحيث لا يفتحها إلا رئيس الاجتماع. افتح الملف، أو الصق نصه أدناه.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Or paste the key card text here</source>
        <translation>أو الصق نص بطاقة المفتاح هنا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key card text</source>
        <translation>نص بطاقة المفتاح</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste the whole key card, from &apos;My Voice key card&apos; to the fingerprint.</source>
        <translation>الصق بطاقة المفتاح كاملة، من &apos;My Voice key card&apos; إلى البصمة.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Phone the chair and ask them to read out their fingerprint. Do the letters match the ones below?</source>
        <translation>اتصل برئيس الاجتماع واطلب منه أن يقرأ بصمته بصوت عالٍ. هل تطابق الحروفُ الحروفَ أدناه؟</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fingerprint</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fingerprint: {letters}</source>
        <translation>البصمة: {letters}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is an older kind of key. It works, but ask the chair whether they have a newer key card.</source>
        <translation>هذا نوع أقدم من المفاتيح. إنه يعمل، لكن اسأل رئيس الاجتماع إن كانت لديه بطاقة مفتاح أحدث.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Back to {name}&apos;s page</source>
        <translation>الرجوع إلى صفحة {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go back without changing the key card.</source>
        <translation>الرجوع دون تغيير بطاقة المفتاح.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a key card file...</source>
        <translation>فتح ملف بطاقة مفتاح...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens a window to pick the .voicekey file.</source>
        <translation>يفتح نافذة لاختيار ملف ‎.voicekey.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check the pasted text</source>
        <translation>التحقق من النص الملصق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks the text and shows the chair&apos;s name and fingerprint.</source>
        <translation>يتحقق من النص ويعرض اسم رئيس الاجتماع وبصمته.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No, they are different</source>
        <translation>لا، إنها مختلفة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not use this key card.</source>
        <translation>لا تستخدم بطاقة المفتاح هذه.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yes, they match: use it</source>
        <translation>نعم، إنها متطابقة: استخدمها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this key card to send {name}&apos;s things.</source>
        <translation>استخدم بطاقة المفتاح هذه لإرسال أشياء {name}.</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <location filename="../voiceapp/ui/chair/keypage.py" line="+42"/>
        <source>My key</source>
        <translation>مفتاحي</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send your key card to the helpers (social workers and advocates) who help young people get ready for your conferences. When a helper brings it into My Voice, read the fingerprint to each other over the phone: if the letters match, the card really is yours.</source>
        <translation>أرسل بطاقة مفتاحك إلى المساعدين (الأخصائيين الاجتماعيين والمدافعين) الذين يساعدون الشباب على الاستعداد لمؤتمراتك. عندما يُحضرها مساعد إلى My Voice، اقرؤوا البصمة لبعضكم عبر الهاتف: إذا تطابقت الحروف، فالبطاقة لك فعلًا.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your name, as helpers know you</source>
        <translation>اسمك، كما يعرفك المساعدون</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your organisation</source>
        <translation>مؤسستك</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fingerprint</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The key card as text</source>
        <translation>بطاقة المفتاح كنص</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save key card…</source>
        <translation>حفظ بطاقة المفتاح…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the key card as a file to send to helpers.</source>
        <translation>احفظ بطاقة المفتاح كملف لإرساله إلى المساعدين.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print key card…</source>
        <translation>طباعة بطاقة المفتاح…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print the key card, fingerprint in large letters.</source>
        <translation>اطبع بطاقة المفتاح، مع البصمة بحروف كبيرة.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back up your key</source>
        <translation>نسخ مفتاحك احتياطيًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If this key is lost (a broken or replaced computer, a forgotten passphrase), the young people&apos;s views sent to it can never be opened, by anyone. Not even My Voice can get them back.</source>
        <translation>إذا فُقد هذا المفتاح (حاسوب معطّل أو مُستبدَل، أو عبارة مرور منسية)، فلن يتمكن أحد أبدًا من فتح آراء الشباب المرسلة إليه. ولا حتى My Voice يستطيع استرجاعها.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A backup is locked with a recovery passphrase. Choose one different from your everyday passphrase, keep it apart from the backup, and keep the backup away from this computer.</source>
        <translation>تُقفل النسخة الاحتياطية بعبارة مرور للاسترداد. اختر عبارة مختلفة عن عبارة مرورك اليومية، واحفظها بعيدًا عن النسخة الاحتياطية، واحفظ النسخة الاحتياطية بعيدًا عن هذا الحاسوب.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a recovery passphrase</source>
        <translation>اختر عبارة مرور للاسترداد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the recovery passphrase again</source>
        <translation>اكتب عبارة مرور الاسترداد مرة أخرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least 10 characters, and not the same as your everyday passphrase.</source>
        <translation>10 أحرف على الأقل، وليست مثل عبارة مرورك اليومية.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a backup…</source>
        <translation>حفظ نسخة احتياطية…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose where to save the backup of your key.</source>
        <translation>اختر أين تحفظ النسخة الاحتياطية لمفتاحك.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Conference chair</source>
        <translation>رئيس الاجتماع</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Names must be one short line of plain text.</source>
        <translation>يجب أن تكون الأسماء سطرًا قصيرًا واحدًا من نص عادي.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fingerprint: %1</source>
        <translation>البصمة: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standard key (post-quantum)</source>
        <translation>مفتاح قياسي (مقاوم للحوسبة الكمومية)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compatibility key (X25519): also opens with older age tools</source>
        <translation>مفتاح توافق (X25519): يُفتح أيضًا بأدوات age الأقدم</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save your key card</source>
        <translation>احفظ بطاقة مفتاحك</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key cards (*.voicekey)</source>
        <translation>بطاقات المفتاح (*.voicekey)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Key card saved: %1</source>
        <translation>حُفظت بطاقة المفتاح: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save the backup of your key</source>
        <translation>احفظ النسخة الاحتياطية لمفتاحك</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key backups (*.age)</source>
        <translation>نسخ المفتاح الاحتياطية (*.age)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saving the backup…</source>
        <translation>جارٍ حفظ النسخة الاحتياطية…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backup saved: %1. Keep it, and its recovery passphrase, safe.</source>
        <translation>حُفظت النسخة الاحتياطية: %1. احفظها هي وعبارة مرور الاسترداد الخاصة بها في مكان آمن.</translation>
    </message>
</context>
<context>
    <name>LearnContents</name>
    <message>
        <location filename="../voiceapp/ui/learn/contents.py" line="+63"/>
        <source>Open page {number}.</source>
        <translation>افتح الصفحة {number}.</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Learn about my meeting</source>
        <translation>تعرّف على اجتماعي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a page to read. You can read them in any order.</source>
        <translation>اختر صفحة لتقرأها. يمكنك قراءتها بأي ترتيب.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Read to me</source>
        <translation>اقرأ لي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the names of the pages out loud.</source>
        <translation>اقرأ أسماء الصفحات بصوت عالٍ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop reading out loud.</source>
        <translation>توقّف عن القراءة بصوت عالٍ.</translation>
    </message>
</context>
<context>
    <name>LearnPage</name>
    <message>
        <location filename="../voiceapp/ui/learn/page_view.py" line="+286"/>
        <source>Easier words</source>
        <translation>كلمات أسهل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this page in shorter, easier sentences.</source>
        <translation>اعرض هذه الصفحة بجمل أقصر وأسهل.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>More detail</source>
        <translation>تفاصيل أكثر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this page with more to read about it.</source>
        <translation>اعرض هذه الصفحة مع المزيد لتقرأه عنها.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Page {number} of {count}</source>
        <translation>الصفحة {number} من {count}</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+21"/>
        <source>All pages</source>
        <translation>كل الصفحات</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>That was the last page. Go back to the list of pages.</source>
        <translation>كانت هذه الصفحة الأخيرة. ارجع إلى قائمة الصفحات.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next →</source>
        <translation>التالي ←‏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the next page.</source>
        <translation>اذهب إلى الصفحة التالية.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Go back to the list of pages.</source>
        <translation>ارجع إلى قائمة الصفحات.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read to me</source>
        <translation>اقرأ لي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read this page out loud.</source>
        <translation>اقرأ هذه الصفحة بصوت عالٍ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop reading out loud.</source>
        <translation>توقّف عن القراءة بصوت عالٍ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>← Back</source>
        <translation>‏→ السابق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the page before this one.</source>
        <translation>اذهب إلى الصفحة التي قبل هذه.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The page</source>
        <translation>الصفحة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The words and pictures of this page. Use the arrow keys to scroll.</source>
        <translation>كلمات هذه الصفحة وصورها. استخدم مفاتيح الأسهم للتمرير.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Learn about my meeting</source>
        <translation>تعرّف على اجتماعي</translation>
    </message>
</context>
<context>
    <name>LeaveGate</name>
    <message>
        <location filename="../voiceapp/ui/helper/space.py" line="+123"/>
        <source>That is not right.</source>
        <translation>هذا غير صحيح.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please use the helper&apos;s passphrase.</source>
        <translation>من فضلك استخدم عبارة مرور المساعد.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only your helper can leave</source>
        <translation>مساعدك فقط يستطيع الخروج</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Helper: type your PIN or your passphrase.</source>
        <translation>المساعد: اكتب رمز PIN أو عبارة المرور.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Helper: type your passphrase.</source>
        <translation>المساعد: اكتب عبارة المرور.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Helper&apos;s PIN or passphrase</source>
        <translation>رمز PIN أو عبارة مرور المساعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the helper knows it.</source>
        <translation>المساعد وحده يعرفها.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking...</source>
        <translation>جارٍ التحقق...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stay in the space</source>
        <translation>البقاء في المساحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to the space.</source>
        <translation>ارجع إلى المساحة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check and leave the space.</source>
        <translation>تحقّق واخرج من المساحة.</translation>
    </message>
</context>
<context>
    <name>LetterEditor</name>
    <message>
        <location filename="../voiceapp/ui/write/editor.py" line="+31"/>
        <source>What is going well</source>
        <translation>ما يسير بشكل جيد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What worries me</source>
        <translation>ما يقلقني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What I wish would happen</source>
        <translation>ما أتمنى أن يحدث</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What I want the meeting to know</source>
        <translation>ما أريد أن يعرفه الاجتماع</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>There are no words yet. Type something and I will read it back.</source>
        <translation>لا توجد كلمات بعد. اكتب شيئًا وسأقرؤه لك.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+68"/>
        <source>My letter</source>
        <translation>رسالتي</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Write what you want the meeting to know, in your own words. It saves by itself.</source>
        <translation>اكتب ما تريد أن يعرفه الاجتماع، بكلماتك أنت. يُحفظ تلقائيًا.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Need an idea? Pick a start:</source>
        <translation>تحتاج إلى فكرة؟ اختر بداية:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Adds this as a heading in your letter. You can keep it or delete it.</source>
        <translation>يضيف هذا كعنوان في رسالتك. يمكنك إبقاؤه أو حذفه.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A-</source>
        <translation>A-</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the writing smaller</source>
        <translation>صغّر الكتابة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the writing bigger</source>
        <translation>كبّر الكتابة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take back the last change</source>
        <translation>تراجع عن آخر تغيير</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put back what you took back</source>
        <translation>أرجِع ما تراجعت عنه</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Smaller writing</source>
        <translation>كتابة أصغر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bigger writing</source>
        <translation>كتابة أكبر</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop reading</source>
        <translation>أوقف القراءة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop reading aloud</source>
        <translation>أوقف القراءة بصوت عالٍ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read it back to me</source>
        <translation>اقرأها لي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reads your letter aloud</source>
        <translation>يقرأ رسالتك بصوت عالٍ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type your letter here</source>
        <translation>اكتب رسالتك هنا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start typing here…</source>
        <translation>ابدأ الكتابة هنا…</translation>
    </message>
</context>
<context>
    <name>LetterView</name>
    <message>
        <location filename="../voiceapp/ui/chair/items.py" line="+54"/>
        <source>Letter</source>
        <translation>رسالة</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <location filename="../voiceapp/ui/record/meter.py" line="+66"/>
        <source>Sound level</source>
        <translation>مستوى الصوت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How loud the microphone hears you. It moves when you talk.</source>
        <translation>مدى قوة صوتك كما يسمعه الميكروفون. يتحرك عندما تتكلم.</translation>
    </message>
</context>
<context>
    <name>ListenPage</name>
    <message>
        <location filename="../voiceapp/ui/space/recording.py" line="+105"/>
        <source>Press Play to listen again. In My things you can choose who hears it.</source>
        <translation>اضغط «تشغيل» لتستمع مرة أخرى. في «أشيائي» يمكنك أن تختار من يسمعه.</translation>
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
        <translation>صورة الفيديو</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+88"/>
        <source>Play</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Play or pause.</source>
        <translation>تشغيل أو إيقاف مؤقت.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back 10 s</source>
        <translation>رجوع 10 ث</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go back ten seconds.</source>
        <translation>ارجع عشر ثوانٍ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On 10 s</source>
        <translation>تقدّم 10 ث</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go on ten seconds.</source>
        <translation>تقدّم عشر ثوانٍ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Position</source>
        <translation>الموضع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the playing is. Arrow keys move it.</source>
        <translation>أين وصل التشغيل. مفاتيح الأسهم تحرّكه.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
</context>
<context>
    <name>MemoryPlayer</name>
    <message>
        <location filename="../voiceapp/ui/record/playback.py" line="+201"/>
        <source>{position} of {length}</source>
        <translation>{position} من {length}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop playing for now.</source>
        <translation>أوقف التشغيل الآن.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listen from where it is up to.</source>
        <translation>استمع من حيث وصلت.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Player</source>
        <translation>المشغّل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where it is up to</source>
        <translation>أين وصلت</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The arrow keys go back or on by one second.</source>
        <translation>مفاتيح الأسهم ترجع أو تتقدّم ثانية واحدة.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Video picture</source>
        <translation>صورة الفيديو</translation>
    </message>
</context>
<context>
    <name>MicrophonePicker</name>
    <message>
        <location filename="../voiceapp/ui/record/microphones.py" line="+57"/>
        <source>Looking for microphones…</source>
        <translation>جارٍ البحث عن ميكروفونات…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Microphone</source>
        <translation>الميكروفون</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose which microphone to use. The usual one is chosen.</source>
        <translation>اختر الميكروفون الذي تريد استخدامه. الميكروفون المعتاد مختار.</translation>
    </message>
</context>
<context>
    <name>MyThings</name>
    <message>
        <location filename="../voiceapp/ui/space/things.py" line="+164"/>
        <source>Who may see it?</source>
        <translation>من يمكنه رؤيته؟</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everyone at the meeting</source>
        <translation>كل من في الاجتماع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone at the meeting may see {title}.</source>
        <translation>يمكن لكل من في الاجتماع رؤية {title}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only the chair</source>
        <translation>رئيس الاجتماع فقط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the chair may see {title}.</source>
        <translation>رئيس الاجتماع وحده يمكنه رؤية {title}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look at {title} again, or change it.</source>
        <translation>انظر إلى {title} مرة أخرى، أو غيّره.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name it</source>
        <translation>سمِّه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give {title} a new name.</source>
        <translation>أعطِ {title} اسمًا جديدًا.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Takes {title} away. You can undo this.</source>
        <translation>يُزيل {title}. يمكنك التراجع عن هذا.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the name</source>
        <translation>احفظ الاسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this new name.</source>
        <translation>احتفظ بهذا الاسم الجديد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the old name.</source>
        <translation>احتفظ بالاسم القديم.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new name for {title}</source>
        <translation>اسم جديد لـ {title}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Picture of {title}</source>
        <translation>صورة {title}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{kind}: {title}</source>
        <translation>{kind}: {title}</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>My things</source>
        <translation>أشيائي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything you made is here. For each one, choose who at the meeting may see it.</source>
        <translation>كل ما صنعته موجود هنا. لكل شيء، اختر من في الاجتماع يمكنه رؤيته.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing here yet. Go back to My space to make something.</source>
        <translation>لا شيء هنا بعد. ارجع إلى «مساحتي» لتصنع شيئًا.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You deleted {title}.</source>
        <translation>لقد حذفت {title}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring back the last thing you deleted.</source>
        <translation>أرجِع آخر شيء حذفته.</translation>
    </message>
</context>
<context>
    <name>NotReadyPage</name>
    <message>
        <location filename="../voiceapp/ui/not_ready_page.py" line="+53"/>
        <source>This part of My Voice is not ready yet. We are building it now.</source>
        <translation>هذا الجزء من My Voice ليس جاهزًا بعد. نحن نبنيه الآن.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back to the start screen.</source>
        <translation>الرجوع إلى شاشة البداية.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not ready yet</source>
        <translation>ليس جاهزًا بعد</translation>
    </message>
</context>
<context>
    <name>PicturePage</name>
    <message>
        <location filename="../voiceapp/ui/space/picture_page.py" line="+46"/>
        <source>A picture you made. Your helper added it.</source>
        <translation>صورة صنعتها. أضافها مساعدك.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Picture: {title}</source>
        <translation>صورة: {title}</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <location filename="../voiceapp/ui/learn/read_aloud.py" line="+26"/>
        <source>Sorry, this computer has no reading voice for your language. You can ask a grown-up to read it with you.</source>
        <translation>عذرًا، لا يوجد على هذا الحاسوب صوت يقرأ بلغتك. يمكنك أن تطلب من شخص كبير أن يقرأها معك.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sorry, reading aloud is not working on this computer right now. You can ask a grown-up to read it with you.</source>
        <translation>عذرًا، القراءة بصوت عالٍ لا تعمل على هذا الحاسوب الآن. يمكنك أن تطلب من شخص كبير أن يقرأها معك.</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <location filename="../voiceapp/ui/helper/receipt.py" line="+79"/>
        <source>{date} at {time}</source>
        <translation>{date} الساعة {time}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>My Voice: what was sent to the chair</source>
        <translation>My Voice: ما أُرسل إلى رئيس الاجتماع</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}&apos;s things were sent on {when}.</source>
        <translation>أُرسلت أشياء {name} في {when}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reference {reference}</source>
        <translation>المرجع {reference}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>For the chair: {chair}, {organisation}.</source>
        <translation>إلى رئيس الاجتماع: {chair}، {organisation}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only the key with this fingerprint can open it: {fingerprint}</source>
        <translation>لا يفتحه إلا المفتاح الذي له هذه البصمة: {fingerprint}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved as {file} in {folder}</source>
        <translation>حُفظ باسم {file} في {folder}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What was sent (1 thing)</source>
        <translation>ما أُرسل (شيء واحد)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was sent ({count} things)</source>
        <translation>ما أُرسل (عدد الأشياء: {count})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{n}. “{title}”: {kind}. {audience}. {words}.</source>
        <translation>{n}. “{title}”: {kind}. {audience}. {words}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Receipt made by My Voice on {date}. The file itself is locked: only the chair&apos;s key can open it.</source>
        <translation>إيصال أنشأه My Voice في {date}. الملف نفسه مقفل: لا يفتحه إلا مفتاح رئيس الاجتماع.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>My Voice receipt</source>
        <translation>إيصال My Voice</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <location filename="../voiceapp/ui/helper/receipt_page.py" line="+33"/>
        <source>Receipt</source>
        <translation>الإيصال</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to {name}&apos;s page</source>
        <translation>الرجوع إلى صفحة {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Go back to the young person&apos;s page.</source>
        <translation>الرجوع إلى صفحة الشاب.</translation>
    </message>
</context>
<context>
    <name>ReceiptView</name>
    <message>
        <location filename="../voiceapp/ui/helper/receipt_view.py" line="+79"/>
        <source>Save the receipt</source>
        <translation>حفظ الإيصال</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Print...</source>
        <translation>طباعة...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the receipt on paper.</source>
        <translation>اطبع الإيصال على ورق.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save as PDF...</source>
        <translation>حفظ بصيغة PDF...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the receipt as a PDF file where you choose.</source>
        <translation>احفظ الإيصال كملف PDF في المكان الذي تختاره.</translation>
    </message>
</context>
<context>
    <name>RecordTake</name>
    <message>
        <location filename="../voiceapp/ui/record/take.py" line="+245"/>
        <source>Carry on</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carry on recording from here.</source>
        <translation>تابع التسجيل من هنا.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop for a moment. Nothing is recorded while paused.</source>
        <translation>توقّف لحظة. لا يُسجَّل شيء أثناء الإيقاف المؤقت.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Recording. Say what you want the meeting to hear.</source>
        <translation>جارٍ التسجيل. قل ما تريد أن يسمعه الاجتماع.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paused. Nothing is being recorded. Press Carry on when you are ready.</source>
        <translation>متوقف مؤقتًا. لا يُسجَّل شيء. اضغط «متابعة» عندما تكون مستعدًا.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Finishing off…</source>
        <translation>جارٍ الإنهاء…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was recorded that time. Press Record to try again.</source>
        <translation>لم يُسجَّل شيء هذه المرة. اضغط «تسجيل» لتحاول مرة أخرى.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Time recorded: {time}</source>
        <translation>الوقت المسجَّل: {time}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nearly at the end: {time} left. You can finish what you are saying.</source>
        <translation>اقتربت من النهاية: بقي {time}. يمكنك إنهاء ما تقوله.</translation>
    </message>
</context>
<context>
    <name>RecoveryOffer</name>
    <message>
        <location filename="../voiceapp/ui/record/recovery.py" line="+241"/>
        <source>We found a recording from {when} that did not finish, but it could not be put back together.</source>
        <translation>وجدنا تسجيلًا من {when} لم يكتمل، لكن تعذّر تجميعه من جديد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>We found a recording from {when} that was not kept or thrown away yet.</source>
        <translation>وجدنا تسجيلًا من {when} لم يُحتفظ به ولم يُتخلَّص منه بعد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>We found a recording from {when} that did not finish.</source>
        <translation>وجدنا تسجيلًا من {when} لم يكتمل.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It is {length} long. You can listen to it first.</source>
        <translation>مدته {length}. يمكنك الاستماع إليه أولًا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Getting it ready…</source>
        <translation>جارٍ تجهيزه…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Throw this recording away? It cannot be got back afterwards.</source>
        <translation>هل تريد التخلص من هذا التسجيل؟ لا يمكن استرجاعه بعد ذلك.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yes, throw it away</source>
        <translation>نعم، تخلّص منه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recording is deleted.</source>
        <translation>حُذف التسجيل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, not yet</source>
        <translation>لا، ليس بعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to the recording.</source>
        <translation>ارجع إلى التسجيل.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>A recording that did not finish</source>
        <translation>تسجيل لم يكتمل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep it</source>
        <translation>احتفظ به</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this recording with your things.</source>
        <translation>احتفظ بهذا التسجيل مع أشيائك.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Throw it away</source>
        <translation>تخلّص منه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this recording. You will be asked first.</source>
        <translation>احذف هذا التسجيل. ستُسأل أولًا.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Decide later</source>
        <translation>قرّر لاحقًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave it for now. It will be offered again next time.</source>
        <translation>اتركه الآن. سيُعرض عليك مرة أخرى في المرة القادمة.</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <location filename="../voiceapp/ui/profile/secret_field.py" line="+61"/>
        <source>Hide</source>
        <translation>إخفاء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show</source>
        <translation>إظهار</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide what I typed</source>
        <translation>إخفاء ما كتبته</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show what I typed</source>
        <translation>إظهار ما كتبته</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shows or hides the letters in the box next to it.</source>
        <translation>يُظهر الحروف في المربع المجاور أو يخفيها.</translation>
    </message>
</context>
<context>
    <name>SendFlow</name>
    <message>
        <location filename="../voiceapp/ui/helper/send_flow.py" line="+199"/>
        <source>Where should it be saved? Choose a USB stick or a folder</source>
        <translation>أين يجب حفظه؟ اختر ذاكرة USB أو مجلدًا</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Sent</source>
        <translation>أُرسل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A last look</source>
        <translation>نظرة أخيرة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send {name}&apos;s things to the chair</source>
        <translation>إرسال أشياء {name} إلى رئيس الاجتماع</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Look at each thing together with {name}. Under each one it says who may see it at the meeting, and whose words they are.</source>
        <translation>انظر إلى كل شيء مع {name}. تحت كل شيء مكتوب من يمكنه رؤيته في الاجتماع، وكلمات مَن هي.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no key card from the chair yet, so nothing can be sent. Add the chair&apos;s key card first.</source>
        <translation>لا توجد بطاقة مفتاح من رئيس الاجتماع بعد، لذلك لا يمكن إرسال شيء. أضف بطاقة مفتاح رئيس الاجتماع أولًا.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your helper needs to add the chair&apos;s key card before anything can be sent.</source>
        <translation>يجب أن يضيف مساعدك بطاقة مفتاح رئيس الاجتماع قبل إرسال أي شيء.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is nothing to send yet. Make or add something first.</source>
        <translation>لا يوجد شيء لإرساله بعد. اصنع شيئًا أو أضفه أولًا.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>1 thing will be locked so that only this chair can open it:</source>
        <translation>سيُقفل شيء واحد بحيث لا يفتحه إلا رئيس الاجتماع هذا:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} things will be locked so that only this chair can open them:</source>
        <translation>ستُقفل الأشياء (عددها {count}) بحيث لا يفتحها إلا رئيس الاجتماع هذا:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>• {title}: {audience}</source>
        <translation>• {title}: {audience}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{chair}, {organisation}</source>
        <translation>{chair}، {organisation}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fingerprint: {letters}</source>
        <translation>البصمة: {letters}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next, choose where to save it: a USB stick or a folder. The file gets a name that says nothing about {name}.</source>
        <translation>بعد ذلك، اختر أين تحفظه: ذاكرة USB أو مجلد. يحصل الملف على اسم لا يقول شيئًا عن {name}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Locking and saving {name}&apos;s things. You can keep using My Voice.</source>
        <translation>جارٍ قفل أشياء {name} وحفظها. يمكنك متابعة استخدام My Voice.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How far the saving has got</source>
        <translation>مدى تقدّم الحفظ</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+17"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Go back without sending.</source>
        <translation>الرجوع دون إرسال.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add the chair&apos;s key card</source>
        <translation>إضافة بطاقة مفتاح رئيس الاجتماع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open or paste the key card the chair sent you.</source>
        <translation>افتح بطاقة المفتاح التي أرسلها إليك رئيس الاجتماع أو الصقها.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next: a last look</source>
        <translation>التالي: نظرة أخيرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See who it goes to before it is saved.</source>
        <translation>شاهد إلى مَن سيذهب قبل حفظه.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Look at the things again.</source>
        <translation>انظر إلى الأشياء مرة أخرى.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose where to save, and send</source>
        <translation>اختر مكان الحفظ، وأرسل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a USB stick or a folder; saving starts straight away.</source>
        <translation>اختر ذاكرة USB أو مجلدًا؛ يبدأ الحفظ فورًا.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop saving. Nothing is left half-written.</source>
        <translation>أوقف الحفظ. لن يبقى شيء مكتوبًا نصفه.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete {name}&apos;s things now</source>
        <translation>حذف أشياء {name} الآن</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deletes everything about them from this laptop, after asking you.</source>
        <translation>يحذف كل شيء عنه من هذا الحاسوب المحمول، بعد سؤالك.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish and go back.</source>
        <translation>أنهِ وارجع.</translation>
    </message>
</context>
<context>
    <name>SpaceBar</name>
    <message>
        <location filename="../voiceapp/ui/space/bar.py" line="+78"/>
        <source>My space</source>
        <translation>مساحتي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to the choices.</source>
        <translation>ارجع إلى الخيارات.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop reading</source>
        <translation>أوقف القراءة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read to me</source>
        <translation>اقرأ لي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reads the words on this page out loud.</source>
        <translation>يقرأ الكلمات في هذه الصفحة بصوت عالٍ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hide</source>
        <translation>إخفاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Covers the screen straight away. The Escape key does it too.</source>
        <translation>يغطي الشاشة فورًا. مفتاح Escape يفعل ذلك أيضًا.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I need a break</source>
        <translation>أحتاج إلى استراحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything is kept safe while you rest.</source>
        <translation>كل شيء محفوظ بأمان وأنت تستريح.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I&apos;m finished</source>
        <translation>انتهيت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saves everything and stops for now.</source>
        <translation>يحفظ كل شيء ويتوقف الآن.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The words being read out loud.</source>
        <translation>الكلمات التي تُقرأ بصوت عالٍ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Always here</source>
        <translation>موجود هنا دائمًا</translation>
    </message>
</context>
<context>
    <name>SpaceMenu</name>
    <message>
        <location filename="../voiceapp/ui/space/menu.py" line="+23"/>
        <source>Learn about my meeting</source>
        <translation>تعرّف على اجتماعي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What a conference is, and who will be there.</source>
        <translation>ما هو المؤتمر، ومن سيكون هناك.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draw</source>
        <translation>ارسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a picture with colours and stamps.</source>
        <translation>اصنع صورة بالألوان والأختام.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write</source>
        <translation>اكتب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a letter to your meeting.</source>
        <translation>اكتب رسالة إلى اجتماعك.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record my voice</source>
        <translation>سجّل صوتي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say it out loud.</source>
        <translation>قل ذلك بصوت عالٍ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record a video</source>
        <translation>سجّل فيديو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say it to the camera.</source>
        <translation>قل ذلك أمام الكاميرا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How I feel</source>
        <translation>مشاعري</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the faces that show how you feel.</source>
        <translation>اختر الوجوه التي تُظهر ما تشعر به.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Three houses</source>
        <translation>البيوت الثلاثة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good things, worries, and hopes and dreams.</source>
        <translation>الأشياء الجيدة، والمخاوف، والآمال والأحلام.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My things</source>
        <translation>أشيائي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look at what you made, and choose who sees it.</source>
        <translation>انظر إلى ما صنعته، واختر من يراه.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Hello, {name}!</source>
        <translation>مرحبًا يا {name}!</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What would you like to do? Everything you make is saved as you go.</source>
        <translation>ماذا تحب أن تفعل؟ كل ما تصنعه يُحفظ أولًا بأول.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Text and colours</source>
        <translation>النص والألوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bigger words, high contrast, and sounds or movement off.</source>
        <translation>كلمات أكبر، وتباين عالٍ، وإيقاف الأصوات أو الحركة.</translation>
    </message>
</context>
<context>
    <name>SpacePage</name>
    <message>
        <location filename="../voiceapp/ui/helper/space.py" line="+50"/>
        <source>{name}&apos;s space</source>
        <translation>مساحة {name}</translation>
    </message>
</context>
<context>
    <name>SpaceRest</name>
    <message>
        <location filename="../voiceapp/ui/space/rest.py" line="-141"/>
        <source>Saving your things...</source>
        <translation>جارٍ حفظ أشيائك...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything you made is saved.</source>
        <translation>كل ما صنعته محفوظ.</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../voiceapp/ui/start_screen.py" line="+29"/>
        <source>I&apos;m a young person</source>
        <translation>أنا طفل أو شاب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I&apos;m helping a young person</source>
        <translation>أساعد شابًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&apos;m a conference chair</source>
        <translation>أنا رئيس اجتماع</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Share what you think and feel with your meeting.</source>
        <translation>شارك ما تفكر فيه وتشعر به مع اجتماعك.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For social workers, advocates and other trusted adults.</source>
        <translation>للأخصائيين الاجتماعيين والمدافعين وغيرهم من الكبار الموثوقين.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open and read what a young person has sent to you.</source>
        <translation>افتح واقرأ ما أرسله إليك شاب.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>My Voice</source>
        <translation>My Voice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Welcome! Who is using My Voice today?</source>
        <translation>أهلًا بك! من يستخدم My Voice اليوم؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start</source>
        <translation>ابدأ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose who is using My Voice today.</source>
        <translation>اختر من يستخدم My Voice اليوم.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My Voice picture: a speech bubble</source>
        <translation>صورة My Voice: فقاعة كلام</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Text and colours</source>
        <translation>النص والألوان</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bigger words, high contrast, and sounds or movement off.</source>
        <translation>كلمات أكبر، وتباين عالٍ، وإيقاف الأصوات أو الحركة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My Voice changes language at once.</source>
        <translation>يغيّر My Voice اللغة فورًا.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../voiceapp/ui/profile/unlock_page.py" line="+102"/>
        <source>A PIN is 4 to 8 numbers. Or leave it empty.</source>
        <translation>رمز PIN من 4 إلى 8 أرقام. أو اتركه فارغًا.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete everything and start again?</source>
        <translation>حذف كل شيء والبدء من جديد؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything kept in My Voice on this computer will be deleted for good: every young person, everything they made, and your key. Nobody can get it back. A chair can then restore their key from its backup.</source>
        <translation>سيُحذف نهائيًا كل ما يحفظه My Voice على هذا الحاسوب: كل شاب، وكل ما صنعوه، ومفتاحك. لا يمكن لأحد استرجاعه. بعد ذلك يستطيع رئيس الاجتماع استعادة مفتاحه من نسخته الاحتياطية.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete everything</source>
        <translation>حذف كل شيء</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Welcome back</source>
        <translation>أهلًا بعودتك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text and colours</source>
        <translation>النص والألوان</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bigger words, high contrast, and sounds or movement off.</source>
        <translation>كلمات أكبر، وتباين عالٍ، وإيقاف الأصوات أو الحركة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>My Voice is locked. Type your passphrase to open it.</source>
        <translation>My Voice مقفل. اكتب عبارة مرورك لفتحه.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The passphrase you chose when you first used My Voice.</source>
        <translation>عبارة المرور التي اخترتها عندما استخدمت My Voice أول مرة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A short PIN for today (you can leave this empty)</source>
        <translation>رمز PIN قصير لليوم (يمكنك تركه فارغًا)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A short PIN for today</source>
        <translation>رمز PIN قصير لليوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 to 8 numbers, to leave a young person&apos;s space quickly.</source>
        <translation>من 4 إلى 8 أرقام، للخروج من مساحة الشاب بسرعة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With a PIN you can leave a young person&apos;s space quickly. It is forgotten whenever My Voice locks; without one, your passphrase is needed.</source>
        <translation>برمز PIN يمكنك الخروج من مساحة الشاب بسرعة. يُنسى كلما أُقفل My Voice؛ ومن دونه تحتاج إلى عبارة مرورك.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opening... this takes a moment.</source>
        <translation>جارٍ الفتح... يستغرق هذا لحظة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forgotten your passphrase? Nobody can open what is kept here without it, not even us or your IT team. If it is lost for good, you can start again, which deletes everything kept here.</source>
        <translation>نسيت عبارة المرور؟ لا يستطيع أحد فتح ما هو محفوظ هنا من دونها، ولا حتى نحن أو فريق تقنية المعلومات لديك. إذا فُقدت نهائيًا، يمكنك البدء من جديد، وهذا يحذف كل ما هو محفوظ هنا.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Start again...</source>
        <translation>البدء من جديد...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete everything kept here, after a question, and set up again.</source>
        <translation>احذف كل ما هو محفوظ هنا، بعد سؤال، وأعِد الإعداد.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checks your passphrase and opens My Voice.</source>
        <translation>يتحقق من عبارة مرورك ويفتح My Voice.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlock My Voice</source>
        <translation>فتح قفل My Voice</translation>
    </message>
</context>
<context>
    <name>VideoPage</name>
    <message>
        <location filename="../voiceapp/ui/record/video_page.py" line="+750"/>
        <source>Getting the camera ready…</source>
        <translation>جارٍ تجهيز الكاميرا…</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Get ready… recording starts in {count}. Press Stop to wait.</source>
        <translation>استعد… يبدأ التسجيل بعد {count}. اضغط «إيقاف» إذا أردت الانتظار.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your video is kept. You can record another one if you like.</source>
        <translation>تم الاحتفاظ بالفيديو الخاص بك. يمكنك تسجيل فيديو آخر إن أحببت.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That video was thrown away. You can record a new one.</source>
        <translation>تم التخلص من ذلك الفيديو. يمكنك تسجيل فيديو جديد.</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+6"/>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Do not start recording yet.</source>
        <translation>لا تبدأ التسجيل بعد.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Finish recording, then watch it.</source>
        <translation>أنهِ التسجيل، ثم شاهده.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The camera or the microphone stopped working. Maybe it came unplugged? Everything up to then is here.</source>
        <translation>توقّفت الكاميرا أو الميكروفون عن العمل. ربما انفصل السلك؟ كل شيء حتى تلك اللحظة موجود هنا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That is as long as a video can be, so it stopped by itself. Everything up to then is here.</source>
        <translation>هذا أطول ما يمكن أن يكون عليه الفيديو، لذلك توقّف وحده. كل شيء حتى تلك اللحظة موجود هنا.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>We can&apos;t see a camera</source>
        <translation>لا نستطيع رؤية أي كاميرا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>We can&apos;t hear a microphone</source>
        <translation>لا نستطيع سماع أي ميكروفون</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The longest a video can be: {time}</source>
        <translation>أطول مدة ممكنة للفيديو: {time}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Throw this video away? It cannot be got back afterwards.</source>
        <translation>هل تريد التخلص من هذا الفيديو؟ لا يمكن استرجاعه بعد ذلك.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yes, throw it away</source>
        <translation>نعم، تخلّص منه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The video is deleted.</source>
        <translation>حُذف الفيديو.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, keep it for now</source>
        <translation>لا، احتفظ به الآن</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Go back to your video.</source>
        <translation>ارجع إلى الفيديو الخاص بك.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Record it again? This video will be thrown away.</source>
        <translation>هل تريد التسجيل مرة أخرى؟ سيتم التخلص من هذا الفيديو.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yes, record again</source>
        <translation>نعم، سجّل مرة أخرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throw this video away and start a new one.</source>
        <translation>تخلّص من هذا الفيديو وابدأ فيديو جديدًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, keep this one</source>
        <translation>لا، احتفظ بهذا</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Record a video</source>
        <translation>سجّل فيديو</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press Record and say what you want the meeting to hear. You can pause whenever you like, and watch it at the end.</source>
        <translation>اضغط «تسجيل» وقل ما تريد أن يسمعه الاجتماع. يمكنك الإيقاف المؤقت متى شئت، ومشاهدته في النهاية.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Camera:</source>
        <translation>الكاميرا:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camera</source>
        <translation>الكاميرا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose which camera to use.</source>
        <translation>اختر الكاميرا التي تريد استخدامها.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Microphone:</source>
        <translation>الميكروفون:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your face:</source>
        <translation>وجهك:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show my face</source>
        <translation>أظهِر وجهي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The video shows you as the camera sees you.</source>
        <translation>يُظهرك الفيديو كما تراك الكاميرا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Blur the background</source>
        <translation>اجعل الخلفية ضبابية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything behind you is blurred, so nobody sees where you are.</source>
        <translation>كل ما خلفك يصبح ضبابيًا، فلا يرى أحد أين أنت.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Blur my face</source>
        <translation>اجعل وجهي ضبابيًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your face is blurred. The meeting still hears your voice.</source>
        <translation>وجهك يصبح ضبابيًا. ما زال الاجتماع يسمع صوتك.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record</source>
        <translation>تسجيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count down from three, then start recording a video.</source>
        <translation>عدّ تنازلي من ثلاثة، ثم يبدأ تسجيل الفيديو.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Watch it back</source>
        <translation>شاهده</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Watch your video if you like. Then keep it, or record it again.</source>
        <translation>شاهد الفيديو الخاص بك إن أحببت. ثم احتفظ به، أو سجّله مرة أخرى.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record again</source>
        <translation>سجّل مرة أخرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a new video instead of this one.</source>
        <translation>اصنع فيديو جديدًا بدلًا من هذا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep it</source>
        <translation>احتفظ به</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this video with your things.</source>
        <translation>احتفظ بهذا الفيديو مع أشيائك.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Throw it away</source>
        <translation>تخلّص منه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this video. You will be asked first.</source>
        <translation>احذف هذا الفيديو. ستُسأل أولًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If it still does not work, ask the grown-up with you to help. You can record your voice, write or draw instead.</source>
        <translation>إذا لم ينجح الأمر بعد، فاطلب المساعدة من الشخص الكبير الذي معك. يمكنك أن تسجّل صوتك أو تكتب أو ترسم بدلًا من ذلك.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Try again</source>
        <translation>حاول مرة أخرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look for the camera and microphone again.</source>
        <translation>ابحث عن الكاميرا والميكروفون مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>VideoPreview</name>
    <message>
        <location filename="../voiceapp/ui/record/video_parts.py" line="+208"/>
        <source>Camera picture</source>
        <translation>صورة الكاميرا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the camera sees, like a mirror.</source>
        <translation>ما تراه الكاميرا، مثل المرآة.</translation>
    </message>
</context>
<context>
    <name>ViewerPage</name>
    <message>
        <location filename="../voiceapp/ui/chair/viewer.py" line="+51"/>
        <source>Checking progress</source>
        <translation>تقدّم التحقق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop checking and close the file.</source>
        <translation>أوقف التحقق وأغلق الملف.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The things the young person sent</source>
        <translation>الأشياء التي أرسلها الشاب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the arrow keys to choose a thing; it shows on the right.</source>
        <translation>استخدم مفاتيح الأسهم لاختيار شيء؛ يظهر على الجانب الآخر.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Checking that nothing was changed. The things open when the check is done.</source>
        <translation>جارٍ التحقق من أن شيئًا لم يتغيّر. تُفتح الأشياء عند انتهاء التحقق.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Complete summary (PDF)…</source>
        <translation>ملخص كامل (PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a summary of everything, for the conference record.</source>
        <translation>احفظ ملخصًا لكل شيء، لسجل المؤتمر.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Summary for everyone (PDF)…</source>
        <translation>ملخص للجميع (PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a summary that leaves out everything only for the chair.</source>
        <translation>احفظ ملخصًا يستبعد كل ما هو لرئيس الاجتماع فقط.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save copies…</source>
        <translation>حفظ نسخ…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save plain copies of chosen things to a folder.</source>
        <translation>احفظ نسخًا عادية من الأشياء المختارة في مجلد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close this file and go back.</source>
        <translation>أغلق هذا الملف وارجع.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Opening…</source>
        <translation>جارٍ الفتح…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Conference: %1</source>
        <translation>المؤتمر: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reference: %1</source>
        <translation>المرجع: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking that nothing was changed since the young person sent it. Nothing can be opened until this is done.</source>
        <translation>جارٍ التحقق من أن شيئًا لم يتغيّر منذ أن أرسله الشاب. لا يمكن فتح أي شيء حتى ينتهي هذا.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Checked: every item is exactly what the young person sent.</source>
        <translation>تم التحقق: كل عنصر هو بالضبط ما أرسله الشاب.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>read</source>
        <translation>مقروء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shared</source>
        <translation>تمت مشاركته</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Save the complete summary</source>
        <translation>حفظ الملخص الكامل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the summary for everyone</source>
        <translation>حفظ الملخص للجميع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF ‏(*.pdf)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Making the summary…</source>
        <translation>جارٍ إعداد الملخص…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Summary saved: %1</source>
        <translation>حُفظ الملخص: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose a folder for the copies</source>
        <translation>اختر مجلدًا للنسخ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only for the chair</source>
        <translation>لرئيس الاجتماع فقط</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saving copies…</source>
        <translation>جارٍ حفظ النسخ…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copies saved in %1</source>
        <translation>حُفظت النسخ في %1</translation>
    </message>
</context>
<context>
    <name>VoicePage</name>
    <message>
        <location filename="../voiceapp/ui/record/page.py" line="+324"/>
        <source>Getting the microphone ready…</source>
        <translation>جارٍ تجهيز الميكروفون…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your recording is kept. You can record another one if you like.</source>
        <translation>تم الاحتفاظ بتسجيلك. يمكنك تسجيل تسجيل آخر إن أحببت.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That recording was thrown away. You can record a new one.</source>
        <translation>تم التخلص من ذلك التسجيل. يمكنك تسجيل واحد جديد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The microphone stopped working. Maybe it came unplugged? Everything you said up to then is here.</source>
        <translation>توقّف الميكروفون عن العمل. ربما انفصل سلكه؟ كل ما قلته حتى تلك اللحظة موجود هنا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That is as long as a recording can be, so it stopped by itself. Everything up to then is here.</source>
        <translation>هذا أطول ما يمكن أن يكون عليه التسجيل، لذلك توقّف وحده. كل شيء حتى تلك اللحظة موجود هنا.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The longest a recording can be: {time}</source>
        <translation>أطول مدة ممكنة للتسجيل: {time}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Throw this recording away? It cannot be got back afterwards.</source>
        <translation>هل تريد التخلص من هذا التسجيل؟ لا يمكن استرجاعه بعد ذلك.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yes, throw it away</source>
        <translation>نعم، تخلّص منه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recording is deleted.</source>
        <translation>حُذف التسجيل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, keep it for now</source>
        <translation>لا، احتفظ به الآن</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>Go back to your recording.</source>
        <translation>ارجع إلى تسجيلك.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Record it again? This recording will be thrown away.</source>
        <translation>هل تريد التسجيل مرة أخرى؟ سيتم التخلص من هذا التسجيل.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yes, record again</source>
        <translation>نعم، سجّل مرة أخرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throw this recording away and start a new one.</source>
        <translation>تخلّص من هذا التسجيل وابدأ تسجيلًا جديدًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No, keep this one</source>
        <translation>لا، احتفظ بهذا</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Record my voice</source>
        <translation>سجّل صوتي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press Record and say what you want the meeting to hear. You can pause whenever you like, and listen back at the end.</source>
        <translation>اضغط «تسجيل» وقل ما تريد أن يسمعه الاجتماع. يمكنك الإيقاف المؤقت متى شئت، والاستماع في النهاية.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Microphone:</source>
        <translation>الميكروفون:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record</source>
        <translation>تسجيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start recording your voice.</source>
        <translation>ابدأ تسجيل صوتك.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish recording, then listen to it.</source>
        <translation>أنهِ التسجيل، ثم استمع إليه.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listen back</source>
        <translation>استمع إليه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listen to your recording if you like. Then keep it, or record it again.</source>
        <translation>استمع إلى تسجيلك إن أحببت. ثم احتفظ به، أو سجّله مرة أخرى.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record again</source>
        <translation>سجّل مرة أخرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a new recording instead of this one.</source>
        <translation>اصنع تسجيلًا جديدًا بدلًا من هذا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep it</source>
        <translation>احتفظ به</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this recording with your things.</source>
        <translation>احتفظ بهذا التسجيل مع أشيائك.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Throw it away</source>
        <translation>تخلّص منه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this recording. You will be asked first.</source>
        <translation>احذف هذا التسجيل. ستُسأل أولًا.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>We can&apos;t hear a microphone</source>
        <translation>لا نستطيع سماع أي ميكروفون</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If it still does not work, ask the grown-up with you to help. You can write or draw instead.</source>
        <translation>إذا لم ينجح الأمر بعد، فاطلب المساعدة من الشخص الكبير الذي معك. يمكنك أن تكتب أو ترسم بدلًا من ذلك.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Try again</source>
        <translation>حاول مرة أخرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look for the microphone again.</source>
        <translation>ابحث عن الميكروفون مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../voiceapp/ui/helper/words.py" line="+13"/>
        <source>A drawing</source>
        <translation>رسمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A letter</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A voice recording</source>
        <translation>تسجيل صوتي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A video</source>
        <translation>فيديو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A picture</source>
        <translation>صورة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How I feel</source>
        <translation>مشاعري</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The three houses</source>
        <translation>البيوت الثلاثة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something they made</source>
        <translation>شيء صنعه</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only the chair may see this</source>
        <translation>رئيس الاجتماع وحده يمكنه رؤية هذا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone at the meeting may see this</source>
        <translation>يمكن لكل من في الاجتماع رؤية هذا</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Written down by a helper</source>
        <translation>كتبه مساعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In {name}&apos;s own words</source>
        <translation>بكلمات {name} نفسه</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sent</source>
        <translation>أُرسل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Getting ready</source>
        <translation>جارٍ التجهيز</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>4 to 7 years old</source>
        <translation>من 4 إلى 7 سنوات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>8 to 12 years old</source>
        <translation>من 8 إلى 12 سنة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>13 to 17 years old</source>
        <translation>من 13 إلى 17 سنة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Their social worker</source>
        <translation>الأخصائي الاجتماعي الخاص به</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their advocate</source>
        <translation>المدافع الخاص به</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A family member</source>
        <translation>فرد من العائلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else who helps them</source>
        <translation>شخص آخر يساعده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On their own</source>
        <translation>وحده</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Deleted today ({date})</source>
        <translation>يُحذف اليوم ({date})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted tomorrow ({date})</source>
        <translation>يُحذف غدًا ({date})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted in {days} days ({date})</source>
        <translation>يُحذف بعد {days} يوم ({date})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Everything about {name} is deleted from this laptop today.</source>
        <translation>يُحذف كل شيء عن {name} من هذا الحاسوب المحمول اليوم.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything about {name} is deleted from this laptop tomorrow, {date}.</source>
        <translation>يُحذف كل شيء عن {name} من هذا الحاسوب المحمول غدًا، {date}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything about {name} is deleted from this laptop on {date}, in {days} days.</source>
        <translation>يُحذف كل شيء عن {name} من هذا الحاسوب المحمول في {date}، بعد {days} يوم.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Conference on {date}</source>
        <translation>المؤتمر في {date}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{minutes}:{seconds:02d} long</source>
        <translation>المدة {minutes}:{seconds:02d}</translation>
    </message>
</context>
<context>
    <name>YoungPersonHome</name>
    <message>
        <location filename="../voiceapp/ui/space/own_home.py" line="+106"/>
        <source>Delete your things from this computer?</source>
        <translation>هل تريد حذف أشيائك من هذا الحاسوب؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chair keeps what you sent. Everything here will be deleted, for good.</source>
        <translation>رئيس الاجتماع يحتفظ بما أرسلته. كل شيء هنا سيُحذف نهائيًا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yes, delete everything</source>
        <translation>نعم، احذف كل شيء</translation>
    </message>
</context>
<context>
    <name>YoungSpace</name>
    <message>
        <location filename="../voiceapp/ui/space/space.py" line="+216"/>
        <source>My drawing</source>
        <translation>رسمتي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My letter</source>
        <translation>رسالتي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My voice recording</source>
        <translation>تسجيلي الصوتي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My video</source>
        <translation>الفيديو الخاص بي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How I feel</source>
        <translation>مشاعري</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My three houses</source>
        <translation>بيوتي الثلاثة</translation>
    </message>
</context>
</TS>
