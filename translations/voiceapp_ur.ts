<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur" sourcelanguage="en_GB">
<context>
    <name>AboutMePage</name>
    <message>
        <location filename="../voiceapp/ui/space/own_home.py" line="+112"/>
        <source>Please type a name first.</source>
        <translation>براہِ کرم پہلے کوئی نام لکھیں۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Please choose how old you are.</source>
        <translation>براہِ کرم بتائیں کہ آپ کی عمر کتنی ہے۔</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Before you start</source>
        <translation>شروع کرنے سے پہلے</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Three quick questions, so that your space fits you.</source>
        <translation>تین چھوٹے سوال، تاکہ آپ کی جگہ آپ کے مطابق بن جائے۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>What would you like to be called?</source>
        <translation>آپ کو کس نام سے پکارا جائے؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How old are you?</source>
        <translation>آپ کی عمر کتنی ہے؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>4 to 7</source>
        <translation>4 سے 7</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>8 to 12</source>
        <translation>8 سے 12</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>13 to 17</source>
        <translation>13 سے 17</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose this if it is your age.</source>
        <translation>اگر یہ آپ کی عمر ہے تو اسے چنیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>When is your meeting?</source>
        <translation>آپ کی میٹنگ کب ہے؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I don&apos;t know yet</source>
        <translation>مجھے ابھی معلوم نہیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I don&apos;t know the date of my meeting yet</source>
        <translation>مجھے ابھی اپنی میٹنگ کی تاریخ معلوم نہیں</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start</source>
        <translation>شروع کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open my space.</source>
        <translation>میری جگہ کھولیں۔</translation>
    </message>
</context>
<context>
    <name>BreakPage</name>
    <message>
        <location filename="../voiceapp/ui/space/rest.py" line="+75"/>
        <source>Time for a break</source>
        <translation>آرام کا وقت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A picture of a warm drink</source>
        <translation>گرم مشروب کی تصویر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take as long as you need. Have a drink, stretch, or talk to someone you trust.</source>
        <translation>جتنا وقت چاہیے لے لیں۔ کچھ پی لیں، جسم کو تھوڑا کھینچیں، یا کسی بھروسے والے شخص سے بات کریں۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>I&apos;m ready to carry on</source>
        <translation>میں آگے بڑھنے کے لیے تیار ہوں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to where you were.</source>
        <translation>جہاں آپ تھے وہیں واپس جائیں۔</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <location filename="../voiceapp/ui/helper/case_form.py" line="+193"/>
        <source>Please write the name they would like to be called, and choose a delete-after day after today.</source>
        <translation>براہِ کرم وہ نام لکھیں جس سے وہ پکارا جانا چاہتے ہیں، اور مٹانے کی تاریخ آج کے بعد کا کوئی دن چنیں۔</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Add a young person</source>
        <translation>ایک نوجوان کو شامل کریں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change {name}&apos;s details</source>
        <translation>{name} کی تفصیلات بدلیں</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The name they would like to be called</source>
        <translation>وہ نام جس سے وہ پکارا جانا چاہتے ہیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Their age</source>
        <translation>ان کی عمر</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date of the conference</source>
        <translation>کانفرنس کی تاریخ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Conference reference (if there is one)</source>
        <translation>کانفرنس کا حوالہ نمبر (اگر ہو)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Their language</source>
        <translation>ان کی زبان</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You are their</source>
        <translation>ان کے ساتھ آپ کا تعلق</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete everything from this laptop on</source>
        <translation>اس لیپ ٹاپ سے سب کچھ اس تاریخ کو مٹا دیا جائے</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>A first name or a nickname is enough. It goes to the chair.</source>
        <translation>پہلا نام یا عرفی نام کافی ہے۔ یہ چیئر کو جاتا ہے۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Social worker</source>
        <translation>سوشل ورکر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advocate</source>
        <translation>ایڈووکیٹ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family member</source>
        <translation>خاندان کا فرد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone else who helps them</source>
        <translation>کوئی اور جو ان کی مدد کرتا ہے</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything about this young person is deleted from this laptop on this day, whether it was sent or not. You will be reminded a few days before.</source>
        <translation>اس نوجوان کے بارے میں سب کچھ اس دن اس لیپ ٹاپ سے مٹا دیا جاتا ہے، چاہے بھیجا گیا ہو یا نہیں۔ آپ کو چند دن پہلے یاد دلایا جائے گا۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back without saving.</source>
        <translation>محفوظ کیے بغیر واپس جائیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Save</source>
        <translation>محفوظ کریں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep these details.</source>
        <translation>یہ تفصیلات رکھیں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Type the date, or open the calendar.</source>
        <translation>تاریخ لکھیں، یا کیلنڈر کھولیں۔</translation>
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
        <translation>{name} کا صفحہ کھولیں</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Some young people&apos;s things reached their delete-after date and have been deleted: {count}.</source>
        <translation>کچھ نوجوانوں کی چیزیں اپنی مٹانے کی تاریخ تک پہنچ گئیں اور مٹا دی گئی ہیں: {count}۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name}&apos;s things will be deleted soon: {when}. Send anything still to send before then.</source>
        <translation>{name} کی چیزیں جلد مٹا دی جائیں گی: {when}۔ جو کچھ ابھی بھیجنا باقی ہے وہ اس سے پہلے بھیج دیں۔</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+41"/>
        <source>Young people</source>
        <translation>نوجوان</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Text and colours</source>
        <translation>لکھائی اور رنگ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bigger words, high contrast, and sounds or movement off.</source>
        <translation>بڑے الفاظ، زیادہ کنٹراسٹ، اور آوازیں یا حرکت بند۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nobody here yet. Add a young person to begin.</source>
        <translation>یہاں ابھی کوئی نہیں۔ شروع کرنے کے لیے ایک نوجوان کو شامل کریں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Add a young person</source>
        <translation>ایک نوجوان کو شامل کریں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a private space for one more young person.</source>
        <translation>ایک اور نوجوان کے لیے نجی جگہ بنائیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Lock My Voice</source>
        <translation>My Voice کو لاک کریں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock now. Your passphrase is needed to open it again.</source>
        <translation>ابھی لاک کریں۔ اسے دوبارہ کھولنے کے لیے آپ کا پاس فریز درکار ہوگا۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lock by itself when nobody uses it for</source>
        <translation>جب کوئی استعمال نہ کرے تو خود بخود لاک ہو جائے، اتنی دیر بعد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{minutes} minutes</source>
        <translation>{minutes} منٹ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock by itself after</source>
        <translation>خود بخود لاک ہو جائے، اتنی دیر بعد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How long My Voice waits with nobody using it before it locks.</source>
        <translation>لاک ہونے سے پہلے My Voice کتنی دیر انتظار کرے جب کوئی اسے استعمال نہ کر رہا ہو۔</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <location filename="../voiceapp/ui/helper/case_page.py" line="+176"/>
        <source>Remove “{title}”?</source>
        <translation>“{title}” کو ہٹا دیں؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It will be deleted from this laptop and cannot be brought back. Only do this if {name} agrees.</source>
        <translation>اسے اس لیپ ٹاپ سے مٹا دیا جائے گا اور واپس نہیں لایا جا سکے گا۔ یہ صرف اسی صورت میں کریں اگر {name} راضی ہوں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yes, remove it</source>
        <translation>ہاں، اسے ہٹا دیں</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Everything {name} made and everything about them will be deleted from this laptop, for good. Nobody can bring it back. Anything already sent to the chair stays with the chair.</source>
        <translation>{name} نے جو کچھ بنایا اور ان کے بارے میں سب کچھ اس لیپ ٹاپ سے ہمیشہ کے لیے مٹا دیا جائے گا۔ کوئی اسے واپس نہیں لا سکتا۔ جو کچھ پہلے ہی چیئر کو بھیجا جا چکا ہے وہ چیئر کے پاس رہے گا۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Their things have not been sent yet.</source>
        <translation>ان کی چیزیں ابھی نہیں بھیجی گئیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete {name} and all their things?</source>
        <translation>{name} اور ان کی تمام چیزیں مٹا دیں؟</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yes, delete everything</source>
        <translation>ہاں، سب کچھ مٹا دیں</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Reference {reference}</source>
        <translation>حوالہ {reference}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sent to the chair on {when}. When the chair has it, you can delete {name}&apos;s things now.</source>
        <translation>{when} کو چیئر کو بھیجا گیا۔ جب چیئر کو یہ مل جائے تو آپ ابھی {name} کی چیزیں مٹا سکتے ہیں۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>Show the receipt</source>
        <translation>رسید دکھائیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was sent, when, and to whom. You can print it or save it.</source>
        <translation>کیا بھیجا گیا، کب اور کس کو۔ آپ اسے پرنٹ یا محفوظ کر سکتے ہیں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete {name}&apos;s things now</source>
        <translation>{name} کی چیزیں ابھی مٹا دیں</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+89"/>
        <source>Deletes everything about them from this laptop, after asking you.</source>
        <translation>آپ سے پوچھنے کے بعد، ان کے بارے میں سب کچھ اس لیپ ٹاپ سے مٹا دیتا ہے۔</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>The chair&apos;s key card</source>
        <translation>چیئر کا کلید کارڈ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No key card yet. Ask the conference chair for their My Voice key card: it lets you send {name}&apos;s things so that only the chair can open them.</source>
        <translation>ابھی کوئی کلید کارڈ نہیں۔ کانفرنس کے چیئر سے ان کا My Voice کلید کارڈ مانگیں: اس سے آپ {name} کی چیزیں اس طرح بھیج سکتے ہیں کہ صرف چیئر ہی انہیں کھول سکیں۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add the chair&apos;s key card</source>
        <translation>چیئر کا کلید کارڈ شامل کریں</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{chair}, {organisation}. Fingerprint: {fingerprint}</source>
        <translation>{chair}، {organisation}۔ فنگر پرنٹ: {fingerprint}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use a different key card</source>
        <translation>کوئی دوسرا کلید کارڈ استعمال کریں</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a key card file, or paste the key card text.</source>
        <translation>کلید کارڈ کی فائل کھولیں، یا کلید کارڈ کا متن پیسٹ کریں۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}&apos;s things</source>
        <translation>{name} کی چیزیں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Getting {name}&apos;s things...</source>
        <translation>{name} کی چیزیں لائی جا رہی ہیں...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing here yet. Start {name}&apos;s space, or add something they made elsewhere.</source>
        <translation>یہاں ابھی کچھ نہیں۔ {name} کی جگہ شروع کریں، یا کوئی ایسی چیز شامل کریں جو انہوں نے کہیں اور بنائی ہو۔</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All young people</source>
        <translation>تمام نوجوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to the list of young people.</source>
        <translation>نوجوانوں کی فہرست پر واپس جائیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add something made elsewhere</source>
        <translation>کہیں اور بنائی ہوئی چیز شامل کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A photo of a drawing on paper, a letter, a recording or a video from a file.</source>
        <translation>کاغذ پر بنی ڈرائنگ کی تصویر، خط، ریکارڈنگ یا کسی فائل سے ویڈیو۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start {name}&apos;s space</source>
        <translation>{name} کی جگہ شروع کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fills the screen with {name}&apos;s own space. Leaving it needs you.</source>
        <translation>اسکرین کو {name} کی اپنی جگہ سے بھر دیتا ہے۔ اس سے باہر نکلنے کے لیے آپ کی ضرورت ہوگی۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send to the chair</source>
        <translation>چیئر کو بھیجیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look at everything once more and save it for the chair.</source>
        <translation>ہر چیز کو ایک بار پھر دیکھیں اور اسے چیئر کے لیے محفوظ کریں۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change details</source>
        <translation>تفصیلات بدلیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the name, conference date or delete-after day.</source>
        <translation>نام، کانفرنس کی تاریخ یا مٹانے کی تاریخ بدلیں۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete {name}</source>
        <translation>{name} کو مٹا دیں</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name}&apos;s page</source>
        <translation>{name} کا صفحہ</translation>
    </message>
</context>
<context>
    <name>ChairCommon</name>
    <message>
        <location filename="../voiceapp/ui/chair/common.py" line="+120"/>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation>دونوں پاس فریز ایک جیسے نہیں ہیں۔ براہِ کرم انہیں دوبارہ لکھیں۔</translation>
    </message>
</context>
<context>
    <name>ChairHome</name>
    <message>
        <location filename="../voiceapp/ui/chair/home.py" line="+49"/>
        <source>Conference chair</source>
        <translation>کانفرنس چیئر</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>My Voice for conference chairs</source>
        <translation>کانفرنس چیئرز کے لیے My Voice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inbox</source>
        <translation>ان باکس</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The files young people sent you.</source>
        <translation>وہ فائلیں جو نوجوانوں نے آپ کو بھیجیں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My key</source>
        <translation>میری کلید</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your key card, and backups.</source>
        <translation>آپ کا کلید کارڈ، اور بیک اپ۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock</source>
        <translation>لاک کریں</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close what is open and lock My Voice.</source>
        <translation>جو کھلا ہے اسے بند کریں اور My Voice کو لاک کریں۔</translation>
    </message>
</context>
<context>
    <name>ChairKey</name>
    <message>
        <location filename="../voiceapp/ui/chair/pdf.py" line="+232"/>
        <source>Standard key (post-quantum)</source>
        <translation>معیاری کلید (پوسٹ کوانٹم)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compatibility key (X25519)</source>
        <translation>مطابقت والی کلید (X25519)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>ادارہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made on</source>
        <translation>بنانے کی تاریخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of key</source>
        <translation>کلید کی قسم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My Voice key card</source>
        <translation>My Voice کلید کارڈ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Helpers use this card to lock young people&apos;s views so that only this chair can open them. Before using it, read the fingerprint below to each other over the phone: if the letters match, the card is real.</source>
        <translation>مددگار اس کارڈ کے ذریعے نوجوانوں کی رائے اس طرح لاک کرتے ہیں کہ صرف یہی چیئر اسے کھول سکیں۔ استعمال سے پہلے، فون پر ایک دوسرے کو نیچے دیا گیا فنگر پرنٹ پڑھ کر سنائیں: اگر حروف ملتے ہیں تو کارڈ اصلی ہے۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fingerprint</source>
        <translation>فنگر پرنٹ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Key</source>
        <translation>کلید</translation>
    </message>
