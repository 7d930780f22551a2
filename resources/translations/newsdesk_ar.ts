<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../editor/ui/dialogs/about_dialog.py" line="82"/>
        <source>About Newsdesk</source>
        <translation>حول Newsdesk</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/about_dialog.py" line="84"/>
        <source>Version {0}</source>
        <translation>الإصدار {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/about_dialog.py" line="86"/>
        <source>An offline desktop editor for news-plus-commentary articles.</source>
        <translation>محرّر مكتبي يعمل دون اتصال بالإنترنت لكتابة مقالات الخبر والتعليق.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/about_dialog.py" line="89"/>
        <source>Newsdesk is free software: you can share and change it under the terms of the GNU General Public License, version 3 or (at your option) any later version. It comes with no warranty.</source>
        <translation>Newsdesk برنامج حر: يمكنك مشاركته وتعديله وفق شروط رخصة جنو العمومية العامة (GNU GPL)، الإصدار 3 أو (حسب اختيارك) أي إصدار لاحق. ويُقدَّم دون أي ضمان.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/about_dialog.py" line="93"/>
        <source>Uses Qt {0}, PySide6 {1} and Python {2}.</source>
        <translation>يستخدم Qt {0} وPySide6 {1} وPython {2}.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/about_dialog.py" line="96"/>
        <source>Where Newsdesk keeps your files:</source>
        <translation>أين يحفظ Newsdesk ملفاتك:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/about_dialog.py" line="99"/>
        <source>Settings:</source>
        <translation>الإعدادات:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/about_dialog.py" line="100"/>
        <source>Backups and personal dictionary:</source>
        <translation>النسخ الاحتياطية والقاموس الشخصي:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/about_dialog.py" line="101"/>
        <source>Recovery copies:</source>
        <translation>نسخ الاسترداد:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/about_dialog.py" line="102"/>
        <source>Library index (cache):</source>
        <translation>فهرس المكتبة (الذاكرة المؤقتة):</translation>
    </message>
</context>
<context>
    <name>ArticleForm</name>
    <message>
        <location filename="../../editor/ui/form/article_form.py" line="209"/>
        <source>Headline</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/article_form.py" line="210"/>
        <source>The headline, often a question</source>
        <translation>العنوان، وكثيرًا ما يكون سؤالًا</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/article_form.py" line="211"/>
        <source>Standfirst</source>
        <translation>الموجز</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/article_form.py" line="212"/>
        <source>Optional one-paragraph summary</source>
        <translation>ملخص اختياري في فقرة واحدة</translation>
    </message>
</context>
<context>
    <name>ArticlePropertiesDialog</name>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="305"/>
        <source>Article properties</source>
        <translation>خصائص المقالة</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="307"/>
        <source>Desk</source>
        <translation>بيانات التحرير</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="307"/>
        <source>Genres</source>
        <translation>الأنواع الصحفية</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="307"/>
        <source>Corrections</source>
        <translation>التصحيحات</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="311"/>
        <source>Slugline</source>
        <translation>الكلمة الدليلية</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="312"/>
        <source>Urgency</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="313"/>
        <source>Embargo</source>
        <translation>حظر النشر</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="314"/>
        <source>Editor&apos;s note (not exported)</source>
        <translation>ملاحظة المحرر (لا تُصدَّر)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="315"/>
        <source>Subjects</source>
        <translation>الموضوعات</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="316"/>
        <source>Sign-off</source>
        <translation>التوقيع الختامي</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="317"/>
        <source>Copyright holder</source>
        <translation>صاحب حقوق النشر</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="318"/>
        <source>Usage terms</source>
        <translation>شروط الاستخدام</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="325"/>
        <source>A short name for the story, e.g. port-reopens</source>
        <translation>اسم قصير للخبر، مثل: إعادة-فتح-الميناء</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="327"/>
        <source>none</source>
        <translation>غير محددة</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="328"/>
        <source>IPTC&apos;s scale: 1 most urgent, 9 least</source>
        <translation>مقياس IPTC: ‏1 للأعلى أولوية، و9 للأدنى</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="329"/>
        <source>For the desk only; never exported to readers</source>
        <translation>للتحرير فقط؛ لا يُصدَّر للقرّاء أبدًا</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="331"/>
        <source>Comma-separated: IPTC Media Topic codes (medtop:…) or names</source>
        <translation>مفصولة بفاصلة لاتينية (,): رموز IPTC Media Topic ‏(medtop:…) أو أسماء</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="338"/>
        <source>As its kind: {0}</source>
        <translation>حسب نوع القسم: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="340"/>
        <source>None</source>
        <translation>بلا نوع</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="346"/>
        <source>The article has no sections.</source>
        <translation>لا أقسام في المقالة.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="348"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="348"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="348"/>
        <source>What was corrected</source>
        <translation>ما الذي صُحّح</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="355"/>
        <source>&amp;Add correction</source>
        <translation>إ&amp;ضافة تصحيح</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="356"/>
        <source>&amp;Remove</source>
        <translation>&amp;حذف</translation>
    </message>
</context>
<context>
    <name>BylinePane</name>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="819"/>
        <source>Byline</source>
        <translation>التوقيع</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="820"/>
        <source>e.g. 2026-10-04</source>
        <translation>مثال: ‎2026-10-04</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="822"/>
        <source>Author</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="823"/>
        <source>Office</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="824"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="825"/>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="826"/>
        <source>Credit line</source>
        <translation>سطر الإسناد</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="875"/>
        <source>(no credit line: author and office empty)</source>
        <translation>(لا سطر إسناد: الكاتب والمكتب فارغان)</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../../editor/model/validate.py" line="23"/>
        <source>The headline is empty.</source>
        <translation>العنوان فارغ.</translation>
    </message>
    <message>
        <location filename="../../editor/model/validate.py" line="24"/>
        <source>The section {0} is empty.</source>
        <translation>القسم {0} فارغ.</translation>
    </message>
    <message>
        <location filename="../../editor/model/validate.py" line="25"/>
        <source>The quotation {0} is not in the quotation bank.</source>
        <translation>الاقتباس {0} غير موجود في بنك الاقتباسات.</translation>
    </message>
    <message>
        <location filename="../../editor/model/validate.py" line="28"/>
        <source>Two quotations share the id {0}.</source>
        <translation>اقتباسان يحملان المعرّف نفسه {0}.</translation>
    </message>
    <message>
        <location filename="../../editor/model/validate.py" line="29"/>
        <source>The quotation has no words.</source>
        <translation>الاقتباس بلا نص.</translation>
    </message>
    <message>
        <location filename="../../editor/model/validate.py" line="30"/>
        <source>The quotation has no speaker.</source>
        <translation>الاقتباس بلا قائل.</translation>
    </message>
    <message>
        <location filename="../../editor/model/validate.py" line="31"/>
        <source>The quotation is not used in any section.</source>
        <translation>الاقتباس غير مستخدم في أي قسم.</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="73"/>
        <source>The quotation has no date.</source>
        <translation>الاقتباس بلا تاريخ.</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="74"/>
        <source>The quotation has no source.</source>
        <translation>الاقتباس بلا مصدر.</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="75"/>
        <source>The quotation is in the text but not marked as checked against its source.</source>
        <translation>الاقتباس في النص لكنه غير مُعلَّم بأنه رُوجع على مصدره.</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="78"/>
        <source>An open comment by {0}: “{1}”.</source>
        <translation>تعليق مفتوح من {0}: «{1}».</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="79"/>
        <source>A suggestion by {0} is neither accepted nor rejected (“{1}” → “{2}”); a DOCX shows it as a tracked change.</source>
        <translation>اقتراح من {0} لم يُقبل ولم يُرفض («{1}» ← «{2}»)؛ يظهره ملف DOCX تغييرًا متتبَّعًا.</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="84"/>
        <source>The headline has {0} characters; the house style allows {1}.</source>
        <translation>في العنوان {0} حرفًا، وأسلوب الدار يسمح بـ{1}.</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="87"/>
        <source>The credit line has no author.</source>
        <translation>سطر الإسناد بلا كاتب.</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="88"/>
        <source>The credit line has no office.</source>
        <translation>سطر الإسناد بلا مكتب.</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="89"/>
        <source>An invisible direction control character ({0}) is in the text; it can reorder what readers see.</source>
        <translation>في النص محرف خفي للتحكم في الاتجاه ({0})، وقد يغيّر ترتيب ما يراه القرّاء.</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="94"/>
        <source>{0} spaces in a row between words.</source>
        <translation>مسافات متتالية بين كلمتين: {0}.</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="95"/>
        <source>Arabic and Persian forms of a letter are mixed in this text ({0} {1}×, {2} {3}×); use one form.</source>
        <translation>في هذا النص صيغتان عربية وفارسية للحرف نفسه ({0} {1}×، {2} {3}×)؛ استخدم صيغة واحدة.</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="100"/>
        <source>The closing mark {0} has no opening mark before it.</source>
        <translation>علامة الإغلاق {0} ليست قبلها علامة فتح.</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="101"/>
        <source>A straight quotation mark (&quot;) has no partner in this paragraph.</source>
        <translation>علامة التنصيص المستقيمة (&quot;) بلا نظيرة في هذه الفقرة.</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="104"/>
        <source>The opening mark {0} is never closed (no {1} after it in this paragraph).</source>
        <translation>علامة الفتح {0} لم تُغلق (لا {1} بعدها في هذه الفقرة).</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="107"/>
        <source>Unknown word “{0}” ({1}).</source>
        <translation>كلمة غير معروفة «{0}» ({1}).</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="108"/>
        <source>A paragraph of {0} words; readers lose their way past {1}: split it.</source>
        <translation>عدد كلمات الفقرة {0}؛ بعد {1} كلمة يضيع القارئ: قسّمها.</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="111"/>
        <source>The image {0} is not in the article: its words are exported instead.</source>
        <translation>الصورة {0} ليست في المقال: تُصدَّر كلماتها بدلًا منها.</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="114"/>
        <source>The image {0} is not a PNG, JPEG or GIF picture: its words are exported instead.</source>
        <translation>الصورة {0} ليست صورة PNG أو JPEG أو GIF: تُصدَّر كلماتها بدلًا منها.</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="118"/>
        <source>The image {0} is on the web and is not fetched: it is exported as a link.</source>
        <translation>الصورة {0} على الويب ولا تُجلب: تُصدَّر رابطًا.</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="121"/>
        <source>Under embargo until {0}: {1} h {2} min left. It cannot be published before.</source>
        <translation>حظر النشر ساري حتى {0}: بقي {1} ساعة و{2} دقيقة. لا يمكن نشر المقالة قبل ذلك.</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="124"/>
        <source>The embargo “{0}” is not a date-time with its time zone (e.g. 2026-12-08T06:00+03:00); the article cannot be published until it is set again.</source>
        <translation>حظر النشر «{0}» ليس تاريخًا ووقتًا مع منطقته الزمنية (مثل 2026-12-08T06:00+03:00)؛ لا يمكن نشر المقالة حتى يُضبط من جديد.</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="129"/>
        <source>The source of this paragraph changed after its translation was confirmed: {0}</source>
        <translation>تغيّر أصل هذه الفقرة بعد تأكيد ترجمتها: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/text/checklist.py" line="133"/>
        <source>This paragraph is not translated yet (or not confirmed); the source reads: “{0}”.</source>
        <translation>لم تُترجم هذه الفقرة بعد (أو لم تُؤكَّد ترجمتها)؛ نص الأصل: «{0}».</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../../editor/ui/review/checklist_panel.py" line="74"/>
        <source>Checklist</source>
        <translation>قائمة التحقق</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/checklist_panel.py" line="75"/>
        <source>Spelling</source>
        <translation>الإملاء</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/checklist_panel.py" line="76"/>
        <source>Check again</source>
        <translation>أعد الفحص</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/checklist_panel.py" line="77"/>
        <source>Place</source>
        <translation>الموضع</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/checklist_panel.py" line="77"/>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/checklist_panel.py" line="210"/>
        <source>{0}, paragraph {1}</source>
        <translation>{0}، الفقرة {1}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/checklist_panel.py" line="235"/>
        <source>Nothing found: ready to export.</source>
        <translation>لا مشكلات: المقالة جاهزة للتصدير.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/review/checklist_panel.py" line="242"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>الأخطاء: %n</numerusform>
            <numerusform>الأخطاء: %n</numerusform>
            <numerusform>الأخطاء: %n</numerusform>
            <numerusform>الأخطاء: %n</numerusform>
            <numerusform>الأخطاء: %n</numerusform>
            <numerusform>الأخطاء: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/review/checklist_panel.py" line="243"/>
        <source>%n problem(s) ({0})</source>
        <translation>
            <numerusform>لا مشكلات ({0})</numerusform>
            <numerusform>مشكلة واحدة ({0})</numerusform>
            <numerusform>مشكلتان ({0})</numerusform>
            <numerusform>%n مشكلات ({0})</numerusform>
            <numerusform>%n مشكلةً ({0})</numerusform>
            <numerusform>%n مشكلة ({0})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Chips</name>
    <message>
        <location filename="../../editor/ui/form/chips.py" line="254"/>
        <source>Missing quotation “{0}”</source>
        <translation>اقتباس مفقود «{0}»</translation>
    </message>
</context>
<context>
    <name>Corrections</name>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="51"/>
        <source>Correction</source>
        <translation>تصحيح</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="52"/>
        <source>Clarification</source>
        <translation>توضيح</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="53"/>
        <source>Retraction</source>
        <translation>سحب</translation>
    </message>
</context>
<context>
    <name>DeskController</name>
    <message>
        <location filename="../../editor/ui/window/desk_actions.py" line="141"/>
        <source>&amp;Article</source>
        <translation>م&amp;قالة</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/desk_actions.py" line="142"/>
        <source>&amp;Properties…</source>
        <translation>ال&amp;خصائص…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/desk_actions.py" line="143"/>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/desk_actions.py" line="145"/>
        <source>Slugline, urgency, embargo, genres, corrections and the desk&apos;s other fields</source>
        <translation>الكلمة الدليلية والأولوية وحظر النشر والأنواع الصحفية والتصحيحات وسائر بيانات التحرير</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/desk_actions.py" line="147"/>
        <source>The outlet whose length targets are shown</source>
        <translation>منفذ النشر الذي يُعرض الطول المستهدف له</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/desk_actions.py" line="204"/>
        <source>Embargo: {0} h {1} min left</source>
        <translation>حظر النشر: بقي {0} ساعة و{1} دقيقة</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/desk_actions.py" line="209"/>
        <source>Embargo cannot be read</source>
        <translation>تعذّرت قراءة حظر النشر</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/window/desk_actions.py" line="265"/>
        <source>%n min read</source>
        <translation>
            <numerusform>وقت القراءة: %n دقيقة</numerusform>
            <numerusform>وقت القراءة: دقيقة واحدة</numerusform>
            <numerusform>وقت القراءة: دقيقتان</numerusform>
            <numerusform>وقت القراءة: %n دقائق</numerusform>
            <numerusform>وقت القراءة: %n دقيقةً</numerusform>
            <numerusform>وقت القراءة: %n دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/window/desk_actions.py" line="275"/>
        <source>{0} / %n word(s)</source>
        <translation>
            <numerusform>{0} من %n كلمة</numerusform>
            <numerusform>{0} من %n كلمة</numerusform>
            <numerusform>{0} من %n كلمة</numerusform>
            <numerusform>{0} من %n كلمات</numerusform>
            <numerusform>{0} من %n كلمةً</numerusform>
            <numerusform>{0} من %n كلمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/window/desk_actions.py" line="278"/>
        <source>{0} / %n character(s)</source>
        <translation>
            <numerusform>{0} من %n حرف</numerusform>
            <numerusform>{0} من %n حرف</numerusform>
            <numerusform>{0} من %n حرف</numerusform>
            <numerusform>{0} من %n أحرف</numerusform>
            <numerusform>{0} من %n حرفًا</numerusform>
            <numerusform>{0} من %n حرف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/window/desk_actions.py" line="281"/>
        <source>{0} / %n line(s)</source>
        <translation>
            <numerusform>{0} من %n سطر</numerusform>
            <numerusform>{0} من %n سطر</numerusform>
            <numerusform>{0} من %n سطر</numerusform>
            <numerusform>{0} من %n أسطر</numerusform>
            <numerusform>{0} من %n سطرًا</numerusform>
            <numerusform>{0} من %n سطر</numerusform>
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
        <translation>تلقائي</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="386"/>
        <source>Left to right</source>
        <translation>من اليسار إلى اليمين</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="387"/>
        <source>Right to left</source>
        <translation>من اليمين إلى اليسار</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="393"/>
        <source>How the paragraphs of this part are laid out</source>
        <translation>اتجاه فقرات هذا الجزء</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="402"/>
        <source>Direction</source>
        <translation>الاتجاه</translation>
    </message>
</context>
<context>
    <name>DiskWatch</name>
    <message>
        <location filename="../../editor/ui/window/disk_watch.py" line="109"/>
        <source>Load the version on disk</source>
        <translation>تحميل النسخة الموجودة على القرص</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/disk_watch.py" line="110"/>
        <source>Compare</source>
        <translation>مقارنة</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/disk_watch.py" line="111"/>
        <location filename="../../editor/ui/window/disk_watch.py" line="292"/>
        <source>Save a copy…</source>
        <translation>حفظ نسخة…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/disk_watch.py" line="112"/>
        <source>Keep editing</source>
        <translation>متابعة التحرير</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/disk_watch.py" line="224"/>
        <source>“{0}” was deleted or moved by another program. Save to write it again.</source>
        <translation>حذف برنامج آخر «{0}» أو نقله. احفظ لكتابته من جديد.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/disk_watch.py" line="226"/>
        <source>“{0}” was changed by another program since you opened it.</source>
        <translation>غيّر برنامج آخر «{0}» منذ أن فتحته.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/disk_watch.py" line="246"/>
        <source>Saved, but no backup of the previous version was kept. {0}</source>
        <translation>حُفظ، لكن لم تُحفظ نسخة احتياطية من النسخة السابقة. {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/disk_watch.py" line="280"/>
        <source>Changed on disk</source>
        <translation>تغيّر على القرص</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/disk_watch.py" line="282"/>
        <source>“{0}” was changed by another program since you opened it. Saving now would replace those changes with your text.</source>
        <translation>غيّر برنامج آخر «{0}» منذ أن فتحته. الحفظ الآن سيستبدل نصك بتلك التغييرات.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/disk_watch.py" line="289"/>
        <source>Save your text as a copy to keep both versions.</source>
        <translation>احفظ نصك نسخةً منفصلة لتبقى النسختان.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/disk_watch.py" line="295"/>
        <source>Replace the version on disk</source>
        <translation>استبدال النسخة الموجودة على القرص</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/disk_watch.py" line="324"/>
        <source>Deleted: only on disk. Inserted: only in this window.</source>
        <translation>المحذوف: على القرص فقط. المُدرج: في هذه النافذة فقط.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/disk_watch.py" line="337"/>
        <source>No differences.</source>
        <translation>لا فروق.</translation>
    </message>
</context>
<context>
    <name>EditionsController</name>
    <message>
        <location filename="../../editor/ui/window/editions.py" line="186"/>
        <source>New &amp;Edition…</source>
        <translation>&amp;نسخة لغوية جديدة…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions.py" line="188"/>
        <source>Add a translation of this article, kept in its file</source>
        <translation>إضافة ترجمة لهذه المقالة تُحفظ في ملفها</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions.py" line="190"/>
        <source>E&amp;dition</source>
        <translation>النسخ ال&amp;لغوية</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions.py" line="191"/>
        <source>&amp;Next Edition</source>
        <translation>النسخة اللغوية ال&amp;تالية</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions.py" line="192"/>
        <source>&amp;Side by Side</source>
        <translation>الأصل والترجمة &amp;جنبًا إلى جنب</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions.py" line="193"/>
        <source>&amp;Confirm Translation</source>
        <translation>تأ&amp;كيد الترجمة</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions.py" line="195"/>
        <source>Editions &amp;List</source>
        <translation>&amp;قائمة النسخ اللغوية</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions.py" line="245"/>
        <source>{0} (source)</source>
        <translation>{0} (الأصل)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions.py" line="382"/>
        <source>New Edition</source>
        <translation>نسخة لغوية جديدة</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions.py" line="383"/>
        <source>No edition in {0} was made.</source>
        <translation>لم تُنشأ نسخة لغوية بلغة {0}.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions.py" line="594"/>
        <source>Confirm Translation</source>
        <translation>تأكيد الترجمة</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions.py" line="613"/>
        <source>The source changed since this paragraph was confirmed:</source>
        <translation>تغيّر الأصل منذ تأكيد هذه الفقرة:</translation>
    </message>
</context>
<context>
    <name>EditionsDock</name>
    <message>
        <location filename="../../editor/ui/window/editions_dock.py" line="94"/>
        <source>Editions</source>
        <translation>النسخ اللغوية</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions_dock.py" line="96"/>
        <source>Edition</source>
        <translation>النسخة اللغوية</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions_dock.py" line="96"/>
        <source>Up to date</source>
        <translation>محدّثة</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions_dock.py" line="96"/>
        <source>Stale</source>
        <translation>متقادمة</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions_dock.py" line="96"/>
        <source>Untranslated</source>
        <translation>غير مترجمة</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions_dock.py" line="117"/>
        <source>A translated paragraph counts as up to date once confirmed: Confirm All, or Confirm Translation in the paragraph&apos;s menu.</source>
        <translation>تُعدّ الفقرة المترجمة محدّثة بعد تأكيدها: «تأكيد الكل»، أو «تأكيد الترجمة» في قائمة الفقرة.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions_dock.py" line="99"/>
        <source>Stale paragraphs (the source changed since):</source>
        <translation>الفقرات المتقادمة (تغيّر الأصل منذ تأكيدها):</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions_dock.py" line="100"/>
        <source>&amp;Confirm</source>
        <translation>&amp;تأكيد</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions_dock.py" line="102"/>
        <source>The translation matches the source as it is now: clear the mark</source>
        <translation>الترجمة تطابق الأصل بصيغته الحالية: أزل العلامة</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions_dock.py" line="104"/>
        <source>Confirm &amp;All</source>
        <translation>تأكيد ال&amp;كل</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions_dock.py" line="106"/>
        <source>Mark every translated paragraph of this edition as up to date</source>
        <translation>تعليم كل فقرة مترجمة في هذه النسخة اللغوية بأنها محدّثة</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions_dock.py" line="124"/>
        <source>A translated paragraph counts as up to date once confirmed, in its edition&apos;s window.</source>
        <translation>تُعدّ الفقرة المترجمة محدّثة بعد تأكيدها في نافذة نسختها اللغوية.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/editions_dock.py" line="177"/>
        <source>{0} (source)</source>
        <translation>{0} (الأصل)</translation>
    </message>
</context>
<context>
    <name>EmbargoEdit</name>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="109"/>
        <source>Not before</source>
        <translation>ليس قبل</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="110"/>
        <source>The time zone of the embargo, as its UTC offset</source>
        <translation>المنطقة الزمنية لحظر النشر، بفارقها عن UTC</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="181"/>
        <source>The embargo in the file, “{0}”, is not a date-time with its time zone: set it again.</source>
        <translation>حظر النشر المحفوظ في الملف، «{0}»، ليس تاريخًا ووقتًا مع منطقته الزمنية: اضبطه من جديد.</translation>
    </message>
</context>
<context>
    <name>ExportChecklist</name>
    <message>
        <location filename="../../editor/ui/review/checklist_panel.py" line="132"/>
        <source>Place</source>
        <translation>الموضع</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/checklist_panel.py" line="132"/>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/checklist_panel.py" line="135"/>
        <source>Export anyway</source>
        <translation>التصدير رغم ذلك</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="89"/>
        <source>Export %n article(s)</source>
        <translation>
            <numerusform>تصدير %n مقال</numerusform>
            <numerusform>تصدير مقال واحد</numerusform>
            <numerusform>تصدير مقالين</numerusform>
            <numerusform>تصدير %n مقالات</numerusform>
            <numerusform>تصدير %n مقالًا</numerusform>
            <numerusform>تصدير %n مقال</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="91"/>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="213"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="107"/>
        <source>Word (.docx)</source>
        <translation>مستند Word (.docx)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="108"/>
        <source>Web page (.html)</source>
        <translation>صفحة ويب (‎.html)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="109"/>
        <source>Markdown (.md)</source>
        <translation>Markdown (.md)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="110"/>
        <source>PDF (.pdf)</source>
        <translation>PDF (.pdf)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="111"/>
        <source>ninjs for agencies (.json)</source>
        <translation>ninjs للوكالات (‎.json)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="112"/>
        <source>NewsML-G2 for agencies (.xml)</source>
        <translation>NewsML-G2 للوكالات (‎.xml)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="113"/>
        <source>WordPress import, one file (.xml)</source>
        <translation>استيراد إلى WordPress، ملف واحد (‎.xml)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="155"/>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="160"/>
        <source>HTML: the article alone, for a CMS</source>
        <translation>HTML: المقالة وحدها لنظام إدارة المحتوى</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="164"/>
        <source>Export even with errors (no headline, quotations not in the bank)</source>
        <translation>التصدير رغم الأخطاء (عنوان فارغ، اقتباسات غائبة عن البنك)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="168"/>
        <source>Open comments, for a reviewer</source>
        <translation>التعليقات المفتوحة، للمراجع</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="170"/>
        <source>Open comments: as Word comments in the DOCX, listed in the HTML</source>
        <translation>التعليقات المفتوحة: تعليقات Word في ملف DOCX، وقائمة في HTML</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="174"/>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="175"/>
        <source>last approved</source>
        <translation>آخر نسخة معتمدة</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="176"/>
        <source>first revision</source>
        <translation>النسخة الأولى</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="180"/>
        <source>revision {0}</source>
        <translation>النسخة {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="185"/>
        <source>Formats</source>
        <translation>الصيغ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="186"/>
        <source>Word: show changes since</source>
        <translation>إظهار التغييرات في Word منذ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="187"/>
        <source>House style</source>
        <translation>نمط الإخراج</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="188"/>
        <source>Folder</source>
        <translation>المجلد</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="216"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="219"/>
        <source>Open Folder</source>
        <translation>فتح المجلد</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="238"/>
        <source>%n article(s): {0}</source>
        <translation>
            <numerusform>لا مقالات: {0}</numerusform>
            <numerusform>مقالة واحدة: {0}</numerusform>
            <numerusform>مقالتان: {0}</numerusform>
            <numerusform>%n مقالات: {0}</numerusform>
            <numerusform>%n مقالة: {0}</numerusform>
            <numerusform>%n مقالة: {0}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="293"/>
        <source>Choose at least one format.</source>
        <translation>اختر صيغة واحدة على الأقل.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="298"/>
        <source>The checklist found errors: fix them, or tick “Export anyway”.</source>
        <translation>وجدت قائمة التحقق أخطاء: أصلحها، أو فعّل «التصدير رغم ذلك».</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="305"/>
        <source>Exporting with %n warning(s) from the checklist.</source>
        <translation>
            <numerusform>التصدير مع %n تحذير من قائمة التحقق.</numerusform>
            <numerusform>التصدير مع تحذير واحد من قائمة التحقق.</numerusform>
            <numerusform>التصدير مع تحذيرين من قائمة التحقق.</numerusform>
            <numerusform>التصدير مع %n تحذيرات من قائمة التحقق.</numerusform>
            <numerusform>التصدير مع %n تحذيرًا من قائمة التحقق.</numerusform>
            <numerusform>التصدير مع %n تحذير من قائمة التحقق.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="324"/>
        <source>The folder {0} cannot be created. {1}</source>
        <translation>لا يمكن إنشاء المجلد {0}. {1}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="344"/>
        <source>Nothing exported: the existing files stay.</source>
        <translation>لم يُصدَّر شيء: تبقى الملفات الموجودة كما هي.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="375"/>
        <source>…and %n more</source>
        <translation>
            <numerusform>…ولا ملف غيرها</numerusform>
            <numerusform>…وملف آخر</numerusform>
            <numerusform>…وملفان آخران</numerusform>
            <numerusform>…و%n ملفات أخرى</numerusform>
            <numerusform>…و%n ملفًا آخر</numerusform>
            <numerusform>…و%n ملف آخر</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="378"/>
        <source>Files exist</source>
        <translation>الملفات موجودة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="380"/>
        <source>%n file(s) of this export exist in the folder already.</source>
        <translation>
            <numerusform>لا يوجد في المجلد أي ملف من ملفات هذا التصدير.</numerusform>
            <numerusform>يوجد في المجلد ملف واحد من ملفات هذا التصدير.</numerusform>
            <numerusform>يوجد في المجلد ملفان من ملفات هذا التصدير.</numerusform>
            <numerusform>توجد في المجلد %n ملفات من ملفات هذا التصدير.</numerusform>
            <numerusform>يوجد في المجلد %n ملفًا من ملفات هذا التصدير.</numerusform>
            <numerusform>يوجد في المجلد %n ملف من ملفات هذا التصدير.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="383"/>
        <source>Replace</source>
        <translation>استبدال</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="384"/>
        <source>Keep both</source>
        <translation>الاحتفاظ بالاثنين</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="437"/>
        <source>Done: %n file(s) written.</source>
        <translation>
            <numerusform>تم: لم يُكتب أي ملف.</numerusform>
            <numerusform>تم: كُتب ملف واحد.</numerusform>
            <numerusform>تم: كُتب ملفان.</numerusform>
            <numerusform>تم: كُتبت %n ملفات.</numerusform>
            <numerusform>تم: كُتب %n ملفًا.</numerusform>
            <numerusform>تم: كُتب %n ملف.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="445"/>
        <source>Wrote {0}</source>
        <translation>كُتب {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="448"/>
        <source>Failed: {0}</source>
        <translation>فشل: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="559"/>
        <source>Export into folder</source>
        <translation>التصدير إلى مجلد</translation>
    </message>
</context>
<context>
    <name>Failures</name>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="70"/>
        <source>An article in {0} cannot move to {1}.</source>
        <translation>لا يمكن نقل مقال حالته «{0}» إلى «{1}».</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="74"/>
        <source>The review data does not allow this.</source>
        <translation>بيانات المراجعة لا تسمح بذلك.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="266"/>
        <source>{0} has this article open.</source>
        <translation>{0} يفتح هذا المقال الآن.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="255"/>
        <source>Someone else has this article open.</source>
        <translation>شخص آخر يفتح هذا المقال الآن.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="82"/>
        <source>Another program changed the file after it was opened here.</source>
        <translation>غيّر برنامج آخر الملف بعد فتحه هنا.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="86"/>
        <source>It was saved by a newer version of Newsdesk. Update Newsdesk to open it.</source>
        <translation>حُفظ الملف بإصدار أحدث من Newsdesk. حدّث Newsdesk لفتحه.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="90"/>
        <source>The file is damaged, or it is not a Newsdesk article.</source>
        <translation>الملف تالف، أو ليس مقالًا من Newsdesk.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="95"/>
        <source>You may not write in this folder.</source>
        <translation>لا تملك إذنًا بالكتابة في هذا المجلد.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="98"/>
        <source>The disk is full. Free some space and try again.</source>
        <translation>القرص ممتلئ. أفرغ بعض المساحة وحاول مجددًا.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="101"/>
        <source>The disk is read-only.</source>
        <translation>القرص للقراءة فقط.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="104"/>
        <source>A folder has this name. Choose another file name.</source>
        <translation>يوجد مجلد بهذا الاسم. اختر اسمًا آخر للملف.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="107"/>
        <source>The folder does not exist.</source>
        <translation>المجلد غير موجود.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="108"/>
        <source>The file name is too long.</source>
        <translation>اسم الملف طويل جدًا.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="111"/>
        <source>The file is read-only. Save it under another name.</source>
        <translation>الملف للقراءة فقط. احفظه باسم آخر.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="76"/>
        <source>A lock file that cannot be read says this article is open.</source>
        <translation>ملف قفل لا يمكن قراءته يشير إلى أن هذه المقالة مفتوحة.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/common/failures.py" line="58"/>
        <source>%n paragraph(s) not translated yet</source>
        <translation>
            <numerusform>%n فقرة غير مترجمة بعد</numerusform>
            <numerusform>فقرة واحدة غير مترجمة بعد</numerusform>
            <numerusform>فقرتان غير مترجمتين بعد</numerusform>
            <numerusform>%n فقرات غير مترجمة بعد</numerusform>
            <numerusform>%n فقرةً غير مترجمة بعد</numerusform>
            <numerusform>%n فقرة غير مترجمة بعد</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="59"/>
        <source>The {0} edition was not exported: it has {1}. Translate them in the side-by-side view, or export anyway.</source>
        <translation>لم تُصدَّر النسخة اللغوية {0}: فيها {1}. ترجمها في عرض الأصل والترجمة جنبًا إلى جنب، أو صدّر على أي حال.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="118"/>
        <source>The backups folder could not be written to.</source>
        <translation>تعذّرت الكتابة في مجلد النسخ الاحتياطية.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="123"/>
        <location filename="../../editor/ui/common/failures.py" line="141"/>
        <location filename="../../editor/ui/common/failures.py" line="163"/>
        <source>The file could not be read or written.</source>
        <translation>تعذّرت قراءة الملف أو الكتابة فيه.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="127"/>
        <source>The picture&apos;s file is {0} MB; an article takes pictures up to {1} MB.</source>
        <translation>حجم ملف الصورة {0} ميغابايت، والمقال يقبل صورًا حتى {1} ميغابايت.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="131"/>
        <source>The picture has {0} million pixels; an article takes at most {1} million.</source>
        <translation>في الصورة {0} مليون بكسل، والمقال يقبل {1} مليونًا على الأكثر.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="135"/>
        <source>The file is not a PNG, JPEG or GIF picture, or it is damaged.</source>
        <translation>الملف ليس صورة PNG أو JPEG أو GIF، أو أنه تالف.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="144"/>
        <source>The draft is not a text Newsdesk can read.</source>
        <translation>المسودة ليست نصًا يستطيع Newsdesk قراءته.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="146"/>
        <source>Not in the quotation bank: {0}.</source>
        <translation>غير موجود في بنك الاقتباسات: {0}.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="152"/>
        <source>The house style cannot be used.</source>
        <translation>لا يمكن استخدام نمط الإخراج هذا.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="154"/>
        <source>The article could not be prepared for export.</source>
        <translation>تعذّر تجهيز المقال للتصدير.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="158"/>
        <location filename="../../editor/ui/common/failures.py" line="227"/>
        <source>The file does not exist.</source>
        <translation>الملف غير موجود.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="160"/>
        <location filename="../../editor/ui/common/failures.py" line="228"/>
        <source>You may not read this file.</source>
        <translation>لا تملك إذنًا بقراءة هذا الملف.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="162"/>
        <location filename="../../editor/ui/common/failures.py" line="229"/>
        <source>This is a folder, not a file.</source>
        <translation>هذا مجلد وليس ملفًا.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/common/failures.py" line="180"/>
        <source>%n open suggestion(s)</source>
        <translation>
            <numerusform>%n اقتراح مفتوح</numerusform>
            <numerusform>اقتراح مفتوح واحد</numerusform>
            <numerusform>اقتراحان مفتوحان</numerusform>
            <numerusform>%n اقتراحات مفتوحة</numerusform>
            <numerusform>%n اقتراحًا مفتوحًا</numerusform>
            <numerusform>%n اقتراح مفتوح</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/common/failures.py" line="182"/>
        <source>%n unresolved comment(s)</source>
        <translation>
            <numerusform>%n تعليق غير محلول</numerusform>
            <numerusform>تعليق واحد غير محلول</numerusform>
            <numerusform>تعليقان غير محلولين</numerusform>
            <numerusform>%n تعليقات غير محلولة</numerusform>
            <numerusform>%n تعليقًا غير محلول</numerusform>
            <numerusform>%n تعليق غير محلول</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="184"/>
        <source>{0} and {1}</source>
        <translation>{0} و{1}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="185"/>
        <source>The article cannot move to {0} while it has {1}. Accept or reject the suggestions and resolve the comments first.</source>
        <translation>لا يمكن نقل المقال إلى «{0}» ما دام فيه {1}. اقبل الاقتراحات أو ارفضها وحُلّ التعليقات أولًا.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/common/failures.py" line="197"/>
        <source>%n stale paragraph(s)</source>
        <translation>
            <numerusform>%n فقرة متقادمة</numerusform>
            <numerusform>فقرة متقادمة واحدة</numerusform>
            <numerusform>فقرتان متقادمتان</numerusform>
            <numerusform>%n فقرات متقادمة</numerusform>
            <numerusform>%n فقرةً متقادمةً</numerusform>
            <numerusform>%n فقرة متقادمة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="198"/>
        <source>The {0} edition cannot move to {1} while it has {2}. Update or confirm them in the side-by-side view first.</source>
        <translation>لا يمكن نقل النسخة اللغوية {0} إلى «{1}» ما دامت فيها {2}. حدّثها أو أكّدها أولًا في عرض الأصل والترجمة جنبًا إلى جنب.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="208"/>
        <source>The embargo cannot be read, so the article cannot be published. Set it again in Article › Properties.</source>
        <translation>تعذّرت قراءة حظر النشر، لذا لا يمكن نشر المقال. اضبطه من جديد في «مقالة › الخصائص».</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="217"/>
        <source>The article is under embargo until {0} ({1} h {2} min left); it cannot be published before then.</source>
        <translation>المقال خاضع لحظر النشر حتى {0} (بقي {1} ساعة و{2} دقيقة)؛ لا يمكن نشره قبل ذلك.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="259"/>
        <source>{0} has had this article open on {1} since {2}.</source>
        <translation>يفتح {0} هذا المقال على {1} منذ {2}.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="263"/>
        <source>{0} has had this article open since {1}.</source>
        <translation>يفتح {0} هذا المقال منذ {1}.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="276"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="282"/>
        <source>Edition {0}: {1}</source>
        <translation>النسخة اللغوية {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="324"/>
        <location filename="../../editor/ui/review/review_actions.py" line="526"/>
        <source>Details: {0}</source>
        <translation>التفاصيل: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="356"/>
        <source>Correct the ids, or tick “{0}” and export again.</source>
        <translation>صحّح المعرّفات، أو حدّد «{0}» ثم صدّر مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="361"/>
        <source>Nothing was exported: correct it, or tick “{0}” and export again.</source>
        <translation>لم يُصدَّر شيء: صحّح ذلك، أو حدّد «{0}» ثم صدّر مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="383"/>
        <source>{0}: characters a file cannot hold were changed ({1}: {2}).</source>
        <translation>{0}: غُيّرت محارف لا يمكن للملف أن يحملها ({1}: {2}).</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/failures.py" line="389"/>
        <source>{0}: exported with these quotations marked as missing: {1}.</source>
        <translation>{0}: صُدّر مع تمييز الاقتباسات الغائبة: {1}.</translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <location filename="../../editor/ui/form/find_replace.py" line="153"/>
        <source>Find and Replace</source>
        <translation>بحث واستبدال</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/find_replace.py" line="154"/>
        <source>Match case</source>
        <translation>مطابقة حالة الأحرف</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/find_replace.py" line="155"/>
        <source>Whole words only</source>
        <translation>الكلمات الكاملة فقط</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/find_replace.py" line="156"/>
        <source>Find next</source>
        <translation>ابحث عن التالي</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/find_replace.py" line="157"/>
        <source>Replace</source>
        <translation>استبدل</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/find_replace.py" line="158"/>
        <source>Replace all</source>
        <translation>استبدل الكل</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/find_replace.py" line="159"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/find_replace.py" line="160"/>
        <source>Find:</source>
        <translation>ابحث عن:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/find_replace.py" line="161"/>
        <source>Replace with:</source>
        <translation>استبدل بـ:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/find_replace.py" line="248"/>
        <source>“{0}” was not found.</source>
        <translation>لم يُعثر على «{0}».</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/form/find_replace.py" line="311"/>
        <source>%n replaced.</source>
        <translation>
            <numerusform>لم يُستبدل شيء.</numerusform>
            <numerusform>استُبدل موضع واحد.</numerusform>
            <numerusform>استُبدل موضعان.</numerusform>
            <numerusform>استُبدلت %n مواضع.</numerusform>
            <numerusform>استُبدل %n موضعًا.</numerusform>
            <numerusform>استُبدل %n موضع.</numerusform>
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
        <translation>رأي</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="42"/>
        <source>Analysis</source>
        <translation>تحليل</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="43"/>
        <source>Background</source>
        <translation>خلفية</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="44"/>
        <source>Feature</source>
        <translation>تقرير</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="45"/>
        <source>Interview</source>
        <translation>مقابلة</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="46"/>
        <source>Obituary</source>
        <translation>نعي</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="47"/>
        <source>Profile</source>
        <translation>بورتريه</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/properties_dialog.py" line="48"/>
        <source>Review</source>
        <translation>مراجعة نقدية</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../editor/ui/dialogs/guide_dialog.py" line="66"/>
        <source>Writing in Newsdesk</source>
        <translation>الكتابة في Newsdesk</translation>
    </message>
</context>
<context>
    <name>HouseStyles</name>
    <message>
        <location filename="../../editor/render/styles.py" line="23"/>
        <source>The default house style: serif text on A4, every part shown.</source>
        <translation>نمط الدار الافتراضي: نص بخط ذي زوائد على ورق A4، وكل الأجزاء ظاهرة.</translation>
    </message>
    <message>
        <location filename="../../editor/render/styles.py" line="26"/>
        <source>A compact wire style: sans-serif, Letter paper, narrow margins, capitalised English labels, no metadata block.</source>
        <translation>نمط وكالات مضغوط: خط بلا زوائد، ورق Letter، هوامش ضيقة، عناوين إنجليزية بأحرف كبيرة، بلا كتلة بيانات وصفية.</translation>
    </message>
</context>
<context>
    <name>LanguageButton</name>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="437"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
</context>
<context>
    <name>LanguageTools</name>
    <message>
        <location filename="../../editor/ui/language/language_tools.py" line="299"/>
        <source>&amp;Tools</source>
        <translation>&amp;أدوات</translation>
    </message>
    <message>
        <location filename="../../editor/ui/language/language_tools.py" line="300"/>
        <source>&amp;Check article</source>
        <translation>&amp;فحص المقالة</translation>
    </message>
    <message>
        <location filename="../../editor/ui/language/language_tools.py" line="301"/>
        <source>Fix &amp;typography</source>
        <translation>تصحيح &amp;علامات الترقيم</translation>
    </message>
    <message>
        <location filename="../../editor/ui/language/language_tools.py" line="302"/>
        <source>Check &amp;spelling as you type</source>
        <translation>تدقيق &amp;إملائي أثناء الكتابة</translation>
    </message>
    <message>
        <location filename="../../editor/ui/language/language_tools.py" line="303"/>
        <source>T&amp;ypography as you type</source>
        <translation>تصحيح الترقيم أ&amp;ثناء الكتابة</translation>
    </message>
    <message>
        <location filename="../../editor/ui/language/language_tools.py" line="387"/>
        <source>Fix typography</source>
        <translation>تصحيح علامات الترقيم</translation>
    </message>
    <message>
        <location filename="../../editor/ui/language/language_tools.py" line="388"/>
        <source>The typography is right already: nothing was changed.</source>
        <translation>علامات الترقيم سليمة أصلًا: لم يُغيَّر شيء.</translation>
    </message>
</context>
<context>
    <name>LibraryPane</name>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="203"/>
        <source>Search the library: words, &quot;a phrase&quot;, prefix*</source>
        <translation>ابحث في المكتبة: كلمات، &quot;عبارة&quot;، بادئة*</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="206"/>
        <source>Any status</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="207"/>
        <source>Any language</source>
        <translation>كل اللغات</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="208"/>
        <source>Any author</source>
        <translation>كل الكتّاب</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="209"/>
        <source>Any office</source>
        <translation>كل المكاتب</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="210"/>
        <source>Any tag</source>
        <translation>كل الوسوم</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="211"/>
        <source>Any slugline</source>
        <translation>كل الكلمات الدليلية</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="212"/>
        <source>Any urgency</source>
        <translation>كل درجات الأولوية</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="213"/>
        <source>Any embargo</source>
        <translation>مع حظر النشر أو دونه</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="217"/>
        <source>Under embargo</source>
        <translation>تحت حظر النشر</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="218"/>
        <source>Embargo passed</source>
        <translation>انتهى حظر النشر</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="219"/>
        <source>No embargo</source>
        <translation>بلا حظر نشر</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="224"/>
        <source>from: any</source>
        <translation>من: أي تاريخ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="225"/>
        <source>to: any</source>
        <translation>إلى: أي تاريخ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="227"/>
        <source>Best match</source>
        <translation>الأكثر صلة</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="228"/>
        <source>Newest</source>
        <translation>الأحدث</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="229"/>
        <source>Oldest</source>
        <translation>الأقدم</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="230"/>
        <source>Headline</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="231"/>
        <source>Author</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="235"/>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="236"/>
        <location filename="../../editor/ui/library/library_pane.py" line="613"/>
        <source>Set status</source>
        <translation>تعيين الحالة</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="239"/>
        <source>Folders</source>
        <translation>المجلدات</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="317"/>
        <source>The library cannot be searched: {0}</source>
        <translation>تعذّر البحث في المكتبة: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/library/library_pane.py" line="323"/>
        <source>%n+ article(s)</source>
        <translation>
            <numerusform>%n+ مقال</numerusform>
            <numerusform>%n+ مقال</numerusform>
            <numerusform>%n+ مقال</numerusform>
            <numerusform>%n+ مقالات</numerusform>
            <numerusform>%n+ مقالًا</numerusform>
            <numerusform>%n+ مقال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/library/library_pane.py" line="325"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>لا مقالات</numerusform>
            <numerusform>مقال واحد</numerusform>
            <numerusform>مقالان</numerusform>
            <numerusform>%n مقالات</numerusform>
            <numerusform>%n مقالًا</numerusform>
            <numerusform>%n مقال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/library/library_pane.py" line="332"/>
        <source>%n file(s) could not be read</source>
        <translation>
            <numerusform>لم يتعذّر قراءة أي ملف</numerusform>
            <numerusform>تعذّرت قراءة ملف واحد</numerusform>
            <numerusform>تعذّرت قراءة ملفين</numerusform>
            <numerusform>تعذّرت قراءة %n ملفات</numerusform>
            <numerusform>تعذّرت قراءة %n ملفًا</numerusform>
            <numerusform>تعذّرت قراءة %n ملف</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="361"/>
        <source>Urgency {0}</source>
        <translation>الأولوية {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="528"/>
        <source>The library&apos;s folders were not changed.</source>
        <translation>لم تتغيّر مجلدات المكتبة.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/library/library_pane.py" line="539"/>
        <source>%n file(s) could not be read.</source>
        <translation>
            <numerusform>لم يتعذّر قراءة أي ملف.</numerusform>
            <numerusform>تعذّرت قراءة ملف واحد.</numerusform>
            <numerusform>تعذّرت قراءة ملفين.</numerusform>
            <numerusform>تعذّرت قراءة %n ملفات.</numerusform>
            <numerusform>تعذّرت قراءة %n ملفًا.</numerusform>
            <numerusform>تعذّرت قراءة %n ملف.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/library/library_pane.py" line="598"/>
        <source>{0} of %n article(s) were not changed.</source>
        <translation>
            <numerusform>لم يتغيّر {0} من %n مقال.</numerusform>
            <numerusform>لم يتغيّر {0} من مقال واحد.</numerusform>
            <numerusform>لم يتغيّر {0} من مقالين.</numerusform>
            <numerusform>لم يتغيّر {0} من %n مقالات.</numerusform>
            <numerusform>لم يتغيّر {0} من %n مقالًا.</numerusform>
            <numerusform>لم يتغيّر {0} من %n مقال.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="327"/>
        <source>Reading the library…</source>
        <translation>جارٍ قراءة المكتبة…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="459"/>
        <source>Reading the library… {0} of {1}</source>
        <translation>جارٍ قراءة المكتبة… {0} من {1}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="469"/>
        <source>The library cannot be read: {0}</source>
        <translation>تعذّرت قراءة المكتبة: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="485"/>
        <source>The library cannot be updated: {0}</source>
        <translation>تعذّر تحديث المكتبة: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="497"/>
        <source>Add folder…</source>
        <translation>إضافة مجلد…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="502"/>
        <source>Remove {0}</source>
        <translation>إزالة {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="507"/>
        <source>Add a library folder</source>
        <translation>إضافة مجلد إلى المكتبة</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="527"/>
        <source>Library folders</source>
        <translation>مجلدات المكتبة</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="538"/>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="551"/>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="579"/>
        <source>Changing the status…</source>
        <translation>جارٍ تغيير الحالة…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/library/library_pane.py" line="605"/>
        <source>The status of %n article(s) changed, but no backup of the previous version was kept.</source>
        <translation>
            <numerusform>تغيّرت حالة %n مقال، لكن لم تُحفظ نسخة احتياطية من النسخة السابقة.</numerusform>
            <numerusform>تغيّرت حالة مقال واحد، لكن لم تُحفظ نسخة احتياطية من النسخة السابقة.</numerusform>
            <numerusform>تغيّرت حالة مقالين، لكن لم تُحفظ نسخة احتياطية من النسخة السابقة.</numerusform>
            <numerusform>تغيّرت حالة %n مقالات، لكن لم تُحفظ نسخة احتياطية من النسخة السابقة.</numerusform>
            <numerusform>تغيّرت حالة %n مقالًا، لكن لم تُحفظ نسخة احتياطية من النسخة السابقة.</numerusform>
            <numerusform>تغيّرت حالة %n مقال، لكن لم تُحفظ نسخة احتياطية من النسخة السابقة.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_pane.py" line="629"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>LibraryWindow</name>
    <message>
        <location filename="../../editor/ui/library/library_window.py" line="50"/>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../editor/ui/form/link_dialog.py" line="30"/>
        <source>Insert Link</source>
        <translation>إدراج رابط</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/link_dialog.py" line="34"/>
        <source>The words the reader sees</source>
        <translation>الكلمات التي يراها القارئ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/link_dialog.py" line="40"/>
        <source>&amp;Text:</source>
        <translation>ال&amp;نص:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/link_dialog.py" line="41"/>
        <source>&amp;Address:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="251"/>
        <source>Read-only</source>
        <translation>للقراءة فقط</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="253"/>
        <location filename="../../editor/ui/window/main_window.py" line="630"/>
        <source>Not saved yet</source>
        <translation>لم تُحفظ بعد</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="255"/>
        <location filename="../../editor/ui/window/main_window.py" line="630"/>
        <location filename="../../editor/ui/window/main_window.py" line="834"/>
        <source>Saved</source>
        <translation>محفوظة</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="552"/>
        <source>&amp;New</source>
        <translation>&amp;جديد</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="553"/>
        <source>&amp;Open…</source>
        <translation>&amp;فتح…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="554"/>
        <source>&amp;Import draft…</source>
        <translation>ا&amp;ستيراد مسودة…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="555"/>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="556"/>
        <source>Save &amp;As…</source>
        <translation>حفظ &amp;باسم…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="557"/>
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="558"/>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="559"/>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="560"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="561"/>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="562"/>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="563"/>
        <source>Cu&amp;t</source>
        <translation>&amp;قص</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="564"/>
        <source>&amp;Copy</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="565"/>
        <source>&amp;Paste</source>
        <translation>&amp;لصق</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="566"/>
        <source>Paste as plain te&amp;xt</source>
        <translation>ل&amp;صق كنص عادي</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="567"/>
        <source>Select &amp;All</source>
        <translation>تحديد ال&amp;كل</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="568"/>
        <source>&amp;Find…</source>
        <translation>&amp;بحث…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="569"/>
        <source>&amp;Replace…</source>
        <translation>ا&amp;ستبدال…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="570"/>
        <source>Se&amp;ttings…</source>
        <translation>إع&amp;دادات…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="571"/>
        <source>Insert &amp;quotation…</source>
        <translation>إدراج ا&amp;قتباس…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="572"/>
        <source>Insert i&amp;mage…</source>
        <translation>إدراج &amp;صورة…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="573"/>
        <source>&amp;New quotation…</source>
        <translation>اقتباس &amp;جديد…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="574"/>
        <source>&amp;Bold	Ctrl+B</source>
        <translation>&amp;عريض	Ctrl+B</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="575"/>
        <source>&amp;Italic	Ctrl+I</source>
        <translation>&amp;مائل	Ctrl+I</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="576"/>
        <source>&amp;Link	Ctrl+K</source>
        <translation>&amp;رابط	Ctrl+K</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="581"/>
        <source>&amp;Writing in Newsdesk</source>
        <translation>ال&amp;كتابة في Newsdesk</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="587"/>
        <source>Opening line</source>
        <translation>السطر الافتتاحي</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="588"/>
        <source>Headline</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="589"/>
        <source>Standfirst</source>
        <translation>الموجز</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="590"/>
        <source>Sections (again: next section)</source>
        <translation>الأقسام (كرّر للقسم التالي)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="591"/>
        <source>Quotations</source>
        <translation>الاقتباسات</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="592"/>
        <source>Byline (again: article settings)</source>
        <translation>التوقيع (كرّر لإعدادات المقالة)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="710"/>
        <source>{0} ({1} edition)</source>
        <translation>{0} (النسخة اللغوية {1})</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="730"/>
        <source>Read from the damaged file {0}.</source>
        <translation>قُرئت من الملف التالف {0}.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="731"/>
        <source>Not read: {0}</source>
        <translation>لم يُقرأ: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="734"/>
        <source>Recovered from a damaged file, not saved yet (hover for details)</source>
        <translation>استُعيدت من ملف تالف، ولم تُحفظ بعد (مرّر المؤشر للتفاصيل)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="1386"/>
        <source>The new quotation goes into the bank and into the text at the cursor.</source>
        <translation>يُحفظ الاقتباس الجديد في البنك ويوضع في النص عند المؤشر.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="1408"/>
        <source>New quotation…</source>
        <translation>اقتباس جديد…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="1438"/>
        <location filename="../../editor/ui/window/main_window.py" line="1454"/>
        <source>Insert image</source>
        <translation>إدراج صورة</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="1439"/>
        <source>Pictures (*.png *.jpg *.jpeg *.gif)</source>
        <translation>الصور (*.png *.jpg *.jpeg *.gif)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="1455"/>
        <source>{0} was not placed in the article.</source>
        <translation>لم يُدرج الملف {0} في المقال.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="577"/>
        <source>&amp;Library</source>
        <translation>ال&amp;مكتبة</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="597"/>
        <source>Search every article</source>
        <translation>ابحث في كل المقالات</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="578"/>
        <source>E&amp;xpand all panes</source>
        <translation>&amp;توسيع كل الأجزاء</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="579"/>
        <source>C&amp;ollapse all panes</source>
        <translation>&amp;طيّ كل الأجزاء</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="580"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>اختصارات &amp;لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="582"/>
        <source>&amp;About Newsdesk</source>
        <translation>&amp;حول Newsdesk</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="583"/>
        <source>About &amp;Qt</source>
        <translation>حول &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="536"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="598"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;ملفات حديثة</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="537"/>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="538"/>
        <source>&amp;Insert</source>
        <translation>إ&amp;دراج</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="539"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="584"/>
        <source>&amp;Preview</source>
        <translation>&amp;معاينة</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="599"/>
        <source>&amp;Go to</source>
        <translation>ا&amp;نتقال</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="540"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="614"/>
        <location filename="../../editor/ui/window/main_window.py" line="917"/>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="679"/>
        <source>Recovery copy failed: {0}</source>
        <translation>تعذّر حفظ نسخة الاسترداد: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="686"/>
        <source>Unsaved changes (recovery copy kept)</source>
        <translation>تغييرات غير محفوظة (حُفظت نسخة استرداد)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="706"/>
        <location filename="../../editor/ui/window/main_window.py" line="919"/>
        <source>Untitled article</source>
        <translation>مقالة بلا عنوان</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="708"/>
        <source>{0} (read-only)</source>
        <translation>{0} (للقراءة فقط)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/window/main_window.py" line="721"/>
        <source>Imported with %n warning(s) (hover for details)</source>
        <translation>
            <numerusform>استُورد دون تحذيرات</numerusform>
            <numerusform>استُورد مع تحذير واحد (مرّر المؤشر لرؤية التفاصيل)</numerusform>
            <numerusform>استُورد مع تحذيرين (مرّر المؤشر لرؤية التفاصيل)</numerusform>
            <numerusform>استُورد مع %n تحذيرات (مرّر المؤشر لرؤية التفاصيل)</numerusform>
            <numerusform>استُورد مع %n تحذيرًا (مرّر المؤشر لرؤية التفاصيل)</numerusform>
            <numerusform>استُورد مع %n تحذير (مرّر المؤشر لرؤية التفاصيل)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="722"/>
        <source>Imported, not saved yet (hover for details)</source>
        <translation>استُوردت ولم تُحفظ بعد (مرّر المؤشر للتفاصيل)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="759"/>
        <source>Save article as</source>
        <translation>حفظ المقالة باسم</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="759"/>
        <location filename="../../editor/ui/window/main_window.py" line="1166"/>
        <source>Newsdesk articles (*.newsdesk)</source>
        <translation>مقالات Newsdesk (*.newsdesk)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="804"/>
        <source>Not saved: changed on disk</source>
        <translation>لم يُحفظ: تغيّر على القرص</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="812"/>
        <source>Save failed</source>
        <translation>فشل الحفظ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="813"/>
        <source>The article was not saved to {0}.</source>
        <translation>لم يُحفظ المقال في {0}.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="831"/>
        <source>Saved without a backup</source>
        <translation>حُفظ دون نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="862"/>
        <source>Load the version on disk</source>
        <translation>تحميل النسخة الموجودة على القرص</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="863"/>
        <source>Your changes in this window will be lost. Load the version on disk?</source>
        <translation>ستضيع تغييراتك في هذه النافذة. هل تريد تحميل النسخة الموجودة على القرص؟</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="886"/>
        <source>Compare</source>
        <translation>مقارنة</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="887"/>
        <source>{0} cannot be opened.</source>
        <translation>لا يمكن فتح {0}.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="891"/>
        <source>{0}: on disk and in this window</source>
        <translation>{0}: على القرص وفي هذه النافذة</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="918"/>
        <source>“{0}” has changes that are not saved. Save them before closing?</source>
        <translation>في «{0}» تغييرات غير محفوظة. أتريد حفظها قبل الإغلاق؟</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="1015"/>
        <source>Preview folded away (View › Preview shows it): the window is too narrow for it.</source>
        <translation>طُويت المعاينة (يُظهرها عرض › المعاينة): النافذة أضيق من أن تتسع لها.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="1166"/>
        <source>Open article</source>
        <translation>فتح مقالة</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="1176"/>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="1410"/>
        <source>Insert quotation</source>
        <translation>إدراج اقتباس</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="1410"/>
        <source>Quotation:</source>
        <translation>الاقتباس:</translation>
    </message>
</context>
<context>
    <name>MarkdownEditor</name>
    <message>
        <location filename="../../editor/ui/form/markdown_editor.py" line="876"/>
        <source>A link is made of words in one paragraph, without a quotation.</source>
        <translation>يُصنع الرابط من كلمات في فقرة واحدة، من غير اقتباس.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/markdown_editor.py" line="1020"/>
        <source>Quotation “{0}” is not in the quotation bank.</source>
        <translation>الاقتباس «{0}» غير موجود في بنك الاقتباسات.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/markdown_editor.py" line="1021"/>
        <source>unknown speaker</source>
        <translation>قائل غير معروف</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/markdown_editor.py" line="1024"/>
        <source>Role: {0}</source>
        <translation>الصفة: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/markdown_editor.py" line="1026"/>
        <source>Date: {0}</source>
        <translation>التاريخ: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/markdown_editor.py" line="1029"/>
        <source>Source: {0}</source>
        <translation>المصدر: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/markdown_editor.py" line="1030"/>
        <source>Verified</source>
        <translation>موثّق</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/markdown_editor.py" line="1030"/>
        <source>Not verified</source>
        <translation>غير موثّق</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/markdown_editor.py" line="1031"/>
        <source>Double-click to edit it.</source>
        <translation>انقر نقرًا مزدوجًا لتعديله.</translation>
    </message>
</context>
<context>
    <name>MetaPane</name>
    <message>
        <location filename="../../editor/ui/form/meta_pane.py" line="50"/>
        <source>Article</source>
        <translation>المقالة</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/meta_pane.py" line="51"/>
        <source>Comma-separated, e.g. transport, ports</source>
        <translation>مفصولة بفاصلة لاتينية (,) مثل: نقل, موانئ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/meta_pane.py" line="58"/>
        <source>none</source>
        <translation>بلا حد</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/meta_pane.py" line="59"/>
        <source> words</source>
        <translation> كلمة</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/meta_pane.py" line="61"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/meta_pane.py" line="62"/>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/meta_pane.py" line="63"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/meta_pane.py" line="64"/>
        <source>Target length</source>
        <translation>الطول المستهدف</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <location filename="../../editor/ui/common/name_dialog.py" line="49"/>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/name_dialog.py" line="52"/>
        <source>Comments, status changes and revisions are recorded under your name. You can change it later in Settings.</source>
        <translation>تُسجَّل التعليقات وتغييرات الحالة والنسخ باسمك. يمكنك تغييره لاحقًا في الإعدادات.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/name_dialog.py" line="60"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/name_dialog.py" line="61"/>
        <source>Initials</source>
        <translation>الأحرف الأولى</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/name_dialog.py" line="118"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/name_dialog.py" line="119"/>
        <source>The settings could not be saved.</source>
        <translation>تعذّر حفظ الإعدادات.</translation>
    </message>
</context>
<context>
    <name>NewEditionDialog</name>
    <message>
        <location filename="../../editor/ui/window/new_edition_dialog.py" line="36"/>
        <source>New Edition</source>
        <translation>نسخة لغوية جديدة</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/new_edition_dialog.py" line="40"/>
        <source>An edition is the same story in another language, kept in this file. Each of its paragraphs is linked to the paragraph it translates.</source>
        <translation>النسخة اللغوية هي الخبر نفسه بلغة أخرى، محفوظًا في هذا الملف. كل فقرة منها مرتبطة بالفقرة التي تترجمها.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/new_edition_dialog.py" line="51"/>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/new_edition_dialog.py" line="54"/>
        <source>&amp;Pre-fill with the source text, marked to translate</source>
        <translation>&amp;ملء مسبق بنص الأصل، مع تعليمه للترجمة</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/new_edition_dialog.py" line="63"/>
        <source>Create Edition</source>
        <translation>إنشاء النسخة اللغوية</translation>
    </message>
</context>
<context>
    <name>OpeningPane</name>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="480"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="484"/>
        <source>Opening line</source>
        <translation>السطر الافتتاحي</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="485"/>
        <source>Optional invocation or dedication</source>
        <translation>استهلال أو إهداء (اختياري)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="487"/>
        <source>Article&apos;s language</source>
        <translation>لغة المقالة</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="487"/>
        <source>Language of the opening line</source>
        <translation>لغة السطر الافتتاحي</translation>
    </message>
</context>
<context>
    <name>Outlets</name>
    <message>
        <location filename="../../editor/render/styles.py" line="220"/>
        <source>web</source>
        <translation>الويب</translation>
    </message>
    <message>
        <location filename="../../editor/render/styles.py" line="221"/>
        <source>print</source>
        <translation>المطبوع</translation>
    </message>
    <message>
        <location filename="../../editor/render/styles.py" line="222"/>
        <source>agency</source>
        <translation>الوكالة</translation>
    </message>
</context>
<context>
    <name>Parts</name>
    <message>
        <location filename="../../editor/model/parts.py" line="48"/>
        <source>Opening line</source>
        <translation>السطر الافتتاحي</translation>
    </message>
    <message>
        <location filename="../../editor/model/parts.py" line="49"/>
        <source>Headline</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../editor/model/parts.py" line="50"/>
        <source>Standfirst</source>
        <translation>الموجز</translation>
    </message>
    <message>
        <location filename="../../editor/model/parts.py" line="51"/>
        <source>Byline</source>
        <translation>التوقيع</translation>
    </message>
    <message>
        <location filename="../../editor/model/parts.py" line="52"/>
        <source>Section {0}</source>
        <translation>القسم {0}</translation>
    </message>
    <message>
        <location filename="../../editor/model/parts.py" line="53"/>
        <source>Quotation {0}</source>
        <translation>الاقتباس {0}</translation>
    </message>
</context>
<context>
    <name>PreviewDock</name>
    <message>
        <location filename="../../editor/ui/window/preview.py" line="266"/>
        <source>Preview</source>
        <translation>المعاينة</translation>
    </message>
</context>
<context>
    <name>PreviewRenderer</name>
    <message>
        <location filename="../../editor/ui/window/preview.py" line="324"/>
        <source>Preview failed:</source>
        <translation>فشلت المعاينة:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/preview.py" line="211"/>
        <source>This article is too long to preview as you type: {0} characters, where the preview shows up to {1}. Export it to read it whole.</source>
        <translation>هذه المقالة أطول من أن تُعاين أثناء الكتابة: {0} حرفًا، والمعاينة تعرض حتى {1}. صدّرها لقراءتها كاملة.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="56"/>
        <source>Look in:</source>
        <translation>اعثر في:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="57"/>
        <source>File &amp;name:</source>
        <translation>ا&amp;سم الملفّ:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="58"/>
        <source>Files of type:</source>
        <translation>الملفّات من النّوع:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="59"/>
        <source>&amp;Look in:</source>
        <translation>ا&amp;عثر في:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="60"/>
        <source>Files of &amp;type:</source>
        <translation>الملفّات من ال&amp;نّوع:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="61"/>
        <source>&amp;Open</source>
        <translation>ا&amp;فتح</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="62"/>
        <source>&amp;Save</source>
        <translation>ا&amp;حفظ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="63"/>
        <source>&amp;Choose</source>
        <translation>ا&amp;ختر</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="64"/>
        <source>Open</source>
        <translation>افتح</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="65"/>
        <source>Save As</source>
        <translation>احفظ كَ‍</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="66"/>
        <source>Directory:</source>
        <translation>الدّليل:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="67"/>
        <source>Back</source>
        <translation>ارجع</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="68"/>
        <source>Forward</source>
        <translation>تقدّم</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="69"/>
        <source>Parent Directory</source>
        <translation>الدّليل الأمّ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="70"/>
        <source>Create New Folder</source>
        <translation>أنشئ مجلّدًا جديدًا</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="71"/>
        <source>List View</source>
        <translation>منظور قائميّ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="72"/>
        <source>Detail View</source>
        <translation>منظور تفصيليّ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="73"/>
        <source>Go back</source>
        <translation>اذهب للخلف</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="74"/>
        <source>Go forward</source>
        <translation>اذهب للأمام</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="75"/>
        <source>Go to the parent directory</source>
        <translation>اذهب إلى الدّليل الأمّ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="76"/>
        <source>Create a New Folder</source>
        <translation>أنشئ مجلّدًا جديدًا</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="77"/>
        <source>Change to list view mode</source>
        <translation>غيّر إلى وضع المنظور القائميّ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="78"/>
        <source>Change to detail view mode</source>
        <translation>غيّر إلى وضع المنظور التّفصيليّ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="79"/>
        <source>Sidebar</source>
        <translation>الشّريط الجانبيّ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="80"/>
        <source>Recent Places</source>
        <translation>الأماكن الحديثة</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="81"/>
        <source>My Computer</source>
        <translation>حاسوبي</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="82"/>
        <source>New Folder</source>
        <translation>مجلّد جديد</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="83"/>
        <source>&amp;New Folder</source>
        <translation>مجلّد &amp;جديد</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="84"/>
        <source>&amp;Rename</source>
        <translation>أ&amp;عد التّسمية</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="85"/>
        <source>&amp;Delete</source>
        <translation>ا&amp;حذف</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="86"/>
        <source>Show &amp;hidden files</source>
        <translation>أظهر الملفّات الم&amp;خفيّة</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="87"/>
        <source>All Files (*)</source>
        <translation>كلّ الملفّات (*)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="88"/>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>أتريد حقًّا حذف ’%1‘؟</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="89"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>‏%1 موجود بالفعل.
أتريد استبداله؟</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="90"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="91"/>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="92"/>
        <source>Type</source>
        <translation>النّوع</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="93"/>
        <source>Date Modified</source>
        <translation>تاريخ التّعديل</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="94"/>
        <source>Computer</source>
        <translation>الحاسوب</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="46"/>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="47"/>
        <source>&amp;Redo</source>
        <translation>أ&amp;عد</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="48"/>
        <source>Cu&amp;t</source>
        <translation>&amp;قصّ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="49"/>
        <source>&amp;Copy</source>
        <translation>ا&amp;نسخ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="50"/>
        <source>&amp;Paste</source>
        <translation>أل&amp;صق</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="51"/>
        <source>Delete</source>
        <translation>احذف</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="52"/>
        <source>Select All</source>
        <translation>حدّد الكلّ</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="22"/>
        <source>OK</source>
        <translation>حسنًا</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="23"/>
        <source>Cancel</source>
        <translation>ألغِ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="24"/>
        <source>Close</source>
        <translation>أغلق</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="25"/>
        <source>Save</source>
        <translation>احفظ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="26"/>
        <source>Discard</source>
        <translation>ارفض</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="27"/>
        <source>&amp;Yes</source>
        <translation>&amp;نعم</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="28"/>
        <source>&amp;No</source>
        <translation>&amp;لا</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <location filename="../../editor/ui/window/section_actions.py" line="26"/>
        <source>Up</source>
        <translation>الأعلى</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/section_actions.py" line="26"/>
        <source>Down</source>
        <translation>الأسفل</translation>
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
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="39"/>
        <source>&amp;Redo</source>
        <translation>أ&amp;عد</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="40"/>
        <source>Cu&amp;t</source>
        <translation>&amp;قصّ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="41"/>
        <source>&amp;Copy</source>
        <translation>ا&amp;نسخ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="42"/>
        <source>&amp;Paste</source>
        <translation>أل&amp;صق</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="43"/>
        <source>Delete</source>
        <translation>احذف</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="44"/>
        <source>Select All</source>
        <translation>حدّد الكلّ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/common/qt_buttons.py" line="45"/>
        <source>Copy &amp;Link Location</source>
        <translation>انسخ و&amp;صلة المكان</translation>
    </message>
</context>
<context>
    <name>QuotationDialog</name>
    <message>
        <location filename="../../editor/ui/form/quotation_dialog.py" line="46"/>
        <source>New quotation</source>
        <translation>اقتباس جديد</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotation_dialog.py" line="48"/>
        <source>Quotation {0}</source>
        <translation>الاقتباس {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotation_dialog.py" line="62"/>
        <source>Article&apos;s language</source>
        <translation>لغة المقالة</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotation_dialog.py" line="64"/>
        <source>The words are a translation</source>
        <translation>النص مترجَم</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotation_dialog.py" line="66"/>
        <source>Checked against the source</source>
        <translation>تمت مطابقته مع المصدر</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotation_dialog.py" line="73"/>
        <source>Id</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotation_dialog.py" line="74"/>
        <source>Words</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotation_dialog.py" line="75"/>
        <source>Speaker</source>
        <translation>القائل</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotation_dialog.py" line="76"/>
        <source>Speaker&apos;s role</source>
        <translation>صفة القائل</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotation_dialog.py" line="77"/>
        <source>Occasion</source>
        <translation>المناسبة</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotation_dialog.py" line="78"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotation_dialog.py" line="79"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotation_dialog.py" line="80"/>
        <source>Source address</source>
        <translation>رابط المصدر</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotation_dialog.py" line="81"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotation_dialog.py" line="84"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotation_dialog.py" line="149"/>
        <source>Quotation</source>
        <translation>اقتباس</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotation_dialog.py" line="149"/>
        <source>A quotation needs its words.</source>
        <translation>لا بد للاقتباس من نص.</translation>
    </message>
</context>
<context>
    <name>QuotationsPane</name>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="533"/>
        <source>Quotations</source>
        <translation>الاقتباسات</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="552"/>
        <source>Speaker</source>
        <translation>القائل</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="553"/>
        <source>Words</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="554"/>
        <source>Occasion</source>
        <translation>المناسبة</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="555"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="556"/>
        <source>Verified</source>
        <translation>موثَّق</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="557"/>
        <source>Uses</source>
        <translation>الاستخدام</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="534"/>
        <source>Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="535"/>
        <source>Edit…</source>
        <translation>تحرير…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="536"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="537"/>
        <source>Insert into text</source>
        <translation>إدراج في النص</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="538"/>
        <source>Put the quotation at the cursor (Ctrl+Shift+Q)</source>
        <translation>ضع الاقتباس عند المؤشر (Ctrl+Shift+Q)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="539"/>
        <source>Show next use</source>
        <translation>الاستخدام التالي</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="540"/>
        <source>Filter by id, words, speaker, role, source</source>
        <translation>تصفية بالمعرّف أو الكلمات أو القائل أو الصفة أو المصدر</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="551"/>
        <source>Id</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="560"/>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="561"/>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="563"/>
        <source>{0} ×</source>
        <translation>{0} ×</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="562"/>
        <source>unused</source>
        <translation>غير مستخدم</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="564"/>
        <source>“{0}” is used in the text but not in the bank</source>
        <translation>«{0}» مستخدم في النص وغير موجود في البنك</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/quotations_pane.py" line="827"/>
        <source>Delete quotation</source>
        <translation>حذف الاقتباس</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/form/quotations_pane.py" line="829"/>
        <source>The quotation is used %n time(s) in the text. Delete it from the bank? The places that use it stay and are flagged as unknown.</source>
        <translation>
            <numerusform>لا يُستخدم هذا الاقتباس في النص. أتحذفه من البنك؟</numerusform>
            <numerusform>يُستخدم هذا الاقتباس مرة واحدة في النص. أتحذفه من البنك؟ يبقى موضعه في النص ويُعلَّم بأنه اقتباس مجهول.</numerusform>
            <numerusform>يُستخدم هذا الاقتباس مرتين في النص. أتحذفه من البنك؟ يبقى الموضعان في النص ويُعلَّمان بأنهما اقتباس مجهول.</numerusform>
            <numerusform>يُستخدم هذا الاقتباس %n مرات في النص. أتحذفه من البنك؟ تبقى مواضعه في النص وتُعلَّم بأنها اقتباس مجهول.</numerusform>
            <numerusform>يُستخدم هذا الاقتباس %n مرة في النص. أتحذفه من البنك؟ تبقى مواضعه في النص وتُعلَّم بأنها اقتباس مجهول.</numerusform>
            <numerusform>يُستخدم هذا الاقتباس %n مرة في النص. أتحذفه من البنك؟ تبقى مواضعه في النص وتُعلَّم بأنها اقتباس مجهول.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../editor/ui/dialogs/recovery_dialog.py" line="32"/>
        <source>Recover unsaved work</source>
        <translation>استرداد العمل غير المحفوظ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/recovery_dialog.py" line="36"/>
        <source>Newsdesk found work that was not saved when it last stopped. Choose what to do with each copy.</source>
        <translation>وجد Newsdesk عملًا لم يُحفظ عند توقّفه آخر مرة. اختر ما تريد فعله بكل نسخة.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/recovery_dialog.py" line="44"/>
        <source>Headline</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/recovery_dialog.py" line="44"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/recovery_dialog.py" line="44"/>
        <source>Autosaved</source>
        <translation>الحفظ التلقائي</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/recovery_dialog.py" line="44"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/recovery_dialog.py" line="52"/>
        <source>(no headline)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/recovery_dialog.py" line="53"/>
        <source>never saved</source>
        <translation>لم تُحفظ قط</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/recovery_dialog.py" line="55"/>
        <source>{0} — damaged: {1}</source>
        <translation>{0} — تالفة: {1}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/recovery_dialog.py" line="61"/>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/recovery_dialog.py" line="63"/>
        <source>Open both (saved file and recovered copy)</source>
        <translation>فتح الاثنين (الملف المحفوظ والنسخة المستردة)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/recovery_dialog.py" line="64"/>
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/recovery_dialog.py" line="65"/>
        <source>Decide later</source>
        <translation>أقرّر لاحقًا</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../editor/ui/library/library_results.py" line="129"/>
        <source>Article</source>
        <translation>المقالة</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_results.py" line="130"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_results.py" line="131"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_results.py" line="132"/>
        <source>Author</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <location filename="../../editor/ui/library/library_results.py" line="133"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="225"/>
        <source>Change the status in the Review menu</source>
        <translation>غيّر الحالة من قائمة «مراجعة»</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="226"/>
        <source>Read-only</source>
        <translation>للقراءة فقط</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="227"/>
        <source>Reopen for changes</source>
        <translation>إعادة الفتح للتعديل</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="228"/>
        <source>&amp;Review</source>
        <translation>مرا&amp;جعة</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="229"/>
        <source>Review &amp;Panel</source>
        <translation>ل&amp;وحة المراجعة</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="230"/>
        <source>&amp;Status</source>
        <translation>ال&amp;حالة</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="233"/>
        <source>Reopen for &amp;Changes</source>
        <translation>إعادة الفتح لل&amp;تعديل</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="234"/>
        <source>Reviewer &amp;Mode (suggestions and comments)</source>
        <translation>و&amp;ضع المراجِع (اقتراحات وتعليقات)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="237"/>
        <source>Save &amp;Revision…</source>
        <translation>حفظ &amp;نسخة…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="238"/>
        <source>Revisions and &amp;Compare…</source>
        <translation>النسخ والم&amp;قارنة…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="243"/>
        <location filename="../../editor/ui/review/review_actions.py" line="791"/>
        <source>Status: {0}</source>
        <translation>الحالة: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="262"/>
        <source>{0}: the text is read-only.</source>
        <translation>{0}: النص للقراءة فقط.</translation>
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
        <translation>إضافة تعليق</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="319"/>
        <source>Select the words to comment on.</source>
        <translation>حدّد الكلمات التي تريد التعليق عليها.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="328"/>
        <source>Comment:</source>
        <translation>التعليق:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/review/review_actions.py" line="563"/>
        <source>The file&apos;s text differs from the article&apos;s in %n place(s) without a tracked change: edits made with Track Changes off. Suggest them as {0}&apos;s, to accept or reject?</source>
        <translation>
            <numerusform>يختلف نص الملف عن نص المقال في %n موضع دون تغيير متعقَّب: تعديلات أُجريت وتعقّب التغييرات متوقف. أتُقترح باسم {0}، لتُقبل أو تُرفض؟</numerusform>
            <numerusform>يختلف نص الملف عن نص المقال في %n موضع دون تغيير متعقَّب: تعديلات أُجريت وتعقّب التغييرات متوقف. أتُقترح باسم {0}، لتُقبل أو تُرفض؟</numerusform>
            <numerusform>يختلف نص الملف عن نص المقال في %n موضع دون تغيير متعقَّب: تعديلات أُجريت وتعقّب التغييرات متوقف. أتُقترح باسم {0}، لتُقبل أو تُرفض؟</numerusform>
            <numerusform>يختلف نص الملف عن نص المقال في %n موضع دون تغيير متعقَّب: تعديلات أُجريت وتعقّب التغييرات متوقف. أتُقترح باسم {0}، لتُقبل أو تُرفض؟</numerusform>
            <numerusform>يختلف نص الملف عن نص المقال في %n موضع دون تغيير متعقَّب: تعديلات أُجريت وتعقّب التغييرات متوقف. أتُقترح باسم {0}، لتُقبل أو تُرفض؟</numerusform>
            <numerusform>يختلف نص الملف عن نص المقال في %n موضع دون تغيير متعقَّب: تعديلات أُجريت وتعقّب التغييرات متوقف. أتُقترح باسم {0}، لتُقبل أو تُرفض؟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/review/review_actions.py" line="614"/>
        <source>%n suggestion(s) from edits made without Track Changes, as {0}&apos;s.</source>
        <translation>
            <numerusform>%n اقتراح من تعديلات أُجريت دون تعقّب التغييرات، باسم {0}.</numerusform>
            <numerusform>%n اقتراح من تعديلات أُجريت دون تعقّب التغييرات، باسم {0}.</numerusform>
            <numerusform>%n اقتراح من تعديلات أُجريت دون تعقّب التغييرات، باسم {0}.</numerusform>
            <numerusform>%n اقتراح من تعديلات أُجريت دون تعقّب التغييرات، باسم {0}.</numerusform>
            <numerusform>%n اقتراح من تعديلات أُجريت دون تعقّب التغييرات، باسم {0}.</numerusform>
            <numerusform>%n اقتراح من تعديلات أُجريت دون تعقّب التغييرات، باسم {0}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="236"/>
        <source>Comments and Changes from a Reviewed &amp;DOCX…</source>
        <translation>التعليقات والتغييرات من &amp;DOCX مُراجَع…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="247"/>
        <source>{0} · Suggesting</source>
        <translation>{0} · وضع الاقتراح</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="476"/>
        <source>Comments and changes from a reviewed DOCX</source>
        <translation>التعليقات والتغييرات من DOCX مُراجَع</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="477"/>
        <source>Word documents (*.docx)</source>
        <translation>مستندات Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="489"/>
        <location filename="../../editor/ui/review/review_actions.py" line="522"/>
        <location filename="../../editor/ui/review/review_actions.py" line="535"/>
        <location filename="../../editor/ui/review/review_actions.py" line="545"/>
        <location filename="../../editor/ui/review/review_actions.py" line="561"/>
        <source>Comments from DOCX</source>
        <translation>تعليقات من DOCX</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="490"/>
        <source>The comments could not be read from {0}.</source>
        <translation>تعذّرت قراءة التعليقات من {0}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/review/review_actions.py" line="515"/>
        <source>%n comment(s) added, {0}, {1}.</source>
        <translation>
            <numerusform>لم يُضف أي تعليق، {0}، {1}.</numerusform>
            <numerusform>أُضيف تعليق واحد، {0}، {1}.</numerusform>
            <numerusform>أُضيف تعليقان، {0}، {1}.</numerusform>
            <numerusform>أُضيفت %n تعليقات، {0}، {1}.</numerusform>
            <numerusform>أُضيف %n تعليقًا، {0}، {1}.</numerusform>
            <numerusform>أُضيف %n تعليق، {0}، {1}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/review/review_actions.py" line="516"/>
        <source>%n already there</source>
        <comment>comments</comment>
        <translation>
            <numerusform>لا شيء منها موجود من قبل</numerusform>
            <numerusform>واحد موجود من قبل</numerusform>
            <numerusform>اثنان موجودان من قبل</numerusform>
            <numerusform>%n موجودة من قبل</numerusform>
            <numerusform>%n موجودًا من قبل</numerusform>
            <numerusform>%n موجود من قبل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/review/review_actions.py" line="517"/>
        <source>%n kept detached</source>
        <translation>
            <numerusform>لا شيء منها بلا موضع</numerusform>
            <numerusform>واحد بقي بلا موضع</numerusform>
            <numerusform>اثنان بقيا بلا موضع</numerusform>
            <numerusform>%n بقيت بلا موضع</numerusform>
            <numerusform>%n بقي بلا موضع</numerusform>
            <numerusform>%n بقي بلا موضع</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="530"/>
        <source>Some comments could not be read as Word writes them; every comment was kept, as described below.</source>
        <translation>تعذّرت قراءة بعض التعليقات كما يكتبها Word؛ حُفظت التعليقات كلها، كما هو موضّح أدناه.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/review/review_actions.py" line="547"/>
        <source>The reviewed file shows %n of the article&apos;s suggestion(s) accepted there. Accept here too?</source>
        <translation>
            <numerusform>يُظهر الملف المُراجَع %n من اقتراحات المقال مقبولًا هناك. أتُقبل هنا أيضًا؟</numerusform>
            <numerusform>يُظهر الملف المُراجَع %n من اقتراحات المقال مقبولًا هناك. أتُقبل هنا أيضًا؟</numerusform>
            <numerusform>يُظهر الملف المُراجَع %n من اقتراحات المقال مقبولًا هناك. أتُقبل هنا أيضًا؟</numerusform>
            <numerusform>يُظهر الملف المُراجَع %n من اقتراحات المقال مقبولًا هناك. أتُقبل هنا أيضًا؟</numerusform>
            <numerusform>يُظهر الملف المُراجَع %n من اقتراحات المقال مقبولًا هناك. أتُقبل هنا أيضًا؟</numerusform>
            <numerusform>يُظهر الملف المُراجَع %n من اقتراحات المقال مقبولًا هناك. أتُقبل هنا أيضًا؟</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="578"/>
        <source>header</source>
        <translation>الترويسة</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="579"/>
        <source>footer</source>
        <translation>التذييل</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="580"/>
        <source>footnote</source>
        <translation>حاشية سفلية</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="581"/>
        <source>endnote</source>
        <translation>تعليق ختامي</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="582"/>
        <source>section label</source>
        <translation>عنوان القسم</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="583"/>
        <source>quotation attribution</source>
        <translation>نسبة الاقتباس</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="584"/>
        <source>credit line</source>
        <translation>سطر الاعتماد</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="585"/>
        <source>metadata line</source>
        <translation>سطر البيانات الوصفية</translation>
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
            <numerusform>لم يوضع أي اقتراح من التغييرات المتعقَّبة، {0}.</numerusform>
            <numerusform>وُضع اقتراح واحد من التغييرات المتعقَّبة، {0}.</numerusform>
            <numerusform>وُضع اقتراحان من التغييرات المتعقَّبة، {0}.</numerusform>
            <numerusform>وُضعت %n اقتراحات من التغييرات المتعقَّبة، {0}.</numerusform>
            <numerusform>وُضع %n اقتراحًا من التغييرات المتعقَّبة، {0}.</numerusform>
            <numerusform>وُضع %n اقتراح من التغييرات المتعقَّبة، {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/review/review_actions.py" line="597"/>
        <source>%n already there</source>
        <comment>suggestions</comment>
        <translation>
            <numerusform>لا شيء منها موجود من قبل</numerusform>
            <numerusform>واحد موجود من قبل</numerusform>
            <numerusform>اثنان موجودان من قبل</numerusform>
            <numerusform>%n موجودة من قبل</numerusform>
            <numerusform>%n موجودًا من قبل</numerusform>
            <numerusform>%n موجود من قبل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/review/review_actions.py" line="606"/>
        <source>%n suggestion(s) accepted here as in the reviewed file.</source>
        <translation>
            <numerusform>قُبل هنا %n اقتراح كما في الملف المُراجَع.</numerusform>
            <numerusform>قُبل هنا %n اقتراح كما في الملف المُراجَع.</numerusform>
            <numerusform>قُبل هنا %n اقتراح كما في الملف المُراجَع.</numerusform>
            <numerusform>قُبل هنا %n اقتراح كما في الملف المُراجَع.</numerusform>
            <numerusform>قُبل هنا %n اقتراح كما في الملف المُراجَع.</numerusform>
            <numerusform>قُبل هنا %n اقتراح كما في الملف المُراجَع.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/review/review_actions.py" line="622"/>
        <source>%n conflict(s) with another reviewer&apos;s suggestions.</source>
        <translation>
            <numerusform>لا تعارض مع اقتراحات مراجِع آخر.</numerusform>
            <numerusform>تعارض واحد مع اقتراحات مراجِع آخر.</numerusform>
            <numerusform>تعارضان مع اقتراحات مراجِع آخر.</numerusform>
            <numerusform>%n تعارضات مع اقتراحات مراجِع آخر.</numerusform>
            <numerusform>%n تعارضًا مع اقتراحات مراجِع آخر.</numerusform>
            <numerusform>%n تعارض مع اقتراحات مراجِع آخر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/review/review_actions.py" line="628"/>
        <source>%n change(s) not placed:</source>
        <translation>
            <numerusform>لا تغييرات لم توضع:</numerusform>
            <numerusform>تغيير واحد لم يوضع:</numerusform>
            <numerusform>تغييران لم يوضعا:</numerusform>
            <numerusform>%n تغييرات لم توضع:</numerusform>
            <numerusform>%n تغييرًا لم يوضع:</numerusform>
            <numerusform>%n تغيير لم يوضع:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/review/review_actions.py" line="642"/>
        <source>%n place(s) where the file&apos;s text differs from the article&apos;s without a tracked change (not taken; the article keeps its words):</source>
        <translation>
            <numerusform>لا مواضع يختلف فيها نص الملف عن نص المقالة دون تغيير متتبَّع:</numerusform>
            <numerusform>موضع واحد يختلف فيه نص الملف عن نص المقالة دون تغيير متتبَّع (لم يؤخذ؛ تبقى كلمات المقالة):</numerusform>
            <numerusform>موضعان يختلف فيهما نص الملف عن نص المقالة دون تغيير متتبَّع (لم يؤخذا؛ تبقى كلمات المقالة):</numerusform>
            <numerusform>%n مواضع يختلف فيها نص الملف عن نص المقالة دون تغيير متتبَّع (لم تؤخذ؛ تبقى كلمات المقالة):</numerusform>
            <numerusform>%n موضعًا يختلف فيه نص الملف عن نص المقالة دون تغيير متتبَّع (لم تؤخذ؛ تبقى كلمات المقالة):</numerusform>
            <numerusform>%n موضع يختلف فيه نص الملف عن نص المقالة دون تغيير متتبَّع (لم تؤخذ؛ تبقى كلمات المقالة):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="668"/>
        <location filename="../../editor/ui/review/review_actions.py" line="674"/>
        <location filename="../../editor/ui/review/review_actions.py" line="684"/>
        <source>Change status</source>
        <translation>تغيير الحالة</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="675"/>
        <source>Note for the move to {0} (optional):</source>
        <translation>ملاحظة على الانتقال إلى «{0}» (اختيارية):</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="723"/>
        <source>Reopened for changes</source>
        <translation>أُعيد فتحها للتعديل</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="740"/>
        <source>Save revision</source>
        <translation>حفظ نسخة</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="740"/>
        <source>Note:</source>
        <translation>ملاحظة:</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../editor/ui/review/review_panel.py" line="127"/>
        <source>Review</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_panel.py" line="128"/>
        <source>Open comments</source>
        <translation>التعليقات المفتوحة</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_panel.py" line="128"/>
        <source>Resolved comments</source>
        <translation>التعليقات المحلولة</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_panel.py" line="128"/>
        <source>All comments</source>
        <translation>كل التعليقات</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_panel.py" line="131"/>
        <source>Comment on selection</source>
        <translation>علّق على التحديد</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_panel.py" line="132"/>
        <source>Reply…</source>
        <translation>ردّ…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_panel.py" line="133"/>
        <source>Reply</source>
        <translation>ردّ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_panel.py" line="134"/>
        <location filename="../../editor/ui/review/review_panel.py" line="250"/>
        <source>Resolve</source>
        <translation>حلّ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_panel.py" line="135"/>
        <source>No comments.</source>
        <translation>لا تعليقات.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_panel.py" line="136"/>
        <source>Add &amp;Comment on Selection</source>
        <translation>إضافة &amp;تعليق على التحديد</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_panel.py" line="137"/>
        <source>Comments</source>
        <translation>التعليقات</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/review/review_panel.py" line="153"/>
        <source>Suggestions (%n)</source>
        <translation>
            <numerusform>الاقتراحات (%n)</numerusform>
            <numerusform>الاقتراحات (%n)</numerusform>
            <numerusform>الاقتراحات (%n)</numerusform>
            <numerusform>الاقتراحات (%n)</numerusform>
            <numerusform>الاقتراحات (%n)</numerusform>
            <numerusform>الاقتراحات (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_panel.py" line="250"/>
        <source>Reopen</source>
        <translation>إعادة فتح</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_panel.py" line="253"/>
        <source>resolved</source>
        <translation>محلول</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_panel.py" line="255"/>
        <source>its text was deleted</source>
        <translation>حُذف نصّه</translation>
    </message>
</context>
<context>
    <name>RevisionsDialog</name>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="843"/>
        <source>Revisions</source>
        <translation>النسخ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="844"/>
        <source>Inline</source>
        <translation>ضمن النص</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="845"/>
        <source>Side by side</source>
        <translation>جنبًا إلى جنب</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="846"/>
        <source>Compare</source>
        <translation>قارن</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="847"/>
        <source>with</source>
        <translation>مع</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="848"/>
        <source>Restore the first</source>
        <translation>استعادة الأولى</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="860"/>
        <location filename="../../editor/ui/review/review_actions.py" line="880"/>
        <source>Current text</source>
        <translation>النص الحالي</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/review_actions.py" line="904"/>
        <source>No differences.</source>
        <translation>لا فروق.</translation>
    </message>
</context>
<context>
    <name>SectionActions</name>
    <message>
        <location filename="../../editor/ui/window/section_actions.py" line="57"/>
        <source>Move section &amp;up</source>
        <translation>نقل القسم إلى الأ&amp;على</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/section_actions.py" line="58"/>
        <source>Move section &amp;down</source>
        <translation>نقل القسم إلى الأ&amp;سفل</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/section_actions.py" line="59"/>
        <source>Re&amp;name section</source>
        <translation>إعادة &amp;تسمية القسم</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/section_actions.py" line="60"/>
        <source>Re&amp;move section</source>
        <translation>&amp;حذف القسم</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/section_actions.py" line="62"/>
        <source>&amp;Section</source>
        <translation>&amp;قسم</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/section_actions.py" line="86"/>
        <source>Put the cursor in a section first.</source>
        <translation>ضع المؤشر في قسم أولًا.</translation>
    </message>
</context>
<context>
    <name>SectionPane</name>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="691"/>
        <source>Section label</source>
        <translation>تسمية القسم</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="692"/>
        <source>The label printed before the section</source>
        <translation>التسمية المطبوعة قبل القسم</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="694"/>
        <source>Add, move or remove a section</source>
        <translation>إضافة قسم أو نقله أو حذفه</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="696"/>
        <source>Drag to move the section; right-click to add, move or remove one</source>
        <translation>اسحب لنقل القسم؛ انقر بالزر الأيمن لإضافة قسم أو نقله أو حذفه</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="706"/>
        <source>Add section after</source>
        <translation>إضافة قسم بعده</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="710"/>
        <source>Move section up</source>
        <translation>نقل القسم إلى الأعلى</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="713"/>
        <source>Move section down</source>
        <translation>نقل القسم إلى الأسفل</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="716"/>
        <source>Rename section</source>
        <translation>إعادة تسمية القسم</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="718"/>
        <source>Remove section</source>
        <translation>حذف القسم</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="762"/>
        <source>News</source>
        <translation>الخبر</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="763"/>
        <source>Comment</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="685"/>
        <location filename="../../editor/ui/form/panes.py" line="767"/>
        <source>Section</source>
        <translation>قسم</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="693"/>
        <source>The section&apos;s text</source>
        <translation>نص القسم</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="767"/>
        <source>Section: {0}</source>
        <translation>القسم: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="772"/>
        <source>News section</source>
        <translation>قسم خبر</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="773"/>
        <source>Comment section</source>
        <translation>قسم تعليق</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/panes.py" line="774"/>
        <source>Custom section</source>
        <translation>قسم مخصص</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../editor/ui/dialogs/settings_dialog.py" line="60"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/settings_dialog.py" line="65"/>
        <source>Arabic and Urdu lay the whole interface out right to left</source>
        <translation>مع العربية والأردية تُعرض الواجهة كلها من اليمين إلى اليسار</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/settings_dialog.py" line="75"/>
        <source>Your full name, for bylines and comments</source>
        <translation>اسمك الكامل، للتوقيع والتعليقات</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/settings_dialog.py" line="83"/>
        <source> s</source>
        <translation> ث</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/settings_dialog.py" line="97"/>
        <source>Follow the system</source>
        <translation>حسب النظام</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/settings_dialog.py" line="98"/>
        <source>Light</source>
        <translation>فاتحة</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/settings_dialog.py" line="99"/>
        <source>Dark</source>
        <translation>داكنة</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/settings_dialog.py" line="102"/>
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/settings_dialog.py" line="103"/>
        <source>New articles in</source>
        <translation>لغة المقالات الجديدة</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/settings_dialog.py" line="104"/>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/settings_dialog.py" line="105"/>
        <source>Your initials</source>
        <translation>الأحرف الأولى من اسمك</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/settings_dialog.py" line="106"/>
        <source>Default office</source>
        <translation>المكتب الافتراضي</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/settings_dialog.py" line="107"/>
        <source>Autosave after idle</source>
        <translation>حفظ تلقائي بعد خمول</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/settings_dialog.py" line="108"/>
        <source>Editor font</source>
        <translation>خط المحرر</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/settings_dialog.py" line="109"/>
        <source>Font size</source>
        <translation>حجم الخط</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/settings_dialog.py" line="110"/>
        <source>Theme</source>
        <translation>السمة</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../editor/ui/dialogs/shortcuts_dialog.py" line="88"/>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/shortcuts_dialog.py" line="90"/>
        <source>Menu</source>
        <translation>القائمة</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/shortcuts_dialog.py" line="90"/>
        <source>Command</source>
        <translation>الأمر</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/shortcuts_dialog.py" line="90"/>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
</context>
<context>
    <name>SideBySideView</name>
    <message>
        <location filename="../../editor/ui/window/side_by_side.py" line="109"/>
        <source>For reading the two side by side: you write in the edition&apos;s window.</source>
        <translation>للقراءة جنبًا إلى جنب: تكتب في نافذة النسخة اللغوية.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/side_by_side.py" line="113"/>
        <source>Side by side: {0} and {1}</source>
        <translation>جنبًا إلى جنب: {0} و{1}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/side_by_side.py" line="115"/>
        <source>Side by side</source>
        <translation>الأصل والترجمة جنبًا إلى جنب</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/side_by_side.py" line="163"/>
        <source>(to translate)</source>
        <translation>(للترجمة)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/side_by_side.py" line="170"/>
        <source>The source paragraph changed since this was confirmed.</source>
        <translation>تغيّرت فقرة الأصل منذ تأكيد هذه الترجمة.</translation>
    </message>
</context>
<context>
    <name>SpellMenu</name>
    <message>
        <location filename="../../editor/ui/language/spell_menu.py" line="82"/>
        <source>(no suggestions)</source>
        <translation>(لا اقتراحات)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/language/spell_menu.py" line="85"/>
        <source>Add “{0}” to dictionary</source>
        <translation>إضافة «{0}» إلى القاموس</translation>
    </message>
    <message>
        <location filename="../../editor/ui/language/spell_menu.py" line="87"/>
        <source>Ignore “{0}”</source>
        <translation>تجاهل «{0}»</translation>
    </message>
    <message>
        <location filename="../../editor/ui/language/spell_menu.py" line="116"/>
        <source>Add to dictionary</source>
        <translation>إضافة إلى القاموس</translation>
    </message>
    <message>
        <location filename="../../editor/ui/language/spell_menu.py" line="117"/>
        <source>The word was not saved in your dictionary.</source>
        <translation>لم تُحفظ الكلمة في قاموسك.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../editor/model/article.py" line="46"/>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location filename="../../editor/model/article.py" line="47"/>
        <source>In review</source>
        <translation>قيد المراجعة</translation>
    </message>
    <message>
        <location filename="../../editor/model/article.py" line="48"/>
        <source>Changes requested</source>
        <translation>مطلوب تعديلات</translation>
    </message>
    <message>
        <location filename="../../editor/model/article.py" line="49"/>
        <source>Approved</source>
        <translation>معتمدة</translation>
    </message>
    <message>
        <location filename="../../editor/model/article.py" line="50"/>
        <source>Published</source>
        <translation>منشورة</translation>
    </message>
</context>
<context>
    <name>SuggestionActions</name>
    <message>
        <location filename="../../editor/ui/review/suggestion_actions.py" line="161"/>
        <source>Suggest &amp;Changes</source>
        <translation>&amp;اقتراح التغييرات</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestion_actions.py" line="162"/>
        <source>Ne&amp;xt Suggestion</source>
        <translation>الا&amp;قتراح التالي</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestion_actions.py" line="163"/>
        <source>Previo&amp;us Suggestion</source>
        <translation>الاقتراح ال&amp;سابق</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestion_actions.py" line="164"/>
        <source>&amp;Accept Suggestion</source>
        <translation>&amp;قبول الاقتراح</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestion_actions.py" line="165"/>
        <source>Re&amp;ject Suggestion</source>
        <translation>&amp;رفض الاقتراح</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestion_actions.py" line="167"/>
        <source>Typing, deleting and emphasis become suggestions others accept or reject</source>
        <translation>تصبح الكتابة والحذف والتنسيق اقتراحاتٍ يقبلها الآخرون أو يرفضونها</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestion_actions.py" line="245"/>
        <source>No suggestions to review.</source>
        <translation>لا اقتراحات للمراجعة.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestion_actions.py" line="257"/>
        <source>Put the cursor on a suggestion first (F8 goes to the next one).</source>
        <translation>ضع المؤشر على اقتراح أولًا (F8 ينتقل إلى الاقتراح التالي).</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestion_actions.py" line="992"/>
        <source>Accept Suggestion</source>
        <translation>قبول الاقتراح</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestion_actions.py" line="994"/>
        <source>Reject Suggestion</source>
        <translation>رفض الاقتراح</translation>
    </message>
</context>
<context>
    <name>SuggestionMarker</name>
    <message>
        <location filename="../../editor/ui/review/suggestion_marking.py" line="76"/>
        <source>unknown author</source>
        <translation>كاتب مجهول</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestion_marking.py" line="79"/>
        <source>Inserted by {0}, {1}</source>
        <translation>أضافه {0}، {1}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestion_marking.py" line="82"/>
        <source>Deleted by {0}, {1}</source>
        <translation>حذفه {0}، {1}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestion_marking.py" line="87"/>
        <source>Emphasis added by {0}, {1}</source>
        <translation>أضاف {0} التنسيق، {1}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestion_marking.py" line="89"/>
        <source>Emphasis removed by {0}, {1}</source>
        <translation>أزال {0} التنسيق، {1}</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="147"/>
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="147"/>
        <source>By</source>
        <translation>المقترِح</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="147"/>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="148"/>
        <source>&amp;Accept</source>
        <translation>ق&amp;بول</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="149"/>
        <source>Accept the selected suggestion (Enter)</source>
        <translation>قبول الاقتراح المحدد (Enter)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="150"/>
        <source>&amp;Reject</source>
        <translation>&amp;رفض</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="151"/>
        <source>Reject the selected suggestion (Delete)</source>
        <translation>رفض الاقتراح المحدد (Delete)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="152"/>
        <source>Accept all</source>
        <translation>قبول الكل</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="153"/>
        <source>Reject all</source>
        <translation>رفض الكل</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="154"/>
        <source>Accept all by…</source>
        <translation>قبول الكل من…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="155"/>
        <source>Reject all by…</source>
        <translation>رفض الكل من…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="156"/>
        <source>No suggestions.</source>
        <translation>لا اقتراحات.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="259"/>
        <source>Insert “{0}”</source>
        <translation>إدراج «{0}»</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="260"/>
        <source>Delete “{0}”</source>
        <translation>حذف «{0}»</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="261"/>
        <source>Replace “{0}” with “{1}”</source>
        <translation>وضع «{1}» مكان «{0}»</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="262"/>
        <source>Bold “{0}”</source>
        <translation>جعل «{0}» عريضًا</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="263"/>
        <source>Remove bold from “{0}”</source>
        <translation>إزالة العريض من «{0}»</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="264"/>
        <source>Italicise “{0}”</source>
        <translation>جعل «{0}» مائلًا</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="265"/>
        <source>Remove italics from “{0}”</source>
        <translation>إزالة المائل من «{0}»</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="266"/>
        <source>Strike through “{0}”</source>
        <translation>شطب «{0}»</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="267"/>
        <source>Remove strikethrough from “{0}”</source>
        <translation>إزالة الشطب من «{0}»</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="268"/>
        <source>Change the emphasis of “{0}”</source>
        <translation>تغيير تنسيق «{0}»</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="321"/>
        <source>In conflict with a suggestion by {0}</source>
        <translation>يتعارض مع اقتراح من {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="329"/>
        <source>From {0}</source>
        <translation>المصدر: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="372"/>
        <source>Accept all by {0}</source>
        <translation>قبول كل اقتراحات {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review/suggestions_panel.py" line="373"/>
        <source>Reject all by {0}</source>
        <translation>رفض كل اقتراحات {0}</translation>
    </message>
</context>
<context>
    <name>TextBox</name>
    <message>
        <location filename="../../editor/ui/form/text_box.py" line="362"/>
        <source>This text is too long to edit here: the first {0} of its {1} characters are shown. The rest is kept and saved unchanged.</source>
        <translation>هذا النص أطول من أن يُحرَّر هنا: تظهر أول {0} من أحرفه البالغة {1}. يُحفظ الباقي كما هو دون تغيير.</translation>
    </message>
</context>
<context>
    <name>UiLanguageCombo</name>
    <message>
        <location filename="../../editor/ui/dialogs/settings_dialog.py" line="32"/>
        <source>System</source>
        <translation>لغة النظام</translation>
    </message>
</context>
<context>
    <name>WordCounter</name>
    <message>
        <location filename="../../editor/ui/window/status.py" line="118"/>
        <source>Opening line: {0}</source>
        <translation>السطر الافتتاحي: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/status.py" line="123"/>
        <source>Headline: {0}</source>
        <translation>العنوان: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/status.py" line="126"/>
        <source>Standfirst: {0}</source>
        <translation>الموجز: {0}</translation>
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
            <numerusform>المجموع: {0} من %n كلمة</numerusform>
            <numerusform>المجموع: {0} من %n كلمة</numerusform>
            <numerusform>المجموع: {0} من %n كلمة</numerusform>
            <numerusform>المجموع: {0} من %n كلمة</numerusform>
            <numerusform>المجموع: {0} من %n كلمة</numerusform>
            <numerusform>المجموع: {0} من %n كلمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/window/status.py" line="148"/>
        <source>Total %n word(s)</source>
        <translation>
            <numerusform>مجموع الكلمات: %n</numerusform>
            <numerusform>مجموع الكلمات: %n</numerusform>
            <numerusform>مجموع الكلمات: %n</numerusform>
            <numerusform>مجموع الكلمات: %n</numerusform>
            <numerusform>مجموع الكلمات: %n</numerusform>
            <numerusform>مجموع الكلمات: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="120"/>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="182"/>
        <location filename="../../editor/ui/window/workspace.py" line="466"/>
        <location filename="../../editor/ui/window/workspace.py" line="487"/>
        <source>File in use</source>
        <translation>الملف قيد الاستخدام</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="400"/>
        <source>Cannot open the article</source>
        <translation>تعذّر فتح المقالة</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="121"/>
        <source>The library cannot be opened.</source>
        <translation>تعذّر فتح المكتبة.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="183"/>
        <source>{0} cannot be saved: save it under another name.</source>
        <translation>تعذّر حفظ {0}: احفظه باسم آخر.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="401"/>
        <location filename="../../editor/ui/window/workspace.py" line="467"/>
        <source>{0} cannot be opened.</source>
        <translation>تعذّر فتح {0}.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="425"/>
        <source>Not read (shown empty, or left out):
{0}</source>
        <translation>لم يُقرأ (يظهر فارغًا أو حُذف):
{0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="427"/>
        <source>Every part of the article could be read.</source>
        <translation>أمكن قراءة كل أجزاء المقال.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="432"/>
        <source>{0} is damaged.</source>
        <translation>الملف {0} تالف.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="434"/>
        <source>Newsdesk can open what it still holds as a new article, not saved yet; the damaged file stays as it is.</source>
        <translation>يستطيع Newsdesk فتح ما بقي فيه مقالًا جديدًا لم يُحفظ بعد؛ ويبقى الملف التالف كما هو.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="441"/>
        <source>Damaged article</source>
        <translation>مقال تالف</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="445"/>
        <source>Open What Can Be Read</source>
        <translation>فتح ما أمكن قراءته</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="488"/>
        <source>{0} is in use.</source>
        <translation>الملف {0} قيد الاستخدام.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="490"/>
        <source>You can open it read-only, and save your changes under another name.</source>
        <translation>يمكنك فتحه للقراءة فقط، ثم حفظ تغييراتك باسم آخر.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="492"/>
        <source>Open read-only</source>
        <translation>فتح للقراءة فقط</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="496"/>
        <source>Take over the lock</source>
        <translation>الاستيلاء على القفل</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="604"/>
        <source>Import draft</source>
        <translation>استيراد مسودة</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="605"/>
        <source>Drafts (*.txt *.md *.markdown *.docx)</source>
        <translation>المسودات (*.txt *.md *.markdown *.docx)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="614"/>
        <source>Import failed</source>
        <translation>فشل الاستيراد</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="615"/>
        <source>The draft could not be imported.</source>
        <translation>تعذّر استيراد المسودة.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="675"/>
        <source>The recovery copy cannot be read.</source>
        <translation>تعذّرت قراءة النسخة المستعادة.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="717"/>
        <source>The settings could not be saved.</source>
        <translation>تعذّر حفظ الإعدادات.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="674"/>
        <source>Cannot restore</source>
        <translation>تعذّرت الاستعادة</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/workspace.py" line="716"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
</context>
</TS>
