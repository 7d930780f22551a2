<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur_PK">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../editor/ui/dialogs/about_dialog.py" line="82"/>
        <source>About Newsdesk</source>
        <translation>Newsdesk کے بارے میں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/about_dialog.py" line="84"/>
        <source>Version {0}</source>
        <translation>ورژن {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/about_dialog.py" line="86"/>
        <source>An offline desktop editor for news-plus-commentary articles.</source>
        <translation>خبر اور تبصرے والے مضامین کے لیے آف لائن ڈیسک ٹاپ ایڈیٹر۔</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/about_dialog.py" line="89"/>
        <source>Newsdesk is free software: you can share and change it under the terms of the GNU General Public License, version 3 or (at your option) any later version. It comes with no warranty.</source>
        <translation>Newsdesk آزاد سافٹ ویئر ہے: آپ اسے GNU جنرل پبلک لائسنس (GNU GPL) کے ورژن 3 یا (اپنی مرضی سے) کسی بھی بعد کے ورژن کی شرائط کے تحت بانٹ اور بدل سکتے ہیں۔ اس کے ساتھ کوئی ضمانت نہیں دی جاتی۔</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/about_dialog.py" line="93"/>
        <source>Uses Qt {0}, PySide6 {1} and Python {2}.</source>
        <translation>Qt {0}، PySide6 {1} اور Python {2} استعمال کرتا ہے۔</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/about_dialog.py" line="96"/>
        <source>Where Newsdesk keeps your files:</source>
        <translation>Newsdesk آپ کی فائلیں کہاں رکھتا ہے:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/about_dialog.py" line="99"/>
        <source>Settings:</source>
        <translation>ترتیبات:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/about_dialog.py" line="100"/>
        <source>Backups and personal dictionary:</source>
        <translation>بیک اپ اور ذاتی لغت:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/about_dialog.py" line="101"/>
        <source>Recovery copies:</source>
        <translation>بحالی کی نقلیں:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/about_dialog.py" line="102"/>
        <source>Library index (cache):</source>
        <translation>لائبریری کا اشاریہ (کیش):</translation>
    </message>
</context>
<context>
    <name>ArticleForm</name>
    <message>
        <location filename="../../editor/ui/form/article_form.py" line="209"/>
        <source>Headline</source>
        <translation>سرخی</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/article_form.py" line="210"/>
        <source>The headline, often a question</source>
        <translation>سرخی، اکثر ایک سوال</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/article_form.py" line="211"/>
        <source>Standfirst</source>
        <translation>خلاصہ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/article_form.py" line="212"/>
        <source>Optional one-paragraph summary</source>
        <translation>اختیاری، ایک پیراگراف کا خلاصہ</translation>
    </message>
</context>
<context>
    <name>ArticlePropertiesDialog</name>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="305"/>
        <source>Article properties</source>
        <translation>مضمون کی خصوصیات</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="307"/>
        <source>Desk</source>
        <translation>نیوز ڈیسک</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="307"/>
        <source>Genres</source>
        <translation>اصناف</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="307"/>
        <source>Corrections</source>
        <translation>تصحیحات</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="311"/>
        <source>Slugline</source>
        <translation>سلگ لائن</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="312"/>
        <source>Urgency</source>
        <translation>فوریت</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="313"/>
        <source>Embargo</source>
        <translation>اشاعتی پابندی</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="314"/>
        <source>Editor&apos;s note (not exported)</source>
        <translation>مدیر کا نوٹ (برآمد نہیں ہوتا)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="315"/>
        <source>Subjects</source>
        <translation>موضوعات</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="316"/>
        <source>Sign-off</source>
        <translation>اختتامی دستخط</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="317"/>
        <source>Copyright holder</source>
        <translation>حقِ اشاعت کا مالک</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="318"/>
        <source>Usage terms</source>
        <translation>شرائطِ استعمال</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="325"/>
        <source>A short name for the story, e.g. port-reopens</source>
        <translation>خبر کا مختصر نام، مثلاً بندرگاہ-کھل-گئی</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="327"/>
        <source>none</source>
        <translation>کوئی نہیں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="328"/>
        <source>IPTC&apos;s scale: 1 most urgent, 9 least</source>
        <translation>IPTC کا پیمانہ: 1 سب سے فوری، 9 سب سے کم</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="329"/>
        <source>For the desk only; never exported to readers</source>
        <translation>صرف ڈیسک کے لیے؛ قارئین کے لیے کبھی برآمد نہیں ہوتا</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="331"/>
        <source>Comma-separated: IPTC Media Topic codes (medtop:…) or names</source>
        <translation>کاما (,) سے الگ کریں: IPTC Media Topic کوڈ (medtop:…) یا نام</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="338"/>
        <source>As its kind: {0}</source>
        <translation>حصے کی قسم کے مطابق: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="340"/>
        <source>None</source>
        <translation>کوئی نہیں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="346"/>
        <source>The article has no sections.</source>
        <translation>مضمون میں کوئی حصہ نہیں۔</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="348"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="348"/>
        <source>Kind</source>
        <translation>قسم</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="348"/>
        <source>What was corrected</source>
        <translation>کیا درست کیا گیا</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="355"/>
        <source>&amp;Add correction</source>
        <translation>تصحیح &amp;شامل کریں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="356"/>
        <source>&amp;Remove</source>
        <translation>&amp;ہٹائیں</translation>
    </message>
</context>
<context>
    <name>BylinePane</name>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="819"/>
        <source>Byline</source>
        <translation>بائی لائن</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="820"/>
        <source>e.g. 2026-10-04</source>
        <translation>مثلاً 2026-10-04</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="822"/>
        <source>Author</source>
        <translation>مصنف</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="823"/>
        <source>Office</source>
        <translation>ادارہ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="824"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="825"/>
        <source>Place</source>
        <translation>مقام</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="826"/>
        <source>Credit line</source>
        <translation>کریڈٹ لائن</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="875"/>
        <source>(no credit line: author and office empty)</source>
        <translation>(کریڈٹ لائن نہیں: مصنف اور ادارہ خالی ہیں)</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../../editor/model/validate.py" line="23"/>
        <source>The headline is empty.</source>
        <translation>سرخی خالی ہے۔</translation>
    </message>
    <message>
        <location filename="../../editor/model/validate.py" line="24"/>
        <source>The section {0} is empty.</source>
        <translation>حصہ {0} خالی ہے۔</translation>
    </message>
    <message>
        <location filename="../../editor/model/validate.py" line="25"/>
        <source>The quotation {0} is not in the quotation bank.</source>
        <translation>اقتباس {0} اقتباسات کے ذخیرے میں نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../editor/model/validate.py" line="28"/>
        <source>Two quotations share the id {0}.</source>
        <translation>دو اقتباسات کی شناخت ایک ہی ہے: {0}۔</translation>
    </message>
    <message>
        <location filename="../../editor/model/validate.py" line="29"/>
        <source>The quotation has no words.</source>
        <translation>اقتباس کے الفاظ موجود نہیں۔</translation>
    </message>
    <message>
        <location filename="../../editor/model/validate.py" line="30"/>
        <source>The quotation has no speaker.</source>
        <translation>اقتباس کا قائل درج نہیں۔</translation>
    </message>
    <message>
        <location filename="../../editor/model/validate.py" line="31"/>
        <source>The quotation is not used in any section.</source>
        <translation>یہ اقتباس کسی حصے میں استعمال نہیں ہوا۔</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="73"/>
        <source>The quotation has no date.</source>
        <translation>اقتباس کی تاریخ درج نہیں۔</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="74"/>
        <source>The quotation has no source.</source>
        <translation>اقتباس کا ماخذ درج نہیں۔</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="75"/>
        <source>The quotation is in the text but not marked as checked against its source.</source>
        <translation>اقتباس متن میں ہے لیکن اسے ماخذ سے جانچا ہوا نشان زد نہیں کیا گیا۔</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="78"/>
        <source>An open comment by {0}: “{1}”.</source>
        <translation>{0} کا کھلا تبصرہ: “{1}”۔</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="79"/>
        <source>A suggestion by {0} is neither accepted nor rejected (“{1}” → “{2}”); a DOCX shows it as a tracked change.</source>
        <translation>{0} کی تجویز نہ قبول ہوئی نہ رد (“{1}” ← “{2}”)؛ DOCX اسے ٹریک شدہ تبدیلی کے طور پر دکھاتا ہے۔</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="84"/>
        <source>The headline has {0} characters; the house style allows {1}.</source>
        <translation>سرخی میں {0} حروف ہیں؛ ادارے کا اسلوب {1} کی اجازت دیتا ہے۔</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="87"/>
        <source>The credit line has no author.</source>
        <translation>کریڈٹ لائن میں مصنف درج نہیں۔</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="88"/>
        <source>The credit line has no office.</source>
        <translation>کریڈٹ لائن میں ادارہ درج نہیں۔</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="89"/>
        <source>An invisible direction control character ({0}) is in the text; it can reorder what readers see.</source>
        <translation>متن میں سمت کا ایک پوشیدہ کنٹرول حرف ({0}) موجود ہے؛ یہ قارئین کو نظر آنے والی ترتیب بدل سکتا ہے۔</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="94"/>
        <source>{0} spaces in a row between words.</source>
        <translation>الفاظ کے درمیان لگاتار {0} خالی جگہیں۔</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="95"/>
        <source>Arabic and Persian forms of a letter are mixed in this text ({0} {1}×, {2} {3}×); use one form.</source>
        <translation>اس متن میں ایک ہی حرف کی عربی اور فارسی صورتیں ملی ہوئی ہیں ({0} {1}×، {2} {3}×)؛ ایک ہی صورت استعمال کریں۔</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="100"/>
        <source>The closing mark {0} has no opening mark before it.</source>
        <translation>بند کرنے والی علامت {0} سے پہلے کھولنے والی علامت نہیں۔</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="101"/>
        <source>A straight quotation mark (&quot;) has no partner in this paragraph.</source>
        <translation>سیدھے واوین (&quot;) کا اس پیرے میں کوئی جوڑا نہیں۔</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="104"/>
        <source>The opening mark {0} is never closed (no {1} after it in this paragraph).</source>
        <translation>کھولنے والی علامت {0} بند نہیں ہوئی (اس پیرے میں اس کے بعد {1} نہیں)۔</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="107"/>
        <source>Unknown word “{0}” ({1}).</source>
        <translation>نامعلوم لفظ “{0}” ({1})۔</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="108"/>
        <source>A paragraph of {0} words; readers lose their way past {1}: split it.</source>
        <translation>پیراگراف میں {0} الفاظ ہیں؛ {1} کے بعد قاری راستہ کھو دیتا ہے: اسے تقسیم کریں۔</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="111"/>
        <source>The image {0} is not in the article: its words are exported instead.</source>
        <translation>تصویر {0} مضمون میں نہیں: اس کی جگہ اس کے الفاظ برآمد ہوتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="114"/>
        <source>The image {0} is not a PNG, JPEG or GIF picture: its words are exported instead.</source>
        <translation>تصویر {0} PNG، JPEG یا GIF تصویر نہیں: اس کی جگہ اس کے الفاظ برآمد ہوتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="118"/>
        <source>The image {0} is on the web and is not fetched: it is exported as a link.</source>
        <translation>تصویر {0} ویب پر ہے اور لائی نہیں جاتی: یہ ربط کے طور پر برآمد ہوتی ہے۔</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="121"/>
        <source>Under embargo until {0}: {1} h {2} min left. It cannot be published before.</source>
        <translation>{0} تک اشاعتی پابندی: {1} گھنٹے {2} منٹ باقی۔ اس سے پہلے مضمون شائع نہیں ہو سکتا۔</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="124"/>
        <source>The embargo “{0}” is not a date-time with its time zone (e.g. 2026-12-08T06:00+03:00); the article cannot be published until it is set again.</source>
        <translation>اشاعتی پابندی “{0}” اپنے ٹائم زون کے ساتھ تاریخ و وقت نہیں (مثلاً 2026-12-08T06:00+03:00)؛ جب تک اسے دوبارہ مقرر نہ کیا جائے، مضمون شائع نہیں ہو سکتا۔</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="129"/>
        <source>The source of this paragraph changed after its translation was confirmed: {0}</source>
        <translation>اس پیرے کا اصل متن اس کے ترجمے کی تصدیق کے بعد بدل گیا: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="133"/>
        <source>This paragraph is not translated yet (or not confirmed); the source reads: “{0}”.</source>
        <translation>یہ پیرا ابھی ترجمہ نہیں ہوا (یا اس کے ترجمے کی تصدیق نہیں ہوئی)؛ اصل متن: “{0}”۔</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../../editor/ui/review/checklist_panel.py" line="74"/>
        <source>Checklist</source>
        <translation>جانچ فہرست</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/checklist_panel.py" line="75"/>
        <source>Spelling</source>
        <translation>ہجے</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/checklist_panel.py" line="76"/>
        <source>Check again</source>
        <translation>دوبارہ جانچیں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/checklist_panel.py" line="77"/>
        <source>Place</source>
        <translation>مقام</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/checklist_panel.py" line="77"/>
        <source>Problem</source>
        <translation>مسئلہ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/checklist_panel.py" line="210"/>
        <source>{0}, paragraph {1}</source>
        <translation>{0}، پیراگراف {1}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/checklist_panel.py" line="235"/>
        <source>Nothing found: ready to export.</source>
        <translation>کوئی مسئلہ نہیں ملا: برآمد کے لیے تیار۔</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/review/checklist_panel.py" line="242"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>غلطیاں: %n</numerusform>
            <numerusform>غلطیاں: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/review/checklist_panel.py" line="243"/>
        <source>%n problem(s) ({0})</source>
        <translation>
            <numerusform>%n مسئلہ ({0})</numerusform>
            <numerusform>%n مسائل ({0})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Chips</name>
    <message>
        <location filename="../../editor/ui/form/chips.py" line="254"/>
        <source>Missing quotation “{0}”</source>
        <translation>غائب اقتباس ”{0}“</translation>
    </message>
</context>
<context>
    <name>Corrections</name>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="51"/>
        <source>Correction</source>
        <translation>تصحیح</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="52"/>
        <source>Clarification</source>
        <translation>وضاحت</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="53"/>
        <source>Retraction</source>
        <translation>واپسی</translation>
    </message>
</context>
<context>
    <name>DeskController</name>
    <message>
        <location filename="../../editor/ui/window/desk_actions.py" line="141"/>
        <source>&amp;Article</source>
        <translation>م&amp;ضمون</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/desk_actions.py" line="142"/>
        <source>&amp;Properties…</source>
        <translation>&amp;خصوصیات…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/desk_actions.py" line="143"/>
        <source>&amp;Language</source>
        <translation>&amp;زبان</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/desk_actions.py" line="145"/>
        <source>Slugline, urgency, embargo, genres, corrections and the desk&apos;s other fields</source>
        <translation>سلگ لائن، فوریت، اشاعتی پابندی، اصناف، تصحیحات اور ڈیسک کے دیگر خانے</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/desk_actions.py" line="147"/>
        <source>The outlet whose length targets are shown</source>
        <translation>وہ اشاعتی ذریعہ جس کی مطلوبہ طوالت دکھائی جا رہی ہے</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/desk_actions.py" line="204"/>
        <source>Embargo: {0} h {1} min left</source>
        <translation>اشاعتی پابندی: {0} گھنٹے {1} منٹ باقی</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/desk_actions.py" line="209"/>
        <source>Embargo cannot be read</source>
        <translation>اشاعتی پابندی پڑھی نہیں جا سکتی</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/window/desk_actions.py" line="265"/>
        <source>%n min read</source>
        <translation>
            <numerusform>پڑھنے کا وقت: %n منٹ</numerusform>
            <numerusform>پڑھنے کا وقت: %n منٹ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/window/desk_actions.py" line="275"/>
        <source>{0} / %n word(s)</source>
        <translation>
            <numerusform>%n میں سے {0} الفاظ</numerusform>
            <numerusform>%n میں سے {0} الفاظ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/window/desk_actions.py" line="278"/>
        <source>{0} / %n character(s)</source>
        <translation>
            <numerusform>%n میں سے {0} حروف</numerusform>
            <numerusform>%n میں سے {0} حروف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/window/desk_actions.py" line="281"/>
        <source>{0} / %n line(s)</source>
        <translation>
            <numerusform>%n میں سے {0} سطریں</numerusform>
            <numerusform>%n میں سے {0} سطریں</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/desk_actions.py" line="283"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
</context>
<context>
    <name>DirectionButton</name>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="385"/>
        <source>Automatic</source>
        <translation>خودکار</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="386"/>
        <source>Left to right</source>
        <translation>بائیں سے دائیں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="387"/>
        <source>Right to left</source>
        <translation>دائیں سے بائیں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="393"/>
        <source>How the paragraphs of this part are laid out</source>
        <translation>اس حصے کے پیراگراف کس سمت میں لکھے جائیں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="402"/>
        <source>Direction</source>
        <translation>سمت</translation>
    </message>
</context>
<context>
    <name>DiskWatch</name>
    <message>
        <location filename="../../editor/ui/window/disk_watch.py" line="109"/>
        <source>Load the version on disk</source>
        <translation>ڈسک والا نسخہ کھولیں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/disk_watch.py" line="110"/>
        <source>Compare</source>
        <translation>موازنہ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/disk_watch.py" line="111"/>
        <location filename="../../editor/ui/window/disk_watch.py" line="292"/>
        <source>Save a copy…</source>
        <translation>نقل محفوظ کریں…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/disk_watch.py" line="112"/>
        <source>Keep editing</source>
        <translation>ترمیم جاری رکھیں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/disk_watch.py" line="224"/>
        <source>“{0}” was deleted or moved by another program. Save to write it again.</source>
        <translation>“{0}” کو کسی دوسرے پروگرام نے حذف یا منتقل کر دیا ہے۔ اسے دوبارہ لکھنے کے لیے محفوظ کریں۔</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/disk_watch.py" line="226"/>
        <source>“{0}” was changed by another program since you opened it.</source>
        <translation>“{0}” کو آپ کے کھولنے کے بعد کسی دوسرے پروگرام نے بدل دیا ہے۔</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/disk_watch.py" line="246"/>
        <source>Saved, but no backup of the previous version was kept. {0}</source>
        <translation>محفوظ ہو گیا، لیکن پچھلے نسخے کا بیک اپ نہیں رکھا جا سکا۔ {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/disk_watch.py" line="280"/>
        <source>Changed on disk</source>
        <translation>ڈسک پر بدل گیا</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/disk_watch.py" line="282"/>
        <source>“{0}” was changed by another program since you opened it. Saving now would replace those changes with your text.</source>
        <translation>“{0}” کو آپ کے کھولنے کے بعد کسی دوسرے پروگرام نے بدل دیا ہے۔ ابھی محفوظ کرنے سے وہ تبدیلیاں آپ کے متن سے بدل جائیں گی۔</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/disk_watch.py" line="289"/>
        <source>Save your text as a copy to keep both versions.</source>
        <translation>دونوں نسخے رکھنے کے لیے اپنا متن نقل کے طور پر محفوظ کریں۔</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/disk_watch.py" line="295"/>
        <source>Replace the version on disk</source>
        <translation>ڈسک والے نسخے کی جگہ لکھیں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/disk_watch.py" line="324"/>
        <source>Deleted: only on disk. Inserted: only in this window.</source>
        <translation>حذف شدہ: صرف ڈسک پر۔ شامل شدہ: صرف اس ونڈو میں۔</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/disk_watch.py" line="337"/>
        <source>No differences.</source>
        <translation>کوئی فرق نہیں۔</translation>
    </message>
</context>
<context>
    <name>EditionsController</name>
    <message>
        <location filename="../../editor/ui/window/editions.py" line="186"/>
        <source>New &amp;Edition…</source>
        <translation>نیا &amp;ایڈیشن…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions.py" line="188"/>
        <source>Add a translation of this article, kept in its file</source>
        <translation>اس مضمون کا ترجمہ شامل کریں، جو اسی کی فائل میں رکھا جائے</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions.py" line="190"/>
        <source>E&amp;dition</source>
        <translation>&amp;ایڈیشن</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions.py" line="191"/>
        <source>&amp;Next Edition</source>
        <translation>&amp;اگلا ایڈیشن</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions.py" line="192"/>
        <source>&amp;Side by Side</source>
        <translation>پہلو &amp;بہ پہلو</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions.py" line="193"/>
        <source>&amp;Confirm Translation</source>
        <translation>ترجمے کی &amp;تصدیق کریں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions.py" line="195"/>
        <source>Editions &amp;List</source>
        <translation>ایڈیشنوں کی &amp;فہرست</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions.py" line="245"/>
        <source>{0} (source)</source>
        <translation>{0} (اصل)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions.py" line="382"/>
        <source>New Edition</source>
        <translation>نیا ایڈیشن</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions.py" line="383"/>
        <source>No edition in {0} was made.</source>
        <translation>{0} زبان میں کوئی ایڈیشن نہیں بنا۔</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions.py" line="594"/>
        <source>Confirm Translation</source>
        <translation>ترجمے کی تصدیق کریں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions.py" line="613"/>
        <source>The source changed since this paragraph was confirmed:</source>
        <translation>اس پیرے کی تصدیق کے بعد اصل متن بدل گیا:</translation>
    </message>
</context>
<context>
    <name>EditionsDock</name>
    <message>
        <location filename="../../editor/ui/window/editions_dock.py" line="94"/>
        <source>Editions</source>
        <translation>ایڈیشنز</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions_dock.py" line="96"/>
        <source>Edition</source>
        <translation>ایڈیشن</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions_dock.py" line="96"/>
        <source>Up to date</source>
        <translation>تازہ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions_dock.py" line="96"/>
        <source>Stale</source>
        <translation>پرانے</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions_dock.py" line="96"/>
        <source>Untranslated</source>
        <translation>غیر ترجمہ شدہ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions_dock.py" line="117"/>
        <source>A translated paragraph counts as up to date once confirmed: Confirm All, or Confirm Translation in the paragraph&apos;s menu.</source>
        <translation>ترجمہ شدہ پیراگراف تصدیق کے بعد تازہ شمار ہوتا ہے: “سب کی تصدیق کریں”، یا پیراگراف کے مینو میں “ترجمے کی تصدیق کریں”۔</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions_dock.py" line="99"/>
        <source>Stale paragraphs (the source changed since):</source>
        <translation>پرانے پیرے (ان کے بعد اصل متن بدل گیا):</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions_dock.py" line="100"/>
        <source>&amp;Confirm</source>
        <translation>&amp;تصدیق کریں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions_dock.py" line="102"/>
        <source>The translation matches the source as it is now: clear the mark</source>
        <translation>ترجمہ اصل متن کی موجودہ صورت سے مطابقت رکھتا ہے: نشان ہٹائیں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions_dock.py" line="104"/>
        <source>Confirm &amp;All</source>
        <translation>&amp;سب کی تصدیق کریں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions_dock.py" line="106"/>
        <source>Mark every translated paragraph of this edition as up to date</source>
        <translation>اس ایڈیشن کے ہر ترجمہ شدہ پیرے کو تازہ کے طور پر نشان زد کریں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions_dock.py" line="124"/>
        <source>A translated paragraph counts as up to date once confirmed, in its edition&apos;s window.</source>
        <translation>ترجمہ شدہ پیراگراف اپنے ایڈیشن کی ونڈو میں تصدیق کے بعد تازہ شمار ہوتا ہے۔</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions_dock.py" line="177"/>
        <source>{0} (source)</source>
        <translation>{0} (اصل)</translation>
    </message>
</context>
<context>
    <name>EmbargoEdit</name>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="109"/>
        <source>Not before</source>
        <translation>اس سے پہلے نہیں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="110"/>
        <source>The time zone of the embargo, as its UTC offset</source>
        <translation>اشاعتی پابندی کا ٹائم زون، UTC سے فرق کی صورت میں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="181"/>
        <source>The embargo in the file, “{0}”, is not a date-time with its time zone: set it again.</source>
        <translation>فائل میں درج اشاعتی پابندی “{0}” اپنے ٹائم زون کے ساتھ تاریخ و وقت نہیں: اسے دوبارہ مقرر کریں۔</translation>
    </message>
</context>
<context>
    <name>ExportChecklist</name>
    <message>
        <location filename="../../editor/ui/review/checklist_panel.py" line="132"/>
        <source>Place</source>
        <translation>مقام</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/checklist_panel.py" line="132"/>
        <source>Problem</source>
        <translation>مسئلہ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/checklist_panel.py" line="135"/>
        <source>Export anyway</source>
        <translation>پھر بھی برآمد کریں</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="89"/>
        <source>Export %n article(s)</source>
        <translation>
            <numerusform>%n مضمون برآمد کریں</numerusform>
            <numerusform>%n مضامین برآمد کریں</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="91"/>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="213"/>
        <source>Export</source>
        <translation>برآمد کریں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="107"/>
        <source>Word (.docx)</source>
        <translation>ورڈ (‎.docx)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="108"/>
        <source>Web page (.html)</source>
        <translation>ویب صفحہ (‎.html)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="109"/>
        <source>Markdown (.md)</source>
        <translation>مارک ڈاؤن (‎.md)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="110"/>
        <source>PDF (.pdf)</source>
        <translation>پی ڈی ایف (‎.pdf)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="111"/>
        <source>ninjs for agencies (.json)</source>
        <translation>ایجنسیوں کے لیے ninjs (‎.json)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="112"/>
        <source>NewsML-G2 for agencies (.xml)</source>
        <translation>ایجنسیوں کے لیے NewsML-G2 (‎.xml)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="113"/>
        <source>WordPress import, one file (.xml)</source>
        <translation>WordPress میں درآمد، ایک فائل (‎.xml)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="155"/>
        <source>Choose…</source>
        <translation>منتخب کریں…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="160"/>
        <source>HTML: the article alone, for a CMS</source>
        <translation>HTML: صرف مضمون، CMS کے لیے</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="164"/>
        <source>Export even with errors (no headline, quotations not in the bank)</source>
        <translation>غلطیوں کے باوجود برآمد کریں (سرخی خالی، اقتباسات ذخیرے میں نہیں)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="168"/>
        <source>Open comments, for a reviewer</source>
        <translation>کھلے تبصرے، جائزہ لینے والے کے لیے</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="170"/>
        <source>Open comments: as Word comments in the DOCX, listed in the HTML</source>
        <translation>کھلے تبصرے: DOCX میں Word کے تبصروں کی صورت میں، HTML میں فہرست میں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="174"/>
        <source>none</source>
        <translation>کوئی نہیں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="175"/>
        <source>last approved</source>
        <translation>آخری منظور شدہ نسخہ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="176"/>
        <source>first revision</source>
        <translation>پہلا نسخہ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="180"/>
        <source>revision {0}</source>
        <translation>نسخہ {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="185"/>
        <source>Formats</source>
        <translation>فارمیٹ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="186"/>
        <source>Word: show changes since</source>
        <translation>ورڈ: اس کے بعد کی تبدیلیاں دکھائیں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="187"/>
        <source>House style</source>
        <translation>ادارتی اسلوب</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="188"/>
        <source>Folder</source>
        <translation>فولڈر</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="216"/>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="219"/>
        <source>Open Folder</source>
        <translation>فولڈر کھولیں</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="238"/>
        <source>%n article(s): {0}</source>
        <translation>
            <numerusform>%n مضمون: {0}</numerusform>
            <numerusform>%n مضامین: {0}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="293"/>
        <source>Choose at least one format.</source>
        <translation>کم از کم ایک فارمیٹ منتخب کریں۔</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="298"/>
        <source>The checklist found errors: fix them, or tick “Export anyway”.</source>
        <translation>جانچ کی فہرست میں غلطیاں ملیں: انہیں درست کریں، یا ”پھر بھی برآمد کریں“ منتخب کریں۔</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="305"/>
        <source>Exporting with %n warning(s) from the checklist.</source>
        <translation>
            <numerusform>جانچ کی فہرست کی %n تنبیہ کے ساتھ برآمد ہو رہا ہے۔</numerusform>
            <numerusform>جانچ کی فہرست کی %n تنبیہات کے ساتھ برآمد ہو رہا ہے۔</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="324"/>
        <source>The folder {0} cannot be created. {1}</source>
        <translation>فولڈر {0} نہیں بنایا جا سکتا۔ {1}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="344"/>
        <source>Nothing exported: the existing files stay.</source>
        <translation>کچھ برآمد نہیں ہوا: موجودہ فائلیں جوں کی توں رہیں۔</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="375"/>
        <source>…and %n more</source>
        <translation>
            <numerusform>…اور %n مزید فائل</numerusform>
            <numerusform>…اور %n مزید فائلیں</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="378"/>
        <source>Files exist</source>
        <translation>فائلیں پہلے سے موجود ہیں</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="380"/>
        <source>%n file(s) of this export exist in the folder already.</source>
        <translation>
            <numerusform>اس برآمد کی %n فائل فولڈر میں پہلے سے موجود ہے۔</numerusform>
            <numerusform>اس برآمد کی %n فائلیں فولڈر میں پہلے سے موجود ہیں۔</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="383"/>
        <source>Replace</source>
        <translation>بدل دیں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="384"/>
        <source>Keep both</source>
        <translation>دونوں رکھیں</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="437"/>
        <source>Done: %n file(s) written.</source>
        <translation>
            <numerusform>مکمل: %n فائل لکھی گئی۔</numerusform>
            <numerusform>مکمل: %n فائلیں لکھی گئیں۔</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="445"/>
        <source>Wrote {0}</source>
        <translation>لکھی گئی: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="448"/>
        <source>Failed: {0}</source>
        <translation>ناکام: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="559"/>
        <source>Export into folder</source>
        <translation>فولڈر میں برآمد کریں</translation>
    </message>
</context>
<context>
    <name>Failures</name>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="70"/>
        <source>An article in {0} cannot move to {1}.</source>
        <translation>“{0}” حالت والا مضمون “{1}” میں نہیں جا سکتا۔</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="74"/>
        <source>The review data does not allow this.</source>
        <translation>جائزے کا ڈیٹا اس کی اجازت نہیں دیتا۔</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="266"/>
        <source>{0} has this article open.</source>
        <translation>یہ مضمون اس وقت {0} کے پاس کھلا ہے۔</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="255"/>
        <source>Someone else has this article open.</source>
        <translation>یہ مضمون اس وقت کسی اور کے پاس کھلا ہے۔</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="82"/>
        <source>Another program changed the file after it was opened here.</source>
        <translation>یہاں کھولنے کے بعد کسی دوسرے پروگرام نے فائل بدل دی۔</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="86"/>
        <source>It was saved by a newer version of Newsdesk. Update Newsdesk to open it.</source>
        <translation>یہ فائل Newsdesk کے نئے ورژن سے محفوظ کی گئی ہے۔ اسے کھولنے کے لیے Newsdesk کو اپ ڈیٹ کریں۔</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="90"/>
        <source>The file is damaged, or it is not a Newsdesk article.</source>
        <translation>فائل خراب ہے، یا یہ Newsdesk کا مضمون نہیں۔</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="95"/>
        <source>You may not write in this folder.</source>
        <translation>آپ کو اس فولڈر میں لکھنے کی اجازت نہیں۔</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="98"/>
        <source>The disk is full. Free some space and try again.</source>
        <translation>ڈسک بھر گئی ہے۔ کچھ جگہ خالی کر کے دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="101"/>
        <source>The disk is read-only.</source>
        <translation>ڈسک صرف پڑھنے کے لیے ہے۔</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="104"/>
        <source>A folder has this name. Choose another file name.</source>
        <translation>اس نام کا ایک فولڈر موجود ہے۔ فائل کا کوئی اور نام منتخب کریں۔</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="107"/>
        <source>The folder does not exist.</source>
        <translation>فولڈر موجود نہیں۔</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="108"/>
        <source>The file name is too long.</source>
        <translation>فائل کا نام بہت لمبا ہے۔</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="111"/>
        <source>The file is read-only. Save it under another name.</source>
        <translation>یہ فائل صرف پڑھنے کے لیے ہے۔ اسے کسی اور نام سے محفوظ کریں۔</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="76"/>
        <source>A lock file that cannot be read says this article is open.</source>
        <translation>ایک لاک فائل جو پڑھی نہیں جا سکتی، بتاتی ہے کہ یہ مضمون کھلا ہے۔</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/common/failures.py" line="58"/>
        <source>%n paragraph(s) not translated yet</source>
        <translation>
            <numerusform>%n پیرا ابھی ترجمہ نہیں ہوا</numerusform>
            <numerusform>%n پیرے ابھی ترجمہ نہیں ہوئے</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="59"/>
        <source>The {0} edition was not exported: it has {1}. Translate them in the side-by-side view, or export anyway.</source>
        <translation>{0} ایڈیشن برآمد نہیں ہوا: اس میں {1}۔ انہیں پہلو بہ پہلو منظر میں ترجمہ کریں، یا پھر بھی برآمد کریں۔</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="118"/>
        <source>The backups folder could not be written to.</source>
        <translation>بیک اپ فولڈر میں لکھا نہیں جا سکا۔</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="123"/>
        <location filename="../../editor/ui/common/failures.py" line="141"/>
        <location filename="../../editor/ui/common/failures.py" line="163"/>
        <source>The file could not be read or written.</source>
        <translation>فائل پڑھی یا لکھی نہیں جا سکی۔</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="127"/>
        <source>The picture&apos;s file is {0} MB; an article takes pictures up to {1} MB.</source>
        <translation>تصویر کی فائل {0} ایم بی ہے؛ مضمون میں زیادہ سے زیادہ {1} ایم بی کی تصویریں لگ سکتی ہیں۔</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="131"/>
        <source>The picture has {0} million pixels; an article takes at most {1} million.</source>
        <translation>تصویر میں {0} ملین پکسل ہیں؛ مضمون میں زیادہ سے زیادہ {1} ملین لگ سکتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="135"/>
        <source>The file is not a PNG, JPEG or GIF picture, or it is damaged.</source>
        <translation>یہ فائل PNG، JPEG یا GIF تصویر نہیں، یا خراب ہے۔</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="144"/>
        <source>The draft is not a text Newsdesk can read.</source>
        <translation>یہ مسودہ ایسا متن نہیں جسے Newsdesk پڑھ سکے۔</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="146"/>
        <source>Not in the quotation bank: {0}.</source>
        <translation>اقتباسات کے ذخیرے میں نہیں: {0}۔</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="152"/>
        <source>The house style cannot be used.</source>
        <translation>یہ ادارتی اسلوب استعمال نہیں ہو سکتا۔</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="154"/>
        <source>The article could not be prepared for export.</source>
        <translation>مضمون برآمد کے لیے تیار نہیں ہو سکا۔</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="158"/>
        <location filename="../../editor/ui/common/failures.py" line="227"/>
        <source>The file does not exist.</source>
        <translation>فائل موجود نہیں۔</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="160"/>
        <location filename="../../editor/ui/common/failures.py" line="228"/>
        <source>You may not read this file.</source>
        <translation>آپ کو یہ فائل پڑھنے کی اجازت نہیں۔</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="162"/>
        <location filename="../../editor/ui/common/failures.py" line="229"/>
        <source>This is a folder, not a file.</source>
        <translation>یہ فولڈر ہے، فائل نہیں۔</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/common/failures.py" line="180"/>
        <source>%n open suggestion(s)</source>
        <translation>
            <numerusform>%n کھلی تجویز</numerusform>
            <numerusform>%n کھلی تجاویز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/common/failures.py" line="182"/>
        <source>%n unresolved comment(s)</source>
        <translation>
            <numerusform>%n حل طلب تبصرہ</numerusform>
            <numerusform>%n حل طلب تبصرے</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="184"/>
        <source>{0} and {1}</source>
        <translation>{0} اور {1}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="185"/>
        <source>The article cannot move to {0} while it has {1}. Accept or reject the suggestions and resolve the comments first.</source>
        <translation>جب تک مضمون میں {1} موجود ہیں، یہ “{0}” میں نہیں جا سکتا۔ پہلے تجاویز قبول یا مسترد کریں اور تبصرے حل کریں۔</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/common/failures.py" line="197"/>
        <source>%n stale paragraph(s)</source>
        <translation>
            <numerusform>%n پرانا پیرا</numerusform>
            <numerusform>%n پرانے پیرے</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="198"/>
        <source>The {0} edition cannot move to {1} while it has {2}. Update or confirm them in the side-by-side view first.</source>
        <translation>جب تک {0} ایڈیشن میں {2} موجود ہیں، یہ “{1}” میں نہیں جا سکتا۔ پہلے پہلو بہ پہلو منظر میں انہیں تازہ کریں یا ان کی تصدیق کریں۔</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="208"/>
        <source>The embargo cannot be read, so the article cannot be published. Set it again in Article › Properties.</source>
        <translation>اشاعتی پابندی پڑھی نہیں جا سکتی، اس لیے مضمون شائع نہیں ہو سکتا۔ اسے “مضمون › خصوصیات” میں دوبارہ مقرر کریں۔</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="217"/>
        <source>The article is under embargo until {0} ({1} h {2} min left); it cannot be published before then.</source>
        <translation>مضمون پر {0} تک اشاعتی پابندی ہے ({1} گھنٹے {2} منٹ باقی)؛ اس سے پہلے یہ شائع نہیں ہو سکتا۔</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="259"/>
        <source>{0} has had this article open on {1} since {2}.</source>
        <translation>{0} نے یہ مضمون {2} سے {1} پر کھول رکھا ہے۔</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="263"/>
        <source>{0} has had this article open since {1}.</source>
        <translation>{0} نے یہ مضمون {1} سے کھول رکھا ہے۔</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="276"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="282"/>
        <source>Edition {0}: {1}</source>
        <translation>ایڈیشن {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="324"/>
        <location filename="../../editor/ui/review/review_actions.py" line="526"/>
        <source>Details: {0}</source>
        <translation>تفصیل: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="356"/>
        <source>Correct the ids, or tick “{0}” and export again.</source>
        <translation>شناخت درست کریں، یا “{0}” پر نشان لگا کر دوبارہ برآمد کریں۔</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="361"/>
        <source>Nothing was exported: correct it, or tick “{0}” and export again.</source>
        <translation>کچھ برآمد نہیں ہوا: اسے درست کریں، یا “{0}” پر نشان لگا کر دوبارہ برآمد کریں۔</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="383"/>
        <source>{0}: characters a file cannot hold were changed ({1}: {2}).</source>
        <translation>{0}: وہ حروف بدل دیے گئے جو فائل میں نہیں رہ سکتے ({1}: {2})۔</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="389"/>
        <source>{0}: exported with these quotations marked as missing: {1}.</source>
        <translation>{0}: غائب اقتباسات نشان زد کر کے برآمد کیا گیا: {1}۔</translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <location filename="../../editor/ui/form/find_replace.py" line="153"/>
        <source>Find and Replace</source>
        <translation>تلاش کریں اور بدلیں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/find_replace.py" line="154"/>
        <source>Match case</source>
        <translation>کیس ملائیں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/find_replace.py" line="155"/>
        <source>Whole words only</source>
        <translation>صرف پورے الفاظ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/find_replace.py" line="156"/>
        <source>Find next</source>
        <translation>اگلا تلاش کریں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/find_replace.py" line="157"/>
        <source>Replace</source>
        <translation>بدلیں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/find_replace.py" line="158"/>
        <source>Replace all</source>
        <translation>سب بدلیں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/find_replace.py" line="159"/>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/find_replace.py" line="160"/>
        <source>Find:</source>
        <translation>تلاش:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/find_replace.py" line="161"/>
        <source>Replace with:</source>
        <translation>اس سے بدلیں:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/find_replace.py" line="248"/>
        <source>“{0}” was not found.</source>
        <translation>“{0}” نہیں ملا۔</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/form/find_replace.py" line="311"/>
        <source>%n replaced.</source>
        <translation>
            <numerusform>%n جگہ تبدیل کیا گیا۔</numerusform>
            <numerusform>%n جگہوں پر تبدیل کیا گیا۔</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Genres</name>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="40"/>
        <source>Current</source>
        <translation>خبر</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="41"/>
        <source>Opinion</source>
        <translation>رائے</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="42"/>
        <source>Analysis</source>
        <translation>تجزیہ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="43"/>
        <source>Background</source>
        <translation>پس منظر</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="44"/>
        <source>Feature</source>
        <translation>فیچر</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="45"/>
        <source>Interview</source>
        <translation>انٹرویو</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="46"/>
        <source>Obituary</source>
        <translation>وفیات</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="47"/>
        <source>Profile</source>
        <translation>خاکہ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="48"/>
        <source>Review</source>
        <translation>تنقیدی جائزہ</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../editor/ui/dialogs/guide_dialog.py" line="66"/>
        <source>Writing in Newsdesk</source>
        <translation>Newsdesk میں لکھنا</translation>
    </message>
</context>
<context>
    <name>HouseStyles</name>
    <message>
        <location filename="../../editor/render/styles.py" line="23"/>
        <source>The default house style: serif text on A4, every part shown.</source>
        <translation>طے شدہ ادارتی انداز: A4 کاغذ پر سیرف متن، ہر حصہ دکھایا جاتا ہے۔</translation>
    </message>
    <message>
        <location filename="../../editor/render/styles.py" line="26"/>
        <source>A compact wire style: sans-serif, Letter paper, narrow margins, capitalised English labels, no metadata block.</source>
        <translation>مختصر خبر رساں انداز: سینز سیرف متن، Letter کاغذ، تنگ حاشیے، انگریزی لیبل بڑے حروف میں، میٹا ڈیٹا بلاک نہیں۔</translation>
    </message>
</context>
<context>
    <name>LanguageButton</name>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="437"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
</context>
<context>
    <name>LanguageTools</name>
    <message>
        <location filename="../../editor/ui/language/language_tools.py" line="299"/>
        <source>&amp;Tools</source>
        <translation>&amp;اوزار</translation>
    </message>
    <message>
        <location filename="../../editor/ui/language/language_tools.py" line="300"/>
        <source>&amp;Check article</source>
        <translation>مضمون &amp;جانچیں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/language/language_tools.py" line="301"/>
        <source>Fix &amp;typography</source>
        <translation>&amp;ٹائپوگرافی درست کریں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/language/language_tools.py" line="302"/>
        <source>Check &amp;spelling as you type</source>
        <translation>لکھتے وقت &amp;ہجے جانچیں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/language/language_tools.py" line="303"/>
        <source>T&amp;ypography as you type</source>
        <translation>&amp;لکھتے وقت ٹائپوگرافی</translation>
    </message>
    <message>
        <location filename="../../editor/ui/language/language_tools.py" line="387"/>
        <source>Fix typography</source>
        <translation>ٹائپوگرافی درست کریں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/language/language_tools.py" line="388"/>
        <source>The typography is right already: nothing was changed.</source>
        <translation>ٹائپوگرافی پہلے سے درست ہے: کچھ نہیں بدلا گیا۔</translation>
    </message>
</context>
<context>
    <name>LibraryPane</name>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="203"/>
        <source>Search the library: words, &quot;a phrase&quot;, prefix*</source>
        <translation>لائبریری میں تلاش: الفاظ، &quot;پورا فقرہ&quot;، سابقہ*</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="206"/>
        <source>Any status</source>
        <translation>کوئی بھی حیثیت</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="207"/>
        <source>Any language</source>
        <translation>کوئی بھی زبان</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="208"/>
        <source>Any author</source>
        <translation>کوئی بھی مصنف</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="209"/>
        <source>Any office</source>
        <translation>کوئی بھی ادارہ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="210"/>
        <source>Any tag</source>
        <translation>کوئی بھی ٹیگ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="211"/>
        <source>Any slugline</source>
        <translation>کوئی بھی سلگ لائن</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="212"/>
        <source>Any urgency</source>
        <translation>کوئی بھی فوریت</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="213"/>
        <source>Any embargo</source>
        <translation>اشاعتی پابندی ہو یا نہ ہو</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="217"/>
        <source>Under embargo</source>
        <translation>اشاعتی پابندی کے تحت</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="218"/>
        <source>Embargo passed</source>
        <translation>اشاعتی پابندی ختم</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="219"/>
        <source>No embargo</source>
        <translation>کوئی اشاعتی پابندی نہیں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="224"/>
        <source>from: any</source>
        <translation>از: کوئی بھی</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="225"/>
        <source>to: any</source>
        <translation>تا: کوئی بھی</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="227"/>
        <source>Best match</source>
        <translation>بہترین مطابقت</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="228"/>
        <source>Newest</source>
        <translation>تازہ ترین</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="229"/>
        <source>Oldest</source>
        <translation>قدیم ترین</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="230"/>
        <source>Headline</source>
        <translation>سرخی</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="231"/>
        <source>Author</source>
        <translation>مصنف</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="235"/>
        <source>Export…</source>
        <translation>برآمد کریں…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="236"/>
        <location filename="../../editor/ui/library/library_pane.py" line="613"/>
        <source>Set status</source>
        <translation>حیثیت بدلیں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="239"/>
        <source>Folders</source>
        <translation>فولڈر</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="317"/>
        <source>The library cannot be searched: {0}</source>
        <translation>لائبریری میں تلاش نہیں ہو سکی: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/library/library_pane.py" line="323"/>
        <source>%n+ article(s)</source>
        <translation>
            <numerusform>%n+ مضمون</numerusform>
            <numerusform>%n+ مضامین</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/library/library_pane.py" line="325"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n مضمون</numerusform>
            <numerusform>%n مضامین</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/library/library_pane.py" line="332"/>
        <source>%n file(s) could not be read</source>
        <translation>
            <numerusform>%n فائل پڑھی نہ جا سکی</numerusform>
            <numerusform>%n فائلیں پڑھی نہ جا سکیں</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="361"/>
        <source>Urgency {0}</source>
        <translation>فوریت {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="528"/>
        <source>The library&apos;s folders were not changed.</source>
        <translation>لائبریری کے فولڈر تبدیل نہیں ہوئے۔</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/library/library_pane.py" line="539"/>
        <source>%n file(s) could not be read.</source>
        <translation>
            <numerusform>%n فائل پڑھی نہ جا سکی۔</numerusform>
            <numerusform>%n فائلیں پڑھی نہ جا سکیں۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/library/library_pane.py" line="598"/>
        <source>{0} of %n article(s) were not changed.</source>
        <translation>
            <numerusform>%n مضمون میں سے {0} تبدیل نہیں ہوا۔</numerusform>
            <numerusform>%n مضامین میں سے {0} تبدیل نہیں ہوئے۔</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="327"/>
        <source>Reading the library…</source>
        <translation>لائبریری پڑھی جا رہی ہے…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="459"/>
        <source>Reading the library… {0} of {1}</source>
        <translation>لائبریری پڑھی جا رہی ہے… {1} میں سے {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="469"/>
        <source>The library cannot be read: {0}</source>
        <translation>لائبریری پڑھی نہیں جا سکی: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="485"/>
        <source>The library cannot be updated: {0}</source>
        <translation>لائبریری تازہ نہیں ہو سکی: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="497"/>
        <source>Add folder…</source>
        <translation>فولڈر شامل کریں…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="502"/>
        <source>Remove {0}</source>
        <translation>{0} ہٹائیں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="507"/>
        <source>Add a library folder</source>
        <translation>لائبریری میں فولڈر شامل کریں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="527"/>
        <source>Library folders</source>
        <translation>لائبریری کے فولڈر</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="538"/>
        <source>Library</source>
        <translation>لائبریری</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="551"/>
        <source>Exporting…</source>
        <translation>برآمد ہو رہا ہے…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="579"/>
        <source>Changing the status…</source>
        <translation>حیثیت بدلی جا رہی ہے…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/library/library_pane.py" line="605"/>
        <source>The status of %n article(s) changed, but no backup of the previous version was kept.</source>
        <translation>
            <numerusform>%n مضمون کی حیثیت بدل گئی، لیکن پچھلے نسخے کا بیک اپ نہیں رکھا جا سکا۔</numerusform>
            <numerusform>%n مضامین کی حیثیت بدل گئی، لیکن پچھلے نسخے کا بیک اپ نہیں رکھا جا سکا۔</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="629"/>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
</context>
<context>
    <name>LibraryWindow</name>
    <message>
        <location filename="../../editor/ui/library/library_window.py" line="50"/>
        <source>Library</source>
        <translation>لائبریری</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../editor/ui/form/link_dialog.py" line="30"/>
        <source>Insert Link</source>
        <translation>ربط داخل کریں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/link_dialog.py" line="34"/>
        <source>The words the reader sees</source>
        <translation>وہ الفاظ جو قاری دیکھتا ہے</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/link_dialog.py" line="40"/>
        <source>&amp;Text:</source>
        <translation>&amp;متن:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/link_dialog.py" line="41"/>
        <source>&amp;Address:</source>
        <translation>&amp;پتا:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="251"/>
        <source>Read-only</source>
        <translation>صرف پڑھنے کے لیے</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="253"/>
        <location filename="../../editor/ui/window/main_window.py" line="630"/>
        <source>Not saved yet</source>
        <translation>ابھی محفوظ نہیں ہوا</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="255"/>
        <location filename="../../editor/ui/window/main_window.py" line="630"/>
        <location filename="../../editor/ui/window/main_window.py" line="834"/>
        <source>Saved</source>
        <translation>محفوظ ہے</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="552"/>
        <source>&amp;New</source>
        <translation>&amp;نیا</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="553"/>
        <source>&amp;Open…</source>
        <translation>&amp;کھولیں…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="554"/>
        <source>&amp;Import draft…</source>
        <translation>مسودہ د&amp;رآمد کریں…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="555"/>
        <source>&amp;Save</source>
        <translation>&amp;محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="556"/>
        <source>Save &amp;As…</source>
        <translation>&amp;بطور محفوظ کریں…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="557"/>
        <source>&amp;Export…</source>
        <translation>بر&amp;آمد کریں…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="558"/>
        <source>&amp;Print…</source>
        <translation>&amp;طباعت…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="559"/>
        <source>&amp;Close</source>
        <translation>بن&amp;د کریں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="560"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="561"/>
        <source>&amp;Undo</source>
        <translation>&amp;واپس کریں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="562"/>
        <source>&amp;Redo</source>
        <translation>&amp;دوبارہ کریں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="563"/>
        <source>Cu&amp;t</source>
        <translation>&amp;کاٹیں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="564"/>
        <source>&amp;Copy</source>
        <translation>&amp;نقل کریں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="565"/>
        <source>&amp;Paste</source>
        <translation>&amp;چسپاں کریں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="566"/>
        <source>Paste as plain te&amp;xt</source>
        <translation>&amp;سادہ متن کے طور پر چسپاں کریں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="567"/>
        <source>Select &amp;All</source>
        <translation>سب &amp;منتخب کریں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="568"/>
        <source>&amp;Find…</source>
        <translation>&amp;تلاش کریں…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="569"/>
        <source>&amp;Replace…</source>
        <translation>&amp;بدلیں…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="570"/>
        <source>Se&amp;ttings…</source>
        <translation>ت&amp;رتیبات…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="571"/>
        <source>Insert &amp;quotation…</source>
        <translation>&amp;اقتباس داخل کریں…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="572"/>
        <source>Insert i&amp;mage…</source>
        <translation>&amp;تصویر داخل کریں…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="573"/>
        <source>&amp;New quotation…</source>
        <translation>&amp;نیا اقتباس…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="574"/>
        <source>&amp;Bold	Ctrl+B</source>
        <translation>&amp;جلی	Ctrl+B</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="575"/>
        <source>&amp;Italic	Ctrl+I</source>
        <translation>&amp;ترچھا	Ctrl+I</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="576"/>
        <source>&amp;Link	Ctrl+K</source>
        <translation>&amp;ربط	Ctrl+K</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="581"/>
        <source>&amp;Writing in Newsdesk</source>
        <translation>Newsdesk میں &amp;لکھنا</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="587"/>
        <source>Opening line</source>
        <translation>ابتدائی سطر</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="588"/>
        <source>Headline</source>
        <translation>سرخی</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="589"/>
        <source>Standfirst</source>
        <translation>خلاصہ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="590"/>
        <source>Sections (again: next section)</source>
        <translation>حصے (دوبارہ: اگلا حصہ)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="591"/>
        <source>Quotations</source>
        <translation>اقتباسات</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="592"/>
        <source>Byline (again: article settings)</source>
        <translation>بائی لائن (دوبارہ: مضمون کی ترتیبات)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="710"/>
        <source>{0} ({1} edition)</source>
        <translation>{0} ({1} ایڈیشن)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="730"/>
        <source>Read from the damaged file {0}.</source>
        <translation>خراب فائل {0} سے پڑھا گیا۔</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="731"/>
        <source>Not read: {0}</source>
        <translation>نہیں پڑھا گیا: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="734"/>
        <source>Recovered from a damaged file, not saved yet (hover for details)</source>
        <translation>خراب فائل سے بحال کیا گیا، ابھی محفوظ نہیں (تفصیل کے لیے ماؤس لائیں)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="1386"/>
        <source>The new quotation goes into the bank and into the text at the cursor.</source>
        <translation>نیا اقتباس ذخیرے میں اور کرسر کی جگہ متن میں جاتا ہے۔</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="1408"/>
        <source>New quotation…</source>
        <translation>نیا اقتباس…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="1438"/>
        <location filename="../../editor/ui/window/main_window.py" line="1454"/>
        <source>Insert image</source>
        <translation>تصویر داخل کریں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="1439"/>
        <source>Pictures (*.png *.jpg *.jpeg *.gif)</source>
        <translation>تصویریں (*.png *.jpg *.jpeg *.gif)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="1455"/>
        <source>{0} was not placed in the article.</source>
        <translation>فائل {0} مضمون میں نہیں لگائی گئی۔</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="577"/>
        <source>&amp;Library</source>
        <translation>&amp;لائبریری</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="597"/>
        <source>Search every article</source>
        <translation>تمام مضامین میں تلاش کریں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="578"/>
        <source>E&amp;xpand all panes</source>
        <translation>سب خانے &amp;کھولیں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="579"/>
        <source>C&amp;ollapse all panes</source>
        <translation>سب خانے &amp;سمیٹیں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="580"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;کی بورڈ شارٹ کٹس</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="582"/>
        <source>&amp;About Newsdesk</source>
        <translation>Newsdesk کے &amp;بارے میں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="583"/>
        <source>About &amp;Qt</source>
        <translation>&amp;Qt کے بارے میں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="536"/>
        <source>&amp;File</source>
        <translation>&amp;فائل</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="598"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;حالیہ کھولیں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="537"/>
        <source>&amp;Edit</source>
        <translation>&amp;ترمیم</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="538"/>
        <source>&amp;Insert</source>
        <translation>&amp;داخل کریں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="539"/>
        <source>&amp;View</source>
        <translation>&amp;منظر</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="584"/>
        <source>&amp;Preview</source>
        <translation>&amp;پیش منظر</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="599"/>
        <source>&amp;Go to</source>
        <translation>&amp;جائیں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="540"/>
        <source>&amp;Help</source>
        <translation>&amp;مدد</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="614"/>
        <location filename="../../editor/ui/window/main_window.py" line="917"/>
        <source>Unsaved changes</source>
        <translation>غیر محفوظ تبدیلیاں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="679"/>
        <source>Recovery copy failed: {0}</source>
        <translation>بحالی کی نقل ناکام: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="686"/>
        <source>Unsaved changes (recovery copy kept)</source>
        <translation>غیر محفوظ تبدیلیاں (بحالی کی نقل موجود ہے)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="706"/>
        <location filename="../../editor/ui/window/main_window.py" line="919"/>
        <source>Untitled article</source>
        <translation>بے عنوان مضمون</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="708"/>
        <source>{0} (read-only)</source>
        <translation>{0} (صرف پڑھنے کے لیے)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/window/main_window.py" line="721"/>
        <source>Imported with %n warning(s) (hover for details)</source>
        <translation>
            <numerusform>%n انتباہ کے ساتھ درآمد ہوا (تفصیل کے لیے ماؤس اوپر لائیں)</numerusform>
            <numerusform>%n انتباہات کے ساتھ درآمد ہوا (تفصیل کے لیے ماؤس اوپر لائیں)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="722"/>
        <source>Imported, not saved yet (hover for details)</source>
        <translation>درآمد ہو گیا، ابھی محفوظ نہیں ہوا (تفصیل کے لیے ماؤس اوپر لائیں)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="759"/>
        <source>Save article as</source>
        <translation>مضمون بطور محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="759"/>
        <location filename="../../editor/ui/window/main_window.py" line="1166"/>
        <source>Newsdesk articles (*.newsdesk)</source>
        <translation>نیوز ڈیسک مضامین (*.newsdesk)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="804"/>
        <source>Not saved: changed on disk</source>
        <translation>محفوظ نہیں ہوا: ڈسک پر بدل گیا</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="812"/>
        <source>Save failed</source>
        <translation>محفوظ نہیں ہو سکا</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="813"/>
        <source>The article was not saved to {0}.</source>
        <translation>مضمون {0} میں محفوظ نہیں ہوا۔</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="831"/>
        <source>Saved without a backup</source>
        <translation>بیک اپ کے بغیر محفوظ ہوا</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="862"/>
        <source>Load the version on disk</source>
        <translation>ڈسک والا نسخہ کھولیں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="863"/>
        <source>Your changes in this window will be lost. Load the version on disk?</source>
        <translation>اس ونڈو میں آپ کی تبدیلیاں ضائع ہو جائیں گی۔ ڈسک والا نسخہ کھولیں؟</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="886"/>
        <source>Compare</source>
        <translation>موازنہ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="887"/>
        <source>{0} cannot be opened.</source>
        <translation>{0} نہیں کھل سکتی۔</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="891"/>
        <source>{0}: on disk and in this window</source>
        <translation>{0}: ڈسک پر اور اس ونڈو میں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="918"/>
        <source>“{0}” has changes that are not saved. Save them before closing?</source>
        <translation>“{0}” میں غیر محفوظ تبدیلیاں ہیں۔ بند کرنے سے پہلے انہیں محفوظ کریں؟</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="1015"/>
        <source>Preview folded away (View › Preview shows it): the window is too narrow for it.</source>
        <translation>پیش منظر سمیٹ دیا گیا (منظر › پیش منظر اسے دکھاتا ہے): کھڑکی اس کے لیے بہت تنگ ہے۔</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="1166"/>
        <source>Open article</source>
        <translation>مضمون کھولیں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="1176"/>
        <source>(none)</source>
        <translation>(کوئی نہیں)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="1410"/>
        <source>Insert quotation</source>
        <translation>اقتباس داخل کریں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="1410"/>
        <source>Quotation:</source>
        <translation>اقتباس:</translation>
    </message>
</context>
<context>
    <name>MarkdownEditor</name>
    <message>
        <location filename="../../editor/ui/form/markdown_editor.py" line="876"/>
        <source>A link is made of words in one paragraph, without a quotation.</source>
        <translation>ربط ایک ہی پیراگراف کے الفاظ سے بنتا ہے، اقتباس کے بغیر۔</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/markdown_editor.py" line="1020"/>
        <source>Quotation “{0}” is not in the quotation bank.</source>
        <translation>اقتباس “{0}” اقتباسات کے ذخیرے میں نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/markdown_editor.py" line="1021"/>
        <source>unknown speaker</source>
        <translation>نامعلوم قائل</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/markdown_editor.py" line="1024"/>
        <source>Role: {0}</source>
        <translation>عہدہ: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/markdown_editor.py" line="1026"/>
        <source>Date: {0}</source>
        <translation>تاریخ: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/markdown_editor.py" line="1029"/>
        <source>Source: {0}</source>
        <translation>ماخذ: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/markdown_editor.py" line="1030"/>
        <source>Verified</source>
        <translation>تصدیق شدہ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/markdown_editor.py" line="1030"/>
        <source>Not verified</source>
        <translation>غیر تصدیق شدہ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/markdown_editor.py" line="1031"/>
        <source>Double-click to edit it.</source>
        <translation>ترمیم کے لیے دو بار کلک کیجیے۔</translation>
    </message>
</context>
<context>
    <name>MetaPane</name>
    <message>
        <location filename="../../editor/ui/form/meta_pane.py" line="50"/>
        <source>Article</source>
        <translation>مضمون</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/meta_pane.py" line="51"/>
        <source>Comma-separated, e.g. transport, ports</source>
        <translation>کاما (,) سے الگ کریں، مثلاً ٹرانسپورٹ, بندرگاہیں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/meta_pane.py" line="58"/>
        <source>none</source>
        <translation>کوئی نہیں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/meta_pane.py" line="59"/>
        <source> words</source>
        <translation> الفاظ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/meta_pane.py" line="61"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/meta_pane.py" line="62"/>
        <source>Tags</source>
        <translation>ٹیگ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/meta_pane.py" line="63"/>
        <source>Status</source>
        <translation>حیثیت</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/meta_pane.py" line="64"/>
        <source>Target length</source>
        <translation>مطلوبہ طوالت</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <location filename="../../editor/ui/common/name_dialog.py" line="49"/>
        <source>Your name</source>
        <translation>آپ کا نام</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/name_dialog.py" line="52"/>
        <source>Comments, status changes and revisions are recorded under your name. You can change it later in Settings.</source>
        <translation>تبصرے، حیثیت کی تبدیلیاں اور نسخے آپ کے نام سے درج ہوتے ہیں۔ آپ اسے بعد میں ترتیبات میں بدل سکتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/name_dialog.py" line="60"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/name_dialog.py" line="61"/>
        <source>Initials</source>
        <translation>مخفف نام</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/name_dialog.py" line="118"/>
        <source>Settings</source>
        <translation>ترتیبات</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/name_dialog.py" line="119"/>
        <source>The settings could not be saved.</source>
        <translation>ترتیبات محفوظ نہیں ہو سکیں۔</translation>
    </message>
</context>
<context>
    <name>NewEditionDialog</name>
    <message>
        <location filename="../../editor/ui/window/new_edition_dialog.py" line="36"/>
        <source>New Edition</source>
        <translation>نیا ایڈیشن</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/new_edition_dialog.py" line="40"/>
        <source>An edition is the same story in another language, kept in this file. Each of its paragraphs is linked to the paragraph it translates.</source>
        <translation>ایڈیشن وہی خبر کسی دوسری زبان میں ہے، جو اسی فائل میں رکھی جاتی ہے۔ اس کا ہر پیرا اس پیرے سے جڑا ہوتا ہے جس کا وہ ترجمہ ہے۔</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/new_edition_dialog.py" line="51"/>
        <source>&amp;Language:</source>
        <translation>&amp;زبان:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/new_edition_dialog.py" line="54"/>
        <source>&amp;Pre-fill with the source text, marked to translate</source>
        <translation>اصل متن سے &amp;پہلے سے بھر دیں، ترجمے کے لیے نشان زد</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/new_edition_dialog.py" line="63"/>
        <source>Create Edition</source>
        <translation>ایڈیشن بنائیں</translation>
    </message>
</context>
<context>
    <name>OpeningPane</name>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="480"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="484"/>
        <source>Opening line</source>
        <translation>ابتدائی سطر</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="485"/>
        <source>Optional invocation or dedication</source>
        <translation>اختیاری دعائیہ کلمہ یا انتساب</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="487"/>
        <source>Article&apos;s language</source>
        <translation>مضمون کی زبان</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="487"/>
        <source>Language of the opening line</source>
        <translation>ابتدائی سطر کی زبان</translation>
    </message>
</context>
<context>
    <name>Outlets</name>
    <message>
        <location filename="../../editor/render/styles.py" line="220"/>
        <source>web</source>
        <translation>ویب</translation>
    </message>
    <message>
        <location filename="../../editor/render/styles.py" line="221"/>
        <source>print</source>
        <translation>مطبوعہ</translation>
    </message>
    <message>
        <location filename="../../editor/render/styles.py" line="222"/>
        <source>agency</source>
        <translation>ایجنسی</translation>
    </message>
</context>
<context>
    <name>Parts</name>
    <message>
        <location filename="../../editor/model/parts.py" line="48"/>
        <source>Opening line</source>
        <translation>ابتدائی سطر</translation>
    </message>
    <message>
        <location filename="../../editor/model/parts.py" line="49"/>
        <source>Headline</source>
        <translation>سرخی</translation>
    </message>
    <message>
        <location filename="../../editor/model/parts.py" line="50"/>
        <source>Standfirst</source>
        <translation>خلاصہ</translation>
    </message>
    <message>
        <location filename="../../editor/model/parts.py" line="51"/>
        <source>Byline</source>
        <translation>بائی لائن</translation>
    </message>
    <message>
        <location filename="../../editor/model/parts.py" line="52"/>
        <source>Section {0}</source>
        <translation>حصہ {0}</translation>
    </message>
    <message>
        <location filename="../../editor/model/parts.py" line="53"/>
        <source>Quotation {0}</source>
        <translation>اقتباس {0}</translation>
    </message>
</context>
<context>
    <name>PreviewDock</name>
    <message>
        <location filename="../../editor/ui/window/preview.py" line="266"/>
        <source>Preview</source>
        <translation>پیش منظر</translation>
    </message>
</context>
<context>
    <name>PreviewRenderer</name>
    <message>
        <location filename="../../editor/ui/window/preview.py" line="324"/>
        <source>Preview failed:</source>
        <translation>پیش منظر ناکام:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/preview.py" line="211"/>
        <source>This article is too long to preview as you type: {0} characters, where the preview shows up to {1}. Export it to read it whole.</source>
        <translation>یہ مضمون لکھتے وقت پیش منظر کے لیے بہت لمبا ہے: {0} حروف، جبکہ پیش منظر {1} تک دکھاتا ہے۔ پورا پڑھنے کے لیے اسے برآمد کریں۔</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="56"/>
        <source>Look in:</source>
        <translation>اس میں دیکھیں:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="57"/>
        <source>File &amp;name:</source>
        <translation>فائل کا &amp;نام:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="58"/>
        <source>Files of type:</source>
        <translation>فائلوں کی قسم:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="59"/>
        <source>&amp;Look in:</source>
        <translation>اس &amp;میں دیکھیں:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="60"/>
        <source>Files of &amp;type:</source>
        <translation>فائلوں کی &amp;قسم:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="61"/>
        <source>&amp;Open</source>
        <translation>&amp;کھولیں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="62"/>
        <source>&amp;Save</source>
        <translation>&amp;محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="63"/>
        <source>&amp;Choose</source>
        <translation>&amp;منتخب کریں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="64"/>
        <source>Open</source>
        <translation>کھولیں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="65"/>
        <source>Save As</source>
        <translation>اس نام سے محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="66"/>
        <source>Directory:</source>
        <translation>فولڈر:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="67"/>
        <source>Back</source>
        <translation>پیچھے</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="68"/>
        <source>Forward</source>
        <translation>آگے</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="69"/>
        <source>Parent Directory</source>
        <translation>اوپر والا فولڈر</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="70"/>
        <source>Create New Folder</source>
        <translation>نیا فولڈر بنائیں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="71"/>
        <source>List View</source>
        <translation>فہرست</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="72"/>
        <source>Detail View</source>
        <translation>تفصیل</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="73"/>
        <source>Go back</source>
        <translation>پیچھے جائیں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="74"/>
        <source>Go forward</source>
        <translation>آگے جائیں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="75"/>
        <source>Go to the parent directory</source>
        <translation>اوپر والے فولڈر میں جائیں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="76"/>
        <source>Create a New Folder</source>
        <translation>نیا فولڈر بنائیں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="77"/>
        <source>Change to list view mode</source>
        <translation>فہرست کی صورت میں دکھائیں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="78"/>
        <source>Change to detail view mode</source>
        <translation>تفصیل کی صورت میں دکھائیں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="79"/>
        <source>Sidebar</source>
        <translation>سائیڈ بار</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="80"/>
        <source>Recent Places</source>
        <translation>حالیہ مقامات</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="81"/>
        <source>My Computer</source>
        <translation>میرا کمپیوٹر</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="82"/>
        <source>New Folder</source>
        <translation>نیا فولڈر</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="83"/>
        <source>&amp;New Folder</source>
        <translation>&amp;نیا فولڈر</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="84"/>
        <source>&amp;Rename</source>
        <translation>نام &amp;بدلیں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="85"/>
        <source>&amp;Delete</source>
        <translation>&amp;حذف کریں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="86"/>
        <source>Show &amp;hidden files</source>
        <translation>&amp;چھپی فائلیں دکھائیں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="87"/>
        <source>All Files (*)</source>
        <translation>تمام فائلیں (*)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="88"/>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>کیا آپ واقعی &apos;%1&apos; حذف کرنا چاہتے ہیں؟</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="89"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 پہلے سے موجود ہے۔
کیا آپ اسے بدلنا چاہتے ہیں؟</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="90"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="91"/>
        <source>Size</source>
        <translation>سائز</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="92"/>
        <source>Type</source>
        <translation>قسم</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="93"/>
        <source>Date Modified</source>
        <translation>ترمیم کی تاریخ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="94"/>
        <source>Computer</source>
        <translation>کمپیوٹر</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="46"/>
        <source>&amp;Undo</source>
        <translation>&amp;واپس کریں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="47"/>
        <source>&amp;Redo</source>
        <translation>&amp;دوبارہ کریں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="48"/>
        <source>Cu&amp;t</source>
        <translation>&amp;کاٹیں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="49"/>
        <source>&amp;Copy</source>
        <translation>&amp;نقل کریں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="50"/>
        <source>&amp;Paste</source>
        <translation>&amp;چسپاں کریں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="51"/>
        <source>Delete</source>
        <translation>حذف کریں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="52"/>
        <source>Select All</source>
        <translation>سب منتخب کریں</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="22"/>
        <source>OK</source>
        <translation>ٹھیک ہے</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="23"/>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="24"/>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="25"/>
        <source>Save</source>
        <translation>محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="26"/>
        <source>Discard</source>
        <translation>رد کریں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="27"/>
        <source>&amp;Yes</source>
        <translation>&amp;ہاں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="28"/>
        <source>&amp;No</source>
        <translation>&amp;نہیں</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <location filename="../../editor/ui/window/section_actions.py" line="26"/>
        <source>Up</source>
        <translation>اوپر</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/section_actions.py" line="26"/>
        <source>Down</source>
        <translation>نیچے</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="32"/>
        <source>Ctrl</source>
        <translation>Ctrl</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="33"/>
        <source>Alt</source>
        <translation>Alt</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="34"/>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="38"/>
        <source>&amp;Undo</source>
        <translation>&amp;واپس کریں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="39"/>
        <source>&amp;Redo</source>
        <translation>&amp;دوبارہ کریں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="40"/>
        <source>Cu&amp;t</source>
        <translation>&amp;کاٹیں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="41"/>
        <source>&amp;Copy</source>
        <translation>&amp;نقل کریں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="42"/>
        <source>&amp;Paste</source>
        <translation>&amp;چسپاں کریں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="43"/>
        <source>Delete</source>
        <translation>حذف کریں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="44"/>
        <source>Select All</source>
        <translation>سب منتخب کریں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="45"/>
        <source>Copy &amp;Link Location</source>
        <translation>ربط کا &amp;پتا نقل کریں</translation>
    </message>
</context>
<context>
    <name>QuotationDialog</name>
    <message>
        <location filename="../../editor/ui/form/quotation_dialog.py" line="46"/>
        <source>New quotation</source>
        <translation>نیا اقتباس</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotation_dialog.py" line="48"/>
        <source>Quotation {0}</source>
        <translation>اقتباس {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotation_dialog.py" line="62"/>
        <source>Article&apos;s language</source>
        <translation>مضمون کی زبان</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotation_dialog.py" line="64"/>
        <source>The words are a translation</source>
        <translation>الفاظ ترجمہ ہیں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotation_dialog.py" line="66"/>
        <source>Checked against the source</source>
        <translation>ماخذ سے تصدیق شدہ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotation_dialog.py" line="73"/>
        <source>Id</source>
        <translation>شناخت</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotation_dialog.py" line="74"/>
        <source>Words</source>
        <translation>الفاظ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotation_dialog.py" line="75"/>
        <source>Speaker</source>
        <translation>قائل</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotation_dialog.py" line="76"/>
        <source>Speaker&apos;s role</source>
        <translation>قائل کا عہدہ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotation_dialog.py" line="77"/>
        <source>Occasion</source>
        <translation>موقع</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotation_dialog.py" line="78"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotation_dialog.py" line="79"/>
        <source>Source</source>
        <translation>ماخذ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotation_dialog.py" line="80"/>
        <source>Source address</source>
        <translation>ماخذ کا ویب پتا</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotation_dialog.py" line="81"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotation_dialog.py" line="84"/>
        <source>Note</source>
        <translation>نوٹ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotation_dialog.py" line="149"/>
        <source>Quotation</source>
        <translation>اقتباس</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotation_dialog.py" line="149"/>
        <source>A quotation needs its words.</source>
        <translation>اقتباس کے الفاظ درج کرنا ضروری ہے۔</translation>
    </message>
</context>
<context>
    <name>QuotationsPane</name>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="533"/>
        <source>Quotations</source>
        <translation>اقتباسات</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="552"/>
        <source>Speaker</source>
        <translation>قائل</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="553"/>
        <source>Words</source>
        <translation>الفاظ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="554"/>
        <source>Occasion</source>
        <translation>موقع</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="555"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="556"/>
        <source>Verified</source>
        <translation>تصدیق شدہ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="557"/>
        <source>Uses</source>
        <translation>استعمال</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="534"/>
        <source>Add…</source>
        <translation>شامل کریں…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="535"/>
        <source>Edit…</source>
        <translation>ترمیم کریں…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="536"/>
        <source>Delete</source>
        <translation>حذف کریں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="537"/>
        <source>Insert into text</source>
        <translation>متن میں داخل کریں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="538"/>
        <source>Put the quotation at the cursor (Ctrl+Shift+Q)</source>
        <translation>اقتباس کرسر کی جگہ رکھیں (Ctrl+Shift+Q)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="539"/>
        <source>Show next use</source>
        <translation>اگلا استعمال دکھائیں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="540"/>
        <source>Filter by id, words, speaker, role, source</source>
        <translation>شناخت، الفاظ، کہنے والے، عہدے یا ماخذ سے چھانٹیں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="551"/>
        <source>Id</source>
        <translation>شناخت</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="560"/>
        <source>yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="561"/>
        <source>no</source>
        <translation>نہیں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="563"/>
        <source>{0} ×</source>
        <translation>{0} بار</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="562"/>
        <source>unused</source>
        <translation>غیر مستعمل</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="564"/>
        <source>“{0}” is used in the text but not in the bank</source>
        <translation>“{0}” متن میں استعمال ہوا ہے مگر ذخیرے میں نہیں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="827"/>
        <source>Delete quotation</source>
        <translation>اقتباس حذف کریں</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/form/quotations_pane.py" line="829"/>
        <source>The quotation is used %n time(s) in the text. Delete it from the bank? The places that use it stay and are flagged as unknown.</source>
        <translation>
            <numerusform>یہ اقتباس متن میں %n بار استعمال ہوا ہے۔ کیا اسے بینک سے حذف کریں؟ جس جگہ یہ استعمال ہوا ہے وہ باقی رہے گی اور نامعلوم کے طور پر نشان زد ہوگی۔</numerusform>
            <numerusform>یہ اقتباس متن میں %n بار استعمال ہوا ہے۔ کیا اسے بینک سے حذف کریں؟ جن جگہوں پر یہ استعمال ہوا ہے وہ باقی رہیں گی اور نامعلوم کے طور پر نشان زد ہوں گی۔</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../editor/ui/dialogs/recovery_dialog.py" line="32"/>
        <source>Recover unsaved work</source>
        <translation>غیر محفوظ کام بحال کریں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/recovery_dialog.py" line="36"/>
        <source>Newsdesk found work that was not saved when it last stopped. Choose what to do with each copy.</source>
        <translation>پچھلی بار بند ہوتے وقت Newsdesk میں کچھ کام محفوظ نہیں ہوا تھا۔ ہر نقل کے لیے منتخب کریں کہ کیا کرنا ہے۔</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/recovery_dialog.py" line="44"/>
        <source>Headline</source>
        <translation>سرخی</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/recovery_dialog.py" line="44"/>
        <source>File</source>
        <translation>فائل</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/recovery_dialog.py" line="44"/>
        <source>Autosaved</source>
        <translation>خودکار محفوظ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/recovery_dialog.py" line="44"/>
        <source>Action</source>
        <translation>کارروائی</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/recovery_dialog.py" line="52"/>
        <source>(no headline)</source>
        <translation>(بغیر سرخی)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/recovery_dialog.py" line="53"/>
        <source>never saved</source>
        <translation>کبھی محفوظ نہیں ہوا</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/recovery_dialog.py" line="55"/>
        <source>{0} — damaged: {1}</source>
        <translation>{0} — خراب: {1}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/recovery_dialog.py" line="61"/>
        <source>Restore</source>
        <translation>بحال کریں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/recovery_dialog.py" line="63"/>
        <source>Open both (saved file and recovered copy)</source>
        <translation>دونوں کھولیں (محفوظ فائل اور بحال شدہ نقل)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/recovery_dialog.py" line="64"/>
        <source>Discard</source>
        <translation>رد کریں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/recovery_dialog.py" line="65"/>
        <source>Decide later</source>
        <translation>بعد میں فیصلہ کریں</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../editor/ui/library/library_results.py" line="129"/>
        <source>Article</source>
        <translation>مضمون</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_results.py" line="130"/>
        <source>Status</source>
        <translation>حیثیت</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_results.py" line="131"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_results.py" line="132"/>
        <source>Author</source>
        <translation>مصنف</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_results.py" line="133"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="225"/>
        <source>Change the status in the Review menu</source>
        <translation>حیثیت نظرثانی کے مینو سے بدلیں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="226"/>
        <source>Read-only</source>
        <translation>صرف پڑھنے کے لیے</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="227"/>
        <source>Reopen for changes</source>
        <translation>تبدیلیوں کے لیے دوبارہ کھولیں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="228"/>
        <source>&amp;Review</source>
        <translation>&amp;نظرثانی</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="229"/>
        <source>Review &amp;Panel</source>
        <translation>نظرثانی &amp;پینل</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="230"/>
        <source>&amp;Status</source>
        <translation>&amp;حیثیت</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="233"/>
        <source>Reopen for &amp;Changes</source>
        <translation>تبدیلیوں کے لیے &amp;دوبارہ کھولیں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="234"/>
        <source>Reviewer &amp;Mode (suggestions and comments)</source>
        <translation>نظرثانی &amp;موڈ (تجاویز اور تبصرے)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="237"/>
        <source>Save &amp;Revision…</source>
        <translation>&amp;نسخہ محفوظ کریں…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="238"/>
        <source>Revisions and &amp;Compare…</source>
        <translation>نسخے اور مو&amp;ازنہ…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="243"/>
        <location filename="../../editor/ui/review/review_actions.py" line="791"/>
        <source>Status: {0}</source>
        <translation>حیثیت: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="262"/>
        <source>{0}: the text is read-only.</source>
        <translation>{0}: متن صرف پڑھنے کے لیے ہے۔</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="279"/>
        <source>{0} — {1}, {2}</source>
        <translation>{0} — {1}، {2}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="319"/>
        <location filename="../../editor/ui/review/review_actions.py" line="328"/>
        <source>Add comment</source>
        <translation>تبصرہ شامل کریں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="319"/>
        <source>Select the words to comment on.</source>
        <translation>جن الفاظ پر تبصرہ کرنا ہے انہیں منتخب کریں۔</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="328"/>
        <source>Comment:</source>
        <translation>تبصرہ:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/review/review_actions.py" line="563"/>
        <source>The file&apos;s text differs from the article&apos;s in %n place(s) without a tracked change: edits made with Track Changes off. Suggest them as {0}&apos;s, to accept or reject?</source>
        <translation>
            <numerusform>فائل کا متن مضمون کے متن سے %n جگہ پر کسی ٹریک شدہ تبدیلی کے بغیر مختلف ہے: یہ ترامیم ٹریک چینجز بند ہونے پر کی گئیں۔ کیا انہیں {0} کی تجاویز کے طور پر شامل کیا جائے، قبول یا مسترد کرنے کے لیے؟</numerusform>
            <numerusform>فائل کا متن مضمون کے متن سے %n جگہوں پر کسی ٹریک شدہ تبدیلی کے بغیر مختلف ہے: یہ ترامیم ٹریک چینجز بند ہونے پر کی گئیں۔ کیا انہیں {0} کی تجاویز کے طور پر شامل کیا جائے، قبول یا مسترد کرنے کے لیے؟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/review/review_actions.py" line="614"/>
        <source>%n suggestion(s) from edits made without Track Changes, as {0}&apos;s.</source>
        <translation>
            <numerusform>ٹریک چینجز کے بغیر کی گئی ترامیم سے %n تجویز، {0} کی طرف سے۔</numerusform>
            <numerusform>ٹریک چینجز کے بغیر کی گئی ترامیم سے %n تجاویز، {0} کی طرف سے۔</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="236"/>
        <source>Comments and Changes from a Reviewed &amp;DOCX…</source>
        <translation>نظرثانی شدہ &amp;DOCX سے تبصرے اور تبدیلیاں…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="247"/>
        <source>{0} · Suggesting</source>
        <translation>{0} · تجویز موڈ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="476"/>
        <source>Comments and changes from a reviewed DOCX</source>
        <translation>نظرثانی شدہ DOCX سے تبصرے اور تبدیلیاں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="477"/>
        <source>Word documents (*.docx)</source>
        <translation>ورڈ دستاویزات (*.docx)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="489"/>
        <location filename="../../editor/ui/review/review_actions.py" line="522"/>
        <location filename="../../editor/ui/review/review_actions.py" line="535"/>
        <location filename="../../editor/ui/review/review_actions.py" line="545"/>
        <location filename="../../editor/ui/review/review_actions.py" line="561"/>
        <source>Comments from DOCX</source>
        <translation>DOCX سے تبصرے</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="490"/>
        <source>The comments could not be read from {0}.</source>
        <translation>{0} سے تبصرے پڑھے نہیں جا سکے۔</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/review/review_actions.py" line="515"/>
        <source>%n comment(s) added, {0}, {1}.</source>
        <translation>
            <numerusform>%n تبصرہ شامل ہوا، {0}، {1}۔</numerusform>
            <numerusform>%n تبصرے شامل ہوئے، {0}، {1}۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/review/review_actions.py" line="516"/>
        <source>%n already there</source>
        <comment>comments</comment>
        <translation>
            <numerusform>%n پہلے سے موجود</numerusform>
            <numerusform>%n پہلے سے موجود</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/review/review_actions.py" line="517"/>
        <source>%n kept detached</source>
        <translation>
            <numerusform>%n بغیر مقام کے رکھا گیا</numerusform>
            <numerusform>%n بغیر مقام کے رکھے گئے</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="530"/>
        <source>Some comments could not be read as Word writes them; every comment was kept, as described below.</source>
        <translation>کچھ تبصرے اس طرح نہیں پڑھے جا سکے جیسے Word انہیں لکھتا ہے؛ تمام تبصرے رکھ لیے گئے، جیسا کہ نیچے بیان کیا گیا ہے۔</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/review/review_actions.py" line="547"/>
        <source>The reviewed file shows %n of the article&apos;s suggestion(s) accepted there. Accept here too?</source>
        <translation>
            <numerusform>جائزہ شدہ فائل میں مضمون کی %n تجویز وہاں قبول شدہ ہے۔ کیا یہاں بھی قبول کی جائے؟</numerusform>
            <numerusform>جائزہ شدہ فائل میں مضمون کی %n تجاویز وہاں قبول شدہ ہیں۔ کیا یہاں بھی قبول کی جائیں؟</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="578"/>
        <source>header</source>
        <translation>ہیڈر</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="579"/>
        <source>footer</source>
        <translation>فوٹر</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="580"/>
        <source>footnote</source>
        <translation>حاشیہ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="581"/>
        <source>endnote</source>
        <translation>اختتامی حاشیہ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="582"/>
        <source>section label</source>
        <translation>حصے کا عنوان</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="583"/>
        <source>quotation attribution</source>
        <translation>اقتباس کا حوالہ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="584"/>
        <source>credit line</source>
        <translation>کریڈٹ لائن</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="585"/>
        <source>metadata line</source>
        <translation>میٹا ڈیٹا لائن</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="589"/>
        <source>{0}: {1}</source>
        <comment>a part and how many suggestions were placed in it</comment>
        <translation>{0}: {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/review/review_actions.py" line="596"/>
        <source>%n suggestion(s) placed from tracked changes, {0}.</source>
        <translation>
            <numerusform>ٹریک شدہ تبدیلیوں سے %n تجویز رکھی گئی، {0}۔</numerusform>
            <numerusform>ٹریک شدہ تبدیلیوں سے %n تجاویز رکھی گئیں، {0}۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/review/review_actions.py" line="597"/>
        <source>%n already there</source>
        <comment>suggestions</comment>
        <translation>
            <numerusform>%n پہلے سے موجود</numerusform>
            <numerusform>%n پہلے سے موجود</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/review/review_actions.py" line="606"/>
        <source>%n suggestion(s) accepted here as in the reviewed file.</source>
        <translation>
            <numerusform>%n تجویز یہاں بھی جائزہ شدہ فائل کی طرح قبول کی گئی۔</numerusform>
            <numerusform>%n تجاویز یہاں بھی جائزہ شدہ فائل کی طرح قبول کی گئیں۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/review/review_actions.py" line="622"/>
        <source>%n conflict(s) with another reviewer&apos;s suggestions.</source>
        <translation>
            <numerusform>کسی دوسرے نظرثانی کنندہ کی تجاویز سے %n ٹکراؤ۔</numerusform>
            <numerusform>کسی دوسرے نظرثانی کنندہ کی تجاویز سے %n ٹکراؤ۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/review/review_actions.py" line="628"/>
        <source>%n change(s) not placed:</source>
        <translation>
            <numerusform>%n تبدیلی نہیں رکھی گئی:</numerusform>
            <numerusform>%n تبدیلیاں نہیں رکھی گئیں:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/review/review_actions.py" line="642"/>
        <source>%n place(s) where the file&apos;s text differs from the article&apos;s without a tracked change (not taken; the article keeps its words):</source>
        <translation>
            <numerusform>%n جگہ جہاں فائل کا متن کسی ٹریک شدہ تبدیلی کے بغیر مضمون کے متن سے مختلف ہے (نہیں لی گئی؛ مضمون کے الفاظ برقرار ہیں):</numerusform>
            <numerusform>%n جگہیں جہاں فائل کا متن کسی ٹریک شدہ تبدیلی کے بغیر مضمون کے متن سے مختلف ہے (نہیں لی گئیں؛ مضمون کے الفاظ برقرار ہیں):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="668"/>
        <location filename="../../editor/ui/review/review_actions.py" line="674"/>
        <location filename="../../editor/ui/review/review_actions.py" line="684"/>
        <source>Change status</source>
        <translation>حیثیت بدلیں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="675"/>
        <source>Note for the move to {0} (optional):</source>
        <translation>“{0}” حیثیت پر منتقلی کا نوٹ (اختیاری):</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="723"/>
        <source>Reopened for changes</source>
        <translation>تبدیلیوں کے لیے دوبارہ کھولا گیا</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="740"/>
        <source>Save revision</source>
        <translation>نسخہ محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="740"/>
        <source>Note:</source>
        <translation>نوٹ:</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../editor/ui/review/review_panel.py" line="127"/>
        <source>Review</source>
        <translation>نظرثانی</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_panel.py" line="128"/>
        <source>Open comments</source>
        <translation>کھلے تبصرے</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_panel.py" line="128"/>
        <source>Resolved comments</source>
        <translation>حل شدہ تبصرے</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_panel.py" line="128"/>
        <source>All comments</source>
        <translation>تمام تبصرے</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_panel.py" line="131"/>
        <source>Comment on selection</source>
        <translation>انتخاب پر تبصرہ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_panel.py" line="132"/>
        <source>Reply…</source>
        <translation>جواب…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_panel.py" line="133"/>
        <source>Reply</source>
        <translation>جواب دیں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_panel.py" line="134"/>
        <location filename="../../editor/ui/review/review_panel.py" line="250"/>
        <source>Resolve</source>
        <translation>حل کریں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_panel.py" line="135"/>
        <source>No comments.</source>
        <translation>کوئی تبصرہ نہیں۔</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_panel.py" line="136"/>
        <source>Add &amp;Comment on Selection</source>
        <translation>انتخاب پر &amp;تبصرہ کریں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_panel.py" line="137"/>
        <source>Comments</source>
        <translation>تبصرے</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/review/review_panel.py" line="153"/>
        <source>Suggestions (%n)</source>
        <translation>
            <numerusform>تجاویز (%n)</numerusform>
            <numerusform>تجاویز (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_panel.py" line="250"/>
        <source>Reopen</source>
        <translation>دوبارہ کھولیں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_panel.py" line="253"/>
        <source>resolved</source>
        <translation>حل شدہ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_panel.py" line="255"/>
        <source>its text was deleted</source>
        <translation>اس کا متن حذف ہو چکا ہے</translation>
    </message>
</context>
<context>
    <name>RevisionsDialog</name>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="843"/>
        <source>Revisions</source>
        <translation>نسخے</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="844"/>
        <source>Inline</source>
        <translation>ایک ہی متن میں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="845"/>
        <source>Side by side</source>
        <translation>پہلو بہ پہلو</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="846"/>
        <source>Compare</source>
        <translation>موازنہ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="847"/>
        <source>with</source>
        <translation>بمقابلہ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="848"/>
        <source>Restore the first</source>
        <translation>پہلا بحال کریں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="860"/>
        <location filename="../../editor/ui/review/review_actions.py" line="880"/>
        <source>Current text</source>
        <translation>موجودہ متن</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="904"/>
        <source>No differences.</source>
        <translation>کوئی فرق نہیں۔</translation>
    </message>
</context>
<context>
    <name>SectionActions</name>
    <message>
        <location filename="../../editor/ui/window/section_actions.py" line="57"/>
        <source>Move section &amp;up</source>
        <translation>حصہ او&amp;پر لے جائیں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/section_actions.py" line="58"/>
        <source>Move section &amp;down</source>
        <translation>حصہ &amp;نیچے لے جائیں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/section_actions.py" line="59"/>
        <source>Re&amp;name section</source>
        <translation>حصے کا &amp;نام بدلیں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/section_actions.py" line="60"/>
        <source>Re&amp;move section</source>
        <translation>حصہ &amp;ہٹائیں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/section_actions.py" line="62"/>
        <source>&amp;Section</source>
        <translation>&amp;حصہ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/section_actions.py" line="86"/>
        <source>Put the cursor in a section first.</source>
        <translation>پہلے کرسر کسی حصے میں رکھیں۔</translation>
    </message>
</context>
<context>
    <name>SectionPane</name>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="691"/>
        <source>Section label</source>
        <translation>حصے کا عنوان</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="692"/>
        <source>The label printed before the section</source>
        <translation>حصے سے پہلے چھپنے والا عنوان</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="694"/>
        <source>Add, move or remove a section</source>
        <translation>حصہ شامل کریں، منتقل کریں یا ہٹائیں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="696"/>
        <source>Drag to move the section; right-click to add, move or remove one</source>
        <translation>حصہ منتقل کرنے کے لیے گھسیٹیں؛ حصہ شامل کرنے، منتقل کرنے یا ہٹانے کے لیے دائیں کلک کریں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="706"/>
        <source>Add section after</source>
        <translation>اس کے بعد حصہ شامل کریں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="710"/>
        <source>Move section up</source>
        <translation>حصہ اوپر لے جائیں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="713"/>
        <source>Move section down</source>
        <translation>حصہ نیچے لے جائیں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="716"/>
        <source>Rename section</source>
        <translation>حصے کا نام بدلیں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="718"/>
        <source>Remove section</source>
        <translation>حصہ ہٹائیں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="762"/>
        <source>News</source>
        <translation>خبر</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="763"/>
        <source>Comment</source>
        <translation>تبصرہ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="685"/>
        <location filename="../../editor/ui/form/panes.py" line="767"/>
        <source>Section</source>
        <translation>حصہ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="693"/>
        <source>The section&apos;s text</source>
        <translation>حصے کا متن</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="767"/>
        <source>Section: {0}</source>
        <translation>حصہ: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="772"/>
        <source>News section</source>
        <translation>خبر کا حصہ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="773"/>
        <source>Comment section</source>
        <translation>تبصرے کا حصہ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="774"/>
        <source>Custom section</source>
        <translation>اپنی مرضی کا حصہ</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../editor/ui/dialogs/settings_dialog.py" line="60"/>
        <source>Settings</source>
        <translation>ترتیبات</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/settings_dialog.py" line="65"/>
        <source>Arabic and Urdu lay the whole interface out right to left</source>
        <translation>عربی اور اردو میں پورا انٹرفیس دائیں سے بائیں دکھایا جاتا ہے</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/settings_dialog.py" line="75"/>
        <source>Your full name, for bylines and comments</source>
        <translation>آپ کا پورا نام، بائی لائن اور تبصروں کے لیے</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/settings_dialog.py" line="83"/>
        <source> s</source>
        <translation> سیکنڈ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/settings_dialog.py" line="97"/>
        <source>Follow the system</source>
        <translation>سسٹم کے مطابق</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/settings_dialog.py" line="98"/>
        <source>Light</source>
        <translation>روشن</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/settings_dialog.py" line="99"/>
        <source>Dark</source>
        <translation>تاریک</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/settings_dialog.py" line="102"/>
        <source>Interface language</source>
        <translation>انٹرفیس کی زبان</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/settings_dialog.py" line="103"/>
        <source>New articles in</source>
        <translation>نئے مضامین کی زبان</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/settings_dialog.py" line="104"/>
        <source>Your name</source>
        <translation>آپ کا نام</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/settings_dialog.py" line="105"/>
        <source>Your initials</source>
        <translation>آپ کے نام کے ابتدائی حروف</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/settings_dialog.py" line="106"/>
        <source>Default office</source>
        <translation>طے شدہ ادارہ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/settings_dialog.py" line="107"/>
        <source>Autosave after idle</source>
        <translation>وقفے کے بعد خودکار محفوظ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/settings_dialog.py" line="108"/>
        <source>Editor font</source>
        <translation>ایڈیٹر کا فونٹ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/settings_dialog.py" line="109"/>
        <source>Font size</source>
        <translation>فونٹ کا سائز</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/settings_dialog.py" line="110"/>
        <source>Theme</source>
        <translation>تھیم</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../editor/ui/dialogs/shortcuts_dialog.py" line="88"/>
        <source>Keyboard shortcuts</source>
        <translation>کی بورڈ شارٹ کٹس</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/shortcuts_dialog.py" line="90"/>
        <source>Menu</source>
        <translation>مینو</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/shortcuts_dialog.py" line="90"/>
        <source>Command</source>
        <translation>کمانڈ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/shortcuts_dialog.py" line="90"/>
        <source>Keys</source>
        <translation>کلیدیں</translation>
    </message>
</context>
<context>
    <name>SideBySideView</name>
    <message>
        <location filename="../../editor/ui/window/side_by_side.py" line="109"/>
        <source>For reading the two side by side: you write in the edition&apos;s window.</source>
        <translation>دونوں کو ساتھ ساتھ پڑھنے کے لیے: لکھنا ایڈیشن کی ونڈو میں ہوتا ہے۔</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/side_by_side.py" line="113"/>
        <source>Side by side: {0} and {1}</source>
        <translation>پہلو بہ پہلو: {0} اور {1}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/side_by_side.py" line="115"/>
        <source>Side by side</source>
        <translation>پہلو بہ پہلو</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/side_by_side.py" line="163"/>
        <source>(to translate)</source>
        <translation>(ترجمہ کرنا ہے)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/side_by_side.py" line="170"/>
        <source>The source paragraph changed since this was confirmed.</source>
        <translation>اس ترجمے کی تصدیق کے بعد اصل پیرا بدل گیا۔</translation>
    </message>
</context>
<context>
    <name>SpellMenu</name>
    <message>
        <location filename="../../editor/ui/language/spell_menu.py" line="82"/>
        <source>(no suggestions)</source>
        <translation>(کوئی تجویز نہیں)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/language/spell_menu.py" line="85"/>
        <source>Add “{0}” to dictionary</source>
        <translation>“{0}” لغت میں شامل کریں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/language/spell_menu.py" line="87"/>
        <source>Ignore “{0}”</source>
        <translation>“{0}” نظرانداز کریں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/language/spell_menu.py" line="116"/>
        <source>Add to dictionary</source>
        <translation>لغت میں شامل کریں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/language/spell_menu.py" line="117"/>
        <source>The word was not saved in your dictionary.</source>
        <translation>لفظ آپ کی لغت میں محفوظ نہیں ہوا۔</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../editor/model/article.py" line="46"/>
        <source>Draft</source>
        <translation>مسودہ</translation>
    </message>
    <message>
        <location filename="../../editor/model/article.py" line="47"/>
        <source>In review</source>
        <translation>زیرِ نظرثانی</translation>
    </message>
    <message>
        <location filename="../../editor/model/article.py" line="48"/>
        <source>Changes requested</source>
        <translation>تبدیلیاں مطلوب</translation>
    </message>
    <message>
        <location filename="../../editor/model/article.py" line="49"/>
        <source>Approved</source>
        <translation>منظور شدہ</translation>
    </message>
    <message>
        <location filename="../../editor/model/article.py" line="50"/>
        <source>Published</source>
        <translation>شائع شدہ</translation>
    </message>
</context>
<context>
    <name>SuggestionActions</name>
    <message>
        <location filename="../../editor/ui/review/suggestion_actions.py" line="161"/>
        <source>Suggest &amp;Changes</source>
        <translation>&amp;تبدیلیاں تجویز کریں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestion_actions.py" line="162"/>
        <source>Ne&amp;xt Suggestion</source>
        <translation>&amp;اگلی تجویز</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestion_actions.py" line="163"/>
        <source>Previo&amp;us Suggestion</source>
        <translation>&amp;پچھلی تجویز</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestion_actions.py" line="164"/>
        <source>&amp;Accept Suggestion</source>
        <translation>تجویز &amp;قبول کریں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestion_actions.py" line="165"/>
        <source>Re&amp;ject Suggestion</source>
        <translation>تجویز &amp;مسترد کریں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestion_actions.py" line="167"/>
        <source>Typing, deleting and emphasis become suggestions others accept or reject</source>
        <translation>لکھنا، حذف کرنا اور نمایاں کرنا تجاویز بن جاتے ہیں جنہیں دوسرے قبول یا مسترد کرتے ہیں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestion_actions.py" line="245"/>
        <source>No suggestions to review.</source>
        <translation>جائزے کے لیے کوئی تجویز نہیں۔</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestion_actions.py" line="257"/>
        <source>Put the cursor on a suggestion first (F8 goes to the next one).</source>
        <translation>پہلے کرسر کسی تجویز پر رکھیں (F8 اگلی تجویز پر لے جاتا ہے)۔</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestion_actions.py" line="992"/>
        <source>Accept Suggestion</source>
        <translation>تجویز قبول کریں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestion_actions.py" line="994"/>
        <source>Reject Suggestion</source>
        <translation>تجویز مسترد کریں</translation>
    </message>
</context>
<context>
    <name>SuggestionMarker</name>
    <message>
        <location filename="../../editor/ui/review/suggestion_marking.py" line="76"/>
        <source>unknown author</source>
        <translation>نامعلوم مصنف</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestion_marking.py" line="79"/>
        <source>Inserted by {0}, {1}</source>
        <translation>{0} نے داخل کیا، {1}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestion_marking.py" line="82"/>
        <source>Deleted by {0}, {1}</source>
        <translation>{0} نے حذف کیا، {1}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestion_marking.py" line="87"/>
        <source>Emphasis added by {0}, {1}</source>
        <translation>{0} نے نمایاں کیا، {1}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestion_marking.py" line="89"/>
        <source>Emphasis removed by {0}, {1}</source>
        <translation>{0} نے نمایاں پن ہٹایا، {1}</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="147"/>
        <source>Change</source>
        <translation>تبدیلی</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="147"/>
        <source>By</source>
        <translation>تجویز کنندہ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="147"/>
        <source>When</source>
        <translation>وقت</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="148"/>
        <source>&amp;Accept</source>
        <translation>&amp;قبول کریں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="149"/>
        <source>Accept the selected suggestion (Enter)</source>
        <translation>منتخب تجویز قبول کریں (Enter)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="150"/>
        <source>&amp;Reject</source>
        <translation>م&amp;سترد کریں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="151"/>
        <source>Reject the selected suggestion (Delete)</source>
        <translation>منتخب تجویز مسترد کریں (Delete)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="152"/>
        <source>Accept all</source>
        <translation>سب قبول کریں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="153"/>
        <source>Reject all</source>
        <translation>سب مسترد کریں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="154"/>
        <source>Accept all by…</source>
        <translation>مصنف کے لحاظ سے قبول کریں…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="155"/>
        <source>Reject all by…</source>
        <translation>مصنف کے لحاظ سے مسترد کریں…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="156"/>
        <source>No suggestions.</source>
        <translation>کوئی تجویز نہیں۔</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="259"/>
        <source>Insert “{0}”</source>
        <translation>“{0}” داخل کریں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="260"/>
        <source>Delete “{0}”</source>
        <translation>“{0}” حذف کریں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="261"/>
        <source>Replace “{0}” with “{1}”</source>
        <translation>“{0}” کی جگہ “{1}”</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="262"/>
        <source>Bold “{0}”</source>
        <translation>“{0}” کو جلی کریں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="263"/>
        <source>Remove bold from “{0}”</source>
        <translation>“{0}” سے جلی ہٹائیں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="264"/>
        <source>Italicise “{0}”</source>
        <translation>“{0}” کو ترچھا کریں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="265"/>
        <source>Remove italics from “{0}”</source>
        <translation>“{0}” سے ترچھا ہٹائیں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="266"/>
        <source>Strike through “{0}”</source>
        <translation>“{0}” پر خطِ تنسیخ لگائیں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="267"/>
        <source>Remove strikethrough from “{0}”</source>
        <translation>“{0}” سے خطِ تنسیخ ہٹائیں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="268"/>
        <source>Change the emphasis of “{0}”</source>
        <translation>“{0}” کی نمایاں صورت بدلیں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="321"/>
        <source>In conflict with a suggestion by {0}</source>
        <translation>{0} کی تجویز سے متصادم</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="329"/>
        <source>From {0}</source>
        <translation>ماخذ: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="372"/>
        <source>Accept all by {0}</source>
        <translation>{0} کی سب تجاویز قبول کریں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="373"/>
        <source>Reject all by {0}</source>
        <translation>{0} کی سب تجاویز مسترد کریں</translation>
    </message>
</context>
<context>
    <name>TextBox</name>
    <message>
        <location filename="../../editor/ui/form/text_box.py" line="362"/>
        <source>This text is too long to edit here: the first {0} of its {1} characters are shown. The rest is kept and saved unchanged.</source>
        <translation>یہ متن یہاں ترمیم کے لیے بہت لمبا ہے: اس کے {1} حروف میں سے پہلے {0} دکھائے گئے ہیں۔ باقی متن جوں کا توں رکھا اور محفوظ کیا جاتا ہے۔</translation>
    </message>
</context>
<context>
    <name>UiLanguageCombo</name>
    <message>
        <location filename="../../editor/ui/dialogs/settings_dialog.py" line="32"/>
        <source>System</source>
        <translation>سسٹم کی زبان</translation>
    </message>
</context>
<context>
    <name>WordCounter</name>
    <message>
        <location filename="../../editor/ui/window/status.py" line="118"/>
        <source>Opening line: {0}</source>
        <translation>ابتدائی سطر: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/status.py" line="123"/>
        <source>Headline: {0}</source>
        <translation>سرخی: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/status.py" line="126"/>
        <source>Standfirst: {0}</source>
        <translation>خلاصہ: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/status.py" line="140"/>
        <source>{0}: {1}</source>
        <comment>a section&apos;s name, then its word count</comment>
        <translation>{0}: {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/window/status.py" line="146"/>
        <source>Total {0} of %n word(s)</source>
        <translation>
            <numerusform>کل: %n میں سے {0} الفاظ</numerusform>
            <numerusform>کل: %n میں سے {0} الفاظ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/window/status.py" line="148"/>
        <source>Total %n word(s)</source>
        <translation>
            <numerusform>کل الفاظ: %n</numerusform>
            <numerusform>کل الفاظ: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="120"/>
        <source>Library</source>
        <translation>لائبریری</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="182"/>
        <location filename="../../editor/ui/window/workspace.py" line="466"/>
        <location filename="../../editor/ui/window/workspace.py" line="487"/>
        <source>File in use</source>
        <translation>فائل زیرِ استعمال ہے</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="400"/>
        <source>Cannot open the article</source>
        <translation>مضمون نہیں کھل سکا</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="121"/>
        <source>The library cannot be opened.</source>
        <translation>لائبریری نہیں کھل سکی۔</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="183"/>
        <source>{0} cannot be saved: save it under another name.</source>
        <translation>{0} محفوظ نہیں ہو سکتا: اسے کسی اور نام سے محفوظ کریں۔</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="401"/>
        <location filename="../../editor/ui/window/workspace.py" line="467"/>
        <source>{0} cannot be opened.</source>
        <translation>{0} نہیں کھل سکا۔</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="425"/>
        <source>Not read (shown empty, or left out):
{0}</source>
        <translation>نہیں پڑھا گیا (خالی دکھایا گیا یا چھوڑ دیا گیا):
{0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="427"/>
        <source>Every part of the article could be read.</source>
        <translation>مضمون کا ہر حصہ پڑھا جا سکا۔</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="432"/>
        <source>{0} is damaged.</source>
        <translation>{0} خراب ہے۔</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="434"/>
        <source>Newsdesk can open what it still holds as a new article, not saved yet; the damaged file stays as it is.</source>
        <translation>Newsdesk اس میں بچا ہوا مواد ایک نئے، غیر محفوظ مضمون کے طور پر کھول سکتا ہے؛ خراب فائل جوں کی توں رہے گی۔</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="441"/>
        <source>Damaged article</source>
        <translation>خراب مضمون</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="445"/>
        <source>Open What Can Be Read</source>
        <translation>جو پڑھا جا سکے اسے کھولیں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="488"/>
        <source>{0} is in use.</source>
        <translation>{0} زیرِ استعمال ہے۔</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="490"/>
        <source>You can open it read-only, and save your changes under another name.</source>
        <translation>آپ اسے صرف پڑھنے کے لیے کھول سکتے ہیں، اور اپنی تبدیلیاں کسی اور نام سے محفوظ کر سکتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="492"/>
        <source>Open read-only</source>
        <translation>صرف پڑھنے کے لیے کھولیں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="496"/>
        <source>Take over the lock</source>
        <translation>لاک اپنے ہاتھ میں لیں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="604"/>
        <source>Import draft</source>
        <translation>مسودہ درآمد کریں</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="605"/>
        <source>Drafts (*.txt *.md *.markdown *.docx)</source>
        <translation>مسودے (*.txt *.md *.markdown *.docx)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="614"/>
        <source>Import failed</source>
        <translation>درآمد ناکام</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="615"/>
        <source>The draft could not be imported.</source>
        <translation>مسودہ درآمد نہیں ہو سکا۔</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="675"/>
        <source>The recovery copy cannot be read.</source>
        <translation>بحالی کی نقل پڑھی نہیں جا سکی۔</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="717"/>
        <source>The settings could not be saved.</source>
        <translation>ترتیبات محفوظ نہیں ہو سکیں۔</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="674"/>
        <source>Cannot restore</source>
        <translation>بحال نہیں ہو سکا</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="716"/>
        <source>Settings</source>
        <translation>ترتیبات</translation>
    </message>
</context>
</TS>