</context>
<context>
    <name>ChairSetup</name>
    <message>
        <location filename="../voiceapp/ui/chair/setup.py" line="+60"/>
        <source>Set up the chair&apos;s key</source>
        <translation>چیئر کی کلید تیار کریں</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Working</source>
        <translation>کام جاری ہے</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Set up your chair&apos;s key</source>
        <translation>اپنی چیئر والی کلید تیار کریں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Young people&apos;s views are locked so that only your key can open them. Your key stays on this computer, protected by a passphrase you choose.</source>
        <translation>نوجوانوں کی رائے اس طرح لاک کی جاتی ہے کہ صرف آپ کی کلید ہی اسے کھول سکے۔ آپ کی کلید اسی کمپیوٹر پر رہتی ہے، اور آپ کے چنے ہوئے پاس فریز سے محفوظ ہوتی ہے۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+58"/>
        <source>Make a new key</source>
        <translation>نئی کلید بنائیں</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Make a new key for opening what young people send you.</source>
        <translation>نوجوانوں کی بھیجی ہوئی چیزیں کھولنے کے لیے نئی کلید بنائیں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use a key I already have…</source>
        <translation>وہ کلید استعمال کریں جو میرے پاس پہلے سے ہے…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring in an age identity file you already use.</source>
        <translation>age کی شناختی فائل لائیں جو آپ پہلے سے استعمال کرتے ہیں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore my key from a backup…</source>
        <translation>بیک اپ سے اپنی کلید بحال کریں…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring back your key from a backup file made by My Voice.</source>
        <translation>My Voice کی بنائی ہوئی بیک اپ فائل سے اپنی کلید واپس لائیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most chairs start here.</source>
        <translation>زیادہ تر چیئرز یہیں سے شروع کرتے ہیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For example a key your IT team made with the age tool.</source>
        <translation>مثال کے طور پر ایسی کلید جو آپ کی IT ٹیم نے age ٹول سے بنائی ہو۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After a new computer, or a lost passphrase.</source>
        <translation>نیا کمپیوٹر آنے کے بعد، یا پاس فریز کھو جانے پر۔</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose your everyday passphrase</source>
        <translation>اپنا روزمرہ کا پاس فریز چنیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the same passphrase again</source>
        <translation>وہی پاس فریز دوبارہ لکھیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You type this each time you open My Voice. At least 10 characters: a few words you will remember, like &apos;purple kettle seven&apos;.</source>
        <translation>ہر بار My Voice کھولتے وقت آپ یہ لکھیں گے۔ کم از کم 10 حروف: چند الفاظ جو آپ کو یاد رہیں، جیسے &apos;purple kettle seven&apos;۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Back</source>
        <translation>واپس</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go back to the three choices.</source>
        <translation>تینوں انتخاب پر واپس جائیں۔</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Standard key (recommended): safe even against future quantum computers</source>
        <translation>معیاری کلید (تجویز کردہ): مستقبل کے کوانٹم کمپیوٹرز کے خلاف بھی محفوظ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compatibility key: also opens with older age tools (X25519)</source>
        <translation>مطابقت والی کلید: پرانے age ٹولز سے بھی کھلتی ہے (X25519)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use this unless the chair&apos;s office needs the age tool. Arrow keys choose.</source>
        <translation>جب تک چیئر کے دفتر کو age ٹول کی ضرورت نہ ہو، یہی استعمال کریں۔ تیر والی کلیدوں سے چنیں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only if your office must open files with an older age tool.</source>
        <translation>صرف اس صورت میں جب آپ کے دفتر کو فائلیں پرانے age ٹول سے کھولنی ہوں۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>These records must stay private for the young person&apos;s whole life, so the standard key is protected against computers that may exist in future. Choose the compatibility key only if your IT team also opens these files with an older age tool that does not know post-quantum keys.</source>
        <translation>یہ ریکارڈ نوجوان کی پوری زندگی نجی رہنے چاہییں، اس لیے معیاری کلید ان کمپیوٹرز سے محفوظ ہے جو مستقبل میں بن سکتے ہیں۔ مطابقت والی کلید صرف اسی صورت میں چنیں اگر آپ کی IT ٹیم بھی یہ فائلیں کسی پرانے age ٹول سے کھولتی ہے جو پوسٹ کوانٹم کلیدیں نہیں جانتا۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Make my key</source>
        <translation>میری کلید بنائیں</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make the key now.</source>
        <translation>ابھی کلید بنائیں۔</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Use a key you already have</source>
        <translation>وہ کلید استعمال کریں جو آپ کے پاس پہلے سے ہے</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose an age identity file (made by age-keygen, or by My Voice). If it is protected by a passphrase, type that passphrase too.</source>
        <translation>age کی شناختی فائل چنیں (جو age-keygen یا My Voice نے بنائی ہو)۔ اگر یہ پاس فریز سے محفوظ ہے تو وہ پاس فریز بھی لکھیں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose key file…</source>
        <translation>کلید کی فائل چنیں…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose the age identity file to bring in.</source>
        <translation>لانے کے لیے age کی شناختی فائل چنیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>The key file&apos;s own passphrase</source>
        <translation>کلید فائل کا اپنا پاس فریز</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use this key</source>
        <translation>یہ کلید استعمال کریں</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bring in this key now.</source>
        <translation>یہ کلید ابھی لائیں۔</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Restore your key from a backup</source>
        <translation>بیک اپ سے اپنی کلید بحال کریں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose backup file…</source>
        <translation>بیک اپ فائل چنیں…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose the backup of your key.</source>
        <translation>اپنی کلید کا بیک اپ چنیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>The backup&apos;s recovery passphrase</source>
        <translation>بیک اپ کا بحالی والا پاس فریز</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore my key</source>
        <translation>میری کلید بحال کریں</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore the key now.</source>
        <translation>ابھی کلید بحال کریں۔</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Back up your key</source>
        <translation>اپنی کلید کا بیک اپ بنائیں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If this key is lost (a broken or replaced computer, a forgotten passphrase), the young people&apos;s views sent to it can never be opened, by anyone. Not even My Voice can get them back.</source>
        <translation>اگر یہ کلید کھو جائے (کمپیوٹر خراب یا تبدیل ہو جائے، یا پاس فریز بھول جائے)، تو اس پر بھیجی گئی نوجوانوں کی رائے کبھی کوئی نہیں کھول سکے گا۔ My Voice بھی انہیں واپس نہیں لا سکتا۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save a backup somewhere safe away from this computer, for example your organisation&apos;s secure drive. It is locked with a recovery passphrase: choose one different from your everyday passphrase, and keep it apart from the backup.</source>
        <translation>بیک اپ اس کمپیوٹر سے دور کسی محفوظ جگہ رکھیں، مثلاً اپنے ادارے کی محفوظ ڈرائیو پر۔ یہ بحالی والے پاس فریز سے لاک ہوتا ہے: ایسا چنیں جو آپ کے روزمرہ پاس فریز سے مختلف ہو، اور اسے بیک اپ سے الگ رکھیں۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a recovery passphrase</source>
        <translation>بحالی والا پاس فریز چنیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the recovery passphrase again</source>
        <translation>بحالی والا پاس فریز دوبارہ لکھیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least 10 characters, and not the same as your everyday passphrase.</source>
        <translation>کم از کم 10 حروف، اور آپ کے روزمرہ پاس فریز سے مختلف۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a backup…</source>
        <translation>بیک اپ محفوظ کریں…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose where to save the backup of your key.</source>
        <translation>چنیں کہ اپنی کلید کا بیک اپ کہاں محفوظ کرنا ہے۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not now</source>
        <translation>ابھی نہیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go on without a backup. You can make one later from My key.</source>
        <translation>بیک اپ کے بغیر آگے بڑھیں۔ آپ بعد میں &quot;میری کلید&quot; سے بیک اپ بنا سکتے ہیں۔</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose your age identity file</source>
        <translation>اپنی age شناختی فائل چنیں</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>تمام فائلیں (*)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose the backup of your key</source>
        <translation>اپنی کلید کا بیک اپ چنیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key backups (*.age);;All files (*)</source>
        <translation>کلید کے بیک اپ (*.age);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Making your key. This takes a few seconds…</source>
        <translation>آپ کی کلید بن رہی ہے۔ اس میں چند سیکنڈ لگتے ہیں…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose your key file first.</source>
        <translation>پہلے اپنی کلید کی فائل چنیں۔</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Bringing in your key…</source>
        <translation>آپ کی کلید لائی جا رہی ہے…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose your backup file first.</source>
        <translation>پہلے اپنی بیک اپ فائل چنیں۔</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restoring your key…</source>
        <translation>آپ کی کلید بحال ہو رہی ہے…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Please choose a recovery passphrase different from your everyday one.</source>
        <translation>براہِ کرم ایسا بحالی والا پاس فریز چنیں جو آپ کے روزمرہ پاس فریز سے مختلف ہو۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the backup of your key</source>
        <translation>اپنی کلید کا بیک اپ محفوظ کریں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key backups (*.age)</source>
        <translation>کلید کے بیک اپ (*.age)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saving the backup…</source>
        <translation>بیک اپ محفوظ ہو رہا ہے…</translation>
    </message>
</context>
<context>
    <name>ChairWords</name>
    <message>
        <location filename="../voiceapp/ui/chair/words.py" line="+17"/>
        <source>Drawing</source>
        <translation>ڈرائنگ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>خط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voice recording</source>
        <translation>آواز کی ریکارڈنگ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video</source>
        <translation>ویڈیو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picture</source>
        <translation>تصویر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How I feel</source>
        <translation>میرے احساسات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three houses</source>
        <translation>تین گھر</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only for the chair — do not show or read out</source>
        <translation>صرف چیئر کے لیے — نہ دکھائیں نہ پڑھ کر سنائیں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everyone at the meeting may see this</source>
        <translation>میٹنگ میں سب اسے دیکھ سکتے ہیں</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only for the chair</source>
        <translation>صرف چیئر کے لیے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone may see</source>
        <translation>سب دیکھ سکتے ہیں</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Written down by a helper</source>
        <translation>مددگار نے لکھا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The young person&apos;s own words</source>
        <translation>نوجوان کے اپنے الفاظ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>written by helper</source>
        <translation>مددگار نے لکھا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>own words</source>
        <translation>اپنے الفاظ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Made alone</source>
        <translation>اکیلے بنایا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made with a social worker</source>
        <translation>سوشل ورکر کے ساتھ بنایا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made with an advocate</source>
        <translation>ایڈووکیٹ کے ساتھ بنایا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made with a family member</source>
        <translation>خاندان کے کسی فرد کے ساتھ بنایا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made with someone else</source>
        <translation>کسی اور کے ساتھ بنایا</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a little</source>
        <translation>تھوڑا سا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quite a lot</source>
        <translation>کافی زیادہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>very</source>
        <translation>بہت</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Age %1</source>
        <translation>عمر %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>1 thing</source>
        <translation>1 چیز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 things</source>
        <translation>%1 چیزیں</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1&apos;s views</source>
        <translation>%1 کی رائے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A young person&apos;s views</source>
        <translation>ایک نوجوان کی رائے</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no name given)</source>
        <translation>(کوئی نام نہیں دیا گیا)</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../voiceapp/ui/helper/confirm.py" line="+30"/>
        <location line="+1"/>
        <source>No, keep them</source>
        <translation>نہیں، انہیں رہنے دیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back without changing anything.</source>
        <translation>کچھ بدلے بغیر واپس جائیں۔</translation>
    </message>
</context>
<context>
    <name>CopiesPanel</name>
    <message>
        <location filename="../voiceapp/ui/chair/copies.py" line="+77"/>
        <source>Save a copy of chosen things</source>
        <translation>چنی ہوئی چیزوں کی کاپی محفوظ کریں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copies are not encrypted. Anyone who can open the folder you choose can see them. Save them only where your case records are kept safe, and delete them when they are no longer needed.</source>
        <translation>کاپیاں انکرپٹ نہیں ہوتیں۔ جو بھی آپ کا چنا ہوا فولڈر کھول سکتا ہے وہ انہیں دیکھ سکتا ہے۔ انہیں صرف وہیں محفوظ کریں جہاں آپ کے کیس ریکارڈ محفوظ رکھے جاتے ہیں، اور جب ان کی ضرورت نہ رہے تو مٹا دیں۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Things to copy</source>
        <translation>کاپی کرنے کی چیزیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Space to tick or untick a thing.</source>
        <translation>کسی چیز پر نشان لگانے یا ہٹانے کے لیے Space دبائیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose folder and save…</source>
        <translation>فولڈر چنیں اور محفوظ کریں…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a folder and save the copies.</source>
        <translation>فولڈر چنیں اور کاپیاں محفوظ کریں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back</source>
        <translation>واپس</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go back to the things.</source>
        <translation>چیزوں پر واپس جائیں۔</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Tick at least one thing to copy.</source>
        <translation>کاپی کرنے کے لیے کم از کم ایک چیز پر نشان لگائیں۔</translation>
    </message>
</context>
<context>
    <name>CreateProfilePage</name>
    <message>
        <location filename="../voiceapp/ui/profile/create_page.py" line="+107"/>
        <source>The two passphrases are not the same yet.</source>
        <translation>دونوں پاس فریز ابھی ایک جیسے نہیں ہیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A PIN is 4 to 8 numbers. Or leave it empty.</source>
        <translation>PIN میں 4 سے 8 ہندسے ہوتے ہیں۔ یا اسے خالی چھوڑ دیں۔</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>That passphrase will do nicely.</source>
        <translation>یہ پاس فریز بالکل ٹھیک رہے گا۔</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+68"/>
        <source>Choose a passphrase</source>
        <translation>پاس فریز چنیں</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>A passphrase is like a secret password made of a few words. It keeps your things private. Use at least 10 letters: three words you will remember, like &apos;purple kettle seven&apos;, are perfect. Nobody can find it out for you if you forget it, so keep it safe.</source>
        <translation>پاس فریز ایک خفیہ پاس ورڈ کی طرح ہوتا ہے جو چند الفاظ سے بنتا ہے۔ یہ آپ کی چیزوں کو نجی رکھتا ہے۔ کم از کم 10 حروف استعمال کریں: تین الفاظ جو آپ کو یاد رہیں، جیسے &apos;purple kettle seven&apos;، بہترین ہیں۔ اگر آپ بھول گئے تو کوئی اسے آپ کے لیے نہیں ڈھونڈ سکتا، اس لیے اسے سنبھال کر رکھیں۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your passphrase locks everything My Voice keeps on this computer. Use at least 10 characters: a few words you will remember, like &apos;purple kettle seven&apos;, work well. Keep it somewhere safe. If it is lost, nobody can open what is kept here, not even us.</source>
        <translation>آپ کا پاس فریز اس کمپیوٹر پر My Voice میں رکھی ہر چیز کو لاک کرتا ہے۔ کم از کم 10 حروف استعمال کریں: چند الفاظ جو آپ کو یاد رہیں، جیسے &apos;purple kettle seven&apos;، اچھے رہتے ہیں۔ اسے کسی محفوظ جگہ رکھیں۔ اگر یہ کھو جائے تو یہاں رکھی چیزیں کوئی نہیں کھول سکتا، ہم بھی نہیں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Passphrase</source>
        <translation>پاس فریز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least 10 characters. A few words work well.</source>
        <translation>کم از کم 10 حروف۔ چند الفاظ اچھے رہتے ہیں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>The same passphrase again</source>
        <translation>وہی پاس فریز دوبارہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type it once more, to be sure it is right.</source>
        <translation>یقین کرنے کے لیے کہ یہ درست ہے، اسے ایک بار پھر لکھیں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A short PIN (you can leave this empty)</source>
        <translation>ایک چھوٹا PIN (آپ اسے خالی چھوڑ سکتے ہیں)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A short PIN</source>
        <translation>ایک چھوٹا PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 to 8 numbers, to leave a young person&apos;s space quickly.</source>
        <translation>4 سے 8 ہندسے، تاکہ نوجوان کی جگہ سے جلدی نکلا جا سکے۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With a PIN you can leave a young person&apos;s space quickly. It is forgotten whenever My Voice locks; without one, your passphrase is needed.</source>
        <translation>PIN کے ذریعے آپ نوجوان کی جگہ سے جلدی نکل سکتے ہیں۔ جب بھی My Voice لاک ہوتا ہے تو یہ بھلا دیا جاتا ہے؛ اس کے بغیر آپ کا پاس فریز درکار ہوتا ہے۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Setting up your private space. This takes a moment...</source>
        <translation>آپ کی نجی جگہ تیار ہو رہی ہے۔ اس میں تھوڑا وقت لگتا ہے...</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Back</source>
        <translation>واپس</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back to the start screen.</source>
        <translation>شروع کی اسکرین پر واپس جائیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Make my profile</source>
        <translation>میری پروفائل بنائیں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keeps your passphrase and opens My Voice.</source>
        <translation>آپ کا پاس فریز محفوظ کرتا ہے اور My Voice کھولتا ہے۔</translation>
    </message>
</context>
<context>
    <name>DisplayPage</name>
    <message>
        <location filename="../voiceapp/ui/display_page.py" line="+74"/>
        <location line="+1"/>
        <source>Text and colours</source>
        <translation>لکھائی اور رنگ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text size</source>
        <translation>لکھائی کا سائز</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{percent} %</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Text size {percent}</source>
        <translation>لکھائی کا سائز {percent}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Makes all the words this big.</source>
        <translation>تمام الفاظ کو اتنا بڑا کر دیتا ہے۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>High contrast: on</source>
        <translation>زیادہ کنٹراسٹ: چالو</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High contrast: off</source>
        <translation>زیادہ کنٹراسٹ: بند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Black words on white, strong edges.</source>
        <translation>سفید پر کالے الفاظ، واضح کنارے۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sounds: on</source>
        <translation>آوازیں: چالو</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sounds: off</source>
        <translation>آوازیں: بند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The little sounds when you draw.</source>
        <translation>ڈرائنگ کرتے وقت آنے والی چھوٹی چھوٹی آوازیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Movement: on</source>
        <translation>حرکت: چالو</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Movement: off</source>
        <translation>حرکت: بند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off: the sound level bar stays still, changing once a second.</source>
        <translation>بند: آواز کی سطح والی پٹی ساکن رہتی ہے، زیادہ سے زیادہ ایک سیکنڈ میں ایک بار بدلتی ہے۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done</source>
        <translation>ہو گیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this and carry on.</source>
        <translation>اسے بند کریں اور جاری رکھیں۔</translation>
    </message>
</context>
<context>
    <name>DrawPanel</name>
    <message>
        <location filename="../voiceapp/ui/draw/panel.py" line="+45"/>
        <source>Black</source>
        <translation>کالا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grey</source>
        <translation>سرمئی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>White</source>
        <translation>سفید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brown</source>
        <translation>بھورا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red</source>
        <translation>لال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orange</source>
        <translation>نارنجی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yellow</source>
        <translation>پیلا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light green</source>
        <translation>ہلکا ہرا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark green</source>
        <translation>گہرا ہرا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light blue</source>
        <translation>ہلکا نیلا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark blue</source>
        <translation>گہرا نیلا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purple</source>
        <translation>جامنی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pink</source>
        <translation>گلابی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light skin</source>
        <translation>ہلکی جلد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium skin</source>
        <translation>درمیانی جلد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark skin</source>
        <translation>گہری جلد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Happy face</source>
        <translation>خوش چہرہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calm face</source>
        <translation>پُرسکون چہرہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sad face</source>
        <translation>اداس چہرہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worried face</source>
        <translation>فکرمند چہرہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Angry face</source>
        <translation>غصے والا چہرہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A grown-up</source>
        <translation>ایک بڑا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A child</source>
        <translation>ایک بچہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home</source>
        <translation>گھر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School</source>
        <translation>اسکول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cat</source>
        <translation>بلی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dog</source>
        <translation>کتا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sun</source>
        <translation>سورج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rain cloud</source>
        <translation>بارش کا بادل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heart</source>
        <translation>دل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Star</source>
        <translation>ستارہ</translation>
    </message>
    <message>
        <location line="+337"/>
        <source>Sound on</source>
        <translation>آواز چالو</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sound off</source>
        <translation>آواز بند</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sounds play as you draw. Press to turn them off.</source>
        <translation>ڈرائنگ کرتے وقت آوازیں آتی ہیں۔ انہیں بند کرنے کے لیے دبائیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sounds are off. Press to turn them on.</source>
        <translation>آوازیں بند ہیں۔ انہیں چالو کرنے کے لیے دبائیں۔</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Drawing</source>
        <translation>ڈرائنگ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A drawing for: {house}</source>
        <translation>اس کے لیے ڈرائنگ: {house}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Put it in the house</source>
        <translation>اسے گھر میں رکھیں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go back to the houses with this drawing.</source>
        <translation>یہ ڈرائنگ لے کر گھروں پر واپس جائیں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Draw</source>
        <translation>ڈرا کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw lines with the brush.</source>
        <translation>برش سے لکیریں بنائیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rubber</source>
        <translation>ربڑ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rub out what you drew.</source>
        <translation>جو آپ نے بنایا اسے مٹائیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fill</source>
        <translation>رنگ بھریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill a space with colour.</source>
        <translation>کسی جگہ میں رنگ بھریں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stamps</source>
        <translation>ٹھپے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put a picture on your drawing.</source>
        <translation>اپنی ڈرائنگ پر تصویر لگائیں۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Small</source>
        <translation>چھوٹا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>درمیانہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Big</source>
        <translation>بڑا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thin lines, small stamps.</source>
        <translation>پتلی لکیریں، چھوٹے ٹھپے۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Middle-sized lines and stamps.</source>
        <translation>درمیانی لکیریں اور ٹھپے۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thick lines, big stamps.</source>
        <translation>موٹی لکیریں، بڑے ٹھپے۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Use this colour.</source>
        <translation>یہ رنگ استعمال کریں۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stamp this picture.</source>
        <translation>یہ تصویر ٹھپے سے لگائیں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undo</source>
        <translation>واپس لیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take back the last thing you did.</source>
        <translation>آخری کام واپس لیں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Redo</source>
        <translation>دوبارہ کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put back what you took back.</source>
        <translation>جو واپس لیا تھا اسے پھر سے لائیں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start again</source>
        <translation>نئے سرے سے شروع کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the page. Undo brings your drawing back.</source>
        <translation>صفحہ صاف کریں۔ &quot;واپس لیں&quot; سے آپ کی ڈرائنگ واپس آ جاتی ہے۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your drawing</source>
        <translation>آپ کی ڈرائنگ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw with the mouse, a pen or your finger. Arrow keys move, Space draws.</source>
        <translation>ماؤس، قلم یا اپنی انگلی سے ڈرا کریں۔ تیر والی کلیدیں حرکت دیتی ہیں، Space سے ڈرا ہوتا ہے۔</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../voiceapp/ui/error_text.py" line="+20"/>
        <source>This file is cut short: part of it is missing. Ask for it to be sent again.</source>
        <translation>یہ فائل ادھوری ہے: اس کا کچھ حصہ غائب ہے۔ اسے دوبارہ بھیجنے کو کہیں۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is not a My Voice file.</source>
        <translation>یہ My Voice کی فائل نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This file opened, but it is not something My Voice made.</source>
        <translation>یہ فائل کھل گئی، لیکن یہ My Voice کی بنائی ہوئی چیز نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file was made for a different key, so it cannot be opened with this one.</source>
        <translation>یہ فائل کسی اور کلید کے لیے بنائی گئی تھی، اس لیے اس کلید سے نہیں کھل سکتی۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That passphrase is not right. Check it and try again.</source>
        <translation>یہ پاس فریز درست نہیں۔ اسے چیک کریں اور دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file is damaged or was changed after it was made, so it cannot be trusted.</source>
        <translation>یہ فائل خراب ہے یا بننے کے بعد بدلی گئی ہے، اس لیے اس پر بھروسہ نہیں کیا جا سکتا۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This file was made by a newer version. Update My Voice to open it.</source>
        <translation>یہ فائل نئے ورژن سے بنائی گئی تھی۔ اسے کھولنے کے لیے My Voice کو اپ ڈیٹ کریں۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file&apos;s passphrase protection is set too high to try on this computer.</source>
        <translation>اس فائل کا پاس فریز تحفظ اتنا زیادہ رکھا گیا ہے کہ اس کمپیوٹر پر آزمایا نہیں جا سکتا۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file is too large to open here as it is. Ask for it to be sent again without ASCII armor.</source>
        <translation>یہ فائل اتنی بڑی ہے کہ اپنی موجودہ حالت میں یہاں نہیں کھل سکتی۔ اسے ASCII armor کے بغیر دوبارہ بھیجنے کو کہیں۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This key is not valid. Check that it was copied completely.</source>
        <translation>یہ کلید درست نہیں۔ چیک کریں کہ اسے پورا کاپی کیا گیا تھا۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is not a My Voice key card, or it was changed. Ask the chair to send it again.</source>
        <translation>یہ My Voice کلید کارڈ نہیں ہے، یا اسے بدلا گیا ہے۔ چیئر سے اسے دوبارہ بھیجنے کو کہیں۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A passphrase cannot be empty.</source>
        <translation>پاس فریز خالی نہیں ہو سکتا۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please choose a longer passphrase: at least 10 characters. A few words you will remember, like &apos;purple kettle seven&apos;, work well.</source>
        <translation>براہِ کرم لمبا پاس فریز چنیں: کم از کم 10 حروف۔ چند الفاظ جو آپ کو یاد رہیں، جیسے &apos;purple kettle seven&apos;، اچھے رہتے ہیں۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>My Voice is already open on this computer. Close the other window first.</source>
        <translation>My Voice اس کمپیوٹر پر پہلے ہی کھلا ہے۔ پہلے دوسری ونڈو بند کریں۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file is not a kind My Voice can include. Choose a drawing, letter, recording, video, picture or page.</source>
        <translation>My Voice اس قسم کی فائل شامل نہیں کر سکتا۔ ڈرائنگ، خط، ریکارڈنگ، ویڈیو، تصویر یا صفحہ چنیں۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is too much to send in one file. Leave out a long video or recording and try again.</source>
        <translation>ایک فائل میں بھیجنے کے لیے یہ بہت زیادہ ہے۔ کوئی لمبی ویڈیو یا ریکارڈنگ نکال دیں اور دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The local settings file for this area could not be used. Ask whoever set up My Voice to check it against the example file.</source>
        <translation>اس علاقے کی مقامی سیٹنگز والی فائل استعمال نہیں ہو سکی۔ جس نے My Voice سیٹ اپ کیا تھا اس سے کہیں کہ اسے مثال والی فائل سے ملا کر چیک کریں۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One of the &apos;learn about my meeting&apos; pages could not be read. Ask whoever looks after My Voice to check the content files.</source>
        <translation>&apos;اپنی میٹنگ کے بارے میں جانیں&apos; کا کوئی صفحہ پڑھا نہیں جا سکا۔ جو My Voice کی دیکھ بھال کرتا ہے اس سے کہیں کہ مواد کی فائلیں چیک کریں۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No microphone was found. Plug one in or switch it on, then try again.</source>
        <translation>کوئی مائیکروفون نہیں ملا۔ مائیکروفون لگائیں یا چالو کریں، پھر دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The microphone could not be started. Close other programs that may be using it, check that this computer lets My Voice use it, then try again.</source>
        <translation>مائیکروفون شروع نہیں ہو سکا۔ وہ دوسرے پروگرام بند کریں جو شاید اسے استعمال کر رہے ہوں، چیک کریں کہ یہ کمپیوٹر My Voice کو اسے استعمال کرنے دیتا ہے، پھر دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No camera could be started. Check that one is plugged in and switched on, and close other programs that may be using it, then try again.</source>
        <translation>کوئی کیمرا شروع نہیں ہو سکا۔ چیک کریں کہ کیمرا لگا ہوا اور چالو ہے، اور وہ دوسرے پروگرام بند کریں جو شاید اسے استعمال کر رہے ہوں، پھر دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stopped before it finished. Nothing was changed.</source>
        <translation>مکمل ہونے سے پہلے روک دیا گیا۔ کچھ نہیں بدلا۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>My Voice is not allowed to use that place. Choose another folder.</source>
        <translation>My Voice کو اس جگہ کے استعمال کی اجازت نہیں۔ کوئی دوسرا فولڈر چنیں۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That file or folder is no longer there. Is the USB stick still plugged in?</source>
        <translation>وہ فائل یا فولڈر اب وہاں نہیں ہے۔ کیا یو ایس بی اسٹک ابھی تک لگی ہوئی ہے؟</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file could not be read or written. Is there enough space, and is the USB stick still plugged in?</source>
        <translation>فائل پڑھی یا لکھی نہیں جا سکی۔ کیا کافی جگہ ہے، اور کیا یو ایس بی اسٹک ابھی تک لگی ہوئی ہے؟</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Something went wrong, and nothing was changed. Please try again.</source>
        <translation>کچھ غلط ہو گیا، اور کچھ نہیں بدلا۔ براہِ کرم دوبارہ کوشش کریں۔</translation>
    </message>
</context>
<context>
    <name>FeelingsPage</name>
    <message>
        <location filename="../voiceapp/ui/feelings/feelings_page.py" line="+34"/>
        <source>Happy</source>
        <translation>خوش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safe</source>
        <translation>محفوظ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Okay</source>
        <translation>ٹھیک ٹھاک</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worried</source>
        <translation>فکرمند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scared</source>
        <translation>خوفزدہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sad</source>
        <translation>اداس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Angry</source>
        <translation>غصے میں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confused</source>
        <translation>الجھن میں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hopeful</source>
        <translation>پُرامید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lonely</source>
        <translation>تنہا</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A little</source>
        <translation>تھوڑا سا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quite a lot</source>
        <translation>کافی زیادہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very</source>
        <translation>بہت</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Chosen. Press again to take it away.</source>
        <translation>چن لیا گیا۔ ہٹانے کے لیے پھر سے دبائیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press if you feel like this</source>
        <translation>اگر آپ ایسا محسوس کرتے ہیں تو دبائیں</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How much you feel like this</source>
        <translation>آپ ایسا کتنا محسوس کرتے ہیں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say more if you like…</source>
        <translation>چاہیں تو اور بتائیں…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More about feeling %1</source>
        <translation>احساس %1 کے بارے میں مزید</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You do not have to write anything here</source>
        <translation>آپ کو یہاں کچھ لکھنا ضروری نہیں</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Helper wrote this</source>
        <translation>مددگار نے یہ لکھا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your helper wrote these words for you. Press if they are your own words.</source>
        <translation>یہ الفاظ آپ کے مددگار نے آپ کے لیے لکھے۔ اگر یہ آپ کے اپنے الفاظ ہیں تو دبائیں۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>My own words</source>
        <translation>میرے اپنے الفاظ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press if your helper wrote these words down for you</source>
        <translation>اگر یہ الفاظ آپ کے مددگار نے آپ کے لیے لکھے تو دبائیں</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>How I feel</source>
        <translation>میرے احساسات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press the faces that show how you feel. Then choose how much. You can add words.</source>
        <translation>وہ چہرے دبائیں جو دکھاتے ہیں کہ آپ کیسا محسوس کرتے ہیں۔ پھر چنیں کہ کتنا۔ آپ الفاظ بھی لکھ سکتے ہیں۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Feelings</source>
        <translation>احساسات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ten feelings, each with a face</source>
        <translation>دس احساسات، ہر ایک کا اپنا چہرہ</translation>
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
        <translation>My Voice کو لاک کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your passphrase is needed to open it again.</source>
        <translation>اسے دوبارہ کھولنے کے لیے آپ کا پاس فریز درکار ہوگا۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Helper: leave the space</source>
        <translation>مددگار: جگہ سے باہر نکلیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For the helper. Needs their PIN or passphrase.</source>
        <translation>مددگار کے لیے۔ ان کا PIN یا پاس فریز درکار ہے۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Well done!</source>
        <translation>شاباش!</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A big tick</source>
        <translation>ایک بڑا ٹک کا نشان</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thank you for sharing your views. You can look at your things again, or send them to the chair of your meeting when you are ready.</source>
        <translation>اپنی رائے بتانے کا شکریہ۔ آپ اپنی چیزیں دوبارہ دیکھ سکتے ہیں، یا جب تیار ہوں تو انہیں اپنی میٹنگ کے چیئر کو بھیج سکتے ہیں۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Look at my things</source>
        <translation>میری چیزیں دیکھیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See everything you made and who may see it.</source>
        <translation>وہ سب کچھ دیکھیں جو آپ نے بنایا اور یہ کہ اسے کون دیکھ سکتا ہے۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send to the chair</source>
        <translation>چیئر کو بھیجیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look at your things once more and send them to the chair.</source>
        <translation>اپنی چیزیں ایک بار پھر دیکھیں اور انہیں چیئر کو بھیجیں۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Go back to my space</source>
        <translation>میری جگہ پر واپس جائیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carry on making things.</source>
        <translation>چیزیں بناتے رہیں۔</translation>
    </message>
</context>
<context>
    <name>FirstRunFrame</name>
    <message>
        <location filename="../voiceapp/ui/first_run_frame.py" line="+36"/>
        <location line="+1"/>
        <source>Back</source>
        <translation>واپس</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back to the start screen.</source>
        <translation>شروع کی اسکرین پر واپس جائیں۔</translation>
    </message>
</context>
<context>
    <name>HelperHome</name>
    <message>
        <location filename="../voiceapp/ui/helper/home.py" line="+234"/>
        <source>Everything about {name} has been deleted from this laptop.</source>
        <translation>{name} کے بارے میں سب کچھ اس لیپ ٹاپ سے مٹا دیا گیا ہے۔</translation>
    </message>
</context>
<context>
    <name>HideCover</name>
    <message>
        <location filename="../voiceapp/ui/space/cover.py" line="+70"/>
        <source>Carry on</source>
        <translation>جاری رکھیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to where you were.</source>
        <translation>جہاں آپ تھے وہیں واپس جائیں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A picture of hills</source>
        <translation>پہاڑیوں کی ایک تصویر</translation>
    </message>
</context>
<context>
    <name>Homes</name>
    <message>
        <location filename="../voiceapp/ui/homes.py" line="+47"/>
        <location line="+1"/>
        <source>Lock My Voice</source>
        <translation>My Voice کو لاک کریں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock now. Your passphrase is needed to open it again.</source>
        <translation>ابھی لاک کریں۔ اسے دوبارہ کھولنے کے لیے آپ کا پاس فریز درکار ہوگا۔</translation>
    </message>
</context>
<context>
    <name>HousesPage</name>
    <message>
        <location filename="../voiceapp/ui/feelings/houses_page.py" line="+56"/>
        <source>House of good things</source>
        <translation>اچھی باتوں کا گھر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>House of worries</source>
        <translation>فکروں کا گھر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>House of hopes and dreams</source>
        <translation>امیدوں اور خوابوں کا گھر</translation>
    </message>
    <message>
        <location line="+158"/>
        <location line="+1"/>
        <source>A drawing</source>
        <translation>ایک ڈرائنگ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written by my helper</source>
        <translation>میرے مددگار نے لکھا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take away</source>
        <translation>نکال دیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take away: %1</source>
        <translation>نکال دیں: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Takes this out of the house. Undo puts it back.</source>
        <translation>اسے گھر سے نکال دیتا ہے۔ &quot;واپس لیں&quot; اسے دوبارہ رکھ دیتا ہے۔</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Name of this house</source>
        <translation>اس گھر کا نام</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You can give the house a new name: %1</source>
        <translation>آپ گھر کو نیا نام دے سکتے ہیں: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing here yet.</source>
        <translation>یہاں ابھی کچھ نہیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type something to put in…</source>
        <translation>اندر رکھنے کے لیے کچھ لکھیں…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New thing for %1</source>
        <translation>%1 کے لیے نئی چیز</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type it, then press Put in</source>
        <translation>لکھیں، پھر &quot;اندر رکھیں&quot; دبائیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put in</source>
        <translation>اندر رکھیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put in %1</source>
        <translation>%1 میں رکھیں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Puts your words into this house</source>
        <translation>آپ کے الفاظ اس گھر میں رکھ دیتا ہے</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw something</source>
        <translation>کچھ ڈرا کریں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw something for %1</source>
        <translation>%1 کے لیے کچھ ڈرا کریں</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make a drawing, then put it in this house</source>
        <translation>ڈرائنگ بنائیں، پھر اسے اس گھر میں رکھیں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Things in %1</source>
        <translation>%1 میں موجود چیزیں</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>Three houses</source>
        <translation>تین گھر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put good things, worries, hopes and dreams in the houses. You can rename them.</source>
        <translation>اچھی باتیں، فکریں، امیدیں اور خواب گھروں میں رکھیں۔ آپ ان کے نام بدل سکتے ہیں۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>My helper is writing for me</source>
        <translation>میرا مددگار میرے لیے لکھ رہا ہے</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New things are marked as written by your helper. Press to write yourself.</source>
        <translation>نئی چیزوں پر نشان ہوتا ہے کہ آپ کے مددگار نے لکھیں۔ خود لکھنے کے لیے دبائیں۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I am writing myself</source>
        <translation>میری اپنی لکھائی</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Press when your helper writes down what you say</source>
        <translation>جب آپ کا مددگار آپ کی کہی بات لکھے تو دبائیں</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Undo</source>
        <translation>واپس لیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take back the last change</source>
        <translation>آخری تبدیلی واپس لیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Redo</source>
        <translation>دوبارہ کریں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put back what you took back</source>
        <translation>جو واپس لیا تھا اسے پھر سے لائیں</translation>
    </message>
</context>
<context>
    <name>HousesView</name>
    <message>
        <location filename="../voiceapp/ui/chair/items.py" line="+259"/>
        <source>A drawing</source>
        <translation>ایک ڈرائنگ</translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <location line="-201"/>
        <source>Picture</source>
        <translation>تصویر</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Zoom in</source>
        <translation>بڑا کریں</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make the picture bigger.</source>
        <translation>تصویر کو بڑا کریں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>چھوٹا کریں</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make the picture smaller.</source>
        <translation>تصویر کو چھوٹا کریں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit</source>
        <translation>پوری دکھائیں</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the whole picture.</source>
        <translation>پوری تصویر دکھائیں۔</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The picture called {title}</source>
        <translation>تصویر جس کا نام {title} ہے</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../voiceapp/ui/helper/import_page.py" line="+41"/>
        <source>My drawing on paper</source>
        <translation>کاغذ پر میری ڈرائنگ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My letter</source>
        <translation>میرا خط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My recording</source>
        <translation>میری ریکارڈنگ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My video</source>
        <translation>میری ویڈیو</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Choose something made elsewhere</source>
        <translation>کہیں اور بنائی ہوئی چیز چنیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictures, letters, recordings and videos (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.tif *.tiff *.txt *.ogg *.opus *.oga *.mp3 *.m4a *.wav *.aac *.flac *.webm *.mp4 *.mov *.mkv *.avi *.3gp);;All files (*)</source>
        <translation>تصاویر، خطوط، ریکارڈنگز اور ویڈیوز (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.tif *.tiff *.txt *.ogg *.opus *.oga *.mp3 *.m4a *.wav *.aac *.flac *.webm *.mp4 *.mov *.mkv *.avi *.3gp);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Add something made elsewhere</source>
        <translation>کہیں اور بنائی ہوئی چیز شامل کریں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a file: a photo of a drawing on paper, a letter typed on another computer, a voice recording or a video. My Voice checks it, removes hidden details such as where a photo was taken, and keeps it locked with {name}&apos;s things.</source>
        <translation>فائل چنیں: کاغذ پر بنی ڈرائنگ کی تصویر، کسی اور کمپیوٹر پر ٹائپ کیا ہوا خط، آواز کی ریکارڈنگ یا ویڈیو۔ My Voice اسے چیک کرتا ہے، چھپی ہوئی تفصیلات (جیسے تصویر کہاں لی گئی) ہٹاتا ہے، اور اسے {name} کی چیزوں کے ساتھ لاک کر کے رکھتا ہے۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking {file} and making it ready...</source>
        <translation>{file} چیک ہو رہی ہے اور تیار کی جا رہی ہے...</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>What is it called?</source>
        <translation>اس کا نام کیا ہے؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A title the chair will see, in {name}&apos;s words if they like.</source>
        <translation>ایک عنوان جو چیئر دیکھیں گے، اگر {name} چاہیں تو ان کے اپنے الفاظ میں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who may see it? Ask {name}.</source>
        <translation>اسے کون دیکھ سکتا ہے؟ {name} سے پوچھیں۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Everyone at the meeting</source>
        <translation>میٹنگ میں سب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the chair</source>
        <translation>صرف چیئر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whose words are they?</source>
        <translation>یہ کس کے الفاظ ہیں؟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}&apos;s own</source>
        <translation>{name} کے اپنے</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Written down by a helper</source>
        <translation>مددگار نے لکھا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview</source>
        <translation>پیش منظر</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back to {name}&apos;s page</source>
        <translation>{name} کے صفحے پر واپس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back without adding anything.</source>
        <translation>کچھ شامل کیے بغیر واپس جائیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a file...</source>
        <translation>فائل چنیں...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens a window to pick the file.</source>
        <translation>فائل چننے کے لیے ایک ونڈو کھولتا ہے۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a different file</source>
        <translation>کوئی دوسری فائل چنیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave this one out and pick another.</source>
        <translation>اسے چھوڑ دیں اور کوئی اور چنیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop</source>
        <translation>روکیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop checking this file. Nothing is added.</source>
        <translation>اس فائل کی جانچ روک دیں۔ کچھ شامل نہیں ہوگا۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add to {name}&apos;s things</source>
        <translation>{name} کی چیزوں میں شامل کریں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keeps it, locked, with {name}&apos;s things.</source>
        <translation>اسے لاک کر کے {name} کی چیزوں کے ساتھ رکھتا ہے۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How far the checking has got</source>
        <translation>جانچ کتنی آگے بڑھی ہے</translation>
    </message>
</context>
<context>
    <name>InUsePage</name>
    <message>
        <location filename="../voiceapp/ui/profile/in_use_page.py" line="+35"/>
        <location line="+14"/>
        <source>My Voice cannot open yet</source>
        <translation>My Voice ابھی نہیں کھل سکتا</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+1"/>
        <source>Try again</source>
        <translation>دوبارہ کوشش کریں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try to open My Voice again, after closing the other window.</source>
        <translation>دوسری ونڈو بند کرنے کے بعد My Voice کو دوبارہ کھولنے کی کوشش کریں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Close My Voice</source>
        <translation>My Voice بند کریں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close this window.</source>
        <translation>یہ ونڈو بند کریں۔</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <location filename="../voiceapp/ui/chair/inbox.py" line="+43"/>
        <source>Inbox</source>
        <translation>ان باکس</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose inbox folder…</source>
        <translation>ان باکس فولڈر چنیں…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the folder where you save files that young people send you.</source>
        <translation>وہ فولڈر چنیں جس میں آپ نوجوانوں کی بھیجی ہوئی فائلیں محفوظ کرتے ہیں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the .voice files you receive (for example e-mail attachments) into this folder. New files appear here by themselves.</source>
        <translation>جو ‎.voice فائلیں آپ کو ملیں (مثلاً ای میل کے اٹیچمنٹ) انہیں اس فولڈر میں محفوظ کریں۔ نئی فائلیں یہاں خود بخود نظر آ جاتی ہیں۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Status</source>
        <translation>حالت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conference</source>
        <translation>کانفرنس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen name</source>
        <translation>چنا ہوا نام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>موصول ہوئی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>فائل</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Files in the inbox</source>
        <translation>ان باکس میں فائلیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press Enter or double-click to open the chosen file.</source>
        <translation>چنی ہوئی فائل کھولنے کے لیے Enter دبائیں یا ڈبل کلک کریں۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open</source>
        <translation>کھولیں</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the chosen file.</source>
        <translation>چنی ہوئی فائل کھولیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open file…</source>
        <translation>فائل کھولیں…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open a .voice file from anywhere on this computer.</source>
        <translation>اس کمپیوٹر پر کہیں سے بھی ‎.voice فائل کھولیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Look again</source>
        <translation>دوبارہ دیکھیں</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Look in the inbox folder for new files.</source>
        <translation>ان باکس فولڈر میں نئی فائلیں دیکھیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You can also drag a .voice file onto this window to open it.</source>
        <translation>آپ کوئی ‎.voice فائل کھینچ کر اس ونڈو پر چھوڑ کر بھی کھول سکتے ہیں۔</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choose your inbox folder</source>
        <translation>اپنا ان باکس فولڈر چنیں</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Inbox folder: %1</source>
        <translation>ان باکس فولڈر: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No inbox folder chosen yet.</source>
        <translation>ابھی کوئی ان باکس فولڈر نہیں چنا گیا۔</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose the folder where you save files from e-mails, or open a file.</source>
        <translation>وہ فولڈر چنیں جہاں آپ ای میلز سے فائلیں محفوظ کرتے ہیں، یا کوئی فائل کھولیں۔</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>New</source>
        <translation>نئی</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opened</source>
        <translation>کھولی گئی</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>There are no .voice files in the inbox folder yet.</source>
        <translation>ان باکس فولڈر میں ابھی کوئی ‎.voice فائل نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Open a file from a young person</source>
        <translation>کسی نوجوان کی فائل کھولیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My Voice files (*.voice);;All files (*)</source>
        <translation>My Voice فائلیں (*.voice);;تمام فائلیں (*)</translation>
    </message>
</context>
<context>
    <name>ItemCard</name>
    <message>
        <location filename="../voiceapp/ui/helper/items_view.py" line="+44"/>
        <source>Preview of {title}</source>
        <translation>{title} کا پیش منظر</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Change to: only the chair</source>
        <translation>بدلیں: صرف چیئر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change to: everyone</source>
        <translation>بدلیں: سب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change who may see {title}</source>
        <translation>بدلیں کہ {title} کون دیکھ سکتا ہے</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove</source>
        <translation>ہٹائیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove {title}</source>
        <translation>{title} ہٹائیں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deletes this thing from the laptop, after asking you.</source>
        <translation>آپ سے پوچھنے کے بعد یہ چیز لیپ ٹاپ سے مٹا دیتا ہے۔</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{kind}: {title}</source>
        <translation>{kind}: {title}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{kind}. {audience}. {words}.</source>
        <translation>{kind}۔ {audience}۔ {words}۔</translation>
    </message>
</context>
<context>
    <name>ItemPanel</name>
    <message>
        <location filename="../voiceapp/ui/chair/viewer.py" line="+66"/>
        <source>Opening…</source>
        <translation>کھل رہی ہے…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>I have read, seen or heard this</source>
        <translation>میں نے اسے پڑھ، دیکھ یا سن لیا ہے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as read</source>
        <translation>پڑھا ہوا نشان لگائیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A mark for you: kept locked in My Voice, never in a summary.</source>
        <translation>آپ کے لیے ایک نشان: My Voice میں محفوظ، کبھی کسی خلاصے میں نہیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shared at the meeting</source>
        <translation>میٹنگ میں شیئر کیا گیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as shared at the meeting</source>
        <translation>میٹنگ میں شیئر کیا ہوا نشان لگائیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows in the complete summary which things the meeting saw or heard.</source>
        <translation>مکمل خلاصے میں دکھاتا ہے کہ میٹنگ نے کون سی چیزیں دیکھیں یا سنیں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My private notes on this (kept locked in My Voice, never in a summary)</source>
        <translation>اس پر میرے نجی نوٹس (My Voice میں لاک رہتے ہیں، کبھی خلاصے میں نہیں آتے)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>My private notes</source>
        <translation>میرے نجی نوٹس</translation>
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
        <translation>چیئر کا کلید کارڈ کھولیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My Voice key cards (*.voicekey);;All files (*)</source>
        <translation>My Voice کلید کارڈ (*.voicekey);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>That key card was not used. Ask the chair to send their key card again, then check the letters together.</source>
        <translation>وہ کلید کارڈ استعمال نہیں ہوا۔ چیئر سے کہیں کہ اپنا کلید کارڈ دوبارہ بھیجیں، پھر مل کر حروف چیک کریں۔</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The chair&apos;s key card</source>
        <translation>چیئر کا کلید کارڈ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The conference chair shares a small key card file (it ends in .voicekey). With it, {name}&apos;s things are locked so that only the chair can open them. Open the file, or paste its text below.</source>
        <translation>کانفرنس کے چیئر ایک چھوٹی کلید کارڈ فائل شیئر کرتے ہیں (جس کے آخر میں ‎.voicekey ہوتا ہے)۔ اس کے ذریعے {name} کی چیزیں اس طرح لاک ہوتی ہیں کہ صرف چیئر انہیں کھول سکیں۔ فائل کھولیں، یا اس کا متن نیچے پیسٹ کریں۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Or paste the key card text here</source>
        <translation>یا کلید کارڈ کا متن یہاں پیسٹ کریں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key card text</source>
        <translation>کلید کارڈ کا متن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste the whole key card, from &apos;My Voice key card&apos; to the fingerprint.</source>
        <translation>پورا کلید کارڈ پیسٹ کریں، &apos;My Voice key card&apos; سے لے کر فنگر پرنٹ تک۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Phone the chair and ask them to read out their fingerprint. Do the letters match the ones below?</source>
        <translation>چیئر کو فون کریں اور ان سے کہیں کہ اپنا فنگر پرنٹ پڑھ کر سنائیں۔ کیا حروف نیچے والے حروف سے ملتے ہیں؟</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fingerprint</source>
        <translation>فنگر پرنٹ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fingerprint: {letters}</source>
        <translation>فنگر پرنٹ: {letters}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is an older kind of key. It works, but ask the chair whether they have a newer key card.</source>
        <translation>یہ پرانی قسم کی کلید ہے۔ یہ کام کرتی ہے، لیکن چیئر سے پوچھیں کہ کیا ان کے پاس نیا کلید کارڈ ہے۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Back to {name}&apos;s page</source>
        <translation>{name} کے صفحے پر واپس</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go back without changing the key card.</source>
        <translation>کلید کارڈ بدلے بغیر واپس جائیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a key card file...</source>
        <translation>کلید کارڈ کی فائل کھولیں...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens a window to pick the .voicekey file.</source>
        <translation>‎.voicekey فائل چننے کے لیے ایک ونڈو کھولتا ہے۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check the pasted text</source>
        <translation>پیسٹ کیا ہوا متن چیک کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks the text and shows the chair&apos;s name and fingerprint.</source>
        <translation>متن چیک کرتا ہے اور چیئر کا نام اور فنگر پرنٹ دکھاتا ہے۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No, they are different</source>
        <translation>نہیں، یہ مختلف ہیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not use this key card.</source>
        <translation>یہ کلید کارڈ استعمال نہ کریں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yes, they match: use it</source>
        <translation>ہاں، یہ ملتے ہیں: اسے استعمال کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this key card to send {name}&apos;s things.</source>
        <translation>{name} کی چیزیں بھیجنے کے لیے یہ کلید کارڈ استعمال کریں۔</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <location filename="../voiceapp/ui/chair/keypage.py" line="+42"/>
        <source>My key</source>
        <translation>میری کلید</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send your key card to the helpers (social workers and advocates) who help young people get ready for your conferences. When a helper brings it into My Voice, read the fingerprint to each other over the phone: if the letters match, the card really is yours.</source>
        <translation>اپنا کلید کارڈ ان مددگاروں (سوشل ورکرز اور ایڈووکیٹس) کو بھیجیں جو نوجوانوں کو آپ کی کانفرنسوں کے لیے تیار ہونے میں مدد دیتے ہیں۔ جب کوئی مددگار اسے My Voice میں لائے تو فون پر ایک دوسرے کو فنگر پرنٹ پڑھ کر سنائیں: اگر حروف ملتے ہیں تو کارڈ واقعی آپ کا ہے۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your name, as helpers know you</source>
        <translation>آپ کا نام، جیسے مددگار آپ کو جانتے ہیں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your organisation</source>
        <translation>آپ کا ادارہ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your name</source>
        <translation>آپ کا نام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>ادارہ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fingerprint</source>
        <translation>فنگر پرنٹ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The key card as text</source>
        <translation>کلید کارڈ بطور متن</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save key card…</source>
        <translation>کلید کارڈ محفوظ کریں…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the key card as a file to send to helpers.</source>
        <translation>مددگاروں کو بھیجنے کے لیے کلید کارڈ کو فائل کے طور پر محفوظ کریں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print key card…</source>
        <translation>کلید کارڈ پرنٹ کریں…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print the key card, fingerprint in large letters.</source>
        <translation>کلید کارڈ پرنٹ کریں، فنگر پرنٹ بڑے حروف میں۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back up your key</source>
        <translation>اپنی کلید کا بیک اپ بنائیں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If this key is lost (a broken or replaced computer, a forgotten passphrase), the young people&apos;s views sent to it can never be opened, by anyone. Not even My Voice can get them back.</source>
        <translation>اگر یہ کلید کھو جائے (کمپیوٹر خراب یا تبدیل ہو جائے، یا پاس فریز بھول جائے)، تو اس پر بھیجی گئی نوجوانوں کی رائے کبھی کوئی نہیں کھول سکے گا۔ My Voice بھی انہیں واپس نہیں لا سکتا۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A backup is locked with a recovery passphrase. Choose one different from your everyday passphrase, keep it apart from the backup, and keep the backup away from this computer.</source>
        <translation>بیک اپ بحالی والے پاس فریز سے لاک ہوتا ہے۔ ایسا چنیں جو آپ کے روزمرہ پاس فریز سے مختلف ہو، اسے بیک اپ سے الگ رکھیں، اور بیک اپ کو اس کمپیوٹر سے دور رکھیں۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a recovery passphrase</source>
        <translation>بحالی والا پاس فریز چنیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the recovery passphrase again</source>
        <translation>بحالی والا پاس فریز دوبارہ لکھیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least 10 characters, and not the same as your everyday passphrase.</source>
        <translation>کم از کم 10 حروف، اور آپ کے روزمرہ پاس فریز سے مختلف۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a backup…</source>
        <translation>بیک اپ محفوظ کریں…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose where to save the backup of your key.</source>
        <translation>چنیں کہ اپنی کلید کا بیک اپ کہاں محفوظ کرنا ہے۔</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Conference chair</source>
        <translation>کانفرنس چیئر</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Names must be one short line of plain text.</source>
        <translation>نام سادہ متن کی ایک چھوٹی سطر ہونی چاہیے۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fingerprint: %1</source>
        <translation>فنگر پرنٹ: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standard key (post-quantum)</source>
        <translation>معیاری کلید (پوسٹ کوانٹم)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compatibility key (X25519): also opens with older age tools</source>
        <translation>مطابقت والی کلید (X25519): پرانے age ٹولز سے بھی کھلتی ہے</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save your key card</source>
        <translation>اپنا کلید کارڈ محفوظ کریں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key cards (*.voicekey)</source>
        <translation>کلید کارڈ (*.voicekey)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Key card saved: %1</source>
        <translation>کلید کارڈ محفوظ ہو گیا: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save the backup of your key</source>
        <translation>اپنی کلید کا بیک اپ محفوظ کریں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key backups (*.age)</source>
        <translation>کلید کے بیک اپ (*.age)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saving the backup…</source>
        <translation>بیک اپ محفوظ ہو رہا ہے…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backup saved: %1. Keep it, and its recovery passphrase, safe.</source>
        <translation>بیک اپ محفوظ ہو گیا: %1۔ اسے اور اس کے بحالی والے پاس فریز کو محفوظ رکھیں۔</translation>
    </message>
</context>
<context>
    <name>LearnContents</name>
    <message>
        <location filename="../voiceapp/ui/learn/contents.py" line="+63"/>
        <source>Open page {number}.</source>
        <translation>صفحہ {number} کھولیں۔</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Learn about my meeting</source>
        <translation>اپنی میٹنگ کے بارے میں جانیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a page to read. You can read them in any order.</source>
        <translation>پڑھنے کے لیے کوئی صفحہ چنیں۔ آپ انہیں کسی بھی ترتیب میں پڑھ سکتے ہیں۔</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Read to me</source>
        <translation>مجھے پڑھ کر سنائیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the names of the pages out loud.</source>
        <translation>صفحوں کے نام اونچی آواز میں پڑھیں۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop</source>
        <translation>روکیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop reading out loud.</source>
        <translation>اونچی آواز میں پڑھنا بند کریں۔</translation>
    </message>
</context>
<context>
    <name>LearnPage</name>
    <message>
        <location filename="../voiceapp/ui/learn/page_view.py" line="+286"/>
        <source>Easier words</source>
        <translation>آسان الفاظ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this page in shorter, easier sentences.</source>
        <translation>یہ صفحہ چھوٹے اور آسان جملوں میں دکھائیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>More detail</source>
        <translation>مزید تفصیل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this page with more to read about it.</source>
        <translation>یہ صفحہ مزید تفصیل کے ساتھ دکھائیں۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Page {number} of {count}</source>
        <translation>صفحہ {number} از {count}</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+21"/>
        <source>All pages</source>
        <translation>تمام صفحات</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>That was the last page. Go back to the list of pages.</source>
        <translation>یہ آخری صفحہ تھا۔ صفحوں کی فہرست پر واپس جائیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next →</source>
        <translation>اگلا ←‏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the next page.</source>
        <translation>اگلے صفحے پر جائیں۔</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Go back to the list of pages.</source>
        <translation>صفحوں کی فہرست پر واپس جائیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read to me</source>
        <translation>مجھے پڑھ کر سنائیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read this page out loud.</source>
        <translation>یہ صفحہ اونچی آواز میں پڑھیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop</source>
        <translation>روکیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop reading out loud.</source>
        <translation>اونچی آواز میں پڑھنا بند کریں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>← Back</source>
        <translation>‏→ پچھلا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the page before this one.</source>
        <translation>اس سے پہلے والے صفحے پر جائیں۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The page</source>
        <translation>صفحہ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The words and pictures of this page. Use the arrow keys to scroll.</source>
        <translation>اس صفحے کے الفاظ اور تصویریں۔ اوپر نیچے جانے کے لیے تیر والی کلیدیں استعمال کریں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Learn about my meeting</source>
        <translation>اپنی میٹنگ کے بارے میں جانیں</translation>
    </message>
</context>
<context>
    <name>LeaveGate</name>
    <message>
        <location filename="../voiceapp/ui/helper/space.py" line="+123"/>
        <source>That is not right.</source>
        <translation>یہ درست نہیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please use the helper&apos;s passphrase.</source>
        <translation>براہِ کرم مددگار کا پاس فریز استعمال کریں۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only your helper can leave</source>
        <translation>صرف آپ کا مددگار باہر نکل سکتا ہے</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Helper: type your PIN or your passphrase.</source>
        <translation>مددگار: اپنا PIN یا پاس فریز لکھیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Helper: type your passphrase.</source>
        <translation>مددگار: اپنا پاس فریز لکھیں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Helper&apos;s PIN or passphrase</source>
        <translation>مددگار کا PIN یا پاس فریز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the helper knows it.</source>
        <translation>یہ صرف مددگار جانتا ہے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking...</source>
        <translation>چیک ہو رہا ہے...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stay in the space</source>
        <translation>جگہ میں ہی رہیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to the space.</source>
        <translation>جگہ پر واپس جائیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave</source>
        <translation>باہر نکلیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check and leave the space.</source>
        <translation>چیک کریں اور جگہ سے باہر نکلیں۔</translation>
    </message>
</context>
<context>
    <name>LetterEditor</name>
    <message>
        <location filename="../voiceapp/ui/write/editor.py" line="+31"/>
        <source>What is going well</source>
        <translation>کیا اچھا چل رہا ہے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What worries me</source>
        <translation>مجھے کس بات کی فکر ہے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What I wish would happen</source>
        <translation>میری خواہش کیا ہے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What I want the meeting to know</source>
        <translation>وہ بات جو میٹنگ کو معلوم ہونی چاہیے</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>There are no words yet. Type something and I will read it back.</source>
        <translation>ابھی کوئی الفاظ نہیں ہیں۔ کچھ لکھیں اور اسے پڑھ کر سنایا جائے گا۔</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+68"/>
        <source>My letter</source>
        <translation>میرا خط</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Write what you want the meeting to know, in your own words. It saves by itself.</source>
        <translation>جو آپ میٹنگ کو بتانا چاہتے ہیں وہ اپنے الفاظ میں لکھیں۔ یہ خود بخود محفوظ ہوتا ہے۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Need an idea? Pick a start:</source>
        <translation>کوئی خیال چاہیے؟ شروعات چنیں:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Adds this as a heading in your letter. You can keep it or delete it.</source>
        <translation>اسے آپ کے خط میں سرخی کے طور پر شامل کرتا ہے۔ آپ اسے رکھ سکتے ہیں یا مٹا سکتے ہیں۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A-</source>
        <translation>A-</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the writing smaller</source>
        <translation>لکھائی چھوٹی کریں</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the writing bigger</source>
        <translation>لکھائی بڑی کریں</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo</source>
        <translation>واپس لیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take back the last change</source>
        <translation>آخری تبدیلی واپس لیں</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Redo</source>
        <translation>دوبارہ کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put back what you took back</source>
        <translation>جو واپس لیا تھا اسے پھر سے لائیں</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Smaller writing</source>
        <translation>چھوٹی لکھائی</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bigger writing</source>
        <translation>بڑی لکھائی</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop reading</source>
        <translation>پڑھنا بند کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop reading aloud</source>
        <translation>اونچی آواز میں پڑھنا بند کریں</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read it back to me</source>
        <translation>مجھے پڑھ کر سنائیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reads your letter aloud</source>
        <translation>آپ کا خط اونچی آواز میں پڑھتا ہے</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type your letter here</source>
        <translation>اپنا خط یہاں لکھیں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start typing here…</source>
        <translation>یہاں لکھنا شروع کریں…</translation>
    </message>
</context>
<context>
    <name>LetterView</name>
    <message>
        <location filename="../voiceapp/ui/chair/items.py" line="+54"/>
        <source>Letter</source>
        <translation>خط</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <location filename="../voiceapp/ui/record/meter.py" line="+66"/>
        <source>Sound level</source>
        <translation>آواز کی سطح</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How loud the microphone hears you. It moves when you talk.</source>
        <translation>مائیکروفون آپ کو کتنی اونچی آواز میں سنتا ہے۔ جب آپ بولتے ہیں تو یہ ہلتا ہے۔</translation>
    </message>
</context>
<context>
    <name>ListenPage</name>
    <message>
        <location filename="../voiceapp/ui/space/recording.py" line="+105"/>
        <source>Press Play to listen again. In My things you can choose who hears it.</source>
        <translation>دوبارہ سننے کے لیے &quot;چلائیں&quot; دبائیں۔ &quot;میری چیزیں&quot; میں آپ چن سکتے ہیں کہ اسے کون سنے۔</translation>
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
        <translation>ویڈیو کی تصویر</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+88"/>
        <source>Play</source>
        <translation>چلائیں</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Play or pause.</source>
        <translation>چلائیں یا روکیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back 10 s</source>
        <translation>10 سیکنڈ پیچھے</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go back ten seconds.</source>
        <translation>دس سیکنڈ پیچھے جائیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On 10 s</source>
        <translation>10 سیکنڈ آگے</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go on ten seconds.</source>
        <translation>دس سیکنڈ آگے جائیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Position</source>
        <translation>مقام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the playing is. Arrow keys move it.</source>
        <translation>کہاں تک چل چکا ہے۔ تیر والی کلیدیں اسے آگے پیچھے کرتی ہیں۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Time</source>
        <translation>وقت</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Pause</source>
        <translation>وقفہ</translation>
    </message>
</context>
<context>
    <name>MemoryPlayer</name>
    <message>
        <location filename="../voiceapp/ui/record/playback.py" line="+201"/>
        <source>{position} of {length}</source>
        <translation>{position} از {length}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pause</source>
        <translation>وقفہ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play</source>
        <translation>چلائیں</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop playing for now.</source>
        <translation>ابھی کے لیے چلانا روک دیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listen from where it is up to.</source>
        <translation>جہاں تک پہنچا تھا وہاں سے سنیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Player</source>
        <translation>پلیئر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where it is up to</source>
        <translation>کہاں تک پہنچا ہے</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The arrow keys go back or on by one second.</source>
        <translation>تیر والی کلیدیں ایک سیکنڈ پیچھے یا آگے لے جاتی ہیں۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Video picture</source>
        <translation>ویڈیو کی تصویر</translation>
    </message>
</context>
<context>
    <name>MicrophonePicker</name>
    <message>
        <location filename="../voiceapp/ui/record/microphones.py" line="+57"/>
        <source>Looking for microphones…</source>
        <translation>مائیکروفون ڈھونڈے جا رہے ہیں…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Microphone</source>
        <translation>مائیکروفون</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose which microphone to use. The usual one is chosen.</source>
        <translation>چنیں کہ کون سا مائیکروفون استعمال کرنا ہے۔ عام والا پہلے سے چنا ہوا ہے۔</translation>
    </message>
</context>
<context>
    <name>MyThings</name>
    <message>
        <location filename="../voiceapp/ui/space/things.py" line="+164"/>
        <source>Who may see it?</source>
        <translation>اسے کون دیکھ سکتا ہے؟</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everyone at the meeting</source>
        <translation>میٹنگ میں سب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone at the meeting may see {title}.</source>
        <translation>میٹنگ میں سب {title} دیکھ سکتے ہیں۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only the chair</source>
        <translation>صرف چیئر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the chair may see {title}.</source>
        <translation>صرف چیئر {title} دیکھ سکتے ہیں۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open</source>
        <translation>کھولیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look at {title} again, or change it.</source>
        <translation>{title} دوبارہ دیکھیں، یا اسے بدلیں۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name it</source>
        <translation>نام رکھیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give {title} a new name.</source>
        <translation>{title} کو نیا نام دیں۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete</source>
        <translation>مٹائیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Takes {title} away. You can undo this.</source>
        <translation>{title} کو ہٹا دیتا ہے۔ آپ اسے واپس لے سکتے ہیں۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the name</source>
        <translation>نام محفوظ کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this new name.</source>
        <translation>یہ نیا نام رکھیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the old name.</source>
        <translation>پرانا نام رہنے دیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new name for {title}</source>
        <translation>{title} کا نیا نام</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Picture of {title}</source>
        <translation>{title} کی تصویر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{kind}: {title}</source>
        <translation>{kind}: {title}</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>My things</source>
        <translation>میری چیزیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything you made is here. For each one, choose who at the meeting may see it.</source>
        <translation>آپ نے جو کچھ بنایا وہ یہاں ہے۔ ہر ایک کے لیے چنیں کہ میٹنگ میں اسے کون دیکھ سکتا ہے۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing here yet. Go back to My space to make something.</source>
        <translation>یہاں ابھی کچھ نہیں۔ کچھ بنانے کے لیے &quot;میری جگہ&quot; پر واپس جائیں۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You deleted {title}.</source>
        <translation>آپ نے {title} مٹا دیا۔</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Undo</source>
        <translation>واپس لیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring back the last thing you deleted.</source>
        <translation>آخری مٹائی ہوئی چیز واپس لائیں۔</translation>
    </message>
</context>
<context>
    <name>NotReadyPage</name>
    <message>
        <location filename="../voiceapp/ui/not_ready_page.py" line="+53"/>
        <source>This part of My Voice is not ready yet. We are building it now.</source>
        <translation>My Voice کا یہ حصہ ابھی تیار نہیں۔ ہم اسے ابھی بنا رہے ہیں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Back</source>
        <translation>واپس</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back to the start screen.</source>
        <translation>شروع کی اسکرین پر واپس جائیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not ready yet</source>
        <translation>ابھی تیار نہیں</translation>
    </message>
</context>
<context>
    <name>PicturePage</name>
    <message>
        <location filename="../voiceapp/ui/space/picture_page.py" line="+46"/>
        <source>A picture you made. Your helper added it.</source>
        <translation>آپ کی بنائی ہوئی ایک تصویر۔ آپ کے مددگار نے اسے شامل کیا۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Picture: {title}</source>
        <translation>تصویر: {title}</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <location filename="../voiceapp/ui/learn/read_aloud.py" line="+26"/>
        <source>Sorry, this computer has no reading voice for your language. You can ask a grown-up to read it with you.</source>
        <translation>معاف کیجیے، اس کمپیوٹر پر آپ کی زبان میں پڑھنے والی آواز نہیں ہے۔ آپ کسی بڑے سے کہہ سکتے ہیں کہ آپ کے ساتھ پڑھیں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sorry, reading aloud is not working on this computer right now. You can ask a grown-up to read it with you.</source>
        <translation>معاف کیجیے، اس کمپیوٹر پر ابھی اونچی آواز میں پڑھنا کام نہیں کر رہا۔ آپ کسی بڑے سے کہہ سکتے ہیں کہ آپ کے ساتھ پڑھیں۔</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <location filename="../voiceapp/ui/helper/receipt.py" line="+79"/>
        <source>{date} at {time}</source>
        <translation>{date} کو {time} بجے</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>My Voice: what was sent to the chair</source>
        <translation>My Voice: چیئر کو کیا بھیجا گیا</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}&apos;s things were sent on {when}.</source>
        <translation>{name} کی چیزیں {when} کو بھیجی گئیں۔</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reference {reference}</source>
        <translation>حوالہ {reference}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>For the chair: {chair}, {organisation}.</source>
        <translation>چیئر کے لیے: {chair}، {organisation}۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only the key with this fingerprint can open it: {fingerprint}</source>
        <translation>صرف اس فنگر پرنٹ والی کلید ہی اسے کھول سکتی ہے: {fingerprint}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved as {file} in {folder}</source>
        <translation>{folder} میں {file} کے نام سے محفوظ کیا گیا</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What was sent (1 thing)</source>
        <translation>کیا بھیجا گیا (1 چیز)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was sent ({count} things)</source>
        <translation>کیا بھیجا گیا ({count} چیزیں)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{n}. “{title}”: {kind}. {audience}. {words}.</source>
        <translation>{n}۔ “{title}”: {kind}۔ {audience}۔ {words}۔</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Receipt made by My Voice on {date}. The file itself is locked: only the chair&apos;s key can open it.</source>
        <translation>یہ رسید My Voice نے {date} کو بنائی۔ فائل خود لاک ہے: صرف چیئر کی کلید ہی اسے کھول سکتی ہے۔</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>My Voice receipt</source>
        <translation>My Voice رسید</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <location filename="../voiceapp/ui/helper/receipt_page.py" line="+33"/>
        <source>Receipt</source>
        <translation>رسید</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to {name}&apos;s page</source>
        <translation>{name} کے صفحے پر واپس</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Go back to the young person&apos;s page.</source>
        <translation>نوجوان کے صفحے پر واپس جائیں۔</translation>
    </message>
</context>
<context>
    <name>ReceiptView</name>
    <message>
        <location filename="../voiceapp/ui/helper/receipt_view.py" line="+79"/>
        <source>Save the receipt</source>
        <translation>رسید محفوظ کریں</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Print...</source>
        <translation>پرنٹ کریں...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the receipt on paper.</source>
        <translation>رسید کاغذ پر پرنٹ کریں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save as PDF...</source>
        <translation>PDF کے طور پر محفوظ کریں...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the receipt as a PDF file where you choose.</source>
        <translation>رسید کو PDF فائل کے طور پر اپنی چنی ہوئی جگہ پر محفوظ کریں۔</translation>
    </message>
</context>
<context>
    <name>RecordTake</name>
    <message>
        <location filename="../voiceapp/ui/record/take.py" line="+245"/>
        <source>Carry on</source>
        <translation>جاری رکھیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carry on recording from here.</source>
        <translation>یہاں سے ریکارڈنگ جاری رکھیں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pause</source>
        <translation>وقفہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop for a moment. Nothing is recorded while paused.</source>
        <translation>ایک لمحے کے لیے رکیں۔ رکنے کے دوران کچھ ریکارڈ نہیں ہوتا۔</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Recording. Say what you want the meeting to hear.</source>
        <translation>ریکارڈنگ ہو رہی ہے۔ جو آپ میٹنگ کو سنانا چاہتے ہیں وہ کہیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paused. Nothing is being recorded. Press Carry on when you are ready.</source>
        <translation>رکا ہوا ہے۔ کچھ ریکارڈ نہیں ہو رہا۔ جب تیار ہوں تو &quot;جاری رکھیں&quot; دبائیں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Finishing off…</source>
        <translation>مکمل کیا جا رہا ہے…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was recorded that time. Press Record to try again.</source>
        <translation>اس بار کچھ ریکارڈ نہیں ہوا۔ دوبارہ کوشش کرنے کے لیے &quot;ریکارڈ کریں&quot; دبائیں۔</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Time recorded: {time}</source>
        <translation>ریکارڈ کیا گیا وقت: {time}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nearly at the end: {time} left. You can finish what you are saying.</source>
        <translation>تقریباً آخر تک پہنچ گئے: {time} باقی ہے۔ آپ جو کہہ رہے ہیں وہ پورا کر سکتے ہیں۔</translation>
    </message>
</context>
<context>
    <name>RecoveryOffer</name>
    <message>
        <location filename="../voiceapp/ui/record/recovery.py" line="+241"/>
        <source>We found a recording from {when} that did not finish, but it could not be put back together.</source>
        <translation>ہمیں {when} کی ایک ریکارڈنگ ملی جو مکمل نہیں ہوئی تھی، لیکن اسے دوبارہ جوڑا نہیں جا سکا۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>We found a recording from {when} that was not kept or thrown away yet.</source>
        <translation>ہمیں {when} کی ایک ریکارڈنگ ملی جو ابھی نہ رکھی گئی ہے نہ پھینکی گئی ہے۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>We found a recording from {when} that did not finish.</source>
        <translation>ہمیں {when} کی ایک ریکارڈنگ ملی جو مکمل نہیں ہوئی تھی۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It is {length} long. You can listen to it first.</source>
        <translation>یہ {length} لمبی ہے۔ آپ پہلے اسے سن سکتے ہیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Getting it ready…</source>
        <translation>اسے تیار کیا جا رہا ہے…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Throw this recording away? It cannot be got back afterwards.</source>
        <translation>یہ ریکارڈنگ پھینک دیں؟ بعد میں اسے واپس نہیں لایا جا سکے گا۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yes, throw it away</source>
        <translation>ہاں، اسے پھینک دیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recording is deleted.</source>
        <translation>ریکارڈنگ مٹا دی گئی ہے۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, not yet</source>
        <translation>نہیں، ابھی نہیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to the recording.</source>
        <translation>ریکارڈنگ پر واپس جائیں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>A recording that did not finish</source>
        <translation>ایک ریکارڈنگ جو مکمل نہیں ہوئی</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep it</source>
        <translation>اسے رکھیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this recording with your things.</source>
        <translation>یہ ریکارڈنگ اپنی چیزوں کے ساتھ رکھیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Throw it away</source>
        <translation>اسے پھینک دیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this recording. You will be asked first.</source>
        <translation>یہ ریکارڈنگ مٹا دیں۔ پہلے آپ سے پوچھا جائے گا۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Decide later</source>
        <translation>بعد میں طے کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave it for now. It will be offered again next time.</source>
        <translation>ابھی اسے رہنے دیں۔ اگلی بار یہ دوبارہ پیش کی جائے گی۔</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <location filename="../voiceapp/ui/profile/secret_field.py" line="+61"/>
        <source>Hide</source>
        <translation>چھپائیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show</source>
        <translation>دکھائیں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide what I typed</source>
        <translation>جو میں نے لکھا اسے چھپائیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show what I typed</source>
        <translation>جو میں نے لکھا اسے دکھائیں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shows or hides the letters in the box next to it.</source>
        <translation>ساتھ والے خانے میں حروف دکھاتا یا چھپاتا ہے۔</translation>
    </message>
</context>
<context>
    <name>SendFlow</name>
    <message>
        <location filename="../voiceapp/ui/helper/send_flow.py" line="+199"/>
        <source>Where should it be saved? Choose a USB stick or a folder</source>
        <translation>اسے کہاں محفوظ کیا جائے؟ یو ایس بی اسٹک یا فولڈر چنیں</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Sent</source>
        <translation>بھیج دیا گیا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A last look</source>
        <translation>آخری نظر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send {name}&apos;s things to the chair</source>
        <translation>{name} کی چیزیں چیئر کو بھیجیں</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Look at each thing together with {name}. Under each one it says who may see it at the meeting, and whose words they are.</source>
        <translation>{name} کے ساتھ مل کر ہر چیز کو دیکھیں۔ ہر ایک کے نیچے لکھا ہے کہ میٹنگ میں اسے کون دیکھ سکتا ہے، اور یہ کس کے الفاظ ہیں۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no key card from the chair yet, so nothing can be sent. Add the chair&apos;s key card first.</source>
        <translation>ابھی چیئر کا کوئی کلید کارڈ نہیں، اس لیے کچھ نہیں بھیجا جا سکتا۔ پہلے چیئر کا کلید کارڈ شامل کریں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your helper needs to add the chair&apos;s key card before anything can be sent.</source>
        <translation>کچھ بھیجنے سے پہلے آپ کے مددگار کو چیئر کا کلید کارڈ شامل کرنا ہوگا۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is nothing to send yet. Make or add something first.</source>
        <translation>ابھی بھیجنے کے لیے کچھ نہیں۔ پہلے کچھ بنائیں یا شامل کریں۔</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>1 thing will be locked so that only this chair can open it:</source>
        <translation>1 چیز اس طرح لاک کی جائے گی کہ صرف یہی چیئر اسے کھول سکیں:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} things will be locked so that only this chair can open them:</source>
        <translation>{count} چیزیں اس طرح لاک کی جائیں گی کہ صرف یہی چیئر انہیں کھول سکیں:</translation>
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
        <translation>فنگر پرنٹ: {letters}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next, choose where to save it: a USB stick or a folder. The file gets a name that says nothing about {name}.</source>
        <translation>اس کے بعد، چنیں کہ اسے کہاں محفوظ کرنا ہے: یو ایس بی اسٹک یا فولڈر۔ فائل کو ایسا نام ملتا ہے جو {name} کے بارے میں کچھ نہیں بتاتا۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Locking and saving {name}&apos;s things. You can keep using My Voice.</source>
        <translation>{name} کی چیزیں لاک اور محفوظ کی جا رہی ہیں۔ آپ My Voice استعمال کرتے رہ سکتے ہیں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How far the saving has got</source>
        <translation>محفوظ کرنا کتنا آگے بڑھا ہے</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+17"/>
        <source>Back</source>
        <translation>واپس</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Go back without sending.</source>
        <translation>بھیجے بغیر واپس جائیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add the chair&apos;s key card</source>
        <translation>چیئر کا کلید کارڈ شامل کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open or paste the key card the chair sent you.</source>
        <translation>وہ کلید کارڈ کھولیں یا پیسٹ کریں جو چیئر نے آپ کو بھیجا۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next: a last look</source>
        <translation>اگلا: آخری نظر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See who it goes to before it is saved.</source>
        <translation>محفوظ کرنے سے پہلے دیکھیں کہ یہ کس کو جاتا ہے۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Look at the things again.</source>
        <translation>چیزیں دوبارہ دیکھیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose where to save, and send</source>
        <translation>محفوظ کرنے کی جگہ چنیں، اور بھیجیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a USB stick or a folder; saving starts straight away.</source>
        <translation>یو ایس بی اسٹک یا فولڈر چنیں؛ محفوظ کرنا فوراً شروع ہو جاتا ہے۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop</source>
        <translation>روکیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop saving. Nothing is left half-written.</source>
        <translation>محفوظ کرنا روکیں۔ کوئی چیز آدھی لکھی ہوئی نہیں رہتی۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete {name}&apos;s things now</source>
        <translation>{name} کی چیزیں ابھی مٹا دیں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deletes everything about them from this laptop, after asking you.</source>
        <translation>آپ سے پوچھنے کے بعد، ان کے بارے میں سب کچھ اس لیپ ٹاپ سے مٹا دیتا ہے۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done</source>
        <translation>ہو گیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish and go back.</source>
        <translation>ختم کریں اور واپس جائیں۔</translation>
    </message>
</context>
<context>
    <name>SpaceBar</name>
    <message>
        <location filename="../voiceapp/ui/space/bar.py" line="+78"/>
        <source>My space</source>
        <translation>میری جگہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to the choices.</source>
        <translation>انتخاب پر واپس جائیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop reading</source>
        <translation>پڑھنا بند کریں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read to me</source>
        <translation>مجھے پڑھ کر سنائیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reads the words on this page out loud.</source>
        <translation>اس صفحے کے الفاظ اونچی آواز میں پڑھتا ہے۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hide</source>
        <translation>چھپائیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Covers the screen straight away. The Escape key does it too.</source>
        <translation>اسکرین کو فوراً ڈھانپ دیتا ہے۔ Escape کلید بھی یہی کرتی ہے۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I need a break</source>
        <translation>مجھے وقفہ چاہیے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything is kept safe while you rest.</source>
        <translation>جب آپ آرام کر رہے ہوں تو سب کچھ محفوظ رہتا ہے۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I&apos;m finished</source>
        <translation>میں نے ختم کر لیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saves everything and stops for now.</source>
        <translation>سب کچھ محفوظ کرتا ہے اور ابھی کے لیے رک جاتا ہے۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The words being read out loud.</source>
        <translation>وہ الفاظ جو اونچی آواز میں پڑھے جا رہے ہیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Always here</source>
        <translation>ہمیشہ یہاں</translation>
    </message>
</context>
<context>
    <name>SpaceMenu</name>
    <message>
        <location filename="../voiceapp/ui/space/menu.py" line="+23"/>
        <source>Learn about my meeting</source>
        <translation>اپنی میٹنگ کے بارے میں جانیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What a conference is, and who will be there.</source>
        <translation>کانفرنس کیا ہوتی ہے، اور اس میں کون ہوگا۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draw</source>
        <translation>ڈرا کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a picture with colours and stamps.</source>
        <translation>رنگوں اور ٹھپوں سے تصویر بنائیں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write</source>
        <translation>لکھیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a letter to your meeting.</source>
        <translation>اپنی میٹنگ کو خط لکھیں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record my voice</source>
        <translation>میری آواز ریکارڈ کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say it out loud.</source>
        <translation>اونچی آواز میں کہیں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record a video</source>
        <translation>ویڈیو ریکارڈ کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say it to the camera.</source>
        <translation>کیمرے کے سامنے کہیں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How I feel</source>
        <translation>میرے احساسات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the faces that show how you feel.</source>
        <translation>وہ چہرے چنیں جو دکھاتے ہیں کہ آپ کیسا محسوس کرتے ہیں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Three houses</source>
        <translation>تین گھر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good things, worries, and hopes and dreams.</source>
        <translation>اچھی باتیں، فکریں، اور امیدیں اور خواب۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My things</source>
        <translation>میری چیزیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look at what you made, and choose who sees it.</source>
        <translation>جو آپ نے بنایا اسے دیکھیں، اور چنیں کہ اسے کون دیکھے۔</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Hello, {name}!</source>
        <translation>ہیلو، {name}!</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What would you like to do? Everything you make is saved as you go.</source>
        <translation>آپ کیا کرنا چاہیں گے؟ آپ جو کچھ بناتے ہیں وہ ساتھ ساتھ محفوظ ہوتا جاتا ہے۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Text and colours</source>
        <translation>لکھائی اور رنگ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bigger words, high contrast, and sounds or movement off.</source>
        <translation>بڑے الفاظ، زیادہ کنٹراسٹ، اور آوازیں یا حرکت بند۔</translation>
    </message>
</context>
<context>
    <name>SpacePage</name>
    <message>
        <location filename="../voiceapp/ui/helper/space.py" line="+50"/>
        <source>{name}&apos;s space</source>
        <translation>{name} کی جگہ</translation>
    </message>
</context>
<context>
    <name>SpaceRest</name>
    <message>
        <location filename="../voiceapp/ui/space/rest.py" line="-141"/>
        <source>Saving your things...</source>
        <translation>آپ کی چیزیں محفوظ ہو رہی ہیں...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything you made is saved.</source>
        <translation>آپ نے جو کچھ بنایا وہ محفوظ ہے۔</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../voiceapp/ui/start_screen.py" line="+29"/>
        <source>I&apos;m a young person</source>
        <translation>میں ایک نوجوان ہوں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I&apos;m helping a young person</source>
        <translation>میں ایک نوجوان کا مددگار ہوں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&apos;m a conference chair</source>
        <translation>میں کانفرنس چیئر ہوں</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Share what you think and feel with your meeting.</source>
        <translation>جو آپ سوچتے اور محسوس کرتے ہیں وہ اپنی میٹنگ کو بتائیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For social workers, advocates and other trusted adults.</source>
        <translation>سوشل ورکرز، ایڈووکیٹس اور دوسرے بھروسے والے بڑوں کے لیے۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open and read what a young person has sent to you.</source>
        <translation>کسی نوجوان کی آپ کو بھیجی ہوئی چیزیں کھولیں اور پڑھیں۔</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>My Voice</source>
        <translation>My Voice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Welcome! Who is using My Voice today?</source>
        <translation>خوش آمدید! آج My Voice کون استعمال کر رہا ہے؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start</source>
        <translation>شروع کریں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose who is using My Voice today.</source>
        <translation>چنیں کہ آج My Voice کون استعمال کر رہا ہے۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My Voice picture: a speech bubble</source>
        <translation>My Voice کی تصویر: بات کا غبارہ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Text and colours</source>
        <translation>لکھائی اور رنگ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bigger words, high contrast, and sounds or movement off.</source>
        <translation>بڑے الفاظ، زیادہ کنٹراسٹ، اور آوازیں یا حرکت بند۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My Voice changes language at once.</source>
        <translation>My Voice فوراً زبان بدل دیتا ہے۔</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../voiceapp/ui/profile/unlock_page.py" line="+102"/>
        <source>A PIN is 4 to 8 numbers. Or leave it empty.</source>
        <translation>PIN میں 4 سے 8 ہندسے ہوتے ہیں۔ یا اسے خالی چھوڑ دیں۔</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete everything and start again?</source>
        <translation>سب کچھ مٹا کر نئے سرے سے شروع کریں؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything kept in My Voice on this computer will be deleted for good: every young person, everything they made, and your key. Nobody can get it back. A chair can then restore their key from its backup.</source>
        <translation>اس کمپیوٹر پر My Voice میں رکھی ہر چیز ہمیشہ کے لیے مٹا دی جائے گی: ہر نوجوان، ان کی بنائی ہوئی ہر چیز، اور آپ کی کلید۔ کوئی اسے واپس نہیں لا سکتا۔ اس کے بعد چیئر اپنی کلید بیک اپ سے بحال کر سکتے ہیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete everything</source>
        <translation>سب کچھ مٹا دیں</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Welcome back</source>
        <translation>دوبارہ خوش آمدید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text and colours</source>
        <translation>لکھائی اور رنگ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bigger words, high contrast, and sounds or movement off.</source>
        <translation>بڑے الفاظ، زیادہ کنٹراسٹ، اور آوازیں یا حرکت بند۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>My Voice is locked. Type your passphrase to open it.</source>
        <translation>My Voice لاک ہے۔ اسے کھولنے کے لیے اپنا پاس فریز لکھیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Passphrase</source>
        <translation>پاس فریز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The passphrase you chose when you first used My Voice.</source>
        <translation>وہ پاس فریز جو آپ نے My Voice پہلی بار استعمال کرتے وقت چنا تھا۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A short PIN for today (you can leave this empty)</source>
        <translation>آج کے لیے ایک چھوٹا PIN (آپ اسے خالی چھوڑ سکتے ہیں)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A short PIN for today</source>
        <translation>آج کے لیے ایک چھوٹا PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 to 8 numbers, to leave a young person&apos;s space quickly.</source>
        <translation>4 سے 8 ہندسے، تاکہ نوجوان کی جگہ سے جلدی نکلا جا سکے۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With a PIN you can leave a young person&apos;s space quickly. It is forgotten whenever My Voice locks; without one, your passphrase is needed.</source>
        <translation>PIN کے ذریعے آپ نوجوان کی جگہ سے جلدی نکل سکتے ہیں۔ جب بھی My Voice لاک ہوتا ہے تو یہ بھلا دیا جاتا ہے؛ اس کے بغیر آپ کا پاس فریز درکار ہوتا ہے۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opening... this takes a moment.</source>
        <translation>کھل رہا ہے... اس میں تھوڑا وقت لگتا ہے۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forgotten your passphrase? Nobody can open what is kept here without it, not even us or your IT team. If it is lost for good, you can start again, which deletes everything kept here.</source>
        <translation>پاس فریز بھول گئے؟ اس کے بغیر یہاں رکھی چیزیں کوئی نہیں کھول سکتا، نہ ہم اور نہ آپ کی IT ٹیم۔ اگر یہ ہمیشہ کے لیے کھو گیا ہے تو آپ نئے سرے سے شروع کر سکتے ہیں، جس سے یہاں رکھی ہر چیز مٹ جائے گی۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <source>Unlock</source>
        <translation>ان لاک کریں</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Start again...</source>
        <translation>نئے سرے سے شروع کریں...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete everything kept here, after a question, and set up again.</source>
        <translation>ایک سوال کے بعد یہاں رکھی ہر چیز مٹا دیں، اور دوبارہ سیٹ اپ کریں۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checks your passphrase and opens My Voice.</source>
        <translation>آپ کا پاس فریز چیک کرتا ہے اور My Voice کھولتا ہے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlock My Voice</source>
        <translation>My Voice ان لاک کریں</translation>
    </message>
</context>
<context>
    <name>VideoPage</name>
    <message>
        <location filename="../voiceapp/ui/record/video_page.py" line="+750"/>
        <source>Getting the camera ready…</source>
        <translation>کیمرا تیار کیا جا رہا ہے…</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Get ready… recording starts in {count}. Press Stop to wait.</source>
        <translation>تیار ہو جائیں… ریکارڈنگ {count} میں شروع ہوگی۔ انتظار کرنے کے لیے &quot;روکیں&quot; دبائیں۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your video is kept. You can record another one if you like.</source>
        <translation>آپ کی ویڈیو رکھ لی گئی ہے۔ چاہیں تو ایک اور ریکارڈ کر سکتے ہیں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That video was thrown away. You can record a new one.</source>
        <translation>وہ ویڈیو پھینک دی گئی۔ آپ نئی ریکارڈ کر سکتے ہیں۔</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+6"/>
        <source>Stop</source>
        <translation>روکیں</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Do not start recording yet.</source>
        <translation>ابھی ریکارڈنگ شروع نہ کریں۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Finish recording, then watch it.</source>
        <translation>ریکارڈنگ ختم کریں، پھر اسے دیکھیں۔</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The camera or the microphone stopped working. Maybe it came unplugged? Everything up to then is here.</source>
        <translation>کیمرے یا مائیکروفون نے کام کرنا بند کر دیا۔ شاید اس کی تار نکل گئی؟ اس وقت تک کا سب کچھ یہاں ہے۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That is as long as a video can be, so it stopped by itself. Everything up to then is here.</source>
        <translation>ویڈیو اس سے زیادہ لمبی نہیں ہو سکتی، اس لیے یہ خود رک گئی۔ اس وقت تک کا سب کچھ یہاں ہے۔</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>We can&apos;t see a camera</source>
        <translation>ہمیں کوئی کیمرا دکھائی نہیں دے رہا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>We can&apos;t hear a microphone</source>
        <translation>ہمیں کوئی مائیکروفون سنائی نہیں دے رہا</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The longest a video can be: {time}</source>
        <translation>ویڈیو زیادہ سے زیادہ اتنی لمبی ہو سکتی ہے: {time}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Throw this video away? It cannot be got back afterwards.</source>
        <translation>یہ ویڈیو پھینک دیں؟ بعد میں اسے واپس نہیں لایا جا سکے گا۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yes, throw it away</source>
        <translation>ہاں، اسے پھینک دیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The video is deleted.</source>
        <translation>ویڈیو مٹا دی گئی ہے۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, keep it for now</source>
        <translation>نہیں، ابھی اسے رہنے دیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Go back to your video.</source>
        <translation>اپنی ویڈیو پر واپس جائیں۔</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Record it again? This video will be thrown away.</source>
        <translation>دوبارہ ریکارڈ کریں؟ یہ ویڈیو پھینک دی جائے گی۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yes, record again</source>
        <translation>ہاں، دوبارہ ریکارڈ کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throw this video away and start a new one.</source>
        <translation>یہ ویڈیو پھینک دیں اور نئی شروع کریں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, keep this one</source>
        <translation>نہیں، یہی رہنے دیں</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Record a video</source>
        <translation>ویڈیو ریکارڈ کریں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press Record and say what you want the meeting to hear. You can pause whenever you like, and watch it at the end.</source>
        <translation>&quot;ریکارڈ کریں&quot; دبائیں اور جو آپ میٹنگ کو سنانا چاہتے ہیں وہ کہیں۔ آپ جب چاہیں روک سکتے ہیں، اور آخر میں اسے دیکھ سکتے ہیں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Camera:</source>
        <translation>کیمرا:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camera</source>
        <translation>کیمرا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose which camera to use.</source>
        <translation>چنیں کہ کون سا کیمرا استعمال کرنا ہے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Microphone:</source>
        <translation>مائیکروفون:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your face:</source>
        <translation>آپ کا چہرہ:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show my face</source>
        <translation>میرا چہرہ دکھائیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The video shows you as the camera sees you.</source>
        <translation>ویڈیو میں آپ ویسے ہی نظر آتے ہیں جیسے کیمرا آپ کو دیکھتا ہے۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Blur the background</source>
        <translation>پس منظر دھندلا کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything behind you is blurred, so nobody sees where you are.</source>
        <translation>آپ کے پیچھے سب کچھ دھندلا ہو جاتا ہے، تاکہ کوئی یہ نہ دیکھ سکے کہ آپ کہاں ہیں۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Blur my face</source>
        <translation>میرا چہرہ دھندلا کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your face is blurred. The meeting still hears your voice.</source>
        <translation>آپ کا چہرہ دھندلا ہو جاتا ہے۔ میٹنگ پھر بھی آپ کی آواز سنتی ہے۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record</source>
        <translation>ریکارڈ کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count down from three, then start recording a video.</source>
        <translation>تین سے الٹی گنتی ہوگی، پھر ویڈیو کی ریکارڈنگ شروع ہوگی۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Watch it back</source>
        <translation>اپنی ویڈیو دیکھیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Watch your video if you like. Then keep it, or record it again.</source>
        <translation>چاہیں تو اپنی ویڈیو دیکھیں۔ پھر اسے رکھیں، یا دوبارہ ریکارڈ کریں۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record again</source>
        <translation>دوبارہ ریکارڈ کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a new video instead of this one.</source>
        <translation>اس کی جگہ نئی ویڈیو بنائیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep it</source>
        <translation>اسے رکھیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this video with your things.</source>
        <translation>یہ ویڈیو اپنی چیزوں کے ساتھ رکھیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Throw it away</source>
        <translation>اسے پھینک دیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this video. You will be asked first.</source>
        <translation>یہ ویڈیو مٹا دیں۔ پہلے آپ سے پوچھا جائے گا۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If it still does not work, ask the grown-up with you to help. You can record your voice, write or draw instead.</source>
        <translation>اگر پھر بھی کام نہ کرے تو اپنے ساتھ موجود بڑے سے مدد مانگیں۔ آپ اس کی جگہ اپنی آواز ریکارڈ کر سکتے ہیں، لکھ سکتے ہیں یا ڈرا کر سکتے ہیں۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Try again</source>
        <translation>دوبارہ کوشش کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look for the camera and microphone again.</source>
        <translation>کیمرا اور مائیکروفون دوبارہ ڈھونڈیں۔</translation>
    </message>
</context>
<context>
    <name>VideoPreview</name>
    <message>
        <location filename="../voiceapp/ui/record/video_parts.py" line="+208"/>
        <source>Camera picture</source>
        <translation>کیمرے کی تصویر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the camera sees, like a mirror.</source>
        <translation>جو کیمرا دیکھ رہا ہے، آئینے کی طرح۔</translation>
    </message>
</context>
<context>
    <name>ViewerPage</name>
    <message>
        <location filename="../voiceapp/ui/chair/viewer.py" line="+51"/>
        <source>Checking progress</source>
        <translation>جانچ کی پیش رفت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>روکیں</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop checking and close the file.</source>
        <translation>جانچ روکیں اور فائل بند کریں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The things the young person sent</source>
        <translation>نوجوان کی بھیجی ہوئی چیزیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the arrow keys to choose a thing; it shows on the right.</source>
        <translation>کوئی چیز چننے کے لیے تیر والی کلیدیں استعمال کریں؛ وہ دوسری طرف نظر آتی ہے۔</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Checking that nothing was changed. The things open when the check is done.</source>
        <translation>جانچ ہو رہی ہے کہ کچھ بدلا تو نہیں۔ جانچ مکمل ہونے پر چیزیں کھلیں گی۔</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Complete summary (PDF)…</source>
        <translation>مکمل خلاصہ (PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a summary of everything, for the conference record.</source>
        <translation>کانفرنس کے ریکارڈ کے لیے ہر چیز کا خلاصہ محفوظ کریں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Summary for everyone (PDF)…</source>
        <translation>سب کے لیے خلاصہ (PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a summary that leaves out everything only for the chair.</source>
        <translation>ایسا خلاصہ محفوظ کریں جس میں صرف چیئر والی چیزیں شامل نہ ہوں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save copies…</source>
        <translation>کاپیاں محفوظ کریں…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save plain copies of chosen things to a folder.</source>
        <translation>چنی ہوئی چیزوں کی سادہ کاپیاں کسی فولڈر میں محفوظ کریں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close this file and go back.</source>
        <translation>یہ فائل بند کریں اور واپس جائیں۔</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Opening…</source>
        <translation>کھل رہی ہے…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Conference: %1</source>
        <translation>کانفرنس: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reference: %1</source>
        <translation>حوالہ: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking that nothing was changed since the young person sent it. Nothing can be opened until this is done.</source>
        <translation>جانچ ہو رہی ہے کہ نوجوان کے بھیجنے کے بعد کچھ بدلا تو نہیں۔ یہ مکمل ہونے تک کچھ نہیں کھولا جا سکتا۔</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Checked: every item is exactly what the young person sent.</source>
        <translation>جانچ مکمل: ہر چیز بالکل وہی ہے جو نوجوان نے بھیجی۔</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Checking…</source>
        <translation>جانچ ہو رہی ہے…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>read</source>
        <translation>پڑھا ہوا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shared</source>
        <translation>شیئر کیا گیا</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Save the complete summary</source>
        <translation>مکمل خلاصہ محفوظ کریں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the summary for everyone</source>
        <translation>سب کے لیے خلاصہ محفوظ کریں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF فائلیں (*.pdf)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Making the summary…</source>
        <translation>خلاصہ بن رہا ہے…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Summary saved: %1</source>
        <translation>خلاصہ محفوظ ہو گیا: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose a folder for the copies</source>
        <translation>کاپیوں کے لیے فولڈر چنیں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only for the chair</source>
        <translation>صرف چیئر کے لیے</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saving copies…</source>
        <translation>کاپیاں محفوظ ہو رہی ہیں…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copies saved in %1</source>
        <translation>کاپیاں %1 میں محفوظ ہو گئیں</translation>
    </message>
</context>
<context>
    <name>VoicePage</name>
    <message>
        <location filename="../voiceapp/ui/record/page.py" line="+324"/>
        <source>Getting the microphone ready…</source>
        <translation>مائیکروفون تیار کیا جا رہا ہے…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your recording is kept. You can record another one if you like.</source>
        <translation>آپ کی ریکارڈنگ رکھ لی گئی ہے۔ چاہیں تو ایک اور ریکارڈ کر سکتے ہیں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That recording was thrown away. You can record a new one.</source>
        <translation>وہ ریکارڈنگ پھینک دی گئی۔ آپ نئی ریکارڈ کر سکتے ہیں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The microphone stopped working. Maybe it came unplugged? Everything you said up to then is here.</source>
        <translation>مائیکروفون نے کام کرنا بند کر دیا۔ شاید اس کی تار نکل گئی؟ اس وقت تک آپ نے جو کچھ کہا وہ یہاں ہے۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That is as long as a recording can be, so it stopped by itself. Everything up to then is here.</source>
        <translation>ریکارڈنگ اس سے زیادہ لمبی نہیں ہو سکتی، اس لیے یہ خود رک گئی۔ اس وقت تک کا سب کچھ یہاں ہے۔</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The longest a recording can be: {time}</source>
        <translation>ریکارڈنگ زیادہ سے زیادہ اتنی لمبی ہو سکتی ہے: {time}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Throw this recording away? It cannot be got back afterwards.</source>
        <translation>یہ ریکارڈنگ پھینک دیں؟ بعد میں اسے واپس نہیں لایا جا سکے گا۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yes, throw it away</source>
        <translation>ہاں، اسے پھینک دیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recording is deleted.</source>
        <translation>ریکارڈنگ مٹا دی گئی ہے۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, keep it for now</source>
        <translation>نہیں، ابھی اسے رہنے دیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>Go back to your recording.</source>
        <translation>اپنی ریکارڈنگ پر واپس جائیں۔</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Record it again? This recording will be thrown away.</source>
        <translation>دوبارہ ریکارڈ کریں؟ یہ ریکارڈنگ پھینک دی جائے گی۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yes, record again</source>
        <translation>ہاں، دوبارہ ریکارڈ کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throw this recording away and start a new one.</source>
        <translation>یہ ریکارڈنگ پھینک دیں اور نئی شروع کریں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No, keep this one</source>
        <translation>نہیں، یہی رہنے دیں</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Record my voice</source>
        <translation>میری آواز ریکارڈ کریں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press Record and say what you want the meeting to hear. You can pause whenever you like, and listen back at the end.</source>
        <translation>&quot;ریکارڈ کریں&quot; دبائیں اور جو آپ میٹنگ کو سنانا چاہتے ہیں وہ کہیں۔ آپ جب چاہیں روک سکتے ہیں، اور آخر میں سن سکتے ہیں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Microphone:</source>
        <translation>مائیکروفون:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record</source>
        <translation>ریکارڈ کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start recording your voice.</source>
        <translation>اپنی آواز ریکارڈ کرنا شروع کریں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop</source>
        <translation>روکیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish recording, then listen to it.</source>
        <translation>ریکارڈنگ ختم کریں، پھر اسے سنیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listen back</source>
        <translation>واپس سنیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listen to your recording if you like. Then keep it, or record it again.</source>
        <translation>چاہیں تو اپنی ریکارڈنگ سنیں۔ پھر اسے رکھیں، یا دوبارہ ریکارڈ کریں۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record again</source>
        <translation>دوبارہ ریکارڈ کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a new recording instead of this one.</source>
        <translation>اس کی جگہ نئی ریکارڈنگ بنائیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep it</source>
        <translation>اسے رکھیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this recording with your things.</source>
        <translation>یہ ریکارڈنگ اپنی چیزوں کے ساتھ رکھیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Throw it away</source>
        <translation>اسے پھینک دیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this recording. You will be asked first.</source>
        <translation>یہ ریکارڈنگ مٹا دیں۔ پہلے آپ سے پوچھا جائے گا۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>We can&apos;t hear a microphone</source>
        <translation>ہمیں کوئی مائیکروفون سنائی نہیں دے رہا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If it still does not work, ask the grown-up with you to help. You can write or draw instead.</source>
        <translation>اگر پھر بھی کام نہ کرے تو اپنے ساتھ موجود بڑے سے مدد مانگیں۔ آپ اس کی جگہ لکھ یا ڈرا بھی کر سکتے ہیں۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Try again</source>
        <translation>دوبارہ کوشش کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look for the microphone again.</source>
        <translation>مائیکروفون دوبارہ ڈھونڈیں۔</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../voiceapp/ui/helper/words.py" line="+13"/>
        <source>A drawing</source>
        <translation>ایک ڈرائنگ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A letter</source>
        <translation>ایک خط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A voice recording</source>
        <translation>آواز کی ایک ریکارڈنگ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A video</source>
        <translation>ایک ویڈیو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A picture</source>
        <translation>ایک تصویر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How I feel</source>
        <translation>میرے احساسات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The three houses</source>
        <translation>تین گھر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something they made</source>
        <translation>ان کی بنائی ہوئی کوئی چیز</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only the chair may see this</source>
        <translation>صرف چیئر اسے دیکھ سکتے ہیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone at the meeting may see this</source>
        <translation>میٹنگ میں سب اسے دیکھ سکتے ہیں</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Written down by a helper</source>
        <translation>مددگار نے لکھا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In {name}&apos;s own words</source>
        <translation>{name} کے اپنے الفاظ میں</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sent</source>
        <translation>بھیج دیا گیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Getting ready</source>
        <translation>تیاری ہو رہی ہے</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>4 to 7 years old</source>
        <translation>4 سے 7 سال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>8 to 12 years old</source>
        <translation>8 سے 12 سال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>13 to 17 years old</source>
        <translation>13 سے 17 سال</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Their social worker</source>
        <translation>ان کے سوشل ورکر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their advocate</source>
        <translation>ان کے ایڈووکیٹ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A family member</source>
        <translation>خاندان کا ایک فرد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else who helps them</source>
        <translation>کوئی اور جو ان کی مدد کرتا ہے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On their own</source>
        <translation>اکیلے</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Deleted today ({date})</source>
        <translation>آج مٹا دیا جائے گا ({date})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted tomorrow ({date})</source>
        <translation>کل مٹا دیا جائے گا ({date})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted in {days} days ({date})</source>
        <translation>{days} دن میں مٹا دیا جائے گا ({date})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Everything about {name} is deleted from this laptop today.</source>
        <translation>{name} کے بارے میں سب کچھ آج اس لیپ ٹاپ سے مٹا دیا جائے گا۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything about {name} is deleted from this laptop tomorrow, {date}.</source>
        <translation>{name} کے بارے میں سب کچھ کل، {date}، اس لیپ ٹاپ سے مٹا دیا جائے گا۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything about {name} is deleted from this laptop on {date}, in {days} days.</source>
        <translation>{name} کے بارے میں سب کچھ {date} کو، {days} دن میں، اس لیپ ٹاپ سے مٹا دیا جائے گا۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Conference on {date}</source>
        <translation>کانفرنس {date} کو</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{minutes}:{seconds:02d} long</source>
        <translation>{minutes}:{seconds:02d} لمبی</translation>
    </message>
</context>
<context>
    <name>YoungPersonHome</name>
    <message>
        <location filename="../voiceapp/ui/space/own_home.py" line="+106"/>
        <source>Delete your things from this computer?</source>
        <translation>اپنی چیزیں اس کمپیوٹر سے مٹا دیں؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chair keeps what you sent. Everything here will be deleted, for good.</source>
        <translation>چیئر کے پاس وہ رہتا ہے جو آپ نے بھیجا۔ یہاں سب کچھ ہمیشہ کے لیے مٹا دیا جائے گا۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yes, delete everything</source>
        <translation>ہاں، سب کچھ مٹا دیں</translation>
    </message>
</context>
<context>
    <name>YoungSpace</name>
    <message>
        <location filename="../voiceapp/ui/space/space.py" line="+216"/>
        <source>My drawing</source>
        <translation>میری ڈرائنگ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My letter</source>
        <translation>میرا خط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My voice recording</source>
        <translation>میری آواز کی ریکارڈنگ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My video</source>
        <translation>میری ویڈیو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How I feel</source>
        <translation>میرے احساسات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My three houses</source>
        <translation>میرے تین گھر</translation>
    </message>
</context>
</TS>
